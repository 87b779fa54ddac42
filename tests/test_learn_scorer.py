"""The candidate scorer's raw score, as the window and `suggest` read it."""

from __future__ import annotations

from models.learn.calibration import Isotonic
from models.learn.scorer import ScorerModel


def test_a_raw_score_adds_its_weights_left_to_right_as_the_fast_scorer_does():
    """``WeightTable.scores`` (the path every suggestion takes) adds a
    candidate's weights one by one in the features' order; ``raw`` must add
    them the same way on every Python, or a candidate at the threshold could
    be shown by one and hidden by the other. Python 3.12's ``sum`` of floats
    compensates its rounding: here it would give 1.0, the plain additions 0.0."""
    weights = {"big": 1e16, "one": 1.0, "minus": -1e16}
    scorer = ScorerModel(weights, Isotonic((), ()))
    feats = {"big": 1.0, "one": 1.0, "minus": 1.0}
    total = 0.0
    for name, value in feats.items():
        total += weights[name] * value
    assert total == 0.0
    assert scorer.raw(feats) == total
