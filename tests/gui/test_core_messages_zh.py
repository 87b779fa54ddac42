"""The core's refusals in the window's language: a restore of another
project's copy, an import of a file that is no text, a merge refused for a
label clash and a project from a newer Biaozhu each show, in zh_CN, the
Chinese message with its arguments filled in and no English sentence; in
English, the command line's text. The store is left as it was."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.cli import main as cli
from models import Project
from models.domain import Label
from models.errors import BackupRefused
from models.store.backup import backup_dir, make_backup, restore_backup
from tests.gui.conftest import close_window, make_project, open_window

# Three Latin words in a row: an English sentence (the Chinese messages keep
# only names and options: Biaozhu, --encoding, CSV)
ENGLISH = re.compile(r"[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){2,}")


@pytest.fixture
def window(qtbot, project_path, tmp_path, language):
    w = open_window(qtbot, project_path, tmp_path)
    yield w
    for box in problem_boxes(w):
        box.close()
    close_window(w)


def problem_boxes(window) -> list[QMessageBox]:
    found = {
        id(b): b
        for b in QApplication.topLevelWidgets() + window.findChildren(QMessageBox)
        if isinstance(b, QMessageBox) and b.isVisible() and b.objectName() == "problemBox"
    }
    return list(found.values())


def shown_problem(window, qtbot) -> str:
    qtbot.waitUntil(lambda: bool(problem_boxes(window)), timeout=10_000)
    boxes = problem_boxes(window)
    assert len(boxes) == 1
    return boxes[0].text()


def cli_error(capsys, *args: str) -> str:
    """The command line's one-line error for ``args``."""
    assert cli(list(args)) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("biaozhu: error: ") and "\n" not in err, err
    return err.removeprefix("biaozhu: error: ")


def assert_chinese(text: str, *parts: str, data: tuple[str, ...] = ()) -> None:
    """``text`` holds each Chinese ``part`` and, once the data it shows is
    taken out, no English sentence."""
    for part in parts:
        assert part in text, f"{part!r} not in {text!r}"
    rest = text
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, "")
    assert not ENGLISH.search(rest), f"English left in {text!r}: {ENGLISH.search(rest)[0]!r}"


def state(path) -> tuple:
    with Project.open(path, readonly=True) as store:
        return store.chain_head(), store.document_count(), [lab.name for lab in store.labels()]


def test_a_refused_restore_of_another_projects_copy(window, qtbot, tmp_path, language):
    path = window.ctx.project.path
    other = tmp_path / "other.biaozhu"
    make_project(other)
    copy = make_backup(other)
    stray = backup_dir(path) / copy.name  # copied in by hand
    stray.parent.mkdir(exist_ok=True)
    shutil.copy(copy, stray)
    window.controller.accept()
    assert window.ctx.host.wait_idle()
    before = state(path)

    window.restore_backup(stray)
    assert window.ctx.host.wait_idle()
    text = shown_problem(window, qtbot)

    assert state(path) == before
    if language == "zh_CN":
        assert_chinese(text, f"{stray.name} 未恢复：是另一个项目的副本", data=(stray.name,))
    else:
        with Project.open(path, annotator="tester") as project, pytest.raises(BackupRefused) as no:
            restore_backup(project, stray)  # the core's own words (no command restores)
        assert text == str(no.value) == f"{stray.name} was not restored: a copy of another project"
    assert state(path) == before


def test_a_failed_import_of_a_file_that_is_no_text(window, qtbot, tmp_path, language, capsys):
    from desktop.gui import jobs
    from desktop.gui.dialogs.import_dialog import ImportReportDialog

    path = window.ctx.project.path
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    before = state(path)

    jobs.import_files(window, window.ctx, [str(bad)])
    assert window.ctx.tasks.wait(30_000)
    qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None, timeout=10_000)
    dialog = window.findChild(ImportReportDialog)
    where, reason = dialog.failures.item(0, 0).text(), dialog.failures.item(0, 1).text()
    dialog.close()

    assert where == str(bad)
    if language == "zh_CN":
        assert_chinese(reason, "是二进制数据，不是文本文件")
        assert str(bad) not in reason  # the file is said once, in its column
    else:
        assert f"{where}: {reason}" == cli_error(capsys, "import", str(path), str(bad))
    assert state(path) == before


def test_a_merge_refused_for_a_label_clash(window, qtbot, tmp_path, monkeypatch, language, capsys):
    from desktop.gui.dialogs import file_choosers

    path = window.ctx.project.path
    other = tmp_path / "laptop.biaozhu"
    ours = Project.create(tmp_path / "defaults.biaozhu").labels()
    theirs = Label("METRIC", "#123456", "1", "任何数字")  # defined otherwise on the laptop
    Project.create(other, labels=[theirs, *ours[1:]]).close()
    before = state(path)

    monkeypatch.setattr(file_choosers, "open_file_names", lambda *a, **k: [str(other)])
    window.actions_by_name["merge_projects"].trigger()
    assert window.ctx.tasks.wait(30_000)
    text = shown_problem(window, qtbot)

    assert state(path) == before
    if language == "zh_CN":
        assert_chinese(
            text,
            f"标签冲突：{path.name} 中的 METRIC（颜色 {ours[0].colour}，快捷键 1，",
            "，而 laptop.biaozhu 中的 METRIC（颜色 #123456，快捷键 1，'任何数字'）；请先统一定义再合并",
            data=(ours[0].description,),
        )
    else:
        assert text.endswith(cli_error(capsys, "merge", str(path), str(other)))
        assert text.startswith("label clash: METRIC in ")


def test_opening_a_project_of_a_newer_biaozhu(window, qtbot, tmp_path, language, capsys):
    newer = tmp_path / "newer.biaozhu"
    Project.create(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('biaozhu', '0099_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = newer.read_bytes()

    assert not window.open_project(str(newer))
    text = shown_problem(window, qtbot)

    assert newer.read_bytes() == before
    if language == "zh_CN":
        assert_chinese(
            text,
            f"{newer} 由更新版本的 Biaozhu 写入",
            "未知步骤 0099_from_the_future）；请升级 Biaozhu 后再打开",
            data=(str(newer), "0099_from_the_future"),
        )
    else:
        assert text == cli_error(capsys, "stats", str(newer))
    assert window.ctx.project.path != newer  # the open project stays


def test_a_merges_notes_in_the_report(window, qtbot, tmp_path, monkeypatch, language, capsys):
    """Not a refusal: the merge goes through, and its report's note on a
    label whose key differs on the laptop is in the window's language."""
    from desktop.gui.dialogs import file_choosers

    path = window.ctx.project.path
    other = tmp_path / "laptop.biaozhu"
    ours = Project.create(tmp_path / "defaults.biaozhu").labels()
    company = Label("COMPANY", ours[1].colour, "9", ours[1].description)
    Project.create(other, labels=[ours[0], company, ours[2]]).close()
    english = f"label COMPANY: hotkey 9 in laptop.biaozhu, {ours[1].hotkey} kept here"

    monkeypatch.setattr(file_choosers, "open_file_names", lambda *a, **k: [str(other)])
    window.actions_by_name["merge_projects"].trigger()
    assert window.ctx.tasks.wait(30_000)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "mergeReport") is not None, timeout=10_000
    )
    box = window.findChild(QMessageBox, "mergeReport")
    text = box.text()
    box.close()

    if language == "zh_CN":
        note = f"标签 COMPANY：快捷键在 laptop.biaozhu 中是 9，这里保留 {ours[1].hotkey}"
        assert note in text and english not in text
    else:
        assert english in text
        assert cli(["merge", str(path), str(other)]) == 0  # nothing new, the same note
        assert f"  note: {english}" in capsys.readouterr().out.splitlines()


def test_a_history_check_that_fails_in_the_bar_and_its_report(
    qtbot, project_path, tmp_path, language, capsys
):
    """verify's problems (a decided suggestion's score edited with sqlite3)
    in the bar above the article and in its full report: in zh_CN the
    Chinese sentence with the row, the event and the values filled in; in
    English, the command line's words."""
    from desktop.gui.widgets.history_bar import HistoryBar
    from tests.gui.test_history_check import decided_and_tampered

    sid = decided_and_tampered(project_path)
    assert cli(["verify", str(project_path)]) == 1
    printed = capsys.readouterr().err.strip()
    first = printed.splitlines()[0].removeprefix("biaozhu: error: ")
    before = state(project_path)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
        bar = window.findChild(HistoryBar, "historyBar")
        said, report = bar.label.text(), bar.report_text()
    finally:
        close_window(window)
    assert state(project_path) == before
    if language == "zh_CN":
        data = ("suggestions", "suggestion.accepted", "score")
        for text in (said, report):
            assert_chinese(text, f"第 {sid} 行", "表中为 0.12，历史中为 0.9", data=data)
            assert first not in text
    else:
        assert first.rstrip(".") in said
        assert report == printed
