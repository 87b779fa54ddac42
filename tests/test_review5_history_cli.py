"""`biaozhu history`: a role change printed `annotator.role - {"role":
"annotator"} → {"role": "reviewer"}`, never saying whose role it was (the
person is the event's target, which only --json showed)."""

from __future__ import annotations

from desktop.cli import main
from models import Project


def test_a_role_change_names_the_person(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="lead") as p:
        p.set_role("rita", "reviewer")
    capsys.readouterr()
    assert main(["history", str(path), "--action", "annotator.role"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "lead annotator.role - rita:" in line, line
