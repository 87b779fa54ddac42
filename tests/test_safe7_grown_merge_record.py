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

import sqlite3
from pathlib import Path

from tests.attacker import edited_copy, grown_copy, last_json
from tests.test_attack_schema import original  # noqa: F401  (the fixture)

GROWN = 120_000_000  # bytes added to the merge's record: far past the bound (32 MB)


def grown_merge(original: Path, tmp_path: Path) -> tuple[Path, int]:  # noqa: F811
    """A copy of ``original`` whose merge record carries GROWN more bytes,
    still JSON (its documents map and the rest as written)."""
    return grown_copy(original, tmp_path, "action = 'merge.completed'", by=GROWN)


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
    return last_json(READ, path, which)


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
    path, eid = grown_copy(
        original,
        tmp_path,
        "target = (SELECT CAST(min(a.id) AS TEXT) FROM annotations a WHERE a.annotator = 'carol'"
        " AND a.doc_id = (SELECT id FROM documents ORDER BY rowid LIMIT 1))"
        " AND doc_id = (SELECT id FROM documents ORDER BY rowid LIMIT 1)",
        by=GROWN,
    )
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
    path, _ = grown_copy(original, tmp_path, "action = 'merge.conflict'", by=GROWN)
    got = last_json(CONFLICTS, path)
    assert got["peak_kb"] * 1024 < GROWN, got["peak_kb"]
    assert got["found"] == last_json(CONFLICTS, original)["found"] and got["found"]


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
    found: list[int] = []

    def grow(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE merge_conflicts SET spans = json_insert(spans, '$[#]',"
            " json_object('start', 0, 'end', 1, 'label', 'COMPANY', 'text',"
            " printf('%.*c', ?, 'x')))",
            (GROWN,),
        )
        found.append(conn.execute("SELECT min(id) FROM merge_conflicts").fetchone()[0])

    path = edited_copy(original, tmp_path, grow, "s.biaozhu")
    (cid,) = found
    from tests.test_attack4_oversize_text import measured

    status, err, peak_kb = measured("conflicts", str(path))
    assert peak_kb * 1024 < GROWN, (peak_kb, err)
    lines = err.strip().splitlines()
    assert status == 1 and len(lines) == 1, err
    assert f"merge conflict {cid} is damaged" in lines[0] and "120,00" in lines[0], lines
