"""The whole project's history in the window (what `biaozhu history` prints
without --doc), paged through SQLite, with the CLI's filters; from an event:
its document as of it, its span's lineage, and the main window on it."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.gui.review import history_view  # noqa: E402
from models import Project  # noqa: E402
from models.review.asof import layers_as_of  # noqa: E402
from models.review.timeline import span_events  # noqa: E402
from tests.gui_review.test_history_view import open_history_view  # noqa: E402


def all_rows(qtbot, view) -> list[int]:
    qtbot.waitUntil(lambda: not view.paged.canFetchMore() or view.paged.rowCount() >= 3)
    while view.paged.canFetchMore():
        view.paged.fetchMore()
    return view.visible_event_ids()


def test_whole_project_history_pages_and_filters_like_the_cli(qtbot, history_project, monkeypatch):
    path, doc_id, _span, _mid, _snap = history_project
    monkeypatch.setattr(history_view, "PAGE", 3)
    view = open_history_view(qtbot, path, doc_id)
    qtbot.keyClick(view.doc_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.doc_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(view.doc_edit, Qt.Key.Key_Return)
    assert view.whole_project and "project" in view.windowTitle()
    assert view.paged.rowCount() == 3 and view.paged.canFetchMore()  # a page, not all
    with Project.open(path, readonly=True) as store:
        assert all_rows(qtbot, view) == [e.id for e in store.history()]
        view.set_filters(annotator="carol")
        assert all_rows(qtbot, view) == [e.id for e in store.history(annotator="carol")]
        view.set_filters(action="span")
        assert all_rows(qtbot, view) == [e.id for e in store.history(action="span")]
        view.set_filters(since="2000-01-01", until="2000-12-31")
        assert all_rows(qtbot, view) == []
        view.set_filters()
        view.newest.setChecked(True)
        assert all_rows(qtbot, view) == [e.id for e in store.history()][::-1]
        docs = {view.paged.index(r, 7).data() for r in range(view.paged.rowCount())}
        assert doc_id in docs  # the document column says whose each event is
    view.close()


def test_an_unknown_document_is_refused_and_nothing_changes(qtbot, history_project):
    path, doc_id, _span, _mid, _snap = history_project
    view = open_history_view(qtbot, path, doc_id)
    before = view.visible_event_ids()
    view.doc_edit.setText("no-such-doc")
    qtbot.keyClick(view.doc_edit, Qt.Key.Key_Return)
    assert "no-such-doc" in view.count_label.text()
    assert view.doc_id == doc_id and not view.whole_project
    assert view.visible_event_ids() == before
    view.close()


def test_as_of_from_the_project_history_draws_the_events_document(qtbot, history_project):
    path, doc_id, _span, mid, snap = history_project
    view = open_history_view(qtbot, path, doc_id)
    view.set_document(None)
    all_rows(qtbot, view)
    view.select_event(mid)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.pane_doc == doc_id and view.as_of_event == mid
    with Project.open(path, readonly=True) as store:
        assert view.as_of_layers == layers_as_of(store, doc_id, mid) == snap
    assert doc_id in view.as_of_label.text()
    with Project.open(path, readonly=True) as store:
        (event,) = [e for e in store.history(doc_id=doc_id) if e.id == mid]
    start = view.umap.to_qt(event.after["start"])
    assert view.pane.textCursor().position() == start  # the event's place in view
    # an event about no document says so and draws nothing: the pane shows
    # the chosen event's document, and this one has none (ux8)
    with Project.open(path, readonly=True) as store:
        (created,) = store.history(action="project.created")
    assert created.doc_id is None
    view.select_event(created.id)
    view.show_as_of()
    assert f"#{created.id}" in view.count_label.text()
    assert view.as_of_event is None and view.pane_doc is None and view.pane.toPlainText() == ""
    view.close()


def test_span_lineage_from_an_event(qtbot, history_project):
    path, doc_id, span_id, mid, _snap = history_project
    view = open_history_view(qtbot, path, doc_id)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # a window's keys answer in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    view.select_event(mid)  # carol's accept of the suggestion
    view.table.setFocus()
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (lineage,) = view.spawned
    assert lineage.span_id == span_id
    with Project.open(path, readonly=True) as store:
        assert lineage.visible_event_ids() == [e.id for e in span_events(store, doc_id, span_id)]
    # an event about no span: said, no window
    with Project.open(path, readonly=True) as store:
        imported = store.history(doc_id=doc_id, action="doc.imported")[0].id
    view.select_event(imported)
    assert view.open_span_history() is None and len(view.spawned) == 1
    lineage.close()  # deleted on closing, and forgotten
    qtbot.waitUntil(lambda: view.spawned == [])
    view.close()


def csv_ids(path) -> list[int]:
    import csv

    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [int(row["id"]) for row in csv.DictReader(fh)]


def test_the_audit_csv_from_the_window_is_the_clis(qtbot, history_project, tmp_path):
    from desktop.cli import main

    path, doc_id, _span, _mid, _snap = history_project
    view = open_history_view(qtbot, path, doc_id)
    view.set_filters(annotator="carol")
    view.export_csv(str(tmp_path / "doc.csv"))
    cli = tmp_path / "cli.csv"
    args = ["history", str(path), "--doc", doc_id, "--annotator", "carol"]
    assert main([*args, "--format", "csv", "--out", str(cli)]) == 0
    assert (tmp_path / "doc.csv").read_bytes() == cli.read_bytes()
    assert len(csv_ids(cli)) == 2 and "2" in view.count_label.text()
    # the whole project, on a thread of its own
    view.set_document(None)
    view.set_filters(action="span")
    view.export_csv(str(tmp_path / "all.csv"))
    qtbot.waitUntil(lambda: view.exporting is None, timeout=10_000)
    with Project.open(path, readonly=True) as store:
        assert csv_ids(tmp_path / "all.csv") == [e.id for e in store.history(action="span")]
    # never over the project itself: refused in words, nothing written
    before = path.read_bytes()
    view.export_csv(str(path))
    assert path.read_bytes() == before and view.exporting is None
    assert "CSV" in view.count_label.text() or str(path.name) in view.count_label.text()
    view.close()


def test_every_filter_is_one_alt_key_away(qtbot, history_project):
    """Tab stops in a date's year, month and day: each filter has its Alt key."""
    path, doc_id, _span, _mid, _snap = history_project
    view = open_history_view(qtbot, path, doc_id)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    alt = Qt.KeyboardModifier.AltModifier
    view.table.setFocus()
    for key, widget in (
        (Qt.Key.Key_D, view.doc_edit),
        (Qt.Key.Key_N, view.who),
        (Qt.Key.Key_T, view.action),
        (Qt.Key.Key_E, view.table),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key, alt)
        assert QApplication.focusWidget() is widget, key
    for key, box in (
        (Qt.Key.Key_F, view.use_since),
        (Qt.Key.Key_O, view.use_until),
        (Qt.Key.Key_W, view.newest),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key, alt)
        # a mnemonic clicks a check box as a mouse would: after its press shows
        qtbot.waitUntil(box.isChecked, timeout=2000)
    view.close()
