"""Label names on the spans (issue 15.6: labels were told by colour only):
View → Show label names and Preferences switch a tag layer over the article."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRect  # noqa: E402


def band_above(window, surface: str) -> QRect:
    """The pixels just above the first character of ``surface`` in the article."""
    view = window.view
    start = view.text.index(surface)
    rect = view.span_rects(start, start + len(surface))[0].toRect()
    rect.translate(0, -view.verticalScrollBar().value())
    return QRect(rect.left(), rect.top() - 14, 40, 13)


def test_view_menu_shows_label_names_above_the_spans(window, qtbot):
    action = window.actions_by_name["show_label_names"]
    assert action in window.menus["view"].actions()
    before = window.view.viewport().grab(band_above(window, "比亚迪")).toImage()
    action.trigger()
    assert window.ctx.settings.show_label_names
    tags = window.label_tags
    qtbot.waitUntil(lambda: bool(tags.tags()))
    labels = [label for label, _rect, _gold in tags.tags()]
    assert labels == ["METRIC", "METRIC", "COMPANY", "POLICY"]
    for _label, rect, _gold in tags.tags():  # above a line, never over its characters
        assert rect.height() > 4
    after = window.grab().toImage()
    origin = window.view.viewport().mapTo(window, band_above(window, "比亚迪").topLeft())
    changed = sum(
        1
        for x in range(40)
        for y in range(13)
        if after.pixelColor(origin.x() + x, origin.y() + y) != before.pixelColor(x, y)
    )
    assert changed > 30, "no tag was drawn above 比亚迪"
    action.trigger()
    assert not window.ctx.settings.show_label_names and not tags.isVisible()


def test_preferences_switch_the_same_option(window, qtbot):
    from desktop.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.label_names.setChecked(True)
    dialog.accept()
    assert window.actions_by_name["show_label_names"].isChecked()
    assert window.label_tags.isVisible() and window.ctx.settings.show_label_names


def test_tags_follow_an_accept(window, qtbot):
    window.actions_by_name["show_label_names"].trigger()
    tags = window.label_tags
    assert [gold for _l, _r, gold in tags.tags()] == [False, False, False, False]
    qtbot.keyClick(window.view, "a")
    assert [gold for _l, _r, gold in tags.tags()][0] is True
