"""Review → Document history's Source suggestion column names the suggester
as the span list's Source column does (模型 / model, 他处已接受的同名 /
accepted name), in the interface language: it wrote the stored
``model@bundled-d2f1ef85`` where the span list beside it said 模型. The
version a reviewer audits stays on the cell's tooltip (and `biaozhu
history` and the CSV keep ``source@version`` for scripts)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from desktop.cli import main  # noqa: E402
from models import Project  # noqa: E402
from tests.conftest import news_train_article  # noqa: E402


def suggested_project(tmp_path) -> tuple[str, str]:
    """A news-train article as a text to do, suggested by the bundled model."""
    article = news_train_article(0)
    path = tmp_path / "audit.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document(article["text"], doc_id=article["id"])
    assert main(["suggest", "--project", str(path), "--annotator", "alice"]) == 0
    return str(path), article["id"]


def test_the_source_column_names_the_suggester_as_the_span_list_does(qtbot, tmp_path, language):
    from desktop.gui.describe import suggester_label, suggester_title
    from desktop.gui.review.history_view import HistoryView

    path, doc = suggested_project(tmp_path)
    with Project.open(path, annotator="alice") as p:
        first = p.suggestions(doc, "alice")[0]
        p.accept_suggestion(first.id)
    assert first.source == "model" and first.version
    view = HistoryView(path, "alice", doc)
    qtbot.addWidget(view)
    rows = range(view.proxy.rowCount())
    actions = [view.proxy.index(r, 3).data(view.model.ActionRole) for r in rows]
    accept = view.proxy.index(actions.index("suggestion.accepted"), 5)
    cell = accept.data()
    named = suggester_label(first.source)
    assert named == ("模型" if language == "zh_CN" else "model")
    assert named in cell and str(first.id) in cell and f"{first.score:.2f}" in cell
    assert "@" not in cell and first.version not in cell
    tip = accept.data(Qt.ItemDataRole.ToolTipRole)
    assert first.version in tip and suggester_title(first.source) in tip
    view.close()
