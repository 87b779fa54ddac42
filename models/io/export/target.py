"""Where an export may write: checked before anything is written.

An export never destroys. It refuses, with one line, an ``--out`` that is
the project itself, its ``-wal``/``-shm``/``-journal``, its backups, any file
named like a SQLite database, a link, a device or other special file, and
an existing file or folder that no earlier Biaozhu export wrote. An earlier
export is replaced only with ``--force``, and only while the files its
manifest lists are unchanged (a hand-corrected export is somebody's work).
Files of the user's inside an earlier folder export stay where they are.

The project's own file is recognised by identity (device and inode, from
``stat``) and by name, never by opening it: closing any descriptor of a
file drops the process's SQLite locks on it."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.manifest import listed_files, manifest_path, read_manifest, sha256_of
from models.store.backup import backup_dir
from models.system_errors import system_reason

# Names SQLite databases (Biaozhu projects among them) and their companions go by.
DATABASE_SUFFIXES = (".biaozhu", ".db", ".db3", ".sqlite", ".sqlite3", ".s3db", ".sl3")
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Target:
    """The paths one export makes visible."""

    out: Path
    folder: bool  # a folder export (brat, hf, any --split): ``out`` is the folder
    sidecars: tuple[Path, ...] = ()  # files beside a file export (a labelling config)

    @property
    def manifest(self) -> Path:
        return manifest_path(self.out, self.folder)

    def visible(self) -> list[Path]:
        """The top-level paths the export replaces or creates."""
        if self.folder:
            return [self.out]
        return [self.out, *self.sidecars, self.manifest]


@dataclass
class Earlier:
    """What an earlier export at the target left, as its manifest says."""

    manifest: dict[str, Any] | None = None
    kept: list[Path] = field(default_factory=list)  # a user's files inside a folder export

    @property
    def exists(self) -> bool:
        return self.manifest is not None


def check_target(project: Any, target: Target, *, force: bool) -> Earlier:
    """Refuse a target the export must not write to; otherwise say what of an
    earlier export is there (to be replaced) and which of the user's files stay."""
    for path in target.visible():
        _refuse_database(project, path)
        _refuse_special(path)
    earlier = _folder_export(target) if target.folder else _file_export(target)
    if earlier.exists and not force:
        raise InvalidInput(
            "{target_out} is an earlier Biaozhu export; give --force to replace it, or choose another --out",
            target_out=target.out,
        )
    return earlier


def refuse_unsafe_out(project: Any, path: Path) -> None:
    """Refuse an output file that is the project, its companions or backups,
    named like a database, a link or a special file: for any command that
    writes a file the user names (an export, the history's CSV, a screenshot).
    ``project``: the project, or anything with its file as ``path``."""
    _refuse_database(project, path)
    _refuse_special(path)


def check_replaced_file(project: Any, path: Path, earlier: Callable[[Path], bool]) -> None:
    """For the history's CSV, written where the user names: refuse what
    ``refuse_unsafe_out`` refuses, a folder, and a file that ``earlier`` does
    not recognise as an earlier CSV of the history (a file of the user's)."""
    refuse_unsafe_out(project, path)
    if path.is_dir():
        raise InvalidInput("{target_out} is a folder; give a file name to --out", target_out=path)
    if path.exists() and not earlier(path):
        raise InvalidInput(
            "{path} exists and is not an earlier history CSV; choose another --out", path=path
        )


def _refuse_database(project: Any, path: Path) -> None:
    name = path.name.lower()
    if name.endswith(DATABASE_SUFFIXES) or name.endswith(COMPANION_SUFFIXES):
        raise InvalidInput(
            "{path} is named like a SQLite database (a project?); an export never writes there",
            path=path,
        )
    own = Path(project.path)
    files = [own, *(own.with_name(own.name + s) for s in COMPANION_SUFFIXES)]
    if any(_same_file(path, f) for f in files):
        raise InvalidInput("{path} is the project itself; choose another --out", path=path)
    backups = _resolved(backup_dir(own))
    resolved = _resolved(path)
    if resolved == backups or backups in resolved.parents:
        raise InvalidInput("{path} is in the project's backups; choose another --out", path=path)
    if resolved in _resolved(own).parents:
        raise InvalidInput("{path} holds the project itself; choose another --out", path=path)


def _resolved(path: Path) -> Path:
    """``path`` with its links followed; a loop of links refused as the
    system says it (Python before 3.13 raises RuntimeError for one)."""
    try:
        return path.resolve()
    except RuntimeError:
        raise _refused(path, OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))) from None
    except OSError as exc:
        raise _refused(path, exc) from None


def _refused(path: Path, exc: OSError) -> InvalidInput:
    """The system's refusal of ``path``: its reason in the window's language
    (``system_reason``), Python's English on the command line."""
    return InvalidInput("{path}: {exc_strerror}", path=path, exc_strerror=system_reason(exc))


def _same_file(a: Path, b: Path) -> bool:
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def _refuse_special(path: Path) -> None:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _refused(path, exc) from None
    if stat.S_ISLNK(info.st_mode):
        raise InvalidInput("{path} is a symbolic link; an export writes real files only", path=path)
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        raise InvalidInput(
            "{path} is a device or other special file; choose another --out", path=path
        )


def _file_export(target: Target) -> Earlier:
    if target.out.is_dir():
        raise InvalidInput(
            "{target_out} is a folder; give a file name to --out", target_out=target.out
        )
    manifest = read_manifest(target.manifest)
    if target.manifest.exists() and manifest is None:
        raise InvalidInput(
            "{target_manifest} is not a Biaozhu manifest; an export never replaces it",
            target_manifest=target.manifest,
        )
    listed = listed_files(manifest) if manifest else {}
    for path in (target.out, *target.sidecars):
        if path.exists():
            _check_unchanged(path, listed.get(path.name), path)
    return Earlier(manifest)


def _folder_export(target: Target) -> Earlier:
    out = target.out
    if not out.exists():
        return Earlier()
    if not out.is_dir():
        raise InvalidInput("{out} is a file; this export writes a folder there", out=out)
    present = _files_under(out)
    if not present:
        return Earlier()
    manifest = read_manifest(target.manifest)
    if manifest is None:
        raise InvalidInput(
            "{out} already holds files that no Biaozhu export wrote; choose another --out", out=out
        )
    listed = listed_files(manifest)
    kept = []
    for relative in present:
        name = relative.as_posix()
        if name in listed:
            _check_unchanged(out / relative, listed[name], out / relative)
        elif relative != Path(target.manifest.name):
            kept.append(relative)
    return Earlier(manifest, kept)


def _files_under(folder: Path) -> list[Path]:
    """Every file (and link) below ``folder``, relative to it, links not followed."""
    out = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        base = Path(root)
        for name in sorted(files) + [d for d in dirs if (base / d).is_symlink()]:
            out.append((base / name).relative_to(folder))
    return out


def _check_unchanged(path: Path, listed_sha: str | None, shown: Path) -> None:
    if listed_sha is None:
        raise InvalidInput(
            "{shown} exists and no earlier Biaozhu export wrote it; choose another --out",
            shown=shown,
        )
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode) or sha256_of(path) != listed_sha:
        raise InvalidInput(
            "{shown} was changed since Biaozhu exported it; an export does not replace edited files (move it away, or choose another --out)",
            shown=shown,
        )
