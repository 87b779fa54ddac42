"""File → Import's report says what the command line's notes say: the
relations a file held that no span keeps, and a label taken in another case
(the core's side: tests/test_review3_import_left_out.py), in the interface
language."""

from __future__ import annotations

import json

from desktop.gui.dialogs.import_dialog import ImportReportDialog
from models import Project
from models.io.importers import ImportOptions, import_paths
from tests.test_review3_import_left_out import article_spans, label_studio_task


def report_of(tmp_path):
    row, spans = article_spans(4)
    companies = [s for s in spans if s["label"] == "COMPANY"]
    regions = [(s, "Company" if s is companies[0] else s["label"]) for s in spans]
    path = tmp_path / "tasks.json"
    task = label_studio_task(row, regions, relations=2)
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as project:
        return import_paths(project, [path], ImportOptions())


def test_the_report_says_the_relations_left_out_and_the_label_taken(qtbot, tmp_path, english):
    dialog = ImportReportDialog(report_of(tmp_path), None)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "2 relations between spans not imported" in text, text
    assert "Company (1 span) was taken as COMPANY" in text, text


def test_in_chinese(qtbot, tmp_path, qapp):
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    translations.apply("zh_CN")
    try:
        dialog = ImportReportDialog(report_of(tmp_path), None)
        qtbot.addWidget(dialog)
        text = dialog.summary.text()
        assert "片段之间的 2 个关系未导入" in text, text
        assert "按 COMPANY 导入" in text, text
    finally:
        translations.remove()
