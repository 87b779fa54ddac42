"""A reviewer reading the whole project's history (Review → Document
history, Document emptied) found a trained model's row as the stored JSON,
`∅ → {"active": false, "created": "2026-…", "data_hash": "20c9e6…` (and an
activation as `{"active": "model-1-…"}`), in English words or Chinese: a
model's events say in words which model, what it learned from, its F1 and
whether it suggests."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from desktop.cli import main  # noqa: E402
from tests.conftest import shared_path  # noqa: E402


def trained_project(tmp_path) -> tuple[str, str]:
    """Four news-train articles as gold, a model trained on them, activated, set aside."""
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    source = tmp_path / "gold.jsonl"
    source.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    path = tmp_path / "m.biaozhu"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(source), "--annotator", "ann"]) == 0
    assert main(["train", str(path), "--annotator", "ann"]) == 0
    assert main(["models", str(path), "--json"]) == 0
    return str(path), "model-1-"


def test_a_models_events_are_said_in_words(qtbot, tmp_path, capsys, language):
    from desktop.gui.review.history_view import HistoryView

    path, prefix = trained_project(tmp_path)
    (model,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()[-1:]]
    version = model["version"]
    assert version.startswith(prefix)
    assert main(["models", path, "--activate", version, "--annotator", "ann"]) == 0
    assert main(["models", path, "--use-bundled", "--annotator", "ann"]) == 0
    view = HistoryView(path, "ann", None)
    qtbot.addWidget(view)
    view.set_document(None)  # the whole project's history, as Document emptied and Enter
    model_rows = view.table.model()
    rows = {}
    for r in range(model_rows.rowCount()):
        action = model_rows.index(r, 3).data(view.model.ActionRole)
        if action.startswith("model."):
            rows[action] = model_rows.index(r, 4).data()
    assert set(rows) == {"model.trained", "model.activated", "model.retired"}
    for action, cell in rows.items():
        assert "{" not in cell and '"' not in cell, (action, cell)
        assert version in cell, (action, cell)
    trained = rows["model.trained"]
    assert ("4 篇" if language == "zh_CN" else "4 documents") in trained
    if language == "zh_CN":
        assert all("active" not in cell for cell in rows.values())
    view.close()
