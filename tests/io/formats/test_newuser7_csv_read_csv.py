"""An ML engineer loads a CSV table with pandas: ``pd.read_csv`` guesses a
text column whose values are all digits (a METRIC's period "2024", ids
"1", "2") as numbers, period 2024 → 2024.0, while the manifest says text.
A CSV has no types, so the file stays as it is; what the user gets is the
manifest's ``table.read_csv``, the keyword arguments that read every column
as the manifest types it (``pd.read_csv(path, **manifest["table"]["read_csv"])``),
and a note in the export's summary (the command line's and the window's)
when some text column would be guessed as numbers, naming them."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from desktop.cli import main
from tests.io.formats.test_tables import manifest_of, metrics_of

READ_AS_NUMBERS = "pandas' read_csv reads as numbers"


def exported(capsys, path, fmt: str, out) -> list[str]:
    capsys.readouterr()
    assert main(["export", str(path), "--format", fmt, "--out", str(out)]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("fmt", ["metrics-csv", "spans-csv"])
def test_the_manifests_read_csv_keeps_period_as_text(gold_file, tmp_path, reference, capsys, fmt):
    out = tmp_path / "table.csv"
    lines = exported(capsys, gold_file, fmt, out)
    (note,) = [line for line in lines if READ_AS_NUMBERS in line]
    assert "period" in note and "read_csv" in note
    assert pd.read_csv(out)["period"].dtype == "float64"  # what the note is about
    table = manifest_of(out)["table"]
    frame = pd.read_csv(out, **table["read_csv"])
    assert {name: str(frame[name].dtype) for name in table["columns"]} == {
        name: ("string" if kind == "string" else kind) for name, kind in table["columns"].items()
    }
    metrics = frame[frame["label"] == "METRIC"] if "label" in frame else frame
    periods = [s.get("attrs", {}).get("period") for _, s in metrics_of(reference)]
    assert [None if pd.isna(p) else p for p in metrics["period"]] == [p or None for p in periods]
    assert "2024" in set(metrics["period"])  # text, not 2024.0


def test_no_note_when_no_text_column_is_all_digits(tmp_path, reference, capsys):
    """A period written as "2024年" somewhere keeps the column text for
    pandas too: nothing to warn of (the note is not said for every CSV)."""
    docs = json.loads(json.dumps(reference))
    for doc in docs:
        for span in doc["spans"]:
            if span.get("attrs", {}).get("period") == "2025":
                span["attrs"]["period"] = "2025年"
    source = tmp_path / "gold.jsonl"
    source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    path = tmp_path / "p.biaozhu"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(source), "--annotator", "gold"]) == 0
    out = tmp_path / "metrics.csv"
    lines = exported(capsys, path, "metrics-csv", out)
    assert not [line for line in lines if READ_AS_NUMBERS in line]
    assert pd.read_csv(out)["period"].dtype != "float64"
    frame = pd.read_csv(out, **manifest_of(out)["table"]["read_csv"])
    assert "2024" in set(frame["period"]) and "2025年" in set(frame["period"])
