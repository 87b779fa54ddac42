"""A project whose tested documents are all examples the bundled scorer
learned from (a project built from news-train, which the bundle learned)
has no document to compare the bundled model on: the training report says
so, in the CLI and in the window, instead of "compared on the other 0"."""

from __future__ import annotations

from models.learn.evaluate_cv import format_evaluation

ALL_COPIES = {
    "method": "held-out",
    "folds": 24,
    "documents": 48,
    "test_documents": 2,
    "shipped_copies": 2,
}
SOME_COPIES = {
    "method": "held-out",
    "folds": 10,
    "documents": 48,
    "test_documents": 5,
    "shipped_copies": 2,
}


def test_cli_report_says_the_bundled_model_is_not_compared():
    text = "\n".join(format_evaluation(ALL_COPIES))
    assert "the other 0" not in text
    assert "bundled model is not compared" in text


def test_cli_report_names_the_documents_it_is_compared_on():
    text = "\n".join(format_evaluation(SOME_COPIES))
    assert "bundled model is compared on the other 3" in text


def test_window_report_says_the_bundled_model_is_not_compared(english):
    from desktop.gui.dialogs.evaluation_view import head_lines

    lines = head_lines(ALL_COPIES)
    assert not any("other 0" in line for line in lines)
    assert any("bundled model is not compared" in line for line in lines)
    assert any("compared on the other 3" in line for line in head_lines(SOME_COPIES))


def test_window_report_in_chinese_says_so_too(qapp):
    from desktop.gui.dialogs.evaluation_view import head_lines
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    translations.apply("zh_CN")
    try:
        lines = head_lines(ALL_COPIES)
        assert not any("bundled" in line for line in lines)
        assert not any(" 0 " in line for line in lines)
    finally:
        translations.remove()


def test_window_report_leaves_a_score_blank_where_nothing_measures_it(english):
    """No METRIC in the tested gold and none proposed: its precision, recall
    and F1 are not 0.000 (which reads as a model that finds none right) but
    blank; a label proposed where the gold has none keeps its precision 0."""
    from desktop.gui.dialogs.evaluation_view import label_rows

    def scores(gold: int, predicted: int, correct: int) -> dict:
        p = correct / predicted if predicted else 0.0
        r = correct / gold if gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": gold,
            "predicted": predicted,
            "correct": correct,
            "precision": p,
            "recall": r,
            "f1": f1,
        }

    ev = {
        "labels": ["COMPANY", "METRIC", "POLICY"],
        "systems": {
            "new": {
                "labels": {
                    "COMPANY": scores(4, 4, 3),
                    "METRIC": scores(0, 0, 0),
                    "POLICY": scores(0, 2, 0),
                    "ALL": scores(4, 6, 3),
                }
            },
        },
    }
    _, rows = label_rows(ev)
    by_label = {row[0]: row[2:] for row in rows}
    assert by_label["COMPANY"] == [0.75, 0.75, 0.75]
    assert by_label["METRIC"] == ["–", "–", "–"]
    assert by_label["POLICY"] == [0.0, "–", "–"]


def test_training_on_documents_the_bundle_learned_says_which_model_it_kept(tmp_path, capsys):
    """news-train is what the bundled scorer learned: its adapter's figures
    on it look cheaper than the project's own model, which is kept; the
    report says why rather than leaving the cheaper-looking one unexplained."""
    from desktop.cli import main

    project = str(tmp_path / "p.biaozhu")
    assert main(["new", project]) == 0
    assert main(["import", project, "../shared/gold/news-train.jsonl"]) == 0
    capsys.readouterr()
    assert main(["train", project]) == 0
    out = capsys.readouterr().out
    assert "bundled, adapted" in out
    assert any(
        line.startswith("kept the project's own model") and "adapter" in line
        for line in out.splitlines()
    )
