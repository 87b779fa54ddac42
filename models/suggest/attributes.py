"""METRIC attributes that follow a span's text when its boundaries move.

The value, unit and approximator of a METRIC are read from the span's own
characters by the metric rules (``MetricSuggester``): `20余家` is 20, 家,
余 (`20餘家` of a traditional text is 20, 家, 餘: its own characters). When
a curator moves a boundary (`20余家` → `20余`), an attribute that still
says what the rules read from the old text follows the new text; one
the rules would not have written (the curator edited it, or it came from
elsewhere) is kept as it is. Indicator and period come from the sentence
around the span, not from the span, and never change here."""

from __future__ import annotations

import re
from typing import Any

from models.suggest.metric import APPROX, POST, PRE, MetricSuggester
from models.suggest.numbers import fmt_value, parse_number, scale_value
from models.suggest.own_characters import OwnCharacters
from models.suggest.segment import simplified_reading, word_freq

DERIVED = ("value", "unit", "approx")
EMPTY: dict[str, Any] = {"value": None, "unit": "", "approx": ""}
# How much text on each side the rules see: a ranking (第33位) is one only
# after words such as 排名, so the span alone is not always enough.
CONTEXT = 40

_rules = MetricSuggester()

# A number with no unit, as a span moved off its unit holds (86.5亿元 →
# 86.5亿, 20余家 → 20余): an approximator before or after it, Arabic digits
# or a Chinese numeral, a scale. 超 alone too (超50家 → 超50), which the rules
# read as an approximator before a number and their PRE leaves out.
BARE_NUMBER = re.compile(
    rf"(?P<pre>{PRE}|超)?"
    r"(?P<num>[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千]+)"
    r"(?P<yu1>余|多)?(?P<scale>[万亿千百]*)(?P<yu2>余|多)?"
    rf"(?P<post>{POST})?"
)


def derived_attrs(text: str, start: int, end: int) -> dict[str, Any]:
    """What the metric rules read from ``text[start:end]`` as a METRIC:
    value, unit and approx (None / "" where the rules see no quantity)."""
    right = min(len(text), end + CONTEXT)
    # whether the span is read in simplified is told by its paragraph in the
    # whole document, as the suggestions were: a span alone (932.4億元) holds
    # too few characters to tell; the rules read the simplified copy, one
    # character for one, so offsets stay the same
    reading, passages = simplified_reading(text)
    passage = next(((lo, hi) for lo, hi in passages if lo <= start < hi), None)
    for lo, hi in ((max(0, start - CONTEXT), right), (start, end)):
        read = reading[lo:hi]
        for hit in _rules.suggest(read):
            if (hit.start + lo, hit.end + lo) == (start, end):
                attrs = {name: hit.attrs.get(name, EMPTY[name]) for name in DERIVED}
                if passage is None:
                    return attrs
                # unit and approx in the passage's own characters, as the
                # suggestions give them (see models.suggest.own_characters)
                own = OwnCharacters(
                    read, text[lo:hi], max(0, passage[0] - lo), min(hi, passage[1]) - lo
                )
                return own.attrs(attrs, hit.start, hit.end) if own else attrs
    return _bare_number(reading[start:end], text[start:end])


def _bare_number(read: str, written: str) -> dict[str, Any]:
    """A span the rules read no quantity in, when it is a number with no
    unit (86.5亿: 8.65e9, no unit): its value and approximator (which the
    rules' order: after the number, before it, 余; in the span's own
    characters, 20餘 → 餘); else none."""
    m = BARE_NUMBER.fullmatch(read)
    value = parse_number(m.group("num")) if m else None
    if m is None or value is None:
        return dict(EMPTY)
    approx = APPROX.get(m.group("pre") or "", "") or APPROX.get(m.group("yu1") or "", "")
    approx = APPROX.get(m.group("yu2") or "", "") or approx
    approx = APPROX.get(m.group("post") or "", "") or approx
    if approx and read != written:
        approx = OwnCharacters(read, written).write(approx, 0, len(read))
    value *= scale_value(m.group("scale"))
    return {"value": fmt_value(value), "unit": "", "approx": approx}


def warm_up() -> None:
    """Read what the first ``derived_attrs`` would (jieba's word frequencies,
    some 40 MB, and the rules' patterns), so that the first boundary move of
    a METRIC does not wait for them: the window calls it in the background
    after a project opens, and a boundary move before taking the write lock
    (once read, a call costs some 10 µs)."""
    word_freq("部门")  # the rules ask it of a one-character unit (5个部门: 个 is no unit)
    derived_attrs("932.4亿元", 0, 7)


def follow_new_text(
    attrs: dict[str, Any], text: str, old: tuple[int, int], new: tuple[int, int]
) -> dict[str, Any]:
    """``attrs`` of a METRIC moved from ``old`` to ``new`` (code points into
    ``text``): each derived attribute the old text explains is replaced by
    what the new text gives; the others stay."""
    before = derived_attrs(text, *old)
    after = derived_attrs(text, *new)
    out = dict(attrs)
    for name in DERIVED:
        if not _same(attrs.get(name, EMPTY[name]), before[name]):
            continue  # edited by the curator, or not the rules' reading: kept
        if after[name] not in (None, ""):
            out[name] = after[name]
        elif name in attrs and name != "value":
            out[name] = ""  # the field stays, empty, as the curator saw it
        else:
            out.pop(name, None)
    return out


def _same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    return a == b


def resize_following(project, ann_id: int, start: int, end: int, *, annotator: str | None = None):
    """Move a span's boundaries (``Project.resize_span``); a METRIC's derived
    attributes follow its new text. One transaction, so one undo step."""
    with project.transaction():
        before = project.annotation(ann_id)
        ann = project.resize_span(ann_id, start, end, annotator=annotator)
        if ann.label != "METRIC" or (before.start, before.end) == (start, end):
            return ann
        text = project.document_text(ann.doc_id)
        attrs = follow_new_text(before.attrs, text, (before.start, before.end), (start, end))
        return project.set_span_attrs(ann.id, attrs, annotator=annotator)
