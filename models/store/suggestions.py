"""Machine suggestions and the curators' decisions on them.

A suggestion is identified by (document, start, end, label). Re-running the
suggesters keeps decided suggestions as they are, so a rejected span is never
offered again and an accepted one never comes back as a duplicate."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models.domain import (
    Annotation,
    StoredSuggestion,
    Suggestion,
    accepted_attrs,
    check_offsets,
)
from models.errors import AlreadyDecided, InvalidInput, NotFound
from models.store.history import utc_now
from models.store.spans import span_record

SUGGESTION_COLUMNS = (
    "s.id, s.doc_id, s.start_pos, s.end_pos, s.label, s.text, s.score, s.source, s.version, s.attrs"
)
# Occurrence suggestions offered by one annotator's accept are theirs alone
# (suggestion_audience); every other suggestion is everyone's.
VISIBLE_SQL = """(
    NOT EXISTS (SELECT 1 FROM suggestion_audience x WHERE x.suggestion_id = s.id)
    OR EXISTS (SELECT 1 FROM suggestion_audience x
               WHERE x.suggestion_id = s.id AND x.annotator = :who))"""
# A document an annotator marked done is final for them: a suggestion stored
# there since (suggesting again, a training's re-suggestion) waits for no
# decision of theirs. It is "left" out of their gold, as the project's
# evidence reads it, not pending; reopening the document makes it pending.
# Nothing is written for it, so the history records no decision nobody made.
DONE_FOR_WHO_SQL = """EXISTS (SELECT 1 FROM doc_status ds WHERE ds.doc_id = s.doc_id
    AND ds.annotator = :who AND ds.status = 'done')"""
# A suggestion is undecided for an annotator when they see it, have not
# decided on it and do not already have the very same gold span; pending, if
# they have not marked its document done either.
UNDECIDED_SQL = f"""
    s.stale = 0 AND {VISIBLE_SQL}
    AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.suggestion_id = s.id AND d.annotator = :who)
    AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = s.doc_id AND a.annotator = :who
                    AND a.start_pos = s.start_pos AND a.end_pos = s.end_pos AND a.label = s.label)
"""
# the document's status first: one key lookup that spares a finished
# document's suggestions the four lookups after it
PENDING_SQL = f"s.stale = 0 AND NOT {DONE_FOR_WHO_SQL} AND {UNDECIDED_SQL}"


@dataclass(frozen=True)
class StoreResult:
    added: int
    updated: int  # kept, with a new score, source, version or attributes (or offered to all)
    removed: int
    unchanged: int = 0  # kept exactly as the run proposed it again


def suggestion_record(s: StoredSuggestion) -> dict[str, Any]:
    return {
        "suggestion_id": s.id,
        "start": s.start,
        "end": s.end,
        "label": s.label,
        "text": s.text,
        "score": s.score,
        "source": s.source,
        "version": s.version,
        "attrs": s.attrs,
    }


class SuggestionsMixin:
    def store_suggestions(self, doc_id: str, suggestions: Iterable[Suggestion]) -> StoreResult:
        """Replace a document's undecided suggestions by a new run's output.

        An offer (a suggestion with an audience: a name a curator accepted
        elsewhere, offered here to them alone) is not a suggester's output
        and stays unless the run proposes the same span, which then becomes
        everyone's: a curator who asked for fresh suggestions lost the
        offers their own accept had made in the document."""
        text = self.document_text(doc_id)
        labels = set(self.label_names())
        incoming: dict[tuple[int, int, str], Suggestion] = {}
        for s in suggestions:
            check_offsets(text, s.start, s.end)
            if s.label in labels:
                incoming.setdefault(s.key(), s)
        now = utc_now()
        added = updated = unchanged = removed = 0
        with self.transaction():
            if (
                self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
                is None
            ):
                # its text was read before the document went (a backup restored)
                raise NotFound("no document {doc_id!r} in this project", doc_id=doc_id)
            existing = {}
            stored = {}  # what an undecided one holds: is the run's the same?
            for r in self.conn.execute(
                "SELECT s.id, s.start_pos, s.end_pos, s.label,"
                " EXISTS (SELECT 1 FROM decisions d WHERE d.suggestion_id = s.id)"
                " OR EXISTS (SELECT 1 FROM annotations a WHERE a.suggestion_id = s.id),"
                " s.score, s.source, s.version, s.attrs, s.stale"
                " FROM suggestions s WHERE s.doc_id = ?",
                (doc_id,),
            ):
                existing[(r[1], r[2], r[3])] = (r[0], r[4])
                stored[r[0]] = r[5:]
            offers = self._offers_in(doc_id)
            for key, (sid, decided) in existing.items():
                if key in incoming or decided or sid in offers:
                    continue
                self.conn.execute("DELETE FROM suggestions WHERE id = ?", (sid,))
                removed += 1
            for key, s in incoming.items():
                if key in existing:
                    sid, decided = existing[key]
                    if not decided and self._same_suggestion(stored[sid], s, sid in offers):
                        unchanged += 1
                    elif not decided:
                        # the suggesters offer it to everyone now
                        self.conn.execute(
                            "DELETE FROM suggestion_audience WHERE suggestion_id = ?", (sid,)
                        )
                        self.conn.execute(
                            "UPDATE suggestions SET score=?, source=?, version=?, attrs=?,"
                            " stale=0 WHERE id=?",
                            (
                                s.score,
                                s.source,
                                s.version,
                                json.dumps(s.attrs, ensure_ascii=False),
                                sid,
                            ),
                        )
                        updated += 1
                    continue
                self._insert_suggestion(doc_id, text, s, now)
                added += 1
            sources = sorted({f"{s.source}@{s.version}" for s in incoming.values()})
            self.events.append(
                self.annotator,
                "suggestions.computed",
                doc_id,
                None,
                None,
                {
                    "added": added,
                    "updated": updated,
                    "unchanged": unchanged,
                    "removed": removed,
                    "sources": sources,
                },
            )
        return StoreResult(added, updated, removed, unchanged)

    @staticmethod
    def _same_suggestion(row: tuple, s: Suggestion, offered: bool) -> bool:
        """Does a stored undecided suggestion (score, source, version, attrs,
        stale) hold what the run proposes, for everyone, not stale?"""
        score, source, version, attrs, stale = row
        if offered or stale or (score, source, version) != (s.score, s.source, s.version):
            return False
        try:
            return json.loads(attrs) == s.attrs
        except (TypeError, ValueError):
            return False

    def _offers_in(self, doc_id: str) -> set[int]:
        """The ids of a document's suggestions offered to someone (an audience
        row each); none in a file written before offers existed (schema
        0003), as tests write older files to open them."""
        has_offers = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'suggestion_audience'"
        ).fetchone()
        if has_offers is None:
            return set()
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT x.suggestion_id FROM suggestion_audience x"
                " JOIN suggestions s ON s.id = x.suggestion_id WHERE s.doc_id = ?",
                (doc_id,),
            )
        }

    def _insert_suggestion(self, doc_id: str, text: str, s: Suggestion, now: str) -> int:
        """Store one suggestion unless its (start, end, label) is already there;
        returns 1 if it was stored."""
        return self.conn.execute(
            "INSERT INTO suggestions (doc_id, start_pos, end_pos, label, text, score,"
            " source, version, attrs, created) VALUES (?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (doc_id, start_pos, end_pos, label) DO NOTHING",
            (
                doc_id,
                s.start,
                s.end,
                s.label,
                text[s.start : s.end],
                s.score,
                s.source,
                s.version,
                json.dumps(s.attrs, ensure_ascii=False),
                now,
            ),
        ).rowcount

    def add_suggestions(self, doc_id: str, suggestions: Iterable[Suggestion]) -> int:
        """Add suggestions beside a document's existing ones (none replaced)."""
        text = self.document_text(doc_id)
        now = utc_now()
        added = 0
        with self.transaction():
            for s in suggestions:
                check_offsets(text, s.start, s.end)
                added += self._insert_suggestion(doc_id, text, s, now)
            if added:
                self.events.append(
                    self.annotator, "suggestions.added", doc_id, None, None, {"added": added}
                )
        return added

    def suggestion(self, sugg_id: int, annotator: str | None = None) -> StoredSuggestion:
        found = self._suggestions_where("s.id = :sid", {"sid": sugg_id}, annotator)
        if not found:
            raise NotFound("no suggestion {sugg_id} in this project", sugg_id=sugg_id)
        return found[0]

    def suggestions(
        self, doc_id: str, annotator: str | None = None, *, status: str | None = None
    ) -> list[StoredSuggestion]:
        """A document's suggestions with their status for one annotator, in text
        order: pending, accepted, corrected, rejected, matched (the annotator
        has the very span), or left (undecided in a document they marked done)."""
        found = self._suggestions_where("s.doc_id = :doc", {"doc": doc_id}, annotator)
        return [s for s in found if status is None or s.status == status]

    def _suggestions_where(
        self, where: str, params: dict, annotator: str | None
    ) -> list[StoredSuggestion]:
        who = annotator or self.annotator
        sql = f"""
            SELECT {SUGGESTION_COLUMNS}, s.stale,
                (SELECT d.decision FROM decisions d WHERE d.suggestion_id = s.id
                 AND d.annotator = :who),
                EXISTS (SELECT 1 FROM annotations a WHERE a.doc_id = s.doc_id
                        AND a.annotator = :who AND a.start_pos = s.start_pos
                        AND a.end_pos = s.end_pos AND a.label = s.label),
                {DONE_FOR_WHO_SQL}
            FROM suggestions s WHERE ({where}) AND {VISIBLE_SQL}
            ORDER BY s.start_pos, s.end_pos, s.label"""
        out = []
        for row in self.conn.execute(sql, params | {"who": who}):
            (
                sid,
                doc,
                start,
                end,
                label,
                text,
                score,
                source,
                version,
                attrs,
                stale,
                decision,
                matched,
                done,
            ) = row
            status = decision or ("matched" if matched else ("stale" if stale else "pending"))
            if status == "stale":
                continue
            if status == "pending" and done:
                status = "left"
            out.append(
                StoredSuggestion(
                    start,
                    end,
                    label,
                    text,
                    score,
                    source,
                    version,
                    json.loads(attrs),
                    sid,
                    doc,
                    status,
                )
            )
        return out

    def pending_counts(self, annotator: str | None = None) -> dict[str, int]:
        who = annotator or self.annotator
        return dict(
            self.conn.execute(
                f"SELECT s.doc_id, count(*) FROM suggestions s WHERE {PENDING_SQL} GROUP BY s.doc_id",
                {"who": who},
            ).fetchall()
        )

    def _decide(
        self, sugg: StoredSuggestion, who: str, decision: str, annotation_id: int | None
    ) -> None:
        self.conn.execute(
            "INSERT INTO decisions (suggestion_id, annotator, decision, annotation_id, time)"
            " VALUES (?,?,?,?,?)",
            (sugg.id, who, decision, annotation_id, utc_now()),
        )

    def accept_suggestion(
        self, sugg_id: int, label: str | None = None, *, annotator: str | None = None
    ) -> Annotation:
        """Make a suggestion gold (as its own label, or corrected to another)."""
        who = annotator or self.annotator
        with self.transaction():
            self.ensure_annotator(who)
            sugg = self.suggestion(sugg_id, who)
            if sugg.status in ("accepted", "corrected", "rejected"):
                raise AlreadyDecided(
                    "suggestion {sugg_text!q} was already {sugg_status}",
                    sugg_text=sugg.text,
                    sugg_status=sugg.status,
                )
            final = label or sugg.label
            decision = "accepted" if final == sugg.label else "corrected"
            ann = self.add_span(
                sugg.doc_id,
                sugg.start,
                sugg.end,
                final,
                attrs=accepted_attrs(sugg.attrs, sugg.label, final),
                origin=decision,
                suggestion_id=sugg.id,
                annotator=who,
                action=f"suggestion.{decision}",
                event_extra={"suggestion": suggestion_record(sugg)},
            )
            self._decide(sugg, who, decision, ann.id)
        return ann

    def reject_suggestion(self, sugg_id: int, *, annotator: str | None = None) -> None:
        who = annotator or self.annotator
        with self.transaction():
            self.ensure_annotator(who)
            sugg = self.suggestion(sugg_id, who)
            if sugg.status in ("accepted", "corrected", "rejected"):
                raise AlreadyDecided(
                    "suggestion {sugg_text!q} was already {sugg_status}",
                    sugg_text=sugg.text,
                    sugg_status=sugg.status,
                )
            self._decide(sugg, who, "rejected", None)
            self.events.append(
                who,
                "suggestion.rejected",
                sugg.doc_id,
                None,
                {"suggestion": suggestion_record(sugg)},
                None,
            )

    def undo_decision(self, sugg_id: int, *, annotator: str | None = None) -> None:
        """Make a decided suggestion pending again, removing the span its acceptance made.
        This is a new event: the history keeps both the decision and its undoing."""
        who = annotator or self.annotator
        with self.transaction():
            row = self.conn.execute(
                "SELECT decision, annotation_id FROM decisions WHERE suggestion_id=? AND annotator=?",
                (sugg_id, who),
            ).fetchone()
            if row is None:
                raise InvalidInput("suggestion {sugg_id} has no decision to undo", sugg_id=sugg_id)
            decision, ann_id = row
            sugg = self.suggestion(sugg_id, who)
            span = None
            if ann_id is not None:
                span = span_record(self.annotation(ann_id))
                self.conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))
            self.conn.execute(
                "DELETE FROM decisions WHERE suggestion_id=? AND annotator=?", (sugg_id, who)
            )
            self.events.append(
                who,
                "suggestion.undone",
                sugg.doc_id,
                ann_id,
                {"decision": decision, "span": span, "suggestion": suggestion_record(sugg)},
                None,
            )

    def accept_all(self, doc_id: str, *, annotator: str | None = None) -> list[Annotation]:
        """Accept every undecided suggestion of a document that fits beside the
        gold: those pending, and in a document the annotator marked done those
        left there (asked for by name, as a script asks it, not counted)."""
        who = annotator or self.annotator
        accepted = []
        with self.transaction():
            for sugg in self.suggestions(doc_id, who):
                if sugg.status not in ("pending", "left"):
                    continue
                try:
                    accepted.append(self.accept_suggestion(sugg.id, annotator=who))
                except InvalidInput:
                    continue  # overlaps a span already gold: left for the curator
        return accepted
