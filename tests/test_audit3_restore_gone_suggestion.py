"""The undo of a span's removal after the suggestion it came from left the
project: a second window of the same curator undid the acceptance (its own
undo), and `biaozhu suggest --project` then computed the document's
suggestions again without it. The first window's Ctrl+Z ended in SQLite's
'FOREIGN KEY constraint failed' and the span stayed lost; it comes back,
its history still naming the suggestion, and the file verifies."""

from __future__ import annotations

from models import Project, Suggestion

TEXT = "2024年,抚州高新区全年实现工业营收932.4亿元。比亚迪抚州基地投产。"


def suggested(surface: str, label: str) -> Suggestion:
    start = TEXT.index(surface)
    return Suggestion(start, start + len(surface), label, surface, 0.9, "rules", "1")


def test_a_removed_span_comes_back_though_its_suggestion_was_recomputed_away(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as first:
        doc, _ = first.add_document(TEXT, doc_id="a")
        first.store_suggestions(doc, [suggested("比亚迪", "COMPANY")])
        (sugg,) = first.suggestions(doc, "alice")
        with Project.open(path, annotator="alice") as second:
            second.accept_suggestion(sugg.id)  # the second window accepts
            (span,) = first.annotations(doc, "alice")
            record = first.remove_span(span.id)  # the first window deletes it
            second.undo_decision(sugg.id)  # the second window's Ctrl+Z
        with Project.open(path, annotator="cli") as cli:  # suggest --project
            cli.store_suggestions(doc, [suggested("932.4亿元", "METRIC")])

        restored = first.restore_span(record)  # the first window's Ctrl+Z

        assert [(a.start, a.end, a.label, a.text) for a in first.annotations(doc, "alice")] == [
            (restored.start, restored.end, "COMPANY", "比亚迪")
        ]
        assert first.verify().ok
