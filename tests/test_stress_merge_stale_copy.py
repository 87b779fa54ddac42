"""A copy merged back brings nothing the copy did not change (stress_writers,
6 December 2026): a decision or a status the curator changed here after the
copy was made stays as the curator left it.

The stress harness found it: a window undid a rejection (``suggestion.undone``,
committed and shown saved) while a laptop's copy, made before, still held the
rejection; merging the copy brought the rejection back (``decision.merged``),
though the copy had not touched it since it was made. Spans were merged
three-way (the copy's layer as it stood at the fork is the base), decisions
and statuses were not: a decision the copy held was inserted wherever this
project had none, and the copy's status taken whenever it was further on."""

from __future__ import annotations

from models import Project
from models.review.merge import merge_project
from models.store import bulk
from tests.conftest import copy_project, news_train_article


def build(path) -> tuple[str, list[int]]:
    """One real article with its gold spans as suggestions; the curator
    rejects the first two and accepts the third."""
    row = news_train_article()
    from models import Suggestion

    with Project.create(path, annotator="curator") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        p.store_suggestions(
            doc,
            [
                Suggestion(s["start"], s["end"], s["label"], s["text"], 0.8, "rules", "1")
                for s in row["spans"][:8]
            ],
        )
        ids = [s.id for s in p.suggestions(doc, "curator")]
        p.reject_suggestion(ids[0], annotator="curator")
        p.reject_suggestion(ids[1], annotator="curator")
        p.accept_suggestion(ids[2], annotator="curator")
    return doc, ids


def decision(p, sid: int, who: str = "curator"):
    row = p.conn.execute(
        "SELECT decision FROM decisions WHERE suggestion_id = ? AND annotator = ?", (sid, who)
    ).fetchone()
    return row[0] if row else None


def test_an_undo_made_after_the_copy_stays_undone(tmp_path):
    path, laptop = tmp_path / "p.biaozhu", tmp_path / "laptop.biaozhu"
    doc, ids = build(path)
    copy_project(path, laptop)
    with Project.open(laptop, annotator="ann") as other:  # the laptop's own work
        other.ensure_annotator("ann")
        other.reject_suggestion(ids[4], annotator="ann")
    with Project.open(path, annotator="curator") as p:
        p.undo_decision(ids[0], annotator="curator")  # Ctrl+Z on the rejection
        merge_project(p, laptop)
        assert decision(p, ids[0]) is None, "the undone rejection came back from the copy"
        assert decision(p, ids[1]) == "rejected"
        assert decision(p, ids[2]) == "accepted"
        assert decision(p, ids[4], "ann") == "rejected", "the laptop's own decision is merged"
        assert p.verify().ok


def test_a_decision_the_copy_made_after_it_was_made_still_comes(tmp_path):
    path, laptop = tmp_path / "p.biaozhu", tmp_path / "laptop.biaozhu"
    doc, ids = build(path)
    copy_project(path, laptop)
    with Project.open(laptop, annotator="curator") as other:
        other.undo_decision(ids[1], annotator="curator")
        other.reject_suggestion(ids[1], annotator="curator")  # decided again on the laptop
        other.reject_suggestion(ids[5], annotator="curator")
    with Project.open(path, annotator="curator") as p:
        p.undo_decision(ids[1], annotator="curator")
        merge_project(p, laptop)
        assert decision(p, ids[5]) == "rejected"
        assert decision(p, ids[1]) == "rejected", "a decision made again on the laptop"
        assert p.verify().ok


def test_a_document_reopened_after_the_copy_stays_open(tmp_path):
    path, laptop = tmp_path / "p.biaozhu", tmp_path / "laptop.biaozhu"
    doc, ids = build(path)
    with Project.open(path, annotator="curator") as p:
        bulk.finish_document(p, doc, "curator")
    copy_project(path, laptop)
    with Project.open(path, annotator="curator") as p:
        bulk.reopen_document(p, doc, "curator", "in_progress")
        merge_project(p, laptop)
        assert p.status(doc, "curator") == "in_progress", "the copy's done came back"
        assert p.verify().ok
