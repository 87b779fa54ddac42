"""Gold spans: one layer per annotator. Every change writes its event in the
same transaction."""

from __future__ import annotations

import json
from typing import Any

from models.domain import ORIGINS, Annotation, check_offsets
from models.errors import InvalidInput, NotFound
from models.store.history import utc_now

ANNOTATION_COLUMNS = (
    "id, doc_id, annotator, start_pos, end_pos, label, text, attrs, origin, suggestion_id,"
    " created, updated"
)


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
        json.loads(attrs),
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
            raise NotFound(f"no span {ann_id} in this project")
        return row_to_annotation(row)

    def _check_label(self, label: str) -> None:
        if label not in self.label_names():
            raise InvalidInput(
                f"unknown label {label!r}; this project's labels are {', '.join(self.label_names())}"
            )

    def _check_no_overlap(
        self, doc_id: str, annotator: str, start: int, end: int, exclude: int | None = None
    ) -> None:
        if self.allow_overlap:
            return
        row = self.conn.execute(
            "SELECT id, text, label FROM annotations WHERE doc_id = ? AND annotator = ?"
            " AND start_pos < ? AND end_pos > ? AND id IS NOT ? LIMIT 1",
            (doc_id, annotator, end, start, exclude),
        ).fetchone()
        if row:
            raise InvalidInput(f"the span overlaps {row[1]!r} ({row[2]}), which is already gold")

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
            raise InvalidInput(f"unknown span origin {origin!r}")
        text = self.document_text(doc_id)
        check_offsets(text, start, end)
        self._check_label(label)
        now = time or utc_now()
        with self.transaction():
            self.ensure_annotator(who)
            self._check_no_overlap(doc_id, who, start, end)
            cur = self.conn.execute(
                "INSERT INTO annotations (doc_id, annotator, start_pos, end_pos, label, text,"
                " attrs, origin, suggestion_id, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
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
                ),
            )
            ann = self.annotation(cur.lastrowid)
            after = span_record(ann) | (event_extra or {})
            self.events.append(who, action, doc_id, ann.id, None, after, time=time)
        return ann

    def remove_span(self, ann_id: int, *, annotator: str | None = None) -> Annotation:
        ann = self.annotation(ann_id)
        with self.transaction():
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

    def relabel_span(self, ann_id: int, label: str, *, annotator: str | None = None) -> Annotation:
        ann = self.annotation(ann_id)
        self._check_label(label)
        if ann.label == label:
            return ann
        return self._update_span(ann, "span.relabelled", annotator, label=label)

    def resize_span(
        self, ann_id: int, start: int, end: int, *, annotator: str | None = None
    ) -> Annotation:
        ann = self.annotation(ann_id)
        text = self.document_text(ann.doc_id)
        check_offsets(text, start, end)
        if (start, end) == (ann.start, ann.end):
            return ann
        with self.transaction():
            self._check_no_overlap(ann.doc_id, ann.annotator, start, end, exclude=ann.id)
            return self._update_span(
                ann, "span.resized", annotator, start_pos=start, end_pos=end, text=text[start:end]
            )

    def set_span_attrs(
        self, ann_id: int, attrs: dict[str, Any], *, annotator: str | None = None
    ) -> Annotation:
        ann = self.annotation(ann_id)
        if not isinstance(attrs, dict):
            raise InvalidInput("span attributes must be a mapping")
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
            ann = self.add_span(
                record.doc_id,
                record.start,
                record.end,
                record.label,
                attrs=record.attrs,
                origin=record.origin,
                suggestion_id=record.suggestion_id,
                annotator=record.annotator,
                action="span.restored",
                event_extra={"restored_from": record.id},
            )
            if record.suggestion_id is not None:
                self.conn.execute(
                    "UPDATE decisions SET annotation_id = ? WHERE suggestion_id = ?"
                    " AND annotator = ? AND annotation_id IS NULL",
                    (ann.id, record.suggestion_id, record.annotator),
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
