"""Compare & adjudicate's Ctrl+D that reopens a document says only what it
did (newuser4, 7 December 2026; fixed by review5).

A reviewer settles a document with no suggestions at all (two annotators'
imported layers), Ctrl+D marks it done, and a second Ctrl+D reopens it. The
status line said "Document reopened: its suggestions that marking it done
rejected are pending again." when no suggestion was rejected and none is
pending: a line that tells the reviewer to look for suggestions that do not
exist. The main window says "Document reopened." there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import Project
from tests.gui.test_review4_done_asked import open_view
from tests.test_review_fixtures import build_two_annotators, load_seeds


def test_reopening_a_document_without_suggestions_claims_none(qtbot, tmp_path):
    path = tmp_path / "r.biaozhu"
    project, docs = build_two_annotators(path, load_seeds()[:1])
    project.set_role("rita", "reviewer")
    project.close()
    doc = docs[0]["id"]
    view = open_view(qtbot, path, doc)
    try:
        ctrl_d = (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(view.table, *ctrl_d)
        with Project.open(path, annotator="rita", readonly=True) as p:
            assert p.status(doc, "rita") == "done"
            assert p.suggestions(doc, "rita") == []  # nothing was there to reject
        qtbot.keyClick(view.table, *ctrl_d)
        with Project.open(path, annotator="rita", readonly=True) as p:
            assert p.status(doc, "rita") == "in_progress"
            assert p.suggestions(doc, "rita", status="pending") == []
        said = view.message.text()
        assert said.startswith("Document reopened"), said
        assert "pending again" not in said, said
    finally:
        view.close()
