"""A project file in a folder being imported is left unread and said so, as
the README promises ("importing a folder leaves SQLite files, their
companions and *.backups folders unread (import -v lists them)"): a newcomer
importing a folder that held a project and its backups was told of the
backups folder only, the project itself passed over in silence."""

from __future__ import annotations

import shutil

from desktop.cli import main
from models import Project
from tests.conftest import shared_path


def test_a_project_in_an_imported_folder_is_named_as_left_unread(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    article = sorted(shared_path("corpus").glob("*.txt"))[0]
    shutil.copy(article, folder / article.name)
    Project.create(folder / "old.biaozhu", annotator="alice").close()
    target = tmp_path / "p.biaozhu"
    assert main(["new", str(target)]) == 0
    capsys.readouterr()

    assert main(["import", str(target), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "imported 1 document" in out, out
    assert "left 1 SQLite file or backup folder unread (-v names it)" in out, out

    assert main(["import", str(target), str(folder), "-v"]) == 0
    out = capsys.readouterr().out
    assert f"left unread {folder / 'old.biaozhu'}: an SQLite database file" in out, out
