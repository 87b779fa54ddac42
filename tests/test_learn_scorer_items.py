"""Training a project runs its scorer's fits and its folds' CRFs side by
side, in worker processes, from examples converted for crfsuite once: what
it learns must be what computing each afresh, one after another, learns,
so that how many cores a curator's machine has never changes which model
is activated."""

from __future__ import annotations

import pytest

from models.domain import Span
from models.learn.bundled import bundled_model
from models.learn.crf import train_crf
from models.learn.data import TrainingDoc
from models.learn.evaluate_cv import WORKER_MODULES, cross_validate
from models.learn.scorer import Items, ScorerParams, augmented, fit_weights
from models.learn.workers import WorkerDied, Workers
from models.suggest.engine import default_suggesters
from tests.test_learn import corpus


@pytest.fixture(scope="module")
def shipped():
    """Some of the shipped scorer's own training candidates, in groups."""
    base = bundled_model()
    assert base is not None and len(base.examples) > 60
    return [list(g) for g in base.examples[:60]]


def test_a_numbering_shared_with_other_groups_learns_the_same_weights(shipped):
    # One numbering serves every fit of a training, so a fit's features are
    # numbered after the other groups' (here, in reverse): crfsuite must
    # learn what it learns from a numbering of the fit's own examples.
    project = augmented(shipped[0] + shipped[1], "project")
    groups = [project, *shipped[2:40]]
    flat = [ex for g in groups for ex in g]
    for params in (ScorerParams(c2=1.0), ScorerParams(c2=0.1)):
        afresh = fit_weights(flat, params)
        items = Items()
        for group in reversed(shipped[40:]):
            items.of(list(reversed(group)))
        items.of(shipped[10])
        assert afresh and items.fit(groups, params) == afresh


def test_fits_in_worker_processes_are_the_fits_of_this_process(shipped):
    requests = [
        (shipped[:30], ScorerParams(c2=1.0)),
        (shipped[10:50], ScorerParams(c2=0.3)),
        (shipped[20:], ScorerParams(c2=0.1)),
        ([[ex for ex in shipped[0] if ex[1]]], ScorerParams()),  # only right ones: nothing
    ]
    here = Items().fit_all(requests)
    assert here[3] is None and all(here[:3])
    with Workers(count=2, preload=WORKER_MODULES) as workers:
        assert workers.running
        assert Items(workers).fit_all(requests) == here


def test_a_worker_that_dies_leaves_its_fits_to_this_process(shipped):
    requests = [(shipped[:20], ScorerParams()), (shipped[20:40], ScorerParams())]
    with Workers(count=1) as workers:
        workers._processes[0].kill()
        workers._processes[0].wait()
        assert Items(workers).fit_all(requests) == Items().fit_all(requests)
        assert not workers.running
        with pytest.raises(WorkerDied):
            workers.submit(fit_weights, shipped[0]).result(timeout=5)


def test_a_crf_trained_in_a_worker_is_the_one_trained_here():
    docs = [
        TrainingDoc(str(i), t, tuple(Span(*s) for s in spans))
        for i, (t, spans) in enumerate(corpus(4))
    ]
    with Workers(count=1, preload=WORKER_MODULES) as workers:
        there = workers.submit(train_crf, docs, None).result(timeout=120)
    assert there.model_bytes == train_crf(docs).model_bytes


def test_cross_validation_decides_alike_with_and_without_workers(shipped):
    docs = [
        TrainingDoc(f"d{i}", t, tuple(Span(*s) for s in spans))
        for i, (t, spans) in enumerate(corpus(6))
    ]
    base = bundled_model()

    def evaluate(count: int):
        with Workers(count=count, preload=WORKER_MODULES) as workers:
            evaluation, scorer, crfs = cross_validate(
                docs,
                rules=default_suggesters(),
                base_taggers=base.taggers,
                base_scorer=base.scorer,
                base_name=base.version,
                folds=3,
                scorer_params=(ScorerParams(c2=1.0), ScorerParams(c2=0.1)),
                base_examples=shipped,
                workers=workers,
            )
        evaluation.pop("seconds")
        return evaluation, scorer.as_dict(), [c.model_bytes for c in crfs]

    alone = evaluate(0)
    assert alone[0]["scorer"]["actions_by_c2"] and alone[1]["weights"]
    assert evaluate(2) == alone
