"""The model the app ships: trained on public data by
``python -m models.learn.train_bundled`` and read from
``resources/models/bundled/`` (carried by the PyInstaller bundle with the
other resources), without any network.

The folder holds ``manifest.json`` (what was trained on what, with the
figures of its training), one crfsuite file and its description per
sequence model, ``scorer.json`` (the candidate scorer's weights and
calibration) and ``examples.jsonl.gz``: the candidates the scorer learned
from, as features and right or wrong, one document per line. A project's
training adds its own gold's candidates to them, so a project's scorer
extends what the shipped one knows instead of starting from a few
documents. ``bundled_model()`` reads the folder once per process (the
examples when first asked for); a missing or unreadable folder gives None,
and the app suggests with its rules alone."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.learn.crf import CrfModel, CrfTagger
from models.learn.scorer import Example, ScorerModel
from models.paths import resource

BUNDLED_FORMAT = 2
MANIFEST = "manifest.json"
EXAMPLES = "examples.jsonl.gz"

_log = logging.getLogger(__name__)


@dataclass
class BundledModel:
    """Sequence models by name, the scorer and the manifest."""

    taggers: dict[str, CrfTagger]
    scorer: ScorerModel
    manifest: dict[str, Any]
    folder: Path | None = None

    @property
    def version(self) -> str:
        return str(self.manifest.get("version", ""))

    @cached_property
    def examples(self) -> list[list[Example]]:
        """The scorer's training candidates, per document (empty when the
        folder has none or they cannot be read)."""
        if self.folder is None:
            return []
        try:
            return read_examples(self.folder / EXAMPLES)
        except (OSError, ValueError, EOFError, TypeError) as exc:
            _log.warning("the bundled model's examples cannot be read: %s", exc)
            return []

    @cached_property
    def in_domain_groups(self) -> int:
        """How many of ``examples``' groups (the first ones) are in-domain
        documents, on which the scorer was calibrated: the manifest says so;
        a bundle written before it did is read by the groups' labels."""
        count = self.manifest.get("in_domain_groups")
        if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
            return min(count, len(self.examples))
        from models.learn.evaluate_cv import in_domain_groups

        return in_domain_groups(self.examples)

    @cached_property
    def seen(self) -> frozenset[str]:
        """Digests of the texts its sequence models were trained on: a
        project whose gold holds them cannot measure the model on them."""
        return frozenset(self.manifest.get("trained_texts") or ())


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def bundled_dir() -> Path:
    return resource("models", "bundled")


def write_bundled(
    folder: Path,
    crfs: dict[str, CrfModel],
    scorer: ScorerModel,
    manifest: dict[str, Any],
    examples: Sequence[Sequence[Example]] = (),
) -> None:
    """Write the model's files (the trainer's side of ``read_bundled``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in [*folder.glob("*.crfsuite"), *folder.glob("*.json"), *folder.glob("*.gz")]:
        stale.unlink()
    write_examples(folder / EXAMPLES, examples)
    described = {}
    for name, model in crfs.items():
        (folder / f"{name}.crfsuite").write_bytes(model.model_bytes)
        meta = model.meta()
        (folder / f"{name}.json").write_text(_json(meta), encoding="utf-8")
        described[name] = {"file": f"{name}.crfsuite", "meta": f"{name}.json"}
    (folder / "scorer.json").write_text(_json(scorer.as_dict()), encoding="utf-8")
    full = {"format": BUNDLED_FORMAT, **manifest, "taggers": described, "scorer": "scorer.json"}
    (folder / MANIFEST).write_text(_json(full), encoding="utf-8")


def write_examples(path: Path, groups: Sequence[Sequence[Example]]) -> None:
    """One document's examples per line: [[features, right], ...]; gzip with
    no timestamp, so the same examples give the same bytes."""
    lines = "".join(
        json.dumps([[dict(sorted(f.items())), y] for f, y in grp], ensure_ascii=False) + "\n"
        for grp in groups
    )
    path.write_bytes(gzip.compress(lines.encode("utf-8"), mtime=0))


def read_examples(path: Path) -> list[list[Example]]:
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [
        [({str(k): float(v) for k, v in f.items()}, int(y)) for f, y in json.loads(line)]
        for line in text.splitlines()
        if line
    ]


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read_bundled(folder: Path) -> BundledModel:
    """The model in ``folder``; InvalidInput when it is absent or unreadable."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != BUNDLED_FORMAT:
            raise InvalidInput(
                "{folder}: model format {format}, this Biaozhu reads {bundled_format}",
                folder=folder,
                format=manifest.get("format"),
                bundled_format=BUNDLED_FORMAT,
            )
        taggers = {}
        for name, files in manifest["taggers"].items():
            meta = json.loads((folder / files["meta"]).read_text(encoding="utf-8"))
            model = CrfModel.from_parts((folder / files["file"]).read_bytes(), meta)
            taggers[name] = CrfTagger(model, f"{manifest.get('version', '')}:{name}")
        scorer = ScorerModel.from_dict(
            json.loads((folder / manifest["scorer"]).read_text(encoding="utf-8"))
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(
            "{folder}: the bundled model cannot be read ({exc})", folder=folder, exc=exc
        ) from None
    return BundledModel(taggers, scorer, manifest, folder)


_loaded: dict[Path, BundledModel | None] = {}
_load_lock = threading.Lock()


def bundled_model() -> BundledModel | None:
    """The shipped model, read once per process; None when it is missing or
    unreadable (said once in the log)."""
    folder = bundled_dir()
    with _load_lock:
        if folder not in _loaded:
            try:
                _loaded[folder] = read_bundled(folder)
            except InvalidInput as exc:
                _log.warning("suggesting with the rules alone: %s", exc)
                _loaded[folder] = None
        return _loaded[folder]
