"""Compare & adjudicate's Ctrl+D that reopens a document says how many
suggestions marking it done rejected are pending again, when there are any
(review5; the case with none: test_newuser4_review_reopen_words.py). A seed
article of ../shared, two annotators' layers, one suggestion another program
stored: Ctrl+D refuses, Ctrl+D marks it done rejecting it, Ctrl+D reopens it
and the line counts the one suggestion the store holds pending again."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from models import Project  # noqa: E402
from tests.gui.test_review4_done_asked import open_view, setup  # noqa: E402, F401
from tests.test_review4_adjudicate_asked import suggest_meanwhile  # noqa: E402

REOPENED = {
    "en": "Document reopened: 1 suggestion that marking it done rejected is pending again.",
    "zh_CN": "文档已重新打开：标记完成时记为拒绝的 1 条建议重新变为待定。",
}


def test_reopening_counts_the_suggestions_pending_again(qtbot, setup, language):  # noqa: F811
    path, doc = setup
    view = open_view(qtbot, path, doc["id"])
    try:
        new = suggest_meanwhile(path, doc)
        ctrl_d = (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(view.table, *ctrl_d)  # refused: it came after the view was read
        qtbot.keyClick(view.table, *ctrl_d)  # done, rejecting it
        with Project.open(path, annotator="rita", readonly=True) as p:
            assert p.status(doc["id"], "rita") == "done"
            assert {s.id: s.status for s in p.suggestions(doc["id"], "rita")}[new] == "rejected"
        qtbot.keyClick(view.table, *ctrl_d)  # reopened
        with Project.open(path, annotator="rita", readonly=True) as p:
            assert p.status(doc["id"], "rita") == "in_progress"
            pending = [s.id for s in p.suggestions(doc["id"], "rita", status="pending")]
        assert pending == [new]
        assert view.message.text() == REOPENED[language]
    finally:
        view.close()
