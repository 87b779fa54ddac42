"""The window's import report says, as ``biaozhu import`` does, how many
new documents could not keep the id their file gave them (that id names
another article of the project): tests/test_attack2_import_ids.py."""

from __future__ import annotations

import json

from desktop.gui.dialogs.import_dialog import ImportReportDialog
from models import Project
from models.io.importers import ImportOptions, import_paths
from tests.conftest import shared_path


def test_the_report_counts_the_documents_under_another_id(qtbot, tmp_path, english):
    corpus = sorted(shared_path("corpus").glob("*.txt"))[:2]
    project = Project.create(tmp_path / "p.biaozhu", annotator="ann")
    import_paths(project, corpus, ImportOptions())
    other = tmp_path / "other.jsonl"
    rows = [
        {"id": path.stem, "text": "".join(reversed(path.read_text(encoding="utf-8").split()))}
        for path in corpus
    ]
    other.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    report = import_paths(project, [other], ImportOptions())
    assert sorted(asked for _, asked, _ in report.renamed) == [p.stem for p in corpus]
    assert all(given in project.document_ids() for _, _, given in report.renamed)
    project.close()
    dialog = ImportReportDialog(report, None)
    qtbot.addWidget(dialog)
    assert "2 new documents got another id" in dialog.summary.text()
