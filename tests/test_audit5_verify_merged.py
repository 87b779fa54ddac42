"""verify's check of merged events, now joined in SQLite's temporary
database rather than held in a dict: the same findings, in the same order,
on a project that merged two files and was then altered by hand (an event's
content changed, an origin hash's record removed from its merge record), a
read-only file included; and nothing left behind in the temporary database."""

from __future__ import annotations

import shutil
import sqlite3

from models import Project
from models.review.merge import merge_project
from models.store.verify import verify_merged_events
from tests.gui.conftest import make_project


def test_the_findings_on_merged_events_are_the_same(tmp_path):
    target = tmp_path / "target.biaozhu"
    Project.create(target, annotator="lead").close()
    for name, who in (("b", "bob"), ("c", "carol")):
        make_project(tmp_path / f"{name}.biaozhu")
        with Project.open(tmp_path / f"{name}.biaozhu", annotator=who) as other:
            other.accept_suggestion(other.suggestions("a", who)[0].id)
            other.set_status("b", "done")
    with Project.open(target, annotator="lead") as p:
        merge_project(p, tmp_path / "b.biaozhu")
        merge_project(p, tmp_path / "c.biaozhu")
        assert verify_merged_events(p.conn) == (
            [],
            p.conn.execute("SELECT count(*) FROM events WHERE origin_hash IS NOT NULL").fetchone()[
                0
            ],
        )
    altered = tmp_path / "altered.biaozhu"
    shutil.copy(target, altered)
    conn = sqlite3.connect(altered)
    conn.execute("DROP TRIGGER events_append_only_update")
    merged = [
        r[0]
        for r in conn.execute("SELECT id FROM events WHERE origin_hash IS NOT NULL ORDER BY id")
    ]
    first, last = merged[1], merged[-1]
    conn.execute("UPDATE events SET annotator = 'mallory' WHERE id = ?", (first,))
    gone = conn.execute("SELECT origin_hash FROM events WHERE id = ?", (last,)).fetchone()[0]
    conn.execute(
        "UPDATE events SET after = json_remove(after, '$.origin_prev.\"' || ? || '\"')"
        " WHERE action = 'merge.completed'",
        (gone,),
    )
    conn.commit()
    conn.close()
    for readonly in (False, True):
        with Project.open(altered, readonly=readonly) as p:
            problems, count = verify_merged_events(p.conn)
            assert count == len(merged)
            assert [str(m) for m in problems] == [
                f"event {first}: its content does not match its hash in {origin(p, first)}",
                f"event {last}: no record of where it stood in {origin(p, last)}",
            ]
            tables = p.conn.execute("SELECT name FROM temp.sqlite_master").fetchall()
            assert tables == []
            assert p.conn.execute("PRAGMA query_only").fetchone()[0] == int(readonly)


def origin(p: Project, eid: int) -> str:
    return p.conn.execute("SELECT origin FROM events WHERE id = ?", (eid,)).fetchone()[0]
