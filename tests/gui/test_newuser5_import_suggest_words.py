"""newuser5: an annotator imports ../shared/gold/news-train.jsonl in the
window as spans to review (the documents left to do). The suggesters then
stored 953 suggestions, all but 4 of them the spans the file brought, and
the status bar said "Suggestions: 953 added, 0 removed." while four waited
for review (`biaozhu stats`: pending for lin: 4). The line says how many are
there to review, counted in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import Project
from tests.gui.conftest import close_window, open_window

TRAIN = Path(__file__).resolve().parents[3] / "shared" / "gold" / "news-train.jsonl"


@pytest.mark.skipif(not TRAIN.exists(), reason="needs ../shared/gold/news-train.jsonl")
def test_import_then_suggestions_say_how_many_to_review(qtbot, tmp_path):
    from desktop.gui import jobs
    from models.io.importers import ImportOptions

    path = tmp_path / "session.biaozhu"
    Project.create(path, annotator="lin").close()
    window = open_window(qtbot, path, tmp_path, annotator="lin")
    said: list[str] = []
    window.ctx.message.connect(said.append)
    try:
        jobs.import_files(window, window.ctx, [str(TRAIN)], options=ImportOptions(status="todo"))
        qtbot.waitUntil(lambda: any("Suggestions" in s for s in said), timeout=120_000)
        assert window.ctx.tasks.wait(30_000)
    finally:
        close_window(window)
    with Project.open(path, annotator="lin") as store:
        pending = sum(store.pending_counts("lin").values())
        stored = store.conn.execute("SELECT count(*) FROM suggestions").fetchone()[0]
    assert 0 < pending < stored  # the file's spans are most of what was suggested
    line = next(s for s in said if "Suggestions" in s)
    assert f"{pending} to review" in line, line
