"""A METRIC moved off its unit keeps its value (issue 14, item 1): the
value of `86.5亿` is still a number, 8.65e9 with no unit; `20余` is 20,
about (余); `约3000` is 3000, about (约). What is no number keeps none."""

from __future__ import annotations

import pytest

from models.suggest.attributes import derived_attrs, follow_new_text

TEXT = "该公司今年营收86.5亿元，同比增长12%，园区已集聚企业20余家，带动就业约3000人。"


def span(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("86.5亿", {"value": 8650000000.0, "unit": "", "approx": ""}),
        ("86.5", {"value": 86.5, "unit": "", "approx": ""}),
        ("12", {"value": 12.0, "unit": "", "approx": ""}),
        ("20余", {"value": 20.0, "unit": "", "approx": "余"}),
        ("约3000", {"value": 3000.0, "unit": "", "approx": "约"}),
    ],
)
def test_a_number_without_its_unit_keeps_its_value(surface, expected):
    assert derived_attrs(TEXT, *span(surface)) == expected


@pytest.mark.parametrize("surface", ["营收", "企业", "同比增长"])
def test_what_is_no_number_has_no_value(surface):
    assert derived_attrs(TEXT, *span(surface)) == {"value": None, "unit": "", "approx": ""}


def test_moving_the_end_off_the_unit_keeps_the_value():
    attrs = {"indicator": "营收", "value": 8650000000.0, "unit": "元", "approx": ""}
    moved = follow_new_text(attrs, TEXT, span("86.5亿元"), span("86.5亿"))
    assert moved == {"indicator": "营收", "value": 8650000000.0, "unit": "", "approx": ""}
    back = follow_new_text(moved, TEXT, span("86.5亿"), span("86.5亿元"))
    assert back == attrs


def test_the_store_holds_the_value_after_the_move(project):
    """What the window's boundary move (``resize_following``) leaves in the
    project: the span without its unit, its value a number."""
    from models.suggest.attributes import resize_following

    doc, _ = project.add_document(TEXT)
    attrs = {"indicator": "营收", "value": 8650000000.0, "unit": "元", "approx": ""}
    ann = project.add_span(doc, *span("86.5亿元"), "METRIC", attrs=attrs)
    resize_following(project, ann.id, *span("86.5亿"))
    moved = project.annotation(ann.id)
    assert moved.text == "86.5亿"
    assert moved.attrs["value"] == 8650000000.0 and moved.attrs["unit"] == ""
    assert project.verify().ok


def test_a_traditional_span_keeps_its_own_approximator():
    text = "該公司今年營收86.5億元，園區已集聚企業20餘家，同比增長12%。"
    start = text.index("20餘")
    assert derived_attrs(text, start, start + 3) == {"value": 20.0, "unit": "", "approx": "餘"}
    start = text.index("86.5億")
    assert derived_attrs(text, start, start + 5)["value"] == 8650000000.0
