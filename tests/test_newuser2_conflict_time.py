"""`biaozhu conflicts` says when each conflict was raised, as the README
promises ("the time `conflicts` shows") and as `--json` did alone: a
reviewer reading the list saw who and from which file, not when."""

from __future__ import annotations

import json
import shutil

from desktop.cli import main
from models import Project

DOC = "001_6931a8134f50e240"


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_conflicts_list_says_when_each_was_raised(tmp_path, capsys, corpus_dir):
    mine, theirs = tmp_path / "mine.biaozhu", tmp_path / "laptop2.biaozhu"
    run(capsys, "new", str(mine), "--annotator", "alice")
    run(capsys, "import", str(mine), str(corpus_dir / f"{DOC}.txt"), "--annotator", "alice")
    run(capsys, "suggest", "--project", str(mine), "--annotator", "alice")
    shutil.copyfile(mine, theirs)
    for path, accepted in ((mine, 2), (theirs, 3)):  # alice's work differs between her copies
        with Project.open(path, annotator="alice") as p:
            for s in p.suggestions(DOC, "alice")[:accepted]:
                p.accept_suggestion(s.id)
    assert "1 conflict" in run(capsys, "merge", str(mine), str(theirs), "--annotator", "carol")
    [record] = [json.loads(x) for x in run(capsys, "conflicts", str(mine), "--json").splitlines()]
    assert record["created"]
    [line] = run(capsys, "conflicts", str(mine)).splitlines()
    assert line.startswith(
        f"#{record['id']}:{record['check']} {DOC} alice: 3 incoming spans from laptop2.biaozhu"
    )
    assert record["created"] in line, line
    assert line.endswith("(open)")
