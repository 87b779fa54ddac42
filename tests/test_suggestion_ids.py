"""A suggestion's id names one suggestion for the life of the project.

The window acts on a suggestion by its id, read when it showed the document;
another process (`biaozhu suggest --project`, a second window) may meanwhile
replace that document's suggestions. SQLite gives a new row the largest id
plus one, so a newest suggestion removed and another added in its place took
its id, and the window's accept made the other one gold: a span the curator
never saw, while the window showed the one they had accepted as saved."""

from __future__ import annotations

import pytest

from models import Project, Suggestion
from models.errors import NotFound
from models.store import bulk
from models.store.connection import SCHEMA_VERSION

TEXT = "标题\n\n2024年,抚州高新区全年实现工业营收932.4亿元,同比增长13.7%。比亚迪抚州基地投产。"


def suggested(surface: str, label: str) -> Suggestion:
    start = TEXT.index(surface)
    return Suggestion(start, start + len(surface), label, surface, 0.9, "model", "1")


def test_a_suggestion_replaced_by_another_process_is_not_accepted_in_its_place(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as window:
        doc, _ = window.add_document(TEXT)
        window.store_suggestions(
            doc, [suggested("932.4亿元", "METRIC"), suggested("比亚迪", "COMPANY")]
        )
        shown = max(window.suggestions(doc), key=lambda s: s.id)  # the newest: 比亚迪
        with Project.open(path, annotator="bob") as other:
            other.store_suggestions(
                doc, [suggested("932.4亿元", "METRIC"), suggested("13.7%", "METRIC")]
            )
        with pytest.raises(NotFound):
            window.accept_suggestion(shown.id)
        assert window.annotations(doc) == []
        replacement = next(s for s in window.suggestions(doc) if s.text == "13.7%")
        assert replacement.id > shown.id and replacement.status == "pending"
        assert window.history(action="suggestion.accepted") == []
        assert window.verify().ok


def test_an_older_project_keeps_its_suggestions_and_decisions_when_migrated(tmp_path):
    path = tmp_path / "old.biaozhu"
    with Project.create(path, annotator="alice", _stop_before="0004_ids_never_reused") as old:
        doc, _ = old.add_document(TEXT)
        old.store_suggestions(
            doc, [suggested("932.4亿元", "METRIC"), suggested("比亚迪", "COMPANY")]
        )
        first, second = old.suggestions(doc)
        old.accept_suggestion(first.id)
        old.reject_suggestion(second.id)
    with Project.open(path, annotator="alice") as p:
        assert p.schema_version == SCHEMA_VERSION
        assert [(s.id, s.text, s.status) for s in p.suggestions(doc)] == [
            (first.id, "932.4亿元", "accepted"),
            (second.id, "比亚迪", "rejected"),
        ]
        assert p.annotations(doc)[0].suggestion_id == first.id
        assert p.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert p.verify().ok
        p.store_suggestions(doc, [suggested("13.7%", "METRIC")])
        assert max(s.id for s in p.suggestions(doc)) > second.id


def test_a_span_removed_by_another_window_leaves_its_id_to_no_other(tmp_path):
    """Two windows of one annotator (the operating-system user by default):
    the first removes a span the second had removed and replaced already."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="me") as first:
        doc, _ = first.add_document(TEXT)
        start = TEXT.index("932.4亿元")
        shown = first.add_span(doc, start, start + 7, "METRIC")
        with Project.open(path, annotator="me") as second:
            second.remove_span(shown.id)
            start = TEXT.index("比亚迪")
            second.add_span(doc, start, start + 3, "COMPANY")
        with pytest.raises(NotFound):
            first.remove_span(shown.id)
        assert [(a.text, a.label) for a in first.annotations(doc)] == [("比亚迪", "COMPANY")]
        assert first.verify().ok


def test_spans_accepted_together_take_ids_never_given_before(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="me") as p:
        doc, _ = p.add_document(TEXT)
        start = TEXT.index("932.4亿元")
        removed = p.add_span(doc, start, start + 7, "METRIC")
        p.remove_span(removed.id)
        p.store_suggestions(doc, [suggested("比亚迪", "COMPANY")])
        (made,) = bulk.accept_suggestions(
            p, doc, [s.id for s in p.suggestions(doc)], annotator="me"
        )
        assert made.id > removed.id
        assert p.verify().ok
