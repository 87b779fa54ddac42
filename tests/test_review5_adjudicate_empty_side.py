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
