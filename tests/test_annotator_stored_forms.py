"""An annotator name a project stores in a form NFKC changes (ａｌｉｃｅ in
full-width letters, written by an older Biaozhu, by an import that kept the
raw name, or by sqlite3 directly) is reached by the name typed in its
ordinary form (--annotator alice): never a second annotator beside it.
Two stored forms of one name are told apart by typing one exactly, and a
name that matches both otherwise is refused in words naming them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop.cli import main
from models import Project

TEXT = "江西铜博科技有限公司全年实现工业营收932.4亿元"
WIDE = "ａｌｉｃｅ"  # NFKC: alice


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def project_with(tmp_path: Path, *stored: str) -> Path:
    """A project whose annotators table holds ``stored`` as written (an
    older version's or an import's raw names), the first with a span."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="boss") as p:
        p.add_document(TEXT, doc_id="d1")
        p.ensure_annotator(stored[0])
        p.add_span("d1", 0, 10, "COMPANY", annotator=stored[0])
    with sqlite3.connect(path) as conn:  # the others as another program wrote them
        for name in stored[1:]:
            conn.execute(
                "INSERT INTO annotators (name, role, created) VALUES (?, 'annotator', ?)",
                (name, "2024-01-01T00:00:00Z"),
            )
    conn.close()
    return path


def annotators(path: Path) -> list[str]:
    with Project.open(path, readonly=True) as p:
        return [a["name"] for a in p.annotators()]


def test_a_stored_full_width_name_is_reached_from_its_ordinary_form(tmp_path, capsys):
    path = project_with(tmp_path, WIDE)
    with Project.open(path, annotator="alice") as p:
        assert p.annotator == WIDE
    assert annotators(path) == ["boss", WIDE]
    code, out, err = run(capsys, "history", str(path), "--json", "--annotator", "alice")
    assert code == 0, err
    assert any(json.loads(line)["annotator"] == WIDE for line in out.splitlines())
    out_file = tmp_path / "alice.jsonl"
    code, _out, err = run(
        capsys,
        "export",
        str(path),
        "--format",
        "jsonl",
        "--annotator",
        "alice",
        "--out",
        str(out_file),
    )
    assert code == 0, err
    (doc,) = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
    assert [s["text"] for s in doc["spans"]] == ["江西铜博科技有限公司"]
    # a write as alice lands in the stored layer, not a new one
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        json.dumps({"id": "d2", "text": TEXT, "spans": []}, ensure_ascii=False) + "\n", "utf-8"
    )
    code, _out, err = run(capsys, "import", str(path), str(gold), "--annotator", "alice")
    assert code == 0, err
    assert annotators(path) == ["boss", WIDE]


def test_a_name_written_by_sqlite_directly_is_reached(tmp_path, capsys):
    path = project_with(tmp_path, "boss", "ｂｏｂ")
    code, _out, err = run(capsys, "role", str(path), "bob", "reviewer")
    assert code == 0, err
    with Project.open(path, readonly=True) as p:
        assert sorted((a["name"], a["role"]) for a in p.annotators()) == [
            ("boss", "annotator"),
            ("ｂｏｂ", "reviewer"),
        ]


def test_two_stored_forms_are_told_apart_or_refused_in_words(tmp_path, capsys):
    path = project_with(tmp_path, WIDE, "alｉce")
    with Project.open(path, annotator=WIDE) as p:  # typed exactly as stored
        assert p.annotator == WIDE
    code, _out, err = run(capsys, "history", str(path), "--annotator", "alice")
    assert code == 1
    (line,) = err.strip().splitlines()
    assert WIDE in line and "alｉce" in line and "Traceback" not in err
    assert sorted(annotators(path)) == sorted(["boss", WIDE, "alｉce"])
