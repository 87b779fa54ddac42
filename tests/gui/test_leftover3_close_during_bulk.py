"""Closing the window (Ctrl+Q, or the window's close) while Shift+A writes
a real article's suggestions, part by part as on a slow disk: the write is
cancelled, the window waits only for the part being committed, and closes.
The file then holds every part committed, each accept with its history
event, nothing half written (verified), and not the parts after the close.

The same for Shift+O, a document a part.

Before, closing waited for the whole write to end."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from desktop.gui.ops import spans as span_ops
from models import Project
from models.learn import occurrences
from tests.gui.conftest import open_window
from tests.gui.test_accept_everywhere_cancel_redo import (
    ELSE,
    HERE,
    NAME,
    THERE,
    file_holds,
    project,  # noqa: F401 - the fixture
)
from tests.gui.test_bulk_cancel_partial import (
    CHUNK,
    DOC,
    SHIFT,
    article,  # noqa: F401 - the fixture
    events,
    stored,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SLOW_PART_S = 0.4  # each part of the write as long as this after it is committed


def slow_parts(window) -> threading.Event:
    """Each committed part of the window's next bulk write made SLOW_PART_S
    longer, from its first part on (connected as its progress is created,
    before the store thread can report any: connected after the key, a
    loaded machine had written every part by then); set once a part is
    committed."""
    written = threading.Event()

    def slow(done: int, _total: int, _note: str) -> None:  # on the store thread
        if done:
            written.set()
            time.sleep(SLOW_PART_S)

    strip, track = window.progress, window.progress.track

    def tracked(title: str, cancellable: bool = True):
        progress = track(title, cancellable)
        strip._signals.progress.connect(slow, Qt.ConnectionType.DirectConnection)
        return progress

    window.controller.set_progress_factory(tracked)
    return written


@pytest.mark.parametrize("how", ["ctrl-q", "close"])
def test_closing_during_shift_a_cancels_it_and_keeps_what_was_committed(
    article,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
    english,
    how,
):
    monkeypatch.setattr(span_ops, "BULK_CHUNK", CHUNK)
    before = stored(article)
    parts = -(-len(before["pending"]) // CHUNK)
    assert parts >= 5
    window = open_window(qtbot, article, tmp_path)
    try:
        window.controller.open_document(DOC)
        written = slow_parts(window)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_A, SHIFT)
        qtbot.waitUntil(written.is_set, timeout=10_000)
        pressed = time.monotonic()
        if how == "ctrl-q":
            qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Q, CTRL)
        else:
            window.close()
        took = time.monotonic() - pressed
        assert not window.isVisible()
        assert window.ctx.host.pending == 0
    finally:
        window.ctx.close()
    after = stored(article)  # verified
    accepted = events(article, "suggestion.accepted")
    # the part being committed, not the parts after it
    assert 0 < len(after["gold"]) < len(before["pending"])
    assert took < SLOW_PART_S * (parts - 2), f"closing took {took:.1f} s"
    assert len(after["gold"]) % CHUNK == 0  # whole parts
    assert len(accepted) == len(after["gold"])  # each with its event
    assert after["status"] == "in_progress"
    with Project.open(article, annotator="tester", readonly=True) as store:
        still = {s.id for s in store.suggestions(DOC, "tester", status="pending")}
    assert len(still) + len(after["gold"]) == len(before["pending"])


def test_closing_during_shift_o_keeps_the_documents_written_and_spares_the_rest(
    project,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
    english,
):
    monkeypatch.setattr(occurrences, "EVERYWHERE_BATCH", 1)  # a document a transaction
    before = file_holds(project)
    window = open_window(qtbot, project, tmp_path)
    try:
        c = window.controller
        c.open_document(HERE)
        c.set_current(next(i.key for i in c.items if i.is_pending and i.text == NAME))
        written = slow_parts(window)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_O, SHIFT)
        qtbot.waitUntil(written.is_set, timeout=10_000)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Q, CTRL)
        assert not window.isVisible()
    finally:
        window.ctx.close()
    held = file_holds(project)  # verified
    assert len(held[HERE][0]) == 2  # the first document, both places outside 中国国家能源集团
    assert held[THERE] == before[THERE]  # spared by the close
    assert held[ELSE] == before[ELSE]
