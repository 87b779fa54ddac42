"""Verbs over many spans at once, and the per-annotator occurrence offers.

The window accepts a whole document (``Shift+A``, thousands of suggestions)
and undoes that in one short transaction each, with the same history
events as one ``accept_suggestion``/``undo_decision`` per suggestion; it
reads one document's spans in a few queries whatever their number; and it
offers a name a curator accepted at its other occurrences to that curator
alone, as an *offer* that undoing the accept withdraws again.

Every change writes its history event in the same transaction."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson

from models.domain import Annotation, StoredSuggestion
from models.errors import AlreadyDecided, InvalidInput
from models.store.history import utc_now
from models.store.spans import ANNOTATION_COLUMNS, row_to_annotation, span_record
from models.store.suggestions import (
    SUGGESTION_COLUMNS,
    UNDECIDED_SQL,
    VISIBLE_SQL,
    suggestion_record,
)

# SQLite's limit on bound parameters per statement is 32,766; stay well under.
CHUNK = 900


class SuggestionRow(NamedTuple):
    """A suggestion as one annotator sees it (the fields of ``StoredSuggestion``,
    as a tuple: a document's thousands of them are read at every switch)."""

    start: int
    end: int
    label: str
    text: str
    score: float
    source: str
    version: str
    attrs: dict[str, Any]
    id: int
    doc_id: str
    status: str


@dataclass(frozen=True)
class DocumentSpans:
    """One document as one annotator sees it: their gold spans, the
    suggestions they see with their status for them (pending, accepted,
    corrected, rejected, matched, or left: undecided in a document they
    marked done), the offers each private suggestion came from, and their
    status for the document."""

    gold: list[Annotation]
    suggestions: list[SuggestionRow]
    offers: dict[int, frozenset[str]]
    status: str


def read_document_spans(project, doc_id: str, annotator: str) -> DocumentSpans:
    """What ``annotations`` + ``suggestions`` + ``status`` give, in three
    plain queries: a suggestion's "matched" status (the annotator has the
    very same gold span) is worked out here rather than per row in SQL, so
    a 150,000-character article with thousands of suggestions reads in
    milliseconds."""
    gold = project.annotations(doc_id, annotator)
    keys = {(a.start, a.end, a.label) for a in gold}
    status = project.status(doc_id, annotator)
    # a finished document is final: what no decision of theirs met waits for none
    undecided = "left" if status == "done" else "pending"
    rows = project.conn.execute(
        f"SELECT {SUGGESTION_COLUMNS}, s.stale, d.decision FROM suggestions s"
        " LEFT JOIN decisions d ON d.suggestion_id = s.id AND d.annotator = :who"
        f" WHERE s.doc_id = :doc AND {VISIBLE_SQL}"
        " ORDER BY s.start_pos, s.end_pos, s.label",
        {"doc": doc_id, "who": annotator},
    )
    suggestions = []
    for sid, doc, start, end, label, text, score, source, version, attrs, stale, decision in rows:
        if decision is None and (start, end, label) in keys:
            shown = "matched"
        elif decision is None and stale:
            continue
        else:
            shown = decision or undecided
        suggestions.append(
            SuggestionRow(
                start, end, label, text, score, source, version, _attrs(attrs), sid, doc, shown
            )
        )
    offers: dict[int, set[str]] = {}
    for sid, offer in project.conn.execute(
        "SELECT x.suggestion_id, x.offer FROM suggestion_audience x"
        " JOIN suggestions s ON s.id = x.suggestion_id WHERE s.doc_id = ? AND x.annotator = ?",
        (doc_id, annotator),
    ):
        offers.setdefault(sid, set()).add(offer)
    return DocumentSpans(
        gold,
        suggestions,
        {sid: frozenset(tokens) for sid, tokens in offers.items()},
        status,
    )


def _attrs(raw: str) -> dict[str, Any]:
    # orjson: a long article's thousands of suggestions carry attributes
    return {} if raw == "{}" else orjson.loads(raw)


def mark_begun(project, doc_id: str, annotator: str) -> bool:
    """The annotator's first edit of a document: to do becomes in progress
    (never undoes done). True when the status changed."""
    if project.status(doc_id, annotator) != "todo":
        return False
    project.set_status(doc_id, "in_progress", annotator=annotator)
    return True


def begun_statuses(project, annotator: str) -> dict[str, str]:
    """The annotator's documents that are no longer to do, with their status
    (a document without a row is to do): read before a bulk write, to tell
    afterwards which documents it began."""
    return dict(
        project.conn.execute(
            "SELECT doc_id, status FROM doc_status WHERE annotator = ? AND status <> 'todo'",
            (annotator,),
        ).fetchall()
    )


def reopen_untouched(project, doc_ids: Iterable[str], annotator: str) -> list[str]:
    """Put back to do the documents among ``doc_ids`` that are in progress
    while nothing of the annotator's is left in them (no span, no decision):
    the undo of a bulk write that began them. A document the annotator has
    worked in since stays as it is. One transaction, a status event each;
    returns the documents put back."""
    back = []
    with project.transaction():
        for doc_id in sorted(set(doc_ids)):
            if project.status(doc_id, annotator) != "in_progress":
                continue
            worked = project.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM annotations WHERE doc_id = :d AND annotator = :a)"
                " OR EXISTS (SELECT 1 FROM decisions x JOIN suggestions s"
                " ON s.id = x.suggestion_id WHERE s.doc_id = :d AND x.annotator = :a)",
                {"d": doc_id, "a": annotator},
            ).fetchone()[0]
            if not worked:
                project.set_status(doc_id, "todo", annotator=annotator)
                back.append(doc_id)
    return back


# -- accepting and undoing in bulk ------------------------------------------------------


def _suggestion_rows(project, sugg_ids: Sequence[int], annotator: str) -> list[tuple]:
    """(suggestion, its decision by the annotator or None) for the ids the
    annotator sees, in text order."""
    out = []
    for i in range(0, len(sugg_ids), CHUNK):
        part = list(sugg_ids[i : i + CHUNK])
        marks = ",".join("?" * len(part))
        rows = project.conn.execute(
            f"SELECT {SUGGESTION_COLUMNS}, s.stale, d.decision FROM suggestions s"
            " LEFT JOIN decisions d ON d.suggestion_id = s.id AND d.annotator = ?"
            f" WHERE s.id IN ({marks}) AND {VISIBLE_SQL.replace(':who', '?')}",
            [annotator, *part, annotator],
        )
        out += rows.fetchall()
    out.sort(key=lambda r: (r[2], r[3], r[4]))
    return out


def _stored(row: tuple, status: str) -> StoredSuggestion:
    sid, doc, start, end, label, text, score, source, version, attrs = row[:10]
    return StoredSuggestion(
        start, end, label, text, score, source, version, json.loads(attrs), sid, doc, status
    )


def accept_suggestions(
    project, doc_id: str, sugg_ids: Sequence[int], *, annotator: str
) -> list[Annotation]:
    """Accept these suggestions of one document as gold, in one transaction,
    each with the ``suggestion.accepted`` event ``accept_suggestion`` writes.
    A suggestion already decided, not the annotator's to see, of another
    document, stale, or overlapping the gold (or an earlier one of these) is
    skipped, as ``accept_all`` skips it; returns the spans made, in text order."""
    text = project.document_text(doc_id)
    with project.transaction():
        project.ensure_annotator(annotator)
        rows = _suggestion_rows(project, sugg_ids, annotator)
        gold = project.conn.execute(
            "SELECT start_pos, end_pos, label FROM annotations WHERE doc_id = ? AND annotator = ?",
            (doc_id, annotator),
        ).fetchall()
        keys = set(gold)
        rows = [
            r
            for r in rows
            if r[1] == doc_id and r[11] is None and not r[10] and (r[2], r[3], r[4]) not in keys
        ]
        if not project.allow_overlap:
            keep = fitting([(a, b) for a, b, _label in gold], [(r[2], r[3]) for r in rows])
            rows = [rows[i] for i in keep]
        now = utc_now()
        # ids given here rather than one INSERT each: the write lock is held,
        # so the next free ids are ours (past every id ever given: a window may
        # still hold one that was removed)
        first = project.conn.execute(
            "SELECT max(coalesce((SELECT max(id) FROM annotations), 0),"
            " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'annotations'), 0)) + 1"
        ).fetchone()[0]
        accepted: list[tuple[StoredSuggestion, Annotation]] = []
        for n, row in enumerate(rows):
            start, end, label = row[2], row[3], row[4]
            sugg = _stored(row, "pending")
            ann = row_to_annotation(
                (
                    first + n,
                    doc_id,
                    annotator,
                    start,
                    end,
                    label,
                    text[start:end],
                    row[9],
                    "accepted",
                    sugg.id,
                    now,
                    now,
                )
            )
            accepted.append((sugg, ann))
        project.conn.executemany(
            f"INSERT INTO annotations ({ANNOTATION_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (a.id, a.doc_id, a.annotator, a.start, a.end, a.label, a.text, row[9])
                + (a.origin, a.suggestion_id, a.created, a.updated)
                for (_s, a), row in zip(accepted, rows, strict=True)
            ],
        )
        if accepted:
            project.conn.executemany(
                "INSERT INTO decisions (suggestion_id, annotator, decision, annotation_id, time)"
                " VALUES (?,?,'accepted',?,?)",
                [(s.id, annotator, a.id, now) for s, a in accepted],
            )
            events = [
                (doc_id, a.id, None, span_record(a) | {"suggestion": suggestion_record(s)})
                for s, a in accepted
            ]
            project.events.append_many(annotator, "suggestion.accepted", events, time=now)
            mark_begun(project, doc_id, annotator)
    return [a for _s, a in accepted]


def fitting(taken: Iterable[tuple[int, int]], candidates: Iterable[tuple[int, int]]) -> list[int]:
    """Which candidate spans (start, end), taken in text order, fit beside the
    ``taken`` spans and the candidates kept before them: the rule "accept
    all" follows. Returns their indexes in ``candidates``, in order. One
    sweep, so 3,000 suggestions cost milliseconds, not a pairwise comparison."""
    gold = sorted(taken)
    cands = list(candidates)
    kept: list[int] = []
    reach = -1  # the furthest end of the spans starting at or before the candidate
    g = 0
    for i in sorted(range(len(cands)), key=lambda i: cands[i]):
        start, end = cands[i]
        while g < len(gold) and gold[g][0] <= start:
            reach = max(reach, gold[g][1])
            g += 1
        if reach > start or (g < len(gold) and gold[g][0] < end):
            continue
        kept.append(i)
        reach = max(reach, end)
    return sorted(kept)


def undo_decisions(project, sugg_ids: Sequence[int], *, annotator: str) -> set[str]:
    """``undo_decision`` for many suggestions in one transaction: each decided
    one is pending again, the span its acceptance made is removed, and a
    ``suggestion.undone`` event says so. Undecided ones are left. Returns the
    documents changed."""
    docs: set[str] = set()
    with project.transaction():
        rows = _suggestion_rows(project, sugg_ids, annotator)
        decided = [r for r in rows if r[11] is not None]
        if not decided:
            return docs
        links = dict(
            _in_chunks(
                project,
                "SELECT suggestion_id, annotation_id FROM decisions"
                " WHERE annotator = ? AND suggestion_id IN ({marks})",
                [r[0] for r in decided],
                prefix=[annotator],
            )
        )
        spans = {
            a.id: a
            for a in (
                row_to_annotation(r)
                for r in _in_chunks(
                    project,
                    f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE id IN ({{marks}})",
                    [i for i in links.values() if i is not None],
                )
            )
        }
        events = []
        for row in decided:
            sugg = _stored(row, row[11])
            ann_id = links.get(sugg.id)
            span = spans.get(ann_id)
            before = {
                "decision": row[11],
                "span": span_record(span) if span is not None else None,
                "suggestion": suggestion_record(sugg),
            }
            events.append((sugg.doc_id, ann_id, before, None))
            docs.add(sugg.doc_id)
        gone = [(i,) for i in links.values() if i is not None and i in spans]
        project.conn.executemany("DELETE FROM annotations WHERE id = ?", gone)
        project.conn.executemany(
            "DELETE FROM decisions WHERE suggestion_id = ? AND annotator = ?",
            [(r[0], annotator) for r in decided],
        )
        project.events.append_many(annotator, "suggestion.undone", events)
    return docs


# -- finishing a document ----------------------------------------------------------------

# What a ``suggestion.rejected`` event made by finishing a document says
# (``after``), so that reopening it finds what to take back.
WITH_DONE = {"with": "doc.done"}


class NotAsked(AlreadyDecided):
    """A document not marked done: suggestions are pending there that the
    curator was not asked about (an accept of them all cancelled part way
    after the key, suggestions another program added or made pending
    again). Nothing was changed; shown the document as it is, they are
    asked about again."""


def finish_document(
    project, doc_id: str, annotator: str, *, asked: Collection[int] | None = None
) -> list[int]:
    """Mark the document done for the annotator, rejecting the suggestions
    still pending for them there, in one transaction: a ``doc.status`` event,
    then a ``suggestion.rejected`` event per suggestion, saying it came with
    the document done. A finished document's pending suggestions are read by
    the project's evidence as spans the curator left out of the gold; here
    the store says so too, and the document list, the window and ``stats``
    with it. Returns the suggestions rejected, in text order.

    ``asked``: the suggestions the curator was shown pending and asked
    about when marking it done (the window's Ctrl+D). A suggestion is marked
    rejected only by a decision the curator made on it, or by a finishing
    that asked about it: one pending beyond those makes it ``NotAsked``,
    nothing changed. (None: every pending one, for a caller that showed
    nothing; the main window and the review window's adjudication pass
    what they showed.)"""
    project.document_text(doc_id)  # raises NotFound
    with project.transaction():
        project.ensure_annotator(annotator)
        # undecided, not pending: finishing a document done already (its status
        # set alone, as ``set_status`` does) still records what it left as rejected
        rows = project.conn.execute(
            f"SELECT {SUGGESTION_COLUMNS} FROM suggestions s WHERE s.doc_id = :doc"
            f" AND {UNDECIDED_SQL} ORDER BY s.start_pos, s.end_pos, s.label",
            {"doc": doc_id, "who": annotator},
        ).fetchall()
        if asked is not None:
            unasked = [row for row in rows if row[0] not in set(asked)]
            if unasked:
                raise NotAsked(
                    "the document was not marked done: {count} pending"
                    " {count:suggestion was|suggestions were} not asked about (an accept of"
                    " them cancelled, or suggestions changed meanwhile)",
                    count=len(unasked),
                )
        project.set_status(doc_id, "done", annotator=annotator)
        if not rows:
            return []
        now = utc_now()
        project.conn.executemany(
            "INSERT INTO decisions (suggestion_id, annotator, decision, annotation_id, time)"
            " VALUES (?,?,'rejected',NULL,?)",
            [(row[0], annotator, now) for row in rows],
        )
        events = [
            (doc_id, None, {"suggestion": suggestion_record(_stored(row, "pending"))}, WITH_DONE)
            for row in rows
        ]
        project.events.append_many(annotator, "suggestion.rejected", events, time=now)
    return [row[0] for row in rows]


def reopen_document(project, doc_id: str, annotator: str, status: str = "in_progress") -> list[int]:
    """Give the document back its ``status`` (in progress, or what it was
    before it was finished), making pending again what finishing it last
    rejected (``finish_document``) and the annotator has not decided again
    since; one transaction. Returns those suggestions, in text order."""
    project.document_text(doc_id)  # raises NotFound
    with project.transaction():
        ids: list[int] = []
        if project.status(doc_id, annotator) == "done":
            ids = _rejected_with_done(project, doc_id, annotator)
        if ids:
            undo_decisions(project, ids, annotator=annotator)
        project.set_status(doc_id, status, annotator=annotator)
    return ids


def _rejected_with_done(project, doc_id: str, annotator: str) -> list[int]:
    """The suggestions the annotator's last finishing of the document rejected
    that are still rejected as it rejected them (the same decision time)."""
    last = project.conn.execute(
        "SELECT max(id) FROM events WHERE doc_id = ? AND annotator = ? AND action = 'doc.status'"
        " AND json_extract(after, '$.status') = 'done'",
        (doc_id, annotator),
    ).fetchone()[0]
    if last is None:
        return []
    rows = project.conn.execute(
        "SELECT s.id FROM events e"
        " JOIN suggestions s ON s.id = json_extract(e.before, '$.suggestion.suggestion_id')"
        " JOIN decisions d ON d.suggestion_id = s.id AND d.annotator = e.annotator"
        " WHERE e.doc_id = ? AND e.annotator = ? AND e.id > ? AND e.action = 'suggestion.rejected'"
        " AND json_extract(e.after, '$.with') = 'doc.done'"
        " AND d.decision = 'rejected' AND d.time = e.time"
        " ORDER BY s.start_pos, s.end_pos, s.label",
        (doc_id, annotator, last),
    ).fetchall()
    return list(dict.fromkeys(r[0] for r in rows))


def _in_chunks(
    project, sql: str, ids: list, prefix: Sequence = (), suffix: Sequence = ()
) -> list[tuple]:
    out: list[tuple] = []
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        query = sql.format(marks=",".join("?" * len(part)))
        out += project.conn.execute(query, [*prefix, *part, *suffix]).fetchall()
    return out


# -- offers: occurrence suggestions of one annotator -------------------------------------


@dataclass(frozen=True)
class Offer:
    """What one action of an annotator offers: a name (text and label) at
    other places, seen by that annotator alone. ``token`` identifies the
    action, so that undoing it withdraws exactly this."""

    token: str
    annotator: str
    text: str
    label: str


def source_stands(project, offer: Offer, source_id: int) -> bool:
    """The span the offer comes from is still gold, with this text and label:
    an offer computed before its accept was undone is not written."""
    row = project.conn.execute(
        "SELECT text, label, annotator FROM annotations WHERE id = ?", (source_id,)
    ).fetchone()
    return row is not None and tuple(row) == (offer.text, offer.label, offer.annotator)


def offer_suggestions(
    project,
    offer: Offer,
    places: dict[str, Iterable[int]],
    *,
    source_id: int | None = None,
    from_span: int | None = None,
    score: float = 0.95,
    source: str = "occurrence",
    version: str = "1",
    texts: Mapping[str, str] | None = None,
) -> dict[str, dict[int, int]]:
    """Offer the name at these start offsets, per document, to the offer's
    annotator alone, in one transaction with one ``suggestions.offered``
    event per document. A place already holding a suggestion of this label
    that the annotator sees is left as it is; one only another annotator
    sees is shared with this annotator, never changed. Returns, per
    document, start -> suggestion id for every place now on offer by this
    action. With ``source_id``, nothing is written unless that gold span
    still stands (see ``source_stands``). ``from_span`` names in the history
    a span the caller has found standing in this transaction, whose text is
    another writing of the offer's (比亚迪 for 比亞迪). ``texts``: documents'
    texts the caller has read already (the others are read here)."""
    out: dict[str, dict[int, int]] = {}
    now = utc_now()
    length = len(offer.text)
    with project.transaction():
        if source_id is not None and not source_stands(project, offer, source_id):
            return out
        wanted: dict[str, list[int]] = {}
        for doc_id, starts in places.items():
            text = texts.get(doc_id) if texts is not None else None
            if text is None:
                text = project.document_text(doc_id)
            wanted[doc_id] = sorted(set(starts))
            for start in wanted[doc_id]:
                if text[start : start + length] != offer.text:
                    raise InvalidInput(
                        "{offer_text!q} does not occur at {start} in {doc_id}",
                        offer_text=offer.text,
                        start=start,
                        doc_id=doc_id,
                    )
        ids = _offer_places(project, offer, wanted, now, score, source, version)
        events = []
        for doc_id, starts in wanted.items():
            made = {start: ids[doc_id, start] for start in starts if (doc_id, start) in ids}
            if made:
                out[doc_id] = made
                events.append(
                    (
                        doc_id,
                        None,
                        None,
                        {
                            "offer": offer.token,
                            "annotator": offer.annotator,
                            "text": offer.text,
                            "label": offer.label,
                            "from_span": source_id if source_id is not None else from_span,
                            "suggestions": [[s, start] for start, s in sorted(made.items())],
                        },
                    )
                )
        if events:
            project.events.append_many(offer.annotator, "suggestions.offered", events, time=now)
    return out


def _offer_places(
    project,
    offer: Offer,
    places: dict[str, list[int]],
    now: str,
    score: float,
    source: str,
    version: str,
) -> dict[tuple[str, int], int]:
    """(document, start) -> the suggestion id now on offer by this action
    there, for each place but those where the annotator already sees a
    suggestion of their own; a few statements per ``CHUNK`` places (the
    write lock is held: the ids given the new suggestions are the next
    ones SQLite would give, past every id ever given)."""
    length = len(offer.text)
    pairs = [(doc_id, start) for doc_id, starts in places.items() for start in starts]
    found: dict[tuple[str, int], int] = {}
    step = CHUNK // 3
    for i in range(0, len(pairs), step):
        part = pairs[i : i + step]
        rows = project.conn.execute(
            "SELECT v.column1, v.column2, s.id FROM (VALUES "
            + ",".join(["(?,?,?)"] * len(part))
            + ") v JOIN suggestions s ON s.doc_id = v.column1 AND s.start_pos = v.column2"
            " AND s.end_pos = v.column3 AND s.label = ?",
            [*(x for d, st in part for x in (d, st, st + length)), offer.label],
        )
        found.update(((d, st), sid) for d, st, sid in rows)
    # a suggestion nobody was offered is everyone's already: nothing of this
    # action to withdraw later
    shared = list(found.values())
    offered = {
        r[0]
        for r in _in_chunks(
            project,
            "SELECT DISTINCT suggestion_id FROM suggestion_audience"
            " WHERE suggestion_id IN ({marks})",
            shared,
        )
    }
    out = {place: sid for place, sid in found.items() if sid in offered}
    new = [place for place in pairs if place not in found]
    if new:
        # past every id the file ever gave (SQLite's counter), not only those
        # it holds: an offer undone took its suggestions out, and a window may
        # still show one of them
        first = project.conn.execute(
            "SELECT max(coalesce((SELECT max(id) FROM suggestions), 0),"
            " coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'suggestions'), 0)) + 1"
        ).fetchone()[0]
        rows = []
        for n, (doc_id, start) in enumerate(new):
            out[doc_id, start] = first + n
            rows.append(
                (first + n, doc_id, start, start + length, offer.label, offer.text, score)
                + (source, version, "{}", now)
            )
        project.conn.executemany(
            "INSERT INTO suggestions (id, doc_id, start_pos, end_pos, label, text, score,"
            " source, version, attrs, created) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    project.conn.executemany(
        "INSERT OR IGNORE INTO suggestion_audience (suggestion_id, annotator, offer)"
        " VALUES (?,?,?)",
        [(sid, offer.annotator, offer.token) for sid in out.values()],
    )
    return out


def withdraw_offer(project, token: str) -> dict[str, list[int]]:
    """Take back what one action offered. A suggestion the annotator still
    sees through another offer, or has decided on since (the curator's later
    work), stays theirs; any other is no longer shown to them, and leaves
    the file when nobody else was offered it. One ``suggestions.withdrawn``
    event per document. Returns, per document, the suggestion ids the
    annotator no longer sees. A few statements per ``CHUNK`` suggestions
    (Shift+A's offer is tens of thousands of them)."""
    out: dict[str, list[int]] = {}
    with project.transaction():
        # each suggestion of the offer, with whether its annotator decided on
        # it or made a span of it, and sees it through another offer
        rows = project.conn.execute(
            "SELECT x.suggestion_id, x.annotator, s.doc_id,"
            " EXISTS (SELECT 1 FROM decisions d WHERE d.suggestion_id = x.suggestion_id"
            "  AND d.annotator = x.annotator)"
            " OR EXISTS (SELECT 1 FROM annotations a WHERE a.suggestion_id = x.suggestion_id"
            "  AND a.annotator = x.annotator),"
            " EXISTS (SELECT 1 FROM suggestion_audience o WHERE o.suggestion_id = x.suggestion_id"
            "  AND o.annotator = x.annotator AND o.offer <> x.offer)"
            " FROM suggestion_audience x JOIN suggestions s ON s.id = x.suggestion_id"
            " WHERE x.offer = ? ORDER BY s.doc_id, x.suggestion_id",
            (token,),
        ).fetchall()
        if not rows:
            return out
        who = rows[0][1]
        kept: dict[str, list[int]] = {}
        for sid, annotator, doc_id, used, seen in rows:
            if used and not seen:
                # kept as theirs, out of reach of this offer's withdrawal
                kept.setdefault(annotator, []).append(sid)
            elif not seen:
                out.setdefault(doc_id, []).append(sid)
        for annotator, sids in kept.items():
            for i in range(0, len(sids), CHUNK):
                part = sids[i : i + CHUNK]
                project.conn.execute(
                    "UPDATE suggestion_audience SET offer = ? WHERE offer = ? AND annotator = ?"
                    f" AND suggestion_id IN ({','.join('?' * len(part))})",
                    [KEPT, token, annotator, *part],
                )
        project.conn.execute("DELETE FROM suggestion_audience WHERE offer = ?", (token,))
        # nobody else sees, decided on or made a span of these: they leave the file
        gone = {
            r[0]
            for r in _in_chunks(
                project,
                "SELECT s.id FROM suggestions s WHERE s.id IN ({marks})"
                " AND NOT EXISTS (SELECT 1 FROM suggestion_audience x WHERE x.suggestion_id = s.id)"
                " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.suggestion_id = s.id)"
                " AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.suggestion_id = s.id)",
                sorted({sid for sids in out.values() for sid in sids}),
            )
        }
        removed = sorted(gone)
        for i in range(0, len(removed), CHUNK):
            part = removed[i : i + CHUNK]
            project.conn.execute(
                f"DELETE FROM suggestions WHERE id IN ({','.join('?' * len(part))})", part
            )
        events = [
            (
                doc_id,
                None,
                {
                    "offer": token,
                    "suggestions": sids,
                    "removed": [sid for sid in sids if sid in gone],
                },
                None,
            )
            for doc_id, sids in out.items()
        ]
        if events:
            project.events.append_many(who, "suggestions.withdrawn", events)
    return out


# The offer name under which a withdrawn offer's suggestion stays with an
# annotator who decided on it.
KEPT = "kept"


def offers_from_span(project, span: Annotation) -> list[str]:
    """The tokens of the offers still shown to the span's annotator that gold
    ``span`` made, whenever it made them (an accept, an add or a relabel in
    a window since closed): the ``suggestions.offered`` events that name it
    as ``from_span``, or name a span it was restored from. Read through the
    documents where the annotator's offers stand, each offer's event under
    its document (the events are indexed by document alone). The span may
    be removed already: its record is enough."""
    live = dict(
        project.conn.execute(
            "SELECT x.offer, min(s.doc_id) FROM suggestion_audience x"
            " JOIN suggestions s ON s.id = x.suggestion_id"
            " WHERE x.annotator = ? AND x.offer <> ? GROUP BY x.offer",
            (span.annotator, KEPT),
        ).fetchall()
    )
    if not live:
        return []
    spans = _restored_chain(project, span.doc_id, span.id)
    found: list[str] = []
    for offer, from_span in _in_chunks(
        project,
        "SELECT json_extract(after, '$.offer'), json_extract(after, '$.from_span')"
        " FROM events WHERE doc_id IN ({marks}) AND action = 'suggestions.offered'"
        " AND annotator = ?",
        sorted(set(live.values())),
        suffix=[span.annotator],
    ):
        if offer in live and from_span in spans and offer not in found:
            found.append(offer)
    return found


def _restored_chain(project, doc_id: str, span_id: int) -> set[int]:
    """``span_id`` and the spans it was restored from: an undone removal
    brings a span back under a new id (``span.restored`` names the old)."""
    restored = {
        int(target): old
        for target, old in project.conn.execute(
            "SELECT target, json_extract(after, '$.restored_from') FROM events"
            " WHERE doc_id = ? AND action = 'span.restored'",
            (doc_id,),
        )
        if target is not None and old is not None
    }
    chain = {span_id}
    current = span_id
    while current in restored and restored[current] not in chain:
        current = restored[current]
        chain.add(current)
    return chain


__all__ = [
    "DocumentSpans",
    "SuggestionRow",
    "NotAsked",
    "Offer",
    "accept_suggestions",
    "begun_statuses",
    "finish_document",
    "mark_begun",
    "offer_suggestions",
    "offers_from_span",
    "read_document_spans",
    "reopen_document",
    "reopen_untouched",
    "source_stands",
    "undo_decisions",
    "withdraw_offer",
]
