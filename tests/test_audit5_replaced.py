"""The project file replaced, moved or deleted under an open project
(a colleague's ``mv``/``cp`` of a copy, a sync tool's rename, a clean-up):
the open connection still holds the file it opened, so every later write
would go to a file nobody sees again. The core notices at its next write
(the path no longer names the file it opened), refuses it with one line,
and keeps what was saved in a new file beside the path; the file now at
the path is left as it is."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from models import Project
from models.errors import ProjectReplaced
from models.store.history import chain_head
from tests.gui.conftest import make_project


@pytest.fixture
def path(tmp_path) -> Path:
    p = tmp_path / "work.biaozhu"
    make_project(p)
    return p


def run(*argv: str) -> None:
    """A second process does it (a shell command, as a person or a sync tool would)."""
    subprocess.run(argv, check=True)


def kept_files(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.glob(f"{path.stem}.kept-*{path.suffix}"))


def gold(path: Path) -> list[str]:
    with Project.open(path, annotator="tester", readonly=True) as p:
        return sorted(a.text for d in ("a", "b", "c") for a in p.annotations(d, "tester"))


def accept(project: Project, doc: str, n: int = 0) -> None:
    project.accept_suggestion(project.suggestions(doc, project.annotator)[n].id)


def test_a_copy_moved_over_the_path_stops_the_writes_and_keeps_the_work(path, tmp_path):
    colleague = tmp_path / "copy.biaozhu"
    with Project.open(path, annotator="tester") as p:
        p.backup_to(colleague)  # the colleague's older copy
    head = chain_head_of(colleague)
    p = Project.open(path, annotator="tester")
    try:
        accept(p, "a")  # saved before the copy comes back
        run("mv", str(colleague), str(path))
        with pytest.raises(ProjectReplaced) as refused:
            accept(p, "b")
        message = str(refused.value)
        assert "\n" not in message and str(path) in message
        (kept,) = kept_files(path)
        assert str(kept) in message
        # a second write is refused the same way, and makes no second copy
        with pytest.raises(ProjectReplaced):
            accept(p, "c")
        assert kept_files(path) == [kept]
    finally:
        p.close()
    assert chain_head_of(path) == head  # the colleague's file is untouched
    assert gold(path) == []
    assert gold(kept) == ["932.4亿元"]  # every write the window saved
    with Project.open(kept, readonly=True) as k:
        assert k.verify().ok


def test_a_deleted_project_keeps_its_work_in_a_new_file(path):
    p = Project.open(path, annotator="tester")
    try:
        accept(p, "a")
        accept(p, "b")
        run("rm", str(path))
        with pytest.raises(ProjectReplaced, match="deleted or moved"):
            accept(p, "c")
    finally:
        p.close()
    (kept,) = kept_files(path)
    assert gold(kept) == ["932.4亿元", "𠮷利集团"]
    assert not path.exists()


def test_a_moved_project_holds_every_commit_at_its_new_place(path, tmp_path):
    """Its recent commits sit in the -wal beside the old name: they are
    folded into the file before the window lets go of it."""
    elsewhere = tmp_path / "moved.biaozhu"
    p = Project.open(path, annotator="tester")
    try:
        accept(p, "a")
        accept(p, "b")
        run("mv", str(path), str(elsewhere))
        with pytest.raises(ProjectReplaced):
            accept(p, "c")
    finally:
        p.close()
    assert gold(elsewhere) == ["932.4亿元", "𠮷利集团"]
    with Project.open(elsewhere, readonly=True) as moved:
        assert moved.verify().ok


def test_the_file_now_at_the_path_opens_as_it_is(path, tmp_path):
    colleague = tmp_path / "copy.biaozhu"
    with Project.open(path, annotator="tester") as p:
        p.backup_to(colleague)
    p = Project.open(path, annotator="tester")
    accept(p, "a")
    run("mv", str(colleague), str(path))
    with pytest.raises(ProjectReplaced):
        accept(p, "b")
    p.close()
    with Project.open(path, annotator="tester") as fresh:  # opened again: writes go there
        accept(fresh, "c")
        assert fresh.verify().ok
    assert gold(path) == ["12家"]


def chain_head_of(path: Path):
    with Project.open(path, readonly=True) as p:
        return chain_head(p.conn)


def test_opening_the_path_again_reads_the_file_now_there(path, tmp_path):
    """The process's registry hands a thread its open connection to a path
    again; once another file is at the path, a new opening reads that one."""
    colleague = tmp_path / "copy.biaozhu"
    with Project.open(path, annotator="tester") as p:
        accept(p, "a")
        p.backup_to(colleague)
        accept(p, "b")
    assert gold(colleague) == ["932.4亿元"]
    before = Project.open(path, annotator="tester", readonly=True)  # still open
    try:
        run("mv", str(colleague), str(path))
        assert gold(path) == ["932.4亿元"]  # the file at the path, not the one held
        assert sorted(a.text for a in before.annotations("b", "tester")) == ["𠮷利集团"]
    finally:
        before.close()


def test_the_way_back_the_message_gives_works(path, tmp_path):
    """An older copy moved over a project with a session backup beside it
    fails verify at the path (its history lacks the backup's head), so
    neither file merges into the other there; the message's way holds: go
    on with the kept file, and merge a copy of the other under another name."""
    import shutil

    from models.review.merge import merge_project
    from models.store.backup import make_backup

    colleague = tmp_path / "copy.biaozhu"
    with Project.open(path, annotator="tester") as p:
        p.backup_to(colleague)
    p = Project.open(path, annotator="bob")
    accept(p, "a")
    make_backup(p)  # a session backup beside the path, holding that write
    run("mv", str(colleague), str(path))
    with pytest.raises(ProjectReplaced, match="merge a copy of it under another name") as e:
        accept(p, "b")
    p.close()
    (kept,) = kept_files(path)
    assert str(kept) in str(e.value)
    with Project.open(path, annotator="carol") as theirs:
        theirs.accept_suggestion(theirs.suggestions("c", "carol")[0].id)  # their own work
    with Project.open(path, readonly=True) as at_path:
        assert not at_path.verify().ok  # the backup's head is not in its history
    other = tmp_path / "theirs.biaozhu"
    shutil.copy(path, other)  # closed: no -wal beside it
    with Project.open(kept, annotator="bob") as k:
        merge_project(k, other)
        assert k.verify().ok
        assert [a.text for a in k.annotations("c", "carol")] == ["12家"]
        assert [a.text for a in k.annotations("a", "bob")] == ["932.4亿元"]
