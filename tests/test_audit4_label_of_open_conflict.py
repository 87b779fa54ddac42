"""A label that only the incoming spans of an open merge conflict use
(the other laptop's PERSON) could be removed from the schema: the reviewer
could then never keep theirs ("unknown label 'PERSON'"), though the merge
promised nothing dropped. It stays while an open conflict holds it."""

from __future__ import annotations

import pytest

from desktop.cli import main
from models import InvalidInput, Label, Project
from models.review.conflicts import resolve_conflict

TEXT = "国务院总理李强在江西铜博科技有限公司考察"


def test_a_label_an_open_conflict_holds_is_not_removed(tmp_path, capsys):
    mine, theirs = tmp_path / "a.biaozhu", tmp_path / "c.biaozhu"
    with Project.create(mine, annotator="bob") as project:
        doc, _ = project.add_document(TEXT, doc_id="d1")
        project.add_span(doc, 8, 18, "COMPANY")
    labels = [Label("COMPANY", "#6cc6a0", "", ""), Label("PERSON", "#336699", "", "")]
    with Project.create(theirs, annotator="bob", labels=labels) as project:
        doc, _ = project.add_document(TEXT, doc_id="d1")
        project.add_span(doc, 6, 8, "PERSON")
    assert main(["merge", str(mine), str(theirs)]) == 0
    capsys.readouterr()
    with Project.open(mine, annotator="rita") as project:
        (conflict_id,) = [r[0] for r in project.conn.execute("SELECT id FROM merge_conflicts")]
        head = project.chain_head()
        without = [lab for lab in project.labels() if lab.name != "PERSON"]
        with pytest.raises(InvalidInput, match="PERSON.*conflict"):
            project.set_labels(without)
        assert "PERSON" in project.label_names()
        assert project.chain_head() == head
        resolve_conflict(project, conflict_id, "theirs")
        assert [(a.start, a.end, a.label) for a in project.annotations("d1", "bob")] == [
            (6, 8, "PERSON")
        ]
        # settled: the label is the spans' as any other
        with pytest.raises(InvalidInput, match="used by 1 span"):
            project.set_labels(without)
