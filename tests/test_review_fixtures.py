"""Shared helpers for the review tests (no tests here): a project with two
annotators built from ../shared/gold/seeds.jsonl, the gold and a perturbed copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
