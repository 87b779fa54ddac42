"""The words the core builds at run time, in the window's language: the
reasons of the files an import leaves unread or cannot read (a .doc, a lock
file, an SQLite file, a table without a text column), the step a long
operation is at under its progress dialog's title, and a job's failure in
the status bar, joined with the language's colon. In zh_CN each holds the
Chinese and no English sentence; the core's ``str()`` (what the command line
prints) stays the English."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from models import Project
from models.errors import Message
from models.io.importers import ImportOptions, import_paths
from tests.gui.conftest import close_window, open_window
from tests.gui.test_core_messages_zh import ENGLISH, assert_chinese


@pytest.fixture
def window(qtbot, project_path, tmp_path, chinese):
    w = open_window(qtbot, project_path, tmp_path)
    yield w
    for box in QApplication.topLevelWidgets() + w.findChildren(QMessageBox):
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()
    close_window(w)


def odd_files(tmp_path: Path) -> dict[str, Path]:
    """A good article, and the files an import leaves: a .doc, Word's lock
    file and an SQLite file given, and a folder holding a .doc, a project's
    backups folder and a table without a text column."""
    folder = tmp_path / "收件箱"
    folder.mkdir()
    files = {
        "good": tmp_path / "good.txt",
        "doc": tmp_path / "报告.doc",
        "lock": tmp_path / "~$报告.docx",
        "walked_doc": folder / "旧稿.doc",
        "sqlite": tmp_path / "x.sqlite3",
        "backups": folder / "旧.biaozhu.backups",
        "table": folder / "表.csv",
    }
    files["good"].write_text("园区新增规上工业企业15家,工业投资增长9.5%左右。", encoding="utf-8")
    files["doc"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    files["lock"].write_bytes(b"\x05ann" + bytes(100))
    files["walked_doc"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    files["sqlite"].write_bytes(b"SQLite format 3\x00" + bytes(100))
    files["backups"].mkdir()
    (files["backups"] / "旧-1.biaozhu").write_bytes(b"SQLite format 3\x00" + bytes(100))
    files["table"].write_text("标题,正文内容\n甲,一篇很长的文章正文\n", encoding="utf-8")
    files["folder"] = folder
    return files


def test_the_import_reports_reasons_are_messages_with_the_english_unchanged(tmp_path):
    files = odd_files(tmp_path)
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as project:
        report = import_paths(
            project,
            [files[k] for k in ("good", "doc", "lock", "sqlite", "folder")],
            ImportOptions(),
        )
        assert len(report.added) == 1

    assert [Path(p).name for p, _ in report.unread] == ["旧稿.doc"]
    assert [Path(p).name for p, _ in report.ignored] == ["x.sqlite3", "旧.biaozhu.backups"]
    reasons = [r for _, r in report.unread + report.ignored]
    assert all(isinstance(r, Message) for r in reasons)
    assert str(reasons[0]) == (
        "a Word 97–2003 document, which Biaozhu does not read: save it as .docx"
        " (Word or WPS: Save As → Word Document) and import that"
    )
    assert str(reasons[1]) == "an SQLite database file (by its name): only SQLite may open it"
    assert str(reasons[2]) == "a project's backups folder"
    failed = dict(report.failed)
    assert set(failed) == {str(files["doc"]), str(files["lock"]), str(files["table"])}
    for path in failed:  # the words behind each failure, every one of them a Message
        assert isinstance(report.errors[path], Message)
        assert all(
            isinstance(v, Message) for v in report.errors[path].params.values() if not _data(v)
        )
    assert failed[str(files["lock"])] == (
        "the lock file Word, WPS or Excel keeps beside a document while it is open,"
        " not a document: import the document itself"
    )
    assert failed[str(files["table"])] == (
        "no 'text' column (columns: 标题, 正文内容): rename 正文内容, whose cells are the"
        " longest, to text if it holds the articles"
    )


def _data(value) -> bool:
    """A path, a name, a number: shown as it is."""
    return isinstance(value, (str, int, float, Path))


def test_the_import_report_says_each_file_left_in_chinese(window, qtbot, tmp_path):
    from desktop.gui import jobs
    from desktop.gui.dialogs.import_dialog import ImportReportDialog

    files = odd_files(tmp_path)
    given = [files[k] for k in ("good", "doc", "lock", "sqlite", "folder")]
    jobs.import_files(window, window.ctx, [str(p) for p in given])
    assert window.ctx.tasks.wait(30_000)
    qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None, timeout=10_000)
    dialog = window.findChild(ImportReportDialog)
    table = dialog.failures
    rows = {
        Path(table.item(r, 0).text()).name: table.item(r, 1).text() for r in range(table.rowCount())
    }
    summary = dialog.summary.text()
    dialog.close()

    with Project.open(window.ctx.project.path, readonly=True) as store:
        assert store.document_count() == 4  # the three of the fixture, and good.txt
    assert "3 个文件未读取（见下表）。" in summary
    assert_chinese(summary)
    assert set(rows) == {
        "报告.doc",
        "~$报告.docx",
        "表.csv",
        "旧稿.doc",
        "x.sqlite3",
        "旧.biaozhu.backups",
    }
    word = (
        "Word 97–2003 文档，Biaozhu 不读取：请另存为 .docx（Word 或 WPS：另存为 → Word 文档）后导入"
    )
    assert rows["报告.doc"] == rows["旧稿.doc"] == word
    assert rows["~$报告.docx"] == (
        "Word、WPS 或 Excel 在文档打开期间放在其旁边的锁文件，不是文档：请导入文档本身"
    )
    assert rows["x.sqlite3"] == "SQLite 数据库文件（按文件名判断）：只有 SQLite 可以打开它"
    assert rows["旧.biaozhu.backups"] == "项目的备份文件夹"
    assert "正文内容 列的内容最长" in rows["表.csv"]
    for reason in rows.values():
        assert_chinese(reason, data=("标题, 正文内容",))


class Paused:
    """The dialog's own Progress, passed on; the worker waits at its first
    step until ``go`` is set, so that the test reads the dialog meanwhile."""

    def __init__(self, inner, go: threading.Event):
        self._inner, self._go = inner, go

    def start(self, total, what) -> None:
        self._inner.start(total, what)

    def advance(self, n: int = 1, note: str = "") -> None:
        self._inner.advance(n, note)
        self._go.wait(30)

    def cancelled(self) -> bool:
        return self._inner.cancelled()

    def finish(self) -> None:
        self._inner.finish()


def _label_during(window, qtbot, title: str, work, shown=lambda label: "\n" in label) -> str:
    """The dialog's label once ``shown`` holds of it: the step line arrives
    at start, a file's name only at its first advance, each by a queued signal."""
    go = threading.Event()
    task = window.ctx.tasks.run(lambda progress: work(Paused(progress, go)), title=title)
    dialog = task.dialog
    assert isinstance(dialog, QProgressDialog)
    try:
        qtbot.waitUntil(lambda: shown(dialog.labelText()), timeout=20_000)
        return dialog.labelText()
    finally:
        go.set()
        assert window.ctx.tasks.wait(60_000)


def test_a_progress_dialog_names_the_step_of_training_in_chinese(window, qtbot):
    from desktop.gui.jobs import translate
    from models.domain import Span
    from models.learn.crf import train_crf
    from models.learn.data import TrainingDoc

    text = "比亚迪抚州基地满产运行。"
    docs = [TrainingDoc(str(i), text, (Span(0, 3, "COMPANY"),)) for i in range(3)]
    title = translate("Jobs", "Training the suggester")
    label = _label_during(window, qtbot, title, lambda progress: train_crf(docs, progress=progress))

    assert label == "正在训练建议模型\n训练：提取特征"
    assert not ENGLISH.search(label)


def test_a_progress_dialog_names_the_step_and_the_file_of_an_import(window, qtbot, tmp_path):
    from desktop.gui.jobs import translate

    files = [tmp_path / f"第{i}篇.txt" for i in range(3)]
    for i, path in enumerate(files):
        path.write_text(f"园区新增规上工业企业{i + 20}家。", encoding="utf-8")
    path = window.ctx.project.path

    def work(progress):
        with Project.open(path, annotator="tester") as project:
            return import_paths(project, files, ImportOptions(), progress)

    title = translate("Jobs", "Importing files")
    label = _label_during(window, qtbot, title, work, shown=lambda label: ".txt" in label)

    assert label == "正在导入文件\n导入：第0篇.txt"


def test_a_failed_job_in_the_status_bar_joins_with_the_chinese_colon(window, qtbot):
    from desktop.gui import jobs

    path = window.ctx.project.path
    with Project.open(path, readonly=True) as store:
        before = store.chain_head()
    window.statusBar().clearMessage()

    jobs.train_suggester(window, window.ctx)  # the fixture's project has no gold
    assert window.ctx.tasks.wait(30_000)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=10_000)
    said = window.statusBar().currentMessage()

    assert said.startswith("训练建议模型：")
    assert ": " not in said
    assert_chinese(said)
    with Project.open(path, readonly=True) as store:
        assert store.chain_head() == before


def test_an_exports_note_on_a_users_file_is_in_chinese(chinese, tmp_path):
    """The rare note of an export that found a file of the curator's in the
    folder it replaced: the dialog says it in Chinese, the CLI in English."""
    from desktop.gui.dialogs.export_dialog import report_text
    from models.io.export.run import ExportReport
    from models.io.export.staging import _clear_old

    old, new = tmp_path / ".out.old-1234abcd", tmp_path / "out"
    old.mkdir()
    new.mkdir()
    (old / "mine.txt").write_text("curator's own", encoding="utf-8")
    (new / "mine.txt").write_text("written meanwhile", encoding="utf-8")
    notes = _clear_old(old, new, ours=[])
    kept = tmp_path / "out.kept-1234abcd"
    assert kept.is_dir() and (kept / "mine.txt").read_text(encoding="utf-8") == "curator's own"
    report = ExportReport("brat", new, new / "manifest.json", {}, documents=1, messages=notes)

    assert report.note_lines() == [
        f"a file of yours was written while the export ran; kept in {kept}"
    ]
    text = report_text(report)
    assert f"• 导出期间有您的文件被写入；已保留在 {kept}" in text
    assert_chinese(text, data=(str(kept), str(new), "brat"))


def test_where_in_a_file_a_reason_points_is_said_in_chinese(chinese, qtbot, tmp_path):
    """A reason that names a task of a Label Studio file, or a span of it:
    "task 0", "span 0" were English words inside the Chinese sentence."""
    import json

    from desktop.gui.dialogs.import_dialog import ImportReportDialog

    tasks = tmp_path / "tasks.json"
    tasks.write_text(json.dumps([42]), encoding="utf-8")
    region = {"value": {"start": 5, "end": 9, "labels": ["COMPANY"]}}
    spans = tmp_path / "spans.json"
    spans.write_text(
        json.dumps([{"data": {"text": "比亚迪"}, "annotations": [{"result": [region]}]}]),
        encoding="utf-8",
    )
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as project:
        report = import_paths(project, [tasks, spans], ImportOptions())
    english = dict(report.failures_at())
    assert english[str(tasks)].startswith("task 0: ")
    assert english[str(spans)].startswith("task 0 span 0")
    dialog = ImportReportDialog(report, None)
    qtbot.addWidget(dialog)
    rows = {dialog.failures.item(r, 0).text(): dialog.failures.item(r, 1).text() for r in (0, 1)}

    assert rows[str(tasks)].startswith("第 0 个任务: ")
    assert rows[str(spans)].startswith("第 0 个任务 第 0 个片段")
    for reason in rows.values():
        assert_chinese(reason, data=("COMPANY", "比亚迪", "data"))


def test_a_progress_dialog_names_the_step_and_the_document_of_a_merge(window, qtbot, tmp_path):
    """A merge's step under its dialog's title, as import and training have
    theirs: which file it merges, and the document it is at."""
    from desktop.gui.jobs import CancellingProgress, translate
    from models.review.merge import merge_project

    other = tmp_path / "小王.biaozhu"
    with Project.create(other, annotator="wang") as project:
        project.add_document("园区新增规上工业企业15家。", doc_id="甲")
    path = window.ctx.project.path

    def work(progress):
        with Project.open(path, annotator="tester") as project:
            return merge_project(project, other, CancellingProgress(progress))

    title = translate("Jobs", "Merging projects")
    label = _label_during(window, qtbot, title, work, shown=lambda label: "甲" in label)

    assert label == "正在合并项目\n合并 小王.biaozhu：甲"
    with Project.open(path, readonly=True) as store:
        assert "甲" in store.document_ids()
