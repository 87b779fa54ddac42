"""The scorer's held-out folds keep a sentence and its copy in another
domain's examples together, so its calibration never learns from a copy of
what it is calibrated on."""

from __future__ import annotations

from models.learn.scorer import DOMAIN_MARK, Example, augmented, fold_of_groups, held_out_raw


def candidate(first: str, prev: str, nxt: str, right: int) -> Example:
    return (
        {
            "bias|COMPANY": 1.0,
            f"first={first}|COMPANY": 1.0,
            f"last2={first}集团|COMPANY": 1.0,
            "len=4|COMPANY": 1.0,
            f"prev={prev}|COMPANY": 1.0,
            f"next={nxt}|COMPANY": 1.0,
        },
        right,
    )


def test_a_copy_of_a_calibrated_sentence_shares_its_fold() -> None:
    # five project sentences (with their domain's copies of each feature),
    # then the shipped examples: the third is the copy of project sentence 3
    project = [augmented([candidate(c, "，", "发布", 1)], "project") for c in "甲乙丙丁戊"]
    shipped = [[candidate("子", "据", "称", 0)], [candidate("丑", "与", "的", 1)],
               [candidate("丁", "，", "发布", 1)]]  # fmt: skip
    folds = fold_of_groups([*project, *shipped], 5, calibrate_on=len(project))
    assert folds[:5] == [0, 1, 2, 3, 4]
    assert folds[5 + 2] == folds[3]
    assert any(DOMAIN_MARK in name for name in project[3][0][0])


def test_other_groups_go_round_robin() -> None:
    groups = [[candidate(c, "，", "的", i % 2)] for i, c in enumerate("甲乙丙丁戊己庚")]
    assert fold_of_groups(groups, 3, calibrate_on=len(groups)) == [0, 1, 2, 0, 1, 2, 0]


def test_every_group_gets_held_out_scores() -> None:
    groups = [[candidate(c, "，", "的", i % 2)] for i, c in enumerate("甲乙丙丁戊己庚辛")]
    raw = held_out_raw(groups, calibrate_on=4)
    assert [len(r) for r in raw] == [1] * len(groups)
