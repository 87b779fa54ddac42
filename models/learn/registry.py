"""Learned models stored inside the project (table ``learned_models``).

A row holds one trained model:

- ``blob``: the crfsuite model file, byte for byte;
- ``version``: ``crf-<n>-<data hash prefix>``, unique in the project and
  written on every suggestion the model makes;
- ``data_hash``: the digest of the gold it was trained on (data.data_hash);
- ``format``: ``MODEL_FORMAT``, the layout of the row and the feature recipe;
- ``evaluation``: JSON ``{"cv": <cross-validation, evaluate_cv>,
  "model": <labels, gazetteer, parameters, training figures>}`` — the
  gazetteer lives here because the features need it next to the blob;
- ``active``: 1 for the one model suggestions come from.

Storing a model is a ``model.trained`` event in the same transaction; a
model that this version cannot read (an older format, or an unreadable
blob) is retired — ``active = 0`` with a ``model.retired`` event — when it
is loaded, so the app carries on with its rules. A model of a *newer*
format is left alone (the newer Biaozhu that wrote it still reads it) and
simply not used."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.errors import InvalidInput, NotFound
from models.learn.crf import CrfModel, CrfSuggester
from models.store.history import utc_now

if TYPE_CHECKING:
    from models.store import Project

# Bump whenever the features (features.FEATURE_SET) or the stored layout change.
MODEL_FORMAT = 1
MODEL_NAME = "crf"

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelRecord:
    id: int
    name: str
    version: str
    created: str
    data_hash: str
    format: int
    active: bool
    evaluation: dict[str, Any]

    @property
    def cv(self) -> dict[str, Any]:
        return self.evaluation.get("cv") or {}

    @property
    def training(self) -> dict[str, Any]:
        return (self.evaluation.get("model") or {}).get("training") or {}


_COLUMNS = "id, name, version, created, data_hash, format, active, evaluation"


def _record(row: tuple) -> ModelRecord:
    mid, name, version, created, digest, fmt, active, evaluation = row
    try:
        data = json.loads(evaluation or "{}")
    except ValueError:
        data = {}
    return ModelRecord(
        mid,
        name,
        version,
        created,
        digest,
        int(fmt),
        bool(active),
        data if isinstance(data, dict) else {},
    )


def list_models(project: Project) -> list[ModelRecord]:
    """Every stored model, oldest first."""
    rows = project.conn.execute(f"SELECT {_COLUMNS} FROM learned_models ORDER BY id")
    return [_record(r) for r in rows]


def active_record(project: Project) -> ModelRecord | None:
    row = project.conn.execute(
        f"SELECT {_COLUMNS} FROM learned_models WHERE active = 1 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return _record(row) if row else None


def store_model(
    project: Project,
    model: CrfModel,
    *,
    data_hash: str,
    evaluation: dict[str, Any] | None = None,
    annotator: str | None = None,
) -> ModelRecord:
    """Store a trained model as the project's active one (a ``model.trained`` event)."""
    who = annotator or project.annotator
    stored = {"cv": evaluation or {}, "model": model.meta()}
    with project.transaction():
        seq = project.conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM learned_models"
        ).fetchone()[0]
        version = f"{MODEL_NAME}-{seq}-{data_hash[:8]}"
        previous = [
            r[0]
            for r in project.conn.execute(
                "SELECT version FROM learned_models WHERE active = 1 ORDER BY id"
            )
        ]
        project.conn.execute("UPDATE learned_models SET active = 0 WHERE active = 1")
        cur = project.conn.execute(
            "INSERT INTO learned_models (name, version, created, data_hash, format, evaluation,"
            " blob, active) VALUES (?,?,?,?,?,?,?,1)",
            (
                MODEL_NAME,
                version,
                utc_now(),
                data_hash,
                MODEL_FORMAT,
                json.dumps(stored, ensure_ascii=False),
                sqlite3.Binary(model.model_bytes),
            ),
        )
        project.events.append(
            who,
            "model.trained",
            None,
            version,
            {"active": previous} if previous else None,
            {
                "name": MODEL_NAME,
                "version": version,
                "format": MODEL_FORMAT,
                "data_hash": data_hash,
                "labels": model.labels,
                "training": model.training,
                "f1": summary_f1(evaluation),
            },
        )
        row = project.conn.execute(
            f"SELECT {_COLUMNS} FROM learned_models WHERE id = ?", (cur.lastrowid,)
        ).fetchone()
    return _record(row)


def summary_f1(evaluation: dict[str, Any] | None) -> dict[str, float] | None:
    """Per-label F1 of the learned model in an evaluation, for the history."""
    if not evaluation or "crf" not in evaluation:
        return None
    return {label: s["f1"] for label, s in evaluation["crf"].items()}


def retire(project: Project, version: str, reason: str, *, annotator: str | None = None) -> None:
    """Stop using a model (active = 0) and say why in the history."""
    with project.transaction():
        row = project.conn.execute(
            "SELECT active FROM learned_models WHERE version = ?", (version,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no model {version!r} in this project")
        if not row[0]:
            return
        project.conn.execute("UPDATE learned_models SET active = 0 WHERE version = ?", (version,))
        project.events.append(
            annotator or project.annotator,
            "model.retired",
            None,
            version,
            {"active": True},
            {"active": False, "reason": reason},
        )
    _forget(project, version)


def activate(project: Project, version: str, *, annotator: str | None = None) -> None:
    """Make a stored model the active one again (checked readable first)."""
    row = project.conn.execute(
        "SELECT name, format, evaluation, blob FROM learned_models WHERE version = ?", (version,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no model {version!r} in this project")
    _build(version, *row)  # raises InvalidInput when this version cannot read it
    with project.transaction():
        previous = [
            r[0]
            for r in project.conn.execute(
                "SELECT version FROM learned_models WHERE active = 1 AND version != ?", (version,)
            )
        ]
        project.conn.execute("UPDATE learned_models SET active = (version = ?)", (version,))
        project.events.append(
            annotator or project.annotator,
            "model.activated",
            None,
            version,
            {"active": previous} if previous else None,
            {"active": version},
        )


# -- loading ------------------------------------------------------------------------

_CACHE_SIZE = 4
_cache: OrderedDict[tuple[str, str, str, str], CrfSuggester] = OrderedDict()
_cache_lock = threading.Lock()


def _forget(project: Project, version: str) -> None:
    with _cache_lock:
        for key in [k for k in _cache if k[:2] == (project.project_id, version)]:
            del _cache[key]


def _check_format(version: str, name: str, fmt: int) -> None:
    if name != MODEL_NAME:
        raise InvalidInput(
            f"model {version} is a {name!r} model; this Biaozhu reads {MODEL_NAME!r}"
        )
    if fmt != MODEL_FORMAT:
        raise InvalidInput(
            f"model {version} has format {fmt}; this Biaozhu reads format {MODEL_FORMAT}"
        )


def _build(version: str, name: str, fmt: int, evaluation: str, blob: bytes) -> CrfSuggester:
    _check_format(version, name, fmt)
    try:
        meta = json.loads(evaluation or "{}").get("model")
    except (ValueError, AttributeError):
        meta = None
    if not isinstance(meta, dict):
        raise InvalidInput(f"model {version} has no feature description")
    return CrfSuggester(CrfModel.from_parts(blob, meta), version)


def load(project: Project, version: str) -> CrfSuggester:
    """One stored model as a suggester; InvalidInput if this version cannot read it.
    Suggesters are cached per process (a model row never changes once written)."""
    head = project.conn.execute(
        "SELECT name, format, created, data_hash FROM learned_models WHERE version = ?",
        (version,),
    ).fetchone()
    if head is None:
        raise NotFound(f"no model {version!r} in this project")
    name, fmt, created, digest = head
    _check_format(version, name, fmt)
    key = (project.project_id, version, created, digest)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    row = project.conn.execute(
        "SELECT name, format, evaluation, blob FROM learned_models WHERE version = ?", (version,)
    ).fetchone()
    suggester = _build(version, *row)
    with _cache_lock:
        _cache[key] = suggester
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return suggester


def load_active(project: Project) -> CrfSuggester | None:
    """The active model as a suggester; None when there is none this version can use.

    An active model of an older format, or one crfsuite cannot read, is
    retired with a ``model.retired`` event; one of a newer format is left
    active for the newer Biaozhu and skipped here."""
    row = project.conn.execute(
        "SELECT version, name, format FROM learned_models WHERE active = 1 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    version, name, fmt = row
    if name == MODEL_NAME and fmt > MODEL_FORMAT:
        _log.warning(
            "model %s has format %s, newer than this Biaozhu reads (%s); not used",
            version,
            fmt,
            MODEL_FORMAT,
        )
        return None
    try:
        return load(project, version)
    except InvalidInput as exc:
        reason = str(exc)
    _log.warning("retiring model %s: %s", version, reason)
    try:
        retire(project, version, reason)
    except sqlite3.Error as exc:  # a read-only file: carry on without the model
        _log.warning("could not retire model %s (%s)", version, exc)
    return None
