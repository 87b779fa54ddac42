"""Rebuilding a document's layers as of an event, by replaying its history."""

from __future__ import annotations

import random

import pytest

from desktop.cli import main
from models import Project, Suggestion
from models.review.adjudicate import Adjudication
from models.review.asof import layers_as_of, live_layers
from models.review.compare import LayerRef
from models.review.merge import merge_project
from tests.test_review_fixtures import build_two_annotators, load_seeds


def last_event(project) -> int:
    return project.conn.execute("SELECT max(id) FROM events").fetchone()[0]


def snapshot(project, doc_id, snaps):
    snaps.append((last_event(project), live_layers(project, doc_id)))


def test_every_kind_of_change_replays_exactly(tmp_path):
    docs = load_seeds()[:1]
    project, _ = build_two_annotators(tmp_path / "a.biaozhu", docs)
    doc = docs[0]
    text = doc["text"]
    doc_id = doc["id"]
    snaps: list = []
    snapshot(project, doc_id, snaps)
    bob = project.annotations(doc_id, "bob")
    rng = random.Random(7)
    # edits of every kind
    project.relabel_span(
        bob[0].id, "COMPANY" if bob[0].label != "COMPANY" else "POLICY", annotator="bob"
    )
    snapshot(project, doc_id, snaps)
    s = bob[1]
    if s.end - s.start > 1 and not text[s.start + 1].isspace():
        project.resize_span(s.id, s.start + 1, s.end, annotator="bob")
    project.set_span_attrs(bob[2].id, {"note": "checked"}, annotator="bob")
    snapshot(project, doc_id, snaps)
    removed = project.remove_span(bob[3].id, annotator="bob")
    snapshot(project, doc_id, snaps)
    project.restore_span(removed)
    for victim in rng.sample(project.annotations(doc_id, "gold"), 5):
        project.remove_span(victim.id, annotator="gold")
    snapshot(project, doc_id, snaps)
    # suggestions: accept, correct, reject, undo
    free = [
        g
        for g in doc["spans"]
        if not any(
            a.start < g["end"] and g["start"] < a.end for a in project.annotations(doc_id, "carol")
        )
    ][:4]
    project.store_suggestions(
        doc_id,
        [
            Suggestion(g["start"], g["end"], g["label"], g["text"], 0.8, "lexicon", "2")
            for g in free
        ],
    )
    sugg = project.suggestions(doc_id, "carol")
    project.accept_suggestion(sugg[0].id, annotator="carol")
    other = "POLICY" if sugg[1].label != "POLICY" else "METRIC"
    project.accept_suggestion(sugg[1].id, label=other, annotator="carol")
    project.reject_suggestion(sugg[2].id, annotator="carol")
    snapshot(project, doc_id, snaps)
    project.undo_decision(sugg[0].id, annotator="carol")
    snapshot(project, doc_id, snaps)
    # adjudication
    project.set_role("rita", "reviewer")
    adj = Adjudication(
        project, doc_id, "rita", LayerRef.annotator("gold"), LayerRef.annotator("bob")
    )
    adj.accept_agreements()
    snapshot(project, doc_id, snaps)
    for d in adj.open_differences()[:10]:
        adj.choose(d, "right")
    snapshot(project, doc_id, snaps)

    for event_id, layers in snaps:
        assert layers_as_of(project, doc_id, event_id) == layers, event_id
    assert layers_as_of(project, doc_id, last_event(project)) == live_layers(project, doc_id)
    assert project.verify().ok  # the tables are the replay of the history
    # before anything: only what the first events added
    first = project.history(doc_id=doc_id)[0].id
    assert layers_as_of(project, doc_id, first) == {}
    project.close()


def test_after_a_merge_the_replay_still_matches(tmp_path):
    docs = load_seeds()[:2]
    a, _ = build_two_annotators(tmp_path / "a.biaozhu", docs[:1])
    b, _ = build_two_annotators(tmp_path / "b.biaozhu", docs)
    b.remove_span(b.annotations(docs[0]["id"], "bob")[0].id, annotator="bob")
    b.close()
    before = last_event(a)
    snap = live_layers(a, docs[0]["id"])
    merge_project(a, tmp_path / "b.biaozhu")
    for doc in docs:
        assert layers_as_of(a, doc["id"], last_event(a)) == live_layers(a, doc["id"])
    assert layers_as_of(a, docs[0]["id"], before) == snap
    assert a.verify().ok
    a.close()


def test_layers_as_of_on_a_reopened_file(tmp_path):
    docs = load_seeds()[:1]
    project, _ = build_two_annotators(tmp_path / "a.biaozhu", docs)
    mid = last_event(project)
    snap = live_layers(project, docs[0]["id"])
    project.remove_span(project.annotations(docs[0]["id"], "gold")[0].id, annotator="gold")
    project.close()
    with Project.open(tmp_path / "a.biaozhu") as p:
        assert layers_as_of(p, docs[0]["id"], mid) == snap
        assert layers_as_of(p, docs[0]["id"], mid)["gold"] != live_layers(p, docs[0]["id"])["gold"]


@pytest.mark.parametrize("event", ["99999999999999999999999", "0", "-3", "5000"])
def test_history_as_of_an_event_that_does_not_exist_is_one_line(tmp_path, capsys, event):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        doc, _ = project.add_document("比亚迪营收18亿元。")
    assert main(["history", str(path), "--doc", doc, "--as-of", event]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and len(err.splitlines()) == 1
    assert "Traceback" not in err
