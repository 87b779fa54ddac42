"""Merge conflicts: one annotator's work on one document that differed in two
merged files. The incoming spans are kept here for a reviewer, never dropped.

Resolving a conflict is a history event. ``keep="theirs"`` replaces the
annotator's layer by the incoming spans (each change its own span event);
``keep="mine"`` keeps the layer as it is. Either way the row stays, marked
resolved, so that merging the same file again does not raise it again."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.errors import IntegrityError, InvalidInput, NotFound
from models.review.compare import LayerSpan


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
    """Conflict id -> the name of the file the merge read, from the merge.conflict events."""
    return {
        e.target: e.after.get("file", "") if isinstance(e.after, dict) else ""
        for e in project.history(action="merge.conflict")
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
    files = _files(project)
    return [_row(r, files) for r in project.conn.execute(sql + " ORDER BY id", params)]


def conflict(project, conflict_id: int) -> Conflict:
    row = None
    if _has_table(project):
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
) -> None:
    """Settle a conflict: keep ``mine`` (the layer as it is) or ``theirs`` (the
    incoming spans). ``doc_id`` and ``seen``: the document and the incoming
    spans the reviewer was shown; a conflict of that number that is another
    (a restored backup, then a merge, gave the number again) is refused."""
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
        if c.resolved:
            raise InvalidInput(
                "merge conflict {conflict_id} is already resolved", conflict_id=conflict_id
            )
        if keep == "theirs":
            incoming = {(s.start, s.end, s.label): s for s in c.layer()}
            if not project.allow_overlap:
                _check_no_overlaps(c, sorted(incoming))
            for ann in project.annotations(c.doc_id, c.annotator):
                if (ann.start, ann.end, ann.label) not in incoming:
                    project.remove_span(ann.id, annotator=who)
            have = {
                (a.start, a.end, a.label): a for a in project.annotations(c.doc_id, c.annotator)
            }
            for key, s in incoming.items():
                if key in have:
                    if have[key].attrs != s.attrs:
                        project.set_span_attrs(have[key].id, s.attrs, annotator=who)
                    continue
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
        project.conn.execute("UPDATE merge_conflicts SET resolved = 1 WHERE id = ?", (c.id,))
        project.events.append(
            who,
            "merge.conflict_resolved",
            c.doc_id,
            c.id,
            {"annotator": c.annotator, "origin": c.origin},
            {"keep": keep, "spans": len(c.spans)},
        )


def _shape(spans: Sequence[LayerSpan]) -> list[tuple[int, int, str, str]]:
    return sorted(
        (s.start, s.end, s.label, json.dumps(s.attrs or {}, sort_keys=True)) for s in spans
    )


def _check_no_overlaps(c: Conflict, keys: list[tuple[int, int, str]]) -> None:
    """Refuse keeping the incoming spans of ``c`` when two of them overlap in a
    project whose setting refuses overlapping spans (``keys`` in text order)."""
    widest = None
    for start, end, _label in keys:
        if widest is not None and start < widest[1]:
            text = {(s.start, s.end): s.text for s in c.layer()}
            raise InvalidInput(
                "merge conflict {conflict_id}: keeping theirs would make {annotator}'s spans"
                " overlap in {doc_id} ({text!r} [{start}:{end}] overlaps {other!r}"
                " [{o_start}:{o_end}]), and this project does not allow overlapping spans"
                " (Annotate → Allow overlapping spans in this project, or biaozhu settings"
                " --allow-overlap on)",
                conflict_id=c.id,
                annotator=c.annotator,
                doc_id=c.doc_id,
                text=text.get((start, end), ""),
                start=start,
                end=end,
                other=text.get(widest, ""),
                o_start=widest[0],
                o_end=widest[1],
            )
        if widest is None or end > widest[1]:
            widest = (start, end)
