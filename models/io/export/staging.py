"""All or nothing on disk: an export is written under hidden names beside its
final place and made visible only when all of it is written and checked.

A folder export (brat, hf, any ``--split``) is staged as a whole folder,
``.NAME.part-TOKEN``, manifest inside, and swapped with the old folder in
one step where the system can (``renameat2(RENAME_EXCHANGE)`` on Linux,
``renamex_np(RENAME_SWAP)`` on macOS): at every moment ``NAME`` is the
complete old export or the complete new one. Elsewhere it takes two renames,
and a kill between them leaves ``NAME`` missing until the next export.

A file export's data files are replaced one rename each, each complete. Its
manifest is withdrawn first and put back last, so a manifest never stands
beside data it does not describe; a kill in between leaves complete data
without a manifest.

Before the first rename, a journal (``.NAME.export-TOKEN.journal``) lists
every step; the next export to the same place finishes what a killed one
began (everything it needs was written before the journal) and removes what
an export killed before that point left (``.part-*``). Exports into one
folder take turns (an advisory lock on the folder)."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import os
import re
import shutil
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from models.durable import fsync_file, fsync_folder
from models.errors import InvalidInput, Message
from models.io.export.target import Earlier, Target
from models.io.manifest import sha256_of

# A test hook, read only here: with BIAOZHU_TEST_KILL_EXPORT_AT=N the process
# dies (os._exit) just before the N-th step that changes what is visible,
# as a kill or a power cut would stop it.
KILL_AT_ENV = "BIAOZHU_TEST_KILL_EXPORT_AT"
KILLED_EXIT = 86
# Up to this many staged files are flushed one by one; more (a brat folder of
# thousands of documents) with one syncfs of their file system, where there is one.
FSYNC_EACH_UP_TO = 64


def temp_name(final: Path, kind: str, token: str) -> Path:
    return final.with_name(f".{final.name}.{kind}-{token}")


def journal_name(target: Target, token: str) -> Path:
    return target.out.with_name(f".{target.out.name}.export-{token}.journal")


class Staging:
    def __init__(self, target: Target, earlier: Earlier):
        self.target = target
        self.earlier = earlier
        self.token = uuid.uuid4().hex[:8]
        self.created: list[Path] = []  # parent folders this export made
        self.folder = temp_name(target.out, "part", self.token) if target.folder else None
        self.committing = False  # from the journal on, only a recovery may touch the files
        self._written: list[tuple[str, Path]] | None = None

    def begin(self) -> None:
        self._make_parent(self.target.out.parent)
        if self.folder is not None:
            self.folder.mkdir()

    def path(self, final: Path) -> Path:
        """Where to write ``final`` (a path the export makes visible, or one
        inside a folder export) until the commit."""
        if self.folder is not None:
            return self.folder / final.relative_to(self.target.out)
        if final not in self.target.visible():
            raise ValueError(f"{final} is not part of this export")
        return temp_name(final, "part", self.token)

    def shown(self, path: object) -> Path | None:
        """The path the user named for ``path`` when it is one of this
        export's hidden files (``.NAME.part-TOKEN``, or inside the hidden
        folder), so that a refusal names what they chose; None for another."""
        if not isinstance(path, str):
            return None
        hidden = Path(path)
        if self.folder is not None:
            return (
                self.target.out if hidden == self.folder or self.folder in hidden.parents else None
            )
        for final in self.target.visible():
            if hidden == temp_name(final, "part", self.token):
                return final
        return None

    def written(self) -> list[tuple[str, Path]]:
        """(name the manifest lists it by, where its bytes are now) of every file written,
        once the writers are done (a brat folder holds thousands)."""
        if self._written is None:
            self._written = self._list_written()
        return self._written

    def _list_written(self) -> list[tuple[str, Path]]:
        if self.folder is not None:
            return [
                (relative.as_posix(), self.folder / relative)
                for relative in _files_below(self.folder)
                if relative.as_posix() != self.target.manifest.name
            ]
        out = []
        for final in (self.target.out, *self.target.sidecars):
            temp = self.path(final)
            if temp.exists():
                out.append((final.name, temp))
        return out

    # -- commit -------------------------------------------------------------------------

    def commit(self, last_chance: Callable[[], None] = lambda: None) -> list[Message]:
        """Make the export visible; returns notes on a user's files (normally none).
        ``last_chance`` runs when all is on disk, just before the first visible
        change: it may still stop the export (a cancel) by raising."""
        if self.folder is not None:
            self._keep_user_files()
        _flush([temp for _, temp in self.written()] + [self.path(self.target.manifest)])
        last_chance()
        journal = self._journal()
        path = journal_name(self.target, self.token)
        self.committing = True
        _write_journal(path, journal)
        return _run(journal, path, self.target)

    def _journal(self) -> dict[str, Any]:
        target = self.target
        if self.folder is None:
            finals = [f for f in (target.out, *target.sidecars) if self.path(f).exists()]
            return {
                "kind": "files",
                "renames": [[str(self.path(f)), str(f)] for f in finals],
                "manifest": [str(self.path(target.manifest)), str(target.manifest)],
                "parked": str(temp_name(target.manifest, "old", self.token)),
            }
        old = self.earlier.manifest or {}
        return {
            "kind": "folder",
            "staged": str(self.folder),
            "final": str(target.out),
            "old": str(temp_name(target.out, "old", self.token)),
            "new_manifest": sha256_of(self.folder / target.manifest.name),
            "ours": sorted(old.get("files", {})) + [target.manifest.name],
        }

    def _keep_user_files(self) -> None:
        """A user's files inside the earlier folder export go into the new one too
        (as hard links: the same files, not copies), so the swap keeps them."""
        assert self.folder is not None
        for relative in self.earlier.kept:
            staged = self.folder / relative
            if os.path.lexists(staged):
                raise InvalidInput(
                    "{relative} is a file of yours that this export would overwrite; move it away first",
                    relative=self.target.out / relative,
                )
            staged.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(self.target.out / relative, staged)

    # -- abort --------------------------------------------------------------------------

    def abort(self) -> None:
        """Remove everything written; the visible files are as they were. Once
        the commit has begun, what is left is the next export's to finish."""
        if self.committing:
            return
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
        else:
            for final in self.target.visible():
                self.path(final).unlink(missing_ok=True)
        for folder in reversed(self.created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        self.created = []

    def _make_parent(self, parent: Path) -> None:
        missing = []
        probe = parent
        while not probe.exists():
            missing.append(probe)
            probe = probe.parent
        parent.mkdir(parents=True, exist_ok=True)
        self.created += reversed(missing)


# -- the steps, run by the commit and again by a recovery ------------------------------------


class _Steps:
    """Counts the steps that change what is visible (for the kill hook)."""

    done = 0

    @classmethod
    def next(cls) -> None:
        cls.done += 1
        wanted = os.environ.get(KILL_AT_ENV)
        if wanted and wanted.isdigit() and int(wanted) == cls.done:
            sys.stdout.flush()
            os._exit(KILLED_EXIT)


def _write_journal(path: Path, journal: dict[str, Any]) -> None:
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(json.dumps(journal, ensure_ascii=False), encoding="utf-8")
    _flush([temp])
    _Steps.next()
    os.replace(temp, path)
    fsync_folder(path.parent)


def _run(journal: dict[str, Any], path: Path, target: Target) -> list[Message]:
    """Do (or finish) the steps of ``journal``, then remove it: every step looks
    at what is on disk first, so running it again after a kill is safe."""
    notes = _run_files(journal) if journal["kind"] == "files" else _run_folder(journal)
    fsync_folder(target.out.parent)
    _Steps.next()
    path.unlink(missing_ok=True)
    return notes


def _run_files(journal: dict[str, Any]) -> list[Message]:
    temp_manifest, final_manifest = map(Path, journal["manifest"])
    parked = Path(journal["parked"])
    if temp_manifest.exists() and final_manifest.exists() and not parked.exists():
        _Steps.next()
        os.replace(final_manifest, parked)  # the old manifest leaves before the data changes
    for temp, final in journal["renames"]:
        if Path(temp).exists():
            _Steps.next()
            os.replace(temp, final)
    if temp_manifest.exists():
        _Steps.next()
        os.replace(temp_manifest, final_manifest)
    if parked.exists():
        _Steps.next()
        parked.unlink()
    return []


def _run_folder(journal: dict[str, Any]) -> list[Message]:
    staged, final, old = Path(journal["staged"]), Path(journal["final"]), Path(journal["old"])
    if not _is_new(final, journal) and staged.exists():
        _Steps.next()
        if not final.exists():
            os.rename(staged, final)
        elif not _exchange(staged, final):  # two steps where the system has no swap
            os.rename(final, old)
            _Steps.next()
            os.rename(staged, final)
    if staged.exists():  # after a swap, the staged name holds the old export
        os.rename(staged, old)
    if old.exists():
        return _clear_old(old, final, journal["ours"])
    return []


def _is_new(final: Path, journal: dict[str, Any]) -> bool:
    manifest = final / journal["ours"][-1]
    try:
        return manifest.is_file() and sha256_of(manifest) == journal["new_manifest"]
    except OSError:
        return False


def _clear_old(old: Path, new: Path, ours: list[str]) -> list[Message]:
    """Remove the old export: its own files go; a user's file that is also in the
    new folder (linked there) goes from here only; any other is moved across."""
    notes = []
    listed = set(ours)
    for relative in _files_below(old):
        path = old / relative
        if relative.as_posix() in listed or _same_file(path, new / relative):
            _Steps.next()
            path.unlink()
        elif not os.path.lexists(new / relative):
            (new / relative).parent.mkdir(parents=True, exist_ok=True)
            _Steps.next()
            os.rename(path, new / relative)
        else:
            notes.append(f"{relative} (kept in {old})")
    if notes:
        kept = old.with_name(f"{new.name}.kept-{old.name.rsplit('-', 1)[-1]}")
        os.rename(old, kept)
        return [
            Message("a file of yours was written while the export ran; kept in {kept}", kept=kept)
        ]
    _Steps.next()
    shutil.rmtree(old)
    return []


# -- recovery -----------------------------------------------------------------------------


def recover(target: Target) -> None:
    """Finish what a killed export to ``target`` began after its journal, and
    remove what one killed earlier left (hidden ``.part-*`` files and folders).
    Every export calls it first: its steps are counted from here."""
    _Steps.done = 0
    parent = target.out.parent
    if not parent.is_dir():
        return
    for path in sorted(parent.glob(f".{target.out.name}.export-*.journal")):
        journal = _load_journal(path)
        if journal is not None:
            _run(journal, path, target)
        path.unlink(missing_ok=True)
    names = [p.name for p in target.visible()] + [f"{target.out.name}.export"]
    pattern = re.compile(
        "|".join(rf"\.{re.escape(n)}\.(part|old)-[0-9a-f]{{8}}" for n in names)
        + rf"|\.{re.escape(target.out.name)}\.export-[0-9a-f]{{8}}\.journal\.tmp"
    )
    for leftover in parent.iterdir():
        if pattern.fullmatch(leftover.name) and not leftover.is_symlink():
            if leftover.is_dir():  # staged, never shown: our files and links of the user's
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)


def _load_journal(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("kind") in ("files", "folder") else None


# -- the file system ------------------------------------------------------------------------


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Exports into one folder take turns (an advisory lock on the folder itself,
    released when the export ends, even by a kill)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks on folders
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _files_below(folder: Path) -> list[Path]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        base = Path(root)
        links = [d for d in dirs if (base / d).is_symlink()]
        for name in sorted(files) + links:
            out.append((base / name).relative_to(folder))
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        sa, sb = os.lstat(a), os.lstat(b)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def _link_or_copy(source: Path, dest: Path) -> None:
    try:
        os.link(source, dest, follow_symlinks=False)
    except OSError:  # a file system without hard links (FAT): a copy keeps the bytes
        shutil.copy2(source, dest, follow_symlinks=False)


def _flush(paths: list[Path]) -> None:
    """Written data reaches the disk before it is made visible."""
    existing = [p for p in paths if p.is_file()]
    if len(existing) > FSYNC_EACH_UP_TO and _syncfs(existing[0]):
        return
    for path in existing:
        fsync_file(path)


def _syncfs(path: Path) -> bool:
    """Flush the one file system ``path`` is on (Linux); False where there is no syncfs."""
    libc = _libc()
    if libc is None or not sys.platform.startswith("linux") or not hasattr(libc, "syncfs"):
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        return libc.syncfs(fd) == 0
    finally:
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step; False where the system cannot."""
    libc = _libc()
    if libc is None:
        return False
    try:
        if sys.platform.startswith("linux"):
            result = libc.renameat2(-100, os.fsencode(a), -100, os.fsencode(b), 2)
        elif sys.platform == "darwin":
            result = libc.renamex_np(os.fsencode(a), os.fsencode(b), 2)
        else:
            return False
    except AttributeError:
        return False
    return result == 0


_LIBC: list[Any] = []


def _libc() -> Any:
    if not _LIBC:
        name = ctypes.util.find_library("c")
        try:
            _LIBC.append(ctypes.CDLL(name, use_errno=True) if name else None)
        except OSError:
            _LIBC.append(None)
    return _LIBC[0]
