"""Shift+O cancelled part way (Esc), undone, then redone: the redo gives back
exactly what was written before the cancel, read back from the file after
each key, not the name accepted in every document.

Before, the redo ran the whole Shift+O again and accepted the name in the
documents the cancel had spared."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_accept_everywhere_cancel_redo import (
    CTRL,
    HERE,
    SHIFT,
    THERE,
    as_shown,
    file_holds,
    key,
    project,  # noqa: F401 - the fixtures
    shift_o_held_after_its_first_part,
    window,  # noqa: F401
    window_shows,
)


def spans(held: dict) -> dict:
    """What the file holds, without the ids a redo renews."""
    return {
        doc: ([g[:3] for g in gold], [p[:3] for p in pending], status)
        for doc, (gold, pending, status) in held.items()
    }


def test_the_redo_of_a_shift_o_cancelled_part_way_gives_back_what_was_written(
    window,  # noqa: F811
    project,  # noqa: F811
    qtbot,
    monkeypatch,
):
    before = file_holds(project)
    pressed = shift_o_held_after_its_first_part(window, qtbot, monkeypatch)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.progress.label.text() == "Cancelling…"
    pressed.set()
    assert window.ctx.host.wait_idle(30_000)
    cancelled = file_holds(project)
    assert len(cancelled[HERE][0]) == 2  # the first document, both places outside 中国国家能源集团
    assert cancelled[THERE] == before[THERE]  # spared by the cancel
    assert window_shows(window) == as_shown(cancelled)

    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert file_holds(project) == before
    assert window_shows(window) == as_shown(before)

    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    redone = file_holds(project)
    assert spans(redone) == spans(cancelled)  # not the name in THERE too
    assert redone[THERE] == before[THERE]
    assert window_shows(window) == as_shown(redone)
    assert "Not saved" not in window.statusBar().currentMessage()

    # still one step: Ctrl+Z takes the redone part back again
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert file_holds(project) == before
    assert window_shows(window) == as_shown(before)
