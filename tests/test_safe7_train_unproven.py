"""The training's result says when the history does not prove the gold it
trained on (safe7, 7 December 2026): ``biaozhu train`` walked the chain
and warned itself (safe6); the window, which trains through the same core
call, said nothing. The core now walks the chain before it trains and puts
the warning in its result, for the command line and the window to say."""

from __future__ import annotations

import shutil

from models.learn.train import train_project
from models.store.project import Project
from tests.test_attack_schema import original  # noqa: F401  (the fixture)
from tests.test_safe6_forged_gold import forged


def test_the_result_of_training_on_forged_gold_carries_the_warning(original, tmp_path):  # noqa: F811
    path, event = forged(original, tmp_path)
    with Project.open(path, annotator="carol") as p:
        result = train_project(p, folds=2)
    assert result.unproven is not None
    said = str(result.unproven)
    assert said.startswith("the history does not prove the gold trained on: "), said
    assert f"event {event} is broken" in said and "biaozhu verify" in said, said


def test_the_result_of_training_on_proven_gold_carries_none(original, tmp_path):  # noqa: F811
    path = tmp_path / "p.biaozhu"
    shutil.copy(original, path)  # the fixture is the module's: a model stored stays
    with Project.open(path, annotator="carol") as p:
        assert p.verify().ok
        result = train_project(p, folds=2)
    assert result.unproven is None
