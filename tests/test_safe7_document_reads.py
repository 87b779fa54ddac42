"""The readers of one document's history and an event grown with
``sqlite3`` past anything Biaozhu writes (safe7, 7 December 2026).

safe6 and this round made the history views leave such an event out and
name it; the other readers of one document's events (the layers as of an
event, which the history view's "Show as of…" and ``history --as-of``
read; a reviewer's earlier choices, read when the review of a document
opens; the events about one suggestion, Ctrl+Shift+H) read it whole, a
120 MB payload still JSON held several times over. A read of one
document's events now refuses it in one line naming the event, unread."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.test_attack_schema import original  # noqa: F401  (the fixture)
from tests.test_tamper import GUARDS

GROWN = 120_000_000

READ = """
import json, re, sys
from models.errors import IntegrityError
from models.review.asof import records_as_of
from models.store.project import Project
with Project.open(sys.argv[1], annotator="carol", readonly=True) as p:
    doc = p.document_ids()[0]
    try:
        said = len(records_as_of(p, doc, None))
    except IntegrityError as exc:
        said = str(exc)
peak = re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read())[1]
print(json.dumps({"said": said, "peak_kb": int(peak)}))
"""


def as_of(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", READ, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_layers_as_of_an_event_refuse_a_grown_event_unread(original, tmp_path):  # noqa: F811
    path = tmp_path / "g.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        doc = conn.execute("SELECT id FROM documents ORDER BY rowid LIMIT 1").fetchone()[0]
        (eid,) = conn.execute(
            "SELECT min(id) FROM events WHERE doc_id = ? AND action = 'span.added'", (doc,)
        ).fetchone()
        conn.execute(
            "UPDATE events SET after = json_set(after, '$.pad', printf('%.*c', ?, 'x'))"
            " WHERE id = ?",
            (GROWN, eid),
        )
    finally:
        conn.close()
    clean = as_of(original)
    assert isinstance(clean["said"], int) and clean["said"] > 0
    got = as_of(path)
    assert got["peak_kb"] * 1024 < GROWN, got
    assert f"event {eid} of the history is damaged" in got["said"], got
