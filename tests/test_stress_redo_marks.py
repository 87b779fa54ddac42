"""A redo names only the undos it takes back (stress_writers, 6 December 2026).

The stress harness found ``biaozhu verify`` failing after a window's keys
alone: Ctrl+D on a done document reopened it, an offer then came into it
(a name accepted elsewhere in the document), Ctrl+Z marked it done again,
which rejected the new offer too, as a plain rejection (it was in no step
the undo took back), and Ctrl+Shift+Z reopened it, making that rejection
pending again with the others; its event said it was the redo of the plain
rejection (``redo_of``), and verify holds that a redo names undos only:
"event N (suggestion.undone) says it takes back event M, which is not an
earlier event of ann1 ... that it can take back". The file was refused by
verify (and so by merge and restore) from then on."""

from __future__ import annotations

import json

from models import Project, Suggestion
from models.store import bulk
from models.store.undo import REDO_OF, UndoStep
from tests.conftest import news_train_article

WHO = "ann1"


def offer(span: dict) -> Suggestion:
    return Suggestion(span["start"], span["end"], span["label"], span["text"], 0.8, "rules", "1")


def test_done_reopened_offer_undo_redo_verifies(tmp_path):
    row = news_train_article(1)
    spans = row["spans"]
    with Project.create(tmp_path / "p.biaozhu", annotator=WHO) as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        p.store_suggestions(doc, [offer(s) for s in spans[:4]])
        bulk.finish_document(p, doc, WHO)  # Ctrl+D twice: done, the four rejected

        reopen = UndoStep()  # Ctrl+D on the done document: reopened
        with p.undo_step(reopen, annotator=WHO):
            bulk.reopen_document(p, doc, WHO, "in_progress")
        p.store_suggestions(doc, [offer(s) for s in spans[:5]])  # one more comes meanwhile
        new = next(s.id for s in p.suggestions(doc, WHO) if s.start == spans[4]["start"])

        undo = UndoStep()  # Ctrl+Z: done again, the new one rejected as well
        with p.undo_step(undo, undoing=[reopen], annotator=WHO):
            bulk.finish_document(p, doc, WHO)
        redo = UndoStep()  # Ctrl+Shift+Z: reopened again
        with p.undo_step(redo, redoing=[undo], annotator=WHO):
            again = bulk.reopen_document(p, doc, WHO, "in_progress")

        assert new in again, "the redo makes pending what marking done rejected"
        report = p.verify()
        assert report.ok, report.problems[:3]
        marked = {
            e.id: json.loads(e_after or "{}").get(REDO_OF)
            for e, e_after in (
                (e, p.conn.execute("SELECT after FROM events WHERE id = ?", (e.id,)).fetchone()[0])
                for e in redo.events
            )
        }
        assert any(marked.values()), "the redo still names the undos it takes back"
