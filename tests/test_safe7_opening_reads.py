"""What the window reads of the history when it opens a project (safe7,
7 December 2026). To find the documents no suggester has run on
(``never_suggested``, run on every opening), it read every
``suggestions.computed`` and ``suggestions.added`` event whole, payload
included, for their document ids alone: one payload grown with ``sqlite3``
past anything Biaozhu writes was parsed whole on each opening (120 MB: the
process held several times that), and one edited into something that is not
JSON failed the opening's job. The ids are now read without the payloads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.attacker import edited_copy, last_json
from tests.test_attack_schema import original  # noqa: F401  (the fixture)

GROWN = 120_000_000

READ = """
import json, re, sys
from desktop.gui.jobs import never_suggested
from models.store.project import Project
with Project.open(sys.argv[1], annotator="bob", readonly=True) as p:
    found = never_suggested(p, "bob")
peak = re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read())[1]
print(json.dumps({"found": found, "peak_kb": int(peak)}))
"""


def edited(original: Path, tmp_path: Path, value: str) -> Path:  # noqa: F811
    """A copy of ``original`` whose first suggester run's payload is ``value``
    (SQL, GROWN as its parameter)."""

    def edit(conn: sqlite3.Connection) -> None:
        conn.execute(
            f"UPDATE events SET after = {value} WHERE id = (SELECT min(id) FROM events"
            " WHERE action IN ('suggestions.computed', 'suggestions.added'))",
            (GROWN,) if "?" in value else (),
        )
        assert conn.execute("SELECT changes()").fetchone()[0] == 1

    return edited_copy(original, tmp_path, edit)


def never_suggested_of(path: Path) -> dict:
    return last_json(READ, path, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize(
    "value",
    [
        "json_set(after, '$.pad', printf('%.*c', ?, 'x'))",  # grown, still JSON
        "'{not json'",  # damaged
    ],
    ids=["grown", "not-json"],
)
def test_the_documents_never_suggested_are_found_without_reading_the_payloads(
    original,  # noqa: F811
    tmp_path,
    value,
):
    clean = never_suggested_of(original)
    got = never_suggested_of(edited(original, tmp_path, value))
    assert got["found"] == clean["found"]
    assert got["peak_kb"] * 1024 < GROWN, got["peak_kb"]
