"""Tools → Train suggester on a project whose history does not prove its
gold (safe7, 7 December 2026): a gold span's label and its event edited
together with ``sqlite3`` (COMPANY → POLICY, the chain left as it was).
``biaozhu train`` said in one line that the history does not prove the
gold it trained on (safe6); the window trained on the forged label without
a word. The training's result now carries the warning (the core's own
words), and the window's report and status line say it."""

from __future__ import annotations

import sqlite3

from models import Project
from tests.attacker import GUARDS, forge_label
from tests.gui.test_project_tools import gold_path, trained  # noqa: F401  (fixture)


def forge_a_label(path) -> int:
    """The first COMPANY span relabelled POLICY, in its row and its event;
    the event's id."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        event = forge_label(conn)
    finally:
        conn.close()
    with Project.open(path, readonly=True) as p:
        assert not p.verify().ok
    return event


def test_the_window_s_training_says_the_history_does_not_prove_the_gold(
    qtbot,
    gold_path,  # noqa: F811
    tmp_path,
):
    event = forge_a_label(gold_path)
    with trained(qtbot, gold_path, tmp_path) as (window, dialog):
        said = dialog.summary.text()
        assert "the history does not prove the gold trained on" in said, said
        assert f"event {event} is broken" in said and "biaozhu verify" in said, said
        assert "does not prove the gold" in window.statusBar().currentMessage()
        dialog.close()


def test_the_window_s_training_on_a_proven_history_says_nothing_of_it(
    qtbot,
    gold_path,  # noqa: F811
    tmp_path,
):
    with trained(qtbot, gold_path, tmp_path) as (window, dialog):
        assert "does not prove" not in dialog.summary.text()
        dialog.close()
