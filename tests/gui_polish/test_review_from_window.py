"""Review without the command line (issue 15.8): Review → Roles sets roles
through the core, with their history events; Compare's status line is right
for every role; review windows close with Esc and Ctrl+W; the History
header is not clipped and its times are local, UTC on hover."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.gui.conftest import DOC_A  # noqa: E402


def open_roles_dialog(window, qtbot):
    from desktop.gui.review.roles import RolesDialog

    window.actions_by_name["review_roles"].trigger()
    dialog = window.findChild(RolesDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_review_roles_sets_roles_with_their_history_events(window, qtbot, store):
    assert window.actions_by_name["review_roles"] in window.menus["review"].actions()
    dialog = open_roles_dialog(window, qtbot)
    box = dialog.role_box("tester")
    box.setCurrentIndex(box.findData("reviewer"))
    qtbot.waitUntil(lambda: store.role("tester") == "reviewer")  # written on the store thread
    event = store.history(action="annotator.role")[-1]
    assert (event.target, event.before, event.after) == (
        "tester",
        {"role": "annotator"},
        {"role": "reviewer"},
    )
    # the dialog says so once the store thread's answer reaches it, a moment
    # after the store holds the role
    qtbot.waitUntil(lambda: "tester" in dialog.message.text())
    dialog.new_name.setText("carol")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData("reviewer"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.role("carol") == "reviewer")
    qtbot.waitUntil(lambda: dialog.role_box("carol") is not None)  # the list, once saved
    assert dialog.role_box("carol").currentData() == "reviewer"


def compare(window, qtbot):
    from desktop.gui.review import ReviewView

    window.actions_by_name["review_compare"].trigger()
    view = window.review_windows[-1]
    assert isinstance(view, ReviewView)
    qtbot.waitExposed(view)
    return view


def test_compare_status_line_for_an_annotator_and_a_reviewer(window, qtbot, store, english):
    window.controller.accept()
    window.controller.accept()  # tester: two gold spans, in progress
    view = compare(window, qtbot)
    view.set_layers("tester", "@suggestions")
    assert view.reviewer_label.text() == "tester (annotator): in progress"
    assert "settled" not in view.progress_label.text()  # nobody is adjudicating
    assert "difference" in view.progress_label.text()
    assert all(view.model.state(r) is None for r in range(view.model.rowCount()))
    assert "not a reviewer" in view.message.text()
    view.close()

    start = DOC_A.index("高新区全年")
    store.add_span("a", start, start + 3, "METRIC", annotator="alice")
    store.add_span("a", start, start + 5, "METRIC", annotator="bob")
    store.set_role("tester", "reviewer")
    view = compare(window, qtbot)
    view.set_layers("tester", "alice")  # the reviewer's own layer: nothing to settle
    assert view.reviewer_label.text() == "tester (reviewer): in progress"
    assert "settled" not in view.progress_label.text()
    view.set_layers("alice", "bob")
    rows = view.model.rowCount()
    assert view.progress_label.text() == f"0 of {rows} difference{'' if rows == 1 else 's'} settled"
    view.select_row(0)
    view.choose("left")
    assert view.progress_label.text().startswith("1 of ")


def review_windows(window, qtbot):
    """Each review window in turn, opened from the Review menu (Roles is a
    dialog over the main window, so it comes when the others are closed)."""
    for name in ("review_compare", "review_agreement", "review_history"):
        window.actions_by_name[name].trigger()
        yield window.review_windows[-1]
    yield open_roles_dialog(window, qtbot)


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Escape, 0), (Qt.Key.Key_W, 1)])
def test_review_windows_close_with_esc_and_ctrl_w(window, qtbot, keys):
    key, ctrl = keys
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    for review in review_windows(window, qtbot):
        qtbot.waitExposed(review)
        review.activateWindow()
        qtbot.waitUntil(lambda r=review: QApplication.activeWindow() is r, timeout=3000)
        qtbot.keyClick(review.focusWidget() or review, key, modifiers)
        qtbot.waitUntil(lambda r=review: not r.isVisible(), timeout=3000)


def test_history_header_is_whole_and_times_are_local_with_utc_on_hover(window, qtbot, monkeypatch):
    from desktop.gui.review import open_history

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        window.controller.accept()
        view = open_history(window, str(window.ctx.project.path), "tester", "a")
        qtbot.addWidget(view)
        qtbot.waitExposed(view)
        header = view.table.horizontalHeader()
        for column in range(view.model.columnCount()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        row = view.model.rows[-1]
        shown = view.model.index(view.model.rowCount() - 1, 1).data()
        hover = view.model.index(view.model.rowCount() - 1, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert row.event.time[:4] in hover and "UTC" in hover
        utc_hour = int(row.event.time[11:13])
        assert int(shown[11:13]) == (utc_hour + 8) % 24
        assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Time"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_roles_are_set_from_the_keyboard(window, qtbot, store):
    dialog = open_roles_dialog(window, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.role_box("tester")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: store.role("tester") == "reviewer")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_roles_closed_before_the_store_answers_takes_the_answer_quietly(window, qtbot, store):
    """Esc right after a role is chosen deletes the dialog (WA_DeleteOnClose)
    while its write is still on the store thread: the answer that comes back
    must not reach the deleted labels (it raised 'Internal C++ object already
    deleted' from _say under load). The role is saved all the same."""
    dialog = open_roles_dialog(window, qtbot)
    box = dialog.role_box("tester")
    box.setCurrentIndex(box.findData("reviewer"))
    dialog.reject()  # closed before the answer: deleted at the next turn of the loop
    qtbot.waitUntil(lambda: store.role("tester") == "reviewer")
    # the store thread's answer has reached the GUI thread (and the deleted
    # dialog): the host counts a write down only after its answer ran
    qtbot.waitUntil(lambda: window.ctx.host.pending == 0)
    assert store.role("tester") == "reviewer"


def test_a_refusal_answered_after_roles_closed_is_said_in_the_window(qtbot, tmp_path):
    """Someone new added with a name the core refuses, and the dialog closed
    before the store's answer: the window says the refusal (status bar and
    its not-saved box, as for every write the core refuses), in its language.
    Nothing was added."""
    import shiboken6
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.i18n import Translations
    from models import Project
    from tests.gui.conftest import close_window, make_project, open_window

    path = tmp_path / "roles.biaozhu"
    make_project(path)
    translations = Translations(QApplication.instance())
    translations.apply("zh_CN")
    window = open_window(qtbot, path, tmp_path)
    try:
        dialog = open_roles_dialog(window, qtbot)
        dialog.new_name.setText("carol smith")
        dialog.add_person()
        dialog.reject()  # closed before the answer
        why = "标注员名字 'carol smith' 含有空白"
        expected = f"未保存：角色 — {why}"
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected, timeout=5000)
        box = window.findChild(QMessageBox, "writeFailed")
        assert box is not None and box.isVisible() and f"原因：{why}" in box.text()
        box.close()
        shiboken6.delete(box)  # not left among the top-level windows later tests walk
    finally:
        translations.remove()
        close_window(window)
    with Project.open(path, readonly=True) as store:
        assert "carol smith" not in {p["name"] for p in store.annotators()}
