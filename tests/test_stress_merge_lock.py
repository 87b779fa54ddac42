"""A merge reads the other file's layers at the fork before it takes the
write lock (stress_writers, 6 December 2026).

Merging a laptop's copy of the stress project (83 articles, 14,600 events)
held the write lock 1.7 s, 0.93 s of it replaying each of the copy's
documents up to the fork (``layers_as_of``, the base of the three-way span
merge), which reads only the copy and the fork point: a window's key waited
behind it (2.3 s at worst in a run of seed 2, merge 2.15 s). The copy is
read in a snapshot it keeps, so its layers at the fork are read before the
lock; under the lock the fork is found again (the project's history only
grows) and they are used while it is the same."""

from __future__ import annotations

import json
import subprocess
import sys

from models import Project, Suggestion
from models.review import merge
from models.review.merge import merge_projects
from tests.conftest import copy_project, shared_path


def build(path, count: int = 3) -> list[str]:
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    docs = []
    with Project.create(path, annotator="curator") as p:
        for line in lines[:count]:
            row = json.loads(line)
            doc, _ = p.add_document(row["text"], doc_id=row["id"])
            p.store_suggestions(
                doc,
                [
                    Suggestion(s["start"], s["end"], s["label"], s["text"], 0.8, "rules", "1")
                    for s in row["spans"][:10]
                ],
            )
            for s in row["spans"][10:14]:
                p.add_span(doc, s["start"], s["end"], s["label"], annotator="curator")
            docs.append(doc)
    return docs


def laptop_work(laptop, docs) -> None:
    with Project.open(laptop, annotator="laptop") as other:
        other.ensure_annotator("laptop")
        for doc in docs:
            first = other.suggestions(doc, "laptop")[0]
            other.accept_suggestion(first.id, annotator="laptop")
        gone = other.annotations(docs[0], "curator")[0]
        other.remove_span(gone.id, annotator="curator")  # the curator's, on the laptop


def spans(p) -> list[tuple]:
    return sorted(
        p.conn.execute("SELECT doc_id, annotator, start_pos, end_pos, label FROM annotations")
    )


def test_the_fork_is_read_before_the_lock(tmp_path, monkeypatch):
    path, laptop = tmp_path / "p.biaozhu", tmp_path / "laptop.biaozhu"
    docs = build(path)
    copy_project(path, laptop)
    laptop_work(laptop, docs)
    with Project.open(path, annotator="curator") as p:
        locked: list[bool] = []
        read = merge.layers_as_of

        def noting(other, doc, event):  # the real reading, noting whether the lock is held
            locked.append(p.conn.in_transaction)
            return read(other, doc, event)

        monkeypatch.setattr(merge, "layers_as_of", noting)
        reports, check = merge_projects(p, [laptop])
        assert check.ok
        assert locked, "the layers at the fork were read"
        assert not any(locked), f"{sum(locked)} of {len(locked)} read holding the write lock"
        assert reports[0].spans_added == len(docs) and reports[0].spans_removed == 1


def test_a_fork_that_moved_meanwhile_is_read_again(tmp_path):
    """Between the reading and the lock, the same copy merged by another
    process: its events are held here now, the fork is further on, and the
    layers there are read again under the lock (nothing taken twice)."""
    path, laptop = tmp_path / "p.biaozhu", tmp_path / "laptop.biaozhu"
    docs = build(path)
    copy_project(path, laptop)
    laptop_work(laptop, docs)
    with Project.open(path, annotator="curator") as p:
        plan = merge.prepare_merge(p, [laptop])
        try:
            other = subprocess.run(  # another process, meanwhile
                [sys.executable, "-m", "desktop", "merge", str(path), str(laptop)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert other.returncode == 0, other.stderr
            after_first = spans(p)
            reports, check = plan.apply()
        finally:
            plan.close()
        assert check.ok
        assert spans(p) == after_first, "the second merge of the same copy changed nothing"
        assert reports[0].spans_added == 0 and reports[0].spans_removed == 0
