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
