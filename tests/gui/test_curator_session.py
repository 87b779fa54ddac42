"""What a curator tripped on in a session in the real window (zh_CN and
English, keys only): each test is one thing seen there, asserted on what
the widget shows or what the store holds."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui.conftest import close_window, open_window  # noqa: E402


def test_span_counts_follow_a_language_switch(window, qapp):
    """Preferences → language: the line above the span list ("3 gold · 63
    pending") stayed in the old language until the next decision."""
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    window.ctx.translations = translations
    try:
        translations.apply("zh_CN")
        qapp.processEvents()
        assert window.span_panel.summary.text() == "金标准 0 · 待定 4"
        translations.apply("en")
        qapp.processEvents()
        assert window.span_panel.summary.text() == "0 gold · 4 pending"
    finally:
        translations.remove()  # the source strings, as the other tests expect


def test_a_project_without_documents_says_how_to_add_some(qtbot, tmp_path):
    """A new project opened in the window: the article's header was blank,
    where it has words for this ("No document", import with Ctrl+I)."""
    from models import Project

    path = tmp_path / "empty.biaozhu"
    Project.create(path, annotator="tester").close()
    window = open_window(qtbot, path, tmp_path)
    try:
        window.resize(1280, 800)
        qtbot.wait(50)
        hint = window.header.hint
        assert window.header.title.text() == "No document"
        assert "Ctrl+I" in hint.text()
        # the whole sentence is read: the label legend does not cut it at 1280 wide
        assert hint.fontMetrics().horizontalAdvance(hint.text()) <= hint.width()
    finally:
        close_window(window)


def test_history_shows_an_attribute_edit_as_the_span_panel_does():
    """Document history, "Attributes edited" after moving a METRIC's end:
    the row read "…; sources: ['metric']; Unit: 元; Value: 81880000000.0",
    the suggesters' evidence as if it were an attribute and the value as a
    float, where the span panel shows neither."""
    from desktop.gui.review.event_names import change_text

    before = {
        "attrs": {
            "approx": "",
            "indicator": "规模以上工业总产值",
            "period": "2024",
            "sources": ["metric"],
            "rule": "unit",
            "unit": "元",
            "value": 81880000000.0,
        },
        "start": 401,
        "end": 409,
        "label": "METRIC",
        "text": "818.8亿元,",
    }
    shown = change_text(before, "span.attrs")
    assert shown == "Indicator: 规模以上工业总产值; Period: 2024; Unit: 元; Value: 81880000000"


def test_history_shows_an_offer_as_the_name_and_its_places():
    """Document history after accepting a COMPANY: "Name offered at its
    other places" read ∅ → {"annotator": "ann", "from_span": 2, "label":
    "COMPANY", "off…, the stored record cut at 120 characters, where the
    name, its places and its label were wanted; its withdrawal showed the
    offer's token."""
    from desktop.gui.review.event_names import change_text

    offered = {
        "annotator": "ann",
        "from_span": 2,
        "label": "COMPANY",
        "offer": "51f88ce2dbd347e3bccb8903f3f6c565",
        "suggestions": [[442, 506], [443, 532]],
        "text": "第一",
    }
    assert change_text(offered, "suggestions.offered") == "第一 [506, 532] COMPANY"
    withdrawn = {"offer": "51f88ce2dbd347e3bccb8903f3f6c565", "suggestions": [442, 443]}
    assert change_text(withdrawn, "suggestions.withdrawn") == "suggestion 442, 443"


def test_the_history_says_a_rejection_came_with_the_document_done(window, qtbot, store):
    """Ctrl+D twice rejects what is still pending (bulk.finish_document), each
    with an event whose record says so; the history showed it as the raw
    record {"with": "doc.done"} where a reviewer wants to read why."""
    from PySide6.QtCore import Qt

    from desktop.gui.review.event_names import change_text

    for _ in range(2):
        qtbot.keyClick(
            window.focusWidget() or window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
        )
    assert window.ctx.host.wait_idle()
    event = store.history(action="suggestion.rejected")[-1]
    assert change_text(event.after, event.action) == "with the document marked done"
    assert change_text(event.before, event.action).startswith("suggestion ")


def test_preferences_keep_the_language_given_on_the_command_line(window, qapp):
    """`biaozhu P --lang zh_CN`, then Preferences to change the font size
    and Enter: the window turned English, because the language list showed
    "Follow the system" (the stored choice) and OK applied it."""
    from desktop.gui.dialogs.preferences import PreferencesDialog
    from desktop.gui.i18n import Translations, system_language

    if system_language() == "zh_CN":
        pytest.skip("the system's own language is the one given: nothing to tell apart")
    translations = Translations(qapp)
    window.ctx.translations = translations
    window.ctx.settings.language = ""  # nothing chosen in Preferences yet
    try:
        translations.apply("zh_CN")  # what --lang zh_CN does at launch
        qapp.processEvents()
        dialog = PreferencesDialog(window.ctx, window)
        assert dialog.language.currentData() == "zh_CN"
        dialog.font_size.setValue(16)
        dialog.accept()
        qapp.processEvents()
        assert window.menus["file"].title() == "文件(&F)"
        assert window.ctx.settings.font_size == 16
    finally:
        translations.remove()  # the source strings, as the other tests expect


def test_document_position_follows_the_list_when_a_filter_changes(window, qtbot):
    """Search for 滙豐 (one document), then clear the search: the list showed
    all the documents again, the current one sixth, and the header still
    said "document 1 of 1" until another document was opened. The status
    filter narrows the list the same way."""
    window.actions_by_name["mark_done"].trigger()
    window.actions_by_name["mark_done"].trigger()  # again: its pending suggestions too
    window.ctx.tasks.wait(10_000)
    window.doc_panel.status_filter.setCurrentIndex(3)  # Done: the list shows this one alone
    assert window.doc_panel.model.rowCount() == 1
    assert window.header.position.text() == "document 1 of 1"
    window.doc_panel.status_filter.setCurrentIndex(0)  # all documents again
    assert window.doc_panel.model.rowCount() == 3
    assert window.header.position.text() == "document 1 of 3"


def test_enter_on_an_event_shows_the_document_as_of_it(window, qtbot):
    """Document history (Ctrl+H) opens with the keyboard in the event list:
    ↓ to an event, then Enter did nothing; "Show as of…" was reached only
    by a double click or by tabbing through the filters to its button."""
    from PySide6.QtCore import Qt

    from desktop.gui.review import open_history

    window.controller.accept()
    window.ctx.tasks.wait(10_000)
    view = open_history(window, str(window.ctx.project.path), "tester", "a")
    qtbot.addWidget(view)
    table = view.table
    last = table.model().index(table.model().rowCount() - 1, 0)
    table.setCurrentIndex(last)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.as_of_event == view.selected_event_id()
    view.close()


# Every name the suggesters store as a suggestion's source (or a candidate's):
# the rules (models/suggest), the shape and lexicon candidates, the bundled and
# project CRFs, the learned model (bundled or the project's, both "model") and
# the accept-everywhere offers (models/learn/occurrences.SOURCE).
SUGGESTER_NAMES = (
    "model",
    "metric",
    "company",
    "policy",
    "lexicon",
    "shape",
    "clue",
    "project",
    "occurrence",
)


def test_every_suggester_is_named_in_the_window_language(qapp):
    """Accepting a COMPANY offered its other places; their Source column and
    the details line read "occurrence" and "由occurrence建议" in zh_CN, the
    stored name where every other suggester has a title."""
    from desktop.gui.describe import provenance, suggester_title
    from desktop.gui.i18n import Translations
    from desktop.gui.spans import SpanItem
    from models.learn.occurrences import SOURCE

    translations = Translations(qapp)
    try:
        translations.apply("zh_CN")
        untranslated = [n for n in SUGGESTER_NAMES if not has_chinese(suggester_title(n))]
        assert untranslated == []
        offered = SpanItem("suggestion", 1, 0, 3, "COMPANY", "比亚迪", SOURCE, 0.95, "pending")
        assert "occurrence" not in provenance(offered)
    finally:
        translations.remove()


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_suggesting_again_says_what_it_added_and_removed(window, qtbot, store):
    """Tools → Suggest this document said "Suggestions are up to date." when
    it had just added some and removed others; only a run that changed
    nothing is up to date."""
    before = {s.id for s in store.suggestions("a", "tester")}
    window.actions_by_name["suggest_doc"].trigger()
    assert window.ctx.tasks.wait(60_000)
    after = {s.id for s in store.suggestions("a", "tester")}
    added, removed = len(after - before), len(before - after)
    assert added or removed  # the fixture's suggestions are not all the rules'
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Suggestions: {added} added, {removed} removed")
    window.actions_by_name["suggest_doc"].trigger()
    assert window.ctx.tasks.wait(60_000)
    assert window.statusBar().currentMessage() == "Suggestions are up to date."


def test_documents_another_process_imports_appear_in_the_list(window, qtbot, store):
    """`biaozhu import` in a terminal while the window was open: the list
    showed the new documents only once the project was opened again. It
    follows the file now, with the curator's document and row kept."""
    window.actions_by_name["next_doc"].trigger()
    assert window.controller.doc_id == "b"
    store.add_document("园区新签约项目8个,总投资45亿元。", doc_id="d")  # the other process
    qtbot.waitUntil(lambda: window.doc_panel.model.has("d"), timeout=10_000)
    assert window.doc_panel.model.rowCount() == 4
    assert window.controller.doc_id == "b"
    assert window.doc_panel.table.currentIndex().row() == 1


def test_documents_another_process_imports_get_suggestions(window, qtbot, store, qapp):
    """`biaozhu import` in a terminal: the documents appeared in the list with
    nothing to review, where an import here goes on to suggest for them. The
    window suggests for them too, in the background (no dialog takes the keys)."""
    store.add_document("比亚迪2024年营收超7771亿元,同比增长29%。", doc_id="d")  # the other process
    qtbot.waitUntil(lambda: window.doc_panel.model.has("d"), timeout=10_000)
    assert qapp.activeModalWidget() is None
    qtbot.waitUntil(lambda: len(store.suggestions("d", "tester")) > 0, timeout=30_000)
    assert window.ctx.tasks.wait(60_000)
    row = window.doc_panel.model.row_of("d")
    qtbot.waitUntil(lambda: window.doc_panel.model.doc_at(row).pending > 0, timeout=10_000)
    assert window.controller.doc_id == "a"


def test_the_document_check_after_the_project_closed_does_nothing(window):
    """The 2 s check of the document list can fire once the project is
    closed (the window closing): it looked for new documents in no project."""
    window.ctx.close()
    window._check_documents()  # raised AttributeError on the closed project
    assert window.ctx.project is None


def test_background_suggestions_skip_a_document_gone_meanwhile(window, qtbot, store, qapp):
    """The document check saw two new documents and suggested for them in
    the background; one was gone by the time the job ran (another window
    restored a backup made before it). The job stopped with an error
    dialog over the curator's article and suggested for neither: it skips
    the missing one quietly and suggests for the other."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui import jobs
    from models.store.backup import make_backup, restore_backup

    store.add_document("比亚迪2024年营收超7771亿元,同比增长29%。", doc_id="d")
    saved = make_backup(store)  # before "e"
    store.add_document("宁德时代2024年营收3620亿元。", doc_id="e")
    restore_backup(store, saved)  # "e" is gone again
    errors = []
    window.ctx.error.connect(errors.append)
    # what the check started when it saw both
    jobs.suggest(window, window.ctx, ["d", "e"], show_progress=False)
    assert window.ctx.tasks.wait(60_000)
    qapp.processEvents()
    assert window.findChild(QMessageBox, "problemBox") is None
    assert errors == []
    assert store.document_ids() == ["a", "b", "c", "d"]
    assert len(store.suggestions("d", "tester")) > 0
    assert store.verify().ok


def test_the_document_check_on_a_file_it_cannot_read_waits_for_the_next_time(
    window, qtbot, store, project_path
):
    """The check reads the document list every 2 s; when SQLite cannot read
    it (here another program renamed the table), the store says so in its
    own error, which the window takes as "not now": the list is kept, and
    the next check once the file reads again finds what came meanwhile."""
    import sqlite3

    from models.errors import ProjectUnreadable

    store.add_document("园区新签约项目8个,总投资45亿元。", doc_id="d")
    other = sqlite3.connect(project_path, isolation_level=None)
    other.execute("ALTER TABLE documents RENAME TO documents_elsewhere")
    try:
        with pytest.raises(ProjectUnreadable, match="could not be read"):
            window.ctx.project.documents_mark()
        with pytest.raises(ProjectUnreadable):
            window.ctx.project.document_ids()
        window._check_documents()
        assert not window.doc_panel.model.has("d")
        assert window.doc_panel.model.rowCount() == 3
    finally:
        other.execute("ALTER TABLE documents_elsewhere RENAME TO documents")
        other.close()
    window._check_documents()
    qtbot.waitUntil(lambda: window.doc_panel.model.has("d"), timeout=10_000)
    assert window.controller.doc_id == "a"


def test_history_shows_how_many_suggestions_a_rerun_left_unchanged(tmp_path):
    """A re-suggest records the suggestions it left exactly as they were apart
    from those it updated; the history row says both, as `suggest` does."""
    from desktop.gui.review.event_names import change_text
    from models import Project
    from tests.gui.conftest import DOC_A, suggestion

    with Project.create(tmp_path / "p.biaozhu", annotator="tester") as p:
        doc, _ = p.add_document(DOC_A, doc_id="a")
        run = [suggestion(DOC_A, "932.4亿元", "METRIC"), suggestion(DOC_A, "13.7%", "METRIC")]
        p.store_suggestions(doc, run)
        p.store_suggestions(doc, [*run, suggestion(DOC_A, "比亚迪", "COMPANY")])
        event = p.history(action="suggestions.computed")[-1]
    assert change_text(event.after, event.action) == "1 added, 0 updated, 2 unchanged, 0 removed"
    recorded_before = {"added": 1, "updated": 2, "removed": 3}  # no unchanged count
    assert change_text(recorded_before, event.action) == "1 added, 2 updated, 3 removed"
