"""DocumentState: the open document as the curator sees it, changed on the
keypress (optimistically) before the store has written the change.

It holds the text, the annotator's gold spans and the suggestions they see,
each suggestion with its decision, and keeps ``items`` (what the article
and the span table show) in text order, changing only what an edit
touches: an accept on a 150,000-character article with 3,000 suggestions
costs a bisect and a list insert, not a re-read. Ids may be provisional
(negative) until the store has written the span (see ``ops.Handles``).
No SQL and no Qt here: the controller fills it from a read and the
commands change it."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.gui.offsets import OffsetMap
from desktop.gui.spans import GOLD, SUGGESTION, Key, SpanItem, gold_item
from models.store.bulk import DocumentSpans

SHOWN = ("pending", "rejected")


@dataclass(slots=True)
class Suggested:
    """A suggestion of the document, and the annotator's decision on it."""

    id: int
    start: int
    end: int
    label: str
    text: str
    source: str
    score: float | None
    attrs: dict[str, Any]
    decision: str | None = None  # accepted, corrected, rejected (None: undecided)
    offers: set[str] = field(default_factory=set)  # a private suggestion's offers
    private: bool = False  # offered to this annotator alone (an occurrence)

    @property
    def span_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


class DocumentState:
    def __init__(self):
        self.doc_id: str | None = None
        self.title = ""
        self.text = ""
        self.omap = OffsetMap("")
        self.status = "todo"
        self.allow_overlap = False
        self.show_rejected = False
        self.gold: dict[int, SpanItem] = {}
        self.suggestions: dict[int, Suggested] = {}
        self.items: list[SpanItem] = []
        self._order: list[tuple] = []
        self._by_key: dict[Key, SpanItem] = {}
        self._gold_keys: dict[tuple[int, int, str], int] = {}
        self._sugg_by_span: dict[tuple[int, int, str], int] = {}
        self._longest = 0  # the longest item: how far back an item covering a place starts
        self._pending = 0  # pending items shown

    # -- loading ----------------------------------------------------------------------
    def clear(self) -> None:
        self.__init__()

    def load(
        self,
        doc_id: str,
        title: str,
        text: str,
        spans: DocumentSpans,
        *,
        show_rejected: bool,
        allow_overlap: bool,
    ) -> None:
        self.doc_id, self.title, self.text = doc_id, title, text
        self.omap = OffsetMap(text)
        self.status = spans.status
        self.show_rejected = show_rejected
        self.allow_overlap = allow_overlap
        self.suggestions = {
            s.id: Suggested(
                s.id,
                s.start,
                s.end,
                s.label,
                s.text,
                s.source,
                s.score,
                s.attrs,
                s.status if s.status in ("accepted", "corrected", "rejected") else None,
                set(spans.offers.get(s.id, ())),
                s.id in spans.offers,
            )
            for s in spans.suggestions
        }
        by_id = {s.id: s for s in spans.suggestions}
        self.gold = {
            a.id: gold_item(a, by_id.get(a.suggestion_id) if a.suggestion_id else None)
            for a in spans.gold
        }
        self.rebuild()

    def rebuild(self) -> None:
        """Recompute every item (after a load or a change of many)."""
        self._gold_keys = {}
        for g in self.gold.values():
            k = (g.start, g.end, g.label)
            self._gold_keys[k] = self._gold_keys.get(k, 0) + 1
        self._sugg_by_span = {s.span_key: s.id for s in self.suggestions.values()}
        items = list(self.gold.values())
        items += [i for i in map(self._suggestion_item, self.suggestions.values()) if i]
        items.sort(key=lambda i: i.order)
        self.items = items
        self._order = [i.order for i in items]
        self._longest = max((i.end - i.start for i in items), default=0)
        self._pending = sum(1 for i in items if i.is_pending)
        self._by_key = {i.key: i for i in items}

    # -- reading ------------------------------------------------------------------------
    def item(self, key: Key | None) -> SpanItem | None:
        return self._by_key.get(key) if key is not None else None

    def has(self, key: Key | None) -> bool:
        return key in self._by_key

    def index_of(self, item: SpanItem) -> int:
        return bisect_left(self._order, item.order)

    def row_of(self, key: Key) -> int:
        """The item's place in ``items`` (-1: not shown)."""
        item = self._by_key.get(key)
        return bisect_left(self._order, item.order) if item is not None else -1

    def items_at(self, pos: int) -> list[SpanItem]:
        """The items covering ``pos`` (spans are short: look back a little)."""
        i = bisect_left(self._order, (pos + 1,))
        out = []
        while i > 0:
            i -= 1
            item = self.items[i]
            if item.covers(pos):
                out.append(item)
            elif pos - item.start > self._longest:
                break
        return out[::-1]

    def between(self, start: int, end: int) -> list[SpanItem]:
        """The items touching ``start..end`` (what the article shows of a screen)."""
        lo = bisect_left(self._order, (start - self._longest,))
        hi = bisect_left(self._order, (end + 1,))
        return [i for i in self.items[lo:hi] if i.end > start]

    def first_from(self, pos: int) -> int:
        """Index of the first item starting at or after ``pos``."""
        return bisect_left(self._order, (pos,))

    def suggestion_status(self, s: Suggested) -> str:
        if s.decision is not None:
            return s.decision
        if s.span_key in self._gold_keys:
            return "matched"
        # a document marked done is final: what no decision met is left, as
        # the store says (``bulk.read_document_spans``), until it is reopened
        return "left" if self.status == "done" else "pending"

    def set_status(self, status: str) -> None:
        """The document done or reopened: its undecided suggestions are
        hidden or shown pending with it."""
        if status != self.status:
            self.status = status
            self.rebuild()

    @property
    def gold_count(self) -> int:
        return len(self.gold)

    @property
    def pending_count(self) -> int:
        return self._pending

    def overlapping_gold(
        self, start: int, end: int, exclude: int | None = None, label: str | None = None
    ) -> SpanItem | None:
        """A gold span overlapping ``start..end`` (the store refuses the overlap);
        where spans may overlap, the gold span that is ``start..end`` with
        ``label`` already (the store refuses a span twice)."""
        if self.allow_overlap:
            if label is None:
                return None
            for g in self.gold.values():
                if g.id != exclude and (g.start, g.end, g.label) == (start, end, label):
                    return g
            return None
        for g in self.gold.values():
            if g.id != exclude and g.start < end and start < g.end:
                return g
        return None

    def suggestion_at(self, start: int, end: int, label: str) -> Suggested | None:
        sid = self._sugg_by_span.get((start, end, label))
        return self.suggestions.get(sid) if sid is not None else None

    # -- changing --------------------------------------------------------------------------
    def _suggestion_item(self, s: Suggested) -> SpanItem | None:
        status = self.suggestion_status(s)
        if status not in SHOWN or (status == "rejected" and not self.show_rejected):
            return None
        return SpanItem(
            SUGGESTION,
            s.id,
            s.start,
            s.end,
            s.label,
            s.text,
            s.source,
            s.score,
            status,
            s.attrs,
            s.id,
        )

    def _drop(self, key: Key) -> None:
        item = self._by_key.pop(key, None)
        if item is None:
            return
        i = bisect_left(self._order, item.order)
        del self._order[i]
        del self.items[i]
        self._pending -= item.is_pending

    def _put(self, item: SpanItem | None) -> None:
        if item is None:
            return
        i = bisect_left(self._order, item.order)
        self._order.insert(i, item.order)
        self.items.insert(i, item)
        self._by_key[item.key] = item
        self._longest = max(self._longest, item.end - item.start)
        self._pending += item.is_pending

    def _refresh_suggestion(self, sid: int) -> None:
        self._drop((SUGGESTION, sid))
        s = self.suggestions.get(sid)
        if s is not None:
            self._put(self._suggestion_item(s))

    def _refresh_span(self, span: tuple[int, int, str]) -> None:
        """A gold span appeared or went at ``span``: the suggestion there is matched or not."""
        sid = self._sugg_by_span.get(span)
        if sid is not None:
            self._refresh_suggestion(sid)

    def put_gold(self, item: SpanItem) -> None:
        self.gold[item.id] = item
        self._put(item)
        k = (item.start, item.end, item.label)
        self._gold_keys[k] = self._gold_keys.get(k, 0) + 1
        self._refresh_span(k)

    def remove_gold(self, gold_id: int) -> SpanItem | None:
        item = self.gold.pop(gold_id, None)
        if item is None:
            return None
        self._drop(item.key)
        k = (item.start, item.end, item.label)
        left = self._gold_keys.get(k, 1) - 1
        if left:
            self._gold_keys[k] = left
        else:
            self._gold_keys.pop(k, None)
        self._refresh_span(k)
        return item

    def change_gold(self, gold_id: int, **changes: Any) -> SpanItem | None:
        """Relabel, resize (``start``, ``end``: the text follows) or edit attributes."""
        item = self.gold.get(gold_id)
        if item is None:
            return None
        if "start" in changes or "end" in changes:
            start, end = changes.get("start", item.start), changes.get("end", item.end)
            changes["text"] = self.text[start:end]
        self.remove_gold(gold_id)
        new = replace(item, **changes)
        self.put_gold(new)
        return new

    def decide(self, sugg_id: int, decision: str | None) -> Suggested | None:
        s = self.suggestions.get(sugg_id)
        if s is None:
            return None
        s.decision = decision
        self._refresh_suggestion(sugg_id)
        return s

    def accept(
        self,
        sugg_id: int,
        gold_id: int,
        label: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> SpanItem | None:
        """The suggestion becomes gold ``gold_id`` (as ``label``, with the
        boundaries ``span`` if given)."""
        s = self.suggestions.get(sugg_id)
        if s is None:
            return None
        final = label or s.label
        decision = "accepted" if final == s.label else "corrected"
        start, end = span or (s.start, s.end)
        self.decide(sugg_id, decision)
        item = SpanItem(
            GOLD,
            gold_id,
            start,
            end,
            final,
            self.text[start:end],
            f"{decision} · {s.source}",
            s.score,
            "gold",
            dict(s.attrs),
            sugg_id,
            decision,
        )
        self.put_gold(item)
        return item

    def unaccept(self, sugg_id: int, gold_id: int) -> None:
        self.remove_gold(gold_id)
        self.decide(sugg_id, None)

    def accept_many(self, pairs: list[tuple[int, int]]) -> None:
        """Many accepts at once (``Shift+A``): each suggestion's item is
        replaced by its gold span's in one pass over the list."""
        made: dict[Key, SpanItem] = {}
        for sugg_id, gold_id in pairs:
            s = self.suggestions.get(sugg_id)
            if s is None:
                continue
            s.decision = "accepted"
            item = SpanItem(
                GOLD,
                gold_id,
                s.start,
                s.end,
                s.label,
                s.text,
                f"accepted · {s.source}",
                s.score,
                "gold",
                s.attrs,
                sugg_id,
                "accepted",
            )
            self.gold[gold_id] = item
            self._gold_keys[s.span_key] = self._gold_keys.get(s.span_key, 0) + 1
            made[(SUGGESTION, sugg_id)] = item
        self._swap(made)

    def unaccept_many(self, pairs: list[tuple[int, int]]) -> None:
        back: dict[Key, SpanItem | None] = {}
        for sugg_id, gold_id in pairs:
            item = self.gold.pop(gold_id, None)
            s = self.suggestions.get(sugg_id)
            if s is not None:
                s.decision = None
            if item is not None:
                k = (item.start, item.end, item.label)
                left = self._gold_keys.get(k, 1) - 1
                if left:
                    self._gold_keys[k] = left
                else:
                    self._gold_keys.pop(k, None)
                back[item.key] = self._suggestion_item(s) if s is not None else None
        self._swap(back)

    def _swap(self, replacements: dict[Key, SpanItem | None]) -> None:
        """Replace (or, for None, drop) the items of these keys in one pass,
        keeping the list in text order."""
        if not replacements:
            return
        items = []
        for item in self.items:
            if item.key in replacements:
                new = replacements[item.key]
                if new is not None:
                    items.append(new)
            else:
                items.append(item)
        order = [i.order for i in items]
        if any(a > b for a, b in zip(order, order[1:], strict=False)):
            items.sort(key=lambda i: i.order)
            order = [i.order for i in items]
        self.items, self._order = items, order
        self._by_key = {i.key: i for i in items}
        self._pending = sum(1 for i in items if i.is_pending)

    def offer(self, token: str, places: list[tuple[int, int, int]], label: str) -> None:
        """Occurrences offered by one action: (suggestion id, start, end)."""
        for sid, start, end in places:
            existing = self.suggestion_at(start, end, label)
            if existing is not None:
                if existing.private:
                    existing.offers.add(token)
                continue
            s = Suggested(
                sid, start, end, label, self.text[start:end], "occurrence", 0.95, {}, private=True
            )
            s.offers.add(token)
            self.suggestions[sid] = s
            self._sugg_by_span[s.span_key] = sid
            self._put(self._suggestion_item(s))

    def withdraw(self, token: str) -> bool:
        """The action that offered ``token`` was undone: what only it offered,
        and nobody decided on, goes. True when something went."""
        gone = False
        for s in list(self.suggestions.values()):
            if token not in s.offers:
                continue
            s.offers.discard(token)
            if s.private and not s.offers and s.decision is None:
                self._drop((SUGGESTION, s.id))
                del self.suggestions[s.id]
                self._sugg_by_span.pop(s.span_key, None)
                gone = True
        return gone

    def rename(self, kind: str, old: int, new: int) -> None:
        """A provisional id became the store's id."""
        if old == new:
            return
        if kind == GOLD:
            item = self.gold.get(old)
            if item is not None:
                self.remove_gold(old)
                self.put_gold(replace(item, id=new))
            return
        s = self.suggestions.pop(old, None)
        if s is None:
            return
        self._drop((SUGGESTION, old))
        s.id = new
        self.suggestions[new] = s
        self._sugg_by_span[s.span_key] = new
        for g in [g for g in self.gold.values() if g.suggestion_id == old]:
            self.gold[g.id] = replace(g, suggestion_id=new)
            self._drop(g.key)
            self._put(self.gold[g.id])
        self._refresh_suggestion(new)


__all__ = ["DocumentState", "Suggested"]
