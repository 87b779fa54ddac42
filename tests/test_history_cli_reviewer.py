"""A reviewer asks `biaozhu history` who changed a span, when, and from
which suggestion: each line about a span says the suggestion it came from
(a resize or an attribute change as much as the accept), an attribute
change says which attributes changed and how, and a span another
annotator imported (brought by a merge) says it was imported."""

from __future__ import annotations

import json
import shutil

from desktop.cli import main
from models import Project, Suggestion

TEXT = "园区全年实现工业营收932.4亿元,同比增长13.7%。"


def metric(surface: str, attrs: dict) -> Suggestion:
    start = TEXT.index(surface)
    return Suggestion(start, start + len(surface), "METRIC", surface, 0.9, "rules", "7", attrs)


def history_lines(capsys, path, *more: str) -> list[str]:
    assert main(["history", str(path), *more]) == 0
    return capsys.readouterr().out.splitlines()


def build(tmp_path):
    path = tmp_path / "rev.biaozhu"
    with Project.create(path, annotator="ann1") as p:
        p.add_document(TEXT, doc_id="d1")
        p.store_suggestions("d1", [metric("932.4亿元", {"unit": "元", "value": 93240000000.0})])
        (sugg,) = p.suggestions("d1", "ann1")
        span = p.accept_suggestion(sugg.id)
        p.resize_span(span.id, span.start - 2, span.end)  # 营收932.4亿元
        p.set_span_attrs(span.id, {"unit": "亿元", "value": 932.4, "indicator": "工业营收"})
    copy = tmp_path / "copy.biaozhu"
    shutil.copy(path, copy)
    gold = tmp_path / "gold.jsonl"
    start = TEXT.index("13.7%")
    doc = {
        "id": "d1",
        "text": TEXT,
        "spans": [{"start": start, "end": start + 5, "label": "METRIC"}],
    }
    gold.write_text(json.dumps(doc, ensure_ascii=False) + "\n", "utf-8")
    assert main(["import", str(copy), str(gold), "--annotator", "ann2"]) == 0
    assert main(["merge", str(path), str(copy)]) == 0
    return path, sugg.id


def test_each_span_line_names_its_suggestion(tmp_path, capsys):
    path, sid = build(tmp_path)
    capsys.readouterr()
    lines = history_lines(capsys, path, "--span", "1")
    assert [line.split()[3] for line in lines] == [
        "suggestion.accepted",
        "span.resized",
        "span.attrs",
    ]
    for line in lines:
        assert f"suggestion {sid}" in line, line


def test_an_attribute_change_says_what_changed(tmp_path, capsys):
    path, _sid = build(tmp_path)
    capsys.readouterr()
    (line,) = history_lines(capsys, path, "--action", "span.attrs")
    assert "unit 元 → 亿元" in line, line
    assert "value 93240000000.0 → 932.4" in line, line
    assert "indicator ∅ → 工业营收" in line, line


def test_a_merged_import_says_it_was_imported(tmp_path, capsys):
    path, _sid = build(tmp_path)
    capsys.readouterr()
    lines = history_lines(capsys, path, "--annotator", "ann2", "--action", "span.added")
    # the copy's own event, then the merge's, which says where it took the span
    brought, made = lines
    assert "13.7%" in brought and "(imported)" in brought, brought
    assert "merged from copy.biaozhu" in brought, brought
    assert "by a merge, from span" in made, made
