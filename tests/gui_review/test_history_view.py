"""The history view: timeline, filters, span lineage and "Show as of…"."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from desktop.gui.i18n import Translations  # noqa: E402
from models import Project, Suggestion  # noqa: E402
from tests.test_review_fixtures import load_seeds  # noqa: E402


def open_history_view(qtbot, path, doc_id, span_id=None):
    from desktop.gui.review.history_view import HistoryView

    view = HistoryView(str(path), "rita", doc_id, span_id=span_id)
    qtbot.addWidget(view)
    return view


def source_column(view) -> list[str]:
    return [view.proxy.index(r, 5).data() for r in range(view.proxy.rowCount())]


def test_timeline_filters_and_as_of(qtbot, history_project):
    path, doc_id, _span_id, mid, snap = history_project
    view = open_history_view(qtbot, path, doc_id)
    with Project.open(path) as p:
        total = len(p.history(doc_id=doc_id))
    assert view.model.rowCount() == total
    view.set_filters(annotator="carol")
    assert view.proxy.rowCount() == 2  # accepted, relabelled
    view.set_filters(action="span")
    with Project.open(path) as p:
        assert view.proxy.rowCount() == len(p.history(doc_id=doc_id, action="span"))
    view.set_filters(since="2000-01-01", until="2000-12-31")
    assert view.proxy.rowCount() == 0
    view.set_filters()
    assert view.proxy.rowCount() == total
    # the source suggestion by its number and suggester (as the span list
    # names it), its version on hover
    rows = [r for r, c in enumerate(source_column(view)) if c.startswith("suggestion ")]
    assert any(source_column(view)[r].endswith(": rules.policy (0.66)") for r in rows)
    tips = [view.proxy.index(r, 5).data(Qt.ItemDataRole.ToolTipRole) for r in rows]
    assert any("version\xa04" in tip for tip in tips)  # a tooltip keeps its spaces as &nbsp;
    # show as of the acceptance
    view.select_event(mid)
    assert view.selected_event_id() == mid
    view.as_of_button.click()
    assert view.as_of_layers == snap
    assert view.layer.count() == len(snap)
    assert len(view.pane.extraSelections()) == len(snap[view.layer.currentData()])
    view.close()


def test_span_timeline(qtbot, history_project):
    path, doc_id, span_id, _mid, _snap = history_project
    view = open_history_view(qtbot, path, None, span_id=span_id)
    actions = [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())]
    assert actions == ["Suggestion accepted", "Label changed"]  # in words, not action codes
    codes = [view.proxy.index(r, 3).data(view.model.ActionRole) for r in range(len(actions))]
    assert codes == ["suggestion.accepted", "span.relabelled"]
    assert str(span_id) in view.windowTitle()
    view.close()


def test_open_functions(qtbot, history_project):
    from desktop.gui.review import open_agreement, open_history, open_review

    path, doc_id, span_id, _mid, _snap = history_project
    windows = [
        open_review(None, str(path), "rita", doc_id),
        open_agreement(None, str(path), "rita"),
        open_history(None, str(path), "rita", doc_id),
        open_history(None, str(path), "rita", doc_id, span_id=span_id),
    ]
    for w in windows:
        qtbot.addWidget(w)
        assert w.isVisible()
    for w in windows:
        w.close()


def test_an_accept_whose_suggestion_was_replaced_still_names_it(qtbot, qapp, tmp_path):
    # Accepted, relabelled, then undone: the next run of the suggesters
    # replaces the suggestion's row, and the relabelling's event still points
    # at its id.
    doc = load_seeds()[0]
    path = tmp_path / "gone.biaozhu"
    with Project.create(path, annotator="carol") as p:
        p.add_document(doc["text"], doc_id=doc["id"])
        s = doc["spans"][0]
        p.store_suggestions(
            doc["id"],
            [Suggestion(s["start"], s["end"], s["label"], s["text"], 0.7, "rules.policy", "4")],
        )
        sugg = p.suggestions(doc["id"], "carol")[0]
        span = p.accept_suggestion(sugg.id, annotator="carol")
        p.relabel_span(
            span.id, "METRIC" if s["label"] != "METRIC" else "COMPANY", annotator="carol"
        )
        p.undo_decision(sugg.id, annotator="carol")
        p.store_suggestions(doc["id"], [])
        assert not p.suggestions(doc["id"], "carol")
    view = open_history_view(qtbot, path, doc["id"])
    assert f"suggestion {sugg.id} (no longer stored)" in source_column(view)
    view.close()
    translations = Translations(qapp)
    try:
        translations.apply("zh_CN")
        view = open_history_view(qtbot, path, doc["id"])
        assert f"建议 {sugg.id}（已不再保存）" in source_column(view)
        view.close()
    finally:
        translations.remove()
