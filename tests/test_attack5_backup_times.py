"""A backup's "Saved" time, when its file's time was changed (attack5,
7 December 2026): ``touch -d 2020-01-01`` on a copy in ``P.backups/``, or a
copy of the folder made with new file times.

The restore dialog took a copy's saved time from its file's time wherever
that was earlier than its name's stamp (to read the clock after a time sync
set it back, when ``_stamp`` names a copy just after the newest): a copy
touched to 2020 was listed as saved in 2020, and every newer copy was marked
*clock set back*. The saved time is now what Biaozhu recorded: the name's
stamp, or, for a copy whose name was moved on past the one before it, its
last event's time (the clock's latest reading the copy holds). The file's
time is shown beside it where the two differ, never taken for it."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from models import Project
from models.store.backup import list_backups, make_backup
from tests.conftest import news_train_article

YEAR_2020 = datetime(2020, 1, 1, tzinfo=UTC).timestamp()


def three_copies(path):
    with Project.create(path, annotator="alice") as p:
        text = news_train_article()["text"]
        made = []
        for i in range(3):
            p.add_document(text[: 100 + 50 * i], doc_id=f"d{i}")
            made.append(make_backup(p))
    return made


def test_a_copy_touched_to_another_year_keeps_its_saved_time(tmp_path):
    path = tmp_path / "p.biaozhu"
    made = three_copies(path)
    before = {b.path: b.saved for b in list_backups(path)}
    os.utime(made[1], (YEAR_2020, YEAR_2020))  # touch -d 2020-01-01
    listed = list_backups(path)
    assert {b.path: b.saved for b in listed} == before
    assert [b.clock_back for b in listed] == [False, False, False]
    touched = next(b for b in listed if b.path == made[1])
    assert touched.file_time.startswith("2020-01-01"), touched  # shown beside it
    assert [b.file_time for b in listed if b.path != made[1]] == ["", ""]


def test_copies_with_new_file_times_keep_their_saved_times(tmp_path):
    """The folder copied without its times (``cp -r``): every file is dated
    now, in an order of its own; nothing is marked."""
    path = tmp_path / "p.biaozhu"
    made = three_copies(path)
    before = {b.path: b.saved for b in list_backups(path)}
    later = datetime.now(UTC).timestamp() + 3600
    for i, copy in enumerate(made):
        os.utime(copy, (later - i, later - i))  # the newest dated earliest
    listed = list_backups(path)
    assert {b.path: b.saved for b in listed} == before
    assert not any(b.clock_back for b in listed)
    assert all(b.file_time for b in listed)
    for b in listed:
        assert b.project_id and b.events  # read from the copy itself
