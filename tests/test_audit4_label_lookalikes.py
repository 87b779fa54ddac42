"""A label that looks like one the project has: the same letters in
another Unicode form (É composed or decomposed) or in full-width letters
(ＣＯＭＰＡＮＹ, typed with a Chinese input method in 全角). Such a label was
added beside the project's own, so the same entity was counted, exported and
scored under two labels a curator could not tell apart. It is refused in one
line naming the label it looks like, with nothing changed."""

from __future__ import annotations

import json
import unicodedata

import pytest

from desktop.cli import main
from models import InvalidInput, Label, Project

NFC = unicodedata.normalize("NFC", "PRODUITÉ")
NFD = unicodedata.normalize("NFD", "PRODUITÉ")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("first", "second"), [(NFC, NFD), ("COMPANY", "ＣＯＭＰＡＮＹ")])
def test_new_refuses_a_schema_with_two_labels_that_look_the_same(tmp_path, capsys, first, second):
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"labels": [{"name": first}, {"name": second}]}), "utf-8")
    proj = tmp_path / "p.biaozhu"
    code, out, err = run(capsys, "new", str(proj), "--labels", str(labels))
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert first in err and second in err
    assert not proj.exists()


def test_an_import_does_not_add_a_lookalike_of_a_project_label(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    with Project.create(proj, annotator="alice") as project:
        head = project.chain_head()
    doc = {
        "id": "d1",
        "text": "江西铜博科技有限公司全年实现工业营收932.4亿元",
        "spans": [{"start": 0, "end": 10, "label": "ＣＯＭＰＡＮＹ"}],
    }
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(doc, ensure_ascii=False) + "\n", "utf-8")
    code, out, err = run(capsys, "import", str(proj), str(gold))
    assert code == 1
    assert "ＣＯＭＰＡＮＹ" in err and "COMPANY" in err, err
    with Project.open(proj, readonly=True) as project:
        assert project.label_names() == ["METRIC", "COMPANY", "POLICY"]
        assert project.document_ids() == []
        assert project.chain_head() == head


def test_the_core_refuses_a_lookalike_label(tmp_path):
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        with pytest.raises(InvalidInput, match="looks like"):
            project.add_label(Label("ｍｅｔｒｉｃ".upper(), "#336699", "", ""))
        project.add_label(Label("COMPANY_CN", "#336699", "", ""))  # a name of its own
        assert project.label_names()[-1] == "COMPANY_CN"
