"""A backup restored while the window shows a document the backup does not
hold: the window showed the gone document on, and its re-read raised
NotFound out of a slot ("NotFound: no document … in this project" in the
status bar, in English). It opens a document the project holds instead."""

from __future__ import annotations

from models import Project
from models.store.backup import make_backup
from tests.gui.conftest import DOC_A, DOC_B, close_window, open_window


def test_restoring_a_backup_without_the_shown_document_opens_one_it_holds(qtbot, tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="tester") as project:
        project.add_document(DOC_B, doc_id="b")
    saved = make_backup(path)  # b only
    with Project.open(path, annotator="tester") as project:
        project.add_document(DOC_A, doc_id="a")
    window = open_window(qtbot, path, tmp_path)
    try:
        window._open_document("a")
        assert window.controller.doc_id == "a"
        errors: list[str] = []
        window.ctx.error.connect(errors.append)

        assert window.restore_backup(saved)
        assert window.ctx.host.wait_idle()
        qtbot.waitUntil(lambda: window.controller.doc_id == "b", timeout=10_000)
        # the re-reads deferred until the writes were done, and the history
        # check the restore starts, all over (not a pause that may end first)
        assert window.ctx.host.wait_idle() and window.ctx.tasks.wait(20_000)

        with Project.open(path, readonly=True) as store:
            assert store.document_ids() == ["b"]
        assert window.controller.text == DOC_B
        assert errors == []
        assert "NotFound" not in window.statusBar().currentMessage()
    finally:
        close_window(window)
