"""Merging projects from other laptops: nothing lost, nothing twice, verifiable."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from desktop.cli import main
from models import InvalidInput, Label, Project, Suggestion
from models.errors import IntegrityError
from models.review.asof import layers_as_of, live_layers
from models.review.compare import available_layers
from models.review.conflicts import conflicts, resolve_conflict
from models.review.merge import merge_project, verify_merged
from tests.test_review_fixtures import build_two_annotators, counts, load_seeds


def span_keys(project, annotator=None):
    """Every annotation as (document hash, annotator, start, end, label, attrs)."""
    rows = project.conn.execute(
        "SELECT d.hash, a.annotator, a.start_pos, a.end_pos, a.label, a.attrs"
        " FROM annotations a JOIN documents d ON d.id = a.doc_id"
    ).fetchall()
    return sorted(
        (h, who, s, e, lab, json.dumps(json.loads(at), sort_keys=True))
        for h, who, s, e, lab, at in rows
        if annotator in (None, who)
    )


def identities(project):
    return {oh or h for oh, h in project.conn.execute("SELECT origin_hash, hash FROM events")}


@pytest.fixture
def laptops(tmp_path):
    """A: gold and bob on documents 0-2. B (another project): carol on documents 2-4,
    partly from suggestions, with a rejected one."""
    docs = load_seeds()
    a, _ = build_two_annotators(tmp_path / "a.biaozhu", docs[:3])
    b = Project.create(tmp_path / "b.biaozhu", annotator="carol")
    for doc in docs[2:]:
        doc_id, _ = b.add_document(doc["text"], doc_id=doc["id"])
        spans = doc["spans"]
        b.store_suggestions(
            doc_id,
            [
                Suggestion(s["start"], s["end"], s["label"], s["text"], 0.75, "lexicon", "7")
                for s in spans[:6]
            ],
        )
        sugg = b.suggestions(doc_id, "carol")
        b.accept_suggestion(sugg[0].id, annotator="carol")
        b.reject_suggestion(sugg[1].id, annotator="carol")
        for s in spans[6:30]:
            b.add_span(doc_id, s["start"], s["end"], s["label"], annotator="carol")
        b.set_status(doc_id, "done", annotator="carol")
    b.close()
    yield a, tmp_path / "b.biaozhu", docs
    a.close()


def test_merge_keeps_everything_and_is_idempotent(laptops):
    a, b_path, docs = laptops
    with Project.open(b_path) as b:
        b_counts, b_spans, b_ids = counts(b), span_keys(b), identities(b)
        b_annotations = b_counts["annotations"]
    a_counts, a_spans = counts(a), span_keys(a)

    report = merge_project(a, b_path)
    after = counts(a)
    assert after["documents"] == 5  # 3 + 3, one shared by content
    assert len(report.documents_added) == 2 and report.documents_matched == 1
    # every annotation of both files, once
    assert after["annotations"] == a_counts["annotations"] + b_annotations
    assert span_keys(a) == sorted(a_spans + b_spans)
    # every event of the other file, with its original annotator and time
    assert b_ids <= identities(a)
    assert report.events_added == b_counts["events"]
    merged = a.conn.execute(
        "SELECT annotator, time, action FROM events WHERE origin_hash IS NOT NULL ORDER BY id"
    ).fetchall()
    with Project.open(b_path) as b:
        originals = b.conn.execute(
            "SELECT annotator, time, action FROM events ORDER BY id"
        ).fetchall()
    assert merged == originals
    # suggestions with their provenance; decisions and statuses follow
    assert after["suggestions"] == b_counts["suggestions"]
    for doc in docs[2:]:
        carol = a.annotations(doc["id"], "carol")
        accepted = [x for x in carol if x.suggestion_id is not None]
        assert len(accepted) == 1
        s = a.suggestion(accepted[0].suggestion_id, "carol")
        assert (s.source, s.version, s.score) == ("lexicon", "7", 0.75)
        assert {x.status for x in a.suggestions(doc["id"], "carol")} >= {"accepted", "rejected"}
        assert a.status(doc["id"], "carol") == "done"
        assert layers_as_of(a, doc["id"], None) == live_layers(a, doc["id"])
    assert a.verify().ok and verify_merged(a) == []

    again = merge_project(a, b_path)
    assert not again.changed and again.events_known == b_counts["events"]
    assert counts(a) == after
    assert a.verify().ok


def test_the_other_file_is_not_changed(laptops):
    a, b_path, _ = laptops
    before = b_path.read_bytes()
    merge_project(a, b_path)
    assert b_path.read_bytes() == before


def test_copied_project_three_way_merge_and_conflicts(tmp_path):
    docs = load_seeds()[:3]
    a, _ = build_two_annotators(tmp_path / "a.biaozhu", docs)
    a.close()
    shutil.copy(tmp_path / "a.biaozhu", tmp_path / "b.biaozhu")
    a = Project.open(tmp_path / "a.biaozhu", annotator="lead")
    b = Project.open(tmp_path / "b.biaozhu", annotator="lead")
    d0, d1, d2 = (d["id"] for d in docs)
    # B: bob fixes document 0 (only B changed it: taken), both edit document 1 (conflict)
    b.remove_span(b.annotations(d0, "bob")[0].id, annotator="bob")
    b.remove_span(b.annotations(d1, "bob")[0].id, annotator="bob")
    # A: bob edits document 1 differently, gold edits document 2 (only A: kept)
    a.remove_span(a.annotations(d1, "bob")[1].id, annotator="bob")
    a.remove_span(a.annotations(d2, "gold")[0].id, annotator="gold")
    b_d0 = [(x.start, x.end, x.label) for x in b.annotations(d0, "bob")]
    b_d1 = [(x.start, x.end, x.label) for x in b.annotations(d1, "bob")]
    a_d1 = [(x.start, x.end, x.label) for x in a.annotations(d1, "bob")]
    a_d2 = [(x.start, x.end, x.label) for x in a.annotations(d2, "gold")]
    b.close()

    report = merge_project(a, tmp_path / "b.biaozhu")
    assert report.events_added == 2  # the two removals made in B after the copy
    assert [(x.start, x.end, x.label) for x in a.annotations(d0, "bob")] == b_d0
    assert [(x.start, x.end, x.label) for x in a.annotations(d1, "bob")] == a_d1  # kept
    assert [(x.start, x.end, x.label) for x in a.annotations(d2, "gold")] == a_d2
    (c,) = conflicts(a, d1)
    assert c.annotator == "bob" and sorted(
        (s["start"], s["end"], s["label"]) for s in c.spans
    ) == sorted(b_d1)
    assert f"@conflict:{c.id}" in [str(ref) for ref, _ in available_layers(a, d1)]
    assert a.verify().ok and verify_merged(a) == []
    # nothing twice
    snapshot = counts(a)
    assert not merge_project(a, tmp_path / "b.biaozhu").changed
    assert counts(a) == snapshot
    # the reviewer takes the incoming spans
    resolve_conflict(a, c.id, "theirs", who="rita")
    assert sorted((x.start, x.end, x.label) for x in a.annotations(d1, "bob")) == sorted(b_d1)
    assert conflicts(a, d1) == []
    assert not merge_project(a, tmp_path / "b.biaozhu").changed
    for d in (d0, d1, d2):  # the history view's latest state is what the tables hold
        assert layers_as_of(a, d, None) == live_layers(a, d)
    assert a.verify().ok
    a.close()
    # and back: B takes A's work; its own conflict about bob's document 1 is recorded
    with Project.open(tmp_path / "b.biaozhu", annotator="lead") as b:
        merge_project(b, tmp_path / "a.biaozhu")
        assert [(x.start, x.end, x.label) for x in b.annotations(d2, "gold")] == a_d2
        assert b.verify().ok and verify_merged(b) == []


def test_label_clash_is_an_error_naming_both_and_writes_nothing(tmp_path, laptops):
    a, _, docs = laptops
    other = Project.create(
        tmp_path / "c.biaozhu",
        labels=[
            Label("METRIC", "#000000", "1", "Something else entirely"),
            Label("COMPANY", "#6cc6a0", "2", a.labels()[1].description),
        ],
    )
    other.add_document(docs[0]["text"])
    other.close()
    before = counts(a)
    with pytest.raises(InvalidInput, match="label clash: METRIC .* but METRIC .*Something else"):
        merge_project(a, tmp_path / "c.biaozhu")
    assert counts(a) == before

    metric, _company, policy = a.labels()
    hot = Project.create(
        tmp_path / "d.biaozhu", labels=[metric, policy, Label("PERSON", "#123456", "2", "A person")]
    )
    hot.close()
    with pytest.raises(InvalidInput, match="hotkey 2 is COMPANY .* but PERSON"):
        merge_project(a, tmp_path / "d.biaozhu")
    assert counts(a) == before

    fine = Project.create(
        tmp_path / "e.biaozhu",
        labels=[
            Label("METRIC", "#ff0000", "1", a.labels()[0].description),  # another colour: fine
            Label("PERSON", "#123456", "7", "A person"),
        ],
    )
    fine.close()
    report = merge_project(a, tmp_path / "e.biaozhu")
    assert report.labels_added == ["PERSON"]
    assert a.labels()[0].colour != "#ff0000"  # this project's colour is kept


def test_verify_merged_catches_an_altered_merged_event(tmp_path, laptops):
    a, b_path, _ = laptops
    merge_project(a, b_path)
    a.close()
    copy = tmp_path / "tampered.biaozhu"
    shutil.copy(tmp_path / "a.biaozhu", copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER events_append_only_update")
    eid = conn.execute("SELECT min(id) FROM events WHERE origin_hash IS NOT NULL").fetchone()[0]
    conn.execute("UPDATE events SET annotator = 'mallory' WHERE id = ?", (eid,))
    conn.commit()
    conn.close()
    with Project.open(copy) as t:
        problems = verify_merged(t)
        assert problems and str(eid) in str(problems[0])


def test_cli_merge_twice_and_verify(laptops, capsys):
    a, b_path, _ = laptops
    path = str(a.path)
    assert main(["merge", path, str(b_path)]) == 0
    out = capsys.readouterr().out
    assert "2 new documents" in out and "merged events match" in out
    assert main(["merge", path, str(b_path)]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert main(["verify", path]) == 0
    capsys.readouterr()
    assert main(["merge", path, path]) == 1
    assert "is this project" in capsys.readouterr().err
    assert main(["merge", path, str(b_path.with_name("missing.biaozhu"))]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["conflicts", path]) == 0
    assert "no merge conflicts" in capsys.readouterr().out


def test_cli_role(laptops, capsys):
    a, _, _ = laptops
    assert main(["role", str(a.path), "rita", "reviewer", "--create"]) == 0
    assert "rita is now reviewer" in capsys.readouterr().out
    assert a.role("rita") == "reviewer"
    events = a.history(action="annotator.role")
    assert events[-1].target == "rita" and events[-1].after == {"role": "reviewer"}
    assert main(["role", str(a.path), "rita", "boss"]) == 1


def test_two_laptops_copies_of_one_project_both_merge(tmp_path):
    """The lead gives each laptop its own copy (one project id for all) and
    merges them back: the second copy was refused as the first one 'truncated
    or rewritten', since it does not hold the head merged from the first. A
    copy that lost work merged from it before is still refused."""
    docs = load_seeds()[:2]
    lead, _ = build_two_annotators(tmp_path / "lead.biaozhu", docs)
    lead.close()
    d0, d1 = (d["id"] for d in docs)
    for who, doc in (("carol", d0), ("dave", d1)):
        shutil.copy(tmp_path / "lead.biaozhu", tmp_path / f"{who}.biaozhu")
        with Project.open(tmp_path / f"{who}.biaozhu", annotator=who) as p:
            text = p.document_text(doc)
            start = next(i for i in range(len(text)) if text[i : i + 2].isalnum())
            p.add_span(doc, start, start + 2, "COMPANY")
            p.add_span(doc, start + 2, start + 4, "COMPANY")
    with Project.open(tmp_path / "lead.biaozhu", annotator="lead") as lead:
        assert merge_project(lead, tmp_path / "carol.biaozhu").spans_added == 2
        report = merge_project(lead, tmp_path / "dave.biaozhu")
        assert report.spans_added == 2
        assert len(lead.annotations(d0, "carol")) == len(lead.annotations(d1, "dave")) == 2
        assert lead.verify().ok
        assert not merge_project(lead, tmp_path / "carol.biaozhu").changed  # nothing twice
        snapshot = counts(lead)
    # carol's last span taken out of her file with its event: consistent with itself
    conn = sqlite3.connect(tmp_path / "carol.biaozhu")
    conn.executescript(
        "DROP TRIGGER events_append_only_delete;"
        "DELETE FROM annotations WHERE id = (SELECT max(id) FROM annotations);"
        "DELETE FROM events WHERE id = (SELECT max(id) FROM events);"
        "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT"
        " RAISE(ABORT, 'the history is append-only: events cannot be deleted'); END;"
    )
    conn.close()
    with Project.open(tmp_path / "lead.biaozhu", annotator="lead") as lead:
        with pytest.raises(IntegrityError, match="no longer holds the head merged"):
            merge_project(lead, tmp_path / "carol.biaozhu")
        assert counts(lead) == snapshot
