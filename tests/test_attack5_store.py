"""The store on a bad day, fifth round (attack5, 7 December 2026).

- A file size limit (``ulimit -f``, a quota's cousin) hit while importing:
  when the write that failed was one of the batch's (SQLite's cache spilled
  to the -wal mid-batch) rather than its COMMIT, SQLite took the whole
  transaction back and the importer, committing the files it had read
  before the failing one, got "cannot commit - no transaction is active",
  which it printed instead of the disk's refusal (about one run in two). The
  commit now says the disk refused and SQLite took the transaction back, in
  one line; the file holds every change before it (verify ok).
- A project on a path with spaces and Chinese characters, and a folder name
  beginning with ``-``: made, imported, verified, backed up and restored
  (held).

Tried and held, not repeated here: merging a project into itself through a
hard link (nothing new), or through a symbolic link or ``./`` (refused, "is
this project"); a copy of a project merged into it (nothing new; laptops'
copies share the project's id by design); restoring a backup of another
project (refused: "a copy of another project",
tests/test_audit4_restore_elsewhere.py); a read-only user (file or folder
not writable, ``setpriv`` dropping root's override): verify, stats and
history read it, import and settings say in one line what is read-only and
that the reading commands still work, the window refuses to open it in one
line in the window's language naming the same."""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.store.backup import list_backups, make_backup, restore_backup
from tests.conftest import shared_path

REPO = Path(__file__).resolve().parent.parent


def limited(limit_bytes: int, *args: str) -> subprocess.CompletedProcess:
    """A command run in a process of its own that may not write a file
    larger than ``limit_bytes`` (``ulimit -f``)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main())", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        preexec_fn=limit,
    )


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("small") / "p.biaozhu"
    gold = path.parent / "three.jsonl"
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    gold.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(gold), "--annotator", "alice"]) == 0
    return path


@pytest.mark.parametrize("run", range(4))
def test_a_file_size_limit_during_an_import_is_said_in_one_line(small, tmp_path, run):
    path = tmp_path / "p.biaozhu"
    shutil.copy(small, path)
    with Project.open(path, readonly=True) as p:
        events = p.chain_head().count
    limit = path.stat().st_size + 80_000 * (run + 1)  # room for a part of the batch
    done = limited(
        limit,
        "import",
        str(path),
        str(shared_path("gold", "news-train.jsonl")),
        "--annotator",
        "bob",
    )
    assert done.returncode == 1, done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("biaozhu: error: "), lines
    assert "no transaction is active" not in lines[0] and "disk" in lines[0], lines
    with Project.open(path, readonly=True) as p:
        assert p.chain_head().count == events  # nothing of the batch got in
        assert p.verify().ok


def test_a_path_with_spaces_and_chinese_characters(tmp_path, capsys):
    folder = tmp_path / "-项目 文件夹" / "二〇二六 年"
    folder.mkdir(parents=True)
    path = folder / "财经 新闻 标注.biaozhu"
    gold = shared_path("gold", "news-train.jsonl")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(path), str(gold), "--annotator", "张三"]) == 0
    assert main(["verify", str(path)]) == 0
    with Project.open(path, annotator="张三") as p:
        copy = make_backup(p)
        doc = p.document_ids()[0]
        p.set_status(doc, "in_progress")
        restore_backup(p, copy)
        assert p.verify().ok
    assert list_backups(path)
    out = capsys.readouterr().out
    assert str(path) in out
