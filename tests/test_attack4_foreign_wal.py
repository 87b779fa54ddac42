"""A ``-wal`` beside a project that is not the project's own (attack4,
7 December 2026): another database's, or another copy of the project's (a
sync client that brought one laptop's ``P.biaozhu-wal`` beside another's
``P.biaozhu``; a project copied back over by hand, ``cp old.biaozhu
P.biaozhu``, next to the -wal a crash had left).

SQLite cannot tell: a -wal names no database, and whoever opens the project
first replays its pages over the file's and, closing last, folds them in.
Every command did, ``verify`` and ``stats`` included (they read through a
connection that may write, so that closing last folds a -wal in): a project
of 48 articles and 1,071 events became the other file, 8 KB of someone's
table, and the command said "is an SQLite file but not a Biaozhu project",
or "database: the file is damaged" with another Biaozhu project's -wal.

The history is append-only, so the project's own -wal only adds to what the
file holds: the file's last event is still in the history read through the
-wal, under the same project id (unless a restore, which marks the file,
replaced the history meanwhile). A -wal that breaks this is refused at
opening, by every command and the window, in one line naming it, before
any connection that could fold it in is opened; the project file stays as
it was. A -wal the project's own session left (a crash, a copy of the file
and its -wal taken while open) still brings its commits.

Also tried in this round, and held (one line, nothing changed, each under a
second): a valid SQLite database that is not a project, a zero-byte file, a
folder, a FIFO, /dev/zero and /dev/null given as the project (verify, stats,
import); another database's rollback journal beside the project as its
``-journal`` (ignored: the project is in WAL); 80 reads (stats, history) while
another process wrote 4,710 statuses with checkpoints under way (no reading
taken for a foreign -wal); the window killed with -9 just after Shift+A
(its -wal and -shm left; verify ok with every accept). The window open
while ``merge`` brought a laptop copy's removals (the list and the article
showed them on the next document; verify ok). Not here: no ``restore``,
``relabel`` or ``verify --repair`` command exists to run beside a window
(restore is the window's; verify has nothing to repair, README)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models.store.project import Project
from tests.conftest import shared_path

COMMANDS = (["verify"], ["stats"], ["history"], ["export", "--format", "jsonl"])


def file_alone(path: Path) -> list[str]:
    """What the project file itself holds, its -wal left unread (SQLite's
    immutable mode reads the file alone)."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def live_wal(path: Path, write) -> Path:
    """The -wal of ``path`` while a session holds commits not yet folded
    into the file: ``write`` runs on a connection that never checkpoints, and
    the -wal is copied aside before it closes."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        write(conn)
        kept = path.with_name(path.name + ".wal-copy")
        shutil.copy(f"{path}-wal", kept)
        return kept
    finally:
        conn.close()


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wal")
    gold = folder / "gold.jsonl"
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    path = folder / "p.biaozhu"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(gold), "--annotator", "alice"]) == 0
    return path


def other_sqlite_wal(folder: Path) -> Path:
    other = folder / "notes.db"
    return live_wal(
        other,
        lambda c: (
            c.execute("CREATE TABLE note (text TEXT)"),
            c.execute("INSERT INTO note VALUES ('a shopping list')"),
        ),
    )


def held_open(path: Path):
    """A connection that keeps ``path``'s -wal from being folded in, as a
    session still open (or killed) does."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def other_project_wal(folder: Path) -> Path:
    """Another Biaozhu project's -wal, holding an import not yet folded in."""
    other = folder / "other.biaozhu"
    assert main(["new", str(other)]) == 0
    article = folder / "one.txt"
    article.write_text("湛江空港经济区产业项目集中签约。", encoding="utf-8")
    conn = held_open(other)
    try:
        assert main(["import", str(other), str(article), "--annotator", "bob"]) == 0
        kept = other.with_name(other.name + ".wal-copy")
        shutil.copy(f"{other}-wal", kept)
        return kept
    finally:
        conn.close()


@pytest.mark.parametrize("source", ["another SQLite database", "another project"])
def test_a_wal_of_another_database_is_refused_and_the_project_kept(
    project, tmp_path, capsys, source
):
    path = tmp_path / "p.biaozhu"
    shutil.copy(project, path)
    wal = (other_sqlite_wal if source == "another SQLite database" else other_project_wal)(tmp_path)
    before = file_alone(path)
    for command in COMMANDS:
        shutil.copy(wal, f"{path}-wal")
        args = [command[0], str(path), *command[1:]]
        if command[0] == "export":
            args += ["--out", str(tmp_path / "out.jsonl")]
        assert main(args) == 1, command
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1, (command, err)
        assert "p.biaozhu-wal" in err[0], (command, err[0])
        assert "not a Biaozhu project" not in err[0] and "damaged" not in err[0], err[0]
        assert file_alone(path) == before, command
        assert Path(f"{path}-wal").exists(), command  # left for the curator to move
    # moved away, the project is all there and verifies
    Path(f"{path}-wal").unlink()
    Path(f"{path}-shm").unlink(missing_ok=True)
    with Project.open(path, readonly=True) as p:
        assert len(p.document_ids()) == 4
        assert p.verify().ok


def test_a_write_is_refused_too(project, tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    shutil.copy(project, path)
    shutil.copy(other_sqlite_wal(tmp_path), f"{path}-wal")
    before = file_alone(path)
    article = tmp_path / "a.txt"
    article.write_text("本报讯 一篇新的文章。", encoding="utf-8")
    assert main(["import", str(path), str(article)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "p.biaozhu-wal" in err[0], err
    assert file_alone(path) == before


def test_an_older_copy_put_back_beside_the_newer_wal_is_refused(project, tmp_path, capsys):
    """``cp old.biaozhu P.biaozhu`` over a project whose session left its -wal
    (a crash): the -wal's pages are the newer file's, laid over the older one."""
    path = tmp_path / "p.biaozhu"
    shutil.copy(project, path)
    old = tmp_path / "old.biaozhu"
    shutil.copy(project, old)
    article = tmp_path / "a.txt"
    article.write_text("本报讯 一篇新的文章，写在旧副本之后。" * 300, encoding="utf-8")
    assert main(["import", str(path), str(article)]) == 0  # folded into the file
    conn = held_open(path)
    try:
        second = tmp_path / "b.txt"
        second.write_text("本报讯 又一篇文章。" * 300, encoding="utf-8")
        assert main(["import", str(path), str(second)]) == 0  # held in the -wal
        wal = tmp_path / "newer.wal"
        shutil.copy(f"{path}-wal", wal)
    finally:
        conn.close()
    shutil.copy(old, path)
    shutil.copy(wal, f"{path}-wal")
    before = file_alone(path)
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "p.biaozhu-wal" in err[0], err
    assert file_alone(path) == before


def copied_with_its_wal(project, tmp_path):
    """A copy of the project and its -wal taken while a session held it open
    with a commit not yet folded in (an import made meanwhile)."""
    path = tmp_path / "p.biaozhu"
    shutil.copy(project, path)
    conn = held_open(path)
    try:
        article = tmp_path / "a.txt"
        article.write_text("本报讯 会话未关时导入的文章。", encoding="utf-8")
        assert main(["import", str(path), str(article)]) == 0
        copy = tmp_path / "copy.biaozhu"
        shutil.copy(path, copy)
        shutil.copy(f"{path}-wal", f"{copy}-wal")
    finally:
        conn.close()
    return copy


def test_the_projects_own_wal_still_brings_its_commits(project, tmp_path, capsys):
    """A copy of the file and its -wal taken while a session had commits not
    folded in (or a session killed): opened, every commit is there."""
    copy = copied_with_its_wal(project, tmp_path)
    assert main(["verify", str(copy)]) == 0
    capsys.readouterr()
    with Project.open(copy, readonly=True) as p:
        assert len(p.document_ids()) == 5
        assert p.verify().ok
    # written to, the copy goes on from there
    article = tmp_path / "c.txt"
    article.write_text("本报讯 副本里的第六篇。", encoding="utf-8")
    assert main(["import", str(copy), str(article)]) == 0
    with Project.open(copy, readonly=True) as p:
        assert len(p.document_ids()) == 6
        assert p.verify().ok


def test_a_damaged_file_beside_its_own_wal_is_not_blamed_on_the_wal(project, tmp_path, capsys):
    """The check does not take the file's own damage (a failing disk) for a
    foreign -wal: moving the -wal away would lose its commits."""
    copy = copied_with_its_wal(project, tmp_path)
    pages = copy.stat().st_size // 4096
    with open(copy, "r+b") as f:  # noqa: PTH123 - damaging a test's own closed file
        for page in range(2, pages, 3):
            f.seek(page * 4096 + 100)
            f.write(b"\xff" * 64)
    main(["verify", str(copy)])
    err = capsys.readouterr().err
    assert "-wal of" not in err, err
