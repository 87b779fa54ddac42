"""Adjudication: a reviewer settles the differences between two layers of a
document, and the result is the reviewer's own layer (origin ``adjudicated``),
which is the document's gold once the reviewer's status is done.

A choice applies to the *region* of a difference, i.e. the spans of both
sides. The reviewer's spans that overlap that region are replaced by the
chosen ones (where the project allows overlapping spans, a reviewer's span
that is the span of another difference stays: choosing for a company inside
a policy's name leaves the policy alone):

- ``left``: the left spans; ``right``: the right spans;
- ``both``: the spans of both sides (refused for overlapping spans unless the
  project allows overlap);
- ``neither``: none, the region is left empty.

Every choice writes the span events it needs (``span.removed``, ``span.added``
with origin ``adjudicated`` and an ``adjudication`` note naming the layer the
span was taken from) and one ``review.choice`` event (target: the
difference's key), all in one transaction. Accepting every agreement at once
writes one ``review.agreements`` event.

A difference counts as settled when the reviewer's spans in its region are
exactly one of the options (an empty region: a choice that took no span, neither
or the empty side, is on record), or the reviewer edited the region by hand. When every
difference is settled the reviewer's status for the document becomes done
(``auto_done``), so ``Project.gold_layers`` takes the adjudicated layer.

Marking the document done (``mark_done``, and the automatic done) rejects
the suggestions still pending for the reviewer there, as the main window's
Ctrl+D does, but only those that were pending when the layers were last
read for the reviewer (``refresh``, which the window shows) or that its own
reopening made pending again (``toggle_done``, which says so): one that came
after (a background ``suggest --project``, another program) refuses it
(``bulk.NotAsked``, nothing changed; the automatic done is left out and the
choice kept, ``ChoiceResult.not_asked`` counting them), so nothing is
rejected that the reviewer was not shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.errors import InvalidInput
from models.review.compare import (
    SAME,
    SINCE_KINDS,
    Difference,
    LayerRef,
    LayerSpan,
    compare_layers,
    gold_annotator,
    load_layer,
    mark_since,
)
from models.store.bulk import NotAsked, finish_document, reopen_document
from models.store.suggestions import UNDECIDED_SQL

CHOICES = ("left", "right", "both", "neither")
CUSTOM = "edited"  # the reviewer's spans in the region are none of the options


@dataclass(frozen=True)
class ChoiceResult:
    added: int
    removed: int
    became_done: bool
    # every difference settled, but the document not marked done: this many
    # suggestions pending for the reviewer came after the layers were shown
    not_asked: int = 0


class Adjudication:
    """The differences between two layers of one document, settled into a reviewer's layer."""

    def __init__(
        self,
        project,
        doc_id: str,
        reviewer: str,
        left: LayerRef,
        right: LayerRef,
        *,
        auto_done: bool = True,
    ):
        project.document_text(doc_id)  # raises NotFound
        self.project = project
        self.doc_id = doc_id
        self.reviewer = reviewer
        self.left = left
        self.right = right
        self.auto_done = auto_done
        self.differences: list[Difference] = []
        # how many suggestions the last reopening (toggle_done) made pending again
        self.reopened_pending = 0
        self.refresh()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload both layers and recompute the differences, as shown to the
        reviewer: the suggestions pending for them now are those that
        marking the document done may reject (``shown_pending``)."""
        self._reload()
        self.shown_pending = self._pending()

    def _pending(self) -> frozenset[int]:
        rows = self.project.conn.execute(
            f"SELECT s.id FROM suggestions s WHERE s.doc_id = :doc AND {UNDECIDED_SQL}",
            {"doc": self.doc_id, "who": self.reviewer},
        ).fetchall()
        return frozenset(r[0] for r in rows)

    def _reload(self) -> None:
        """Both layers and the differences read again (after a choice: the
        suggestions shown pending stay those the reviewer was shown)."""
        self.left_spans = load_layer(self.project, self.doc_id, self.left)
        self.right_spans = load_layer(self.project, self.doc_id, self.right)
        self.differences = compare_layers(self.left_spans, self.right_spans)
        self.since = self._conflict_since()
        if self.since is not None:
            side = "left" if self.left.kind == "conflict" else "right"
            self.differences = mark_since(self.differences, set(self.since.raised), side)
        # every span of every difference (see _region)
        self._keys = {s.key for d in self.differences for s in d.spans}
        self._load_reviewer()

    def _conflict_since(self):
        """When one layer is an open merge conflict and the other the layer of
        its annotator (by name, or as the gold), what that annotator did since
        the conflict was raised (``conflicts.Since``); else None."""
        refs = (self.left, self.right)
        kinds = [ref.kind for ref in refs]
        if kinds.count("conflict") != 1:
            return None
        from models.review.conflicts import conflict, conflict_since

        ref, other = refs if kinds[0] == "conflict" else refs[::-1]
        c = conflict(self.project, int(ref.name))
        whose = other.name if other.kind == "annotator" else None
        if other.kind == "gold":
            whose = gold_annotator(self.project, self.doc_id)
        if c.resolved or whose != c.annotator:
            return None
        return conflict_since(self.project, c)

    def _load_reviewer(self) -> None:
        self._mine = load_layer(self.project, self.doc_id, LayerRef.annotator(self.reviewer))
        # the differences last settled by taking no span (neither, or the side
        # that holds none: R on an "only left" place), by the choice made; a
        # later choice that took spans there overrides it
        self._emptied: dict[str, str] = {}
        for e in self.project.history(
            doc_id=self.doc_id, annotator=self.reviewer, action="review.choice"
        ):
            after = e.after or {}
            if after.get("spans"):
                self._emptied.pop(e.target, None)
            elif after.get("choice") in CHOICES:
                self._emptied[e.target] = after["choice"]

    def reviewer_spans(self) -> list[LayerSpan]:
        return list(self._mine)

    def is_reviewer(self) -> bool:
        return self.project.role(self.reviewer) == "reviewer"

    def _region(self, spans: Sequence[LayerSpan]) -> list[LayerSpan]:
        """The reviewer's spans that a choice on the difference of these spans
        replaces: those that overlap them, but for a span of another difference
        that is none of these (where spans may overlap, the policy around a
        company is the policy's difference, not the company's)."""
        own = {s.key for s in spans}
        others = self._keys - own
        return [
            m
            for m in self._mine
            if (m.key in own or m.key not in others) and any(m.overlaps(s) for s in spans)
        ]

    def state(self, diff: Difference) -> str | None:
        """How the reviewer settled a difference: a choice, ``edited``, or None (open)."""
        region = {s.key for s in self._region(diff.spans)}
        left = {s.key for s in diff.left}
        right = {s.key for s in diff.right}
        if not region:
            return self._emptied.get(diff.key)
        if region == left:
            return "left"
        if region == right:
            return "right"
        if region == left | right:
            return "both"
        return CUSTOM

    def open_differences(self) -> list[Difference]:
        return [d for d in self.differences if self.state(d) is None]

    def all_settled(self) -> bool:
        return all(self.state(d) is not None for d in self.differences)

    def counts(self) -> dict[str, int]:
        """How far the settling is. ``differences``, ``settled`` and ``open``
        count every compared place, agreements included (all of them settled
        is what makes the document done); ``to_settle`` and ``to_settle_done``
        count the places where the layers differ (the rows a reviewer works
        through), ``agreements`` and ``agreements_taken`` the places where they
        agree (taken at once with ``accept_agreements``); ``since``, of the
        places to settle, those made by work done on an annotator's layer
        after the merge conflict it is compared with was raised."""
        states = [(d.kind == SAME, self.state(d) is not None) for d in self.differences]
        settled = sum(1 for _same, done in states if done)
        agreements = sum(1 for same, _done in states if same)
        return {
            # of the places to settle, those made by work done on the layer
            # after a merge conflict compared with it was raised
            "since": sum(1 for d in self.differences if d.kind in SINCE_KINDS),
            "differences": len(states),
            "settled": settled,
            "open": len(states) - settled,
            "agreements": agreements,
            "agreements_taken": sum(1 for same, done in states if same and done),
            "to_settle": len(states) - agreements,
            "to_settle_done": sum(1 for same, done in states if done and not same),
        }

    # -- writing -------------------------------------------------------------------------

    def _require_reviewer(self) -> None:
        if not self.is_reviewer():
            raise InvalidInput(
                "{reviewer} is not a reviewer; only reviewers adjudicate (biaozhu role PROJECT {reviewer} reviewer)",
                reviewer=self.reviewer,
            )

    def choose(self, diff: Difference, choice: str) -> ChoiceResult:
        """Settle one difference; see the module docstring for what each choice does."""
        if choice not in CHOICES:
            raise InvalidInput(
                "unknown choice {choice!r}; use {choices}",
                choice=choice,
                choices=", ".join(CHOICES),
            )
        self._require_reviewer()
        chosen = {
            "left": diff.left,
            "right": diff.right,
            "both": diff.left + diff.right,
            "neither": (),
        }[choice]
        chosen = tuple({s.key: s for s in chosen}.values())
        with self.project.transaction():
            added, removed = self._write(diff.spans, chosen, choice, diff.left)
            self.project.events.append(
                self.reviewer,
                "review.choice",
                self.doc_id,
                diff.key,
                {
                    "left": [s.record() for s in diff.left],
                    "right": [s.record() for s in diff.right],
                },
                {
                    "choice": choice,
                    "kind": diff.kind,
                    "layers": [str(self.left), str(self.right)],
                    "spans": [list(s.key) for s in chosen],
                },
            )
            done, not_asked = self._after_write()
        return ChoiceResult(added, removed, done, not_asked)

    def accept_agreements(self) -> ChoiceResult:
        """Take every span both layers agree on into the reviewer's layer at once."""
        self._require_reviewer()
        agreed = [d for d in self.differences if d.kind == SAME and self.state(d) is None]
        added = removed = 0
        with self.project.transaction():
            for d in agreed:
                a, r = self._write(d.spans, d.left, "agreement", d.left)
                added, removed = added + a, removed + r
                self._load_reviewer()
            if agreed:
                self.project.events.append(
                    self.reviewer,
                    "review.agreements",
                    self.doc_id,
                    None,
                    None,
                    {"layers": [str(self.left), str(self.right)], "spans": len(agreed)},
                )
            done, not_asked = self._after_write()
        return ChoiceResult(added, removed, done, not_asked)

    def _write(
        self, region_spans, chosen, choice: str, left: Sequence[LayerSpan]
    ) -> tuple[int, int]:
        region = self._region(region_spans)
        want = {s.key for s in chosen}
        removed = 0
        for m in region:
            if m.key not in want:
                self.project.remove_span(m.id, annotator=self.reviewer)
                removed += 1
        have = {m.key for m in region}
        # by the span itself: both layers may hold the same span, and the
        # history names the layer whose span (from_span) was taken; among the
        # difference's own left spans, not the layers as last loaded, which a
        # choice against the reviewer's layer or the gold reloads while the
        # window keeps its rows (and so the spans it read)
        left_spans = {id(x) for x in left}
        added = 0
        for s in chosen:
            if s.key in have:
                continue
            side = str(self.left) if id(s) in left_spans else str(self.right)
            self.project.add_span(
                self.doc_id,
                s.start,
                s.end,
                s.label,
                attrs=s.attrs,
                origin="adjudicated",
                suggestion_id=s.suggestion_id,
                annotator=self.reviewer,
                event_extra={"adjudication": {"choice": choice, "from": side, "from_span": s.id}},
            )
            added += 1
        return added, removed

    def compares_reviewer(self) -> bool:
        """True when one of the two layers is (or may be) the reviewer's own layer,
        so that each choice changes the differences themselves."""
        return any(
            (ref.kind == "annotator" and ref.name == self.reviewer) or ref.kind == "gold"
            for ref in (self.left, self.right)
        )

    def _after_write(self) -> tuple[bool, int]:
        """Whether the write made the document done, and how many pending
        suggestions the reviewer was not shown kept it from being so."""
        if self.compares_reviewer():
            self._reload()
        else:
            self._load_reviewer()
        status = self.project.status(self.doc_id, self.reviewer)
        if self.auto_done and status != "done" and self.all_settled():
            try:
                self._finish()
                return True, 0
            except NotAsked as refused:  # nothing written by it: the choice stays
                not_asked = int(refused.params["count"])
            if status == "todo":
                self.project.set_status(self.doc_id, "in_progress", annotator=self.reviewer)
            return False, not_asked
        if status == "todo":
            self.project.set_status(self.doc_id, "in_progress", annotator=self.reviewer)
        return False, 0

    def _finish(self) -> None:
        finish_document(self.project, self.doc_id, self.reviewer, asked=self.shown_pending)

    def mark_done(self) -> None:
        """Done for the reviewer as the main window's Ctrl+D makes it: the
        suggestions still pending for them there recorded as rejected with it
        (a done document with pending suggestions read as unfinished), those
        the reviewer was shown pending (``refresh``); one pending beyond
        them refuses it, nothing changed (``bulk.NotAsked``)."""
        self._require_reviewer()
        self._finish()

    def toggle_done(self) -> str:
        """Ctrl+D as in the main window: done (``mark_done``), or, on a
        document done for the reviewer already, reopened, making pending
        again what marking it done rejected. Returns the status it has now."""
        self._require_reviewer()
        if self.project.status(self.doc_id, self.reviewer) == "done":
            again = reopen_document(self.project, self.doc_id, self.reviewer)
            self.reopened_pending = len(again)
            # made pending by this key, as the window says: the next one asks about them
            self.shown_pending = self.shown_pending | frozenset(again)
            return "in_progress"
        self.mark_done()
        return "done"
