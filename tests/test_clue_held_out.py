"""How much of a big project's gold its scorer learns its conventions from
(branch ``clue``; issue 14, the CLUENER bar): a held-out split goes on
testing folds until its tested documents hold evaluate_cv.HELD_OUT_CHARS."""

from __future__ import annotations


def judged_of(chars: int, n: int):
    from models.learn.data import TrainingDoc
    from models.learn.evaluate_cv import Judged

    per = chars // n
    return [Judged(TrainingDoc(f"d{i}", "华" * per, ()), set(), [], []) for i in range(n)]


def test_a_fold_of_a_clue_sized_project_is_not_enough_for_its_scorer():
    # a held-out fifth of CLUENER train's sentences the bundled model never
    # learned: about 1,170 sentences, 45,000 characters
    from models.learn.evaluate_cv import more_held_out

    assert more_held_out(judged_of(45_000, 1_170), [0], 5)


def test_three_folds_at_most():
    from models.learn.evaluate_cv import MAX_HELD_OUT_FOLDS, more_held_out

    assert not more_held_out(judged_of(10_000, 100), list(range(MAX_HELD_OUT_FOLDS)), 5)
