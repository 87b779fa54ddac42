"""``export --suggestions`` leaves out what a finished document's annotator left.

A document its annotator marked done is final for them: suggestions stored
there since are "left" (the window, the list and ``stats`` count none of
them as pending), yet ``export --suggestions`` for that annotator still
wrote them, so pre-annotations loaded into Label Studio or Prodigy put a
finished document back on their desk. The formats carry no status per
suggestion, so they are left out; another annotator who has the document
to do still gets them."""

from __future__ import annotations

import json

from desktop.cli import main
from models import Project
from tests.conftest import shared_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def suggested_project(tmp_path, capsys) -> tuple[str, str, str]:
    """Two corpus articles suggested for alice, the first marked done by her
    before they were suggested (as an imported gold document is)."""
    corpus = sorted(shared_path("corpus").glob("*.txt"))[:2]
    proj = str(tmp_path / "p.biaozhu")
    assert run(capsys, "new", proj, "--annotator", "alice")[0] == 0
    assert run(capsys, "import", proj, *map(str, corpus), "--annotator", "alice")[0] == 0
    with Project.open(proj, annotator="alice") as project:
        done, todo = project.document_ids()
        project.set_status(done, "done")
    code, _, err = run(capsys, "suggest", "--project", proj, "--annotator", "alice")
    assert code == 0, err
    with Project.open(proj, annotator="alice", readonly=True) as project:
        assert {s.status for s in project.suggestions(done, "alice")} == {"left"}
        assert "pending" in {s.status for s in project.suggestions(todo, "alice")}
    return proj, done, todo


def test_a_finished_documents_leftovers_are_not_exported(tmp_path, capsys):
    proj, done, todo = suggested_project(tmp_path, capsys)
    out = tmp_path / "pending.jsonl"
    code, stdout, err = run(
        capsys, "export", proj, "--format", "jsonl", "--out", str(out), "--suggestions",
        "--annotator", "alice",
    )  # fmt: skip
    assert code == 0, err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [todo]
    with Project.open(proj, annotator="alice", readonly=True) as project:
        pending = project.suggestions(todo, "alice", status="pending")
    assert len(records[0]["spans"]) == len(pending) > 0
    manifest = json.loads((tmp_path / "pending.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["documents"] == 1
    assert manifest["counts"]["spans"] == len(pending)


def test_another_annotator_still_gets_them(tmp_path, capsys):
    proj, done, todo = suggested_project(tmp_path, capsys)
    out = tmp_path / "bob.json"
    code, _, err = run(
        capsys, "export", proj, "--format", "label-studio", "--out", str(out), "--suggestions",
        "--annotator", "bob",
    )  # fmt: skip
    assert code == 0, err
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(t["data"]["doc_id"] for t in tasks) == sorted([done, todo])


def test_only_leftovers_is_nothing_to_export(tmp_path, capsys):
    proj, done, todo = suggested_project(tmp_path, capsys)
    with Project.open(proj, annotator="alice") as project:
        project.set_status(todo, "done")
    code, _, err = run(
        capsys, "export", proj, "--format", "jsonl", "--out", str(tmp_path / "x.jsonl"),
        "--suggestions", "--annotator", "alice",
    )  # fmt: skip
    assert code == 1 and "nothing to export" in err


def test_the_help_says_so(capsys):
    try:
        main(["export", "--help"])
    except SystemExit:
        pass
    words = " ".join(capsys.readouterr().out.split())
    assert "documents they marked done" in words
