"""A name is found in either writing: a curator searching 比亚迪 in a project
that holds Hong Kong articles finds 比亞迪 too (and the other way round),
as a Latin search finds both cases."""

from __future__ import annotations

import pytest

from models import search

MAINLAND = "比亚迪公司今年销量增长，比亚迪股价上涨。"
HONG_KONG = "比亞迪公司公佈業績，股價上升。"
UNRELATED = "本地零售数据公布。"


@pytest.fixture
def news(project):
    ids = [project.add_document(text)[0] for text in (MAINLAND, HONG_KONG, UNRELATED)]
    return project, ids


def found(project, query: str) -> list[str]:
    return [doc for _rowid, doc in search.matching_documents(project, query)]


def index_all(project) -> None:
    while search.index_some(project):
        pass


@pytest.mark.parametrize("indexed", [False, True], ids=["texts scanned", "index built"])
@pytest.mark.parametrize("query", ["比亚迪", "比亞迪", "亚迪", "亞"])
def test_a_search_finds_a_name_in_either_writing(news, indexed, query):
    project, (mainland, hong_kong, _unrelated) = news
    if indexed:
        index_all(project)
    assert found(project, query) == [mainland, hong_kong]


def test_a_hit_shows_the_document_its_own_characters(news):
    project, (mainland, hong_kong, _unrelated) = news
    assert [h.match for h in search.hits(project, hong_kong, "比亚迪")] == ["比亞迪"]
    assert [h.match for h in search.hits(project, mainland, "比亞迪")] == ["比亚迪", "比亚迪"]
    assert search.places("比亞迪與比亚迪", "比亚迪") == [(0, 3), (4, 7)]


def test_a_long_query_of_many_writings_is_still_found(project):
    # 13 characters, eight of them with a second writing: more spellings
    # than the index is asked for at once, so the texts are read instead
    name = "粤港澳大湾区发展规划纲要实施"
    traditional = "粵港澳大灣區發展規劃綱要實施"
    first, _ = project.add_document(f"关于{name}的通知")
    second, _ = project.add_document(f"特區政府支持{traditional}。")
    index_all(project)
    assert found(project, name) == [first, second]
    assert found(project, traditional) == [first, second]


def test_a_query_without_a_second_writing_runs_the_statements_it_always_ran(news):
    project, _ids = news
    index_all(project)
    statements: list[str] = []
    project.conn.set_trace_callback(statements.append)
    try:
        found(project, "GDP")
        found(project, "比")
    finally:
        project.conn.set_trace_callback(None)
    searched = [s for s in statements if "MATCH" in s or "instr" in s]
    assert len(searched) == 2
    assert "documents_fts MATCH 'text : \"GDP\"'" in searched[0]
    assert "instr(text, '比') > 0" in searched[1]


def test_a_shared_character_is_matched_as_either_writing_by_search(project):
    # 後 is a traditional 后 and a character of simplified writing too (後藤):
    # a search shows each hit in its context, so both are found
    doc, _ = project.add_document("會議之後公佈結果。")
    assert found(project, "之后") == [doc]
