"""Fixtures of the review windows' tests."""

from __future__ import annotations

import pytest

from models import Suggestion
from models.review.asof import live_layers
from tests.test_review_fixtures import build_two_annotators, load_seeds


@pytest.fixture
def history_project(tmp_path):
    docs = load_seeds()[:1]
    project, _ = build_two_annotators(tmp_path / "h.biaozhu", docs)
    doc = docs[0]
    s = doc["spans"][0]
    project.store_suggestions(
        doc["id"],
        [Suggestion(s["start"], s["end"], s["label"], s["text"], 0.66, "rules.policy", "4")],
    )
    sugg = project.suggestions(doc["id"], "carol")[0]
    span = project.accept_suggestion(sugg.id, annotator="carol")
    mid = project.conn.execute("SELECT max(id) FROM events").fetchone()[0]
    snap = live_layers(project, doc["id"])
    project.relabel_span(
        span.id, "COMPANY" if s["label"] != "COMPANY" else "METRIC", annotator="carol"
    )
    project.remove_span(project.annotations(doc["id"], "bob")[0].id, annotator="bob")
    project.close()
    return tmp_path / "h.biaozhu", doc["id"], span.id, mid, snap
