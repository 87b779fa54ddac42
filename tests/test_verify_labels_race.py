"""A label added while another process holds the project open.

A Project keeps the labels it read; a label another process added since is
not in that copy until its next transaction. Adding a label from the stale
copy wrote the labels without the other process's one (dropped in silence)
and a ``labels.changed`` event whose ``before`` was not what the file held,
which verify, holding each ``before`` to the history, then named as an
edited history."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from models import Label, Project

REPO = Path(__file__).resolve().parents[1]

ADD_LABEL = """
import sys
sys.path.insert(0, sys.argv[1])
from models import Label, Project
with Project.open(sys.argv[2], annotator="bob") as p:
    p.add_label(Label("PERSON", "#123456", "", "a person"))
"""


def test_a_label_added_from_a_stale_copy_keeps_the_other_and_verifies(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="alice").close()
    with Project.open(path, annotator="alice") as p:
        assert "PERSON" not in p.label_names()  # read, and kept
        subprocess.run([sys.executable, "-c", ADD_LABEL, str(REPO), str(path)], check=True)
        p.add_label(Label("PLACE", "#654321", "", "a place"))
        assert p.label_names()[-2:] == ["PERSON", "PLACE"]
    assert main(["verify", str(path)]) == 0, capsys.readouterr().err
