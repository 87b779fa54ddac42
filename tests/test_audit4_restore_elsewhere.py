"""Two windows on one project: one restores an older backup (the documents
imported since leave the project) and then an import brings a different
article under a freed id. The other window kept the old article's text in
its cache (texts were thought never to change), so the span its curator
added was checked against, and stored with, the wrong text: verify then
failed on a project only the app had written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models import Project
from models.store.backup import list_backups, make_backup
from models.store.verify import verify_project

REPO = Path(__file__).resolve().parents[1]
OLD = "比亚迪抚州基地贡献率达61.8%"
NEW = "宁德时代营收200亿元"

ELSEWHERE = """
import sys
from models import Project
from models.store.backup import list_backups, restore_backup
path = sys.argv[1]
with Project.open(path, annotator="bob") as project:
    restore_backup(project, list_backups(project.path)[-1].path)
    project.add_document(sys.argv[2], doc_id="late")
"""


def test_a_restore_in_another_process_is_seen_before_a_span_is_added(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        project.add_document("江西铜博科技有限公司全年实现工业营收932.4亿元", doc_id="d1")
    make_backup(path)
    window = Project.open(path, annotator="alice")
    try:
        window.add_document(OLD, doc_id="late")
        assert window.document_text("late") == OLD  # in its cache now
        done = subprocess.run(
            [sys.executable, "-c", ELSEWHERE, str(path), NEW],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert window.document_text("late") == NEW
        span = window.add_span("late", 0, 4, "COMPANY")
        assert span.text == "宁德时代"
        report = verify_project(window.conn)
        assert report.ok, report.problems
    finally:
        window.close()
    assert len(list_backups(path)) == 2  # the session copy and the one the restore saved
