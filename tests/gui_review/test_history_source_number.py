"""Review → History's Source suggestion column names the suggestion by its
number, as `biaozhu history` does ("suggestion 1: rules (0.90)"; the
suggester in the span list's words, its version on hover), on the
accept and on the later resize and attribute change of its span: a
reviewer can tell which suggestion a span came from on every row of it."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.test_history_cli_reviewer import build  # noqa: E402


def test_every_row_of_a_span_names_its_suggestion(qtbot, tmp_path):
    from desktop.gui.review.history_view import HistoryView

    path, sid = build(tmp_path)
    view = HistoryView(str(path), "ann1", None, span_id=1)
    qtbot.addWidget(view)
    rows = range(view.proxy.rowCount())
    actions = [view.proxy.index(r, 3).data(view.model.ActionRole) for r in rows]
    assert actions == ["suggestion.accepted", "span.resized", "span.attrs"]
    sources = [view.proxy.index(r, 5).data() for r in rows]
    assert sources == [f"suggestion {sid}: rules (0.90)"] * 3
    view.close()
