"""`biaozhu history` says a merge in words, as Review → History does: the
file merged in, its events, new documents and conflicts, and for a conflict
whose layer and how many incoming spans. A reviewer read
`18b756f2…: ∅ → {"conflicts": [], "decisions": 109, "documents": {"000_e`
(JSON cut at 80 characters, never reaching the file's name) and
`∅ → {"annotator": "alice", "created": "…", "file": "lap2.b`."""

from __future__ import annotations

import shutil

from desktop.cli import main
from models import Project

DOC = "001_6931a8134f50e240"


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_history_says_a_merge_and_its_conflict_in_words(tmp_path, capsys, corpus_dir):
    mine, theirs = tmp_path / "mine.biaozhu", tmp_path / "laptop2.biaozhu"
    run(capsys, "new", str(mine), "--annotator", "alice")
    run(capsys, "import", str(mine), str(corpus_dir / f"{DOC}.txt"), "--annotator", "alice")
    run(capsys, "suggest", "--project", str(mine), "--annotator", "alice")
    shutil.copyfile(mine, theirs)
    for path, accepted in ((mine, 2), (theirs, 3)):  # alice's work differs between her copies
        with Project.open(path, annotator="alice") as p:
            for s in p.suggestions(DOC, "alice")[:accepted]:
                p.accept_suggestion(s.id)
    run(capsys, "merge", str(mine), str(theirs), "--annotator", "carol")

    [merged] = run(capsys, "history", str(mine), "--action", "merge.completed").splitlines()
    assert "∅ → laptop2.biaozhu: 3 events, 0 new documents, 1 conflict" in merged, merged
    assert '{"' not in merged, merged
    [conflict] = run(capsys, "history", str(mine), "--action", "merge.conflict").splitlines()
    assert f"merge.conflict {DOC} ∅ → alice's layer: 3 incoming spans from laptop2.biaozhu" in (
        conflict
    ), conflict
    assert '{"' not in conflict, conflict
