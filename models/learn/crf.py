"""A character-level CRF (python-crfsuite) with BIO tags per label.

``train_crf`` turns gold documents into a ``CrfModel`` (the crfsuite model
file's bytes plus what the features need: the labels and the gazetteer);
``CrfSuggester`` tags texts with it and scores each span by the tagger's
marginal probabilities.

The gazetteer is built from the training spans. While training, each
document sees a gazetteer built from the *other* documents only (k-fold
"jackknifing"): otherwise every gold name would be in the gazetteer while
training and the model would learn to trust it blindly, then miss the new
names it is meant to find."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import pycrfsuite

from models.domain import Suggestion
from models.errors import InvalidInput
from models.learn.data import TrainingDoc, gold_terms, label_set
from models.learn.features import FEATURE_SET, Gazetteer, sentence_features, sentences
from models.progress import Cancelled, NoProgress, Progress

OUTSIDE = "O"


@dataclass(frozen=True)
class CrfParams:
    """crfsuite's L-BFGS settings and the gazetteer's jackknife folds."""

    c1: float = 0.05
    c2: float = 0.1
    max_iterations: int = 100
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

    def meta(self) -> dict[str, Any]:
        """Everything but the crfsuite bytes, JSON-ready."""
        return {
            "feature_set": self.feature_set,
            "labels": self.labels,
            "lexicon": self.lexicon,
            "params": self.params,
            "training": self.training,
        }

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
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(f"the stored model's description is incomplete ({exc})") from None


# -- training -----------------------------------------------------------------------


def bio_tags(length: int, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    tags = [OUTSIDE] * length
    for start, end, label in spans:
        tags[start] = "B-" + label
        for i in range(start + 1, end):
            tags[i] = "I-" + label
    return tags


def doc_sentences(doc: TrainingDoc) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The document cut into sentences (never inside a span), with the spans
    of each sentence in sentence offsets."""
    spans = sorted((s.start, s.end, s.label) for s in doc.spans)
    out = []
    for sentence in sentences(doc.text, [(s, e) for s, e, _ in spans]):
        first, last = sentence.offsets[0], sentence.offsets[-1]
        where = {orig: i for i, orig in enumerate(sentence.offsets)}
        inside = []
        for s, e, label in spans:
            if s > last or e <= first:
                continue
            kept = [where[o] for o in range(s, e) if o in where]
            if kept:
                inside.append((kept[0], kept[-1] + 1, label))
        out.append((sentence.text, inside))
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

    def on_iteration(self, log, info):
        self.iterations = int(info.get("num", self.iterations + 1))
        self.loss = info.get("loss")
        self._progress.advance(1)
        if self._progress.cancelled():
            raise Cancelled()

    def on_optimization_end(self, log):
        pass

    def on_end(self, log):
        pass


def lexicon_groups(docs: Sequence[TrainingDoc], folds: int) -> list[Gazetteer]:
    """For each document, a gazetteer of the gold terms of the other folds."""
    folds = max(1, min(folds, len(docs)))
    if folds == 1:
        empty = Gazetteer()
        return [empty] * len(docs)
    per_fold = [gold_terms(docs[g::folds]) for g in range(folds)]
    gazetteers = []
    for g in range(folds):
        terms: dict[str, str] = {}
        for h in range(folds):
            if h != g:
                for term, label in per_fold[h].items():
                    terms.setdefault(term, label)
        gazetteers.append(Gazetteer(terms))
    return [gazetteers[i % folds] for i in range(len(docs))]


def train_crf(
    docs: Sequence[TrainingDoc],
    params: CrfParams | None = None,
    *,
    progress: Progress | None = None,
    what: str = "training",
) -> CrfModel:
    """Train on gold documents. Raises InvalidInput when there is nothing to learn."""
    params = params or CrfParams()
    progress = progress or NoProgress()
    labels = label_set(docs)
    if not labels:
        raise InvalidInput("the gold has no spans: nothing to learn from")
    began = time.perf_counter()
    trainer = _Trainer(progress)
    gazetteers = lexicon_groups(docs, params.lexicon_folds)
    n_sentences = characters = 0
    progress.start(len(docs), f"{what}: features")
    try:
        for doc, gazetteer in zip(docs, gazetteers, strict=True):
            for sentence, spans in doc_sentences(doc):
                trainer.append(
                    sentence_features(sentence, gazetteer), bio_tags(len(sentence), spans)
                )
                n_sentences += 1
                characters += len(sentence)
            progress.advance(1)
            if progress.cancelled():
                raise Cancelled()
    finally:
        progress.finish()
    trainer.set_params(params.crfsuite())
    featured = time.perf_counter()
    fd, path = tempfile.mkstemp(suffix=".crfsuite", prefix="biaozhu-")
    os.close(fd)
    progress.start(params.max_iterations, f"{what}: fitting")
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
    )


# -- tagging ------------------------------------------------------------------------


@dataclass(frozen=True)
class Analysis:
    """A text as the model sees it: its spans and, per character, how sure
    the model is of its own tag (the largest marginal probability)."""

    suggestions: list[Suggestion]
    confidence: list[float]


class CrfSuggester:
    """The Suggester protocol over a trained CrfModel."""

    name = "crf"

    def __init__(self, model: CrfModel, version: str = ""):
        if model.feature_set != FEATURE_SET:
            raise InvalidInput(
                f"the model was trained on feature set {model.feature_set}; "
                f"this Biaozhu computes feature set {FEATURE_SET}"
            )
        self.model = model
        self.version = version
        self.labels = list(model.labels)
        self._lexicon = Gazetteer(model.lexicon)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open_inmemory(model.model_bytes)
        except (ValueError, OSError) as exc:
            raise InvalidInput(f"the stored model cannot be read by crfsuite ({exc})") from None
        self._tags = list(self._tagger.labels())
        self._lock = threading.Lock()

    def __reduce__(self):
        # A crfsuite tagger and a lock cannot be pickled: the model travels as
        # its bytes and is opened again where it lands (a Dask worker).
        return (CrfSuggester, (self.model, self.version))

    def suggest(self, text: str) -> list[Suggestion]:
        return self._run(text, full_marginals=False).suggestions

    def analyse(self, text: str) -> Analysis:
        """Suggestions plus per-character confidence, for active learning."""
        return self._run(text, full_marginals=True)

    def _run(self, text: str, *, full_marginals: bool) -> Analysis:
        out: list[Suggestion] = []
        confidence = [1.0] * len(text)
        for piece in sentences(text):
            sentence = piece.text
            xseq = sentence_features(sentence, self._lexicon)
            with self._lock:
                self._tagger.set(xseq)
                tags = self._tagger.tag()
                if full_marginals:
                    for i, orig in enumerate(piece.offsets):
                        confidence[orig] = max(self._tagger.marginal(y, i) for y in self._tags)
                spans = decode(tags)
                scored = [
                    (
                        s,
                        e,
                        label,
                        sum(self._tagger.marginal(tags[i], i) for i in range(s, e)) / (e - s),
                    )
                    for s, e, label in spans
                ]
            for s, e, label, score in scored:
                s, e = trim(sentence, s, e)
                if s < e:
                    begin, end = piece.original(s, e)
                    out.append(
                        Suggestion(
                            begin,
                            end,
                            label,
                            text[begin:end],
                            round(score, 4),
                            self.name,
                            self.version,
                        )
                    )
        return Analysis(out, confidence)


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


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
