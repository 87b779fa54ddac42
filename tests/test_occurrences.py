"""A name accepted once is offered, and can be accepted, everywhere it occurs."""

from __future__ import annotations

from models.learn.occurrences import accept_occurrences, propagate


def test_accepting_a_company_offers_its_other_occurrences(project):
    first, _ = project.add_document("江西铜博科技有限公司今年营收18亿元。")
    second, _ = project.add_document("记者走进江西铜博科技有限公司车间。江西铜博科技有限公司扩产。")
    third, _ = project.add_document("与此无关的一篇文章。")
    ann = project.add_span(first, 0, 10, "COMPANY")
    assert propagate(project, ann) == 2
    pending = project.suggestions(second, status="pending")
    assert [(s.start, s.text, s.source) for s in pending] == [
        (4, "江西铜博科技有限公司", "occurrence"),
        (17, "江西铜博科技有限公司", "occurrence"),
    ]
    assert project.suggestions(third) == []
    accepted = accept_occurrences(project, "江西铜博科技有限公司", "COMPANY")
    assert len(accepted) == 2
    assert [a.origin for a in project.annotations(second)] == ["accepted", "accepted"]
    assert propagate(project, ann) == 0  # nothing new to offer, nothing duplicated


def test_metrics_are_not_propagated(project):
    doc, _ = project.add_document("营收18亿元,利润18亿元。")
    ann = project.add_span(doc, 2, 6, "METRIC")
    assert propagate(project, ann) == 0


def test_propagation_can_be_split_between_this_document_and_the_rest(project):
    first, _ = project.add_document("华润博雅生物扩产。华润博雅生物投产。")
    second, _ = project.add_document("华润博雅生物血液制品智能工厂主体完工。")
    ann = project.add_span(first, 0, 6, "COMPANY")
    assert propagate(project, ann, doc_ids=[first]) == 1
    assert project.suggestions(second) == []
    assert propagate(project, ann, exclude=frozenset({first})) == 1
    assert len(project.suggestions(second, status="pending")) == 1


def test_propagation_names_the_documents_it_touched(project):
    first, _ = project.add_document("华润博雅生物扩产。")
    second, _ = project.add_document("华润博雅生物投产。")
    project.add_document("无关的文章。")
    ann = project.add_span(first, 0, 6, "COMPANY")
    touched: set[str] = set()
    assert propagate(project, ann, touched=touched) == 1
    assert touched == {second}
    assert project.document_counts([second]) == {second: ("todo", 0, 1)}
