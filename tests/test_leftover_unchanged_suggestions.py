"""A re-run that leaves a suggestion exactly as it was (same span, label,
score, source, version, attributes) counts it unchanged, not updated:
`biaozhu suggest --project` said "4 updated" for suggestions nothing touched."""

from __future__ import annotations

from dataclasses import replace

from desktop.cli import main
from models import Project
from models.domain import Suggestion

TEXT = "比亚迪2024年营收932.4亿元，同比增长13.7%。"


def offers(text: str) -> list[Suggestion]:
    return [
        Suggestion(0, 3, "COMPANY", "比亚迪", 0.9, "lexicon", "1", {"why": "词典"}),
        Suggestion(9, 16, "METRIC", text[9:16], 0.7, "rules", "2", {}),
    ]


def test_a_rerun_that_changes_nothing_counts_unchanged(tmp_path):
    with Project.create(tmp_path / "p.biaozhu", annotator="ann") as project:
        doc_id, _ = project.add_document(TEXT, doc_id="d1")
        first = project.store_suggestions(doc_id, offers(TEXT))
        assert (first.added, first.updated, first.unchanged, first.removed) == (2, 0, 0, 0)
        again = project.store_suggestions(doc_id, offers(TEXT))
        assert (again.added, again.updated, again.unchanged, again.removed) == (0, 0, 2, 0)
        company, metric = offers(TEXT)
        for changed in (
            replace(company, score=0.8),
            replace(company, source="model"),
            replace(company, version="9"),
            replace(company, attrs={"why": "模型"}),
        ):
            result = project.store_suggestions(doc_id, [changed, metric])
            assert (result.added, result.updated, result.unchanged) == (0, 1, 1), changed
        stored = {s.label: s for s in project.suggestions(doc_id)}
        assert stored["COMPANY"].attrs == {"why": "模型"}


def test_suggest_project_reports_unchanged_apart(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    with Project.create(proj, annotator="alice") as project:
        project.add_document(TEXT, doc_id="d1")
    assert main(["suggest", "--project", str(proj)]) == 0
    first = capsys.readouterr().out
    assert "0 updated, 0 unchanged" in first, first
    assert main(["suggest", "--project", str(proj)]) == 0
    again = capsys.readouterr().out
    assert "0 added, 0 updated" in again and " unchanged" in again, again
    assert "0 unchanged" not in again, again
