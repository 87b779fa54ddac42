"""A METRIC's value, unit and approx follow its text when a boundary moves,
unless the curator edited them (issue 15.6: `20余家` → `20余` kept 家)."""

from __future__ import annotations

from models.suggest.attributes import derived_attrs, follow_new_text

TEXT = "园区已集聚上下游企业20余家，其中年营收超10亿元的企业达到9家，排名第33位。"


def span(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def test_the_rules_reading_of_a_span():
    assert derived_attrs(TEXT, *span("20余家")) == {"value": 20.0, "unit": "家", "approx": "余"}
    assert derived_attrs(TEXT, *span("超10亿元")) == {
        "value": 1000000000.0,
        "unit": "元",
        "approx": "超",
    }
    assert derived_attrs(TEXT, *span("第33位"))["value"] == 33.0  # a ranking needs its context
    assert derived_attrs(TEXT, *span("企业")) == {"value": None, "unit": "", "approx": ""}


def test_derived_attributes_follow_the_new_text():
    attrs = {"indicator": "企业", "value": 20.0, "unit": "家", "approx": "余"}
    moved = follow_new_text(attrs, TEXT, span("20余家"), span("20余"))
    assert moved["unit"] == "" and moved["indicator"] == "企业"
    back = follow_new_text(moved, TEXT, span("20余"), span("20余家"))
    assert back == attrs
    grown = follow_new_text(
        {"value": 1e9, "unit": "元", "approx": ""}, TEXT, span("10亿元"), span("超10亿元")
    )
    assert grown == {"value": 1000000000.0, "unit": "元", "approx": "超"}


def test_what_the_curator_edited_stays():
    edited = {"value": 21.0, "unit": "家", "approx": "余", "period": "2024"}
    moved = follow_new_text(edited, TEXT, span("20余家"), span("20余"))
    assert moved["value"] == 21.0 and moved["period"] == "2024"
    assert moved["unit"] == ""  # the unit was the rules' reading of 家


def test_the_store_holds_what_a_boundary_move_leaves(project):
    """What a curator sees after moving a METRIC's boundary in the window
    (``resize_following``): the derived attributes follow the new text, the
    indicator read from the sentence stays, and moving back restores them."""
    from models.suggest.attributes import resize_following

    doc, _ = project.add_document(TEXT)
    attrs = {"indicator": "上下游企业", "value": 20.0, "unit": "家", "approx": "余"}
    ann = project.add_span(doc, *span("20余家"), "METRIC", attrs=attrs)
    resize_following(project, ann.id, *span("20余"))
    moved = project.annotation(ann.id)
    assert moved.text == "20余" and moved.attrs["unit"] == ""
    assert moved.attrs["indicator"] == "上下游企业"
    resize_following(project, ann.id, *span("20余家"))
    assert project.annotation(ann.id).attrs == attrs
    assert project.verify().ok
