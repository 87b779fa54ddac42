"""Accept everywhere: a COMPANY or POLICY name made gold is offered wherever
else it occurs, to the curator who made it; undoing the edit withdraws the
offers in the same step; Shift+O accepts every occurrence as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import Project
from tests.gui.conftest import close_window, open_window, suggestion

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

NAME = "星海电子集团"
POLICY = "《数字经济促进条例》"
DOCS = {
    "d1": f"{NAME}今年营收增长百分之十二，{NAME}计划扩产。",
    "d2": f"记者从{NAME}获悉，新厂房已经投产。",
    "d3": f"据悉，{NAME}与当地政府签署了合作协议，落实{POLICY}。",
    "d4": "与此无关的一篇文章。",
    "d5": f"会议学习了{POLICY}。",
}


@pytest.fixture
def names_path(tmp_path):
    path = tmp_path / "names.biaozhu"
    project = Project.create(path, annotator="tester")
    for doc_id, text in DOCS.items():
        project.add_document(text, doc_id=doc_id)
        # suggested, the suggesters finding nothing: the window suggests a
        # document no suggester has run on when it opens
        project.store_suggestions(doc_id, [])
    project.store_suggestions("d1", [suggestion(DOCS["d1"], NAME, "COMPANY", 0.8)])
    project.close()
    return path


@pytest.fixture
def names_window(qtbot, tmp_path, names_path):
    window = open_window(qtbot, names_path, tmp_path)
    yield window, names_path
    close_window(window)


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    """Press a key, then wait until the window has written what it shows."""
    qtbot.keyClick(window.focusWidget() or window, k, mods)
    assert window.ctx.host.wait_idle(10_000)


def pending(project, doc, who="tester"):
    return [
        (s.start, s.text, s.label, s.source)
        for s in project.suggestions(doc, who, status="pending")
    ]


def gold(project, doc, who="tester"):
    return [(a.start, a.text, a.label) for a in project.annotations(doc, who)]


def test_accepting_a_company_offers_it_everywhere_and_shift_o_takes_all(names_window, qtbot):
    window, path = names_window
    c = window.controller
    assert c.current_item().text == NAME and c.current_item().start == 0
    key(qtbot, window, Qt.Key.Key_A)
    second = DOCS["d1"].index(NAME, 1)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == [(0, NAME, "COMPANY")]
        # its other occurrences: one more in d1, one in d2, one in d3; none in d4
        assert pending(store, "d1") == [(second, NAME, "COMPANY", "occurrence")]
        assert [p[1:] for p in pending(store, "d2")] == [(NAME, "COMPANY", "occurrence")]
        assert len(pending(store, "d3")) == 1 and pending(store, "d4") == []
    assert window.statusBar().currentMessage().startswith("3 other occurrence")
    # the list shows the new pending counts, and the offer here is focused next
    model = window.doc_panel.model
    assert model.doc_at(model.row_of("d2")).pending == 1
    assert c.current_item().start == second and c.current_item().is_pending

    window.actions_by_name["accept_occurrences"].trigger()
    assert window.ctx.host.wait_idle()
    with Project.open(path, annotator="tester") as store:
        for doc in ("d1", "d2", "d3"):
            assert pending(store, doc) == [], doc
        assert [g[1:] for g in gold(store, "d2")] == [(NAME, "COMPANY")]
        assert len(gold(store, "d1")) == 2
    assert model.doc_at(model.row_of("d3")).pending == 0
    assert window.statusBar().currentMessage().startswith("3 occurrence")

    # one Ctrl+Z undoes them all; the first acceptance stays
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == [(0, NAME, "COMPANY")]
        assert gold(store, "d2") == [] and gold(store, "d3") == []
        assert len(pending(store, "d2")) == 1 and len(pending(store, "d3")) == 1
    assert model.doc_at(model.row_of("d2")).pending == 1
    # and redo takes them again
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    with Project.open(path, annotator="tester") as store:
        assert len(gold(store, "d2")) == 1 and len(gold(store, "d3")) == 1
        assert store.verify().ok


def test_undoing_the_accept_withdraws_what_it_offered(names_window, qtbot):
    window, path = names_window
    key(qtbot, window, Qt.Key.Key_A)
    with Project.open(path, annotator="tester") as store:
        assert sum(len(pending(store, d)) for d in DOCS) == 3
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # one undo step: the accept and its offers
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == []
        assert pending(store, "d1") == [(0, NAME, "COMPANY", "test.rules")]
        for doc in ("d2", "d3"):
            assert store.suggestions(doc, "tester") == [], doc
        assert store.history()[-1].action == "suggestions.withdrawn"
        assert store.verify().ok
    c = window.controller
    assert [(i.start, i.status) for i in c.items] == [(0, "pending")]  # the offer here is gone
    model = window.doc_panel.model
    assert model.doc_at(model.row_of("d2")).pending == 0
    # redo offers again
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    with Project.open(path, annotator="tester") as store:
        assert sum(len(pending(store, d)) for d in DOCS) == 3


def test_deleting_the_accepted_span_withdraws_its_undecided_offers(names_window, qtbot):
    """A wrong accept taken back with Del (not Ctrl+Z: other edits came
    after it) left its offers pending in every other document, each to be
    rejected by hand. Del withdraws the ones still undecided in the same
    step; one the curator decided meanwhile stays, as with undo."""
    window, path = names_window
    c = window.controller
    key(qtbot, window, Qt.Key.Key_A)
    second = DOCS["d1"].index(NAME, 1)
    assert c.current_item().start == second  # the offer here, focused next
    key(qtbot, window, Qt.Key.Key_X)  # decided: it stays
    c.set_current(next(i.key for i in c.items if i.is_gold))
    key(qtbot, window, Qt.Key.Key_Delete)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == []
        for doc in ("d2", "d3"):
            assert store.suggestions(doc, "tester") == [], doc
        assert (second, "rejected") in [
            (s.start, s.status) for s in store.suggestions("d1", "tester")
        ]
        assert store.verify().ok
    model = window.doc_panel.model
    assert model.doc_at(model.row_of("d2")).pending == 0
    # Ctrl+Z brings the span back, not the offers: they left the file as an
    # undone accept's do (the accept's redo offers anew)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == [(0, NAME, "COMPANY")]
        assert store.suggestions("d2", "tester") == []
        assert store.verify().ok


def test_deleting_a_span_accepted_in_an_earlier_session_withdraws_its_offers(
    qtbot, tmp_path, names_path
):
    """The span was accepted in a window since closed: its offers are on no
    undo stack, but the history names the span they came from. Del finds
    them through the store and withdraws the undecided ones (here and in
    the other documents); one decided in that session stays."""
    first = open_window(qtbot, names_path, tmp_path / "one")
    key(qtbot, first, Qt.Key.Key_A)
    second = DOCS["d1"].index(NAME, 1)
    first.doc_panel.select("d3")
    key(qtbot, first, Qt.Key.Key_X)  # d3's offer rejected: decided, it stays
    close_window(first)
    with Project.open(names_path, annotator="tester") as store:
        assert pending(store, "d1") == [(second, NAME, "COMPANY", "occurrence")]
        assert len(pending(store, "d2")) == 1

    window = open_window(qtbot, names_path, tmp_path / "two")
    try:
        c = window.controller
        window.doc_panel.select("d1")
        c.set_current(next(i.key for i in c.items if i.is_gold))
        key(qtbot, window, Qt.Key.Key_Delete)
        with Project.open(names_path, annotator="tester") as store:
            assert gold(store, "d1") == []
            assert pending(store, "d1") == []  # the offer beside it, withdrawn
            assert store.suggestions("d2", "tester") == []
            assert [(s.text, s.status) for s in store.suggestions("d3", "tester")] == [
                (NAME, "rejected")
            ]
            assert store.history()[-1].action == "suggestions.withdrawn"
            assert store.verify().ok
        # the window shows it: no offer left here, none counted in d2
        assert second not in [i.start for i in c.items]
        assert c.state.pending_count == 0
        model = window.doc_panel.model
        assert model.doc_at(model.row_of("d2")).pending == 0
        # Ctrl+Z brings the span back, not the offers
        key(qtbot, window, Qt.Key.Key_Z, CTRL)
        with Project.open(names_path, annotator="tester") as store:
            assert gold(store, "d1") == [(0, NAME, "COMPANY")]
            assert store.suggestions("d2", "tester") == []
            assert store.verify().ok
    finally:
        close_window(window)


def test_undoing_a_relabel_withdraws_its_offers(names_window, qtbot):
    window, path = names_window
    window.doc_panel.select("d3")
    start = DOCS["d3"].index(POLICY)
    window.view.select_range(start, start + len(POLICY))
    window.act_label("METRIC")  # a METRIC offers nothing
    assert window.ctx.host.wait_idle()
    with Project.open(path, annotator="tester") as store:
        assert pending(store, "d5") == []
    key(qtbot, window, Qt.Key.Key_3)  # relabelled POLICY: offered in d5
    with Project.open(path, annotator="tester") as store:
        assert [p[1:3] for p in pending(store, "d5")] == [(POLICY, "POLICY")]
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d3") == [(start, POLICY, "METRIC")]
        assert store.suggestions("d5", "tester") == []


def test_offers_are_the_curators_own(qtbot, tmp_path, names_path):
    """Annotator "other" accepting the name offers it to nobody else, and
    cannot change what another annotator sees."""
    with Project.open(names_path, annotator="tester") as p:
        p.set_status("d2", "done")  # tester's finished document
    window = open_window(qtbot, names_path, tmp_path, annotator="other")
    try:
        assert window.controller.current_item().text == NAME
        key(qtbot, window, Qt.Key.Key_A)
        with Project.open(names_path, annotator="tester") as store:
            assert len(pending(store, "d2", "other")) == 1
            for doc in DOCS:
                if doc != "d1":
                    assert store.suggestions(doc, "tester") == [], doc
            assert store.pending_counts("tester") == {"d1": 1}
            assert store.stats()["suggestions_pending"] == 1
        # Shift+A in tester's finished document, by other: tester's gold untouched
        window.doc_panel.select("d2")
        key(qtbot, window, Qt.Key.Key_A, SHIFT)
        with Project.open(names_path, annotator="tester") as store:
            assert gold(store, "d2", "other") == [(3, NAME, "COMPANY")]
            assert gold(store, "d2", "tester") == []
    finally:
        close_window(window)


def test_a_new_policy_span_is_offered_elsewhere_and_shift_o_from_gold(names_window, qtbot):
    window, path = names_window
    window.doc_panel.select("d3")
    assert window.controller.doc_id == "d3"
    start = DOCS["d3"].index(POLICY)
    window.view.select_range(start, start + len(POLICY))
    window.act_label("POLICY")
    assert window.ctx.host.wait_idle()  # the rest of the project is searched behind the edit
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d3") == [(start, POLICY, "POLICY")]
        assert [p[1:3] for p in pending(store, "d5")] == [(POLICY, "POLICY")]
    assert window.statusBar().currentMessage().startswith("1 other occurrence")
    # the new gold span is focused: Shift+O accepts the occurrence in d5
    assert window.controller.current_item().is_gold
    key(qtbot, window, Qt.Key.Key_O, SHIFT)
    with Project.open(path, annotator="tester") as store:
        assert [g[1:] for g in gold(store, "d5")] == [(POLICY, "POLICY")]
    # a METRIC is not propagated, and Shift+O on one says so
    window.controller.add_span(0, 2, "METRIC")
    assert window.ctx.host.wait_idle()
    assert "offered" not in window.statusBar().currentMessage()  # it says what it did alone
    key(qtbot, window, Qt.Key.Key_O, SHIFT)
    assert "COMPANY / POLICY" in window.statusBar().currentMessage()


def test_undo_and_redo_faster_than_the_offers_leave_nothing_behind(names_window, qtbot):
    """A, Ctrl+Z, Ctrl+Shift+Z before any offer elsewhere was written: only
    the redo's offers are made, and one more undo takes every one back."""
    window, path = names_window
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.ctx.host.wait_idle()
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == [(0, NAME, "COMPANY")]
        assert sum(len(pending(store, d)) for d in DOCS) == 3
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == []
        left = store.conn.execute("SELECT count(*) FROM suggestion_audience").fetchone()[0]
        assert left == 0  # no offer of the first accept written after its undo
        for doc in ("d2", "d3"):
            assert store.suggestions(doc, "tester") == [], doc
        assert store.verify().ok


def test_a_document_opened_before_the_writes_behind_it_shows_them_once_written(names_window, qtbot):
    """A then PgDn at once: the next document was read before the offer the
    accept makes there was written (150 ms behind the key), and the window
    never read it again, as the write was its own: the offer was in the
    file and in the list's count, not in the article. A, PgDn, PgUp before
    the accept was written showed the suggestion still pending. A document
    read while the window's writes are on their way is read again once
    they are in the file."""
    window, path = names_window
    c = window.controller
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert c.doc_id == "d2"
    assert window.ctx.host.wait_idle(10_000)
    with Project.open(path, annotator="tester") as store:
        assert len(pending(store, "d2")) == 1
    assert [(i.text, i.status) for i in c.items] == [(NAME, "pending")]
    assert c.state.pending_count == 1
    model = window.doc_panel.model
    assert model.doc_at(model.row_of("d2")).pending == 1

    window.doc_panel.select("d1")
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # back to the start: d1's accept undone
    assert c.current_item().start == 0 and c.current_item().is_pending
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    assert c.doc_id == "d1"
    assert window.ctx.host.wait_idle(10_000)
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d1") == [(0, NAME, "COMPANY")]
    assert [(i.start, i.status) for i in c.items if i.is_gold] == [(0, "gold")]


def test_undoing_shift_o_puts_back_the_untouched_documents_it_began(names_window, qtbot):
    """Shift+O marks every document it accepts in as begun (to do becomes in
    progress); its undo took the spans back but left those documents in
    progress, so after one Shift+O and Ctrl+Z on a large project hundreds
    of documents the curator never opened were listed as in progress. The
    undo puts back to do the ones it began where nothing of the curator's
    is left; a document worked in since stays in progress."""
    window, path = names_window
    key(qtbot, window, Qt.Key.Key_A)  # d1: begun by the curator
    key(qtbot, window, Qt.Key.Key_O, SHIFT)
    with Project.open(path, annotator="tester") as store:
        assert [store.status(d) for d in ("d1", "d2", "d3")] == ["in_progress"] * 3
    window.doc_panel.select("d3")  # the curator works in d3 after Shift+O
    start = DOCS["d3"].index(POLICY)
    window.view.select_range(start, start + len(POLICY))
    window.act_label("POLICY")
    assert window.ctx.host.wait_idle()
    window.doc_panel.select("d1")
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # undo Shift+O
    with Project.open(path, annotator="tester") as store:
        assert gold(store, "d2") == []
        assert store.status("d2") == "todo"
        assert store.status("d1") == "in_progress"  # the curator's own accept stays
        assert store.status("d3") == "in_progress"  # worked in since: stays
        assert store.verify().ok
    model = window.doc_panel.model
    assert model.doc_at(model.row_of("d2")).status == "todo"
    # redo begins it again
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    with Project.open(path, annotator="tester") as store:
        assert store.status("d2") == "in_progress"


def test_a_document_the_curator_finished_gets_no_offer_and_the_window_says_so(
    qtbot, tmp_path, names_path, english
):
    """An accept offered its name in the documents the curator had marked
    done, and Shift+O accepted it there: a finished document changed behind
    its curator's back, its list row pending again, and its pending offers
    counted against the name in the project's evidence. Neither touches a
    document the curator finished; the status bar says how many were left."""
    with Project.open(names_path, annotator="tester") as store:
        store.set_status("d2", "done", annotator="tester")
    window = open_window(qtbot, names_path, tmp_path)
    try:
        key(qtbot, window, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: "marked done" in window.statusBar().currentMessage())
        said = window.statusBar().currentMessage()
        assert said == "2 other occurrences offered · not offered in 1 document you marked done"
        with Project.open(names_path, annotator="tester") as store:
            assert store.suggestions("d2", "tester") == []
            assert store.status("d2", "tester") == "done"
            assert len(pending(store, "d3")) == 1
        model = window.doc_panel.model
        assert model.doc_at(model.row_of("d2")).pending == 0

        window.actions_by_name["accept_occurrences"].trigger()
        assert window.ctx.host.wait_idle()
        qtbot.waitUntil(lambda: "you marked done left" in window.statusBar().currentMessage())
        assert window.statusBar().currentMessage() == (
            "2 occurrences accepted · in 2 documents · 1 document you marked done left as"
            " it is (Ctrl+D there reopens it)"
        )
        with Project.open(names_path, annotator="tester") as store:
            assert gold(store, "d2") == [] and store.suggestions("d2", "tester") == []
            assert len(gold(store, "d3")) == 1 and len(gold(store, "d1")) == 2
            assert store.verify().ok
    finally:
        close_window(window)
