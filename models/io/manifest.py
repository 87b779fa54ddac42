"""The manifest every export writes: what was exported, from which project
(its file name, id and history head, never a path of the machine that
exported it), with which command, and a SHA-256 for each file.

Beside a file export it is ``NAME.manifest.json`` (``train.spacy`` →
``train.spacy.manifest.json``), so that any number of exports share a
folder, each with its own; inside a folder export it is ``manifest.json``.
An earlier manifest is also what tells an export which files it may
replace: only those a Biaozhu export listed, and only while unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import orjson

import models

TOOL = "biaozhu"
FOLDER_MANIFEST = "manifest.json"
MANIFEST_SUFFIX = ".manifest.json"
# A manifest lists files and document ids; anything far larger is not one of ours.
MAX_MANIFEST_BYTES = 256 * 1024 * 1024


def manifest_path(out: Path, folder: bool) -> Path:
    return out / FOLDER_MANIFEST if folder else out.with_name(out.name + MANIFEST_SUFFIX)


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file an export wrote (never called on a project file)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_entries(files: list[tuple[str, Path]]) -> dict[str, dict[str, Any]]:
    """{name as listed: {sha256, bytes}} of (name, path of its bytes) pairs."""
    return {name: {"sha256": sha256_of(path), "bytes": path.stat().st_size} for name, path in files}


def read_manifest(path: Path) -> dict[str, Any] | None:
    """An earlier Biaozhu manifest, or None when ``path`` is not one (missing,
    unreadable, too large, not JSON, or another tool's)."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_MANIFEST_BYTES:
            return None
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("tool") != TOOL:
        return None
    if not isinstance(data.get("files"), dict):
        return None
    return data


def listed_files(manifest: dict[str, Any]) -> dict[str, str]:
    """{name relative to the manifest's folder: sha256} of the files a manifest lists."""
    out = {}
    for name, entry in manifest.get("files", {}).items():
        if (
            isinstance(name, str)
            and isinstance(entry, dict)
            and isinstance(entry.get("sha256"), str)
        ):
            out[name] = entry["sha256"]
    return out


def export_layout(path: Path, key: str) -> dict[str, Any] | None:
    """What the manifest of the export that wrote ``path`` says under ``key``
    (a format's own record, such as where CoNLL left out white space), when
    that manifest lists ``path`` unchanged; None otherwise."""
    for manifest_file, name in (
        (path.with_name(path.name + MANIFEST_SUFFIX), path.name),
        (path.parent / FOLDER_MANIFEST, path.name),
    ):
        manifest = read_manifest(manifest_file)
        if manifest is None or listed_files(manifest).get(name) != sha256_of(path):
            continue
        found = manifest.get(key)
        return found if isinstance(found, dict) else None
    return None


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    # orjson: a CoNLL manifest lists the white space of every document
    path.write_bytes(orjson.dumps(manifest, option=orjson.OPT_INDENT_2) + b"\n")


def project_record(project: Any) -> dict[str, Any]:
    """The project an export came from, as a reader elsewhere can check it: the
    file's name (not where it lay), its id, and the head of its history chain
    (``biaozhu verify --expect-head`` on the project tells whether its history
    was cut or rewritten since; that the exported tables matched the history
    then is what ``biaozhu verify`` said before the export, not the head)."""
    return {
        "file": project.path.name,
        "id": project.project_id,
        "schema_version": project.schema_version,
        "chain_head": project.chain_head().as_json(),
    }


def header(fmt: Any, command: list[str], created: str) -> dict[str, Any]:
    return {
        "tool": TOOL,
        "version": models.__version__,
        "created": created,
        "command": command,
        "format": fmt.name,
        "description": fmt.description,
        "offsets": fmt.writer.offsets,
    }
