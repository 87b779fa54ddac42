"""Accepting a name (A) offers it at its other places in the article at
once, but never inside a longer suggestion of its label the curator is
shown there and has not decided on (README: 比亚迪 is not offered within a
suggested 比亚迪新材料公司, which the guideline takes whole), as the core
does in the other documents (``occurrences._inside_shown``). On a real
news article: 比亚迪 accepted, the suggested 比亚迪汽车有限公司 stays
whole, with no 比亚迪 offered inside it, in the window or in the file.

Before, the window offered (and wrote) 比亚迪 inside 比亚迪汽车有限公司:
one more suggestion to reject, which Shift+O then accepted as gold
overlapping the longer name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import Project
from tests.conftest import news_train_texts
from tests.gui.conftest import close_window, open_window

DOC = "t1_xian_byd_cluster"
NAME, LONGER = "比亚迪", "比亚迪汽车有限公司"


@pytest.fixture
def article(tmp_path):
    from models.suggest.project import suggest_project

    path = tmp_path / "byd.biaozhu"
    with Project.create(path, annotator="tester") as store:
        store.add_document(news_train_texts()[DOC], doc_id=DOC)
        suggest_project(store)
        shown = [(s.text, s.label) for s in store.suggestions(DOC, "tester", status="pending")]
        assert (LONGER, "COMPANY") in shown and (NAME, "COMPANY") in shown
    return path


def inside_longer(rows) -> list[tuple[int, int, str]]:
    """The private offers of the name lying inside a longer pending
    suggestion of its label: (start, end, text) of each."""
    longer = [(s.start, s.end) for s in rows if s.status == "pending" and s.label == "COMPANY"]
    return [
        (s.start, s.end, s.text)
        for s in rows
        if s.source == "occurrence"
        and s.status == "pending"
        and any(a <= s.start and s.end <= b and b - a > s.end - s.start for a, b in longer)
    ]


def test_an_accepted_name_is_not_offered_inside_a_longer_suggested_name(
    article, qtbot, tmp_path, english
):
    text = None
    with Project.open(article, annotator="tester", readonly=True) as store:
        text = store.document_text(DOC)
    assert text.count(NAME) > text.count(LONGER) >= 1
    win = open_window(qtbot, article, tmp_path)
    try:
        c = win.controller
        c.open_document(DOC)
        c.set_current(next(i.key for i in c.items if i.is_pending and i.text == NAME))
        qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_A)
        shown = [
            (i.start, i.end, i.text)
            for i in c.items
            if i.is_pending
            and i.text == NAME
            and any(
                j.is_pending and j.text == LONGER and j.start <= i.start and i.end <= j.end
                for j in c.items
            )
        ]
        assert shown == []  # at once, in the window
        assert win.ctx.host.wait_idle(30_000)
        with Project.open(article, annotator="tester", readonly=True) as store:
            rows = store.suggestions(DOC, "tester")
            assert store.verify().ok
        assert inside_longer(rows) == []
        assert any(s.text == LONGER and s.status == "pending" for s in rows)
    finally:
        close_window(win)
