"""The backups as the restore dialog lists them after a time sync set the
laptop's clock back: in the order they were made (newest first, their
names' order since attack3), each with the time it was saved as the clock
read it then, and marked when that is earlier than an older copy's; the
last change of each is its last event's time, not the latest time among its
events. A copy named just after the newest (the clock reading earlier)
showed that copy's time, hours after it was made, and "Last change" the
time of a change made before the set-back one.

The clock is the laptop's (``tests.test_attack3_clock``); the file system
stamps each copy with the same clock (``os.utime`` here, as the laptop's
kernel would)."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from models import Project
from models.store.backup import list_backups, make_backup
from tests.conftest import news_train_article
from tests.test_attack3_clock import clock  # noqa: F401  (the fixture)


def copy(p, clock, reason="session"):  # noqa: F811
    """A copy, the file system stamping it with the laptop's clock."""
    path = make_backup(p)
    when = clock.now(UTC)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path, when


def test_copies_listed_in_the_order_made_with_the_time_the_clock_read(tmp_path, clock):  # noqa: F811
    text = news_train_article()["text"]
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document(text, doc_id="a")
        clock.jump(hours=9)  # the clock ran ahead
        first, first_at = copy(p, clock)
        p.add_document(text[:200], doc_id="b")
        second, second_at = copy(p, clock)
        clock.jump(hours=-9)  # a time sync sets it right
        p.add_document(text[:100], doc_id="c")  # the last change, its time the earliest
        third, third_at = copy(p, clock)
        last_event = p.history()[-1].time
    listed = list_backups(path)
    assert [b.path for b in listed] == [third, second, first]  # the order made, newest first
    saved = {b.path: datetime.fromisoformat(b.saved) for b in listed}
    assert (
        abs((saved[third] - third_at).total_seconds()) < 1
    )  # as the clock read, not after `second`
    assert saved[third] < saved[second]
    assert abs((saved[second] - second_at).total_seconds()) < 1
    assert [b.clock_back for b in listed] == [True, False, False]
    assert listed[0].time == last_event  # the last change made, not the latest time
    assert listed[0].documents == 3


def test_a_copy_moved_with_new_file_times_keeps_its_name_s_time(tmp_path, clock):  # noqa: F811
    """A backups folder copied without its files' times (cp): each copy's
    saved time is its name's, the earlier of the two."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document(news_train_article()["text"], doc_id="a")
        made, at = copy(p, clock)
    os.utime(made, None)  # now, by the real clock: hours after the laptop's reading
    (listed,) = list_backups(path)
    assert abs((datetime.fromisoformat(listed.saved) - at).total_seconds()) < 1
    assert not listed.clock_back


def test_a_file_time_a_moment_before_the_name_s_is_not_a_clock_set_back(tmp_path, clock):  # noqa: F811
    """A file system keeping whole seconds dates two copies made within a
    second before their names: they keep their names' times, unmarked."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document(news_train_article()["text"], doc_id="a")
        clock.jump(seconds=0.6)
        made = [make_backup(p) for _ in range(2)]
    for copy_path in made:
        second = int(clock.at.timestamp()) - 1  # truncated, and then some
        os.utime(copy_path, (second, second))
    listed = list_backups(path)
    assert [b.path for b in listed] == made[::-1]
    assert [b.clock_back for b in listed] == [False, False]
    assert listed[0].saved > listed[1].saved
