"""An undo names in the history what it took back; verify holds the mark.

The window's Ctrl+Z writes its events in ``Project.undo_step`` (the GUI path
is tests/gui/test_undo_marked.py): each event taking back a step names that
step's events (``undo_of``), a redo names the undo (``redo_of``). Here the
core on a real article: verify passes with such marks and catches one
rewritten to point elsewhere, at no event, at a later one or at an event
taken back already; the as-of replay and ``biaozhu history`` read them."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli import main
from models import Project
from models.review.asof import layers_as_of, live_layers
from models.store.undo import UndoStep
from tests.conftest import shared_path
from tests.test_verify import rewrite_events


def first_seed() -> dict:
    line = shared_path("gold", "seeds.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)


def edited_and_undone(path) -> dict[str, int]:
    """A real article with a gold span nudged twice in one step and undone,
    redone, relabelled and undone, a span added and undone: the events of each."""
    seed = first_seed()
    spans = [s for s in seed["spans"] if s["label"] == "METRIC"][:2]
    ids: dict[str, int] = {}
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(seed["text"], doc_id=seed["id"])
        first = spans[0]
        ann = p.add_span(doc, first["start"], first["end"], "METRIC")

        def last() -> int:
            return p.history(doc_id=doc)[-1].id

        nudges = UndoStep()
        with p.undo_step(nudges):
            p.resize_span(ann.id, first["start"] - 1, first["end"])
            ids["nudge1"] = last()
            p.resize_span(ann.id, first["start"] - 2, first["end"])
            ids["nudge2"] = last()
        back = UndoStep()
        with p.undo_step(back, undoing=[nudges]):
            p.resize_span(ann.id, first["start"], first["end"])
            ids["undo_resize"] = last()
        again = UndoStep()
        with p.undo_step(again, redoing=[back]):
            p.resize_span(ann.id, first["start"] - 2, first["end"])
            ids["redo_resize"] = last()
        relabel = UndoStep()
        with p.undo_step(relabel):
            p.relabel_span(ann.id, "POLICY")
            ids["relabel"] = last()
        with p.undo_step(UndoStep(), undoing=[relabel]):
            p.relabel_span(ann.id, "METRIC")
            ids["undo_relabel"] = last()
        second = spans[1]
        add = UndoStep()
        with p.undo_step(add):
            other = p.add_span(doc, second["start"], second["end"], "METRIC")
            ids["add"] = last()
        with p.undo_step(UndoStep(), undoing=[add]):
            p.remove_span(other.id)
            ids["undo_add"] = last()
    return ids


def after_of(path, eid: int) -> dict:
    with Project.open(path, annotator="alice") as p:
        return next(e for e in p.history() if e.id == eid).after


def test_each_undo_names_what_it_took_back_and_verifies(tmp_path):
    path = tmp_path / "p.biaozhu"
    ids = edited_and_undone(path)
    assert after_of(path, ids["undo_resize"])["undo_of"] == [ids["nudge1"], ids["nudge2"]]
    assert after_of(path, ids["redo_resize"])["redo_of"] == [ids["undo_resize"]]
    assert after_of(path, ids["undo_relabel"])["undo_of"] == [ids["relabel"]]
    assert after_of(path, ids["undo_add"]) == {"undo_of": [ids["add"]]}
    for plain in ("nudge1", "nudge2", "relabel", "add"):
        after = after_of(path, ids[plain])
        assert "undo_of" not in after and "redo_of" not in after
    assert main(["verify", str(path)]) == 0


def test_replay_and_as_of_read_past_the_marks(tmp_path):
    path = tmp_path / "p.biaozhu"
    ids = edited_and_undone(path)
    with Project.open(path, annotator="alice") as p:
        doc = p.document_ids()[0]
        assert layers_as_of(p, doc, None) == live_layers(p, doc)
        at_undo = layers_as_of(p, doc, ids["undo_add"])
        assert [s.label for s in at_undo["alice"]] == ["METRIC"]
        assert layers_as_of(p, doc, ids["add"])["alice"] != at_undo["alice"]


def retarget(path, eid: int, kind: str, named) -> None:
    def change(conn: sqlite3.Connection) -> None:
        (after,) = conn.execute("SELECT after FROM events WHERE id = ?", (eid,)).fetchone()
        record = json.loads(after)
        record[kind] = named
        conn.execute(
            "UPDATE events SET after = ? WHERE id = ?",
            (json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")), eid),
        )

    rewrite_events(path, change)


@pytest.mark.parametrize(
    "where, kind, named",
    [
        ("undo_resize", "undo_of", lambda ids: [ids["relabel"]]),  # another kind of change
        ("undo_resize", "undo_of", lambda ids: [ids["add"]]),  # another span
        ("undo_resize", "undo_of", lambda ids: [ids["nudge2"]]),  # not what it gives back
        ("undo_resize", "undo_of", lambda ids: [99_999]),  # no such event
        ("undo_resize", "undo_of", lambda ids: [ids["redo_resize"]]),  # a later one
        ("undo_resize", "undo_of", lambda ids: "12"),  # not a list of numbers
        ("undo_add", "undo_of", lambda ids: [ids["nudge1"]]),
        ("redo_resize", "redo_of", lambda ids: [ids["nudge2"]]),  # a redo names an undo
        ("undo_relabel", "undo_of", lambda ids: [ids["relabel"], ids["undo_resize"]]),
    ],
)
def test_verify_catches_a_mark_rewritten(tmp_path, capsys, where, kind, named):
    path = tmp_path / "p.biaozhu"
    ids = edited_and_undone(path)
    retarget(path, ids[where], kind, named(ids))
    capsys.readouterr()
    assert main(["verify", str(path)]) == 1
    out = capsys.readouterr()
    assert f"event {ids[where]} " in out.out + out.err


def test_verify_catches_an_event_taken_back_twice(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    ids = edited_and_undone(path)
    # the relabel's undo rewritten as a second undo of the first relabel, and
    # the label changed back and forth as that would be
    with Project.open(path, annotator="alice") as p:
        ann = p.annotations(p.document_ids()[0])[0]
        step = UndoStep()
        with p.undo_step(step):
            p.relabel_span(ann.id, "POLICY")
        with p.undo_step(UndoStep(), undoing=[step]):
            p.relabel_span(ann.id, "METRIC")
        twice = p.history()[-1].id
    retarget(path, twice, "undo_of", [ids["relabel"]])
    capsys.readouterr()
    assert main(["verify", str(path)]) == 1
    out = capsys.readouterr()
    assert f"event {twice} (span.relabelled)" in out.err and "took back already" in out.err


def test_a_mark_added_to_a_plain_edit_is_caught(tmp_path, capsys):
    """A correction dressed up as an undo (or the other way) shows a reviewer
    another story: a mark put on the first nudge names nothing it restores."""
    path = tmp_path / "p.biaozhu"
    ids = edited_and_undone(path)
    retarget(path, ids["relabel"], "undo_of", [ids["nudge1"]])
    capsys.readouterr()
    assert main(["verify", str(path)]) == 1


def test_history_says_what_an_undo_took_back(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    ids = edited_and_undone(path)
    capsys.readouterr()
    assert main(["history", str(path)]) == 0
    lines = {int(x.split()[0][1:]): x for x in capsys.readouterr().out.splitlines()}
    assert (
        f"(undo of span.resized, events {ids['nudge1']} and {ids['nudge2']})"
        in lines[ids["undo_resize"]]
    )
    assert (
        f"(redo, taking back the undo in event {ids['undo_resize']})" in lines[ids["redo_resize"]]
    )
    removal = lines[ids["undo_add"]]
    assert f"(undo of span.added, event {ids['add']})" in removal
    assert "undo_of" not in removal and "→ ∅" in removal
    assert "undo" not in lines[ids["relabel"]]


def test_an_undo_merged_in_from_another_laptop_verifies_and_says_whose_numbers(tmp_path, capsys):
    """A merge copies the other file's events as they are: an undo there names
    events by that file's numbers, which this file's history says."""
    from models.review.merge import merge_project

    a = tmp_path / "a.biaozhu"
    edited_and_undone(a)
    b = tmp_path / "b.biaozhu"
    b.write_bytes(a.read_bytes())  # a copy on another laptop
    with Project.open(b, annotator="carol") as p:
        doc = p.document_ids()[0]
        where = p.document_text(doc).index("抚州高新区")
        span = p.add_span(doc, where, where + 5, "POLICY")
        step = UndoStep()
        with p.undo_step(step):
            p.relabel_span(span.id, "COMPANY")
        with p.undo_step(UndoStep(), undoing=[step]):
            p.relabel_span(span.id, "POLICY")
        theirs = p.history()[-1]
    assert theirs.after["undo_of"] == [theirs.id - 1]
    with Project.open(a, annotator="alice") as p:
        merge_project(p, b)
        report = p.verify()
        assert report.ok, report.problems
    capsys.readouterr()
    assert main(["history", str(a), "--annotator", "carol"]) == 0
    out = capsys.readouterr().out
    assert f"(undo of event {theirs.id - 1} of the file it came from)" in out
