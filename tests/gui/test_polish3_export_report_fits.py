"""File → Export: the report of a finished export (its figures, a note or
two, the manifest) came in under the form without the dialog growing, and
the layout squeezed the form to make room: the three "What" choices were
drawn over one another, their words cut in half. The dialog grows to hold
the report, every choice whole."""

from __future__ import annotations

from models import Project
from tests.gui.conftest import DOC_A, DOC_B


def test_the_export_report_leaves_the_form_whole(qtbot, tmp_path):
    from desktop.gui.dialogs.export_dialog import ExportDialog

    path = tmp_path / "two.biaozhu"
    with Project.create(path, annotator="rita") as project:
        for doc_id, text in (("a", DOC_A), ("b", DOC_B)):
            project.add_document(text, doc_id=doc_id)
            for who, end in (("alice", 3), ("bob", 2)):
                project.add_span(doc_id, 0, end, "COMPANY", annotator=who)
                project.set_status(doc_id, "done", annotator=who)
    dialog = ExportDialog(None, str(path), "rita")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("brat"))
    dialog.out_path.setText(str(tmp_path / "out-brat"))
    dialog.start_export()
    assert dialog.runner.wait(20_000)
    qtbot.waitUntil(lambda: dialog.report is not None)
    text = dialog.message.text()
    assert text.count("\n") >= 2  # the figures, a note on the disagreements, the manifest

    def whole(widget) -> bool:
        return widget.height() >= widget.minimumSizeHint().height()

    qtbot.waitUntil(
        lambda: all(
            whole(w) for w in (dialog.gold_button, dialog.layer_button, dialog.suggestions_button)
        ),
        timeout=3000,
    )
    message = dialog.message
    assert message.height() >= message.heightForWidth(message.width())
    # the choices one under the other, none drawn over the next
    gold, layer, pending = (
        w.mapTo(dialog, w.rect().topLeft()).y()
        for w in (dialog.gold_button, dialog.layer_button, dialog.suggestions_button)
    )
    assert gold + dialog.gold_button.height() <= layer
    assert layer + dialog.layer_button.height() <= pending
    dialog.close()


def test_the_keyboard_stays_where_the_export_was_started(qtbot, tmp_path):
    """Return in the Output field exports; the form is disabled meanwhile,
    and the focus went on to Browse…, so a second Return opened a file
    chooser instead of exporting again. It comes back to the Output field."""
    from PySide6.QtCore import Qt

    from desktop.gui.dialogs.export_dialog import ExportDialog

    path = tmp_path / "one.biaozhu"
    with Project.create(path, annotator="rita") as project:
        project.add_document(DOC_A, doc_id="a")
        project.add_span("a", 0, 3, "COMPANY")
        project.set_status("a", "done")
    dialog = ExportDialog(None, str(path), "rita")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jsonl"))
    dialog.out_path.setFocus()
    dialog.out_path.setText(str(tmp_path / "gold.jsonl"))
    qtbot.keyClick(dialog.out_path, Qt.Key.Key_Return)
    assert dialog.runner.wait(20_000)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert (tmp_path / "gold.jsonl").exists()
    assert dialog.focusWidget() is dialog.out_path
    dialog.close()
