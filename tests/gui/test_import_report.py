"""The window's import report says what the command line's does: which
labels the files added to the schema, and each failed file's line once."""

from __future__ import annotations

import json

from desktop.gui.dialogs.import_dialog import ImportReportDialog
from models import Project
from models.io.importers import ImportOptions, import_paths


def test_the_report_names_the_labels_the_files_added_and_a_failed_line_once(qtbot, tmp_path):
    project = Project.create(tmp_path / "p.biaozhu", annotator="ann")
    good = tmp_path / "good.jsonl"
    span = {"start": 0, "end": 4, "label": "PRODUCT"}
    good.write_text(json.dumps({"text": "麒麟芯片发布。", "spans": [span]}) + "\n")
    bad = tmp_path / "bad.jsonl"
    wrong = {"start": 5, "end": 9, "label": "COMPANY"}
    bad.write_text('{"text": "fine"}\n' + json.dumps({"text": "abc", "spans": [wrong]}) + "\n")
    report = import_paths(project, [good, bad], ImportOptions())
    project.close()
    dialog = ImportReportDialog(report, None)
    qtbot.addWidget(dialog)
    assert "PRODUCT" in dialog.findChild(type(dialog.summary), "importSummary").text()
    where = dialog.failures.item(0, 0).text()
    reason = dialog.failures.item(0, 1).text()
    assert where == f"{bad}:2"
    assert str(bad) not in reason and "outside its text" in reason


def test_the_report_says_how_many_layers_came_in_and_how_many_were_kept(qtbot, tmp_path, english):
    project = Project.create(tmp_path / "p.biaozhu", annotator="ann")
    text = "麒麟芯片发布。"
    first = tmp_path / "ann.jsonl"
    first.write_text(json.dumps({"text": text, "spans": []}) + "\n", encoding="utf-8")
    import_paths(project, [first], ImportOptions(annotator="ann"))
    bob = tmp_path / "bob.jsonl"
    span = {"start": 0, "end": 4, "label": "COMPANY"}
    bob.write_text(json.dumps({"text": text, "spans": [span]}) + "\n", encoding="utf-8")
    layered = import_paths(project, [bob], ImportOptions(annotator="bob"))
    kept = import_paths(project, [bob], ImportOptions(annotator="bob"))
    assert [a.text for a in project.annotations(layered.layers[0][1], "bob")] == ["麒麟芯片"]
    project.close()
    dialog = ImportReportDialog(layered, None)
    qtbot.addWidget(dialog)
    assert "added to 1 document already in the project (1 span)" in dialog.summary.text()
    dialog = ImportReportDialog(kept, None)
    qtbot.addWidget(dialog)
    assert "1 document was left as it is" in dialog.summary.text()
