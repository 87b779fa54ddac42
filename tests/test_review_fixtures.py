"""Shared helpers for the review tests (no tests here): a project with two
annotators built from ../shared/gold/seeds.jsonl, the gold and a perturbed copy."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from models import Project
from models.review.merge import merge_project
from models.store.backup import make_backup, restore_backup

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "gold" / "seeds.jsonl"


def load_seeds() -> list[dict]:
    if not SEEDS.exists():
        pytest.skip(f"reference data {SEEDS} is absent (../shared beside the repo)")
    return [
        json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def perturb(doc: dict) -> list[dict]:
    """A deterministic noisy copy of a document's gold spans: every 7th dropped,
    every 5th moved by one character, every 6th relabelled."""
    text = doc["text"]
    labels = ["METRIC", "COMPANY", "POLICY"]
    spans = sorted(doc["spans"], key=lambda s: (s["start"], s["end"]))
    out: list[dict] = []
    for i, s in enumerate(spans):
        if i % 7 == 3:
            continue
        start, end, label = s["start"], s["end"], s["label"]
        if i % 5 == 1:
            # shrink from the left when possible, else grow to the right
            if end - start > 1 and not text[start + 1].isspace():
                start += 1
            elif end < len(text) and not text[end].isspace():
                end += 1
        if i % 6 == 2:
            label = labels[(labels.index(label) + 1) % 3]
        if any(o["start"] < end and start < o["end"] for o in out):
            continue
        if end < len(text) and i + 1 < len(spans) and spans[i + 1]["start"] < end:
            continue
        out.append({"start": start, "end": end, "label": label, "attrs": s.get("attrs") or {}})
    return out


def build_two_annotators(path: Path, docs: list[dict] | None = None):
    """A project where 'gold' has the seed spans and 'bob' the perturbed copy,
    both marked done. Returns (project, docs)."""
    from models import Project

    docs = docs if docs is not None else load_seeds()
    project = Project.create(path, annotator="lead")
    with project.transaction():
        for doc in docs:
            doc_id, _ = project.add_document(doc["text"], doc_id=doc["id"], source="seeds")
            assert doc_id == doc["id"]
            for s in doc["spans"]:
                project.add_span(
                    doc_id,
                    s["start"],
                    s["end"],
                    s["label"],
                    attrs=s.get("attrs") or {},
                    origin="imported",
                    annotator="gold",
                )
            project.set_status(doc_id, "done", annotator="gold")
            for s in perturb(doc):
                project.add_span(
                    doc_id, s["start"], s["end"], s["label"], attrs=s["attrs"], annotator="bob"
                )
            project.set_status(doc_id, "done", annotator="bob")
    return project, docs


def counts(project) -> dict[str, int]:
    q = project.conn.execute
    return {
        "documents": q("SELECT count(*) FROM documents").fetchone()[0],
        "annotations": q("SELECT count(*) FROM annotations").fetchone()[0],
        "events": q("SELECT count(*) FROM events").fetchone()[0],
        "suggestions": q("SELECT count(*) FROM suggestions").fetchone()[0],
        "conflicts": q("SELECT count(*) FROM merge_conflicts").fetchone()[0],
        "labels": q("SELECT count(*) FROM labels").fetchone()[0],
    }


@dataclass
class NumberGivenAgain:
    """A merge conflict and what gives its number to another one: conflict
    ``cid`` on bob's layer of the ``first`` article, raised by merging bob's
    copy after the reviewer's ``backup``; carol's copy adds ``span`` to the
    ``second`` article, so that restoring the backup and merging it raises
    another conflict with the same number (``give_the_number_again``)."""

    path: Path
    backup: Path
    cid: int
    first: str
    second: str
    span: object
    carol_file: Path


def a_conflict_before_a_restore(tmp_path: Path, reviewer: str) -> NumberGivenAgain:
    path = tmp_path / "p.biaozhu"
    project, docs = build_two_annotators(path, load_seeds()[:2])
    project.close()
    first, second = docs[0]["id"], docs[1]["id"]
    shutil.copy(path, tmp_path / "bob.biaozhu")
    shutil.copy(path, tmp_path / "carol.biaozhu")
    with Project.open(tmp_path / "bob.biaozhu") as o:
        o.remove_span(o.annotations(first, "bob")[0].id, annotator="bob")
    with Project.open(tmp_path / "carol.biaozhu") as o:
        span = o.annotations(second, "gold")[0]
        o.add_span(second, span.start, span.end, span.label, annotator="carol")
    with Project.open(path, annotator=reviewer) as p:
        p.set_role(reviewer, "reviewer")
        backup = make_backup(p)
        p.remove_span(p.annotations(first, "bob")[-1].id, annotator="bob")
        (cid,) = merge_project(p, tmp_path / "bob.biaozhu").conflicts
    return NumberGivenAgain(path, backup, cid, first, second, span, tmp_path / "carol.biaozhu")


def give_the_number_again(
    scene: NumberGivenAgain, reviewer: str, *, older_restore: bool = False
) -> list[int]:
    """Another window restores the backup and merges carol's copy: the
    conflicts that merge raised. Numbers are never given again since the
    restore's event records those the replaced history gave; with
    ``older_restore``, the restore is made as a Biaozhu before that made it,
    recording none, and the merge gives the first one's number again (what
    the guards against a number naming another conflict are for)."""
    from unittest import mock

    from models.store import backup as backup_module

    with Project.open(scene.path, annotator=reviewer) as other:
        if older_restore:
            with mock.patch.object(backup_module, "conflicts_given", lambda _conn: 0):
                restore_backup(other, scene.backup)
        else:
            restore_backup(other, scene.backup)
        span = scene.span
        other.add_span(scene.second, span.start, span.end, "POLICY", annotator="carol")
        return merge_project(other, scene.carol_file).conflicts
