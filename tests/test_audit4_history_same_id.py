"""Two laptops imported different articles under one id (d1: the file
name both started from). The merge keeps the other file's article as a
document of its own (d1_…), but ``history --doc d1`` (and Review → History)
listed that article's import, span and status among d1's events: a reviewer
read an import of 11 characters and a span of another text as this
document's history. Its events belong to the document it became here."""

from __future__ import annotations

import json

from desktop.cli import main
from models import Project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_merged_article_under_a_taken_id_keeps_its_history_apart(tmp_path, capsys):
    mine, theirs = tmp_path / "a.biaozhu", tmp_path / "c.biaozhu"
    with Project.create(mine, annotator="alice") as project:
        doc, _ = project.add_document("比亚迪营收100亿元", doc_id="d1")
        project.add_span(doc, 0, 3, "COMPANY")
    with Project.create(theirs, annotator="carol") as project:
        doc, _ = project.add_document("宁德时代营收200亿元。", doc_id="d1")
        project.add_span(doc, 0, 4, "COMPANY")
        project.set_status(doc, "done")
    assert run(capsys, "merge", str(mine), str(theirs))[0] == 0
    with Project.open(mine, readonly=True) as project:
        (other,) = [d for d in project.document_ids() if d != "d1"]

    code, out, err = run(capsys, "history", str(mine), "--doc", "d1", "--json")
    assert code == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert events
    assert all(e["origin_hash"] is None for e in events), [
        (e["action"], e["after"]) for e in events if e["origin_hash"]
    ]
    assert not any("宁德时代" in json.dumps(e, ensure_ascii=False) for e in events)

    code, out, err = run(capsys, "history", str(mine), "--doc", other, "--json")
    assert code == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    merged = [e["action"] for e in events if e["origin_hash"] is not None]
    assert "span.added" in merged and "doc.status" in merged
    assert any("宁德时代" in json.dumps(e, ensure_ascii=False) for e in events)
