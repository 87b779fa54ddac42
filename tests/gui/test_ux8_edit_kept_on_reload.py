"""An attribute typed in the span panel while another window or program
changes the document shown (ux8, 7 December 2026).

Since safe8 the window reads the document again when its check of the file
(every 2 s) finds another's event about it; the reload showed the focused
span again and wrote its stored attributes over the field the curator was
typing in, so that her Enter saved nothing. Now a field holding typed,
uncommitted text keeps it through the reload; the other fields show what
the file holds, and Enter saves the typed value beside the other's change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project


def metric(store):
    return next(a for a in store.annotations("a", "tester") if a.text.startswith("932.4"))


def typed_period(window, qtbot, text: str):
    """The first suggestion accepted and focused, ``text`` typed in its
    period field and not committed (no Enter, no Tab)."""
    c = window.controller
    assert window.ctx.host.wait_idle()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)  # 932.4亿元 becomes gold
    assert window.ctx.host.wait_idle()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K)  # back to it
    assert c.current_item().is_gold
    assert window.ctx.tasks.wait(30_000)  # the window checks the file when no job runs
    window._check_documents()  # the check after the window's own write
    assert c.loaded_mark is not None
    field = window.span_panel.editor.fields["period"]
    field.setFocus()
    qtbot.keyClicks(field, text)
    return field


def test_a_value_typed_during_another_window_s_accept_is_kept_and_saved(
    window, qtbot, project_path
):
    c = window.controller
    field = typed_period(window, qtbot, "2024")
    gold = c.state.gold_count
    with Project.open(project_path, annotator="tester") as other:  # another window
        pending = other.suggestions("a", "tester", status="pending")
        company = next(s for s in pending if s.label == "COMPANY")
        other.accept_suggestion(company.id, annotator="tester")
    window._check_documents()  # the 2-second check, now
    qtbot.waitUntil(lambda: c.state.gold_count == gold + 1, timeout=8000)
    assert field.text() == "2024"  # what she typed is still there
    assert QApplication.focusWidget() is field  # and she types on
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.ctx.host.wait_idle()
    with Project.open(project_path, readonly=True) as store:
        assert metric(store).attrs["period"] == "2024"
        assert any(a.label == "COMPANY" for a in store.annotations("a", "tester"))


def test_another_program_s_change_of_the_same_span_is_kept_beside_the_typed_value(
    window, qtbot, project_path
):
    c = window.controller
    field = typed_period(window, qtbot, "2023")
    with Project.open(project_path, annotator="tester") as other:  # another program
        ann = metric(other)
        other.set_span_attrs(ann.id, {**ann.attrs, "indicator": "营业收入"}, annotator="tester")
    window._check_documents()
    editor = window.span_panel.editor
    qtbot.waitUntil(lambda: editor.fields["indicator"].text() == "营业收入", timeout=8000)
    assert field.text() == "2023"
    assert c.current_item().is_gold
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field commits it too
    assert window.ctx.host.wait_idle()
    with Project.open(project_path, readonly=True) as store:
        attrs = metric(store).attrs
    assert attrs["period"] == "2023" and attrs["indicator"] == "营业收入"
    assert attrs["value"] == 93240000000.0


def test_another_s_change_right_after_the_window_s_own_write_is_shown(window, qtbot, project_path):
    """The window's own write made it take the next check's mark as its own
    (safe8): another window's accept between the write and that check (2 s)
    was never shown, and her Enter on a typed value came after such a write."""
    c = window.controller
    assert window.ctx.tasks.wait(30_000)
    window._check_documents()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)  # the window's own write
    assert window.ctx.host.wait_idle()
    assert window.ctx.tasks.wait(30_000)
    gold = c.state.gold_count
    with Project.open(project_path, annotator="tester") as other:  # before the check
        pending = other.suggestions("a", "tester", status="pending")
        company = next(s for s in pending if s.label == "COMPANY")
        other.accept_suggestion(company.id, annotator="tester")
    window._check_documents()
    qtbot.waitUntil(lambda: c.state.gold_count == gold + 1, timeout=8000)
