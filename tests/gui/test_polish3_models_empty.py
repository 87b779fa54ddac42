"""Tools → Suggester models… on a project that has trained no model yet: under
"No model is stored yet: Tools → Train suggester trains one on the gold."
stood "Stored models:" and an empty table filling the dialog, a box that
showed nothing. Without a stored model the dialog says so and shows no
empty list; its buttons stay in reach."""

from __future__ import annotations


def test_no_empty_list_of_models(window, qtbot, english):
    from desktop.gui.dialogs.models_dialog import SuggesterModelsDialog

    window.actions_by_name["suggester_models"].trigger()
    dialog = window.findChild(SuggesterModelsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.summaries == []
    assert "No model is stored yet" in dialog.current.text()
    assert not dialog.table.isVisible() and not dialog.caption.isVisible()
    assert not dialog.evaluation.isVisible()
    # the words and the buttons, not a window of blank room between them
    buttons = dialog.bundled_button.mapTo(dialog, dialog.bundled_button.rect().topLeft()).y()
    assert buttons - dialog.current.geometry().bottom() < 120
    dialog.close()
