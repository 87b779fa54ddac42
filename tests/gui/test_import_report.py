"""The window's import report says what the command line's does: which
labels the files added to the schema, and each failed file's line once."""

from __future__ import annotations

import json
from pathlib import Path

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


def bobs_file(tmp_path: Path, texts: list[str]) -> Path:
    """bob's labelled file: a company at the start of each text."""
    bob = tmp_path / "bob.jsonl"
    lines = [
        json.dumps({"text": t, "spans": [{"start": 0, "end": 4, "label": "COMPANY"}]})
        for t in texts
    ]
    bob.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return bob


def imported_in_window(qtbot, tmp_path, paths: list[Path], annotator: str) -> str:
    """The summary of the report the window shows after File → Import as ``annotator``."""
    from desktop.gui import jobs
    from tests.gui.conftest import close_window, open_window

    window = open_window(qtbot, tmp_path / "p.biaozhu", tmp_path, annotator=annotator)
    try:
        jobs.import_files(window, window.ctx, [str(p) for p in paths])
        assert window.ctx.tasks.wait(30_000)
        qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None, timeout=10_000)
        dialog = window.findChild(ImportReportDialog)
        summary = dialog.summary.text()
        dialog.close()
    finally:
        close_window(window)
    return summary


def test_a_second_annotators_layer_is_reported_as_what_happened(qtbot, tmp_path, chinese):
    """bob's file of texts the project holds became his layer: the report says
    so, without "no span brought in" beside the spans it added."""
    texts = ["麒麟芯片发布。", "鸿蒙系统升级。"]
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as project:
        first = tmp_path / "ann.jsonl"
        first.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        import_paths(project, [first], ImportOptions(annotator="ann"))
    summary = imported_in_window(qtbot, tmp_path, [bobs_file(tmp_path, texts)], "bob")
    assert summary == "你的标注已加入项目中已有的 2 篇文档（2 个片段）。"
    with Project.open(tmp_path / "p.biaozhu", readonly=True) as store:
        assert store.document_count() == 2
        assert sum(len(store.annotations(d, "bob")) for d in store.document_ids()) == 2


def test_new_documents_and_a_layer_each_get_their_line(qtbot, tmp_path, chinese):
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as project:
        first = tmp_path / "ann.jsonl"
        first.write_text(json.dumps({"text": "麒麟芯片发布。"}) + "\n", encoding="utf-8")
        import_paths(project, [first], ImportOptions(annotator="ann"))
    bob = bobs_file(tmp_path, ["麒麟芯片发布。", "鸿蒙系统升级。"])
    summary = imported_in_window(qtbot, tmp_path, [bob], "bob")
    assert summary.splitlines() == [
        "新增文档 1 篇，含片段 1 个。",
        "你的标注已加入项目中已有的 1 篇文档（1 个片段）。",
    ]


def test_a_file_of_texts_the_project_holds_says_none_was_imported_again(qtbot, tmp_path, chinese):
    text = tmp_path / "a.txt"
    text.write_text("麒麟芯片发布。", encoding="utf-8")
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as project:
        import_paths(project, [text])
    summary = imported_in_window(qtbot, tmp_path, [text], "ann")
    assert summary == "1 篇文档已在项目中（文本相同），未再次导入。"
