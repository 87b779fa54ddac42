"""A model that only ties the active project model does not replace it
(issue 14, item 5): on the economy-news study half's second training the
adapter of the bundled model took the project model's place at no measured
cost (cheaper in 0% of resamples). A change of suggester the curator did not
ask for has to be bought with a measured saving; a tie keeps what suggests
now, and ``train`` says so (``--force`` still activates it)."""

from __future__ import annotations

import json

import pytest

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


def test_a_model_that_ties_the_active_model_on_economy_news_is_not_activated(
    tmp_path, monkeypatch, capsys
):
    # The economy-news study half (no shipped model learned it): five
    # documents' model made active (--force), then trained on ten. The new
    # model measures 1.236 actions per gold span against 1.236 for the
    # active model on the five documents that model never saw, cheaper in
    # 35% of resamples: dearer on some of them, cheaper on others, the same
    # over the five; a tie, which had replaced the active model. (The half's first ten had given such a tie through the
    # adapter of the bundled model, 1.257 against 1.257, until the POLICY
    # rule that leaves a firm's own plan alone made it 1.257 against 1.286;
    # documents 01 to 10 give the tie since. The adapter's wording of a
    # tie: tests/test_loop3_adapter_reason.py.)
    from desktop.cli import main
    from models.learn.bundled import bundled_model
    from tests.gui.test_loop3_status_line import economy_study_documents
    from tests.test_loop2_activation import active_models, measured_against

    if bundled_model() is None:
        pytest.skip("no bundled model")
    monkeypatch.setenv("BIAOZHU_ANNOTATOR", "curator")
    docs = economy_study_documents(11)[1:]
    proj = str(tmp_path / "p.biaozhu")

    def imported(part: list[dict], name: str) -> None:
        gold = tmp_path / name
        gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part), "utf-8")
        assert main(["import", proj, str(gold), "--annotator", "curator"]) == 0

    assert main(["new", proj]) == 0
    imported(docs[:5], "first.jsonl")
    assert main(["train", proj, "--force"]) == 0
    first = active_models(proj)
    assert len(first) == 1
    imported(docs[5:], "second.jsonl")
    capsys.readouterr()
    assert main(["train", proj]) == 0
    said = capsys.readouterr().out.splitlines()[1]
    model, active, resamples = measured_against("the active model", said)
    assert model == active and 0 < resamples < 50
    assert "a tie keeps the model in use" in said and "--force" in said
    assert "cheaper than the project's own model" not in said
    assert active_models(proj) == first
    # the window's report and status line say the same
    from desktop.gui.dialogs.reports import activation_sentence, not_activated_because
    from models.learn.train import train_project
    from models.store import Project

    with Project.open(proj) as project:
        result = train_project(project)
    assert not result.activated and not_activated_because(result) == "tie"
    said = activation_sentence(result)
    assert "as cheap as the suggester in use" in said and "a tie keeps the one in use" in said
    assert "did not measure better" not in said
