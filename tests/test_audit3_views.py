"""A project file in which a table was replaced by a view: Biaozhu never makes
a view, and a view can run anything a SELECT can, here a recursive query that
never ends. Every command read the view as the table and ran until killed
(verify, merge of the file, import, the window's open); each must refuse the
file in one line, at once, and change nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from models import Project

ENDLESS = (
    "CREATE VIEW labels AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
    " SELECT 'X' || n AS name, '#ffffff' AS colour, '' AS hotkey, '' AS description,"
    " n AS position FROM r"
)
# A child that has not answered in this long is running the view's query.
BOUND_S = 30


def hostile(path) -> None:
    """A project with a document, whose labels table is now an endless view."""
    with Project.create(path, annotator="alice") as p:
        p.add_document("比亚迪2024年营收932.4亿元。", doc_id="a")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("ALTER TABLE labels RENAME TO labels_kept")
    conn.execute(ENDLESS)
    conn.commit()
    conn.close()


def cli(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "BIAOZHU_ANNOTATOR": "alice"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *argv],
            capture_output=True,
            text=True,
            timeout=BOUND_S,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"biaozhu {' '.join(argv)} ran past {BOUND_S} s on a hand-edited file")


def dump(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [
            r[0] for r in conn.execute("SELECT sql FROM sqlite_master ORDER BY name") if r[0]
        ] + [str(r) for r in conn.execute("SELECT * FROM labels_kept")]
    finally:
        conn.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "{bad}"],
        ["merge", "{good}", "{bad}"],
        ["import", "{bad}", "{txt}"],
        ["export", "{bad}", "--format", "jsonl", "--out", "{out}"],
    ],
    ids=["verify", "merge", "import", "export"],
)
def test_a_view_in_the_file_is_refused_at_once(tmp_path, argv):
    bad, good = tmp_path / "bad.biaozhu", tmp_path / "good.biaozhu"
    hostile(bad)
    Project.create(good, annotator="alice").close()
    txt = tmp_path / "a.txt"
    txt.write_text("宁德时代营收增长。", encoding="utf-8")
    before, before_good = dump(bad), good.read_bytes()
    names = {"bad": bad, "good": good, "txt": txt, "out": tmp_path / "x.jsonl"}
    done = cli(*[a.format(**names) for a in argv])
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("biaozhu: error: ") and done.stderr.count("\n") == 1
    assert "labels" in done.stderr and "view" in done.stderr, done.stderr
    assert dump(bad) == before
    assert good.read_bytes() == before_good


def test_the_file_without_the_view_opens(tmp_path):
    """The refusal is the view's: the same file with its table back opens."""
    bad = tmp_path / "bad.biaozhu"
    hostile(bad)
    conn = sqlite3.connect(bad)
    conn.execute("DROP VIEW labels")
    conn.execute("ALTER TABLE labels_kept RENAME TO labels")
    conn.commit()
    conn.close()
    assert cli("verify", str(bad)).returncode == 0
