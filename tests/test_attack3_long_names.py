"""A project named at length (attack3: a laptop's folder of policy papers
named after their titles): a file name leaves room for the files SQLite and
Biaozhu keep beside it, or the project is refused where it is named, in one
line, and nothing is made.

SQLite writes ``NAME-journal`` while it makes a project and ``NAME-wal``,
``NAME-shm`` while it is open; the backups go to the folder ``NAME.backups``.
A name of 248 to 255 bytes (80 to 85 Chinese characters) is a name the file
system takes, but not its companions': ``biaozhu new`` said "database: the
file cannot be opened" and left an empty file behind, which every later
command called "empty, not a Biaozhu project"; a name of 252-255 bytes said
its -wal "is not a file"; a project renamed that long opened, but the
window's session backup could never be made.

Attacks that held, here and in a run through the command line: a path with
spaces and Chinese folder names; a name of 247 bytes (the longest that
leaves room) makes, imports, backs up and verifies; a name of 256 bytes or
more is refused by the file system in one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import NotAProject, WriteRefused
from models.store.backup import list_backups, make_backup, restore_backup
from models.store.connection import BACKED_UP_PATH_MOST, SQLITE_PATH_MOST

TITLE = "关于进一步优化营商环境降低市场主体制度性交易成本的意见的实施细则和配套措施汇编及解读" * 3
ROOM = len(".backups")  # the longest name kept beside a project's


def named(folder: Path, size: int) -> Path:
    """A project path whose file name is ``size`` bytes (UTF-8)."""
    stem = TITLE
    while len(f"{stem}.biaozhu".encode()) > size:
        stem = stem[:-1]
    stem += "x" * (size - len(f"{stem}.biaozhu".encode()))
    path = folder / f"{stem}.biaozhu"
    assert len(path.name.encode()) == size
    return path


def name_max(folder: Path) -> int:
    return os.pathconf(folder, "PC_NAME_MAX")


def test_the_longest_name_that_leaves_room_makes_a_project_that_works(tmp_path):
    folder = tmp_path / "政策 文件"  # spaces and Chinese in the folder too
    folder.mkdir()
    path = named(folder, name_max(folder) - ROOM)
    with Project.create(path, annotator="alice") as p:
        p.add_document("今年比亚迪营收18亿元。", doc_id="a")
        copy = make_backup(p)
        assert copy.exists() and list_backups(path)[0].path == copy
        assert p.verify().ok


@pytest.mark.parametrize("over", [1, 4, 7])
def test_a_name_without_room_for_its_companions_is_refused_and_nothing_is_made(
    tmp_path, over, capsys
):
    path = named(tmp_path, name_max(tmp_path) - ROOM + over)
    with pytest.raises(NotAProject) as caught:
        Project.create(path, annotator="alice")
    message = str(caught.value)
    assert "\n" not in message and "too long" in message and caught.value.params["path"] == path
    assert list(tmp_path.iterdir()) == []
    assert main(["new", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "too long" in err
    assert list(tmp_path.iterdir()) == []


def test_a_project_renamed_too_long_is_refused_for_writing_and_still_read(tmp_path):
    short = tmp_path / "p.biaozhu"
    with Project.create(short, annotator="alice") as p:
        p.add_document("今年比亚迪营收18亿元。", doc_id="a")
    path = named(tmp_path, name_max(tmp_path) - ROOM + 2)
    short.rename(path)
    with pytest.raises(NotAProject, match="too long"):
        Project.open(path, annotator="alice")
    with Project.open(path, readonly=True) as p:  # what it holds is still read
        assert p.document_count() == 1 and p.verify().ok
    assert sorted(x.name for x in tmp_path.iterdir()) == [path.name]


def at_depth(tmp_path: Path, size: int) -> Path:
    """A project path of ``size`` bytes in all (resolved), in nested Chinese folders."""
    folder = tmp_path.resolve()
    step = "经济运行新闻标注项目文件夹"  # 39 bytes
    while len(os.fsencode(str(folder / step / "p.biaozhu"))) <= size:
        folder = folder / step
    pad = size - len(os.fsencode(str(folder / "p.biaozhu")))
    path = folder / ("p" * pad + "p.biaozhu")
    assert len(os.fsencode(str(path))) == size
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_a_path_too_long_for_sqlite_is_refused_in_words_that_say_so(tmp_path, capsys):
    """SQLite takes a file's whole path up to 512 bytes with room for its
    companions' endings (504 here): a project deeper than that, made there
    or moved there (170-odd Chinese characters of folder names), could not
    be made or opened at all: "cannot open it (the file cannot be opened)".
    A project less deep opened, but its backups (deeper by their folder and
    names) failed with SQLite's "unable to open database file"; so a new
    project leaves room for them, and a backup of one moved deeper says why
    it is not made."""
    fits = at_depth(tmp_path / "a", BACKED_UP_PATH_MOST)
    with Project.create(fits, annotator="alice") as p:
        p.add_document("今年比亚迪营收18亿元。", doc_id="a")
        restore_backup(p, make_backup(p))
        assert p.verify().ok
    too_deep_to_make = at_depth(tmp_path / "b", BACKED_UP_PATH_MOST + 1)
    with pytest.raises(NotAProject) as caught:
        Project.create(too_deep_to_make, annotator="alice")
    message = str(caught.value)
    assert "\n" not in message and "path is too long" in message
    assert too_deep_to_make.name in message
    assert list(too_deep_to_make.parent.iterdir()) == []

    opens = at_depth(tmp_path / "c", SQLITE_PATH_MOST)
    fits.rename(opens)  # moved deeper: it opens, and says why no backup is made
    with Project.open(opens, annotator="alice") as p:
        p.add_document("园区新增规上工业企业12家。", doc_id="b")
        with pytest.raises(WriteRefused, match="backups would be too long"):
            make_backup(p)
        assert p.verify().ok

    deep = at_depth(tmp_path / "d", SQLITE_PATH_MOST + 1)
    opens.rename(deep)  # deeper still: it cannot be opened, and says why
    for readonly in (False, True):
        with pytest.raises(NotAProject, match="path is too long"):
            Project.open(deep, readonly=readonly)
    assert main(["verify", str(deep)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "path is too long" in err
    deep.rename(fits)  # moved back, it opens
    with Project.open(fits, readonly=True) as p:
        assert p.document_count() == 2 and p.verify().ok
