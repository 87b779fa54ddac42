"""Review → Compare & adjudicate on a merge conflict: "Take incoming spans"
after the annotator went on working in that document keeps her later span
in her layer, and refuses in words, changing nothing, when she changed a span
the conflict would replace (the core's side:
tests/test_conflicts_keep_theirs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from models import Project
from models.review.conflicts import conflict
from tests.test_conflicts_keep_theirs import find, key, keys, scene  # noqa: F401


def open_on(qtbot, path, doc, cid):
    from desktop.gui.review.review_view import ReviewView

    view = ReviewView(str(path), "lead", doc)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_layers("alice", f"@conflict:{cid}")
    assert view.take_theirs.isVisibleTo(view)
    return view


def test_take_incoming_keeps_a_span_added_since(qtbot, scene):  # noqa: F811
    a, doc, spans, cid = scene
    view = open_on(qtbot, a, doc, cid)
    with Project.open(a, annotator="alice") as p:  # alice, in her own window
        s = spans[8]
        p.add_span(doc, s["start"], s["end"], s["label"])
    view.take_theirs.click()
    QApplication.processEvents()
    with Project.open(a, annotator="lead") as p:
        want = {key(s) for s in (spans[0], *spans[2:7], spans[8])}
        assert keys(p, doc) == want
        assert conflict(p, cid).resolved
        assert p.verify().ok
    view.close()


def test_take_incoming_over_a_span_changed_since_is_refused(qtbot, scene):  # noqa: F811
    a, doc, spans, cid = scene
    view = open_on(qtbot, a, doc, cid)
    with Project.open(a, annotator="alice") as p:
        other = "METRIC" if spans[1]["label"] != "METRIC" else "COMPANY"
        p.relabel_span(find(p, doc, spans[1]).id, other)
        before = keys(p, doc)
    view.take_theirs.click()
    QApplication.processEvents()
    assert "since the conflict was raised" in view.message.text(), view.message.text()
    with Project.open(a, annotator="lead") as p:
        assert keys(p, doc) == before
        assert not conflict(p, cid).resolved
        assert p.verify().ok
    view.close()
