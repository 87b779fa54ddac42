"""The review window's Ctrl+D and its automatic done after the last
difference reject only the suggestions the reviewer was shown: one another
program stores after the view was read refuses them, the status line says so
(in English and in Chinese) and the store keeps it pending; the next Ctrl+D,
after that line said how many came, marks the document done, rejecting it.
Keys pressed on the real window, the file read back and verified."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from models import Project  # noqa: E402
from tests.gui_review.test_review_view import open_view  # noqa: E402
from tests.test_review4_adjudicate_asked import suggest_meanwhile  # noqa: E402
from tests.test_review_fixtures import build_two_annotators, load_seeds  # noqa: E402

REFUSED = {
    "en": "Not marked done: 1 pending suggestion came after this view was shown",
    "zh_CN": "未标记完成：本视图显示之后又来了 1 条待定建议",
}
DONE = {"en": "Document marked done.", "zh_CN": "文档已标记完成。"}
SETTLED_NOT_DONE = {
    "en": "Every difference is settled, but the document was not marked done: 1 pending"
    " suggestion came",
    "zh_CN": "每处差异都已处理，但文档未标记完成：本视图显示之后又来了 1 条待定建议",
}


@pytest.fixture
def setup(tmp_path):
    docs = load_seeds()[:1]
    project, docs = build_two_annotators(tmp_path / "r.biaozhu", docs)
    project.set_role("rita", "reviewer")
    project.close()
    return tmp_path / "r.biaozhu", docs[0]


def statuses(path, doc_id) -> tuple[str, dict[int, str]]:
    with Project.open(path, annotator="rita") as p:
        assert p.verify().ok
        return p.status(doc_id, "rita"), {s.id: s.status for s in p.suggestions(doc_id, "rita")}


def test_ctrl_d_refused_for_a_suggestion_not_shown(qtbot, setup, language):
    path, doc = setup
    view = open_view(qtbot, path, doc["id"])
    new = suggest_meanwhile(path, doc)
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert REFUSED[language] in view.message.text()
    status, got = statuses(path, doc["id"])
    assert status != "done" and got[new] == "pending"
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    status, got = statuses(path, doc["id"])
    assert status == "done" and got[new] == "rejected"
    assert DONE[language] in view.message.text()  # the refusal's words gone
    view.close()


def test_the_last_choice_written_and_the_automatic_done_refused(qtbot, setup, language):
    path, doc = setup
    view = open_view(qtbot, path, doc["id"])
    qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
    rows = view.model.rowCount()
    for _ in range(rows - 1):
        qtbot.keyClick(view.table, Qt.Key.Key_L)
    new = suggest_meanwhile(path, doc, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_L)
    assert SETTLED_NOT_DONE[language] in view.message.text()
    status, got = statuses(path, doc["id"])
    assert status == "in_progress" and got[new] == "pending"
    with Project.open(path) as p:
        spans = sorted((a.start, a.end, a.label) for a in p.annotations(doc["id"], "rita"))
    assert spans == sorted((s["start"], s["end"], s["label"]) for s in doc["spans"])
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    status, got = statuses(path, doc["id"])
    assert status == "done" and got[new] == "rejected"
    view.close()
