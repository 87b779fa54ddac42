"""`export --out -` and `--out ""`: an export is a file (or a folder) with
its manifest beside it, so it cannot go to standard output. The user who
typed `-` expecting the data on the terminal got a file named `-` in the
current folder without a word, and `--out ""` wrote `.manifest.json` and
reported the export as `--out .`; both are now refused in one line, with
nothing written."""

from __future__ import annotations

import pytest

from models import Project
from tests.test_cli_newcomer import one_error_line, run


@pytest.fixture
def project(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="ann") as p:
        doc, _ = p.add_document("比亚迪营收增长。", doc_id="d1")
        p.add_span(doc, 0, 3, "COMPANY")
        p.set_status(doc, "done")
    return path


@pytest.mark.parametrize("out", ["-", ""], ids=["dash", "empty"])
def test_export_to_standard_output_or_nowhere_is_refused(
    project, tmp_path, capsys, monkeypatch, out
):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, _out, err = run(capsys, "export", project, "--format", "jsonl", "--out", out)
    assert code != 0
    line = one_error_line(err)
    assert "--out" in line and "file name" in line, line
    assert list(work.iterdir()) == []
