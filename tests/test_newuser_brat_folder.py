"""A brat export's folder imported without --format, as the README's
round trip does it: each ``.txt`` is its ``.ann``'s text, read with it, not
a second article. A newcomer importing the folder into a fresh project was
told "from 96 files; skipped 48 already in the project" and then one line
per document, "skipped brat/X.txt: same text as document X"."""

from __future__ import annotations

import json

from desktop.cli import main
from models import Project
from tests.conftest import shared_path


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def test_a_brat_folder_imports_each_document_once_without_format(tmp_path, capsys):
    gold = shared_path("gold", "news-train.jsonl")
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    first = tmp_path / "first.biaozhu"
    assert run(capsys, "new", str(first))[0] == 0
    assert run(capsys, "import", str(first), str(gold), "--annotator", "alice")[0] == 0
    folder = tmp_path / "brat"
    code, out = run(capsys, "export", str(first), "--format", "brat", "--out", str(folder))
    assert code == 0, out

    second = tmp_path / "second.biaozhu"
    assert run(capsys, "new", str(second))[0] == 0
    code, out = run(capsys, "import", str(second), str(folder), "--annotator", "alice")
    assert code == 0, out
    spans = sum(len(r["spans"]) for r in records)
    assert f"imported {len(records)} documents with {spans} spans" in out, out
    assert "skipped 0 already" in out and "same text" not in out, out
    assert f"from {len(records)} files" in out, out  # the .ann files, each with its text
    project = Project.open(second, annotator="alice")
    try:
        assert len(project.document_ids()) == len(records)
        assert sum(len(project.annotations(d)) for d in project.document_ids()) == spans
    finally:
        project.close()
