"""Gold spans: one layer per annotator. Every change writes its event in the
same transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.domain import (
    LABEL_ATTRIBUTES,
    ORIGINS,
    Annotation,
    Span,
    check_offsets,
    relabelled_attrs,
)
from models.errors import InvalidInput, NotFound
from models.store.history import utc_now

ANNOTATION_COLUMNS = (
    "id, doc_id, annotator, start_pos, end_pos, label, text, attrs, origin, suggestion_id,"
    " created, updated"
)


@dataclass(frozen=True)
class Provenance:
    """Where a span added in bulk came from, beyond its origin (a merge: the
    suggestion it came from here, a note for its event, its original times)."""

    suggestion_id: int | None = None
    note: dict[str, Any] | None = None  # added to the span's event record
    created: str | None = None
    updated: str | None = None


NO_PROVENANCE = Provenance()


class SpanRefused(InvalidInput):
    """One span of a bulk add was refused, and the reason."""

    def __init__(self, span: Span, reason: str, /, **params: Any):
        super().__init__(reason, **params)
        self.span = span


def row_to_annotation(row: tuple) -> Annotation:
    (aid, doc_id, annotator, start, end, label, text, attrs, origin, sid, created, updated) = row
    return Annotation(
        aid,
        doc_id,
        annotator,
        start,
        end,
        label,
        text,
        {} if attrs == "{}" else json.loads(attrs),
        origin,
        sid,
        created,
        updated,
    )


def span_record(a: Annotation) -> dict[str, Any]:
    """What the history keeps of a span: enough to rebuild it exactly."""
    return {
        "id": a.id,
        "annotator": a.annotator,
        "start": a.start,
        "end": a.end,
        "label": a.label,
        "text": a.text,
        "attrs": a.attrs,
        "origin": a.origin,
        "suggestion_id": a.suggestion_id,
    }


class SpansMixin:
    def annotations(self, doc_id: str, annotator: str | None = None) -> list[Annotation]:
        """The gold spans of one document for one annotator, in text order."""
        rows = self.conn.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE doc_id = ? AND annotator = ?"
            " ORDER BY start_pos, end_pos",
            (doc_id, annotator or self.annotator),
        )
        return [row_to_annotation(r) for r in rows]

    def all_annotations(self, doc_id: str | None = None) -> list[Annotation]:
        sql = f"SELECT {ANNOTATION_COLUMNS} FROM annotations"
        params: tuple = ()
        if doc_id is not None:
            sql += " WHERE doc_id = ?"
            params = (doc_id,)
        sql += " ORDER BY doc_id, annotator, start_pos"
        return [row_to_annotation(r) for r in self.conn.execute(sql, params)]

    def annotation(self, ann_id: int) -> Annotation:
        row = self.conn.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", (ann_id,)
        ).fetchone()
        if row is None:
            raise NotFound("no span {ann_id} in this project", ann_id=ann_id)
        return row_to_annotation(row)

    def _check_label(self, label: str) -> None:
        if label not in self.label_names():
            raise InvalidInput(
                "unknown label {label!r}; this project's labels are {label_names}",
                label=label,
                label_names=", ".join(self.label_names()),
            )

    def _check_not_held(
        self, doc_id: str, annotator: str, start: int, end: int, label: str, exclude: int | None
    ) -> None:
        """Where spans may overlap, still never the same span twice in one layer:
        it would count twice in every figure, export and training set."""
        row = self.conn.execute(
            "SELECT text FROM annotations WHERE doc_id = ? AND annotator = ? AND start_pos = ?"
            " AND end_pos = ? AND label = ? AND id IS NOT ? LIMIT 1",
            (doc_id, annotator, start, end, label, exclude),
        ).fetchone()
        if row:
            raise InvalidInput(
                "{text!q} ({label}) [{start}:{end}] is already gold",
                text=row[0],
                label=label,
                start=start,
                end=end,
            )

    def _check_no_overlap(
        self,
        doc_id: str,
        annotator: str,
        start: int,
        end: int,
        exclude: int | None = None,
        *,
        label: str,
    ) -> None:
        if self.allow_overlap:
            self._check_not_held(doc_id, annotator, start, end, label, exclude)
            return
        row = self.conn.execute(
            "SELECT id, text, label FROM annotations WHERE doc_id = ? AND annotator = ?"
            " AND start_pos < ? AND end_pos > ? AND id IS NOT ? LIMIT 1",
            (doc_id, annotator, end, start, exclude),
        ).fetchone()
        if row:
            raise InvalidInput(
                "the span overlaps {text!q} ({label}), which is already gold",
                text=row[1],
                label=row[2],
            )

    def add_span(
        self,
        doc_id: str,
        start: int,
        end: int,
        label: str,
        *,
        attrs: dict[str, Any] | None = None,
        origin: str = "manual",
        suggestion_id: int | None = None,
        annotator: str | None = None,
        action: str = "span.added",
        event_extra: dict[str, Any] | None = None,
        time: str | None = None,
    ) -> Annotation:
        who = annotator or self.annotator
        if origin not in ORIGINS:
            raise InvalidInput("unknown span origin {origin!r}", origin=origin)
        text = self.document_text(doc_id)
        check_offsets(text, start, end)
        self._check_label(label)
        now = time or utc_now()
        with self.transaction():
            self.ensure_annotator(who)
            self._check_no_overlap(doc_id, who, start, end, label=label)
            ann = self._insert_annotation(
                (
                    doc_id,
                    who,
                    start,
                    end,
                    label,
                    text[start:end],
                    json.dumps(attrs or {}, ensure_ascii=False),
                    origin,
                    suggestion_id,
                    now,
                    now,
                )
            )
            after = span_record(ann) | (event_extra or {})
            self.events.append(who, action, doc_id, ann.id, None, after, time=time)
        return ann

    def add_spans(
        self,
        doc_id: str,
        spans: Sequence[Span],
        *,
        origin: str = "imported",
        annotator: str | None = None,
        provenance: Sequence[Provenance] | None = None,
    ) -> list[Annotation]:
        """Store spans of one document for one annotator in one transaction,
        each with its own ``span.added`` event: the bulk form of ``add_span``
        that imports and merges use (``provenance``, one per span, where they
        have more to say). All are checked before the first is written; a
        refusal is a SpanRefused naming the span."""
        who = annotator or self.annotator
        if origin not in ORIGINS:
            raise InvalidInput("unknown span origin {origin!r}", origin=origin)
        if not spans:
            return []
        details = list(provenance) if provenance is not None else [NO_PROVENANCE] * len(spans)
        if len(details) != len(spans):
            raise InvalidInput("one provenance per span")
        text = self.document_text(doc_id)
        for span in spans:
            try:
                check_offsets(text, span.start, span.end)
                self._check_label(span.label)
            except InvalidInput as exc:
                raise SpanRefused(span, exc.template, **exc.params) from None
        with self.transaction():
            self.ensure_annotator(who)
            # the time after the annotator's own event: taken before it, the
            # spans were dated before the `annotator.added` listed ahead of
            # them, which `history` marks as a clock set back
            now = utc_now()
            self._check_no_overlaps(doc_id, who, text, spans)
            anns = self._insert_annotations(
                [
                    (
                        doc_id,
                        who,
                        span.start,
                        span.end,
                        span.label,
                        text[span.start : span.end],
                        json.dumps(span.attrs or {}, ensure_ascii=False),
                        origin,
                        came.suggestion_id,
                        came.created or now,
                        came.updated or now,
                    )
                    for span, came in zip(spans, details, strict=True)
                ]
            )
            events = [
                (doc_id, ann.id, None, span_record(ann) | (came.note or {}))
                for ann, came in zip(anns, details, strict=True)
            ]
            self.events.append_many(who, "span.added", events, time=now)
        return anns

    def check_new_spans(self, text: str, spans: Sequence[Span]) -> None:
        """The checks ``add_spans`` makes of new spans among themselves (their
        offsets in ``text``; their overlaps, or repeats where the project allows
        overlaps), without writing or taking the write lock: for an import that
        checks a whole file before it writes any of it. Raises SpanRefused."""
        for span in spans:
            try:
                check_offsets(text, span.start, span.end)
            except InvalidInput as exc:
                raise SpanRefused(span, exc.template, **exc.params) from None
        # a document id no row has: only the new spans are compared
        if self.allow_overlap:
            self._check_none_held(None, "", text, spans)
        else:
            self._check_no_overlaps(None, "", text, spans)

    def _insert_annotations(self, rows: list[tuple]) -> list[Annotation]:
        """``_insert_annotation`` for many rows, in one statement (an import's or
        a merge's thousands, under the write lock). The table's ids are
        AUTOINCREMENT: each row gets one past the largest the table ever held,
        so the rows get consecutive ids from there — checked, not assumed."""
        if len(rows) < 2:
            return [self._insert_annotation(row) for row in rows]
        (first,) = self.conn.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'annotations'), 0),"
            " coalesce((SELECT max(id) FROM annotations), 0)) + 1"
        ).fetchone()
        self.conn.executemany(
            "INSERT INTO annotations (doc_id, annotator, start_pos, end_pos, label, text,"
            " attrs, origin, suggestion_id, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        (last,) = self.conn.execute("SELECT last_insert_rowid()").fetchone()
        if last != first + len(rows) - 1:  # ids rise with each row: none was skipped
            raise RuntimeError(f"annotation ids {first}..{last} for {len(rows)} rows")
        return [row_to_annotation((aid, *row)) for aid, row in enumerate(rows, first)]

    def _insert_annotation(self, row: tuple) -> Annotation:
        """Insert (doc_id, annotator, start, end, label, text, attrs JSON, origin,
        suggestion_id, created, updated); the annotation as stored."""
        cur = self.conn.execute(
            "INSERT INTO annotations (doc_id, annotator, start_pos, end_pos, label, text,"
            " attrs, origin, suggestion_id, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            row,
        )
        return row_to_annotation((cur.lastrowid, *row))

    def _check_no_overlaps(
        self, doc_id: str | None, annotator: str, text: str, spans: Sequence[Span]
    ) -> None:
        """``_check_no_overlap`` for many new spans at once: against the gold
        already stored and against each other, in one sweep."""
        if self.allow_overlap:
            self._check_none_held(doc_id, annotator, text, spans)
            return
        stored = self.conn.execute(
            "SELECT start_pos, end_pos, text, label FROM annotations"
            " WHERE doc_id = ? AND annotator = ?",
            (doc_id, annotator),
        )
        # (start, end, text, label, the new span or None for a stored one)
        items = [(a, b, t, lab, None) for a, b, t, lab in stored]
        items += [(s.start, s.end, text[s.start : s.end], s.label, s) for s in spans]
        items.sort(key=lambda item: (item[0], item[1]))
        widest = None
        for item in items:
            new_involved = item[4] is not None or (widest is not None and widest[4] is not None)
            if widest is not None and item[0] < widest[1] and new_involved:
                blamed, other = (item, widest) if item[4] is not None else (widest, item)
                where = {"text": other[2], "label": other[3], "start": other[0], "end": other[1]}
                if other[4] is None:
                    raise SpanRefused(
                        blamed[4],
                        "the span overlaps {text!q} ({label}) [{start}:{end}], which is already"
                        " gold, and this project does not allow overlapping spans (Annotate →"
                        " Allow overlapping spans in this project, or biaozhu settings --allow-overlap on)",
                        **where,
                    )
                raise SpanRefused(
                    blamed[4],
                    "the span overlaps {text!q} ({label}) [{start}:{end}], another span coming"
                    " in for this document, and this project does not allow overlapping spans"
                    " (Annotate → Allow overlapping spans in this project, or biaozhu settings"
                    " --allow-overlap on)",
                    **where,
                )
            if widest is None or item[1] > widest[1]:
                widest = item

    def _check_none_held(
        self, doc_id: str | None, annotator: str, text: str, spans: Sequence[Span]
    ) -> None:
        """``_check_not_held`` for many new spans at once."""
        held = set(
            self.conn.execute(
                "SELECT start_pos, end_pos, label FROM annotations"
                " WHERE doc_id = ? AND annotator = ?",
                (doc_id, annotator),
            ).fetchall()
        )
        for span in spans:
            key = (span.start, span.end, span.label)
            if key in held:
                raise SpanRefused(
                    span,
                    "{text!q} ({label}) [{start}:{end}] is already gold, or comes in twice",
                    text=text[span.start : span.end],
                    label=span.label,
                    start=span.start,
                    end=span.end,
                )
            held.add(key)

    def remove_span(self, ann_id: int, *, annotator: str | None = None) -> Annotation:
        # the span is read under the write lock, as every edit below reads it:
        # what the event says it was is what the file held when it went, even
        # when another process edited it a moment before
        with self.transaction():
            ann = self.annotation(ann_id)
            self.conn.execute(
                "UPDATE decisions SET annotation_id = NULL WHERE annotation_id = ?", (ann_id,)
            )
            self.conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))
            self.events.append(
                annotator or self.annotator,
                "span.removed",
                ann.doc_id,
                ann_id,
                span_record(ann),
                None,
            )
        return ann

    def _update_span(
        self, ann: Annotation, action: str, annotator: str | None, **changes: Any
    ) -> Annotation:
        sets = ", ".join(f"{col} = ?" for col in changes)
        with self.transaction():
            self.conn.execute(
                f"UPDATE annotations SET {sets}, updated = ? WHERE id = ?",
                (*changes.values(), utc_now(), ann.id),
            )
            new = self.annotation(ann.id)
            self.events.append(
                annotator or self.annotator,
                action,
                ann.doc_id,
                ann.id,
                span_record(ann),
                span_record(new),
            )
        return new

    def relabel_span(
        self,
        ann_id: int,
        label: str,
        *,
        attrs: dict[str, Any] | None = None,
        annotator: str | None = None,
    ) -> Annotation:
        """Give a gold span another label, in one ``span.relabelled`` event
        that records its attributes before and after. The attributes of the
        old label that the new one has not go (``relabelled_attrs``); a span
        relabelled to the label of the suggestion it came from, at that
        suggestion's boundaries, gets the attributes of the new label that
        the suggestion read (as accepting it as suggested gives them). With
        ``attrs`` (the undo of a relabel: what the span had before it), the
        span gets exactly those."""
        self._check_label(label)
        if attrs is not None and not isinstance(attrs, dict):
            raise InvalidInput("span attributes must be a mapping")
        with self.transaction():
            ann = self.annotation(ann_id)
            if ann.label == label:
                return ann
            if self.allow_overlap:
                self._check_not_held(ann.doc_id, ann.annotator, ann.start, ann.end, label, ann.id)
            if attrs is None:
                attrs = self._relabelled_attrs(ann, label)
            changes: dict[str, Any] = {"label": label}
            if attrs != ann.attrs:
                changes["attrs"] = json.dumps(attrs, ensure_ascii=False)
            return self._update_span(ann, "span.relabelled", annotator, **changes)

    def _relabelled_attrs(self, ann: Annotation, label: str) -> dict[str, Any]:
        attrs = relabelled_attrs(ann.attrs, ann.label, label)
        wanted = [k for k in LABEL_ATTRIBUTES.get(label, ()) if k not in attrs]
        if not wanted or ann.suggestion_id is None:
            return attrs
        row = self.conn.execute(
            "SELECT start_pos, end_pos, label, attrs FROM suggestions WHERE id = ?",
            (ann.suggestion_id,),
        ).fetchone()
        if row is None or tuple(row[:3]) != (ann.start, ann.end, label):
            return attrs  # read for another label or other boundaries: not this span's
        suggested = json.loads(row[3]) if row[3] else {}
        if not isinstance(suggested, dict):
            return attrs
        return attrs | {k: suggested[k] for k in wanted if k in suggested}

    def resize_span(
        self, ann_id: int, start: int, end: int, *, annotator: str | None = None
    ) -> Annotation:
        with self.transaction():
            ann = self.annotation(ann_id)
            text = self.document_text(ann.doc_id)
            check_offsets(text, start, end)
            if (start, end) == (ann.start, ann.end):
                return ann
            self._check_no_overlap(
                ann.doc_id, ann.annotator, start, end, exclude=ann.id, label=ann.label
            )
            return self._update_span(
                ann, "span.resized", annotator, start_pos=start, end_pos=end, text=text[start:end]
            )

    def set_span_attrs(
        self, ann_id: int, attrs: dict[str, Any], *, annotator: str | None = None
    ) -> Annotation:
        if not isinstance(attrs, dict):
            raise InvalidInput("span attributes must be a mapping")
        with self.transaction():
            ann = self.annotation(ann_id)
            if attrs == ann.attrs:
                return ann
            return self._update_span(
                ann, "span.attrs", annotator, attrs=json.dumps(attrs, ensure_ascii=False)
            )

    def gold_terms(self, labels: tuple[str, ...] = ("COMPANY", "POLICY")) -> dict[str, str]:
        """Every distinct gold surface text of these labels, with its most used label:
        the project's own lexicon, grown by every accepted span."""
        return _gold_terms(self.conn, labels)

    def restore_span(self, record: Annotation, *, annotator: str | None = None) -> Annotation:
        """Bring a removed span back (undo of a removal): a new event, same content.
        A decision that had made the span is linked to it again, so undoing that
        decision later removes the restored span too."""
        with self.transaction():
            came_from = record.suggestion_id
            if (
                came_from is not None
                and self.conn.execute(
                    "SELECT 1 FROM suggestions WHERE id = ?", (came_from,)
                ).fetchone()
                is None
            ):
                # its decision was undone elsewhere and a new run of the
                # suggesters left it out: the span still comes back (the
                # curator's undo), its removed record in the history still
                # names the suggestion
                came_from = None
            ann = self.add_span(
                record.doc_id,
                record.start,
                record.end,
                record.label,
                attrs=record.attrs,
                origin=record.origin,
                suggestion_id=came_from,
                annotator=record.annotator,
                action="span.restored",
                event_extra={"restored_from": record.id},
            )
            if came_from is not None:
                self.conn.execute(
                    "UPDATE decisions SET annotation_id = ? WHERE suggestion_id = ?"
                    " AND annotator = ? AND annotation_id IS NULL",
                    (ann.id, came_from, record.annotator),
                )
        return ann


def _gold_terms(conn, labels: tuple[str, ...]) -> dict[str, str]:
    marks = ",".join("?" * len(labels))
    rows = conn.execute(
        f"SELECT text, label, count(*) AS n FROM annotations WHERE label IN ({marks})"
        " GROUP BY text, label ORDER BY n",
        labels,
    )
    return {text: label for text, label, _ in rows}
