"""The laptop's clock jumps (attack3): a lid opened after hours asleep and
a time sync that sets the clock back, or a clock hours ahead. The core's
clock is the one place it reads the time (``history.utc_now`` for events,
``backup``'s stamp for copies): both are moved here, as the laptop would.

Fixed: a session backup made after the clock was set back was named before
the copies made while it ran ahead, and the pruning (which keeps the five
last by name) deleted the copy it had just made: ``make_backup`` returned a
file that was gone, and the restore dialog's "newest first" showed a copy
made hours earlier at the top. Copies are now named in the order they were
made: one made while the clock reads earlier than the newest copy's name is
named just after it.

Held: the history, its pages and ``history`` list events in the order they
were made (by id), not by their times; the window's undo takes back the
last change made whatever its time (its steps name event ids, models/store/undo.py reads no
time); ``verify`` passes with times going backwards; a merge
of a laptop's copy whose clock ran hours behind brings every change."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from desktop.cli import main
from models import Project
from models.review.merge import merge_project
from models.store import backup as backup_module
from models.store import history as history_module
from models.store.backup import KEEP, list_backups, make_backup, restore_backup
from models.store.history import page_events
from tests.gui.conftest import make_project

START = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)


class Clock:
    """The laptop's clock: ``now`` moves a microsecond a reading (a real
    clock never reads the same twice in a row here) and jumps when told."""

    def __init__(self) -> None:
        self.at = START
        self.step = itertools.count()

    def jump(self, **delta) -> None:
        self.at += timedelta(**delta)

    def now(self, tz=None) -> datetime:
        self.at += timedelta(microseconds=1)
        return self.at if tz is None else self.at.astimezone(tz)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    c = Clock()

    class FakeDatetime(datetime):
        @classmethod
        def now(cls, tz=None):
            return c.now(tz)

    monkeypatch.setattr(backup_module, "datetime", FakeDatetime)
    monkeypatch.setattr(
        history_module,
        "utc_now",
        lambda: c.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z"),
    )
    for module in ("documents", "spans", "suggestions", "bulk", "project"):
        mod = __import__(f"models.store.{module}", fromlist=["x"])
        if hasattr(mod, "utc_now"):
            monkeypatch.setattr(mod, "utc_now", history_module.utc_now)
    return c


def test_a_backup_made_after_the_clock_was_set_back_is_kept_and_listed_newest(tmp_path, clock):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document("今年比亚迪营收18亿元。", doc_id="a")
        clock.jump(hours=9)  # the clock ran ahead all day
        for _ in range(KEEP):
            make_backup(p)
        p.add_document("园区新增规上工业企业12家。", doc_id="b")
        clock.jump(hours=-9)  # a time sync sets it right
        latest = make_backup(p)
        assert latest.exists()
        listed = list_backups(path)
        assert listed[0].path == latest and listed[0].documents == 2
        assert len(listed) == KEEP
        # and the copy restored is the one chosen, the newest
        p.add_document("工业投资增长8.5%左右。", doc_id="c")
        restore_backup(p, latest)
        assert p.document_count() == 2
        assert p.verify().ok


def test_events_made_while_the_clock_goes_back_keep_their_order(tmp_path, clock, capsys):
    path = tmp_path / "p.biaozhu"
    make_project(path)
    with Project.open(path, annotator="tester") as p:
        pending = [s.id for s in p.suggestions("a", "tester") if s.status == "pending"]
        p.accept_suggestion(pending[0])
        clock.jump(hours=-5)  # the clock set back between two keys
        p.accept_suggestion(pending[1])
        clock.jump(days=-400)
        p.reject_suggestion(pending[2])
        times = [e.time for e in p.history()][-3:]
        assert times[0] > times[1] > times[2]  # the times went back, the order did not
        page = page_events(p.conn, newest_first=True, limit=3)
        assert [e.action for e in page.events] == [
            "suggestion.rejected",
            "suggestion.accepted",
            "suggestion.accepted",
        ]
        assert p.verify().ok
    assert main(["verify", str(path)]) == 0
    capsys.readouterr()
    assert main(["history", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "suggestion.rejected" in lines[-1] and "suggestion.accepted" in lines[-2]


def test_a_merge_of_a_copy_whose_clock_ran_behind_brings_every_change(tmp_path, clock):
    path = tmp_path / "p.biaozhu"
    make_project(path)
    laptop = tmp_path / "laptop.biaozhu"
    with Project.open(path, annotator="tester") as p:
        p.backup_to(laptop)
    with Project.open(path, annotator="tester") as p:
        p.accept_suggestion([s.id for s in p.suggestions("a", "tester")][0])
    clock.jump(days=-3)  # the laptop's clock is days behind
    with Project.open(laptop, annotator="bob") as lap:
        for s in lap.suggestions("b", "bob"):
            lap.accept_suggestion(s.id)
        theirs = sorted(a.text for a in lap.annotations("b", "bob"))
    clock.jump(days=3)
    with Project.open(path, annotator="tester") as p:
        merge_project(p, laptop)
        assert sorted(a.text for a in p.annotations("b", "bob")) == theirs
        assert p.verify().ok
