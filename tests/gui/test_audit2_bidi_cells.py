"""A bidi control in user text (a span's text, a document's title, an
annotator's name) cannot reorder what a table cell shows: the window's
history, suggestions list and document list show it escaped, as the command
line does, never as the raw control."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.widgets.doc_header import DocumentHeader
from desktop.gui.widgets.text_view import AnnotatedTextView
from models import Project, Suggestion
from tests.gui.conftest import close_window, open_window

RLO = "\u202e"
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Sentences written for this test; the override sits inside the name.
TEXT = f"记者从星海{RLO}电子集团获悉，新厂房已经投产。"
NAME = f"星海{RLO}电子集团"


def cells(model) -> list[str]:
    out = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(r, c), role)
                if isinstance(value, str):
                    out.append(value)
    return out


def test_a_bidi_override_is_shown_escaped_in_every_table(qtbot, tmp_path):
    path = tmp_path / "bidi.biaozhu"
    with Project.create(path, annotator="tester") as project:
        doc, _ = project.add_document(TEXT, title=f"通知{RLO}标题")
        start = TEXT.index(NAME)
        project.store_suggestions(
            doc,
            [
                Suggestion(start, start + len(NAME), "COMPANY", NAME, 0.9, "rules", "1"),
                Suggestion(
                    start + 4, start + 8, "COMPANY", TEXT[start + 4 : start + 8], 0.5, "rules", "1"
                ),
            ],
        )
        (first, _second) = project.suggestions(doc, "tester", status="pending")
        project.accept_suggestion(first.id, annotator="tester")
    window = open_window(qtbot, path, tmp_path)
    try:
        qtbot.waitUntil(lambda: window.controller.doc_id == doc)
        documents = cells(window.doc_panel.model)
        # the article and its heading: a visible mark in place, nothing reordered
        header = window.findChild(DocumentHeader).title.text()
        article = window.findChild(AnnotatedTextView).document().toPlainText()
        spans = cells(window.span_panel.model)
        window.actions_by_name["review_history"].trigger()
        history = window.review_windows[-1]
        history.set_document(None)  # the whole project's history
        qtbot.waitUntil(lambda: not history.paged.canFetchMore())
        events = cells(history.table.model())
        history.close()
    finally:
        close_window(window)
    assert not BIDI & set(header) and "\\u202e" in header
    assert not BIDI & set(article) and len(article) == len(TEXT)
    for where, texts in (("documents", documents), ("spans", spans), ("history", events)):
        shown = "\n".join(texts)
        assert not BIDI & set(shown), where
        assert "\\u202e" in shown, where  # escaped where it was, not dropped


def test_a_space_in_chinese_text_stays_a_blank_in_a_cell():
    from models.errors import cell_text

    # an ideographic and a no-break space move nothing: not escaped
    assert cell_text("抚州高新区\u30002024年\xa0报告") == "抚州高新区\u30002024年\xa0报告"
    assert cell_text(f"a{RLO}b\nc") == "a\\u202eb\\nc"


def test_the_review_windows_show_a_bidi_override_escaped(qtbot, tmp_path):
    from desktop.gui.review.agreement_panel import AgreementPanel
    from desktop.gui.review.review_view import ReviewView

    path = tmp_path / "bidi.biaozhu"
    with Project.create(path, annotator="rita") as project:
        doc, _ = project.add_document(TEXT, title=f"通知{RLO}标题")
        start = TEXT.index(NAME)
        project.add_span(doc, start, start + len(NAME), "COMPANY", annotator="alice")
        project.add_span(doc, start, start + 2, "COMPANY", annotator="bob")
        for who in ("alice", "bob"):
            project.set_status(doc, "done", annotator=who)
    view = ReviewView(str(path), "rita", doc)
    qtbot.addWidget(view)
    view.set_layers("alice", "bob")
    combo = [view.doc_combo.itemText(i) for i in range(view.doc_combo.count())]
    differences = cells(view.model)
    view.close()
    panel = AgreementPanel(str(path), "rita", None)
    qtbot.addWidget(panel)
    scope = [panel.scope.itemText(i) for i in range(panel.scope.count())]
    panel.close()
    for where, texts in (
        ("review documents", combo),
        ("differences", differences),
        ("agreement scope", scope),
    ):
        shown = "\n".join(texts)
        assert not BIDI & set(shown), where
        assert "\\u202e" in shown, where
