"""Review → Span history (Ctrl+Shift+H) on a rejected suggestion: it has a
history (who rejected it, when), so the document's history opens at the
rejection, instead of "suggestions have no history"; on a suggestion no one
decided, the status bar says so in those words."""

from __future__ import annotations

from models import Project


def test_a_rejected_suggestion_opens_its_documents_history_at_the_rejection(window, qtbot):
    c = window.controller
    assert window.ctx.host.wait_idle()
    c.set_show_rejected(True)
    assert c.current_item().text == "932.4亿元"
    c.reject()
    assert window.ctx.host.wait_idle()
    with Project.open(window.ctx.project_path, annotator="tester") as store:
        (rejected,) = store.history(doc_id="a", action="suggestion.rejected")
    c.set_current(next(i.key for i in c.items if i.text == "932.4亿元"))
    window.actions_by_name["review_span_history"].trigger()
    assert window.review_windows, window.statusBar().currentMessage()
    history = window.review_windows[-1]
    assert history.doc_id == "a"
    assert history.selected_event_id() == rejected.id


def test_an_undecided_suggestion_says_it_has_no_history_yet(window, qtbot):
    c = window.controller
    assert window.ctx.host.wait_idle()
    assert c.current_item().text == "932.4亿元"
    window.actions_by_name["review_span_history"].trigger()
    assert not window.review_windows
    said = window.statusBar().currentMessage()
    assert "932.4亿元" in said and "no one has decided" in said.lower(), said
