"""A span's provenance in words (how it became gold, which suggester
proposed it, the calibrated score), and text made safe for widgets that
would read it as HTML.

Everything a curator or an importer wrote (titles, texts, labels, names,
attributes, paths in error messages) reaches tooltips and labels through
``plain_tooltip`` or ``Qt.TextFormat.PlainText``: `<b>` is drawn as `<b>`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt as QtGui

from desktop.gui.rule_titles import rules_title
from desktop.gui.spans import SpanItem
from models.errors import cell_text

translate = QCoreApplication.translate

SOURCE_SEPARATOR = " · "  # desktop/gui/spans.py joins a gold span's origin and suggester so


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows its characters, never its markup
    (Qt guesses rich text from a tag anywhere in a tooltip)."""
    return QtGui.convertFromPlainText(text, QtGui.WhiteSpaceMode.WhiteSpacePre) if text else ""


def origin_text(origin: str) -> str:
    """How a gold span came to be (models.domain.ORIGINS)."""
    return {
        "manual": translate("Spans", "added by hand"),
        "accepted": translate("Spans", "accepted suggestion"),
        "corrected": translate("Spans", "corrected suggestion"),
        "imported": translate("Spans", "imported"),
        "adjudicated": translate("Spans", "adjudicated"),
        "merged": translate("Spans", "merged"),
    }.get(origin, origin)


def origin_and_suggester(item: SpanItem) -> tuple[str, str]:
    """(origin, suggester): a gold span's source names both, a suggestion's
    only the suggester."""
    if not item.is_gold:
        return "", item.source
    origin, _, suggester = item.source.partition(SOURCE_SEPARATOR)
    return origin, suggester


def source_text(item: SpanItem) -> str:
    """The Source column: the suggester where there was one (the status
    column says gold), else how the span came (by hand, imported, …)."""
    origin, suggester = origin_and_suggester(item)
    return suggester_label(suggester) if suggester else origin_text(origin)


def score_text(score: float | None) -> str:
    return "" if score is None else f"{score:.2f}"


def provenance(item: SpanItem) -> str:
    """One line: where the span comes from, the score that put it there and
    the candidate sources the model judged."""
    origin, suggester = origin_and_suggester(item)
    parts = [origin_text(origin)] if origin else []
    if suggester:
        parts.append(suggested_by(suggester))
    if item.score is not None:
        parts.append(
            translate("Spans", "score %1 (calibrated probability that it is right)").replace(
                "%1", score_text(item.score)
            )
        )
    if evidence := evidence_text(item.attrs):
        parts.append(evidence)
    return translate("Spans", "; ").join(parts)


# What a suggestion's attributes say of how it was found: shown as words, not
# as attributes of the span.
EVIDENCE_KEYS = ("sources", "rule")


def source_title(name: str) -> str:
    """A candidate source as a curator knows it (the training report's
    table and a suggestion's details); an unknown one by its name."""
    return {
        "metric": translate("Evaluation", "Quantity rules"),
        "company": translate("Evaluation", "Company rules"),
        "policy": translate("Evaluation", "Policy rules"),
        "lexicon": translate("Evaluation", "Project lexicon"),
        "shape": translate("Evaluation", "Shape of the text"),
        "clue": translate("Evaluation", "Bundled CRF"),
        "project": translate("Evaluation", "Project CRF"),
    }.get(name, name)


def suggester_title(name: str) -> str:
    """A suggester as a curator knows it: the learned model (bundled or the
    project's; the version says which) or the rules and lexicon it judges,
    by the names the training report gives them; the accept-everywhere
    offers (models.learn.occurrences.SOURCE) by what put them there."""
    if name == "model":
        return translate("Spans", "model")
    if name == "occurrence":
        return translate("Spans", "the same name accepted elsewhere")
    return source_title(name)


def suggested_by(name: str) -> str:
    """ "suggested by model": the span panel's words, and the history's."""
    return translate("Spans", "suggested by %1").replace("%1", suggester_title(name))


def suggester_label(name: str) -> str:
    """A suggester in the Source column's few words: an offer's source said
    whole ("the same name accepted elsewhere") was cut to "the same nam…" in
    the English column of a 1366-pixel screen; the tooltip and the line
    under the table say it whole (``suggester_title``)."""
    if name == "occurrence":
        return translate("Spans", "accepted name")
    return suggester_title(name)


def evidence_text(attrs: dict) -> str:
    """Which candidate sources proposed a suggestion (and the rule that
    fired), from the ``sources`` and ``rule`` the suggesters store with it."""
    sources = attrs.get("sources")
    if not isinstance(sources, list) or not sources:
        return ""
    names = translate("Spans", ", ").join(source_title(str(s)) for s in sources)
    rule = attrs.get("rule")
    if rule:
        names += translate("Spans", " (rule: %1)").replace("%1", rules_title(str(rule)))
    return translate("Spans", "candidate sources: %1").replace("%1", names)


def attribute_name(key: str) -> str:
    return {
        "indicator": translate("SpanPanel", "Indicator"),
        "value": translate("SpanPanel", "Value"),
        "unit": translate("SpanPanel", "Unit"),
        "approx": translate("SpanPanel", "Approx."),
        "period": translate("SpanPanel", "Period"),
    }.get(key, key)


def attribute_value(value) -> str:
    """An attribute's value as the curator typed it: 93240000000, not 93240000000.0."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def detail_lines(item: SpanItem) -> list[str]:
    """A span's provenance and its attributes, a line each: what hovering it
    shows, in the span list and in the text."""
    lines = [provenance(item)]
    lines += [
        f"{attribute_name(key)}: {attribute_value(value)}"
        for key, value in item.attrs.items()
        if value not in ("", None) and key not in EVIDENCE_KEYS
    ]
    return [line for line in lines if line]


def span_tooltip(item: SpanItem) -> str:
    # each line escaped where it does not print, as the cells are
    lines = [f"{item.label} · {item.text}", *detail_lines(item)]
    return plain_tooltip("\n".join(cell_text(line) for line in lines))
