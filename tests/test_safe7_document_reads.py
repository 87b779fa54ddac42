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

from pathlib import Path

from tests.attacker import grown_copy, last_json
from tests.test_attack_schema import original  # noqa: F401  (the fixture)

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
    return last_json(READ, path)


def test_the_layers_as_of_an_event_refuse_a_grown_event_unread(original, tmp_path):  # noqa: F811
    path, eid = grown_copy(
        original,
        tmp_path,
        "action = 'span.added' AND doc_id = (SELECT id FROM documents ORDER BY rowid LIMIT 1)",
        by=GROWN,
    )
    clean = as_of(original)
    assert isinstance(clean["said"], int) and clean["said"] > 0
    got = as_of(path)
    assert got["peak_kb"] * 1024 < GROWN, got
    assert f"event {eid} of the history is damaged" in got["said"], got
