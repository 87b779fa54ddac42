"""The candidate scorer: a logistic regression over the candidates' sparse
features (``span_features``), calibrated to probabilities.

It is trained with crfsuite's L-BFGS (L1 + L2): a maximum-entropy classifier
is exactly a linear-chain CRF over sequences of one item, so the project's
sequence-model library serves here too and no second learner is needed.
Once trained, its weights are read out of crfsuite's model (the log-odds
weight of a feature is its weight for "right" less its weight for "wrong")
and kept as a plain table: scoring a candidate is a sum of weights, then the
isotonic map of ``calibration``, fitted on held-out folds.

The stored form is JSON (``ScorerModel.as_dict``): weights, the calibration
map, the feature recipe's number and the training figures."""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pycrfsuite

from models.errors import InvalidInput
from models.learn.calibration import Isotonic, fit_isotonic, show_threshold
from models.learn.crf_file import state_features
from models.learn.span_features import SPAN_FEATURES
from models.learn.workers import Workers

RIGHT, WRONG = "1", "0"
DOMAIN_MARK = "::"

Example = tuple[Mapping[str, float], int]


@dataclass(frozen=True)
class ScorerParams:
    c1: float = 0.05
    c2: float = 1.0
    max_iterations: int = 200
    folds: int = 5  # for the calibration's held-out predictions

    def crfsuite(self) -> dict[str, Any]:
        return {"c1": self.c1, "c2": self.c2, "max_iterations": self.max_iterations}


@dataclass
class ScorerModel:
    """Feature weights (log-odds), the calibration map and the threshold
    above which a candidate is shown."""

    weights: dict[str, float]
    calibration: Isotonic
    threshold: float = field(default_factory=show_threshold)
    span_features: int = SPAN_FEATURES
    training: dict[str, Any] = field(default_factory=dict)

    def raw(self, feats: Mapping[str, float]) -> float:
        # added one by one in the features' order, as ``WeightTable.scores``
        # does: ``sum`` compensates its rounding from Python 3.12 on, and the
        # two must agree to the last bit at the threshold
        get = self.weights.get
        total = 0.0
        for name, value in feats.items():
            total += get(name, 0.0) * value
        return total

    def probability(self, feats: Mapping[str, float]) -> float:
        return self.calibration(self.raw(feats))

    def as_dict(self) -> dict[str, Any]:
        return {
            "span_features": self.span_features,
            "threshold": self.threshold,
            "calibration": self.calibration.as_dict(),
            "training": self.training,
            "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScorerModel:
        try:
            version = int(data["span_features"])
            if version != SPAN_FEATURES:
                raise InvalidInput(
                    "the scorer was trained on span features {version}; this Biaozhu computes span features {span_features}",
                    version=version,
                    span_features=SPAN_FEATURES,
                )
            return cls(
                weights={str(k): float(v) for k, v in data["weights"].items()},
                calibration=Isotonic.from_dict(data["calibration"]),
                threshold=float(data.get("threshold", show_threshold())),
                span_features=version,
                training=dict(data.get("training") or {}),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidInput("the stored scorer is incomplete ({exc})", exc=exc) from None


def augmented(examples: Sequence[Example], domain: str) -> list[Example]:
    """Each feature twice: as itself, shared with every other domain, and as
    ``domain``'s own copy (Daumé's "frustratingly easy" domain adaptation).
    Trained beside examples of another domain, the shared weights learn
    what holds in both; the domain's copies learn where it differs, from as
    much evidence as it has: a few documents move the shared weights little,
    many take over."""
    prefix = domain + DOMAIN_MARK
    return [({**f, **{prefix + k: v for k, v in f.items()}}, y) for f, y in examples]


def folded(weights: Mapping[str, float], domain: str) -> dict[str, float]:
    """The weights ``domain`` is scored with: the shared weight of each
    feature plus the domain's own copy."""
    prefix = domain + DOMAIN_MARK
    out: dict[str, float] = {}
    for name, w in weights.items():
        if name.startswith(prefix):
            name = name[len(prefix) :]
        elif DOMAIN_MARK in name.split("=", 1)[0]:
            continue  # another domain's copy
        out[name] = out.get(name, 0.0) + w
    return {k: v for k, v in out.items() if abs(v) > 1e-6}


class _QuietTrainer(pycrfsuite.Trainer):
    """crfsuite's trainer without its log: pycrfsuite's ``Trainer`` parses
    every line crfsuite writes (some 2,000 per fit, a tenth of a small
    project's training) even when told not to print them."""

    def message(self, message: str) -> None:
        pass


class Items:
    """Examples as crfsuite reads them, converted once and shared by every
    fit that learns from them: the folds of a setting, the settings, and
    the variants of ``evaluate_cv.project_scorer`` all learn from the same
    shipped examples, and converting them again for each fit cost as much
    as a fifth of the fit itself.

    crfsuite sees features by number (short keys, which ``_fit`` reads back
    from its model file and maps to the names). One numbering serves every group here: crfsuite numbers the
    attributes it is given in the order it first meets them, whatever
    their names, so a fit learns the same weights as with a numbering of
    its own examples alone (``tests/test_learn_scorer_items.py``)."""

    def __init__(self, workers: Workers | None = None) -> None:
        self.workers = workers
        self.number: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        # id(group) -> (the group, kept so that its id stays its own; its items)
        self._groups: dict[int, tuple[Sequence[Example], list[tuple[Any, str]]]] = {}
        self._folds: dict[tuple[int, int, int], tuple[Sequence[Any], list[int]]] = {}

    def of(self, group: Sequence[Example]) -> list[tuple[Any, str]]:
        """The group's examples as (crfsuite item sequence, label)."""
        hit = self._groups.get(id(group))
        if hit is not None and hit[0] is group:
            return hit[1]
        number, name_of = self.number, self.name_of
        items = []
        for feats, y in group:
            item = {}
            for name, v in feats.items():
                key = number.get(name)
                if key is None:
                    key = number[name] = f"f{len(number)}"
                    name_of[key] = name
                item[key] = v
            items.append((pycrfsuite.ItemSequence([item]), RIGHT if y else WRONG))
        self._groups[id(group)] = (group, items)
        return items

    def folds(self, groups: Sequence[Sequence[Example]], k: int, calibrate_on: int) -> list[int]:
        """``fold_of_groups``, computed once for the same groups."""
        key = (id(groups), k, calibrate_on)
        hit = self._folds.get(key)
        if hit is None or hit[0] is not groups:
            hit = self._folds[key] = (groups, fold_of_groups(groups, k, calibrate_on))
        return hit[1]

    def fit(
        self, groups: Sequence[Sequence[Example]], params: ScorerParams | None = None
    ) -> dict[str, float]:
        """``fit_weights`` over every example of ``groups``, in their order."""
        params = params or ScorerParams()
        labels = [y for group in groups for _f, y in group]
        if not any(labels) or all(labels):
            raise InvalidInput("the scorer needs right and wrong candidates to learn from")
        trainer = _QuietTrainer(verbose=False)
        for group in groups:
            for item, label in self.of(group):
                trainer.append(item, [label])
        return _fit(trainer, params, self.name_of)

    def fit_all(
        self, requests: Sequence[tuple[Sequence[Sequence[Example]], ScorerParams]]
    ) -> list[dict[str, float] | None]:
        """``fit`` of each (groups, params), None where the groups hold no
        right or no wrong example; side by side in the worker processes
        when there are some (each fit is computed alike wherever it runs,
        so the weights are the same)."""
        if self.workers is not None and self.workers.running and len(requests) > 1:
            done = _run_in(self.workers, requests)
            if done is not None:
                return done
        return [_fit_or_none(self, groups, params) for groups, params in requests]


def _fit_or_none(
    items: Items, groups: Sequence[Sequence[Example]], params: ScorerParams
) -> dict[str, float] | None:
    try:
        return items.fit(groups, params)
    except InvalidInput:
        return None


def _run_in(
    workers: Workers, requests: Sequence[tuple[Sequence[Sequence[Example]], ScorerParams]]
) -> list[dict[str, float] | None] | None:
    """The fits of ``Items.fit_all`` in the worker processes (None when they
    could not run them). The examples are handed over once, through a
    temporary file each process reads when its first fit needs it."""
    index: dict[int, int] = {}
    unique: list[Sequence[Example]] = []
    calls = []
    for groups, params in requests:
        ids = []
        for group in groups:
            i = index.get(id(group))
            if i is None:
                i = index[id(group)] = len(unique)
                unique.append(group)
            ids.append(i)
        calls.append((ids, params))
    fd, path = tempfile.mkstemp(suffix=".pickle", prefix="biaozhu-examples-")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump([list(g) for g in unique], f, protocol=pickle.HIGHEST_PROTOCOL)
        return workers.run(_fit_job, [(path, ids, params) for ids, params in calls])
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)


# In a worker process: the examples of the file last read, and their items.
_LOADED: dict[str, tuple[list[list[Example]], Items]] = {}


def _fit_job(path: str, ids: Sequence[int], params: ScorerParams) -> dict[str, float] | None:
    loaded = _LOADED.get(path)
    if loaded is None:
        _LOADED.clear()
        with open(path, "rb") as f:
            loaded = _LOADED[path] = (pickle.load(f), Items())
    groups, items = loaded
    return _fit_or_none(items, [groups[i] for i in ids], params)


def fit_weights(
    examples: Sequence[Example], params: ScorerParams | None = None
) -> dict[str, float]:
    """Logistic-regression weights (log-odds per feature) for the examples."""
    return Items().fit([examples], params)


def _fit(
    trainer: pycrfsuite.Trainer, params: ScorerParams, name_of: Mapping[str, str]
) -> dict[str, float]:
    trainer.set_params(params.crfsuite())
    fd, path = tempfile.mkstemp(suffix=".crfsuite", prefix="biaozhu-scorer-")
    os.close(fd)
    try:
        trainer.train(path)
        with open(path, "rb") as f:
            model_bytes = f.read()
    finally:
        os.unlink(path)
    weights: dict[str, float] = {}
    for attr, label, weight in state_features(model_bytes):
        name = name_of[attr]
        weights[name] = weights.get(name, 0.0) + (weight if label == RIGHT else -weight)
    return {k: v for k, v in weights.items() if abs(v) > 1e-6}


# The features that place a candidate in its text: two groups sharing a
# candidate so placed are the same sentence, judged twice (a project whose
# gold holds the public sentences the bundled scorer's examples came from).
PLACING = ("prev=", "next=", "pw=", "nw=", "first=", "last2=", "len=")


def placed(feats: Mapping[str, float]) -> frozenset[str]:
    """The candidate's placing features, without a domain's prefix."""
    names = (n.rsplit(DOMAIN_MARK, 1)[-1] for n in feats)
    return frozenset(n for n in names if n.startswith(PLACING))


def fold_of_groups(groups: Sequence[Sequence[Example]], k: int, calibrate_on: int) -> list[int]:
    """Each group's fold: the first ``calibrate_on`` round-robin; a later
    group that holds a candidate placed as one of theirs (the same sentence,
    as another domain's example) in that group's fold, so a held-out
    prediction never comes from a scorer that learned the sentence's copy;
    the others round-robin."""
    fold = [i % k for i in range(len(groups))]
    seen: dict[frozenset[str], int] = {}
    for i in range(calibrate_on):
        for feats, _y in groups[i]:
            seen.setdefault(placed(feats), fold[i])
    for i in range(calibrate_on, len(groups)):
        for feats, _y in groups[i]:
            twin = seen.get(placed(feats))
            if twin is not None:
                fold[i] = twin
                break
    return fold


def held_out_raw(
    groups: Sequence[Sequence[Example]],
    params: ScorerParams | None = None,
    calibrate_on: int | None = None,
    items: Items | None = None,
) -> list[list[float]]:
    """Per group, the raw scores of its examples by a scorer that did not see
    the group's fold (``fold_of_groups``: round-robin, a copy of a
    calibrated group's sentence in that group's fold). ``items``: the
    groups as crfsuite reads them, shared with other fits of the same
    groups."""
    params = params or ScorerParams()
    items = items or Items()
    fold, train = held_out_folds(groups, params, calibrate_on, items)
    return held_out_scores(groups, fold, items.fit_all([(t, params) for t in train]))


def held_out_folds(
    groups: Sequence[Sequence[Example]],
    params: ScorerParams,
    calibrate_on: int | None,
    items: Items,
) -> tuple[list[int], list[list[Sequence[Example]]]]:
    """``held_out_raw``'s fold of each group, and the groups each fold's
    scorer learns from (to fit several settings' folds at once)."""
    k = max(2, min(params.folds, len(groups)))
    fold = items.folds(groups, k, len(groups) if calibrate_on is None else calibrate_on)
    return fold, [[grp for i, grp in enumerate(groups) if fold[i] != g] for g in range(k)]


def held_out_scores(
    groups: Sequence[Sequence[Example]],
    fold: Sequence[int],
    weights: Sequence[Mapping[str, float] | None],
) -> list[list[float]]:
    """``held_out_raw`` from the weights fitted for each fold (None: the fold
    learned nothing, every score 0)."""
    raw: list[list[float]] = [[] for _ in groups]
    for g, fitted in enumerate(weights):
        w = fitted or {}
        for i, grp in enumerate(groups):
            if fold[i] == g:
                raw[i] = [sum(w.get(n, 0.0) * v for n, v in f.items()) for f, _y in grp]
    return raw


def train_scorer(
    groups: Sequence[Sequence[Example]],
    params: ScorerParams | None = None,
    *,
    calibrate_on: int | None = None,
) -> tuple[ScorerModel, list[list[float]]]:
    """Fit the weights on every example, and the calibration on held-out
    folds (``groups`` are documents: a document's candidates stay together).
    Returns the scorer and, per group, its examples' calibrated held-out
    probabilities (what cross-validation scores).

    ``calibrate_on`` fits the calibration on the first so many groups only:
    the documents like those the scorer will meet, when others were added to
    teach it more (their rate of right candidates is their own)."""
    params = params or ScorerParams()
    items = Items()
    raw = held_out_raw(groups, params, calibrate_on, items)
    truth = [y for grp in groups for _f, y in grp]
    mine = slice(0, calibrate_on)
    calibration = fit_isotonic(
        [r for grp in raw[mine] for r in grp], [y for grp in groups[mine] for _f, y in grp]
    )
    model = fitted_scorer(groups, params, calibration, items)
    held_out = [[calibration(r) for r in grp] for grp in raw]
    loss = log_loss([p for grp in held_out for p in grp], truth)
    model.training["held_out_log_loss"] = round(loss, 4)
    return model, held_out


def fitted_scorer(
    groups: Sequence[Sequence[Example]],
    params: ScorerParams,
    calibration: Isotonic,
    items: Items | None = None,
) -> ScorerModel:
    """The scorer whose weights are fitted on every example of ``groups``,
    with a calibration fitted elsewhere (on held-out folds)."""
    examples = [ex for grp in groups for ex in grp]
    weights = (items or Items()).fit(groups, params)
    return ScorerModel(
        weights=weights,
        calibration=calibration,
        training={
            "documents": len(groups),
            "candidates": len(examples),
            "right": sum(y for _f, y in examples),
            "features": len(weights),
        },
    )


def log_loss(probabilities: Sequence[float], truth: Sequence[int]) -> float:
    if not truth:
        return 0.0
    total = 0.0
    for p, y in zip(probabilities, truth, strict=True):
        p = min(max(p, 1e-6), 1 - 1e-6)
        total -= math.log(p if y else 1 - p)
    return total / len(truth)
