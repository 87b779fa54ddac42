"""Is a folder on a network file system? Told from the mount table, never by
touching the folder's files.

SQLite's WAL needs POSIX locks and shared memory that work between every
process using the file; on NFS, SMB and other network shares they may not
(SQLite's "How To Corrupt An SQLite Database File", 2.1), so a project there
can be corrupted by two computers writing it."""

from __future__ import annotations

import os
from pathlib import Path

NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.davfs2",
        "davfs",
    }
)
MOUNTS = Path("/proc/mounts")


def network_filesystem(folder: Path) -> str | None:
    """The file system type when ``folder`` is on a network share, else None
    (also None where the platform has no mount table to read)."""
    if os.name == "nt":
        return "SMB share" if str(Path(folder).resolve()).startswith("\\\\") else None
    try:
        table = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    kind = mount_type(table, Path(folder).resolve())
    return kind if kind in NETWORK_TYPES else None


def mount_type(table: str, path: Path) -> str | None:
    """The type of the mount holding ``path``, from /proc/mounts text: the
    entry with the longest mount point that contains it (the last one wins
    when several are mounted on one point)."""
    best, kind = -1, None
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = Path(_unescape(fields[1]))
        if (path == point or point in path.parents) and len(point.parts) >= best:
            best, kind = len(point.parts), fields[2]
    return kind


def _unescape(field: str) -> str:
    r"""Mount points escape white space and backslashes in octal (``\040``)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)
