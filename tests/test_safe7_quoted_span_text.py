"""A span's text in the core's messages is quoted as the window quotes it
(safe7, 7 December 2026). The core's templates quoted it with Python's
``repr`` (``{text!r}``): '银企对接' in straight apostrophes in both languages,
a POLICY name written in its own quotes shown as '“政银企对接”', and a text
holding an apostrophe switched to double quotes ("it's"), while the window's
own words said “银企对接” and kept a name's own quotes (desktop/gui/quoting.py).
A span's text is now filled in with ``{text!q}``: in “” (the marks Chinese
and English share), a text's own pair of quotes or book-title marks kept
and not doubled, escaped and shortened as every argument is."""

from __future__ import annotations

import pytest

from models.errors import InvalidInput, fill
from models.store.project import Project
from tests.conftest import news_train_article


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("银企对接", "“银企对接”"),
        ("“政银企对接”", "“政银企对接”"),  # its own quotes, not doubled
        ("《行动方案》", "《行动方案》"),
        ("“强省会”战略", "““强省会”战略”"),  # quoted only in part: quoted whole
        ("it's", "“it's”"),
        ("a\nb", "“a\\nb”"),  # a line break escaped, as every argument
    ],
)
def test_a_span_s_text_is_quoted_once_in_the_marks_both_languages_use(text, said):
    assert fill("the span overlaps {text!q} (POLICY)", {"text": text}) == (
        f"the span overlaps {said} (POLICY)"
    )


def test_a_long_span_text_is_shortened_inside_its_quotes():
    said = fill("{text!q}", {"text": "“" + "长" * 400 + "”"})
    assert said.startswith("“长") and said.endswith("长”") and "…" in said
    assert len(said) <= 162


def test_the_store_s_refusal_quotes_a_quoted_policy_name_once(tmp_path):
    article = news_train_article(4)
    span = next(s for s in article["spans"] if s["text"] == "“政银企对接”")
    with Project.create(tmp_path / "q.biaozhu", annotator="alice") as p:
        doc, _ = p.add_document(article["text"])
        p.add_span(doc, span["start"], span["end"], "POLICY")
        with pytest.raises(InvalidInput) as refused:
            p.add_span(doc, span["start"], span["end"], "POLICY")
    said = str(refused.value)
    assert said.startswith("the span overlaps “政银企对接” (POLICY)"), said
    assert "'" not in said


def test_the_window_says_the_refusal_with_the_text_quoted_once(tmp_path, language):
    from desktop.gui.messages import say

    article = news_train_article(4)
    span = next(s for s in article["spans"] if s["text"] == "“政银企对接”")
    with Project.create(tmp_path / "q.biaozhu", annotator="alice") as p:
        doc, _ = p.add_document(article["text"])
        p.add_span(doc, span["start"], span["end"], "POLICY")
        with pytest.raises(InvalidInput) as refused:
            p.add_span(doc, span["start"], span["end"], "POLICY")
    said = say(refused.value)
    assert said.count("“政银企对接”") == 1 and "'" not in said and "““" not in said, said
    if language == "zh_CN":
        assert "该片段与已是金标的“政银企对接”" in said, said
