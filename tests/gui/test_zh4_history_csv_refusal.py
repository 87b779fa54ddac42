"""The history window's CSV export refuses a folder, or a file of the user's
that is no earlier history CSV, in the window's language (it said the command
line's English, --out and all); the command line keeps its words."""

from __future__ import annotations

from desktop.cli import main
from tests.gui_polish.ui_strings import english_left
from tests.gui_review.conftest import history_project  # noqa: F401 (a fixture)
from tests.gui_review.test_history_view import open_history_view


def test_the_history_windows_csv_refusals_are_in_chinese(
    qtbot,
    history_project,  # noqa: F811 (the fixture imported above)
    tmp_path,
    chinese,
):
    path, doc_id, _span, _mid, _snap = history_project
    folder = tmp_path / "报表"
    folder.mkdir()
    users = tmp_path / "我的表.csv"
    users.write_text("名称,数值\n营收,932.4\n", encoding="utf-8")
    view = open_history_view(qtbot, path, doc_id)
    try:
        view.export_csv(str(folder))
        said_folder = view.count_label.text()
        view.export_csv(str(users))
        said_users = view.count_label.text()
    finally:
        view.close()
    assert said_folder == f"{folder} 是文件夹；输出位置请给出文件名"
    assert said_users.startswith(f"{users} 已存在")
    for said in (said_folder, said_users):
        assert english_left(said, [str(tmp_path), "CSV"]) == [], said
    assert users.read_text(encoding="utf-8") == "名称,数值\n营收,932.4\n"  # untouched


def test_the_command_line_says_them_as_before(
    history_project,  # noqa: F811 (the fixture imported above)
    tmp_path,
    capsys,
):
    path = history_project[0]
    folder = tmp_path / "报表"
    folder.mkdir()
    users = tmp_path / "我的表.csv"
    users.write_text("名称,数值\n", encoding="utf-8")
    for out, english in (
        (folder, f"{folder} is a folder; give a file name to --out"),
        (users, f"{users} exists and is not an earlier history CSV; choose another --out"),
    ):
        assert main(["history", str(path), "--format", "csv", "--out", str(out)]) == 1
        assert capsys.readouterr().err == f"biaozhu: error: {english}\n"


def test_a_folder_nobody_may_write_in_is_said_with_the_file_chosen(
    qtbot,
    history_project,  # noqa: F811 (the fixture imported above)
    chinese,
):
    path, doc_id, _span, _mid, _snap = history_project
    out = "/sys/历史.csv"  # sysfs refuses new files, to root too
    view = open_history_view(qtbot, path, doc_id)
    try:
        view.export_csv(out)  # one document's: written on the spot
        one = view.count_label.text()
        view.set_document(None)  # the whole project's: on a thread of its own
        view.export_csv(out)
        qtbot.waitUntil(lambda: view.exporting is None, timeout=10_000)
        whole = view.count_label.text()
    finally:
        view.close()
    # the file the user chose, not the hidden one written first
    assert one == whole == f"{out}: 没有权限"


def test_on_the_command_line_it_names_the_file_chosen_too(
    history_project,  # noqa: F811 (the fixture imported above)
    capsys,
):
    out = "/sys/历史.csv"
    assert main(["history", str(history_project[0]), "--format", "csv", "--out", out]) == 1
    assert capsys.readouterr().err == f"biaozhu: error: {out}: Permission denied\n"
