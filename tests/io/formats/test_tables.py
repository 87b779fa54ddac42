"""Span tables, read by pandas and DuckDB as they are: every span, or the
METRIC spans with their attributes, typed (period is text, an empty value is
not a missing one), with manifests that count the rows written."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from models.io.export import export_project
from tests.io.conftest import expected_spans


def metrics_of(reference):
    return [(d["id"], s) for d in reference for s in d["spans"] if s["label"] == "METRIC"]


def manifest_of(out):
    return json.loads(out.with_name(out.name + ".manifest.json").read_text(encoding="utf-8"))


def test_metrics_parquet_is_typed(gold, tmp_path, reference):
    out = tmp_path / "metrics.parquet"
    export_project(gold, "metrics-parquet", out)
    frame = pd.read_parquet(out)
    metrics = metrics_of(reference)
    assert len(frame) == len(metrics)
    assert frame["value"].dtype == "float64" and frame["start"].dtype == "int64"
    assert pd.api.types.is_string_dtype(frame["period"])
    assert list(frame["value"].fillna(-1)) == [
        s.get("attrs", {}).get("value", -1) for _, s in metrics
    ]
    periods = [s.get("attrs", {}).get("period") for _, s in metrics]
    assert [None if pd.isna(p) else p for p in frame["period"]] == periods  # "" and None apart
    assert "" in periods and None in periods and "2024" in periods
    assert all(t in sentence for t, sentence in zip(frame["text"], frame["sentence"], strict=True))
    manifest = manifest_of(out)
    assert manifest["counts"]["spans"] == len(metrics) == manifest["table"]["rows"]
    assert manifest["counts"]["by_label"] == {"METRIC": len(metrics)}


def test_metrics_csv_without_bom_unless_for_excel(gold, tmp_path, reference):
    out = tmp_path / "metrics.csv"
    export_project(gold, "metrics-csv", out)
    data = out.read_bytes()
    assert data.startswith(b'"document","title",')  # no byte-order mark
    table = pd.read_csv(out)
    assert len(table) == len(metrics_of(reference)) and table["value"].dtype == "float64"
    assert list(table.columns)[:2] == ["document", "title"]
    typed = pd.read_csv(out, dtype=manifest_of(out)["table"]["columns"])
    assert typed["period"].dropna().isin(["2023", "2024", "2025"]).all()  # text, not 2024.0
    excel = tmp_path / "excel.csv"
    export_project(gold, "metrics-csv", excel, options={"excel": True})
    assert excel.read_bytes() == b"\xef\xbb\xbf" + data


def test_duckdb_reads_the_tables(gold, tmp_path, reference):
    duckdb = pytest.importorskip("duckdb", reason="DuckDB is in the test extra")
    parquet, csv = tmp_path / "spans.parquet", tmp_path / "metrics.csv"
    export_project(gold, "spans-parquet", parquet)
    export_project(gold, "metrics-csv", csv)
    by_label = dict(
        duckdb.sql(f"SELECT label, count(*) FROM '{parquet}' GROUP BY label").fetchall()
    )
    wanted: dict[str, int] = {}
    for _, _, _, label, _ in expected_spans(reference):
        wanted[label] = wanted.get(label, 0) + 1
    assert by_label == wanted
    rows = duckdb.sql(
        f"SELECT period, count(*) FROM read_csv('{csv}', allow_quoted_nulls=false) GROUP BY period"
    ).fetchall()
    periods = dict(rows)
    assert "" in periods and None in periods and "2024" in periods  # text, and empty ≠ missing


def test_spans_tables_hold_every_span_with_its_attributes(gold, tmp_path, reference):
    out = tmp_path / "spans.parquet"
    report = export_project(gold, "spans-parquet", out)
    frame = pd.read_parquet(out)
    got = list(
        zip(
            frame["document"],
            frame["start"],
            frame["end"],
            frame["label"],
            frame["text"],
            strict=True,
        )
    )
    assert got == expected_spans(reference) == got[: report.spans]
    assert set(frame["origin"]) == {"imported"} and set(frame["annotator"]) == {"gold"}
    for column in ("indicator", "value", "unit", "approx", "period"):
        assert column in frame.columns
    assert frame["value"].dtype == "float64"
    table = (
        pd.read_csv(tmp_path / "spans.csv")
        if export_project(gold, "spans-csv", tmp_path / "spans.csv")
        else None
    )
    assert len(table) == len(frame)


def test_pending_suggestions_as_a_table(gold, tmp_path):
    from models.io.export import Selection

    out = tmp_path / "pending.parquet"
    export_project(gold, "spans-parquet", out, selection=Selection("suggestions", "gold"))
    frame = pd.read_parquet(out)
    assert list(frame["text"]) == ["13.7%", "赣州"]
    assert list(frame["origin"]) == ["suggestion", "suggestion"]
    assert list(frame["source"]) == ["metric", "company"] and list(frame["score"]) == [0.8, 0.55]
