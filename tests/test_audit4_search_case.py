"""A search finds a text whatever stage its index is at: the texts past
the index (a project just imported, a document just added, a query of one or
two characters) are scanned, and the scan must find what the index finds.
SQLite's lower() folds only ASCII, so a query with full-width or Cyrillic
letters (ＧＤＰ, Москва), typed exactly as the text has it, found nothing
until the index had been built, and never when it had one or two
characters."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from models import Project, search

TEXTS = {
    "wide": "一季度ＧＤＰ增长5.3%,ＣＰＩ同比上涨0.3%",
    "ru": "Москва公司与江西铜博科技有限公司签约",
    "de": "ÄRGER GmbH在抚州投资3亿元",
}


def found(project: Project, query: str) -> list[str]:
    return [doc for _rowid, doc in search.matching_documents(project, query)]


@pytest.fixture
def unindexed(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.biaozhu", annotator="alice")
    for doc_id, text in TEXTS.items():
        project.add_document(text, doc_id=doc_id)
    yield project
    project.close()


QUERIES = [
    ("ＧＤＰ", ["wide"]),
    ("ｇｄｐ", ["wide"]),
    ("ＣＰ", ["wide"]),
    ("Москва", ["ru"]),
    ("москва", ["ru"]),
    ("Мо", ["ru"]),
    ("ÄRGER", ["de"]),
    ("ärger", ["de"]),
    ("Äг", []),
]


@pytest.mark.parametrize(("query", "docs"), QUERIES)
def test_texts_past_the_index_are_found_as_the_index_finds_them(unindexed, query, docs):
    assert found(unindexed, query) == docs
    while search.index_some(unindexed):
        pass
    assert found(unindexed, query) == docs


def test_a_query_with_a_nul_is_searched_not_an_error(unindexed):
    """A NUL pasted into the search box ended FTS5's query string early:
    'unterminated string' instead of a search."""
    while search.index_some(unindexed):
        pass
    assert found(unindexed, "\x00ＧＤＰ") == []
    assert found(unindexed, "ＧＤＰ\x00增长") == []
    assert found(unindexed, "ＧＤＰ增长") == ["wide"]


def test_a_query_longer_than_the_text_is_answered_at_once(unindexed):
    """A whole report pasted into the search box (200,000 characters, most
    with a second writing) was compiled into a pattern on the window's thread
    for each article shown: seconds per article, for a query no shorter text
    can hold."""
    query = "经济发展" * 50_000
    started = time.thread_time()  # CPU time: a loaded machine's turns are no slowness
    assert search.places(TEXTS["wide"], query) == []
    assert found(unindexed, query) == []
    assert time.thread_time() - started < 2.0
