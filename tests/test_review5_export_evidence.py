"""An accepted suggestion's span kept the suggesters' evidence (``sources``,
``rule``: which candidate sources proposed it and the rule that fired) among
its attributes, and every gold export wrote them as attributes of the span: a
``rule`` and a ``sources`` column in the span tables, ``attrs.sources`` in
jsonl, doccano and Hugging Face, beside spans imported or drawn by hand that
have none. The window shows them as provenance, never as attributes; an
export of the curated layers leaves them out (a --suggestions export keeps
them, as the suggestion's provenance)."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models import Project, Suggestion

TEXT = "天水长城开关厂集团有限公司累计实现营业收入9.7亿元,同比增长24%。"


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


@pytest.fixture
def accepted(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="bob") as p:
        doc, _ = p.add_document(TEXT, doc_id="d")
        firm, metric = at("天水长城开关厂集团有限公司"), at("9.7亿元")
        p.store_suggestions(
            doc,
            [
                Suggestion(
                    *firm,
                    "COMPANY",
                    TEXT[slice(*firm)],
                    0.95,
                    "model",
                    "v1",
                    {"sources": ["clue", "company"], "rule": "legal"},
                ),
                Suggestion(
                    *metric,
                    "METRIC",
                    TEXT[slice(*metric)],
                    1.0,
                    "model",
                    "v1",
                    {
                        "indicator": "营业收入",
                        "value": 970000000.0,
                        "unit": "元",
                        "approx": "",
                        "sources": ["metric"],
                    },
                ),
            ],
        )
        for s in p.suggestions(doc, "bob", status="pending"):
            p.accept_suggestion(s.id, annotator="bob")
        p.add_span(doc, *at("24%"), "METRIC", attrs={"unit": "%"}, annotator="bob")
        p.set_status(doc, "done", annotator="bob")
    return path


def test_curated_exports_leave_the_suggesters_evidence_out(accepted, tmp_path):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", str(accepted), "--format", "jsonl", "--out", str(out / "g.jsonl")]) == 0
    (record,) = [json.loads(line) for line in (out / "g.jsonl").read_text("utf-8").splitlines()]
    attrs = {s["text"]: s.get("attrs", {}) for s in record["spans"]}
    assert attrs["天水长城开关厂集团有限公司"] == {}
    assert attrs["9.7亿元"] == {
        "indicator": "营业收入",
        "value": 970000000.0,
        "unit": "元",
        "approx": "",
    }

    table = out / "s.parquet"
    assert main(["export", str(accepted), "--format", "spans-parquet", "--out", str(table)]) == 0
    columns = set(pd.read_parquet(table).columns)
    assert "unit" in columns and "indicator" in columns
    assert not {"rule", "sources"} & columns

    assert main(["export", str(accepted), "--annotator", "bob", "--format", "doccano",
                 "--out", str(out / "b.jsonl")]) == 0  # fmt: skip
    (line,) = (out / "b.jsonl").read_text("utf-8").splitlines()
    assert "sources" not in line and "legal" not in line

    # the pending suggestions' export still says where each came from
    with Project.open(accepted, annotator="bob") as p:
        p.store_suggestions(
            "d",
            [Suggestion(*at("24%"), "METRIC", "24%", 0.9, "model", "v1", {"sources": ["metric"]})],
        )
    assert main(["export", str(accepted), "--annotator", "alice", "--suggestions",
                 "--format", "jsonl", "--out", str(out / "p.jsonl")]) == 0  # fmt: skip
    assert "sources" in (out / "p.jsonl").read_text("utf-8")
