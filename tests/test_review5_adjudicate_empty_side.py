"""Compare: R on an "only left" difference (or L on an "only right" one) takes
the side that holds no span. The history recorded the choice ("right") but the
difference stayed open: the table left its row unsettled, the count said
"settled 6 / 7" and the document never became done, though the store held the
reviewer's decision."""

from __future__ import annotations

from models import Project
from models.review.adjudicate import Adjudication
from models.review.compare import LEFT, RIGHT, LayerRef

TEXT = "比亚迪抚州基地投产,江西铜博科技有限公司扩产,营收932.4亿元。"


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def test_taking_the_empty_side_settles_the_difference_as_recorded(tmp_path):
    with Project.create(tmp_path / "p.biaozhu", annotator="lead") as p:
        doc, _ = p.add_document(TEXT)
        p.add_span(doc, *at("比亚迪"), "COMPANY", annotator="alice")
        p.add_span(doc, *at("932.4亿元"), "METRIC", annotator="alice")
        p.add_span(doc, *at("932.4亿元"), "METRIC", annotator="bob")
        p.add_span(doc, *at("江西铜博科技有限公司"), "COMPANY", annotator="bob")
        p.set_role("rita", "reviewer")
        adj = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
        by_kind = {d.kind: d for d in adj.differences}
        adj.accept_agreements()

        adj.choose(by_kind[LEFT], "right")  # bob has nothing there: nothing
        assert adj.state(by_kind[LEFT]) == "right"
        result = adj.choose(by_kind[RIGHT], "left")  # alice has nothing there
        assert adj.state(by_kind[RIGHT]) == "left"

        assert adj.counts()["open"] == 0
        assert result.became_done
        assert p.status(doc, "rita") == "done"
        assert [a.text for a in p.annotations(doc, "rita")] == ["932.4亿元"]
        # a window opened afterwards reads the same from the history
        again = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
        assert [again.state(d) for d in again.differences if d.kind in (LEFT, RIGHT)] == [
            "right",
            "left",
        ]


def test_a_document_adjudicated_to_done_keeps_no_pending_suggestions(tmp_path):
    """Compare marked the reviewer's document done (every difference settled,
    or Ctrl+D) and left the suggestions pending for the reviewer there: the
    document list read "24 gold · 13 pending" on a done document and stats
    counted them, where the main window's Ctrl+D records them as rejected
    with the document done."""
    from models import Suggestion

    with Project.create(tmp_path / "p.biaozhu", annotator="lead") as p:
        doc, _ = p.add_document(TEXT)
        start, end = at("江西铜博科技有限公司")
        p.store_suggestions(
            doc, [Suggestion(start, end, "COMPANY", TEXT[start:end], 0.9, "model", "v1", {})]
        )
        p.add_span(doc, *at("比亚迪"), "COMPANY", annotator="alice")
        p.add_span(doc, *at("932.4亿元"), "METRIC", annotator="bob")
        p.set_role("rita", "reviewer")
        adj = Adjudication(p, doc, "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob"))
        for d in list(adj.differences):
            result = adj.choose(d, "left")
        assert result.became_done
        assert p.suggestions(doc, "rita", status="pending") == []
        (rejected,) = p.history(doc_id=doc, annotator="rita", action="suggestion.rejected")
        assert rejected.after == {"with": "doc.done"}
        assert p.verify().ok

        # Ctrl+D in Compare on a reopened document does the same
        p.add_document("另一篇：赣锋锂业扩产。", doc_id="d2")
        p.store_suggestions("d2", [Suggestion(4, 8, "COMPANY", "赣锋锂业", 0.9, "model", "v1", {})])
        Adjudication(
            p, "d2", "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob")
        ).mark_done()
        assert p.status("d2", "rita") == "done"
        assert p.suggestions("d2", "rita", status="pending") == []
