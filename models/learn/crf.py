"""A character-level CRF (python-crfsuite) with BIO tags per label.

``train_crf`` turns gold documents into a ``CrfModel`` (the crfsuite model
file's bytes plus what the features need: the labels and the gold terms);
``CrfTagger`` tags a text's ``Analysis`` and answers, for any span, how
sure the model is that it is one name of a label (``CrfTagging``);
``CrfSuggester`` is the model alone as a suggester.

The gold-term feature is built from the training spans. While training,
each document sees the terms of the *other* documents only (k-fold
"jackknifing"): otherwise every gold name would be in the list while
training and the model would learn to trust it blindly, then miss the new
names it is meant to find."""

from __future__ import annotations

import os
import struct
import tempfile
import threading
import time
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import pycrfsuite

from models.domain import Suggestion
from models.errors import InvalidInput, Message
from models.learn import steps
from models.learn.crf_file import model_problem
from models.learn.crf_native import NativeTagger
from models.learn.data import TrainingDoc, gold_terms, label_set
from models.learn.features import (
    FEATURE_SET,
    BaseColumns,
    ModelAttributes,
    gold_lexicon,
    sentence_bounds,
    sentence_features,
    sentence_items,
    sentences_items,
)
from models.progress import Cancelled, NoProgress, Progress
from models.suggest.lexicon import Lexicon
from models.suggest.segment import Analysis, analyse, compact

OUTSIDE = "O"
# the sentences a model reads one after another are built in stretches of
# about this many characters (``CrfTagger._next_sentence``)
BLOCK_CHARS = 2000
SENTENCE_INDEX = "crf.sentences"  # an Analysis.memo key: the text's sentences, indexed
# crfsuite's tagger holds one sentence at a time, and callers ask it about
# that sentence across several calls: one lock for all tagging in the process.
TAGGING = threading.RLock()


@dataclass(frozen=True)
class CrfParams:
    """crfsuite's L-BFGS settings and the gold terms' jackknife folds.

    Measured on a large project (CLUENER train's companies, four fifths
    learned, one tagged: tests/benchmarks/bench_learn_crf_folds.py), the
    CRF alone scores exact F1 0.735 with these settings, and every change
    tried stayed within noise of it or fell below: 50 or 150 iterations
    (0.729, 0.718: more overfits), c2 0.3 (0.730), c1 0.05 or 0.03 with c2
    0.1 (0.734, 0.735), c1 0.2 with min_freq 2 (0.714), 2 or 10 lexicon
    folds (0.735, 0.729); as features, the characters two away and their
    bigrams (0.720, twice the training time), the business words of
    ``company_industry`` (0.730), both with c1 0.2-0.3 (0.728). Its misses
    are mostly names with no cue around them (foreign brands, studios):
    what a name is, more than where it stands.

    On 3 December the same settings scored 0.728 on fold 0 and 0.669,
    0.761, 0.764 on folds 1-3 (``--fold N``). What kind of word each word
    is by jieba's dictionary (its part of speech, ``n`` for other
    dictionary words, unknown ones by length or script), with its position
    and the kinds of the words on either side, scored 0.735, 0.689, 0.779,
    0.761 (mean +0.011, fold 0 +0.007: short of the point asked on fold 0),
    and variants of it stayed within noise on fold 0: the kind alone
    0.732, plus the word two to the left 0.734, every part of speech of
    the dictionary (nr, i, l…) 0.730, conjoined with the neighbouring
    characters' kinds 0.737 (fold 1 0.686), the pairs of neighbouring kinds
    0.737 (fold 1 0.682), coarse kinds 0.735, runs of one-character words
    (jieba's unknown words) 0.728-0.732, with 120 iterations 0.738 (0.732
    without the kinds). Through the project path (the bundled model
    retrained with it) fold 0 of ``bench_learn_project_folds.py`` went
    from 0.753 to 0.757 (131 right of 158 shown to 131 of 156), ``biaozhu
    train`` on CLUENER train from 165 s to 184 s, and COMPANY on
    cluener-policy fell from 0.803 to 0.797, on zone-news-study from 0.684
    to 0.679.

    On 6 December, learning CLUENER's other types as tags of their own
    (``train_crf(auxiliary=...)``; ``bench_learn_crf_folds.py --aux``),
    proposed never, fold 0 scored 0.7279 → 0.7336 with one tag per family
    (P 0.782 → 0.741, R 0.681 → 0.726; training 30 s → 67 s) and 0.7328
    with each type its own tag (training 201 s): within noise for the CRF
    alone, but the bundled CRF trained so is shipped, for what it does
    through the scorer (``train_bundled``'s docstring has the figures). A
    project's CRF learns only the types its import maps.

    On 6 December the word kinds above were tried for a project's CRF
    alone, through CLUENER's user path (``bench_learn_cluener.py
    --no-dev``, in turns with the code before). Read by the one CRF they
    took dev's companies from 0.7658 (P 0.815 R 0.722) to 0.7463 (P 0.843
    R 0.669). Two CRFs, one without them and one with, the spans of both
    proposed and each judged by their marginals averaged, took it to
    0.7831 (P 0.837 R 0.735), but ``train`` to 1.80-2.08 times as long on
    an idle machine (93-107 s against 51-52 s), and CLUENER's policy
    sentences in the learning loop one action dearer (1.314 -> 1.319); 50
    iterations a CRF 0.7666 at 1.50 times. Not kept (EXPERIMENTS.md, "A
    project's CRF reading word kinds", has every figure)."""

    c1: float = 0.1
    c2: float = 0.05
    max_iterations: int = 80
    min_freq: float = 1.0
    lexicon_folds: int = 5

    def crfsuite(self) -> dict[str, Any]:
        return {
            "c1": self.c1,
            "c2": self.c2,
            "max_iterations": self.max_iterations,
            "feature.minfreq": self.min_freq,
            "feature.possible_transitions": True,
        }


@dataclass
class CrfModel:
    """A trained model: crfsuite's file and the feature recipe it was built on."""

    model_bytes: bytes
    labels: list[str]
    lexicon: dict[str, str]
    params: dict[str, Any] = field(default_factory=dict)
    feature_set: int = FEATURE_SET
    training: dict[str, Any] = field(default_factory=dict)
    # labels learned as tags of their own so that the model tells them from
    # the others, but never proposed or judged (``CrfTagger.labels``); a
    # tuple, whose default is the class's, so that a model pickled before
    # the field existed (a benchmark's cache) reads as having none
    auxiliary: tuple[str, ...] = ()

    def meta(self) -> dict[str, Any]:
        """Everything but the crfsuite bytes, JSON-ready."""
        meta = {
            "feature_set": self.feature_set,
            "labels": self.labels,
            "lexicon": self.lexicon,
            "params": self.params,
            "training": self.training,
        }
        if self.auxiliary:  # a model without any keeps the description it always had
            meta["auxiliary"] = list(self.auxiliary)
        return meta

    @classmethod
    def from_parts(cls, model_bytes: bytes, meta: dict[str, Any]) -> CrfModel:
        try:
            return cls(
                model_bytes=bytes(model_bytes),
                labels=list(meta["labels"]),
                lexicon=dict(meta.get("lexicon") or {}),
                params=dict(meta.get("params") or {}),
                feature_set=int(meta["feature_set"]),
                training=dict(meta.get("training") or {}),
                auxiliary=tuple(meta.get("auxiliary") or ()),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(
                "the stored model's description is incomplete ({exc})", exc=exc
            ) from None


# -- training -----------------------------------------------------------------------


def bio_tags(length: int, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    tags = [OUTSIDE] * length
    for start, end, label in spans:
        tags[start] = "B-" + label
        for i in range(start + 1, end):
            tags[i] = "I-" + label
    return tags


def compact_spans(a: Analysis, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans in original offsets to spans of the compact text (white space
    inside a span is dropped with the text's; a span of white space only goes)."""
    index = a.compact.index
    out = []
    for start, end, label in spans:
        s = bisect_left(index, start)
        e = bisect_left(index, end)
        if s < e:
            out.append((s, e, label))
    return out


def doc_sequences(
    doc: TrainingDoc, lexicon: Lexicon | None
) -> list[tuple[list[list[str]], list[str]]]:
    """(features, tags) of each sentence of a gold document."""
    a = Analysis(compact(doc.text))
    spans = compact_spans(a, [(s.start, s.end, s.label) for s in doc.spans])
    out = []
    for start, end in sentence_bounds(a.text):
        inside = [
            (max(s, start) - start, min(e, end) - start, lab)
            for s, e, lab in spans
            if s < end and e > start
        ]
        out.append((sentence_features(a, start, end, lexicon), bio_tags(end - start, inside)))
    return out


class _Trainer(pycrfsuite.Trainer):
    """Reports each L-BFGS iteration to a Progress and stops when cancelled."""

    def __init__(self, progress: Progress):
        super().__init__(verbose=True)  # verbose routes crfsuite's log to the hooks below
        self._progress = progress
        self.iterations = 0
        self.loss: float | None = None

    def on_start(self, log):
        pass

    def on_featgen_progress(self, log, percent):
        pass

    def on_featgen_end(self, log):
        pass

    def on_prepared(self, log):
        pass

    def on_prepare_error(self, log):
        pass

    def on_optimization_end(self, log):
        pass

    def on_end(self, log):
        pass

    def on_iteration(self, log, info):
        self.iterations = int(info.get("num", self.iterations + 1))
        self.loss = info.get("loss")
        self._progress.advance(1)
        if self._progress.cancelled():
            raise Cancelled()


def lexicon_groups(docs: Sequence[TrainingDoc], folds: int) -> list[Lexicon | None]:
    """For each document, a lexicon of the gold terms of the other folds.
    A text given more than once (to weigh it more) stays in the fold of its
    first copy: a copy in another fold would put its own names in its list."""
    folds = max(1, min(folds, len(docs)))
    if folds == 1:
        return [None] * len(docs)
    first: dict[str, int] = {}
    fold_of = [first.setdefault(d.text, i) % folds for i, d in enumerate(docs)]
    per_fold = [
        gold_terms([d for d, f in zip(docs, fold_of, strict=True) if f == g]) for g in range(folds)
    ]
    lexicons = []
    for g in range(folds):
        terms: dict[str, str] = {}
        for h in range(folds):
            if h != g:
                for term, label in per_fold[h].items():
                    terms.setdefault(term, label)
        lexicons.append(gold_lexicon(terms))
    return [lexicons[f] for f in fold_of]


def train_crf(
    docs: Sequence[TrainingDoc],
    params: CrfParams | None = None,
    *,
    progress: Progress | None = None,
    what: Message | str | None = None,
    auxiliary: Collection[str] = (),
) -> CrfModel:
    """Train on gold documents. Raises InvalidInput when there is nothing to
    learn. ``auxiliary``: labels of the gold learned as tags of their own but
    never proposed nor judged by the model's tagger (another kind of name
    the target labels are to be told from, not plain text)."""
    params = params or CrfParams()
    progress = progress or NoProgress()
    what = what or steps.training()
    labels = label_set(docs)
    if not [label for label in labels if label not in auxiliary]:
        raise InvalidInput("the gold has no spans: nothing to learn from")
    began = time.perf_counter()
    trainer = _Trainer(progress)
    lexicons = lexicon_groups(docs, params.lexicon_folds)
    n_sentences = characters = 0
    progress.start(len(docs), steps.step(what, "features"))
    try:
        for doc, lexicon in zip(docs, lexicons, strict=True):
            for xseq, yseq in doc_sequences(doc, lexicon):
                trainer.append(xseq, yseq)
                n_sentences += 1
                characters += len(yseq)
            progress.advance(1)
            if progress.cancelled():
                raise Cancelled()
    finally:
        progress.finish()
    trainer.set_params(params.crfsuite())
    featured = time.perf_counter()
    fd, path = tempfile.mkstemp(suffix=".crfsuite", prefix="biaozhu-")
    os.close(fd)
    progress.start(params.max_iterations, steps.step(what, "fitting"))
    try:
        trainer.train(path)
        with open(path, "rb") as fh:
            model_bytes = fh.read()
    finally:
        progress.finish()
        os.unlink(path)
    done = time.perf_counter()
    return CrfModel(
        model_bytes=model_bytes,
        labels=labels,
        lexicon=gold_terms(docs),
        params=asdict(params),
        training={
            "documents": len(docs),
            "sentences": n_sentences,
            "characters": characters,
            "spans": sum(len(d.spans) for d in docs),
            "iterations": trainer.iterations,
            "loss": trainer.loss,
            "feature_seconds": round(featured - began, 3),
            "fit_seconds": round(done - featured, 3),
        },
        auxiliary=tuple(label for label in labels if label in auxiliary),
    )


# -- tagging ------------------------------------------------------------------------


SpanKey = tuple[int, int, str]
# a label's B- and I- tags, and their marginals by character (None: not read yet)
MarginalColumns = tuple[str, str, list[float | None], list[float | None]]


class CrfTagging:
    """A text as the model tagged it: the best tag sequence's spans and, for
    every span asked about, how sure the model is of it (``probability``)."""

    def __init__(self, spans: list[SpanKey], probabilities: dict[SpanKey, tuple[float, float]]):
        self.spans = spans
        self.probabilities = probabilities

    def probability(self, start: int, end: int, label: str) -> tuple[float, float]:
        """(lowest, mean) of the span's tag probabilities (see ``span_probability``);
        (0, 0) for a span the tagging was not asked about or cannot hold."""
        return self.probabilities.get((start, end, label), (0.0, 0.0))


class CrfTagger:
    """Tags texts with a trained CrfModel: through crfsuite's C interface fed
    attribute ids (``NativeTagger``) where it can be opened so, else through
    python-crfsuite fed strings (``native=False``: always so), with the same
    tags and marginals either way."""

    def __init__(self, model: CrfModel, version: str = "", native: bool = True):
        if model.feature_set != FEATURE_SET:
            raise InvalidInput(
                "the model was trained on feature set {model_feature_set}; this Biaozhu computes feature set {feature_set}",
                model_feature_set=model.feature_set,
                feature_set=FEATURE_SET,
            )
        self.model = model
        self.version = version
        # the labels it proposes and judges: an auxiliary label's spans only
        # keep a target label's from being drawn where another kind of name is
        self.labels = [label for label in model.labels if label not in model.auxiliary]
        self._proposed = frozenset(self.labels)
        self._auxiliary = bool(model.auxiliary)
        self.lexicon = gold_lexicon(model.lexicon)
        # crfsuite follows every offset of a model file as written: one that
        # leads outside it (a blob damaged, or edited in the project file)
        # would kill the process, so the file is walked here first
        problem = model_problem(model.model_bytes)
        if problem is not None:
            raise InvalidInput("the stored model cannot be read by crfsuite ({exc})", exc=problem)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open_inmemory(model.model_bytes)
            self._tags = set(self._tagger.labels())
            # each tag found again by its name, as tagging asks for it
            self._tagger.set([{}])
            for tag in self._tags:
                self._tagger.marginal(tag, 0)
        except (ValueError, OSError, UnicodeDecodeError, RuntimeError) as exc:
            raise InvalidInput(
                "the stored model cannot be read by crfsuite ({exc})", exc=exc
            ) from None
        # the tags a span of each label needs, by label, for those the model can begin
        self._label_tags = {
            t[2:]: (t, "I-" + t[2:])
            for t in self._tags
            if t.startswith("B-") and t[2:] in self._proposed
        }
        ids = model_attribute_ids(model.model_bytes)
        # crfsuite fed ids through its C interface where it can be (it
        # checks itself against python-crfsuite first), else strings
        self._native = (
            NativeTagger.open(model.model_bytes, ids, self._tagger)
            if native and ids is not None
            else None
        )
        if ids is None:
            self._attributes = None
        else:
            self._attributes = ModelAttributes(ids.keys(), ids if self._native else None)
        self._outside = -1 if self._native is None else self._native.ids.get(OUTSIDE, -1)
        self._sentence = (0, 0)
        # by label: its B- and I- tags and their marginals read so far, by character
        self._marginals: dict[str, MarginalColumns] = {}
        # the stretches built ahead (``_next_items``) and the text they are of
        self._block_of: Analysis | None = None
        self._block: dict[tuple[int, int], list[tuple[bytes, ...]]] = {}
        # the stretches a judging model was told it will read (``expect``),
        # indexed, and the text they are of
        self._plan_of: Analysis | None = None
        self._plan: tuple[list[tuple[int, int]], dict[tuple[int, int], int]] = ([], {})

    def __reduce__(self):
        # A crfsuite tagger cannot be pickled: the model travels as its bytes
        # and is opened again where it lands (a Dask worker).
        return (CrfTagger, (self.model, self.version))

    def tag(self, a: Analysis, queries: Sequence[SpanKey] = ()) -> CrfTagging:
        """Tag every sentence of the text; score the best spans and ``queries``
        (compact offsets) by their marginal probabilities."""
        bounds = sentence_bounds(a.text)
        starts = [s for s, _e in bounds]
        asked: list[list[SpanKey]] = [[] for _ in bounds]
        for q in queries:
            k = bisect_left(starts, q[0] + 1) - 1
            if k >= 0 and q[1] <= bounds[k][1]:
                asked[k].append(q)
        spans: list[SpanKey] = []
        probabilities: dict[SpanKey, tuple[float, float]] = {}
        with TAGGING:
            for (start, end), questions in zip(bounds, asked, strict=True):
                best = self.open_sentence(a, start, end)
                for key in (*best, *questions):
                    if key not in probabilities:
                        probabilities[key] = self.probability(*key)
                spans.extend(best)
        return CrfTagging(spans, probabilities)

    def open_sentence(
        self, a: Analysis, start: int, end: int, base: BaseColumns | None = None
    ) -> list[SpanKey]:
        """Tag one sentence of the compact text and keep its lattice for
        ``probability``; returns the best spans. ``base``: the sentence's
        ``base_columns``, when the caller shares them between models (read
        only when the model's attributes could not be listed); a caller that
        gives it reads the stretches it named in ``expect``, if any. Callers
        hold ``TAGGING`` for the whole exchange."""
        native = self._native
        if native is not None:
            items = self._next_items(a, start, end, base is None)
            if native.sums:
                native.set_scores(items)  # the state scores, summed with its block's
            else:
                native.set(items)
            self._sentence = (start, end)
            self._marginals = {}
            path = native.viterbi()
            if (path == self._outside).all():
                return []  # most sentences hold no name: not walked tag by tag
            labels = native.labels
            tags = [labels[k] for k in path.tolist()]
        else:
            if self._attributes is None:
                items = sentence_features(a, start, end, self.lexicon, base)
            else:
                items = self._next_items(a, start, end, base is None)
            self._tagger.set(items)
            self._sentence = (start, end)
            self._marginals = {}
            tags = self._tagger.tag()
            if tags.count(OUTSIDE) == len(tags):
                return []  # most sentences hold no name: not walked tag by tag
        spans = decode(tags)
        if self._auxiliary:
            spans = [span for span in spans if span[2] in self._proposed]
        return [(start + s, start + e, lab) for s, e, lab in spans]

    def expect(self, a: Analysis, stretches: Sequence[tuple[int, int]]) -> None:
        """Name the stretches of ``a`` (in text order, none overlapping) that
        ``open_sentence`` will be asked to read with ``base`` given: a
        judging model's clauses, built together as a proposing model's
        sentences are (``_next_items``)."""
        self._plan_of = a
        self._plan = (list(stretches), {b: k for k, b in enumerate(stretches)})

    def _next_items(
        self, a: Analysis, start: int, end: int, sentences: bool
    ) -> list[tuple[bytes, ...]]:
        """The items of a stretch of ``a``: a sentence (``sentences``: by
        ``tag`` or a proposing model, which read the text sentence after
        sentence) or one of the stretches named in ``expect``. The next of
        those, up to BLOCK_CHARS, are built with it (``sentences_items``:
        once per run, not per stretch) and kept until asked for; any other
        stretch is built alone."""
        if self._block_of is a:
            items = self._block.pop((start, end), None)
            if items is not None:
                return items
        if sentences:
            plan = a.memo.get(SENTENCE_INDEX)
            if plan is None:
                bounds = sentence_bounds(a.text)
                plan = a.memo[SENTENCE_INDEX] = (bounds, {b: k for k, b in enumerate(bounds)})
        else:
            plan = self._plan if self._plan_of is a else None
        k = None if plan is None else plan[1].get((start, end))
        if k is None:
            return self._scored([sentence_items(a, start, end, self.lexicon, self._attributes)])[0]
        bounds = plan[0]
        run = [bounds[k]]
        chars = end - start
        for s, e in bounds[k + 1 :]:
            chars += e - s
            if chars > BLOCK_CHARS:
                break
            run.append((s, e))
        built = self._scored(sentences_items(a, run, self.lexicon, self._attributes))
        self._block_of, self._block = a, dict(zip(run, built, strict=True))
        return self._block.pop((start, end))

    def _scored(self, built: list) -> list:
        """The stretches as ``open_sentence`` gives them to the tagger: their
        state scores, summed for all of them at once, where the native
        tagger sums them (``NativeTagger.state_scores``); else as built."""
        native = self._native
        if native is None or not native.sums:
            return built
        return native.state_scores(built)

    def probability(self, start: int, end: int, label: str) -> tuple[float, float]:
        """(lowest, mean) over the span's characters of the probability of the
        tag the span needs there (B- first, I- after), the character after the
        span counting with its probability of *not* continuing it; (0, 0) for
        a span outside the open sentence or of a label the model lacks."""
        sent_start, sent_end = self._sentence
        if start < sent_start or end > sent_end:
            return 0.0, 0.0
        columns = self._marginals.get(label)
        if columns is None:
            columns = self._marginal_columns(label)
            if columns is None:
                return 0.0, 0.0  # a label the model lacks
        b, i, begin, inside = columns
        s, e = start - sent_start, end - sent_start
        # crfsuite is asked for each tag's marginal at a character once per
        # sentence: the candidates of a clause overlap, and share characters
        p = begin[s]
        if p is None:
            p = begin[s] = self._tagger.marginal(b, s)
        last = e + 1 if end < sent_end else e
        probs = [p, *inside[s + 1 : last]]
        if None in probs:
            marginal = self._tagger.marginal if i in self._tags else _never
            for k in range(s + 1, last):
                if inside[k] is None:
                    inside[k] = marginal(i, k)
            probs[1:] = inside[s + 1 : last]
        if end < sent_end:
            probs[-1] = 1.0 - probs[-1]  # the character after the span does not continue it
        return min(probs), sum(probs) / len(probs)

    def rules_out(self, start: int, end: int, label: str, floor: float) -> bool:
        """Whether the lowest of ``probability(start, end, label)`` is surely
        below ``floor``, read with as few marginals as it takes: those read
        already first, then the others one by one until one is below it.
        False when it is not, or cannot be told so (a span outside the open
        sentence, a label the model lacks, a first tag's probability that
        is not a number: ``min`` then gives what ``probability`` says)."""
        sent_start, sent_end = self._sentence
        if start < sent_start or end > sent_end:
            return False
        columns = self._marginals.get(label)
        if columns is None:
            columns = self._marginal_columns(label)
            if columns is None:
                return False
        b, i, begin, inside = columns
        s, e = start - sent_start, end - sent_start
        p = begin[s]
        if p is None:
            p = begin[s] = self._tagger.marginal(b, s)
        if p < floor:
            return True
        if p != p:  # NaN first: min() keeps it whatever follows
            return False
        # with a number first, min() is at most any number after it: one
        # below the floor settles it (the character after the span counts
        # with its probability of not continuing it, as in ``probability``)
        after = e if end < sent_end else -1
        last = e + 1 if end < sent_end else e
        for k in range(s + 1, last):
            q = inside[k]
            if q is not None and (1.0 - q if k == after else q) < floor:
                return True
        marginal = self._tagger.marginal if i in self._tags else _never
        for k in range(s + 1, last):
            if inside[k] is None:
                q = inside[k] = marginal(i, k)
                if (1.0 - q if k == after else q) < floor:
                    return True
        return False

    def _marginal_columns(self, label: str) -> MarginalColumns | None:
        """The open sentence's columns of marginals of ``label``'s tags, none
        read yet (None for a label the model cannot begin)."""
        tags = self._label_tags.get(label)
        if tags is None:
            return None
        sent_start, sent_end = self._sentence
        n = sent_end - sent_start
        native = self._native
        if native is not None:
            # both tags' marginals at every character at once (the same
            # numbers crfsuite gives one at a time)
            b, i = tags
            begin = native.marginals(native.ids[b])
            inside = native.marginals(native.ids[i]) if i in self._tags else [0.0] * n
            columns = self._marginals[label] = (b, i, begin, inside)
            return columns
        columns = self._marginals[label] = (*tags, [None] * n, [None] * n)
        return columns


def _never(_tag: str, _pos: int) -> float:
    """The marginal of a tag the model never learned (an I- of a label whose
    every name was one character long)."""
    return 0.0


class CrfSuggester:
    """The Suggester protocol over a trained CrfModel: its best spans, each
    scored by its lowest marginal probability."""

    name = "crf"

    def __init__(self, model: CrfModel, version: str = ""):
        self.tagger = CrfTagger(model, version)
        self.version = version
        self.labels = self.tagger.labels

    def __reduce__(self):
        # A crfsuite tagger and a lock cannot be pickled: the model travels as
        # its bytes and is opened again where it lands (a Dask worker).
        return (CrfSuggester, (self.tagger.model, self.version))

    def suggest(self, text: str) -> list[Suggestion]:
        a = analyse(text)
        tagging = self.tagger.tag(a)
        out = []
        for s, e, label in tagging.spans:
            if "\n" in a.text[s:e]:
                continue
            lowest, _mean = tagging.probability(s, e, label)
            start, end = a.to_original(s, e)
            out.append(
                Suggestion(
                    start, end, label, text[start:end], round(lowest, 4), self.name, self.version
                )
            )
        return out


def model_attributes(model_bytes: bytes) -> frozenset[str] | None:
    """Every attribute a crfsuite CRF model weighs, read from its file (see
    ``model_attribute_ids``); None when the bytes do not have its layout."""
    ids = model_attribute_ids(model_bytes)
    return None if ids is None else frozenset(ids)


def model_attribute_ids(model_bytes: bytes) -> dict[str, int] | None:
    """Every attribute a crfsuite CRF model weighs and its id (what
    crfsuite's attribute dictionary gives it), read from its file
    (crfsuite's ``crf1dm`` layout: a header of little-endian 32-bit fields,
    the attributes in a CQDB chunk whose backward array points, by id, at
    records of (id, size, string + NUL)); None when the bytes do not have
    that layout. crfsuite's text dump is not read instead: it writes an
    attribute holding a line break (``c+1=\\n``) over two lines."""
    try:
        magic, _size, kind, _version, _features, _labels, count = struct.unpack_from(
            "<4sI4sIIII", model_bytes, 0
        )
        (at,) = struct.unpack_from("<I", model_bytes, 36)  # the attributes' CQDB chunk
        chunk, _csize, _flag, _order, entries, backward = struct.unpack_from(
            "<4sIIIII", model_bytes, at
        )
        if (magic, kind, chunk) != (b"lCRF", b"FOMC", b"CQDB") or entries != count:
            return None
        found = {}
        for ident, (record,) in enumerate(
            struct.iter_unpack("<I", _cut(model_bytes, at + backward, 4 * count))
        ):
            stored, size = struct.unpack_from("<II", model_bytes, at + record)
            key = _cut(model_bytes, at + record + 8, size)
            if stored != ident or not key.endswith(b"\0"):
                return None
            found[key[:-1].decode()] = ident
        return found
    except (struct.error, UnicodeDecodeError):
        return None


def _cut(data: bytes, start: int, size: int) -> bytes:
    piece = data[start : start + size]
    if len(piece) != size:
        raise struct.error("the model file ends early")
    return piece


def decode(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIO tags to (start, end, label); an I- after another label opens a span."""
    spans = []
    current: list | None = None
    for i, tag in enumerate(tags):
        if tag == OUTSIDE:
            current = None
            continue
        kind, label = tag[0], tag[2:]
        if kind == "B" or current is None or current[2] != label:
            current = [i, i + 1, label]
            spans.append(current)
        else:
            current[1] = i + 1
    return [tuple(s) for s in spans]
