"""An undo in one window after another window restored a backup (attack2,
6 December 2026).

Two windows on one project (the README allows it). The first accepts three
suggestions; the second restores a session backup made before them (File →
Restore from backup), and its curator accepts the first suggestion again.
The first window knows nothing of the restore, and its Ctrl+Z was written:

- the history the restore brought back is shorter, so the event numbers the
  window's steps named belong to other events now (the restore's own event,
  the second window's new accept), or to none; ``changed_meanwhile`` looked
  for later events by number and found none, and took the second window's
  events for its own where their numbers matched;
- so the undo took back the second window's accept (its work gone from the
  layer without a word), and the undo's event named the restore event as
  the accept it took back: ``biaozhu verify`` failed on the file from then
  on ("event 7 (suggestion.undone) says it takes back event 5, which is not
  an earlier event of alice … that it can take back"), and with it every
  merge of the file and every restore of a backup made after.

An undo (or redo) is now refused, in words, before anything is written, when
the history no longer holds the events its step wrote (the chain hash of
the step's last event is checked: a restore replaced them) or a backup was
restored after them; and an event the window wrote counts as its own only
while the file still holds that very event (its hash), not one that took its
number after a restore.

Tried and held: an undo after ``biaozhu merge`` changed the same span (a
conflict kept as theirs: refused, "changed meanwhile"); an undo after a
``suggest --project`` took the suggestion away (refused); an undo after the
command line's import of another annotator's layer into the same document
(undone: that layer is not the window's)."""

from __future__ import annotations

import pytest

from models import Project, Suggestion
from models.store.backup import make_backup, restore_backup
from models.store.undo import ChangedMeanwhile, UndoStep
from tests.conftest import news_train_article


def built(tmp_path):
    row = news_train_article()
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        p.store_suggestions(
            doc,
            [
                Suggestion(s["start"], s["end"], s["label"], s["text"], 0.8, "rules", "1")
                for s in row["spans"][:8]
            ],
        )
    return path, doc


class Window:
    """What a window holds: its project, its undo steps, the events it wrote."""

    def __init__(self, path):
        self.p = Project.open(path, annotator="alice")
        self.steps: list[UndoStep] = []
        self.own: dict[int, str] = {}

    def do(self, write) -> UndoStep:
        step = UndoStep()
        with self.p.undo_step(step, own=self.own):
            write()
        self.own.update({e.id: e.hash for e in step.events})
        self.steps.append(step)
        return step

    def undo(self, step: UndoStep, write) -> None:
        into = UndoStep()
        with self.p.undo_step(into, undoing=[step], own=self.own):
            write()
        self.own.update({e.id: e.hash for e in into.events})


def layer(path, doc) -> list[tuple[int, int]]:
    with Project.open(path, annotator="alice") as p:
        return sorted((a.start, a.end) for a in p.annotations(doc, "alice"))


def test_an_undo_after_another_window_restored_a_backup_is_refused(tmp_path):
    path, doc = built(tmp_path)
    w1 = Window(path)
    backup = make_backup(w1.p)
    sugs = w1.p.suggestions(doc, "alice")
    for s in sugs[:3]:
        w1.do(lambda s=s: w1.p.accept_suggestion(s.id))
    with Project.open(path, annotator="alice") as w2:
        restore_backup(w2, backup)
        w2.accept_suggestion(sugs[0].id)  # the curator there does it again
    again = layer(path, doc)
    assert again == [(sugs[0].start, sugs[0].end)]
    for step, s in zip(reversed(w1.steps), reversed(sugs[:3]), strict=True):
        with pytest.raises(ChangedMeanwhile, match="another program"):
            w1.undo(step, lambda s=s: w1.p.undo_decision(s.id))
    assert layer(path, doc) == again  # the second window's accept stands
    report = w1.p.verify()
    assert report.ok, report.problems
    w1.p.close()


def test_an_event_numbered_as_one_of_ours_before_a_restore_is_not_ours(tmp_path):
    """The first window goes on after the restore it did not see: its new
    step is its own, but the second window's change of that span, written
    under a number the first window had used before the restore, is not."""
    path, doc = built(tmp_path)
    w1 = Window(path)
    sugs = w1.p.suggestions(doc, "alice")
    backup = make_backup(w1.p)
    for s in sugs[:4]:
        w1.do(lambda s=s: w1.p.accept_suggestion(s.id))
    with Project.open(path, annotator="alice") as w2:
        restore_backup(w2, backup)
    step = w1.do(lambda: w1.p.accept_suggestion(sugs[5].id))  # after the restore
    with Project.open(path, annotator="alice") as w2:
        (span,) = w2.annotations(doc, "alice")
        w2.relabel_span(span.id, "POLICY" if span.label != "POLICY" else "COMPANY")
        (eid, _) = w2.conn.execute("SELECT max(id), 0 FROM events").fetchone()
    assert eid in w1.own  # a number the first window wrote before the restore
    with pytest.raises(ChangedMeanwhile):
        w1.undo(step, lambda: w1.p.undo_decision(sugs[5].id))
    assert layer(path, doc) == [(sugs[5].start, sugs[5].end)]
    report = w1.p.verify()
    assert report.ok, report.problems
    w1.p.close()


def test_an_undo_nobody_else_touched_is_still_written(tmp_path):
    path, doc = built(tmp_path)
    w1 = Window(path)
    sugs = w1.p.suggestions(doc, "alice")
    make_backup(w1.p)  # a backup made, none restored
    step = w1.do(lambda: w1.p.accept_suggestion(sugs[0].id))
    w1.undo(step, lambda: w1.p.undo_decision(sugs[0].id))
    assert layer(path, doc) == []
    assert w1.p.verify().ok
    w1.p.close()
