"""`biaozhu new NAME` refuses every ending the importers read and every one
the exporters write (a table's .tsv, HF's .arrow, brat's .conf, the
window's screenshot .png…), so that swapped arguments never make a SQLite
file where the curator's data goes; and a .tsv, which the CSV reader reads
(it finds the tab), is imported by its ending."""

from __future__ import annotations

import pytest

from desktop.cli import main
from models import Project
from models.io.registry import FORMATS, data_suffixes

READ = sorted({ext for fmt in FORMATS.values() for ext in fmt.extensions})
WRITTEN = sorted(
    {fmt.extension for fmt in FORMATS.values() if fmt.extension}
    | {ext for fmt in FORMATS.values() for ext in fmt.writes}
)


def test_the_exporters_endings_are_data_endings():
    assert {".tsv", ".csv", ".parquet", ".conll", ".spacy", ".ann", ".arrow", ".xml", ".png"} <= (
        data_suffixes()
    )
    assert set(READ) | set(WRITTEN) <= data_suffixes()
    assert not data_suffixes() & {".biaozhu", ".db", ".sqlite", ""}


@pytest.mark.parametrize("ending", sorted(set(READ) | set(WRITTEN) | {".tsv", ".TSV", ".png"}))
def test_new_refuses_each_data_ending(tmp_path, capsys, ending):
    path = tmp_path / f"notes{ending}"
    assert main(["new", str(path)]) == 1
    err = capsys.readouterr().err
    assert not path.exists(), f"a SQLite file was made as {path.name}"
    lines = err.strip().splitlines()
    assert len(lines) == 1 and ".biaozhu" in lines[0], err


def test_a_tsv_is_imported_by_its_ending(tmp_path, capsys):
    table = tmp_path / "notes.tsv"
    table.write_text("id\ttext\nn1\t园区新增规上工业企业12家。\n", encoding="utf-8")
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(table)]) == 0, capsys.readouterr().err
    with Project.open(project) as p:
        assert [p.document(d).text for d in p.document_ids()] == ["园区新增规上工业企业12家。"]
