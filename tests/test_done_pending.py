"""A document an annotator marked done is final for them: suggesting it again
(``suggest --project``, ``train``'s re-suggestion, the window's Suggest this
document) adds nothing pending for them, and no count says otherwise. The
suggestions are shared, so another annotator who has the document to do
still gets them; reopening it makes them pending again."""

from __future__ import annotations

import json

from desktop.cli import main
from models import Project, Suggestion
from models.store import bulk
from tests.conftest import shared_path

TEXT = "2024年，园区实现工业营收932.4亿元，同比增长13.7%，比亚迪满产运行。"


def _sugg(surface: str, label: str) -> Suggestion:
    start = TEXT.index(surface)
    return Suggestion(start, start + len(surface), label, surface, 0.9, "test.rules", "1", {})


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_suggest_project_on_imported_gold_leaves_nothing_pending(tmp_path, capsys):
    """The user's path: a labelled corpus imported (its documents the
    importer's finished gold), then ``suggest --project``: stats shows no
    suggestion pending for the importer, and the history still verifies."""
    gold = shared_path("gold", "news-train.jsonl")
    proj = str(tmp_path / "p.biaozhu")
    assert run(capsys, "new", proj)[0] == 0
    assert run(capsys, "import", proj, str(gold))[0] == 0
    code, out, err = run(capsys, "suggest", "--project", proj)
    assert code == 0, err
    code, out, _ = run(capsys, "stats", proj, "--json")
    stats = json.loads(out)
    assert stats["suggestions"] > 0  # they are stored: the evidence reads them
    assert stats["suggestions_pending"] == 0
    with Project.open(proj, readonly=True) as project:
        who = project.annotator
        assert all(r.pending == 0 for r in project.documents_overview(who))
    assert run(capsys, "verify", proj)[0] == 0


def test_done_for_one_annotator_still_pending_for_another(tmp_path):
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        doc, _ = project.add_document(TEXT, doc_id="d")
        bulk.finish_document(project, doc, "alice")
        project.set_status(doc, "in_progress", annotator="bob")
        project.store_suggestions(doc, [_sugg("932.4亿元", "METRIC"), _sugg("比亚迪", "COMPANY")])
        assert project.pending_counts("alice") == {}
        assert project.pending_counts("bob") == {"d": 2}
        assert project.document_counts([doc], "alice")[doc] == ("done", 0, 0)
        assert project.document_counts([doc], "bob")[doc] == ("in_progress", 0, 2)
        assert project.suggestions(doc, "alice", status="pending") == []
        assert {s.status for s in project.suggestions(doc, "alice")} == {"left"}
        assert [s.status for s in bulk.read_document_spans(project, doc, "alice").suggestions] == [
            "left",
            "left",
        ]
        # nothing was decided for alice: the history holds no rejection of hers
        assert not [e for e in project.history(doc_id=doc) if e.action == "suggestion.rejected"]
        assert project.verify().ok


def test_reopened_document_gets_its_suggestions_again(tmp_path):
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        doc, _ = project.add_document(TEXT, doc_id="d")
        project.store_suggestions(doc, [_sugg("932.4亿元", "METRIC")])
        assert bulk.finish_document(project, doc, "alice")  # rejected with the document done
        project.store_suggestions(doc, [_sugg("932.4亿元", "METRIC"), _sugg("13.7%", "METRIC")])
        assert project.pending_counts("alice") == {}
        bulk.reopen_document(project, doc, "alice")
        # the rejection done took back, and the suggestion made while it was done
        assert project.pending_counts("alice") == {"d": 2}
        project.store_suggestions(
            doc,
            [_sugg("932.4亿元", "METRIC"), _sugg("13.7%", "METRIC"), _sugg("比亚迪", "COMPANY")],
        )
        assert project.pending_counts("alice") == {"d": 3}
        assert project.verify().ok
