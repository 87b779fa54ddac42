"""A document's text grown with ``sqlite3`` far past what the store takes
(attack4, 7 December 2026): ``UPDATE documents SET text = text ||
printf('%.*c', 990000000, 'x')``, a gigabyte in one row (SQLite's most).

``verify`` named it ("does not match its content hash") after 30 s and
3 GB: it hashed the text, then read it again for each of the document's 18
spans. The window, opening the project, took 50 s and 5.3 GB and wrote the
gigabyte into its search index, doubling the file to 2 GB. A text longer
than any the store takes (2,000,000 characters, at most 8 MB of UTF-8) is
now told by its size, which SQLite's blob handle reads from the row's
header, and left unread: ``verify`` names it in one line (1.5 s, 125 MB on
the gigabyte) and the search index leaves it out (the window opened in
4.5 s, 312 MB, its bar naming the row).

Tried and held on the same gigabyte: ``stats``, ``history`` (0.2 s, under
50 MB: they read no text). ``export`` wrote the forged text (20 s,
7.8 GB); since safe6 it refuses in one line (tests/test_safe6_grown_readers.py)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from models.search import index_some, indexed_up_to
from models.store.project import Project
from tests.conftest import shared_path

GROWN = 150_000_000  # bytes added to one text: far past the store's limit, quick to make


def made(folder: Path) -> tuple[Path, str]:
    gold = folder / "gold.jsonl"
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    path = folder / "p.biaozhu"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(gold), "--annotator", "alice"]) == 0
    doc = json.loads(lines[0])["id"]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(
            "UPDATE documents SET text = text || printf('%.*c', ?, 'x') WHERE id = ?",
            (GROWN, doc),
        )
    finally:
        conn.close()
    return path, doc


def measured(*args: str) -> tuple[int, str, int]:
    """Exit status, standard error and peak memory (KB) of a command run in a
    process of its own."""
    code = (
        "import re, sys\n"
        "from desktop.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "sys.stderr.flush()\n"
        # this program's own peak (ru_maxrss keeps the forking parent's across exec)
        "print(re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read())[1])\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return done.returncode, done.stderr, int(done.stdout.strip().splitlines()[-1])


def test_verify_names_an_oversize_text_without_reading_it(tmp_path):
    path, doc = made(tmp_path)
    status, err, peak_kb = measured("verify", str(path))
    assert status == 1
    lines = [line for line in err.splitlines() if not line.startswith("head:")]
    assert len(lines) == 1, lines
    assert doc in lines[0] and f"{GROWN + 100:,}"[:5] in lines[0], lines[0]
    assert "more than any text" in lines[0]
    # the text is never held: the process stays well under its size
    assert peak_kb * 1024 < GROWN, peak_kb


def test_the_search_index_leaves_it_out(tmp_path):
    path, doc = made(tmp_path)
    with Project.open(path, annotator="alice") as p:
        while index_some(p):
            pass
        assert indexed_up_to(p) == 3  # past it: not indexed again at every opening
        (indexed,) = p.conn.execute(
            "SELECT coalesce(sum(length(block)), 0) FROM documents_fts_data"
        ).fetchone()
        assert indexed < 10_000_000, indexed
        report = p.verify()
        assert not report.ok and any(doc in str(m) for m in report.problems)
