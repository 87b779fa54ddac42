"""An accepted name is not offered where it is only part of a longer name
the curator is shown there (比亚迪 inside the suggested 比亚迪新材料公司): the
guideline takes the longest name as written, so such an offer is one more
suggestion to reject, beside the right one. Where the longer suggestion was
rejected, or the name stands on its own, it is offered as before."""

from __future__ import annotations

from models import Suggestion
from models.learn.occurrences import offer_elsewhere

NAME = "比亚迪"
LONGER = "比亚迪新材料公司"
FIRST = f"{NAME}今年营收增长18亿元。"
SECOND = f"{LONGER}在抚州投产，{NAME}表示将继续扩产。"
ALONE = SECOND.index(NAME, len(LONGER))


def offered(project, longer_decision: str | None = None, who: str = "alice"):
    first, _ = project.add_document(FIRST)
    second, _ = project.add_document(SECOND)
    project.store_suggestions(
        second, [Suggestion(0, len(LONGER), "COMPANY", LONGER, 0.9, "model", "v1")]
    )
    if longer_decision == "reject":
        (longer,) = project.suggestions(second, who, status="pending")
        project.reject_suggestion(longer.id, annotator=who)
    ann = project.add_span(first, 0, len(NAME), "COMPANY")
    made = offer_elsewhere(project, ann, "t1")
    return second, {doc: sorted(places) for doc, places in made.items()}


def test_a_name_inside_a_longer_suggested_name_is_not_offered_there(project):
    second, made = offered(project)
    assert made == {second: [ALONE]}
    shown = [(s.start, s.text) for s in project.suggestions(second, "alice", status="pending")]
    assert shown == [(0, LONGER), (ALONE, NAME)]
    assert project.verify().ok


def test_where_the_longer_suggestion_was_rejected_the_name_inside_it_is_offered(project):
    second, made = offered(project, "reject")
    assert made == {second: [0, ALONE]}


def test_the_longer_name_test_is_a_plain_scan_of_the_spans_shown():
    import random

    from models.learn.occurrences import Shown

    rng = random.Random(7)
    for _ in range(2000):
        spans = [(a, a + rng.randint(1, 12)) for a in (rng.randint(0, 40) for _ in range(6))]
        shown = Shown()
        for a, b in spans:
            shown.add(a, b)
        start, length = rng.randint(0, 45), rng.randint(1, 8)
        plain = any(a <= start and start + length <= b and b - a > length for a, b in spans)
        assert shown.covers(start, length) == plain, (spans, start, length)
