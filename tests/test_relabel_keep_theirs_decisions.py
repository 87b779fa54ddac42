"""Keeping "theirs" on a merge conflict takes the incoming copy's decisions
on the suggestions behind the spans it takes and replaces.

Keeping theirs took the incoming spans but not that file's decisions: alice
held a gold span from suggestion X while her decision on X stayed
"rejected" (the copy here had rejected it, the other accepted it), and Y,
which she rejected on the other copy, was pending again, so the learning
evidence (which reads decisions) saw a name both gold and rejected, and
the window asked her again about what she had settled. Now, in the same
transaction as the spans: a taken span's suggestion is accepted (or
corrected) and linked to the span, a suggestion the other copy rejected is
rejected here unless a span of the layer still stands on it, each as a
``decision.merged`` event naming the conflict; verify passes after each."""

from __future__ import annotations

import pytest

from desktop.cli import main
from models import Project
from models.learn.evidence import project_term_evidence
from models.review.conflicts import conflict, resolve_conflict
from models.review.merge import merge_project
from tests.conftest import copy_project

DOC = "000_ee9b7df723eab218"


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def decision(p, sid):
    row = p.conn.execute(
        "SELECT decision, annotation_id FROM decisions WHERE suggestion_id = ? AND annotator = ?",
        (sid, "alice"),
    ).fetchone()
    return tuple(row) if row else None


@pytest.fixture()
def scene(tmp_path, capsys, corpus_dir):
    """A and its copy B with the same suggestions for alice. A rejects X and
    accepts Z; B accepts X and rejects Y. A merges B: alice's layer is a
    conflict, mine {Z}, theirs {X}."""
    a, b = tmp_path / "a.biaozhu", tmp_path / "b.biaozhu"
    run(capsys, "new", str(a), "--annotator", "alice")
    run(capsys, "import", str(a), str(corpus_dir / f"{DOC}.txt"), "--annotator", "alice")
    run(capsys, "suggest", "--project", str(a), "--annotator", "alice")
    with Project.open(a, annotator="alice") as p:
        ours = p.suggestions(DOC, "alice")
        # X a name (the learning evidence counts names), then two more, none overlapping
        picked = [next(s for s in ours if s.label in ("COMPANY", "POLICY"))]
        for s in ours:
            if all(s.end <= o.start or o.end <= s.start for o in picked):
                picked.append(s)
            if len(picked) == 3:
                break
        x, y, z = picked
    copy_project(a, b)
    with Project.open(a, annotator="alice") as p:
        p.reject_suggestion(x.id)
        p.accept_suggestion(z.id)
    with Project.open(b, annotator="alice") as p:
        p.accept_suggestion(x.id)
        p.reject_suggestion(y.id)
    with Project.open(a, annotator="lead") as p:
        p.set_role("lead", "reviewer")
        (cid,) = merge_project(p, b).conflicts
        assert decision(p, x.id)[0] == "rejected" and decision(p, y.id) is None
        assert p.verify().ok
    return a, x, y, z, cid


def test_keep_theirs_takes_the_decisions_behind_the_spans(scene):
    a, x, y, z, cid = scene
    with Project.open(a, annotator="lead") as p:
        resolve_conflict(p, cid, "theirs", who="lead")
        [span] = p.annotations(DOC, "alice")
        assert (span.start, span.end, span.label, span.suggestion_id) == (
            x.start,
            x.end,
            x.label,
            x.id,
        )
        # the span taken stands on an accepted decision, linked to it
        assert decision(p, x.id) == ("accepted", span.id)
        # what the other copy rejected, with no span here, is rejected here
        assert decision(p, y.id)[0] == "rejected"
        assert y.id not in {s.id for s in p.suggestions(DOC, "alice") if s.status == "pending"}
        # Z's span went with the conflict, as a span removed by hand goes:
        # its decision stays, no longer linked to a span
        assert decision(p, z.id) == ("accepted", None)
        merged = [
            e
            for e in p.history(doc_id=DOC, action="decision.merged")
            if isinstance(e.after, dict) and e.after.get("conflict") == cid
        ]
        assert sorted((e.after["suggestion_id"], e.after["decision"]) for e in merged) == sorted(
            [(x.id, "accepted"), (y.id, "rejected")]
        )
        assert all(e.annotator == "lead" and e.after["annotator"] == "alice" for e in merged)
        [resolved] = p.history(action="merge.conflict_resolved")
        assert sorted(d["suggestion_id"] for d in resolved.after["decisions"]) == sorted(
            [x.id, y.id]
        )
        report = p.verify()
        assert report.ok, report.problems
        # the learning evidence sees X's name as gold, not as gold and rejected
        evidence = project_term_evidence(p)[x.text]
        assert (evidence.label, evidence.accepted, evidence.rejected) == (x.label, 1, 0)


def test_keep_mine_leaves_the_decisions(scene):
    a, x, y, z, cid = scene
    with Project.open(a, annotator="lead") as p:
        resolve_conflict(p, cid, "mine", who="lead")
        assert decision(p, x.id) == ("rejected", None)
        assert decision(p, y.id) is None
        assert decision(p, z.id)[0] == "accepted"
        assert p.verify().ok


def test_a_conflict_seen_in_the_window_resolves_with_the_same_decisions(scene):
    a, x, y, z, cid = scene
    with Project.open(a, annotator="lead") as p:
        c = conflict(p, cid)
        resolve_conflict(p, cid, "theirs", who="lead", doc_id=c.doc_id, seen=c.layer())
        assert decision(p, x.id)[0] == "accepted" and decision(p, y.id)[0] == "rejected"
        assert p.verify().ok


def test_a_suggestion_accepted_since_the_conflict_keeps_its_span_and_decision(scene):
    """Alice went on working and accepted Y after the merge: her span stays
    (work done since stays) and so does the decision it stands on, though
    the incoming file rejected Y."""
    a, x, y, z, cid = scene
    with Project.open(a, annotator="alice") as p:
        kept = p.accept_suggestion(y.id)
    with Project.open(a, annotator="lead") as p:
        resolve_conflict(p, cid, "theirs", who="lead")
        assert decision(p, y.id) == ("accepted", kept.id)
        assert decision(p, x.id)[0] == "accepted"
        [resolved] = p.history(action="merge.conflict_resolved")
        assert [d["suggestion_id"] for d in resolved.after["decisions"]] == [x.id]
        report = p.verify()
        assert report.ok, report.problems


def test_history_says_each_merged_decision_in_words(scene, capsys):
    a, x, _y, _z, cid = scene
    with Project.open(a, annotator="lead") as p:
        resolve_conflict(p, cid, "theirs")
    lines = run(capsys, "history", str(a), "--action", "decision.merged").splitlines()
    assert lines
    for line in lines:
        assert '{"' not in line, line  # a reviewer reads words, not a record
    assert any("rejected →" in line and "accepted" in line for line in lines), lines
