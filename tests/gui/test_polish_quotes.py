"""A span's text is put into the window's words in quotes once: a POLICY name
written with its own quotes (“银企对接”) read 该片段与已是金标的““银企对接””…
and Accept ““银企对接””, since every message wrapped the text in “” again.
The text is quoted by one helper (desktop.gui.quoting.quoted), which leaves a
text already in quotes (or book-title marks) as it is, in both languages."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from models import Project  # noqa: E402
from tests.conftest import news_train_article  # noqa: E402
from tests.gui.conftest import close_window, open_window, suggestion  # noqa: E402

DOUBLED = ("““", "””", "“《", "》”", "“「")


def doubled(words: str) -> bool:
    return any(d in words for d in DOUBLED)


def test_the_helper_quotes_a_text_once(qapp):
    from desktop.gui.quoting import quoted

    assert quoted("银企对接") == "“银企对接”"
    assert quoted("“银企对接”") == "“银企对接”"
    assert quoted("「银企对接」") == "「银企对接」"
    assert quoted("《江西省未来产业培育发展行动方案》") == "《江西省未来产业培育发展行动方案》"
    assert quoted("“1269”行动计划") == "““1269”行动计划”"  # quoted inside, not around: quoted
    # a long text is shortened inside its own quotes, which stay a pair
    long = "“" + "一" * 30 + "”"
    assert quoted(long) == "“" + "一" * 15 + "…”"
    assert quoted("一" * 30) == "“" + "一" * 15 + "…”"


@pytest.fixture
def quoted_project(tmp_path):
    """news-train's article on bank-enterprise meetings: its POLICY names are
    written in quotes (“政银企对接”, “银企对接”)."""
    article = news_train_article(4)
    text = article["text"]
    path = tmp_path / "quotes.biaozhu"
    with Project.create(path, annotator="tester") as store:
        doc, _ = store.add_document(text, doc_id="s")
        store.store_suggestions(doc, [suggestion(text, "“银企对接”", "POLICY")])
        start = text.index("“政银企对接”")
        store.add_span(doc, start, start + len("“政银企对接”"), "POLICY")
    return path, text


def test_a_quoted_name_is_quoted_once_in_what_the_window_says(
    qtbot, quoted_project, tmp_path, language
):
    path, text = quoted_project
    window = open_window(qtbot, path, tmp_path)
    try:
        c = window.controller
        item = next(i for i in c.items if i.is_pending and i.text == "“银企对接”")
        c.set_current(item.key)
        qtbot.keyClick(window.view, Qt.Key.Key_A)
        assert window.ctx.host.wait_idle()
        with Project.open(path, annotator="tester") as store:
            gold = sorted(a.text for a in store.annotations("s", "tester"))
        assert gold == ["“政银企对接”", "“银企对接”"]
        done = window.ctx.undo_group.undoText()
        assert "“银企对接”" in done and not doubled(done), done
        qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.ctx.host.wait_idle()
        said = window.statusBar().currentMessage()
        assert "“银企对接”" in said and not doubled(said), said
        # the gold name refuses a second span over it, and names it once quoted
        start = text.index("“政银企对接”")
        assert not c.add_span(start + 1, start + 4, "POLICY")
        said = window.statusBar().currentMessage()
        assert "“政银企对接”" in said and not doubled(said), said
    finally:
        close_window(window)
