"""What a project's own work says about its lexicon terms.

A name a curator accepted is worth offering elsewhere only while the
project's finished documents back it: every occurrence of the term in a
gold document either carries that span (for it) or was left unannotated
(against it), and a rejected suggestion of the term counts against it too.
A term's precision is the share of its occurrences that were right,
smoothed by one right and one wrong pseudo-occurrence so a single sighting
is not certainty; below ``MIN_PRECISION`` (the point where a suggestion
stops paying for the curator's time, ``calibration.show_threshold``) the
term is not offered. The same count, made on the training documents of
the bundled model, teaches the candidate scorer what a lexicon hit of a
given precision is worth.

A name is one name in either writing: 比亚迪 and 比亞迪 share their
evidence, so a name accepted in simplified counts against itself where a
finished Hong Kong document left 比亞迪 unannotated, and the reverse.
Occurrences are sought as the rules read a document (its traditional
paragraphs in simplified, ``segment.simplified_reading``), and a term under
its simplified form (``segment.to_simplified``, as the lexicon seeks a
traditional term)."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from models.learn.calibration import show_threshold
from models.learn.features import log_odds
from models.suggest.candidates import Candidate, SpanKey
from models.suggest.lexicon import Lexicon
from models.suggest.segment import simplified_reading, to_simplified

if TYPE_CHECKING:
    from models.learn.data import TrainingDoc
    from models.store import Project

MIN_PRECISION = show_threshold()
MIN_TERM_CHARS = 2


@dataclass(frozen=True)
class TermEvidence:
    """One term: its label, how often it occurs in finished documents, how
    often it was annotated there, and decisions on its suggestions elsewhere."""

    term: str
    label: str
    occurrences: int
    annotated: int
    accepted: int = 0
    rejected: int = 0

    @property
    def precision(self) -> float:
        right = self.annotated + self.accepted
        seen = self.occurrences + self.accepted + self.rejected
        return (right + 1.0) / (seen + 2.0)


def term_evidence(
    docs: Iterable[tuple[str, Sequence[tuple[int, int, str]]]],
    labels: Sequence[str] = ("COMPANY", "POLICY"),
    decisions: Mapping[tuple[str, str], tuple[int, int]] | None = None,
) -> dict[str, TermEvidence]:
    """Evidence for every gold term of ``labels`` in ``docs`` (text, spans
    in text offsets) and every term of ``decisions``, which maps (term,
    label) to (accepted, rejected) counts from documents outside ``docs``
    (spans curators made there count as accepted)."""
    docs = list(docs)
    decisions = decisions or {}
    annotated: Counter[tuple[str, str]] = Counter()
    for text, spans in docs:
        for s, e, label in spans:
            term = text[s:e]
            if label in labels and len(term) >= MIN_TERM_CHARS and not term.isspace():
                annotated[(term, label)] += 1
    support = Counter(annotated)
    for (term, label), (accepted, _rejected) in decisions.items():
        if label in labels and len(term) >= MIN_TERM_CHARS and accepted:
            support[(term, label)] += accepted
    best: dict[str, str] = {}
    for (term, label), _n in sorted(support.items(), key=lambda kv: -kv[1]):
        best.setdefault(term, label)
    if not best:
        return {}
    occurrences = _occurrences((text for text, _spans in docs), best)
    annotated_name = _by_name(annotated)
    accepted_name = _by_name({key: a for key, (a, _r) in decisions.items()})
    rejected_name = _by_name({key: r for key, (_a, r) in decisions.items()})
    out = {}
    for term, label in best.items():
        name = (to_simplified(term), label)
        out[term] = TermEvidence(
            term,
            label,
            max(occurrences[name[0]], annotated_name[name]),
            annotated_name[name],
            accepted_name[name],
            rejected_name[name],
        )
    return out


def _occurrences(texts: Iterable[str], terms: Iterable[str]) -> Counter[str]:
    """How often each of ``terms`` occurs in ``texts`` in either writing, by
    its simplified form: sought as the rules read a text (its traditional
    paragraphs in simplified), a traditional term in its simplified form too."""
    lexicon = Lexicon({term: to_simplified(term) for term in terms})
    occurrences: Counter[str] = Counter()
    for text in texts:
        for _s, _e, _term, name in lexicon.find(simplified_reading(text)[0]):
            occurrences[name] += 1
    return occurrences


def _by_name(counts: Mapping[tuple[str, str], int]) -> Counter[tuple[str, str]]:
    """Counts by (term, label) added up by (simplified form, label): a
    name's writings together."""
    out: Counter[tuple[str, str]] = Counter()
    for (term, label), n in counts.items():
        out[(to_simplified(term), label)] += n
    return out


def lexicon_of(
    docs: Iterable[TrainingDoc], labels: Sequence[str] = ("COMPANY", "POLICY")
) -> dict[str, tuple[str, float]]:
    """The terms a project whose finished documents are ``docs`` would offer."""
    return offered_terms(
        term_evidence(
            ((d.text, [(s.start, s.end, s.label) for s in d.spans]) for d in docs), labels
        )
    )


def offered_terms(evidence: Mapping[str, TermEvidence]) -> dict[str, tuple[str, float]]:
    """term → (label, precision) of the terms the project's evidence supports."""
    return {
        term: (ev.label, round(ev.precision, 4))
        for term, ev in evidence.items()
        if ev.precision >= MIN_PRECISION
    }


# -- the project's own evidence -------------------------------------------------------


def project_term_evidence(
    project: Project, labels: Sequence[str] = ("COMPANY", "POLICY")
) -> dict[str, TermEvidence]:
    """Evidence for every term curators marked in the project: its finished
    documents' texts and spans; in the other documents, the spans curators
    made (for it), and against it the suggestions of it they rejected or
    accepted as another label, and each place where a curator's layer held
    it and holds it no more: removed (Del, or an added span undone),
    relabelled or moved, as the history records, unless drawn there again.
    So a name counts as its suggestions count against their sources
    (``project_source_evidence``); an accept undone (Ctrl+Z) takes its
    suggestion back to pending, and says nothing."""
    gold = dict(project.gold_layers())
    texts = gold_texts(project, gold)
    spans: dict[str, list[tuple[int, int, str]]] = {doc: [] for doc in gold}
    marks = ",".join("?" * len(labels))
    rows = project.conn.execute(
        f"SELECT doc_id, annotator, start_pos, end_pos, label, text FROM annotations"
        f" WHERE label IN ({marks})",
        tuple(labels),
    )
    decided: Counter[tuple[str, str, str]] = Counter()
    held: set[tuple[str, str, int, int, str]] = set()
    for doc_id, annotator, start, end, label, text in rows:
        if gold.get(doc_id) == annotator:
            spans[doc_id].append((start, end, label))
        elif doc_id not in gold:  # a span a curator made in a document not finished yet
            decided[(text, label, "accepted")] += 1
            held.add((doc_id, annotator, start, end, label))
    rows = project.conn.execute(
        "SELECT s.doc_id, s.text, s.label, d.decision FROM decisions d"
        " JOIN suggestions s ON s.id = d.suggestion_id"
    )
    for doc_id, text, label, decision in rows:
        if doc_id not in gold and decision in ("rejected", "corrected"):
            decided[(text, label, "rejected")] += 1
    for text, label in _places_left(project, gold, labels, held):
        decided[(text, label, "rejected")] += 1
    decisions = {
        (text, label): (decided[(text, label, "accepted")], decided[(text, label, "rejected")])
        for text, label, _ in decided
    }
    return term_evidence(((texts[d], spans[d]) for d in gold), labels, decisions)


# The edits after which a span's ``before`` is a place its layer no longer
# holds as it was: said wrong there; and the undo of an accept, which takes
# the span away with its decision, saying nothing of it.
LEAVING_ACTIONS = ("span.removed", "span.relabelled", "span.resized")
UNDONE = "suggestion.undone"


def _places_left(
    project: Project,
    gold: Mapping[str, str],
    labels: Sequence[str],
    held: Collection[tuple[str, str, int, int, str]],
) -> list[tuple[str, str]]:
    """(text, label) of each place of an unfinished document where a
    curator's layer held a span of ``labels`` and holds it no more (not
    ``held``), once per place, from the history: taken away last by a Del,
    a relabel or a move, not by the undo of its accept (Ctrl+Z on a relabel
    and then on the accept leaves nothing said)."""
    marks = ",".join("?" * (len(LEAVING_ACTIONS) + 1))
    # the events of the unfinished documents only, found by the events' index
    # of documents: a long-used project's history is mostly finished ones
    rows = project.conn.execute(
        "SELECT action, doc_id, json_extract(before, p || '.annotator'),"
        " json_extract(before, p || '.start'), json_extract(before, p || '.end'),"
        " json_extract(before, p || '.label'), json_extract(before, p || '.text')"
        " FROM (SELECT id, action, doc_id, before,"
        f"  CASE action WHEN '{UNDONE}' THEN '$.span' ELSE '$' END AS p"
        "  FROM events WHERE doc_id IN (SELECT id FROM documents"
        "   WHERE id NOT IN (SELECT value FROM json_each(?)))"
        f"  AND action IN ({marks}) AND json_valid(before))"
        " ORDER BY id",
        (json.dumps(list(gold)), *LEAVING_ACTIONS, UNDONE),
    )
    last: dict[tuple[str, str, int, int, str], tuple[str, str]] = {}
    for action, doc_id, annotator, start, end, label, text in rows:
        if label not in labels or not isinstance(text, str):
            continue
        last[(doc_id, annotator, start, end, label)] = (action, text)
    return [
        (text, place[4])
        for place, (action, text) in last.items()
        if action != UNDONE and place not in held
    ]


def gold_texts(project: Project, gold: Mapping[str, str]) -> dict[str, str]:
    rows = project.conn.execute("SELECT id, text FROM documents")
    return {doc_id: text for doc_id, text in rows if doc_id in gold}


# Prior strength of the scorer's own probability, in decisions: a source's
# record moves its suggestions only as the curators' decisions accumulate.
SOURCE_PRIOR = 10.0

# A project's record with a source is kept per document, because the
# suggestions of one document are not independent decisions: one curator
# judged them in one sitting, and one who finishes a document without reading
# its suggestions (Ctrl+D twice, ``import --status done``) leaves them all
# "rejected" at once. So a document counts in a source's record as far as
# its counts are what the rest of the record leads one to expect: each is
# weighed by how likely its counts are as a document of the source's rate
# (a beta-binomial around what the prior and the other documents say, its
# rate varying from one document to another as a Beta of
# DOCUMENT_CONCENTRATION would) against a document that says nothing of the
# source (any counts alike), which CARELESS_SHARE of documents are taken to
# be. One careless document then counts little; the same rate in document
# after document counts in full, each document expected by the others. Both
# figures were chosen on a simulation of curators working through
# news-train's odd half with a model of its even half (actions per gold
# span): a long statistics article, a firm-rich one or a short one finished
# after 9 accepts as the second document, two careless ones, and projects
# that do not annotate METRIC, POLICY or COMPANY. A larger share absorbs a
# careless document better where its sources were shown at 0.8 rather than
# 0.99, a smaller one turns a rejected source down sooner: 0.03 with 50
# absorbed the firm-rich document as well as any (1.058 against 1.049 with
# care; 1.068 at 0.01 with 20) and turned the labels down within 0.014 of
# the fastest (0.01 with 20).
DOCUMENT_CONCENTRATION = 50.0
CARELESS_SHARE = 0.03


@dataclass(frozen=True)
class SourceEvidence:
    """How the curators received one source's suggestions of one label from
    one model version: accepted (or found right in a finished document),
    rejected (or left out of it), and the mean probability the scorer gave
    them (before a project's record moved it); ``documents``, the (accepted,
    rejected) of each document, where the record was kept per document (the
    project's own decisions). Counts not in ``documents`` (a record a
    training measured on the project's gold) count in full."""

    accepted: int
    rejected: int
    shown: float
    documents: tuple[tuple[int, int], ...] = ()

    @cached_property
    def counted(self) -> tuple[float, float]:
        """(accepted, rejected) as they count: each document's weighed by
        ``document_weights``."""
        if not self.documents:
            return float(self.accepted), float(self.rejected)
        accepted, rejected = float(self.accepted), float(self.rejected)
        for (a, r), weight in zip(self.documents, document_weights(self), strict=True):
            accepted -= a * (1.0 - weight)
            rejected -= r * (1.0 - weight)
        return accepted, rejected

    @cached_property
    def shift(self) -> float:
        """The log-odds by which the record moves a suggestion of this source:
        from the scorer's probability to the rate of right ones the counted
        record gives, with the scorer's probability worth SOURCE_PRIOR
        decisions."""
        accepted, rejected = self.counted
        n = accepted + rejected
        if n <= 0:
            return 0.0
        observed = (accepted + SOURCE_PRIOR * self.shown) / (n + SOURCE_PRIOR)
        return log_odds(observed) - log_odds(self.shown)


def document_weights(ev: SourceEvidence) -> list[float]:
    """How far each of ``ev.documents`` counts, from 0 to 1: the probability
    that it is a document of the source's rate rather than one that says
    nothing of it, given the scorer's probability and the other documents
    (see DOCUMENT_CONCENTRATION)."""
    shown = min(max(ev.shown, 1e-4), 1.0 - 1e-4)
    prior_a, prior_r = SOURCE_PRIOR * shown, SOURCE_PRIOR * (1.0 - shown)
    total_a, total_r = prior_a + ev.accepted, prior_r + ev.rejected
    odds = math.log(CARELESS_SHARE) - math.log1p(-CARELESS_SHARE)
    cache: dict[tuple[int, int], float] = {}
    out = []
    for a, r in ev.documents:
        if (a, r) not in cache:
            # what the prior and the other documents expect of this one
            rest_a, rest_r = total_a - a, total_r - r
            rest = rest_a + rest_r
            spread = rest * DOCUMENT_CONCENTRATION / (rest + DOCUMENT_CONCENTRATION)
            expected = _log_beta_binomial(a, r, spread * rest_a / rest, spread * rest_r / rest)
            nothing = -math.log(a + r + 1)
            cache[(a, r)] = 1.0 / (1.0 + math.exp(min(50.0, odds + nothing - expected)))
        out.append(cache[(a, r)])
    return out


def _log_beta_binomial(k: int, m: int, alpha: float, beta: float) -> float:
    """log P(k right of k + m) when the rate is Beta(alpha, beta)."""
    n = k + m
    return (
        math.lgamma(n + 1)
        - math.lgamma(k + 1)
        - math.lgamma(m + 1)
        + math.lgamma(k + alpha)
        + math.lgamma(m + beta)
        - math.lgamma(n + alpha + beta)
        + math.lgamma(alpha + beta)
        - math.lgamma(alpha)
        - math.lgamma(beta)
    )


# Where ``suggest_project`` notes, per digest of a project suggester's
# version (``with_project_evidence``), the shifts its record applied.
APPLIED_SHIFTS = "source_shifts:"


def project_source_evidence(
    project: Project, version: str
) -> dict[tuple[str, str], SourceEvidence]:
    """Per (candidate source, label), the record of ``version``'s suggestions
    (whatever project evidence they were made with), document by document:
    a rejected one is wrong; an accepted one is right while the layer of the
    curator who accepted it holds its very span and label: accepted as
    another label (a label key on it), relabelled, moved (Alt+arrows) or
    removed (Del) since, it was wrong as shown, unless the curator drew it
    there again. Pending ones in finished documents count by whether the
    gold holds them: the span a curator gave another label is right for
    that label only where a source proposed it so (a suggestion of its own).
    Each was shown with the probability the scorer gave it, moved by the
    record as it stood then (``APPLIED_SHIFTS``): the record compares the
    curators' decisions with the scorer's own probability, which that move
    is taken back from, or else a source whose moved-down suggestions go on
    being rejected would come to look as right as they were shown."""
    applied = applied_shifts(project)
    gold = dict(project.gold_layers())
    gold_spans: set[tuple[str, int, int, str]] = set()
    layers: set[tuple[str, str, int, int, str]] = set()
    for doc_id, annotator, start, end, label in project.conn.execute(
        "SELECT doc_id, annotator, start_pos, end_pos, label FROM annotations"
    ):
        if gold.get(doc_id) == annotator:
            gold_spans.add((doc_id, start, end, label))
        layers.add((doc_id, annotator, start, end, label))
    tally: dict[tuple[str, str], dict[str, list[float]]] = {}
    # a suggestion's latest decision is the one written last (its row's
    # rowid: a new decision, or one replaced, gets one past every row), not
    # the latest stored time, which a clock set back makes an older one's
    rows = project.conn.execute(
        "SELECT s.doc_id, s.start_pos, s.end_pos, s.label, s.score, s.attrs, s.version,"
        " d.decision, d.annotator"
        " FROM suggestions s LEFT JOIN decisions d ON d.rowid ="
        "  (SELECT d2.rowid FROM decisions d2 WHERE d2.suggestion_id = s.id"
        "   ORDER BY d2.rowid DESC LIMIT 1)"
        " WHERE s.stale = 0"
        " AND (s.version = ?1 OR substr(s.version, 1, length(?1) + 9) = ?1 || '+project-')",
        (version,),
    )
    for doc_id, start, end, label, score, attrs, made_by, decision, who in rows:
        if decision is None:
            if doc_id not in gold:
                continue
            right = (doc_id, start, end, label) in gold_spans
        elif decision == "rejected":
            right = False
        else:  # accepted or corrected: right while the curator's layer holds it as shown
            right = (doc_id, who, start, end, label) in layers
        sources = _sources(attrs)
        moved = applied.get(made_by.partition("+project-")[2])
        if moved:
            score = 1.0 / (
                1.0 + math.exp(-(log_odds(score) - combined_shift(moved, sources, label)))
            )
        for source in sources:
            t = tally.setdefault((source, label), {}).setdefault(doc_id, [0, 0, 0.0])
            t[0 if right else 1] += 1
            t[2] += score
    return {key: _per_document(docs.values()) for key, docs in tally.items()}


def note_applied_shifts(
    project: Project, version: str, evidence: Mapping[tuple[str, str], SourceEvidence]
) -> None:
    """Note the shifts that the project suggester ``version`` applies, before
    suggestions it makes are stored (see ``project_source_evidence``); those
    of digests no stored suggestion has any more are forgotten."""
    note_shifts(project, version, source_shifts(evidence))


def note_shifts(project: Project, version: str, shifts: Mapping[str, Sequence[float]]) -> None:
    """Note ``shifts`` (``source_shifts``' JSON) as those the project
    suggester ``version`` applied: ``note_applied_shifts``, or the shifts a
    corpus run's manifest says its suggestions were made with, noted where
    they are imported (``import --as suggestions``). A suggestion whose
    version has no note (none was applied) is read as the scorer gave it."""
    digest = version.partition("+project-")[2]
    if not digest or not shifts or project.meta(APPLIED_SHIFTS + digest) is not None:
        return
    value = json.dumps(dict(shifts), sort_keys=True)
    with project.transaction():
        used = {
            v.partition("+project-")[2]
            for (v,) in project.conn.execute("SELECT DISTINCT version FROM suggestions")
        }
        stale = [
            (key,)
            for (key,) in project.conn.execute(
                "SELECT key FROM meta WHERE substr(key, 1, ?) = ?",
                (len(APPLIED_SHIFTS), APPLIED_SHIFTS),
            )
            if key[len(APPLIED_SHIFTS) :] not in used
        ]
        project.conn.executemany("DELETE FROM meta WHERE key = ?", stale)
        project.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (APPLIED_SHIFTS + digest, value),
        )


def applied_shifts(project: Project) -> dict[str, dict[tuple[str, str], tuple[float, float]]]:
    """Per digest of a project suggester's version, the shifts it applied."""
    out = {}
    rows = project.conn.execute(
        "SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?",
        (len(APPLIED_SHIFTS), APPLIED_SHIFTS),
    )
    for key, value in rows:
        try:
            out[key[len(APPLIED_SHIFTS) :]] = shifts_from_json(json.loads(value))
        except (ValueError, AttributeError):
            continue
    return out


def _per_document(docs: Iterable[Sequence[float]]) -> SourceEvidence:
    """A record from each document's [accepted, rejected, sum of scores]."""
    docs = list(docs)
    accepted = sum(int(a) for a, _r, _s in docs)
    rejected = sum(int(r) for _a, r, _s in docs)
    shown = sum(s for _a, _r, s in docs) / max(1, accepted + rejected)
    return SourceEvidence(
        accepted, rejected, shown, tuple(sorted((int(a), int(r)) for a, r, _s in docs))
    )


def _sources(attrs: str) -> list[str]:
    try:
        found = json.loads(attrs or "{}").get("sources")
    except (ValueError, AttributeError):
        return []
    return [str(s) for s in found] if isinstance(found, list) else []


Shifts = Mapping[tuple[str, str], tuple[float, float]]


def source_shifts(evidence: Mapping[tuple[str, str], SourceEvidence]) -> dict[str, list[float]]:
    """What ``source_adjust`` moves by, as JSON: per "source|label", the
    shift and the weight (decisions that count) it has among a candidate's
    sources."""
    return {
        f"{source}|{label}": [round(ev.shift, 6), round(sum(ev.counted), 6)]
        for (source, label), ev in sorted(evidence.items())
    }


def shifts_from_json(data: Mapping[str, Any]) -> dict[tuple[str, str], tuple[float, float]]:
    out = {}
    for key, value in data.items():
        source, _bar, label = str(key).partition("|")
        try:
            shift, weight = value
            out[(source, label)] = (float(shift), float(weight))
        except (TypeError, ValueError):
            continue
    return out


def combined_shift(shifts: Shifts, sources: Iterable[str], label: str) -> float:
    """The log-odds by which a candidate of ``label`` proposed by ``sources``
    is moved: its sources' shifts, weighted by the decisions that count in each."""
    total = weight = 0.0
    for source in sources:
        found = shifts.get((source, label))
        if found is not None:
            total += found[1] * found[0]
            weight += found[1]
    return total / weight if weight else 0.0


class SourceAdjust:
    """A pipeline ``adjust``: a candidate's probability moved by the mean
    record of its sources (weighted by how many decisions count in each).
    ``applied`` is what it moves by, as ``source_shifts`` gives it: what a
    project notes of the suggestions it stores, and a corpus run's manifest
    of those it writes. A plain object, so that the suggester it is part of
    pickles (a corpus run sends it to its workers)."""

    def __init__(self, evidence: Mapping[tuple[str, str], SourceEvidence]):
        self.shifts = {key: (ev.shift, sum(ev.counted)) for key, ev in evidence.items()}
        self.applied = source_shifts(evidence)

    def __call__(self, cand, p: float) -> float:
        moved = combined_shift(self.shifts, cand.sources, cand.label)
        if not moved:
            return p
        return 1.0 / (1.0 + math.exp(-(log_odds(p) + moved)))


def source_adjust(evidence: Mapping[tuple[str, str], SourceEvidence]) -> SourceAdjust | None:
    """The ``adjust`` of a project's record (``SourceAdjust``); None without one."""
    if not evidence:
        return None
    return SourceAdjust(evidence)


def applied_by(suggester: Any) -> dict[str, list[float]]:
    """The shifts a suggester's probabilities are moved by (``SourceAdjust.applied``):
    none for one that a project's record does not move."""
    adjust = getattr(suggester, "adjust", None)
    return dict(adjust.applied) if isinstance(adjust, SourceAdjust) else {}


# A source is said to be scored down (``weighed_down``) when its record kept
# one of its suggestions back, or moves their mean probability down by this
# much.
SAID_DOWN = 0.1

# The candidate sources by the names the command line gives them (the
# window has its own, translated: desktop/gui/describe.py).
SOURCE_TITLES = {
    "metric": "quantity rules",
    "company": "company rules",
    "policy": "policy rules",
    "lexicon": "project lexicon",
    "shape": "shape of the text",
    "clue": "bundled CRF",
    "project": "project CRF",
}


def weighed_down(
    evidence: Mapping[tuple[str, str], SourceEvidence], held: Mapping[tuple[str, str], int]
) -> list[dict[str, Any]]:
    """The sources a project's record scores down, the most first, so that a
    curator can be told why suggestions vanished: per source and label, its
    record (accepted, rejected, in how many documents), the mean probability
    the scorer gave its suggestions and what the record makes of it, and how
    many suggestions (``held``, per source and label) it kept below the
    threshold."""
    out = []
    for (source, label), ev in evidence.items():
        kept = int(held.get((source, label), 0))
        moved = 1.0 / (1.0 + math.exp(-(log_odds(ev.shown) + ev.shift)))
        if ev.shift >= 0 or (not kept and ev.shown - moved < SAID_DOWN):
            continue
        out.append(
            {
                "source": source,
                "label": label,
                "accepted": ev.accepted,
                "rejected": ev.rejected,
                "documents": len(ev.documents),
                "shift": round(ev.shift, 4),
                "shown": round(ev.shown, 4),
                "moved": round(moved, 4),
                "held": kept,
            }
        )
    return sorted(out, key=lambda d: (d["shift"], d["source"], d["label"]))


def weighed_down_line(item: Mapping[str, Any]) -> str:
    """One source of ``weighed_down`` in a line of the command line's report."""
    documents = item["documents"]
    where = f" ({documents} document{'s' if documents != 1 else ''})" if documents else ""
    held = item["held"]
    return (
        f"{SOURCE_TITLES.get(item['source'], item['source'])} {item['label']}:"
        f" {item['accepted']} accepted, {item['rejected']} rejected in this project{where}"
        f" → scored down ({item['shown']:.3f} → {item['moved']:.3f});"
        f" {held} suggestion{'s' if held != 1 else ''} held below the threshold"
    )


# -- the record a training measures --------------------------------------------------


def candidate_record(
    documents: Iterable[tuple[Sequence[tuple[float, Candidate]], Collection[SpanKey]]],
) -> dict[tuple[str, str], SourceEvidence]:
    """Per (candidate source, label), over documents given as their scored
    candidates and their gold: how many candidates were gold spans, how many
    not, and their mean probability. Where a source's candidates are right
    more (or less) often in a project than the scorer said, ``source_adjust``
    moves them by the difference."""
    tally: dict[tuple[str, str], list[float]] = {}
    for candidates, gold in documents:
        for p, cand in candidates:
            right = cand.key in gold
            for source in cand.sources:
                t = tally.setdefault((source, cand.label), [0, 0, 0.0])
                t[0 if right else 1] += 1
                t[2] += p
    return {key: SourceEvidence(int(a), int(r), s / (a + r)) for key, (a, r, s) in tally.items()}


def record_as_json(record: Mapping[tuple[str, str], SourceEvidence]) -> dict[str, list[float]]:
    return {
        f"{source}|{label}": [ev.accepted, ev.rejected, round(ev.shown, 5)]
        for (source, label), ev in sorted(record.items())
    }


def record_from_json(data: Mapping[str, Any]) -> dict[tuple[str, str], SourceEvidence]:
    out = {}
    for key, value in data.items():
        source, _bar, label = str(key).partition("|")
        try:
            accepted, rejected, mean = value
            out[(source, label)] = SourceEvidence(int(accepted), int(rejected), float(mean))
        except (TypeError, ValueError):
            continue
    return out


def trained_source_evidence(
    project: Project, version: str
) -> dict[tuple[str, str], SourceEvidence]:
    """The record of the bundled model ``version``'s candidates on the
    project's gold, as the project's latest training measured it, when its
    cross-validation found that weighing the sources by it costs the curator
    less (``evaluate_cv.source_record``); else nothing."""
    row = project.conn.execute(
        "SELECT evaluation FROM learned_models ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return {}
    try:
        cv = json.loads(row[0] or "{}").get("cv") or {}
        measured = cv.get("base_sources") or {}
    except (ValueError, AttributeError):
        return {}
    if cv.get("base") != version or not measured.get("cheaper"):
        return {}
    return record_from_json(measured.get("record") or {})


def merged(
    *records: Mapping[tuple[str, str], SourceEvidence],
) -> dict[tuple[str, str], SourceEvidence]:
    """Records of the same sources added up."""
    out: dict[tuple[str, str], SourceEvidence] = {}
    for record in records:
        for key, ev in record.items():
            old = out.get(key)
            if old is None:
                out[key] = ev
                continue
            n_old, n_new = old.accepted + old.rejected, ev.accepted + ev.rejected
            out[key] = SourceEvidence(
                old.accepted + ev.accepted,
                old.rejected + ev.rejected,
                (old.shown * n_old + ev.shown * n_new) / max(1, n_old + n_new),
                tuple(sorted(old.documents + ev.documents)),
            )
    return out
