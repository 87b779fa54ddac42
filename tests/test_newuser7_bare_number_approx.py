"""A curator moved the end of news-train's 超50家 off its unit (Alt+Shift+←,
超50家 → 超50): the unit went, as it should, but so did the value 50 and
the approximator 超 the span still holds. The rules read 超 before a number
as 超 (超10亿元, 超50家), but the reading of a bare number (a span moved
off its unit) knew 超过 and 超出, not 超 alone."""

from __future__ import annotations

from models import Project
from models.suggest.attributes import derived_attrs, resize_following
from tests.conftest import news_train_texts

DOC = "t2_changzhou_lowalt_2024"


def test_moving_the_end_off_the_unit_keeps_value_and_approximator(tmp_path):
    text = news_train_texts()[DOC]
    start = text.index("超50家")
    assert derived_attrs(text, start, start + 4) == {"value": 50.0, "unit": "家", "approx": "超"}
    assert derived_attrs(text, start, start + 3) == {"value": 50.0, "unit": "", "approx": "超"}
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as p:
        p.add_document(text, doc_id=DOC)
        span = p.add_span(DOC, start, start + 4, "METRIC")
        p.set_span_attrs(
            span.id, {"indicator": "高新技术企业", **derived_attrs(text, start, start + 4)}
        )
        moved = resize_following(p, span.id, start, start + 3)
    assert moved.text == "超50"
    assert moved.attrs == {"indicator": "高新技术企业", "value": 50.0, "unit": "", "approx": "超"}
