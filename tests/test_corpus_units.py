"""The parts of the corpus path that need no cluster: the --where language,
the inputs a corpus is made of, and Dask staying out of the desktop app."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from models.corpus.inputs import InputFile, find_inputs, read_input
from models.corpus.partition import suggestions_of
from models.corpus.where import parse_where
from models.errors import InvalidInput

SPANS = pa.table(
    {
        "label": ["COMPANY", "COMPANY", "METRIC", "POLICY"],
        "score": [0.55, 0.9, 0.95, 0.7],
        "source": ["company", "lexicon", "metric", "policy"],
        "text": ["华睿光电", "比亚迪", "12亿元", "“智改数转”行动"],
        "start": [7, 20, 30, 40],
        "end": [11, 23, 34, 48],
        "version": ["1", "10-ab", "1", "1"],
    }
)


def chosen(condition: str) -> list[str]:
    return SPANS.filter(parse_where(condition)).column("text").to_pylist()


@pytest.mark.parametrize(
    "condition, texts",
    [
        ("label == 'COMPANY' and score < 0.6", ["华睿光电"]),
        ("label == \"COMPANY\" or label == 'POLICY'", ["华睿光电", "比亚迪", "“智改数转”行动"]),
        ("not label == 'COMPANY'", ["12亿元", "“智改数转”行动"]),
        (
            "label != 'METRIC' and (score >= 0.9 or source == 'policy')",
            ["比亚迪", "“智改数转”行动"],
        ),
        ("label == 'METRIC' or label == 'POLICY' and score > 0.8", ["12亿元"]),  # and first
        ("(label == 'METRIC' or label == 'POLICY') and score > 0.8", ["12亿元"]),
        ("start >= 20 AND end <= 34", ["比亚迪", "12亿元"]),
        ("text == '“智改数转”行动'", ["“智改数转”行动"]),
        ("version == '10-ab'", ["比亚迪"]),
        ("score <= 5e-1 or score > .94", ["12亿元"]),
        ("not (not score < 0.6)", ["华睿光电"]),
    ],
)
def test_where_chooses_the_spans_it_says(condition, texts):
    assert chosen(condition) == texts


@pytest.mark.parametrize(
    "condition, message",
    [
        ("", "expected a field (label, source, text, version, score, start, end) at column 1"),
        ("label = 'X'", "cannot read \"= 'X'\" at column 7"),
        ("colour == 'red'", "no field 'colour' at column 1"),
        ("label < 'X'", "label is text: compare it with == or !="),
        ("score == 'high'", "expected a number to compare score with at column 10"),
        ("label == COMPANY", "expected a quoted string to compare label with at column 10"),
        ("(score < 1", "expected a closing ')' at column 11, found the end"),
        ("score < 1 score > 0", "expected 'and', 'or' or the end at column 11"),
        ("__import__('os') == 1", "no field '__import__'"),
        ("label == 'X' and", "expected a field"),
    ],
)
def test_a_bad_condition_says_where(condition, message):
    with pytest.raises(InvalidInput) as caught:
        parse_where(condition)
    assert message in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "condition", ["(" * 3000 + "score < 1" + ")" * 3000, "not " * 2000 + "score < 1"]
)
def test_a_condition_nested_too_deep_is_refused_in_one_line(condition):
    """Within the length limit, parentheses or nots nested some thousand deep
    ran the parser out of Python's stack: a RecursionError, reported as a bug."""
    with pytest.raises(InvalidInput) as caught:
        parse_where(condition)
    assert "nested" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("attributes", ["{not json", "[" * 5000 + "]" * 5000, "[1, 2]"])
def test_damaged_span_attributes_in_a_partition_are_bad_input(attributes):
    """`import OUT --as suggestions` on a partition whose attributes were
    damaged ended in 'unexpected JSONDecodeError … please report it'."""
    span = {"start": 0, "end": 3, "label": "COMPANY", "text": "比亚迪", "score": 0.9}
    span |= {"source": "model", "version": "1", "attributes": attributes}
    with pytest.raises(InvalidInput) as caught:
        suggestions_of([span], "out/p.parquet: document d1")
    assert "out/p.parquet: document d1" in str(caught.value) and "\n" not in str(caught.value)


def test_inputs_of_a_folder_a_glob_and_a_file(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.parquet", "a/b/two.jsonl", "a/_SUCCESS.jsonl", "a/.hidden.parquet"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "a" / "notes.txt").write_text("not a partition")
    names = [(i.name, i.output_name) for i in find_inputs(str(tmp_path / "a"))]
    assert names == [("b/two.jsonl", "b__two.jsonl.parquet"), ("one.parquet", "one.parquet")]
    assert [i.name for i in find_inputs(str(tmp_path / "a" / "**" / "*.jsonl"))] == ["b/two.jsonl"]
    assert [i.name for i in find_inputs(str(tmp_path / "a" / "one.parquet"))] == ["one.parquet"]
    with pytest.raises(InvalidInput, match="no Parquet or JSONL files"):
        find_inputs(str(tmp_path / "a" / "*.csv"))


def test_two_inputs_that_would_share_an_output_are_refused(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "y.parquet").write_bytes(b"")
    (tmp_path / "x__y.parquet").write_bytes(b"")
    with pytest.raises(InvalidInput, match="would both be written as x__y.parquet"):
        find_inputs(str(tmp_path))


def test_a_jsonl_partition_keeps_its_other_fields(tmp_path):
    path = tmp_path / "p.jsonl"
    lines = [
        {"id": 7, "text": "营收12亿元", "meta": {}, "tags": ["a"], "n": 1},
        {"id": "x", "text": "增长8%", "meta": {}, "tags": ["b", 2], "n": 2.5},
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines))
    table = read_input(InputFile(str(path), "p.jsonl", "jsonl"), b"")
    assert table.column("id").to_pylist() == ["7", "x"]
    assert table.column("n").to_pylist() == [1.0, 2.5]
    # {} has no Parquet type, nor has a list of mixed types: they are kept as JSON
    assert table.column("meta").to_pylist() == ["{}", "{}"]
    assert table.column("tags").to_pylist() == ['["a"]', '["b",2]']
    pq.write_table(table, tmp_path / "stored.parquet")


@pytest.mark.parametrize(
    "columns, message",
    [
        ({"text": ["a"]}, 'p.parquet: no "id" column'),
        ({"id": ["a"], "body": ["x"]}, 'p.parquet: no "text" column'),
        ({"id": ["a", "b"], "text": ["x", ""]}, 'p.parquet: row 2 has an empty "text"'),
        ({"id": ["a", None], "text": ["x", "y"]}, 'p.parquet: row 2 has no "id"'),
        ({"id": [1.5], "text": ["x"]}, '"id" holds double, not text or integers'),
        ({"id": ["a"], "text": ["x"], "spans": [1]}, 'the output adds a "spans" column'),
    ],
)
def test_a_bad_parquet_partition_is_named_with_its_row(tmp_path, columns, message):
    sink = pa.BufferOutputStream()
    pq.write_table(pa.table(columns), sink)
    with pytest.raises(InvalidInput) as caught:
        read_input(InputFile("unused", "p.parquet", "parquet"), sink.getvalue().to_pybytes())
    assert message in str(caught.value)


def test_not_parquet_at_all(tmp_path):
    with pytest.raises(InvalidInput, match="p.parquet: not a readable Parquet file"):
        read_input(InputFile("unused", "p.parquet", "parquet"), b"PAR1 but not really")


def test_the_desktop_app_and_the_rest_of_the_cli_load_no_dask():
    code = (
        "import sys; from desktop.cli import build_parser; build_parser();"
        "import desktop.gui.mainwindow, models.corpus.inputs, models.corpus.importing;"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'));"
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_input_with_a_column_twice_is_refused_in_one_line(tmp_path):
    """Two "text" columns: which is the article cannot be told. The bounded
    reader reads by column name, where a second one is a KeyError; said
    instead as the name that appears twice."""
    table = pa.Table.from_arrays(
        [pa.array(["a"]), pa.array(["比亚迪"]), pa.array(["吉利"])], names=["id", "text", "text"]
    )
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    with pytest.raises(
        InvalidInput, match="p.parquet: not a readable Parquet file .*'text' appears twice"
    ):
        read_input(InputFile("unused", "p.parquet", "parquet"), sink.getvalue().to_pybytes())
