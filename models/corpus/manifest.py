"""``_manifest.json``, reader and writer: what a finished run of
``suggest --corpus`` made, from which inputs, with which ensemble, how fast.

It is written last, atomically, so a manifest always describes a run that
finished; each partition also describes itself (``partition.py``), which is
what a rerun goes by."""

from __future__ import annotations

import math
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import orjson

from models.corpus.atomic import write_atomically
from models.corpus.parquet import check_footer
from models.corpus.partition import FORMAT, partition_metadata
from models.corpus.work import PartitionSummary
from models.errors import InvalidInput
from models.io.decode import read_file
from models.io.limits import MAX_FILE_BYTES

MANIFEST = "_manifest.json"


@dataclass
class Manifest:
    corpus: str
    version: str
    partitions: list[PartitionSummary]
    elapsed_seconds: float
    cluster: str
    project: str | None = None
    # Per worker: the peak resident memory of its process, in MB.
    workers: dict[str, float | None] = field(default_factory=dict)
    created: str = ""
    # What the project's record moved the scorer's probabilities by, per
    # "source|label" [shift, weight] (``evidence.SourceAdjust.applied``): an
    # import notes it, so that the project's record reads the suggestions'
    # scores as the scorer gave them. Empty where nothing was moved.
    shifts: dict[str, list[float]] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        return sum(p.documents for p in self.partitions)

    @property
    def characters(self) -> int:
        return sum(p.characters for p in self.partitions)

    def labels(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for p in self.partitions:
            totals.update(p.labels)
        return dict(sorted(totals.items()))

    def as_json(self) -> dict[str, Any]:
        computed = [p for p in self.partitions if p.computed]
        return {
            "format": FORMAT,
            "corpus": self.corpus,
            "project": self.project,
            "version": self.version,
            "created": self.created,
            "cluster": self.cluster,
            "workers": self.workers,
            "elapsed_seconds": round(self.elapsed_seconds, 3),
            "documents": self.documents,
            "characters": self.characters,
            "labels": self.labels(),
            "computed": len(computed),
            "skipped": len(self.partitions) - len(computed),
            "partitions": [p.as_json() for p in self.partitions],
            **({"shifts": self.shifts} if self.shifts else {}),
        }


def write_manifest(out: Path, manifest: Manifest) -> None:
    data = orjson.dumps(manifest.as_json(), option=orjson.OPT_INDENT_2)
    write_atomically(out / MANIFEST, lambda temp: temp.write_bytes(data))


def describes(out: Path, partitions: list[PartitionSummary], version: str) -> bool:
    """Whether ``out`` has a manifest of these very partitions and ensemble."""
    try:
        raw = orjson.loads(read_file(out / MANIFEST))
        listed = [(p["output"], p["sha256"]) for p in raw["partitions"]]
    except (OSError, InvalidInput, orjson.JSONDecodeError, KeyError, TypeError):
        return False
    return raw.get("version") == version and listed == [(p.output, p.sha256) for p in partitions]


def is_manifest(path: Path) -> bool:
    """Whether ``path`` is a regular file holding a run's manifest (its format
    named), which a new run may replace."""
    if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
        return False
    try:
        raw = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return False
    return isinstance(raw, dict) and raw.get("format") == FORMAT


def read_manifest(out: Path) -> Manifest:
    """The manifest of a finished run, every partition it lists checked to be
    the one it describes; a one-line error otherwise."""
    path = out / MANIFEST
    if not path.is_file():
        raise InvalidInput(
            "{out}: no {manifest}; run `biaozhu suggest --corpus IN --out {out}`",
            out=out,
            manifest=MANIFEST,
        )
    data = read_file(path)  # within MAX_FILE_BYTES, as any file read whole
    try:
        raw = orjson.loads(data)
        partitions = [PartitionSummary(**p) for p in raw["partitions"]]
        manifest = Manifest(
            corpus=raw["corpus"],
            version=raw["version"],
            partitions=partitions,
            elapsed_seconds=raw["elapsed_seconds"],
            cluster=raw["cluster"],
            project=raw.get("project"),
            workers=raw.get("workers") or {},
            created=raw.get("created", ""),
            shifts=_shifts(raw.get("shifts")),
        )
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise InvalidInput("{path}: not a corpus manifest ({exc})", path=path, exc=exc) from None
    if raw.get("format") != FORMAT:
        raise InvalidInput(
            "{path}: format {format!r}, expected {expected}",
            path=path,
            format=raw.get("format"),
            expected=FORMAT,
        )
    for p in partitions:
        _check_partition_file(out, p.output)
        if (out / p.output).is_file():
            check_footer(out / p.output, out / p.output)  # before its metadata is parsed
        described = partition_metadata(out / p.output)
        if (
            described is None
            or described.get("input_sha256") != p.sha256
            or described.get("version") != manifest.version
        ):
            raise InvalidInput(
                "{p_output}: missing or changed since the manifest was written; rerun suggest --corpus",
                p_output=out / p.output,
            )
    return manifest


def _check_partition_file(out: Path, name: Any) -> None:
    """A partition the manifest names is a regular file of ``out`` by its
    bare name: a manifest copied or edited can name any path, and one naming
    a named pipe kept the import waiting for a writer forever."""
    if (
        not isinstance(name, str)
        or name in ("", ".", "..")
        or PurePosixPath(name).name != name
        or PureWindowsPath(name).name != name
    ):
        raise InvalidInput(
            "{out}: the manifest names {name!r}, not a file of {out}", out=out, name=name
        )
    try:
        mode = (out / name).lstat().st_mode
    except FileNotFoundError:
        return  # named as missing by the check that follows
    except OSError as exc:
        raise InvalidInput("{path}: {exc}", path=out / name, exc=exc.strerror) from None
    if not stat.S_ISREG(mode):
        raise InvalidInput(
            "{path}: not a regular file (a partition of the run is one)", path=out / name
        )


def _shifts(value: Any) -> dict[str, list[float]]:
    """A manifest's ``shifts``: per "source|label", [shift, weight], finite."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("shifts is not an object")
    out = {}
    for key, pair in value.items():
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(x, int | float) and math.isfinite(x) for x in pair)
        ):
            raise ValueError(f"shifts of {key!r} is not [shift, weight]")
        out[str(key)] = [float(x) for x in pair]
    return out
