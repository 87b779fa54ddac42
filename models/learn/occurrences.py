"""Accept everywhere: a COMPANY or POLICY name a curator accepted is offered
at the other places it occurs, to that curator alone, and can be taken
everywhere in one step.

Names recur across news articles (the same firm, the same plan), and a
curator should not have to find and tag each mention by hand. What one
action offers is an *offer* (``models.store.bulk.Offer``): the suggestions
carry the action's token, nobody else sees them, and undoing the action
withdraws them (``withdraw_offer``). Offering reads first and writes in one
short transaction, so a run in the background holds the write lock only
for the writing.

A name is offered in either writing: 比亚迪 accepted in a mainland article
is offered at a Hong Kong article's 比亞迪, as the document writes it (the
suggestion holds the document's own characters). Only characters that
exist in traditional writing alone stand for their simplified ones here
(``models.writings.same_name_writings``): the twenty or so both writings
have (乾 of 乾隆, 後 of 後藤, 於 the surname) are other characters in a
simplified article, and an offer must not turn them into the name."""

from __future__ import annotations

import re
import uuid
from bisect import bisect_left, insort
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from models.domain import Annotation
from models.progress import NoProgress, Progress
from models.search import last_rowid as search_rowid
from models.search import matching_documents
from models.store import bulk
from models.store.suggestions import PENDING_SQL, VISIBLE_SQL
from models.writings import has_other_writing, same_name_writings, spellings

PROPAGATED_LABELS = ("COMPANY", "POLICY")
SOURCE = "occurrence"
VERSION = "1"
SCORE = 0.95
MIN_CHARS = 2
# Other documents one accept offers a name in: at most this many, among
# the next OFFER_SPAN documents in project order (wrapping round), so that
# one keypress costs a bounded time whether the name is in ten articles or
# in tens of thousands (and whether the search index is built yet or not);
# Shift+O still takes it everywhere.
OFFER_DOCUMENTS = 500
OFFER_SPAN = 5_000
# Documents read and written per transaction by "accept everywhere".
EVERYWHERE_BATCH = 200


def new_token() -> str:
    """A token for one action's offer."""
    return uuid.uuid4().hex


def is_propagated(label: str, text: str) -> bool:
    return label in PROPAGATED_LABELS and len(text) >= MIN_CHARS


def occurrences(text: str, needle: str, *, either_writing: bool = False) -> list[int]:
    """Start of each non-overlapping occurrence of ``needle`` in ``text``;
    with ``either_writing``, written in either writing too (see the module)."""
    if either_writing and has_other_writing(needle, strict=True):
        return [m.start() for m in _name_pattern(needle).finditer(text)]
    found, start = [], text.find(needle)
    while start >= 0:
        found.append(start)
        start = text.find(needle, start + len(needle))
    return found


@lru_cache(maxsize=64)
def _name_pattern(name: str) -> re.Pattern[str]:
    """``name`` in either writing, case as written (an offer is the name)."""
    return re.compile("".join(_writings_of(ch) for ch in name))


def _writings_of(ch: str) -> str:
    forms = same_name_writings(ch)
    if len(forms) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(c) for c in sorted(forms)) + "]"


def written_as(form: str, name: str) -> bool:
    """Whether ``form`` writes ``name`` (the same, or in the other writing)."""
    return form == name or _name_pattern(name).fullmatch(form) is not None


def free_places(
    text: str, needle: str, taken: Iterable[tuple[int, int]], *, either_writing: bool = False
) -> list[int]:
    """Occurrences of ``needle`` that overlap none of the ``taken`` spans (one
    sweep over both, sorted: a common word on a long article is cheap)."""
    found = occurrences(text, needle, either_writing=either_writing)
    return _clear_of(found, len(needle), taken)


def _clear_of(found: Iterable[int], length: int, taken: Iterable[tuple[int, int]]) -> list[int]:
    """The starts among ``found`` (in order) whose ``length`` characters
    overlap none of the ``taken`` spans."""
    spans = sorted(taken)
    starts = [a for a, _b in spans]
    reach, out, i = -1, [], 0  # reach: the furthest end of the spans started so far
    for start in found:
        end = start + length
        while i < len(spans) and spans[i][0] <= start:
            reach = max(reach, spans[i][1])
            i += 1
        if reach > start:
            continue
        nxt = bisect_left(starts, start + 1)
        if nxt < len(spans) and spans[nxt][0] < end:
            continue
        out.append(start)
    return out


def documents_with(
    project,
    needle: str,
    *,
    exclude: frozenset[str] = frozenset(),
    starting_after: int = 0,
    limit: int | None = None,
    span: int | None = None,
    set_aside: list[str] | None = None,
) -> list[str]:
    """Documents whose text holds ``needle``, in project order from rowid
    ``starting_after`` round to the start, at most ``limit`` of them, among
    the next ``span`` rowids (all when None). Those of ``exclude`` are left
    out (and not counted against ``limit``); with ``set_aside``, the ones
    left out are appended to it, as far as the search went."""
    top = search_rowid(project)
    end = top if span is None else starting_after + span
    ranges = [(starting_after, min(end, top))]
    if span is None:
        ranges.append((0, starting_after))
    elif end > top:
        ranges.append((0, min(end - top, starting_after)))
    out: list[str] = []
    for after, stop in ranges:
        while (limit is None or len(out) < limit) and after < stop:
            page = matching_documents(
                project, needle, after=after, limit=EVERYWHERE_BATCH, up_to=stop
            )
            if not page:
                break
            for _r, d in page:
                if d not in exclude:
                    out.append(d)
                elif set_aside is not None:
                    set_aside.append(d)
            after = page[-1][0]
    return out if limit is None else out[:limit]


def finished_by(project, annotator: str) -> frozenset[str]:
    """The documents ``annotator`` marked done. Nothing is offered to them
    there, nor accepted there by "accept everywhere": a finished document
    is not changed behind its curator's back (its list row would be pending
    again), and its pending suggestions would count in the project's
    evidence as spans the curator left out of the gold. Another annotator's
    finished document is still offered into: the offer is to this
    annotator's own layer."""
    return frozenset(
        d
        for (d,) in project.conn.execute(
            "SELECT doc_id FROM doc_status WHERE annotator = ? AND status = 'done'",
            (annotator,),
        )
    )


def _with_places(
    project,
    doc_ids: Sequence[str],
    needle: str,
    label: str,
    annotator: str,
    *,
    taking: bool = False,
) -> frozenset[str]:
    """The documents among ``doc_ids`` where the name would have been offered
    to the annotator (a place clear of their gold where they see no
    suggestion of this label: ``bulk.offer_suggestions`` leaves one as it
    is), or with ``taking``, accepted by "accept everywhere" (also where
    they see one they have not decided on)."""
    out = set()
    for form, places in places_in(project, doc_ids, needle, annotator).items():
        for doc_id, starts in places.items():
            if doc_id in out:
                continue
            for start in starts:
                seen = _seen(project, doc_id, start, start + len(form), label, annotator)
                if seen is None or (taking and seen == "pending"):
                    out.add(doc_id)
                    break
    return frozenset(out)


def _seen(project, doc_id: str, start: int, end: int, label: str, annotator: str) -> str | None:
    """The annotator's suggestion of ``label`` at ``start..end``: "pending",
    their decision on it, or None when they see none there."""
    row = project.conn.execute(
        "SELECT (SELECT d.decision FROM decisions d WHERE d.suggestion_id = s.id"
        " AND d.annotator = :who) FROM suggestions s WHERE s.doc_id = :doc"
        f" AND s.start_pos = :start AND s.end_pos = :end AND s.label = :label AND {VISIBLE_SQL}",
        {"doc": doc_id, "start": start, "end": end, "label": label, "who": annotator},
    ).fetchone()
    if row is None:
        return None
    return row[0] or "pending"


Plan = dict[str, dict[str, list[int]]]  # as written -> document -> starts


def places_in(project, doc_ids: Sequence[str], needle: str, annotator: str) -> Plan:
    """Where ``needle`` occurs clear of the annotator's gold, in either
    writing: per way the documents write it, per document, the starts."""
    plan: Plan = {}
    for doc_id in doc_ids:
        gold = [(a.start, a.end) for a in project.annotations(doc_id, annotator)]
        text = project.document_text(doc_id)
        for start in free_places(text, needle, gold, either_writing=True):
            form = text[start : start + len(needle)]
            plan.setdefault(form, {}).setdefault(doc_id, []).append(start)
    return plan


def _offer_plan(
    project,
    offer: bulk.Offer,
    plan: Plan,
    *,
    source_id: int | None = None,
    texts: Mapping[str, str] | None = None,
) -> dict[str, dict[int, int]]:
    """Offer each way of writing the name where a document writes it so
    (the store takes an offer's text as the document's characters), in one
    transaction. With ``source_id``, nothing unless that span still stands.
    ``texts``: the documents' texts, when the caller has read them."""
    if list(plan) in ([], [offer.text]):
        return _offer_written(project, offer, plan.get(offer.text, {}), source_id, texts=texts)
    out: dict[str, dict[int, int]] = {}
    with project.transaction():
        if source_id is not None and not bulk.source_stands(project, offer, source_id):
            return out
        for form, places in plan.items():
            written = bulk.Offer(offer.token, offer.annotator, form, offer.label)
            # the span stands (just checked): an offer of its own text has the
            # store check it again, the others' events name it as their source
            own = form == offer.text
            made = _offer_written(
                project,
                written,
                places,
                source_id if own else None,
                None if own else source_id,
                texts=texts,
            )
            for doc_id, starts in made.items():
                out.setdefault(doc_id, {}).update(starts)
    return out


def _offer_written(
    project,
    offer: bulk.Offer,
    places: dict[str, list[int]],
    source_id: int | None,
    from_span: int | None = None,
    *,
    texts: Mapping[str, str] | None = None,
) -> dict[str, dict[int, int]]:
    return bulk.offer_suggestions(
        project,
        offer,
        places,
        source_id=source_id,
        from_span=from_span,
        score=SCORE,
        source=SOURCE,
        version=VERSION,
        texts=texts,
    )


def rowid_of(project, doc_id: str) -> int:
    row = project.conn.execute("SELECT rowid FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else 0


class Offered(dict):
    """What ``offer_elsewhere`` offered: per document, start -> suggestion id;
    and in ``skipped``, the documents the annotator finished where the name
    would have been offered (``finished_by``)."""

    def __init__(self, made=(), skipped: frozenset[str] = frozenset()):
        super().__init__(made)
        self.skipped = frozenset(skipped)


def offer_elsewhere(
    project,
    source: Annotation,
    token: str,
    *,
    limit: int | None = OFFER_DOCUMENTS,
) -> Offered:
    """Offer the name of gold span ``source`` in other documents (the next
    ``limit`` that hold it, but those its annotator finished) to its
    annotator, under ``token``. Nothing is written if the span no longer
    stands as it was (its accept was undone meanwhile). Returns, per
    document, start -> suggestion id, with the finished documents skipped."""
    return offer_many(project, [source], token, limit=limit)[0]


@dataclass
class _Job:
    """One name of ``offer_many``: its span, the documents it is offered in,
    the finished ones it is not, and what was done so far."""

    source: Annotation
    docs: list[str]
    finished: list[str]
    made: dict[str, dict[int, int]] = field(default_factory=dict)
    skipped: set[str] = field(default_factory=set)
    gone: bool = False


def offer_many(
    project,
    sources: Sequence[Annotation],
    token: str,
    *,
    limit: int | None = OFFER_DOCUMENTS,
) -> list[Offered]:
    """``offer_elsewhere`` for each of these gold spans, under one token, in
    one pass: each name gets the documents it would get alone (the next
    ``limit`` that hold it), but every name's places are found together
    (``Names``) and each document is read once, ``READ_BATCH`` at a time;
    the writes go in transactions of about ``WRITE_PLACES`` places, each
    name's offers with their events as one offer of it writes them. A name
    whose span no longer stands is not offered from then on. Returns one
    ``Offered`` per span, in order (empty for one that is not a name, or
    whose span was gone before anything of it was written)."""
    jobs: list[_Job | None] = []
    finished_of: dict[str, frozenset[str]] = {}
    for source in sources:
        if not is_propagated(source.label, source.text):
            jobs.append(None)
            continue
        if source.annotator not in finished_of:
            finished_of[source.annotator] = finished_by(project, source.annotator)
        aside: list[str] = []
        docs = documents_with(
            project,
            source.text,
            exclude=finished_of[source.annotator] | {source.doc_id},
            starting_after=rowid_of(project, source.doc_id),
            limit=limit,
            span=OFFER_SPAN,
            set_aside=aside,
        )
        jobs.append(_Job(source, docs, [d for d in aside if d != source.doc_id]))
    live = [(k, job) for k, job in enumerate(jobs) if job is not None]
    seekers: dict[str, list[int]] = {}  # document -> the jobs that read it
    for k, job in live:
        for doc_id in (*job.docs, *job.finished):
            seekers.setdefault(doc_id, []).append(k)
    if live:
        names = Names([job.source.text for job in jobs if job is not None])
        index = {k: n for n, (k, _job) in enumerate(live)}  # job -> its name in ``names``
        order = list(seekers)
        for i in range(0, len(order), READ_BATCH):
            _offer_in(project, jobs, names, index, seekers, order[i : i + READ_BATCH], token)
    out = []
    for job in jobs:
        if job is not None and not job.made and not job.gone:
            offer = bulk.Offer(token, job.source.annotator, job.source.text, job.source.label)
            job.gone = not bulk.source_stands(project, offer, job.source.id)
        if job is None or (job.gone and not job.made):
            out.append(Offered())
        else:
            out.append(Offered(job.made, frozenset(job.skipped)))
    return out


# Documents read at a time by ``offer_many``, the characters of their texts
# it keeps for its writes, and the places it writes per transaction (at
# least one name's places in those documents).
READ_BATCH = EVERYWHERE_BATCH
READ_CHARS = 4_000_000
WRITE_PLACES = 2_000


def _offer_in(
    project,
    jobs: list[_Job | None],
    names: Names,
    index: dict[int, int],
    seekers: dict[str, list[int]],
    doc_ids: list[str],
    token: str,
) -> None:
    """One batch of ``offer_many``: these documents read, each name's places
    in them found, offered and (in finished documents) counted as skipped."""
    gold: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for doc_id, who, start, end in _in_chunks(
        project,
        "SELECT doc_id, annotator, start_pos, end_pos FROM annotations WHERE doc_id IN ({marks})",
        doc_ids,
    ):
        gold.setdefault((doc_id, who), []).append((start, end))
    finished = {k: set(jobs[k].finished) for k in index}
    # the texts are read one after another; up to READ_CHARS of them are kept
    # for the writes (which read the others again)
    texts: dict[str, str] = {}
    kept = 0
    # document -> (job, its places clear of the annotator's gold, as written)
    clear: dict[str, list[tuple[int, list[tuple[int, str]]]]] = {}
    for i in range(0, len(doc_ids), bulk.CHUNK):
        part = doc_ids[i : i + bulk.CHUNK]
        rows = project.conn.execute(
            f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(part))})", part
        )
        for doc_id, text in rows:
            if kept + len(text) <= READ_CHARS:
                texts[doc_id] = text
                kept += len(text)
            wanted = {index[k]: k for k in seekers[doc_id] if not jobs[k].gone}
            found_by = names.places(text, wanted)
            for n in sorted(found_by, key=wanted.__getitem__):
                k = wanted[n]
                source = jobs[k].source
                length = len(source.text)
                taken = gold.get((doc_id, source.annotator), ())
                places = [(a, text[a : a + length]) for a in _clear_of(found_by[n], length, taken)]
                if places:
                    clear.setdefault(doc_id, []).append((k, places))
    covered = _inside_shown(project, jobs, clear)
    found_in: dict[str, list[tuple[int, str, list[int]]]] = {}  # document -> (job, form, starts)
    for doc_id, found in clear.items():
        # in the order of the names, as offering them one by one does: a name
        # offered here is shown, and a later name inside it is not
        offered_here: dict[tuple[str, str], Shown] = {}
        for k, places in found:
            source = jobs[k].source
            length = len(source.text)
            shown = offered_here.setdefault((source.annotator, source.label), Shown())
            forms: dict[str, list[int]] = {}
            for start, form in places:
                if (doc_id, k, start) not in covered and not shown.covers(start, length):
                    forms.setdefault(form, []).append(start)
            for form, starts in forms.items():
                found_in.setdefault(doc_id, []).append((k, form, starts))
                if doc_id not in finished[k]:
                    for start in starts:
                        shown.add(start, start + length)
    plans: dict[int, Plan] = {}
    for doc_id in doc_ids:
        for k, form, starts in found_in.get(doc_id, ()):
            plans.setdefault(k, {}).setdefault(form, {})[doc_id] = starts
    batch: list[tuple[_Job, Plan]] = []
    size = 0
    for k, job in enumerate(jobs):
        if job is None or k not in plans:
            continue
        finished = set(job.finished)
        offered: Plan = {}
        for form, places in plans[k].items():
            for doc_id, starts in places.items():
                if doc_id in finished:
                    if doc_id not in job.skipped and _unseen(project, job.source, doc_id, starts):
                        job.skipped.add(doc_id)
                else:
                    offered.setdefault(form, {})[doc_id] = starts
                    size += len(starts)
        if offered:
            batch.append((job, offered))
        if size >= WRITE_PLACES:
            _write(project, batch, token, texts)
            batch, size = [], 0
    if batch:
        _write(project, batch, token, texts)


def _unseen(project, source: Annotation, doc_id: str, starts: list[int]) -> bool:
    """Whether the name would be offered at one of these places (the
    annotator sees no suggestion of its label there)."""
    length = len(source.text)
    return any(
        _seen(project, doc_id, s, s + length, source.label, source.annotator) is None
        for s in starts
    )


def _write(project, batch: list[tuple[_Job, Plan]], token: str, texts: Mapping[str, str]) -> None:
    """Offer these names' places in one transaction, each name as
    ``offer_elsewhere`` would (nothing of a name whose span is gone)."""
    with project.transaction():
        for job, plan in batch:
            source = job.source
            offer = bulk.Offer(token, source.annotator, source.text, source.label)
            made = _offer_plan(project, offer, plan, source_id=source.id, texts=texts)
            if not made and not bulk.source_stands(project, offer, source.id):
                job.gone = True
                continue
            for doc_id, starts in made.items():
                job.made.setdefault(doc_id, {}).update(starts)


class Names:
    """Several names sought in a text at once, each in either writing as
    ``occurrences(text, name, either_writing=True)`` finds it: every spelling
    of each (``same_name_writings``) in one Aho-Corasick automaton
    (pyahocorasick's, quick to build for the names of one action); a name
    with more than ``MAX_SPELLINGS`` spellings by its pattern."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.automaton = ahocorasick.Automaton()
        self.patterned: set[int] = set()
        keys: dict[str, list[int]] = {}
        for n, name in enumerate(self.names):
            forms = spellings(name, limit=MAX_SPELLINGS, strict=True)
            if forms is None:
                self.patterned.add(n)
                continue
            for form in forms:
                keys.setdefault(form, []).append(n)
        for key, which in keys.items():
            self.automaton.add_word(key, (len(key), tuple(which)))
        self.empty = not keys
        if keys:
            self.automaton.make_automaton()

    def places(self, text: str, wanted: Iterable[int]) -> dict[int, list[int]]:
        """Per name among ``wanted`` (indices) that ``text`` holds, the start
        of each of its non-overlapping occurrences, in order."""
        wanted = set(wanted)
        found: dict[int, list[int]] = {}
        if not self.empty and wanted - self.patterned:
            for end, (length, which) in self.automaton.iter(text):
                for n in which:
                    if n in wanted:
                        found.setdefault(n, []).append(end - length + 1)
        out: dict[int, list[int]] = {}
        for n, starts in found.items():
            length = len(self.names[n])
            kept, reach = [], -1
            for start in starts:  # in order of their ends: of their starts, one length each
                if start >= reach:
                    kept.append(start)
                    reach = start + length
            out[n] = kept
        for n in wanted & self.patterned:
            starts = [m.start() for m in _name_pattern(self.names[n]).finditer(text)]
            if starts:
                out[n] = starts
        return out


# A name of more spellings than this in either writing (nine characters or
# more with a second writing each) is sought by its pattern instead.
MAX_SPELLINGS = 256


def _inside_shown(
    project, jobs: list[_Job | None], clear: Mapping[str, list[tuple[int, list[tuple[int, str]]]]]
) -> set[tuple[str, int, int]]:
    """(document, job, start) of the places that lie inside a longer
    suggestion of the name's label that its annotator sees there and has not
    decided on (``Shown.covers``'s rule, asked of the stored suggestions):
    asked of the suggestions' index place by place, since reading
    every suggestion of the documents cost each of the window's small writes
    of names as much as the offers themselves."""
    places: dict[str, list[tuple[str, int, int, int, str]]] = {}
    for doc_id, found in clear.items():
        for k, starts in found:
            source = jobs[k].source
            length = len(source.text)
            for start, _form in starts:
                places.setdefault(source.annotator, []).append(
                    (doc_id, k, start, start + length, source.label)
                )
    out: set[tuple[str, int, int]] = set()
    step = bulk.CHUNK // 5
    for who, rows in places.items():
        for i in range(0, len(rows), step):
            part = rows[i : i + step]
            found = project.conn.execute(
                "SELECT v.column1, v.column2, v.column3 FROM (VALUES "
                + ",".join(["(?,?,?,?,?)"] * len(part))
                + ") v WHERE EXISTS (SELECT 1 FROM suggestions s WHERE s.doc_id = v.column1"
                " AND s.start_pos <= v.column3 AND s.end_pos >= v.column4"
                " AND s.end_pos - s.start_pos > v.column4 - v.column3 AND s.label = v.column5"
                " AND s.stale = 0 AND (NOT EXISTS (SELECT 1 FROM suggestion_audience x"
                " WHERE x.suggestion_id = s.id) OR EXISTS (SELECT 1 FROM suggestion_audience x"
                " WHERE x.suggestion_id = s.id AND x.annotator = ?))"
                " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.suggestion_id = s.id"
                " AND d.annotator = ?))",
                [*(x for row in part for x in row), who, who],
            )
            out.update(found)
    return out


class Shown:
    """The spans of one label a curator is shown undecided in one document,
    asked whether a place of a name lies inside a longer one: the rule every
    offer and "accept everywhere" keep (the window's offers in the open
    article too). Sorted by start, so that only the spans starting within
    the longest one's length before the place are looked at (a long article
    holds thousands)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = []
        self.longest = 0
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def covers(self, start: int, length: int) -> bool:
        """Whether ``start``'s ``length`` characters lie within a longer span:
        the guideline takes the longest name as written, so a name offered
        or accepted inside it is one more suggestion to reject, or gold over
        a name the curator has not decided on (比亚迪 inside the suggested
        比亚迪新材料公司)."""
        if self.longest <= length:
            return False
        end = start + length
        spans = self.spans
        for i in range(bisect_left(spans, (end - self.longest, -1)), len(spans)):
            a, b = spans[i]
            if a > start:
                return False
            if b >= end and b - a > length:
                return True
        return False


def longer_than(length: int, label: str, pending: Iterable[tuple[int, int, str]]) -> Shown:
    """Of the suggestions a curator is shown pending in one document
    (start, end, label), those that hold back a name of ``label`` and
    ``length`` characters (``Shown.covers``): of its label, and longer."""
    return Shown((a, b) for a, b, what in pending if what == label and b - a > length)


def _in_chunks(project, sql: str, ids: list[str], first: tuple = ()) -> list[tuple]:
    """``sql``'s rows for ``ids`` a chunk at a time (``{marks}`` their
    placeholders; ``first``: the parameters before them)."""
    out: list[tuple] = []
    for i in range(0, len(ids), bulk.CHUNK):
        part = ids[i : i + bulk.CHUNK]
        marks = ",".join("?" * len(part))
        out += project.conn.execute(sql.format(marks=marks), [*first, *part]).fetchall()
    return out


@dataclass(frozen=True)
class Everywhere:
    """What "accept everywhere" did: the suggestions it accepted (id, span),
    the documents it changed, and the documents the annotator finished
    where it would have accepted the name, left as they are."""

    accepted: list[tuple[int, Annotation]]
    docs: frozenset[str]
    skipped: frozenset[str] = frozenset()


def accept_everywhere(
    project,
    text: str,
    label: str,
    annotator: str,
    token: str,
    progress: Progress | None = None,
    *,
    here: str | None = None,
) -> Everywhere:
    """Accept the name at every place it occurs clear of the annotator's gold,
    across the project: a pending suggestion there is accepted, a place with
    none is first offered under ``token``. The documents the annotator
    finished are left as they are (``finished_by``), but ``here``, the one
    the curator is working in. Documents are done in batches of one short
    transaction each; a cancel stops between batches and keeps what was
    done (returned, so that it can be undone)."""
    progress = progress or NoProgress()
    offer = bulk.Offer(token, annotator, text, label)
    finished = finished_by(project, annotator) - {here}
    docs = documents_with(project, text)
    names = Names([text])
    progress.start(len(docs), text)
    accepted: list[tuple[int, Annotation]] = []
    changed: set[str] = set()
    skipped: set[str] = set()
    for i in range(0, len(docs), EVERYWHERE_BATCH):
        if progress.cancelled():
            break
        part = docs[i : i + EVERYWHERE_BATCH]
        with project.transaction():
            done = _accept_in(project, offer, [d for d in part if d not in finished], names)
        left = [d for d in part if d in finished]
        skipped |= _with_places(project, left, text, label, annotator, taking=True)
        accepted += done
        changed.update(a.doc_id for _s, a in done)
        progress.advance(len(part))
    progress.finish()
    return Everywhere(accepted, frozenset(changed), frozenset(skipped))


def accept_in_documents(
    project,
    text: str,
    label: str,
    annotator: str,
    token: str,
    docs: Sequence[str],
    progress: Progress | None = None,
    *,
    here: str | None = None,
) -> Everywhere:
    """``accept_everywhere`` in these documents only (the ones an earlier,
    maybe cancelled, accept everywhere changed: the window's redo of it),
    by the same batches, each one short transaction, and the same rule
    (the documents the annotator finished are left, but ``here``; which of
    them held the name is not looked up: ``skipped`` is empty); a cancel
    stops between batches and keeps what was done."""
    progress = progress or NoProgress()
    offer = bulk.Offer(token, annotator, text, label)
    finished = finished_by(project, annotator) - {here}
    names = Names([text])
    progress.start(len(docs), text)
    accepted: list[tuple[int, Annotation]] = []
    for i in range(0, len(docs), EVERYWHERE_BATCH):
        if progress.cancelled():
            break
        part = [d for d in docs[i : i + EVERYWHERE_BATCH] if d not in finished]
        with project.transaction():
            accepted += _accept_in(project, offer, part, names)
        progress.advance(len(docs[i : i + EVERYWHERE_BATCH]))
    progress.finish()
    return Everywhere(accepted, frozenset(a.doc_id for _s, a in accepted))


def _accept_in(
    project, offer: bulk.Offer, doc_ids: Sequence[str], names: Names | None = None
) -> list[tuple[int, Annotation]]:
    """One batch of ``accept_everywhere``: the name's places in these
    documents found in one read of their texts and of the annotator's gold
    (``names``: the name's automaton, built once for all batches), offered
    where nothing is suggested, then every pending suggestion of it there
    accepted, a document at a time."""
    texts = _texts_of(project, doc_ids)
    plan = _places_read(project, doc_ids, texts, offer, names or Names([offer.text]))
    docs = list(dict.fromkeys(d for places in plan.values() for d in places))
    shown = _longer_shown(project, docs, offer)
    length = len(offer.text)
    plan = {
        form: kept
        for form, places in plan.items()
        if (
            kept := {
                doc_id: clear
                for doc_id, starts in places.items()
                if (clear := [a for a in starts if not _covered(shown, doc_id, a, length)])
            }
        )
    }
    offered = _offer_plan(project, offer, plan, texts=texts)
    named = _pending_named(project, docs, offer)
    out = []
    for doc_id in docs:
        here = [
            sid
            for sid, start in named.get(doc_id, [])
            if not _covered(shown, doc_id, start, length)
        ]
        pending = here + list(offered.get(doc_id, {}).values())
        anns = bulk.accept_suggestions(
            project, doc_id, sorted(set(pending)), annotator=offer.annotator
        )
        out += [(a.suggestion_id, a) for a in anns]
    return out


def _texts_of(project, doc_ids: Sequence[str]) -> dict[str, str]:
    """The texts of these documents, read a chunk at a time."""
    return dict(
        _in_chunks(project, "SELECT id, text FROM documents WHERE id IN ({marks})", list(doc_ids))
    )


def _places_read(
    project, doc_ids: Sequence[str], texts: Mapping[str, str], offer: bulk.Offer, names: Names
) -> Plan:
    """``places_in`` from texts already read, with the annotator's gold in
    these documents read in one query per chunk."""
    gold: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in _in_chunks(
        project,
        "SELECT doc_id, start_pos, end_pos FROM annotations"
        " WHERE annotator = ? AND doc_id IN ({marks})",
        list(doc_ids),
        first=(offer.annotator,),
    ):
        gold.setdefault(doc_id, []).append((start, end))
    plan: Plan = {}
    length = len(offer.text)
    for doc_id in doc_ids:
        text = texts.get(doc_id)
        if text is None:
            continue
        found = names.places(text, [0]).get(0, [])
        for start in _clear_of(found, length, gold.get(doc_id, ())):
            plan.setdefault(text[start : start + length], {}).setdefault(doc_id, []).append(start)
    return plan


def _longer_shown(project, doc_ids: Sequence[str], offer: bulk.Offer) -> dict[str, Shown]:
    """Per document, the suggestions of the offer's label longer than its
    name that the annotator is shown pending there (``Shown``): the name is
    neither offered nor accepted inside one of them."""
    out: dict[str, Shown] = {}
    for i in range(0, len(doc_ids), bulk.CHUNK):
        part = {f"d{n}": d for n, d in enumerate(doc_ids[i : i + bulk.CHUNK])}
        rows = project.conn.execute(
            "SELECT s.doc_id, s.start_pos, s.end_pos FROM suggestions s"
            f" WHERE s.doc_id IN ({','.join(':' + k for k in part)}) AND s.label = :label"
            f" AND s.end_pos - s.start_pos > :length AND {PENDING_SQL}",
            {**part, "label": offer.label, "length": len(offer.text), "who": offer.annotator},
        )
        found: dict[str, list[tuple[int, int, str]]] = {}
        for doc_id, start, end in rows:
            found.setdefault(doc_id, []).append((start, end, offer.label))
        for doc_id, spans in found.items():
            out[doc_id] = longer_than(len(offer.text), offer.label, spans)
    return out


def _covered(shown: Mapping[str, Shown], doc_id: str, start: int, length: int) -> bool:
    spans = shown.get(doc_id)
    return spans is not None and spans.covers(start, length)


def _pending_named(
    project, doc_ids: Sequence[str], offer: bulk.Offer
) -> dict[str, list[tuple[int, int]]]:
    """Per document, the annotator's pending suggestions of the offer's label
    that write its name (in either writing): (id, start) of each."""
    out: dict[str, list[tuple[int, int]]] = {}
    for i in range(0, len(doc_ids), bulk.CHUNK):
        part = {f"d{n}": d for n, d in enumerate(doc_ids[i : i + bulk.CHUNK])}
        rows = project.conn.execute(
            "SELECT s.id, s.doc_id, s.text, s.start_pos FROM suggestions s"
            f" WHERE s.doc_id IN ({','.join(':' + k for k in part)}) AND s.label = :label"
            f" AND {PENDING_SQL}",
            {**part, "label": offer.label, "who": offer.annotator},
        )
        for sid, doc_id, text, start in rows:
            if written_as(text, offer.text):
                out.setdefault(doc_id, []).append((sid, start))
    return out
