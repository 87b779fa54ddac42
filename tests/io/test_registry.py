"""One registry for import and export: every format it lists is reached from
the command line, and every format that both reads and writes gives back,
through Biaozhu's own importer, the texts, offsets, labels and attributes it
was given."""

from __future__ import annotations

import pytest

from desktop.cli import main
from models.io.registry import EXTENSIONS, FORMATS, export_formats, import_formats
from tests.io.conftest import round_trip, without_attrs

BOTH = sorted(set(import_formats()) & set(export_formats()))
# What a format has no place for (the README's format table says the same).
CANNOT_CARRY = {"conll": "attrs"}
FOLDERS = {"brat", "hf"}


def test_every_format_reads_or_writes_and_auto_finds_only_readers():
    assert all(f.can_import or f.can_export for f in FORMATS.values())
    assert all(FORMATS[name].can_import for name in EXTENSIONS.values())
    assert {"jsonl", "doccano", "label-studio", "brat", "conll", "spacy", "hf"} <= set(BOTH)
    assert {"spans-csv", "spans-parquet", "metrics-csv", "metrics-parquet"} <= set(export_formats())


def test_the_command_line_offers_what_the_registry_holds(capsys):
    _help(["import", "--help"])
    shown = "".join(capsys.readouterr().out.split())  # argparse wraps at hyphens
    assert all(name in shown for name in import_formats())
    _help(["export", "--help"])
    shown = "".join(capsys.readouterr().out.split())
    assert all(name in shown for name in export_formats())


@pytest.mark.parametrize("fmt", BOTH)
def test_round_trip_through_the_importer(gold, tmp_path, fmt):
    out = tmp_path / ("out" if fmt in FOLDERS else f"out{FORMATS[fmt].extension}")
    before, after = round_trip(gold, fmt, out)
    if CANNOT_CARRY.get(fmt) == "attrs":
        before, after = without_attrs(before), without_attrs(after)
    assert sorted(after) == sorted(before)


def test_prodigy_reads_the_exchange_format(gold, tmp_path):
    before, after = round_trip(gold, "jsonl", tmp_path / "out.jsonl", read_as="prodigy")
    assert after == before


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (
            ["--format", "jsonl", "--unit", "sentence"],
            "--unit sentence does not apply to the jsonl",
        ),
        (
            ["--format", "conll", "--segmenter", "jieba"],
            "--segmenter jieba does not apply to the conll",
        ),
        (["--format", "spacy", "--excel"], "--excel does not apply to the spacy"),
        (["--format", "nope"], "invalid choice"),
    ],
)
def test_options_a_format_does_not_take_are_refused(gold_file, tmp_path, capsys, argv, words):
    code = main(["export", str(gold_file), *argv, "--out", str(tmp_path / "x")])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("biaozhu: error:") or "usage:" in err
    assert words in err
    assert list(tmp_path.iterdir()) == [gold_file.parent]


def _help(argv: list[str]) -> None:
    try:
        main(argv)
    except SystemExit:
        pass
