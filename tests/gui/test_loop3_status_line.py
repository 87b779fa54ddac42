"""The window's status line after Tools → Train suggester says why a model
was stored without being activated, as the training report and ``train``
do (issue 14, item 5): it said "it measured no better" when nothing could
be compared with the model, and when it measured cheaper than the bundled
model within the noise of a few documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.learn.registry import list_models
from tests.conftest import grouped_gold_documents
from tests.gui.conftest import close_window, open_window
from tests.test_loop2_activation import zone_study_documents

TRAINING_MS = 240_000


def economy_study_documents(count: int) -> list[dict]:
    """The economy-news study half's first ``count`` documents, three
    paragraphs each (no shipped model learned them)."""
    return grouped_gold_documents("economy_news", "study", count, "economy")


def gold_project(tmp_path, docs: list[dict]) -> Path:
    path = tmp_path / "p.biaozhu"
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(gold), "--annotator", "tester"]) == 0
    return path


def status_after_training(qtbot, path: Path, tmp_path) -> str:
    from desktop.gui.dialogs.reports import TrainReportDialog

    said: list[str] = []
    window = open_window(qtbot, path, tmp_path)
    try:
        window.ctx.message.connect(said.append)
        window.actions_by_name["train_suggester"].trigger()
        assert window.ctx.tasks.wait(TRAINING_MS)
        qtbot.waitUntil(lambda: window.findChild(TrainReportDialog) is not None)
        window.findChild(TrainReportDialog).close()
    finally:
        close_window(window)
    with Project.open(path) as store:
        models = list_models(store)
    assert len(models) == 1 and not models[0].active
    trained = [s for s in said if models[0].version in s]
    assert len(trained) == 1
    return trained[0]


NOTHING_TO_COMPARE = {
    "en": "not made active: there was nothing to compare it with",
    "zh_CN": "但未启用：没有可比较的对象",
}
WITHIN_THE_NOISE = {
    "en": "not made active: it measured cheaper than the bundled model, but within the noise",
    "zh_CN": "但未启用：测评显示它比内置模型更省事，但差距在",
}


def test_nothing_to_compare_with_is_what_the_status_line_says(
    qtbot, tmp_path, monkeypatch, language
):
    # The zone-news study half's first five documents: the bundled scorer
    # learned every one, so nothing could be compared with the new model.
    from models.learn.bundled import bundled_model

    if bundled_model() is None:
        pytest.skip("no bundled model")
    monkeypatch.setenv("BIAOZHU_ANNOTATOR", "tester")
    said = status_after_training(qtbot, gold_project(tmp_path, zone_study_documents(5)), tmp_path)
    assert NOTHING_TO_COMPARE[language] in said
    assert "measured no better" not in said and "测评并不更好" not in said


def test_a_saving_within_the_noise_is_what_the_status_line_says(
    qtbot, tmp_path, monkeypatch, language
):
    # The economy-news study half's first five documents: 1.167 actions per
    # gold span against 1.227 for the bundled model (1.182 against 1.242
    # before the POLICY rule that leaves a firm's own plan alone), cheaper
    # in 93% of resamples, short of the 95% that leaving the bundled model
    # takes.
    from models.learn.bundled import bundled_model

    if bundled_model() is None:
        pytest.skip("no bundled model")
    monkeypatch.setenv("BIAOZHU_ANNOTATOR", "tester")
    said = status_after_training(
        qtbot, gold_project(tmp_path, economy_study_documents(5)), tmp_path
    )
    assert WITHIN_THE_NOISE[language] in said
    assert "measured no better" not in said and "测评并不更好" not in said
