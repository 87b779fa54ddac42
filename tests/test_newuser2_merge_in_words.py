"""A merge, told to the reviewer in words (newuser2, 7 December 2026).

- `biaozhu history` says a merge as Review → History does: the file merged
  in, its events, new documents and conflicts, and for a conflict whose
  layer and how many incoming spans. A reviewer read
  `18b756f2…: ∅ → {"conflicts": [], "decisions": 109, "documents": {"000_e`
  (JSON cut at 80 characters, never reaching the file's name) and
  `∅ → {"annotator": "alice", "created": "…", "file": "lap2.b`.
- `biaozhu conflicts` says when each conflict was raised, as the README
  promises ("the time `conflicts` shows") and as `--json` did alone: a
  reviewer reading the list saw who and from which file, not when."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.cli import main
from models import Project

DOC = "001_6931a8134f50e240"


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def merged(tmp_path, capsys, corpus_dir):
    """Alice's two copies of one article, her work differing between them,
    merged by carol: one conflict on alice's layer."""
    mine, theirs = tmp_path / "mine.biaozhu", tmp_path / "laptop2.biaozhu"
    run(capsys, "new", str(mine), "--annotator", "alice")
    run(capsys, "import", str(mine), str(corpus_dir / f"{DOC}.txt"), "--annotator", "alice")
    run(capsys, "suggest", "--project", str(mine), "--annotator", "alice")
    shutil.copyfile(mine, theirs)
    for path, accepted in ((mine, 2), (theirs, 3)):
        with Project.open(path, annotator="alice") as p:
            for s in p.suggestions(DOC, "alice")[:accepted]:
                p.accept_suggestion(s.id)
    assert "1 conflict" in run(capsys, "merge", str(mine), str(theirs), "--annotator", "carol")
    return mine


def test_history_says_a_merge_and_its_conflict_in_words(merged, capsys):
    [line] = run(capsys, "history", str(merged), "--action", "merge.completed").splitlines()
    assert "∅ → laptop2.biaozhu: 3 events, 0 new documents, 1 conflict" in line, line
    assert '{"' not in line, line
    [conflict] = run(capsys, "history", str(merged), "--action", "merge.conflict").splitlines()
    assert f"merge.conflict {DOC} ∅ → alice's layer: 3 incoming spans from laptop2.biaozhu" in (
        conflict
    ), conflict
    assert '{"' not in conflict, conflict


def test_conflicts_list_says_when_each_was_raised(merged, capsys):
    [record] = [json.loads(x) for x in run(capsys, "conflicts", str(merged), "--json").splitlines()]
    assert record["created"]
    [line] = run(capsys, "conflicts", str(merged)).splitlines()
    assert line.startswith(
        f"#{record['id']}:{record['check']} {DOC} alice: 3 incoming spans from laptop2.biaozhu"
    )
    assert record["created"] in line, line
