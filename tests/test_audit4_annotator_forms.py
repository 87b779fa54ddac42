"""One person, one layer: an annotator's name typed in another Unicode form
of the same characters (José composed or decomposed, as macOS keyboards and
file names give it) or in full-width letters (ａｌｉｃｅ, a Chinese input
method left in 全角) looked the same in every list and report, yet made a
second annotator with a layer of their own, and a filter in that form
found nothing."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project

NFD_JOSE = unicodedata.normalize("NFD", "José")
NFC_JOSE = unicodedata.normalize("NFC", "José")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_gold(path: Path) -> Path:
    doc = {
        "id": "d1",
        "text": "江西铜博科技有限公司全年实现工业营收932.4亿元",
        "spans": [{"start": 0, "end": 10, "label": "COMPANY"}],
    }
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", "utf-8")
    return path


@pytest.mark.parametrize(
    ("first", "second"), [(NFC_JOSE, NFD_JOSE), (NFD_JOSE, NFC_JOSE), ("alice", "ａｌｉｃｅ")]
)
def test_a_name_in_another_form_is_the_same_annotator(tmp_path, capsys, first, second):
    proj = str(tmp_path / "p.biaozhu")
    gold = str(write_gold(tmp_path / "g.jsonl"))
    assert run(capsys, "new", proj, "--annotator", first)[0] == 0
    assert run(capsys, "import", proj, gold, "--annotator", first)[0] == 0
    code, out, err = run(capsys, "import", proj, gold, "--annotator", second)
    assert code == 0, err
    with Project.open(Path(proj), readonly=True) as project:
        names = [a["name"] for a in project.annotators()]
    assert len(names) == 1, names
    # a filter typed in the other form finds their work
    code, out, err = run(capsys, "stats", proj, "--json", "--annotator", second)
    assert code == 0, err
    code, out, err = run(capsys, "history", proj, "--json", "--annotator", second)
    assert code == 0, err
    assert out.strip()
    code, out, err = run(capsys, "role", proj, second, "reviewer")
    assert code == 0, err
    with Project.open(Path(proj), readonly=True) as project:
        assert [(a["name"], a["role"]) for a in project.annotators()] == [(names[0], "reviewer")]


def test_the_environment_name_in_another_form_is_the_same_annotator(tmp_path, monkeypatch):
    with Project.create(tmp_path / "p.biaozhu", annotator=NFC_JOSE):
        pass
    monkeypatch.setenv("BIAOZHU_ANNOTATOR", NFD_JOSE)
    with Project.open(tmp_path / "p.biaozhu") as project:
        assert project.annotator == NFC_JOSE
        assert [a["name"] for a in project.annotators()] == [NFC_JOSE]
