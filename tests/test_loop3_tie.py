"""A model that only ties the active project model does not replace it
(issue 14, item 5): on the economy-news study half's second training the
adapter of the bundled model took the project model's place at no measured
cost (cheaper in 0% of resamples). A change of suggester the curator did not
ask for has to be bought with a measured saving; a tie keeps what suggests
now, and ``train`` says so (``--force`` still activates it)."""

from __future__ import annotations

from models.learn.evaluate_cv import compare
from models.learn.train import decide

GOLD = {d: {(0, 4, "COMPANY")} for d in "abcdef"}
RIGHT = {d: {(0, 4, "COMPANY")} for d in "abcdef"}


def test_a_tie_with_the_active_model_keeps_the_active_model():
    tie = compare(GOLD, RIGHT, RIGHT, "active")
    assert tie["saved"] == 0 and tie["confidence"] == 0.0
    assert not tie["better"]
    activated, why = decide(tie, False, "bundled-x", "project-3")
    assert not activated
    assert "as cheap as the active model" in why
    assert "a tie keeps the model in use" in why and "--force" in why
    assert "did not measure better" not in why and "learned from more" not in why


def test_force_activates_a_model_that_only_tied():
    tie = compare(GOLD, RIGHT, RIGHT, "active")
    activated, why = decide(tie, True, "bundled-x", "project-3")
    assert activated and why.startswith("activated by --force")


def test_a_saving_over_the_active_model_still_replaces_it():
    one_worse = {**RIGHT, "a": set()}
    cheaper = compare(GOLD, RIGHT, one_worse, "active")
    assert cheaper["better"]  # no confidence bar between two project models
    activated, why = decide(cheaper, False, "bundled-x", "project-3")
    assert activated and why.startswith("it measured better")
