"""The history in words: each action's human name, and an event's before and
after as a reviewer reads them (a span, a status, a role), in the interface
language. Times are shown in local time; the stored UTC is kept for hover."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop.gui.describe import EVIDENCE_KEYS, attribute_name, attribute_value
from models.store.undo import REDO_OF, without_marks

translate = QCoreApplication.translate

EMPTY = "∅"


class HistoryCounts(QObject):
    """A merge event's counts in words, each in its plural form ("1 conflict",
    "2 conflicts"): a QObject, since lupdate reads plural forms from ``self.tr`` alone."""

    def events(self, n: int) -> str:
        return self.tr("%n event(s)", "", n)

    def new_documents(self, n: int) -> str:
        return self.tr("%n new document(s)", "", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%n conflict(s)", "", n)

    def documents(self, n: int) -> str:
        return self.tr("%n document(s)", "", n)

    def spans(self, n: int) -> str:
        return self.tr("%n span(s)", "", n)


def action_names() -> dict[str, str]:
    """Every action the core writes to the history (models/), by name."""
    return {
        "project.created": translate("History", "Project created"),
        "project.restored": translate("History", "Restored from a backup"),
        "labels.changed": translate("History", "Labels changed"),
        "settings.changed": translate("History", "Project setting changed"),
        "annotator.added": translate("History", "Person added"),
        "annotator.role": translate("History", "Role changed"),
        "doc.imported": translate("History", "Document imported"),
        "doc.status": translate("History", "Document status"),
        "suggestions.computed": translate("History", "Suggestions computed"),
        "suggestions.added": translate("History", "Suggestions added"),
        "suggestions.offered": translate("History", "Name offered at its other places"),
        "suggestions.withdrawn": translate("History", "Offer withdrawn"),
        "suggestion.accepted": translate("History", "Suggestion accepted"),
        "suggestion.corrected": translate("History", "Suggestion corrected"),
        "suggestion.rejected": translate("History", "Suggestion rejected"),
        "suggestion.undone": translate("History", "Decision undone"),
        "span.added": translate("History", "Span added"),
        "span.removed": translate("History", "Span removed"),
        "span.restored": translate("History", "Span restored"),
        "span.resized": translate("History", "Boundaries changed"),
        "span.relabelled": translate("History", "Label changed"),
        "span.attrs": translate("History", "Attributes edited"),
        "review.choice": translate("History", "Adjudicated"),
        "review.agreements": translate("History", "Agreements accepted"),
        "merge.completed": translate("History", "Project merged in"),
        "decision.merged": translate("History", "Decision merged in"),
        "merge.conflict": translate("History", "Merge conflict"),
        "merge.conflict_resolved": translate("History", "Merge conflict resolved"),
        "model.trained": translate("History", "Suggester trained"),
        "model.activated": translate("History", "Suggester activated"),
        "model.retired": translate("History", "Suggester retired"),
    }


def undo_words(action: str, taken_back: tuple[str, tuple[int, ...], str | None]) -> str:
    """An undo's or a redo's action in words, with the events it took back:
    "Undo of Boundaries changed (event 12)", "Redo of Span added (undone in
    event 15)". An event a merge brought names events of the file it came
    from, whose actions this file does not hold."""
    kind, ids, first = taken_back
    events = ", ".join(str(n) for n in ids)
    several = len(ids) > 1
    if first is None:
        if kind == REDO_OF:
            text = (
                translate("History", "Redo of events %1 of the file it came from")
                if several
                else translate("History", "Redo of event %1 of the file it came from")
            )
        else:
            text = (
                translate("History", "Undo of events %1 of the file it came from")
                if several
                else translate("History", "Undo of event %1 of the file it came from")
            )
        return text.replace("%1", events)
    if kind == REDO_OF:
        text = (
            translate("History", "Redo of %1 (undone in events %2)")
            if several
            else translate("History", "Redo of %1 (undone in event %2)")
        )
        return text.replace("%2", events).replace("%1", action_name(action))
    text = (
        translate("History", "Undo of %1 (events %2)")
        if several
        else translate("History", "Undo of %1 (event %2)")
    )
    return text.replace("%2", events).replace("%1", action_name(first))


def family_names() -> dict[str, str]:
    """The first word of the actions, for the history's filter."""
    return {
        "project": translate("History", "Project (all)"),
        "labels": translate("History", "Labels (all)"),
        "settings": translate("History", "Project settings (all)"),
        "annotator": translate("History", "People (all)"),
        "doc": translate("History", "Documents (all)"),
        "suggestions": translate("History", "Suggesting (all)"),
        "suggestion": translate("History", "Decisions on suggestions (all)"),
        "span": translate("History", "Spans (all)"),
        "review": translate("History", "Adjudication (all)"),
        "merge": translate("History", "Merging (all)"),
        "decision": translate("History", "Merged decisions (all)"),
        "model": translate("History", "Suggester models (all)"),
    }


def action_name(action: str) -> str:
    return action_names().get(action) or family_names().get(action) or action


def status_name(status: str) -> str:
    return {
        "todo": translate("History", "to do"),
        "in_progress": translate("History", "in progress"),
        "done": translate("History", "done"),
    }.get(status, status)


def role_name(role: str) -> str:
    return {
        "annotator": translate("History", "annotator"),
        "reviewer": translate("History", "reviewer"),
    }.get(role, role)


def choice_name(choice: str) -> str:
    return {
        "left": translate("History", "took left"),
        "right": translate("History", "took right"),
        "both": translate("History", "took both"),
        "neither": translate("History", "took neither"),
        # a span Shift+Y took where both layers agreed (review.agreements)
        "agreement": translate("History", "took the agreement"),
    }.get(choice, choice)


def local_time(utc: str) -> str:
    """An event's UTC ISO time as local time, to the second; as stored when
    it cannot be read."""
    try:
        when = datetime.fromisoformat(utc.replace("Z", "+00:00"))
    except ValueError:
        return utc
    if when.tzinfo is None:
        return utc
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def local_day(utc: str) -> str:
    return local_time(utc)[:10]


def _span(value: dict[str, Any]) -> str:
    return f"{value.get('text', '')} [{value.get('start')}–{value.get('end')}] {value.get('label')}"


def _attrs(value: dict[str, Any]) -> str:
    """The attributes as the span panel shows them: the suggesters' evidence
    (sources, rule) is no attribute, a value is written as typed."""
    attrs = value.get("attrs") or {}
    shown = [
        f"{attribute_name(k)}: {attribute_value(v)}"
        for k, v in attrs.items()
        if v not in ("", None) and k not in EVIDENCE_KEYS
    ]
    return "; ".join(shown) or EMPTY


def change_text(value: Any, action: str = "") -> str:
    """One line for an event's before or after."""
    if value is None:
        return EMPTY
    if not isinstance(value, dict):
        return _compact(value)
    if "start" in value and "label" in value:
        return _attrs(value) if action == "span.attrs" else _span(value)
    if isinstance(value.get("suggestion"), dict):
        return translate("History", "suggestion %1").replace("%1", _span(value["suggestion"]))
    if set(value) == {"status"}:
        return status_name(str(value["status"]))
    if set(value) == {"role"}:
        return role_name(str(value["role"]))
    if set(value) == {"name", "role"}:
        return f"{value['name']} ({role_name(str(value['role']))})"
    if "choice" in value:
        return choice_name(str(value["choice"]))
    if action == "doc.imported" and "chars" in value:
        return (
            translate("History", "%1 (%2 characters)")
            .replace("%1", str(value.get("title") or ""))
            .replace("%2", str(value["chars"]))
        )
    if action == "suggestions.computed" and "added" in value:
        # a run recorded before unchanged suggestions were counted apart has none
        text = (
            translate("History", "%1 added, %2 updated, %3 unchanged, %4 removed")
            if "unchanged" in value
            else translate("History", "%1 added, %2 updated, %4 removed")
        )
        return (
            text.replace("%1", str(value.get("added", 0)))
            .replace("%2", str(value.get("updated", 0)))
            .replace("%3", str(value.get("unchanged", 0)))
            .replace("%4", str(value.get("removed", 0)))
        )
    if action == "suggestion.rejected" and value.get("with") == "doc.done":
        # rejected as still pending when the document was marked done
        return translate("History", "with the document marked done")
    if action == "merge.completed" and "events" in value:
        added = value.get("documents_added")
        conflicts = value.get("conflicts")
        counts = HistoryCounts()
        return (
            translate("History", "%1: %2, %3, %4")  # each count in its own plural form
            .replace("%2", counts.events(int(value["events"])))
            .replace("%3", counts.new_documents(len(added) if isinstance(added, list) else 0))
            .replace("%4", counts.conflicts(len(conflicts) if isinstance(conflicts, list) else 0))
            .replace("%1", str(value.get("file") or "?"))
        )
    if action == "suggestions.offered" and "text" in value and "label" in value:
        return _offered(value)
    if action == "suggestions.withdrawn" and isinstance(value.get("suggestions"), list):
        ids = ", ".join(str(sid) for sid in value["suggestions"])
        return translate("History", "suggestion %1").replace("%1", ids)
    return _compact(value)


def event_change(event) -> str:
    """An event's "before → after" in words: ``change_text`` of each side,
    with what only the whole event says: whose role changed (its target),
    the two layers an adjudication chose between and the spans each held
    there, the layers whose agreements were taken."""
    # an undo's mark is said in the action's words (undo_words), not here
    before, after, action = event.before, without_marks(event.after), event.action
    if action == "review.choice" and isinstance(before, dict) and isinstance(after, dict):
        layers = after.get("layers") if isinstance(after.get("layers"), list) else []
        sides = []
        for i, side in enumerate(("left", "right")):
            spans = before.get(side) if isinstance(before.get(side), list) else []
            name = str(layers[i]) if i < len(layers) else side
            shown = ", ".join(_span(r) for r in spans if isinstance(r, dict)) or EMPTY
            sides.append(f"{name}: {shown}")
        return f"{'; '.join(sides)} → {change_text(after, action)}"
    if action == "review.agreements" and isinstance(after, dict) and "spans" in after:
        layers = [str(x) for x in after.get("layers") or []] + ["?", "?"]
        n = after["spans"] if isinstance(after["spans"], int) else 0
        taken = (
            translate("History", "agreements of %1 and %2 taken: %3")
            .replace("%3", str(n))
            .replace("%1", layers[0])
            .replace("%2", layers[1])
        )
        return f"{change_text(before, action)} → {taken}"
    if action in MODEL_CHANGES and isinstance(after, dict):
        return MODEL_CHANGES[action](str(event.target or ""), before, after)
    text = f"{change_text(before, action)} → {change_text(after, action)}"
    if action == "annotator.role" and event.target:
        return f"{event.target}: {text}"
    came_from = _came_from(after) if action in ("span.added", "span.restored") else ""
    return f"{text} ({came_from})" if came_from else text


def _suggests(version: str) -> str:
    return translate("History", "%1 suggests").replace("%1", version)


def _model_trained(version: str, _before: Any, after: dict) -> str:
    """A model stored (models/learn/registry.py): what it learned from, its
    cross-validated F1, whether it suggests (not the JSON the event holds)."""
    training = after.get("training") if isinstance(after.get("training"), dict) else {}
    counts = HistoryCounts()
    documents, spans = training.get("documents"), training.get("spans")
    text = (
        translate("History", "%1 trained on %2 and %3")
        .replace("%1", version)
        .replace("%2", counts.documents(documents) if isinstance(documents, int) else "?")
        .replace("%3", counts.spans(spans) if isinstance(spans, int) else "?")
    )
    f1 = after.get("f1", {}).get("ALL") if isinstance(after.get("f1"), dict) else None
    if isinstance(f1, int | float):
        text += translate("History", ", F1 %1").replace("%1", f"{f1:.3f}")
    state = (
        translate("History", "it suggests")
        if after.get("active")
        else translate("History", "stored, not suggesting")
    )
    return f"{EMPTY} → {text} ({state})"


def _model_activated(version: str, before: Any, _after: dict) -> str:
    previous = before.get("active") if isinstance(before, dict) else None
    shown = (
        ", ".join(_suggests(str(v)) for v in previous)
        if isinstance(previous, list) and previous
        else translate("History", "the bundled model suggests")
    )
    return f"{shown} → {_suggests(version)}"


def _model_retired(version: str, _before: Any, after: dict) -> str:
    reason = str(after.get("reason") or "")
    if reason.endswith("the bundled model suggests"):  # set aside in the window or the CLI
        reason = translate("History", "the bundled model suggests")
    text = translate("History", "%1 set aside").replace("%1", version)
    return f"{_suggests(version)} → {text}" + (f" ({reason})" if reason else "")


# a model's events in words, from what each holds (its version is the target)
MODEL_CHANGES = {
    "model.trained": _model_trained,
    "model.activated": _model_activated,
    "model.retired": _model_retired,
}


def _came_from(after: Any) -> str:
    """Where a span an event made came from, when not from a suggestion (the
    Source column says that one): the span an adjudication, a merge or an
    undo took it from, or an import."""
    if not isinstance(after, dict):
        return ""
    adjudicated = after.get("adjudication")
    if isinstance(adjudicated, dict):
        return (
            translate("History", "adjudicated: %1, from %2's span %3")
            .replace("%1", choice_name(str(adjudicated.get("choice"))))
            .replace("%2", str(adjudicated.get("from")))
            .replace("%3", str(adjudicated.get("from_span")))
        )
    merged = after.get("merged_from")
    if isinstance(merged, dict):
        return (
            translate("History", "by a merge, from span %1 of %2")
            .replace("%1", str(merged.get("span_id")))
            .replace("%2", str(merged.get("file")))
        )
    if after.get("restored_from") is not None:
        return translate("History", "restoring span %1").replace("%1", str(after["restored_from"]))
    if after.get("resolved_by") is not None:
        return (
            translate("History", "merge conflict %1 resolved by %2")
            .replace("%1", str(after.get("conflict")))
            .replace("%2", str(after["resolved_by"]))
        )
    if after.get("origin") == "imported":
        return translate("History", "imported")
    return ""


def _offered(value: dict[str, Any]) -> str:
    """A name offered at its other places: the name, where each place
    starts, its label (as a span is written, the offer's token left out)."""
    places = value.get("suggestions") or []
    starts = ", ".join(str(p[1]) for p in places if isinstance(p, list | tuple) and len(p) == 2)
    return f"{value.get('text', '')} [{starts}] {value.get('label')}"


def _compact(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 120 else text[:119] + "…"
