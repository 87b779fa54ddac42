"""Merge conflicts: one annotator's work on one document that differed in two
merged files. The incoming spans are kept here for a reviewer, never dropped.

Resolving a conflict is a history event. ``keep="theirs"`` replaces what
the conflict was about: the difference between the annotator's layer as it
stood when the merge raised the conflict and the incoming spans (each change
its own span event). Work done on the layer since (a span added or removed)
stays as it is, as INCEpTION's curation takes one annotation at a time and
leaves the rest alone; a span the conflict would replace that was changed
since is refused in words, nothing changed. ``keep="mine"`` keeps the layer
as it is. The resolved event says what was replaced, taken, changed and
kept. Either way the row stays, marked resolved, so that merging the same
file again does not raise it again."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.domain import StoredSuggestion
from models.errors import IntegrityError, InvalidInput, NotFound
from models.review.asof import records_as_of
from models.review.compare import LayerSpan
from models.store.history import utc_now
from models.store.oversize import MAX_VALUE_BYTES
from models.store.suggestions import suggestion_record


@dataclass(frozen=True)
class Conflict:
    id: int
    doc_id: str
    annotator: str
    origin: str  # project id of the file the spans came from
    spans: list[dict[str, Any]]
    created: str
    resolved: bool
    source_name: str  # the file name, where known

    @property
    def check(self) -> str:
        """A short check of what this conflict is (its document, annotator,
        origin, when it was raised, its incoming spans): ``conflicts`` lists it
        beside the number, ``#1:7c3e0a``, and ``--resolve 1:7c3e0a`` settles
        the conflict listed, not another that a restored backup and a merge
        gave the number to since."""
        what = [self.doc_id, self.annotator, self.origin, self.created, _shape(self.layer())]
        text = json.dumps(what, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:6]

    @property
    def handle(self) -> str:
        """The number and the check, as ``conflicts`` lists it and ``--resolve`` takes it."""
        return f"{self.id}:{self.check}"

    def layer(self) -> list[LayerSpan]:
        return [
            LayerSpan(
                s["start"],
                s["end"],
                s["label"],
                s.get("text", ""),
                s.get("attrs") or {},
                None,
                s.get("suggestion_id"),
                s.get("origin", "merged"),
                f"{self.annotator}@{self.source_name}",
            )
            for s in self.spans
        ]


def _has_table(project) -> bool:
    return (
        project.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='merge_conflicts'"
        ).fetchone()
        is not None
    )


def _row(row: tuple, files: dict[str, str]) -> Conflict:
    cid, doc_id, annotator, origin, spans, created, resolved = row
    items = _stored_spans(cid, spans)
    name = files.get(str(cid)) or origin[:12]
    return Conflict(cid, doc_id, annotator, origin, items, created, bool(resolved), name)


def _stored_spans(cid: int, spans: str) -> list[dict]:
    """A conflict's incoming spans as a merge stored them (a list of span
    records); a row edited into something else (null, a number, no JSON)
    ended ``conflicts`` and the review window with "unexpected TypeError"."""
    try:
        data = json.loads(spans)
    except (ValueError, TypeError, RecursionError):
        data = None
    items = data.get("spans", []) if isinstance(data, dict) else data
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise IntegrityError(
            "merge conflict {cid} is damaged: its incoming spans are not the list of spans"
            " a merge stores (biaozhu verify checks the whole project)",
            cid=cid,
        )
    return items


def _files(project) -> dict[str, str]:
    """Conflict id -> the name of the file the merge read, from the merge.conflict
    events; one grown with sqlite3 past anything Biaozhu writes is left unread
    (its conflict is named by its origin, as one of an older merge; verify
    names the event)."""
    return {
        e.target: e.after.get("file", "") if isinstance(e.after, dict) else ""
        for e in project.history(action="merge.conflict", damaged=[])
        if e.origin_hash is None and e.target
    }


COLUMNS = "id, doc_id, annotator, origin, spans, created, resolved"


def conflicts(
    project, doc_id: str | None = None, *, resolved: bool | None = False
) -> list[Conflict]:
    """Merge conflicts, unresolved ones by default; of one document when given."""
    if not _has_table(project):
        return []
    sql, params = f"SELECT {COLUMNS} FROM merge_conflicts WHERE 1=1", []
    if doc_id is not None:
        sql += " AND doc_id = ?"
        params.append(doc_id)
    if resolved is not None:
        sql += " AND resolved = ?"
        params.append(int(resolved))
    _refuse_grown_spans(project, sql.replace(COLUMNS, "id", 1), params)
    files = _files(project)
    return [_row(r, files) for r in project.conn.execute(sql + " ORDER BY id", params)]


def _refuse_grown_spans(project, sql: str, params: list) -> None:
    """IntegrityError naming the first conflict ``sql`` selects (its ids)
    whose incoming spans someone grew with sqlite3 past anything Biaozhu
    writes: told by their size through SQLite's blob handle, never read
    (a 120 MB value was parsed whole by every list of the conflicts)."""
    for (cid,) in project.conn.execute(sql + " ORDER BY id", params).fetchall():
        try:
            with project.conn.blobopen("merge_conflicts", "spans", cid, readonly=True) as blob:
                size = len(blob)
        except sqlite3.Error:
            continue  # not text (a NULL, a number): _stored_spans names it
        if size > MAX_VALUE_BYTES:
            raise IntegrityError(
                "merge conflict {cid} is damaged: its incoming spans are {size:,} bytes, more"
                " than Biaozhu ever writes in one value (biaozhu verify checks the whole project)",
                cid=cid,
                size=size,
            )


def conflict(project, conflict_id: int) -> Conflict:
    row = None
    if _has_table(project):
        _refuse_grown_spans(project, "SELECT id FROM merge_conflicts WHERE id = ?", [conflict_id])
        row = project.conn.execute(
            f"SELECT {COLUMNS} FROM merge_conflicts WHERE id = ?", (conflict_id,)
        ).fetchone()
    if row is None:
        raise NotFound("no merge conflict {conflict_id} in this project", conflict_id=conflict_id)
    return _row(row, _files(project))


def resolve_conflict(
    project,
    conflict_id: int,
    keep: str,
    *,
    who: str | None = None,
    doc_id: str | None = None,
    seen: Sequence[LayerSpan] | None = None,
    check: str | None = None,
) -> None:
    """Settle a conflict: keep ``mine`` (the layer as it is) or ``theirs`` (the
    incoming spans). ``doc_id`` and ``seen``: the document and the incoming
    spans the reviewer was shown; ``check``: the ``Conflict.check`` listed
    with its number. A conflict of that number that is another (a restored
    backup, then a merge, gave the number again) is refused."""
    if keep not in ("mine", "theirs"):
        raise InvalidInput("keep must be mine or theirs")
    who = who or project.annotator
    with project.transaction():
        # read under the write lock: the review window and `biaozhu conflicts
        # --resolve` may settle the same conflict at once, and the one that
        # waited for the lock resolved it a second time over the first's result
        c = conflict(project, conflict_id)
        if (doc_id is not None and c.doc_id != doc_id) or (
            seen is not None and _shape(c.layer()) != _shape(seen)
        ):
            raise InvalidInput(
                "merge conflict {conflict_id} is no longer the one shown: another window"
                " restored a backup and merged since; open the conflicts again",
                conflict_id=conflict_id,
            )
        if check is not None and c.check != check.lower():
            raise InvalidInput(
                "merge conflict {conflict_id} is no longer the one listed as {conflict_id}:{check}:"
                " a restored backup and a merge gave its number to another, {annotator}'s layer"
                " of {doc_id} ({n} incoming {n:span|spans} from {file}); list the conflicts again",
                conflict_id=conflict_id,
                check=check,
                annotator=c.annotator,
                doc_id=c.doc_id,
                n=len(c.spans),
                file=c.source_name,
            )
        if c.resolved:
            raise InvalidInput(
                "merge conflict {conflict_id} is already resolved", conflict_id=conflict_id
            )
        raised = _raised_at(project, c)
        told: dict[str, Any] = {"raised_at": raised}
        if keep == "theirs":
            told |= _take_theirs(project, c, raised, who)
            told["decisions"] = _take_decisions(project, c, raised, told.pop("taken_spans"), who)
        project.conn.execute("UPDATE merge_conflicts SET resolved = 1 WHERE id = ?", (c.id,))
        project.events.append(
            who,
            "merge.conflict_resolved",
            c.doc_id,
            c.id,
            {"annotator": c.annotator, "origin": c.origin},
            {"keep": keep, "spans": len(c.spans)} | told,
        )


def _shape(spans: Sequence[LayerSpan]) -> list[tuple[int, int, str, str]]:
    return sorted(
        (s.start, s.end, s.label, json.dumps(s.attrs or {}, sort_keys=True)) for s in spans
    )


def _raised_at(project, c: Conflict) -> int | None:
    """The event that raised conflict ``c`` here (its merge.conflict event),
    None when this history holds none (the layer as it is then stands for the
    layer it was raised against)."""
    found = None
    for e in project.history(action="merge.conflict", doc_id=c.doc_id, target=str(c.id)):
        after = e.after if isinstance(e.after, dict) else {}
        if (
            e.origin_hash is None
            and after.get("annotator") == c.annotator
            and after.get("created", c.created) == c.created
        ):
            found = e.id  # the last: a restored backup gives a number again
    return found


@dataclass(frozen=True)
class Since:
    """What an annotator did to the layer of a conflict after the merge raised
    it: ``added``, spans of the layer now that it lacked then (a span changed
    since is here as it is); ``removed``, spans it had then that it lacks now
    (as they were); ``raised``, the (start, end, label) of the layer then;
    ``raised_at``, the event that raised the conflict (None when this history
    holds none: the layer as it is stands for the layer it was raised against)."""

    raised_at: int | None
    raised: frozenset[tuple[int, int, str]]
    added: list[LayerSpan]
    removed: list[LayerSpan]


def conflict_since(project, c: Conflict) -> Since:
    """The work done on ``c``'s layer since the conflict was raised, which
    keeping the incoming side leaves as it is (see ``_take_theirs``)."""
    now = [LayerSpan.of_annotation(a) for a in project.annotations(c.doc_id, c.annotator)]
    raised_at = _raised_at(project, c)
    if raised_at is None:
        return Since(None, frozenset(s.key for s in now), [], [])
    then = [
        LayerSpan(
            r["start"],
            r["end"],
            r["label"],
            r.get("text") or "",
            r.get("attrs") or {},
            r["id"],
            r.get("suggestion_id"),
            r.get("origin") or "",
            c.annotator,
        )
        for r in records_as_of(project, c.doc_id, raised_at).values()
        if r["annotator"] == c.annotator
    ]
    then_keys = frozenset(s.key for s in then)
    now_keys = {s.key for s in now}
    order = lambda s: s.key  # noqa: E731
    return Since(
        raised_at,
        then_keys,
        sorted((s for s in now if s.key not in then_keys), key=order),
        sorted((s for s in then if s.key not in now_keys), key=order),
    )


def _key(start: int, end: int, label: str, attrs: Any) -> tuple[int, int, str, str]:
    return (start, end, label, json.dumps(attrs or {}, ensure_ascii=False, sort_keys=True))


def _told(a) -> dict[str, Any]:
    """A span as the resolved event names it."""
    if isinstance(a, dict):
        return {k: a[k] for k in ("id", "start", "end", "label", "text")}
    return {"id": a.id, "start": a.start, "end": a.end, "label": a.label, "text": a.text}


def _take_theirs(project, c: Conflict, raised: int | None, who: str) -> dict[str, Any]:
    """Keep the incoming side of ``c``: replace what the conflict was about,
    the difference between the layer as it stood when the conflict was raised
    (event ``raised``) and the incoming spans, and nothing else. A span the
    annotator added or removed since stays so; one the conflict would replace
    that was changed since is refused in words, nothing changed. Returns what
    was replaced, taken, changed and kept, for the resolved event."""
    now = {a.id: a for a in project.annotations(c.doc_id, c.annotator)}
    if raised is None:
        then = {i: _told(a) | {"attrs": a.attrs} for i, a in now.items()}
    else:
        then = {
            i: r
            for i, r in records_as_of(project, c.doc_id, raised).items()
            if r["annotator"] == c.annotator
        }

    def as_now(i: int):
        a = now.get(i)
        return None if a is None else _key(a.start, a.end, a.label, a.attrs)

    def unchanged(i: int) -> bool:
        r = then[i]
        return as_now(i) == _key(r["start"], r["end"], r["label"], r["attrs"])

    incoming = {(s.start, s.end, s.label): s for s in c.layer()}
    raised_keys = {(r["start"], r["end"], r["label"]): i for i, r in then.items()}
    remove, attrs, add = [], [], []
    for k3, i in raised_keys.items():
        s = incoming.get(k3)
        if s is None:  # the incoming side lacks it: it goes, unless gone since
            if i in now:
                if not unchanged(i):
                    _changed_since(project, c, now[i])
                remove.append(now[i])
        elif _key(*k3, s.attrs) != _key(*k3, then[i]["attrs"]):  # its attributes differ
            if i not in now or not unchanged(i):
                _changed_since(project, c, now.get(i) or then[i])
            attrs.append((now[i], s))
    current = {(a.start, a.end, a.label): a for a in now.values()}
    for k3, s in incoming.items():
        if k3 in raised_keys:
            continue
        a = current.get(k3)
        if a is None:
            add.append(s)
        elif _key(*k3, a.attrs) != _key(*k3, s.attrs):  # added since, otherwise
            _changed_since(project, c, a)
    kept = [
        a
        for i, a in sorted(now.items())
        if (i not in then or not unchanged(i)) and (a.start, a.end, a.label) not in incoming
    ]
    if not project.allow_overlap:
        gone = {a.id for a in remove}
        final = [(a.start, a.end, a.label) for a in now.values() if a.id not in gone]
        _check_no_overlaps(project, c, sorted(final + [(s.start, s.end, s.label) for s in add]))
    for a in remove:
        project.remove_span(a.id, annotator=who)
    for a, s in attrs:
        project.set_span_attrs(a.id, s.attrs, annotator=who)
    taken = [
        project.add_span(
            c.doc_id,
            s.start,
            s.end,
            s.label,
            attrs=s.attrs,
            origin="merged",
            suggestion_id=s.suggestion_id,
            annotator=c.annotator,
            event_extra={"conflict": c.id, "resolved_by": who},
        )
        for s in add
    ]
    return {
        "taken_spans": taken,
        "replaced": [_told(a) for a in remove],
        "taken": [_told(a) for a in taken],
        "changed": [_told(a) for a, _s in attrs],
        "kept": [_told(a) for a in kept],
    }


def _their_decisions(project, c: Conflict, raised: int | None) -> dict[int, str]:
    """The incoming file's decisions of the conflict's layer (suggestion here
    -> decision), as the merge.conflict event that raised it keeps them
    (since 7 December 2026; none before, nor for a mirror conflict)."""
    if raised is None:
        return {}
    row = project.conn.execute("SELECT after FROM events WHERE id = ?", (raised,)).fetchone()
    try:
        after = json.loads(row[0]) if row and row[0] else None
    except ValueError:
        after = None
    kept = after.get("decisions") if isinstance(after, dict) else None
    out: dict[int, str] = {}
    for item in kept if isinstance(kept, list) else ():
        if (
            isinstance(item, list)
            and len(item) == 2
            and type(item[0]) is int
            and item[1] in ("accepted", "corrected", "rejected")
        ):
            out[item[0]] = item[1]
    return out


def _take_decisions(
    project, c: Conflict, raised: int | None, taken: list, who: str
) -> list[dict[str, Any]]:
    """Keeping "theirs", the decisions of the suggestions behind the spans
    follow the spans, as the incoming file had them: a span taken from a
    suggestion is accepted (corrected, as another label) and linked to the
    span; a suggestion the incoming file rejected is rejected here, unless a
    span of the layer still stands on it (kept since). A span replaced keeps
    its decision, no longer linked, as a span removed by hand does. Each
    change is a ``decision.merged`` event by ``who`` naming the conflict, in
    the resolving transaction. Returns what changed, for the resolved event."""
    theirs = _their_decisions(project, c, raised)
    standing = {
        a.suggestion_id
        for a in project.annotations(c.doc_id, c.annotator)
        if a.suggestion_id is not None
    }
    wanted: dict[int, tuple[str, int | None]] = {}
    for a in taken:
        sugg = _suggestion(project, a.suggestion_id) if a.suggestion_id is not None else None
        if sugg is not None:
            decision = "accepted" if a.label == sugg.label else "corrected"
            wanted[sugg.id] = (decision, a.id)
    for sid, decision in theirs.items():
        if decision == "rejected" and sid not in standing and sid not in wanted:
            wanted[sid] = ("rejected", None)
    changed = []
    for sid, (decision, ann_id) in sorted(wanted.items()):
        sugg = _suggestion(project, sid)
        if sugg is None:
            continue  # a later run of the suggesters took it out
        row = project.conn.execute(
            "SELECT decision, annotation_id FROM decisions WHERE suggestion_id = ?"
            " AND annotator = ?",
            (sid, c.annotator),
        ).fetchone()
        if row is not None and tuple(row) == (decision, ann_id):
            continue
        project.ensure_annotator(c.annotator)
        project.conn.execute(
            "INSERT OR REPLACE INTO decisions (suggestion_id, annotator, decision,"
            " annotation_id, time) VALUES (?,?,?,?,?)",
            (sid, c.annotator, decision, ann_id, utc_now()),
        )
        was = None if row is None else {"decision": row[0], "annotation_id": row[1]}
        project.events.append(
            who,
            "decision.merged",
            c.doc_id,
            sid,
            was,
            {
                "suggestion_id": sid,
                "annotator": c.annotator,
                "decision": decision,
                "annotation_id": ann_id,
                "suggestion": suggestion_record(sugg),
                "conflict": c.id,
            },
        )
        changed.append(
            {
                "suggestion_id": sid,
                "text": sugg.text,
                "decision": decision,
                "was": None if row is None else row[0],
            }
        )
    return changed


def _suggestion(project, sid: int) -> StoredSuggestion | None:
    row = project.conn.execute(
        "SELECT id, doc_id, start_pos, end_pos, label, text, score, source, version, attrs"
        " FROM suggestions WHERE id = ?",
        (sid,),
    ).fetchone()
    if row is None:
        return None
    sid, doc, start, end, label, text, score, source, version, attrs = row
    return StoredSuggestion(
        start, end, label, text, score, source, version, json.loads(attrs), sid, doc, ""
    )


def _changed_since(project, c: Conflict, a) -> None:
    """Refuse keeping theirs over span ``a``, changed since ``c`` was raised."""
    a = _told(a)
    raise InvalidInput(
        "merge conflict {conflict_id}: {annotator} changed {text!q} [{start}:{end}] in"
        " {doc_id} since the conflict was raised, and taking the incoming spans would undo"
        " it; keep the current layer (--keep mine) or edit it by hand",
        conflict_id=c.id,
        annotator=c.annotator,
        text=a["text"],
        start=a["start"],
        end=a["end"],
        doc_id=c.doc_id,
    )


def _check_no_overlaps(project, c: Conflict, keys: list[tuple[int, int, str]]) -> None:
    """Refuse keeping the incoming spans of ``c`` when two spans of the layer
    it would make overlap in a project whose setting refuses overlapping spans
    (``keys`` in text order)."""
    widest = None
    for start, end, _label in keys:
        if widest is not None and start < widest[1]:
            text = project.document_text(c.doc_id)
            raise InvalidInput(
                "merge conflict {conflict_id}: keeping theirs would make {annotator}'s spans"
                " overlap in {doc_id} ({text!q} [{start}:{end}] overlaps {other!q}"
                " [{o_start}:{o_end}]), and this project does not allow overlapping spans"
                " (Annotate → Allow overlapping spans in this project, or biaozhu settings"
                " --allow-overlap on)",
                conflict_id=c.id,
                annotator=c.annotator,
                doc_id=c.doc_id,
                text=text[start:end],
                start=start,
                end=end,
                other=text[widest[0] : widest[1]],
                o_start=widest[0],
                o_end=widest[1],
            )
        if widest is None or end > widest[1]:
            widest = (start, end)
