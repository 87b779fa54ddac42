"""`biaozhu train` and `biaozhu agreement` read the gold in one snapshot: an
edit another process (the window) commits while they read gives neither a
model nor a figure of a state that was never committed. The edit is made
from a second process in the middle of the read, between two documents."""

from __future__ import annotations

import subprocess
import sys

from models import Project
from models.learn.data import data_hash, gold_documents
from models.learn.train import train_project
from models.progress import NoProgress
from models.review.agreement import agreement_report
from tests.test_learn import corpus, fill

# What the window would do meanwhile: remove one span of a document, from
# its own process, committed at once.
EDIT = """
import sys
from models import Project
path, doc, who = sys.argv[1:4]
project = Project.open(path, annotator=who)
first = project.annotations(doc, who)[0]
project.remove_span(first.id, annotator=who)
project.close()
"""


def edit_elsewhere(path, doc: str, who: str) -> None:
    subprocess.run([sys.executable, "-c", EDIT, str(path), doc, who], check=True, timeout=120)


def test_training_learns_from_the_gold_as_it_was_when_it_began(tmp_path):
    path = tmp_path / "p.biaozhu"
    project = Project.create(path, annotator="alice")
    ids = fill(project, corpus(4))
    before = data_hash(gold_documents(project))
    fired = []

    def between_documents(sql: str) -> None:
        # the first document's spans are being read: the window edits the last one
        if not fired and "FROM annotations WHERE doc_id" in sql:
            fired.append(sql)
            edit_elsewhere(path, ids[-1], "alice")

    project.conn.set_trace_callback(between_documents)
    try:
        result = train_project(project, folds=2, force=True)
    finally:
        project.conn.set_trace_callback(None)
    assert fired
    after = data_hash(gold_documents(project))
    assert after != before  # the edit was committed
    assert result.record.data_hash == before
    assert result.spans == sum(len(s) for _t, s in corpus(4))
    project.close()


class EditAfterFirst(NoProgress):
    def __init__(self, path, doc: str, who: str) -> None:
        self.path, self.doc, self.who, self.done = path, doc, who, 0

    def advance(self, n: int = 1, note: str = "") -> None:
        self.done += n
        if self.done == 1:
            edit_elsewhere(self.path, self.doc, self.who)


def test_agreement_figures_are_of_the_state_when_they_began(tmp_path):
    path = tmp_path / "p.biaozhu"
    project = Project.create(path, annotator="alice")
    ids = fill(project, corpus(3))
    with project.transaction():
        for doc, (_text, spans) in zip(ids, corpus(3), strict=True):
            for start, end, label in spans:
                project.add_span(doc, start, end, label, annotator="bob")
            project.set_status(doc, "done", annotator="bob")
    expected = agreement_report(project)
    assert expected["pairs"][0]["overall"]["exact_f1"] == 1.0
    report = agreement_report(project, progress=EditAfterFirst(path, ids[-1], "bob"))
    changed = agreement_report(project)
    assert changed != expected  # the edit was committed
    assert report == expected
    project.close()
