"""The history's audit CSV (``biaozhu history --format csv``, the history
window's Export CSV…): one row per event, the columns a reviewer's
spreadsheet reads, written whole or not at all."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.export.target import check_replaced_file
from models.system_errors import system_reason

AUDIT_COLUMNS = (
    "id",
    "time",
    "annotator",
    "action",
    "doc",
    "target",
    "before",
    "after",
    "origin",
    "origin_hash",
    "hash",
)
# The header of a report written before merged events were marked, which a
# new report may replace.
EARLIER_AUDIT_COLUMNS = tuple(c for c in AUDIT_COLUMNS if c != "origin_hash")


def check_audit_out(project: Any, path: Path) -> None:
    """The history's CSV replaces only an earlier one: never the project (it
    once became a CSV file, every edit gone), its backups, a link, a device
    or a file of the user's."""
    check_replaced_file(project, path, _is_audit_csv)  # its words the window translates


def _is_audit_csv(path: Path) -> bool:
    headers = ["\ufeff" + ",".join(columns) for columns in (AUDIT_COLUMNS, EARLIER_AUDIT_COLUMNS)]
    with path.open("rb") as fh:  # a CSV of the user's: refuse_unsafe_out ruled out the project
        first = fh.read(len(headers[0].encode("utf-8")) + 2)
    return first.decode("utf-8", "replace").split("\n", 1)[0].rstrip("\r") in headers


def write_audit_csv(path: Path, rows: Iterable[dict]) -> None:
    """Written beside ``path`` under a hidden name, then renamed over it: an
    earlier CSV is replaced whole or not at all."""
    partial = path.with_name(f".{path.name}.partial")
    path.parent.mkdir(parents=True, exist_ok=True)  # as an export makes its folders
    try:
        _write_audit_rows(partial, rows)
        os.replace(partial, path)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename in (None, str(partial)):
            # the hidden file, or a write that names none (a full disk): the
            # refusal names the file the user chose
            raise InvalidInput(
                "{path}: {exc_strerror}", path=path, exc_strerror=system_reason(exc)
            ) from exc
        raise


def _write_audit_rows(path: Path, rows: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=AUDIT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    **{k: row.get(k) for k in AUDIT_COLUMNS},
                    "before": _json(row["before"]),
                    "after": _json(row["after"]),
                }
            )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if value else ""
