"""Withdrawing an offer in a few statements per ``CHUNK`` suggestions
(``bulk.withdraw_offer``) leaves exactly the rows that withdrawing it one
suggestion at a time did: the same suggestions in the file, the same
audience (kept, shared, gone), the same ``suggestions.withdrawn`` events.

``one_by_one`` is the withdrawal as it was written before it was set-based
(five statements per suggestion), kept here as the reference."""

from __future__ import annotations

import pytest

from models import Project, Suggestion
from models.store import bulk
from models.store.bulk import KEPT, Offer

NAME = "江西铜博科技有限公司"
OTHER = "华润博雅生物"


def one_by_one(project, token: str) -> dict[str, list[int]]:
    """The withdrawal before it was set-based, statement for statement."""

    def used_by(sid: int, annotator: str) -> bool:
        return project.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM decisions WHERE suggestion_id = :s AND annotator = :a)"
            " OR EXISTS (SELECT 1 FROM annotations WHERE suggestion_id = :s AND annotator = :a)",
            {"s": sid, "a": annotator},
        ).fetchone()[0]

    def seen_otherwise(sid: int, annotator: str) -> bool:
        return (
            project.conn.execute(
                "SELECT 1 FROM suggestion_audience WHERE suggestion_id = ? AND annotator = ?"
                " AND offer <> ?",
                (sid, annotator, token),
            ).fetchone()
            is not None
        )

    def unused(sid: int) -> bool:
        return project.conn.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM suggestion_audience WHERE suggestion_id = :s)"
            " AND NOT EXISTS (SELECT 1 FROM decisions WHERE suggestion_id = :s)"
            " AND NOT EXISTS (SELECT 1 FROM annotations WHERE suggestion_id = :s)",
            {"s": sid},
        ).fetchone()[0]

    out: dict[str, list[int]] = {}
    with project.transaction():
        rows = project.conn.execute(
            "SELECT x.suggestion_id, x.annotator, s.doc_id FROM suggestion_audience x"
            " JOIN suggestions s ON s.id = x.suggestion_id WHERE x.offer = ?"
            " ORDER BY s.doc_id, x.suggestion_id",
            (token,),
        ).fetchall()
        if not rows:
            return out
        who = rows[0][1]
        removed: dict[str, list[int]] = {}
        for sid, annotator, doc_id in rows:
            if used_by(sid, annotator) and not seen_otherwise(sid, annotator):
                project.conn.execute(
                    "UPDATE suggestion_audience SET offer = ? WHERE suggestion_id = ?"
                    " AND annotator = ? AND offer = ?",
                    (KEPT, sid, annotator, token),
                )
                continue
            project.conn.execute(
                "DELETE FROM suggestion_audience WHERE suggestion_id = ? AND annotator = ?"
                " AND offer = ?",
                (sid, annotator, token),
            )
            if seen_otherwise(sid, annotator):
                continue
            out.setdefault(doc_id, []).append(sid)
            if unused(sid):
                project.conn.execute("DELETE FROM suggestions WHERE id = ?", (sid,))
                removed.setdefault(doc_id, []).append(sid)
        events = [
            (
                doc_id,
                None,
                {"offer": token, "suggestions": sids, "removed": removed.get(doc_id, [])},
                None,
            )
            for doc_id, sids in out.items()
        ]
        if events:
            project.events.append_many(who, "suggestions.withdrawn", events)
    return out


def rows(project) -> dict[str, list[tuple]]:
    """What the store holds that a withdrawal may change (without times,
    hashes and the project's own id)."""
    q = project.conn.execute
    return {
        "suggestions": q(
            "SELECT id, doc_id, start_pos, end_pos, label, text, score, source, version,"
            " attrs, stale FROM suggestions ORDER BY id"
        ).fetchall(),
        "audience": q("SELECT * FROM suggestion_audience ORDER BY 1, 2, 3").fetchall(),
        "decisions": q(
            "SELECT suggestion_id, annotator, decision, annotation_id FROM decisions ORDER BY 1, 2"
        ).fetchall(),
        "events": q(
            "SELECT annotator, action, doc_id, target, before, after FROM events"
            " WHERE action <> 'project.created' ORDER BY id"
        ).fetchall(),
    }


def build(path) -> tuple[Project, list[str]]:
    """Three annotators whose offers overlap: alice's two offers share
    places, bob and carol are offered some of alice's places, some of the
    suggestions are decided on, accepted as gold by another annotator, or
    everyone's (a suggester's); the same project whatever ``path``."""
    project = Project.create(path, annotator="alice")
    for who in ("bob", "carol"):
        project.ensure_annotator(who)
    docs = []
    for n in range(6):
        text = f"第{n}篇：{NAME}扩产，{OTHER}投产；{NAME}与{OTHER}合作。{NAME}。"
        docs.append(project.add_document(text)[0])
    text = project.document_text(docs[0])
    name_at = [i for i in range(len(text)) if text.startswith(NAME, i)]
    other_at = [i for i in range(len(text)) if text.startswith(OTHER, i)]
    # a suggester's suggestion at one place: everyone's, nobody's offer
    project.store_suggestions(
        docs[5],
        [Suggestion(name_at[0], name_at[0] + len(NAME), "COMPANY", NAME, 0.8, "rules", "1")],
    )

    def offer(token: str, who: str, name: str, label: str, places: dict[str, list[int]]) -> None:
        bulk.offer_suggestions(project, Offer(token, who, name, label), places)

    every = {d: name_at for d in docs}
    offer("a1", "alice", NAME, "COMPANY", every)
    offer("a2", "alice", NAME, "COMPANY", {d: name_at[:2] for d in docs[2:5]})  # overlaps a1
    offer("a3", "alice", OTHER, "COMPANY", {d: other_at for d in docs})
    offer("b1", "bob", NAME, "COMPANY", {d: name_at[1:] for d in docs[:4]})  # shares a1's
    offer("c1", "carol", NAME, "COMPANY", {d: name_at for d in docs[3:]})
    offer("c2", "carol", OTHER, "COMPANY", {d: other_at[:1] for d in docs[:3]})

    def sugg(doc: str, who: str, start: int, label: str = "COMPANY") -> int:
        (s,) = [s for s in project.suggestions(doc, who) if s.start == start and s.label == label]
        return s.id

    # alice decides on some of a1's (kept), one of a1's that a2 shows too
    project.accept_suggestion(sugg(docs[0], "alice", name_at[0]), annotator="alice")
    project.reject_suggestion(sugg(docs[1], "alice", name_at[2]), annotator="alice")
    project.accept_suggestion(sugg(docs[2], "alice", name_at[0]), annotator="alice")
    # bob and carol use what alice was offered: it must stay in the file
    project.accept_suggestion(sugg(docs[1], "bob", name_at[1]), annotator="bob")
    project.reject_suggestion(sugg(docs[3], "bob", name_at[2]), annotator="bob")
    project.accept_suggestion(sugg(docs[4], "carol", name_at[2]), annotator="carol")
    project.reject_suggestion(sugg(docs[0], "carol", other_at[0]), annotator="carol")
    # a decision on the suggester's suggestion (nobody's offer)
    project.reject_suggestion(sugg(docs[5], "bob", name_at[0]), annotator="bob")
    # alice accepts one of a3's, then undoes it: a decision no longer held
    done = sugg(docs[3], "alice", other_at[1])
    project.accept_suggestion(done, annotator="alice")
    project.undo_decision(done, annotator="alice")
    return project, docs


@pytest.mark.parametrize("order", [["a1", "b1", "a2", "c1", "a3", "c2"], ["c1", "a2", "a1", "b1"]])
def test_the_set_based_withdrawal_leaves_what_the_one_by_one_did(tmp_path, order):
    old, _ = build(tmp_path / "old.biaozhu")
    new, _ = build(tmp_path / "new.biaozhu")
    assert rows(old) == rows(new)
    kinds = set()
    for token in order:
        before = rows(old)
        expected = one_by_one(old, token)
        got = bulk.withdraw_offer(new, token)
        assert got == expected, token
        assert rows(new) == rows(old), token
        after = rows(old)
        # what the case covers: kept, seen through another offer, gone
        # from the file, left in it for another's use
        gone = {r[0] for r in before["suggestions"]} - {r[0] for r in after["suggestions"]}
        withdrawn = {s for ids in expected.values() for s in ids}
        offered = {(r[0], r[1]) for r in before["audience"] if r[2] == token}
        others = {(r[0], r[1]) for r in before["audience"] if r[2] not in (token, KEPT)}
        if any(r[2] == KEPT and r not in before["audience"] for r in after["audience"]):
            kinds.add("kept")
        if gone:
            kinds.add("removed")
        if withdrawn - gone:
            kinds.add("left for another")
        if offered & others:
            kinds.add("seen otherwise")
    if order[0] == "a1":
        assert kinds == {"kept", "removed", "left for another", "seen otherwise"}
    assert new.verify().ok and old.verify().ok
    old.close()
    new.close()
