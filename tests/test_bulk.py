"""Accepting a whole document and undoing it in one transaction each, with
the history a one-by-one accept would write; reading one document's spans
in a few queries."""

from __future__ import annotations

import pytest

from models import Project, Suggestion
from models.store import bulk

TEXT = "2024年,高新区全年实现工业营收932.4亿元,同比增长13.7%。比亚迪抚州基地满产运行。"


def suggest(text: str, *surfaces_and_labels) -> list[Suggestion]:
    out = []
    for surface, label in surfaces_and_labels:
        start = text.index(surface)
        out.append(Suggestion(start, start + len(surface), label, surface, 0.9, "rules", "1"))
    return out


@pytest.fixture
def two(tmp_path):
    """The same document accepted one by one in one project, in bulk in the other."""
    projects = []
    for name in ("one", "bulk"):
        p = Project.create(tmp_path / f"{name}.biaozhu", annotator="alice")
        doc, _ = p.add_document(TEXT, doc_id="d")
        p.store_suggestions(
            doc,
            suggest(
                TEXT,
                ("932.4亿元", "METRIC"),
                ("13.7%", "METRIC"),
                ("比亚迪", "COMPANY"),
                ("比亚迪抚州基地", "COMPANY"),  # overlaps 比亚迪: left for the curator
                ("2024年", "METRIC"),
            ),
        )
        projects.append(p)
    yield projects
    for p in projects:
        p.close()


def state(p: Project) -> tuple:
    gold = [(a.start, a.end, a.label, a.origin) for a in p.annotations("d")]
    sugg = [(s.text, s.status) for s in p.suggestions("d")]
    actions = [e.action for e in p.history(doc_id="d")]
    return gold, sugg, actions, p.status("d")


def test_bulk_accept_writes_what_accepting_one_by_one_writes(two):
    one, many = two
    one.accept_all("d")
    one.set_status("d", "in_progress")
    ids = [s.id for s in many.suggestions("d")]
    made = bulk.accept_suggestions(many, "d", ids, annotator="alice")
    assert [a.text for a in made] == ["2024年", "932.4亿元", "13.7%", "比亚迪"]
    assert state(one) == state(many)
    for p in (one, many):
        accepted = [e for e in p.history(action="suggestion.accepted")]
        assert {e.after["suggestion"]["text"] for e in accepted} == {a.text for a in made}
        assert all(e.after["origin"] == "accepted" for e in accepted)
        assert p.verify().ok
    # accepting again changes nothing
    assert bulk.accept_suggestions(many, "d", ids, annotator="alice") == []


def test_bulk_undo_makes_every_one_pending_again(two):
    _, p = two
    ids = [s.id for s in p.suggestions("d")]
    bulk.accept_suggestions(p, "d", ids, annotator="alice")
    assert bulk.undo_decisions(p, ids, annotator="alice") == {"d"}
    assert p.annotations("d") == []
    assert {s.status for s in p.suggestions("d")} == {"pending"}
    undone = p.history(action="suggestion.undone")
    assert len(undone) == 4 and all(e.before["decision"] == "accepted" for e in undone)
    assert all(e.before["span"]["annotator"] == "alice" for e in undone)
    assert p.verify().ok


def test_a_bulk_accept_leaves_suggestions_someone_cannot_see_or_decided(two):
    _, p = two
    first, second = p.suggestions("d")[:2]
    p.reject_suggestion(first.id)
    made = bulk.accept_suggestions(p, "d", [first.id, second.id], annotator="alice")
    assert [a.suggestion_id for a in made] == [second.id]


def test_reading_a_document_at_once_agrees_with_the_one_by_one_reads(two):
    _, p = two
    sugg = p.suggestions("d")
    p.accept_suggestion(sugg[0].id)
    p.reject_suggestion(sugg[1].id)
    start = TEXT.index("13.7%")
    p.add_span("d", start, start + 5, "METRIC")  # the same span as a suggestion: matched
    for who in ("alice", "bob"):
        read = bulk.read_document_spans(p, "d", who)
        assert read.gold == p.annotations("d", who)
        assert [tuple(vars(s).values()) for s in p.suggestions("d", who)] == [
            (s.start, s.end, s.label, s.text, s.score, s.source, s.version, s.attrs)
            + (s.id, s.doc_id, s.status)
            for s in read.suggestions
        ]
        assert read.status == p.status("d", who)
    assert {s.text: s.status for s in bulk.read_document_spans(p, "d", "alice").suggestions} == {
        "2024年": "accepted",
        "932.4亿元": "rejected",
        "13.7%": "matched",
        "比亚迪": "pending",
        "比亚迪抚州基地": "pending",
    }


def test_fitting_keeps_what_a_one_by_one_accept_would_keep():
    import random

    rng = random.Random(3)
    for _ in range(50):
        taken = [(a, a + rng.randint(1, 5)) for a in rng.sample(range(300), 15)]
        cands = [(a, a + rng.randint(1, 8)) for a in rng.sample(range(300), 60)]
        kept, spans = [], list(taken)
        for i in sorted(range(len(cands)), key=lambda i: cands[i]):
            s, e = cands[i]
            if not any(a < e and s < b for a, b in spans):
                kept.append(i)
                spans.append((s, e))
        assert bulk.fitting(taken, cands) == sorted(kept)


# -- finishing a document with suggestions still pending ---------------------------------


@pytest.fixture
def finishing(tmp_path):
    p = Project.create(tmp_path / "f.biaozhu", annotator="alice")
    p.ensure_annotator("bob")
    doc, _ = p.add_document(TEXT, doc_id="d")
    p.store_suggestions(
        doc,
        suggest(TEXT, ("932.4亿元", "METRIC"), ("13.7%", "METRIC"), ("比亚迪", "COMPANY")),
    )
    yield p
    p.close()


def decisions(project, who="alice") -> dict[str, str]:
    return {s.text: s.status for s in project.suggestions("d", who)}


def test_finishing_rejects_what_is_pending_and_reopening_takes_that_back(finishing):
    """Ctrl+D twice said the pending suggestions count as rejected, and the
    project's evidence read them so, but the store kept them pending: the
    document list and the header of a done document still showed its
    pending count. Finishing records them as rejected, in the transaction
    that marks the document done, each with its own event; reopening makes
    pending again what that finishing rejected, and nothing else."""
    p = finishing
    first = p.suggestions("d", "alice")[0]
    p.accept_suggestion(first.id, annotator="alice")
    x = next(s for s in p.suggestions("d", "alice") if s.text == "比亚迪")
    p.reject_suggestion(x.id, annotator="alice")  # a decision of the curator's own
    rejected = bulk.finish_document(p, "d", "alice")
    assert [s.text for s in p.suggestions("d", "alice") if s.id in rejected] == ["13.7%"]
    assert p.status("d", "alice") == "done"
    assert decisions(p) == {"932.4亿元": "accepted", "13.7%": "rejected", "比亚迪": "rejected"}
    assert p.pending_counts("alice") == {}
    assert p.stats()["pending_by_annotator"]["alice"] == 0
    assert decisions(p, "bob") == dict.fromkeys(("932.4亿元", "13.7%", "比亚迪"), "pending")
    events = p.history(doc_id="d")[-2:]
    assert [e.action for e in events] == ["doc.status", "suggestion.rejected"]
    assert events[1].after == {"with": "doc.done"}
    assert p.verify().ok

    assert bulk.reopen_document(p, "d", "alice") == rejected
    assert p.status("d", "alice") == "in_progress"
    assert decisions(p) == {"932.4亿元": "accepted", "13.7%": "pending", "比亚迪": "rejected"}
    # done again, then undone to where it was: the same, once more
    assert bulk.finish_document(p, "d", "alice") == rejected
    assert bulk.reopen_document(p, "d", "alice", status="todo") == rejected
    assert p.status("d", "alice") == "todo"
    assert p.pending_counts("alice") == {"d": 1}
    assert p.verify().ok


def test_reopening_leaves_a_suggestion_decided_again_since(finishing):
    p = finishing
    rejected = bulk.finish_document(p, "d", "alice")
    assert len(rejected) == 3
    bulk.undo_decisions(p, rejected[:1], annotator="alice")  # taken back by hand
    p.accept_suggestion(rejected[0], annotator="alice")  # and accepted
    assert bulk.reopen_document(p, "d", "alice") == rejected[1:]
    assert decisions(p)["932.4亿元"] == "accepted"
    assert bulk.reopen_document(p, "d", "alice") == []  # not done: nothing to take back
    assert p.verify().ok
