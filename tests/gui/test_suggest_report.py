"""Tools → Suggest all documents says, after its counts, which sources the
project's record scores down and how many suggestions that kept back, in
the window's language: a curator whose quantities vanished is told why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from tests.gui.conftest import close_window, open_window  # noqa: E402

ARTICLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "sample").glob("*.txt"))


@pytest.fixture
def rejected_quantities(tmp_path):
    """Three sample articles finished with every quantity rejected, a fourth to do."""
    from models import Project
    from models.suggest.project import suggest_project

    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="tester") as project:
        for n, article in enumerate(ARTICLES):
            project.add_document(article.read_text("utf-8").strip(), doc_id=f"a{n}")
        suggest_project(project)
        for doc_id in ("a0", "a1", "a3"):
            for s in project.suggestions(doc_id):
                if s.label == "METRIC":
                    project.reject_suggestion(s.id)
                else:
                    project.accept_suggestion(s.id)
            project.set_status(doc_id, "done")
        pending = [s for s in project.suggestions("a2") if s.label == "METRIC"]
    return path, len(pending)


def test_suggest_all_says_which_sources_are_scored_down(qtbot, qapp, tmp_path, rejected_quantities):
    from desktop.gui.i18n import Translations
    from models import Project

    path, pending = rejected_quantities
    window = open_window(qtbot, path, tmp_path)
    translations = Translations(qapp)
    window.ctx.translations = translations
    try:
        translations.apply("en")
        window.actions_by_name["suggest_all"].trigger()
        assert window.ctx.tasks.wait(60_000)
        said = window.statusBar().currentMessage()
        with Project.open(path, readonly=True) as project:
            assert [s for s in project.suggestions("a2") if s.label == "METRIC"] == []
        assert said.startswith(f"Suggestions: 0 added, {pending} removed. Quantity rules METRIC:")
        assert "0 accepted, " in said and " rejected in this project, so scored down (0.9" in said
        assert said.endswith(f"; {pending} suggestions held below the threshold.")
        translations.apply("zh_CN")
        window.actions_by_name["suggest_all"].trigger()
        assert window.ctx.tasks.wait(60_000)
        said = window.statusBar().currentMessage()
        assert re.fullmatch(
            rf"建议已更新。数量规则 METRIC：本项目中接受 0 条、拒绝 \d+ 条，"
            rf"因此评分调低（0\.9\d\d → 0\.\d\d\d）；{pending} 条建议低于阈值，未显示。",
            said,
        ), said
    finally:
        translations.remove()  # the source strings, as the other tests expect
        close_window(window)
