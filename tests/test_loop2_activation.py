"""A learning loop that only helps (issue 14, item 5): ``train`` activates a
model only when its cross-validation shows it costs the curator less than
what suggests now. Where nothing can be compared (the bundled model learned
every tested document), nothing is shown, so nothing is activated."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import grouped_gold_documents


def zone_study_documents(count: int) -> list[dict]:
    """The first ``count`` documents of the zone-news study half; the
    bundled scorer learned the COMPANY spans of every one."""
    return grouped_gold_documents("zone_news", "study", count, "zone-study")


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _err = capsys.readouterr()
    return code, out


def active_models(path: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT version FROM learned_models WHERE active = 1")]
    finally:
        conn.close()


def measured_against(reference: str, said: str) -> tuple[float, float, int]:
    """The new model's actions per gold span, ``reference``'s, and the share
    of resamples in which the new model was cheaper, as ``train`` says them."""
    found = re.search(
        rf"(\d\.\d{{3}}) actions per gold span against (\d\.\d{{3}}) for {re.escape(reference)}"
        r".*?cheaper in (\d+)% of resamples",
        said,
    )
    assert found, said
    return float(found[1]), float(found[2]), int(found[3])


@pytest.fixture
def studied_project(tmp_path, monkeypatch, capsys) -> tuple[str, Path]:
    """A project of the zone-news study half's first five documents as
    finished gold (what the learning loop's first training on that set
    learns), and its sixth document still to do, as a text file."""
    from models.learn.bundled import bundled_model

    if bundled_model() is None:
        pytest.skip("no bundled model")
    monkeypatch.setenv("BIAOZHU_ANNOTATOR", "curator")
    docs = zone_study_documents(6)
    proj = str(tmp_path / "p.biaozhu")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs[:5]), "utf-8")
    assert run(capsys, "new", proj)[0] == 0
    assert run(capsys, "import", proj, str(gold), "--annotator", "curator")[0] == 0
    following = tmp_path / "following.txt"
    following.write_text(docs[5]["text"], "utf-8")
    return proj, following


def suggested(capsys, proj: str, text: Path) -> list[tuple[int, int, str]]:
    code, out = run(capsys, "suggest", "--project", proj, str(text))
    assert code == 0
    return sorted((s["start"], s["end"], s["label"]) for s in json.loads(out)["spans"])


def test_a_model_nothing_could_be_compared_with_is_stored_but_not_activated(
    studied_project, capsys
):
    # The loop's first training on the study half: every tested document is
    # one the bundled scorer learned, so the bundled model is not compared,
    # and the new model had been activated unmeasured; over the next five
    # documents it cost the curator 5 actions more than the bundled model
    # (1.215 actions per gold span against 1.200 over the half).
    proj, following = studied_project
    before = suggested(capsys, proj, following)
    code, out = run(capsys, "train", proj)
    assert code == 0
    assert "nothing to compare it with" in out
    assert "not activated" in out and "--force" in out
    assert active_models(proj) == []
    assert suggested(capsys, proj, following) == before


def test_force_still_activates_a_model_nothing_could_be_compared_with(studied_project, capsys):
    proj, _following = studied_project
    code, out = run(capsys, "train", proj, "--force")
    assert code == 0
    assert "activated by --force" in out
    assert len(active_models(proj)) == 1


def test_leaving_the_bundled_model_needs_a_saving_beyond_the_noise(tmp_path, monkeypatch, capsys):
    # The economy-news study half's first five documents (three paragraphs
    # each; no shipped model learned them): the project's model measured
    # 1.182 actions per gold span against the bundled model's 1.242,
    # cheaper in 93% of resamples, and was activated; over the next five
    # documents it cost the curator 68 actions against the bundled model's
    # 69, and over the fifteen after that as much or more. A saving that
    # 7% of resamples reverse is the noise of five documents. (Since the
    # POLICY rule that leaves a firm's own plan alone, 1.167 against 1.227,
    # still 93%: the figures follow the rules, so the test asserts the
    # situation they describe, not the figures.)
    from models.learn.bundled import bundled_model

    if bundled_model() is None:
        pytest.skip("no bundled model")
    monkeypatch.setenv("BIAOZHU_ANNOTATOR", "curator")
    docs = grouped_gold_documents("economy_news", "study", 5, "economy")
    proj = str(tmp_path / "p.biaozhu")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    assert run(capsys, "new", proj)[0] == 0
    assert run(capsys, "import", proj, str(gold), "--annotator", "curator")[0] == 0
    code, out = run(capsys, "train", proj)
    assert code == 0
    model, bundled, resamples = measured_against("the bundled model", out)
    assert model < bundled and 50 <= resamples < 95
    assert "it was stored but not activated: it measured cheaper than the bundled model" in out
    assert "within the noise" in out and "95% of resamples needed" in out
    assert active_models(proj) == []
    # the window's training report says the same, not "did not measure better"
    from desktop.gui.dialogs.reports import activation_sentence
    from models.learn.train import train_project
    from models.store import Project

    with Project.open(proj) as project:
        result = train_project(project)
    assert not result.activated
    said = activation_sentence(result)
    assert "measured cheaper than the bundled model" in said and "noise" in said
    assert "did not measure better" not in said


def test_over_many_documents_the_cheaper_model_leaves_the_bundled_one_without_the_noise_bar():
    # CLUENER train imported as a project: its model measured 1.956 actions
    # per gold span against the bundled model's 1.967 on 1,172 held-out
    # sentences, cheaper in 54% of resamples (most sentences cost both the
    # same), and through it CLUENER dev scores company F1 0.773. The bar is
    # for the noise of a few documents; over many, the cheaper model is the
    # better bet, as before.
    from models.learn.evaluate_cv import SETTINGS_FROM_DOCUMENTS, compare

    many = [f"d{i}" for i in range(SETTINGS_FROM_DOCUMENTS)]
    gold = {d: {(0, 4, "COMPANY")} for d in many}
    right = {d: {(0, 4, "COMPANY")} for d in many}
    one_worse = {**right, "d0": set()}
    outcome = compare(gold, right, one_worse, "base")
    assert outcome["confidence"] < 0.95 and outcome["better"]
    few = many[: SETTINGS_FROM_DOCUMENTS - 1]
    outcome = compare(
        {d: gold[d] for d in few},
        {d: right[d] for d in few},
        {d: one_worse[d] for d in few},
        "base",
    )
    assert outcome["confidence"] < 0.95 and not outcome["better"]
