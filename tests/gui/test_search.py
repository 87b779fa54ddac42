"""Search you can work from (issue 15, item 5): the hits are marked in the
article, F3/Shift+F3 (n/N outside text fields) go from hit to hit across
documents, a list shows each hit with its context, and a hit selected this
way becomes a span with a label key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import Project
from tests.gui.conftest import close_window, open_window

SHIFT = Qt.KeyboardModifier.ShiftModifier
QUERY = "高新区"
DOCS = {
    "s1": "园区经济稳中向好。高新区全年营收增长。高新区投资加快。",
    "s2": "与此无关的一篇文章。",
    "s3": "记者从高新区获悉，新项目开工。",
    "s4": "高新区企业数量增加。",
}


@pytest.fixture
def search_window(qtbot, tmp_path):
    path = tmp_path / "search.biaozhu"
    with Project.create(path, annotator="tester") as project:
        for doc_id, text in DOCS.items():
            project.add_document(text, doc_id=doc_id)
    window = open_window(qtbot, path, tmp_path)
    yield window, path
    close_window(window)


def press(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, k, mods)
    assert window.ctx.host.wait_idle(10_000)


def selected(window) -> tuple[str, tuple[int, int] | None]:
    return window.controller.doc_id, window.view.selection()


def at(doc: str, nth: int = 0) -> tuple[str, tuple[int, int]]:
    start = -1
    for _ in range(nth + 1):
        start = DOCS[doc].index(QUERY, start + 1)
    return doc, (start, start + len(QUERY))


def enter_query(qtbot, window, query: str) -> None:
    panel = window.doc_panel
    press(qtbot, window, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is panel.search
    panel.search.insert(query)  # QTest types Latin-1 only
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.query == query and not panel.searching, timeout=10_000)


def test_enter_goes_to_the_first_hit_and_f3_goes_on_across_documents(search_window, qtbot):
    window, _path = search_window
    enter_query(qtbot, window, QUERY)
    assert window.doc_panel.order() == ["s1", "s3", "s4"]
    assert selected(window) == at("s1")
    assert QApplication.focusWidget() is window.view
    assert window.view.hits == [at("s1")[1], at("s1", 1)[1]]  # both marked in the article
    press(qtbot, window, Qt.Key.Key_F3)
    assert selected(window) == at("s1", 1)
    press(qtbot, window, Qt.Key.Key_F3)  # on into the next document that has one (not s2)
    assert selected(window) == at("s3")
    press(qtbot, window, Qt.Key.Key_N)
    assert selected(window) == at("s4")
    press(qtbot, window, Qt.Key.Key_F3)
    assert selected(window) == at("s4") and "No more hits" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_N, SHIFT)
    assert selected(window) == at("s3")
    press(qtbot, window, Qt.Key.Key_F3, SHIFT)
    assert selected(window) == at("s1", 1)


def test_the_hit_list_shows_context_and_takes_you_there(search_window, qtbot):
    window, _path = search_window
    enter_query(qtbot, window, QUERY)
    hits = window.doc_panel.hits
    rows = [hits.index(r).data() for r in range(hits.rowCount())]
    assert len(rows) == 4
    assert rows[0].startswith("…济稳中向好。【高新区】全年营收增长。高新区投资加快。…")
    assert rows[2].endswith(DOCS["s3"][:9] + "…") and "记者从【高新区】获悉" in rows[2]
    tip = hits.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "…园区经济稳中向好。【高新区】" in tip  # the whole context on hover
    assert window.doc_panel.hit_label.text() == "4 hit(s)"
    window.doc_panel.hit_list.activated.emit(hits.index(3))
    assert selected(window) == at("s4")
    assert QApplication.focusWidget() is window.view


def test_a_hit_becomes_a_span_with_a_label_key(search_window, qtbot):
    window, path = search_window
    enter_query(qtbot, window, QUERY)
    press(qtbot, window, Qt.Key.Key_F3)
    press(qtbot, window, Qt.Key.Key_F3)
    assert selected(window) == at("s3")
    press(qtbot, window, Qt.Key.Key_2)
    with Project.open(path, annotator="tester") as store:
        assert [(a.start, a.text, a.label) for a in store.annotations("s3")] == [
            (at("s3")[1][0], QUERY, "COMPANY")
        ]
    # the next hit is still one key away, and n works from the article
    press(qtbot, window, Qt.Key.Key_N)
    assert selected(window) == at("s4")


def test_n_types_in_text_fields(search_window, qtbot):
    window, _path = search_window
    enter_query(qtbot, window, QUERY)
    press(qtbot, window, Qt.Key.Key_Slash)
    qtbot.keyClicks(window.doc_panel.search, "n")
    assert window.doc_panel.search.text().endswith("n")
    assert selected(window) == at("s1")


def test_a_search_past_its_first_page_finds_every_document(qtbot, tmp_path):
    path = tmp_path / "many.biaozhu"
    with Project.create(path, annotator="tester") as project:
        for n in range(450):
            text = f"第{n}篇：{'高新区' if n % 3 else '园区'}经济稳中向好。"
            project.add_document(text, doc_id=f"m{n:03d}")
    window = open_window(qtbot, path, tmp_path)
    try:
        panel = window.doc_panel
        enter_query(qtbot, window, QUERY)
        assert panel.model.rowCount() == 300
        assert panel.hits.rowCount() == 300
        assert panel.first_page_s is not None
        assert window.controller.doc_id == "m001"  # the first hit's document
    finally:
        close_window(window)
