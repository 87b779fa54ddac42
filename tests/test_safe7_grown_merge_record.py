"""A merge's record grown with ``sqlite3`` past anything Biaozhu writes
(safe7, 7 December 2026), read by the history of a document and of a span.

safe6 had the window's history of a document leave a grown event of that
document out and name it; but the same read first gathers the ids the
document had in merged files from every merge's record (``doc_aliases``,
``_merged_ids``), and those records were read whole, without the size check
the other readers make: a merge's record grown to 120 MB (still JSON, its
documents map kept) was parsed whole, twice, by the window's history of any
document. The span's history had no such check at all. Both now leave a
grown event out and name it, as the document's own events are."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.test_attack_schema import original  # noqa: F401  (the fixture)
from tests.test_tamper import GUARDS

GROWN = 120_000_000  # bytes added to the merge's record: far past the bound (32 MB)


def grown_merge(original: Path, tmp_path: Path) -> tuple[Path, int]:  # noqa: F811
    """A copy of ``original`` whose merge record carries GROWN more bytes,
    still JSON (its documents map and the rest as written)."""
    path = tmp_path / "g.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        (eid,) = conn.execute("SELECT id FROM events WHERE action = 'merge.completed'").fetchone()
        conn.execute(
            "UPDATE events SET after = json_set(after, '$.pad', printf('%.*c', ?, 'x'))"
            " WHERE id = ?",
            (GROWN, eid),
        )
    finally:
        conn.close()
    return path, eid


READ = """
import json, re, sys
from models.store.project import Project
from models.review.timeline import document_timeline, span_timeline
with Project.open(sys.argv[1], annotator="carol", readonly=True) as p:
    doc = p.document_ids()[0]
    span = p.annotations(doc, "carol")[0].id
    damaged = []
    if sys.argv[2] == "document":
        rows = document_timeline(p, doc, damaged=damaged)
    else:
        rows = span_timeline(p, doc, span, damaged=damaged)
    said = [m.template.format(**m.params) for m in damaged]
peak = re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read())[1]
print(json.dumps({"rows": len(rows), "damaged": said, "peak_kb": int(peak)}))
"""


def read_history(path: Path, which: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", READ, str(path), which],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_document_s_history_leaves_a_grown_merge_record_unread_and_names_it(
    original,  # noqa: F811
    tmp_path,
):
    path, eid = grown_merge(original, tmp_path)
    got = read_history(path, "document")
    assert got["peak_kb"] * 1024 < GROWN, got["peak_kb"]
    assert got["rows"] > 0  # the document's own events are read as ever
    assert any(f"event {eid} of the history is damaged" in s for s in got["damaged"]), got


def test_a_span_s_history_leaves_a_grown_merge_record_unread_and_names_it(
    original,  # noqa: F811
    tmp_path,
):
    path, eid = grown_merge(original, tmp_path)
    got = read_history(path, "span")
    assert got["peak_kb"] * 1024 < GROWN, got["peak_kb"]
    assert got["rows"] > 0
    assert any(f"event {eid} of the history is damaged" in s for s in got["damaged"]), got


def test_a_span_s_history_leaves_its_own_grown_event_unread_and_names_it(
    original,  # noqa: F811
    tmp_path,
):
    path = tmp_path / "s.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        doc = conn.execute("SELECT id FROM documents ORDER BY rowid LIMIT 1").fetchone()[0]
        (span,) = conn.execute(
            "SELECT min(id) FROM annotations WHERE doc_id = ? AND annotator = 'carol'", (doc,)
        ).fetchone()
        (eid,) = conn.execute(
            "SELECT min(id) FROM events WHERE doc_id = ? AND target = ?", (doc, str(span))
        ).fetchone()
        conn.execute(
            "UPDATE events SET after = json_set(after, '$.pad', printf('%.*c', ?, 'x'))"
            " WHERE id = ?",
            (GROWN, eid),
        )
    finally:
        conn.close()
    got = read_history(path, "span")
    assert got["peak_kb"] * 1024 < GROWN, got["peak_kb"]
    assert any(f"event {eid} of the history is damaged" in s for s in got["damaged"]), got


def test_the_histories_of_a_project_with_nothing_grown_are_as_ever(original):  # noqa: F811
    for which in ("document", "span"):
        got = read_history(original, which)
        assert got["rows"] > 0 and got["damaged"] == [], got


CONFLICTS = """
import json, re, sys
from models.review.conflicts import conflicts
from models.store.project import Project
with Project.open(sys.argv[1], annotator="carol", readonly=True) as p:
    found = [(c.id, c.doc_id, c.annotator, len(c.spans)) for c in conflicts(p)]
peak = re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read())[1]
print(json.dumps({"found": found, "peak_kb": int(peak)}))
"""


def test_the_conflicts_list_leaves_a_grown_conflict_event_unread(original, tmp_path):  # noqa: F811
    """The review's list of merge conflicts read every conflict's event whole
    for the name of the file it came from."""
    path = tmp_path / "c.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(GUARDS)
        conn.execute(
            "UPDATE events SET after = json_set(after, '$.pad', printf('%.*c', ?, 'x'))"
            " WHERE action = 'merge.conflict'",
            (GROWN,),
        )
    finally:
        conn.close()

    def listed(project: Path) -> dict:
        done = subprocess.run(
            [sys.executable, "-c", CONFLICTS, str(project)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).resolve().parent.parent,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    got = listed(path)
    assert got["peak_kb"] * 1024 < GROWN, got["peak_kb"]
    assert got["found"] == listed(original)["found"] and got["found"]


def test_merging_again_refuses_a_grown_merge_record_in_one_line(original, tmp_path):  # noqa: F811
    """A merge looks for the head the last merge of the same file recorded:
    it read every merge record whole."""
    from tests.test_attack4_oversize_text import measured

    path, eid = grown_merge(original, tmp_path)
    copy = original.parent / "copy.biaozhu"
    before = path.read_bytes()
    status, err, peak_kb = measured("merge", str(path), str(copy), "--annotator", "carol")
    assert peak_kb * 1024 < GROWN, (peak_kb, err)
    lines = [line for line in err.strip().splitlines() if line.startswith("biaozhu: ")]
    assert status == 1 and len(lines) == 1, err
    assert f"event {eid} of the history is damaged" in lines[0], lines
    assert path.read_bytes() == before


def test_the_conflicts_list_refuses_grown_incoming_spans_in_one_line(original, tmp_path):  # noqa: F811
    """A conflict's incoming spans (merge_conflicts.spans) grown with sqlite3
    were read and parsed whole, then refused as not a list of spans."""
    path = tmp_path / "s.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(
            "UPDATE merge_conflicts SET spans = json_insert(spans, '$[#]',"
            " json_object('start', 0, 'end', 1, 'label', 'COMPANY', 'text',"
            " printf('%.*c', ?, 'x')))",
            (GROWN,),
        )
        (cid,) = conn.execute("SELECT min(id) FROM merge_conflicts").fetchone()
    finally:
        conn.close()
    from tests.test_attack4_oversize_text import measured

    status, err, peak_kb = measured("conflicts", str(path))
    assert peak_kb * 1024 < GROWN, (peak_kb, err)
    lines = err.strip().splitlines()
    assert status == 1 and len(lines) == 1, err
    assert f"merge conflict {cid} is damaged" in lines[0] and "120,00" in lines[0], lines
