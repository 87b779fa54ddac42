"""Review → Compare & adjudicate, an annotator's layer against a merge
conflict of it: the Kind column names a span the annotator added after the
merge "added since the conflict" and one both sides had that she removed
since "removed since the conflict", where it said "only left" and "only
right"; the banner says how many and that taking the incoming spans leaves
them as they are, and taking them does (the core's side:
tests/test_review3_conflict_since.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from models import Project
from models.review.conflicts import conflict
from tests.test_conflicts_keep_theirs import key, keys, scene  # noqa: F401
from tests.test_review3_conflict_since import go_on_working


def shown(view) -> dict[str, str]:
    """Each row's Left and Right cells (the texts) -> its Kind cell, as drawn."""
    m = view.model
    rows = {}
    for r in range(m.rowCount()):
        kind, left, right = (m.index(r, c).data() for c in (1, 2, 3))
        rows[f"{left} | {right}"] = kind
    return rows


def test_work_done_since_is_named_as_such(qtbot, scene, english):  # noqa: F811
    from desktop.gui.review.review_view import ReviewView

    a, doc, spans, cid = scene
    go_on_working(a, doc, spans)  # alice adds s8 and removes s3 after the merge
    view = ReviewView(str(a), "lead", doc)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_layers("alice", f"@conflict:{cid}")
    rows = shown(view)
    s8, s3, s1 = (f"{s['text']} [{s['label']}]" for s in (spans[8], spans[3], spans[1]))
    assert rows[f"{s8} | —"] == "added since the conflict", rows
    assert rows[f"— | {s3}"] == "removed since the conflict", rows
    assert rows[f"{s1} | —"] == "only left", rows  # the conflict's own
    banner = view.conflict_label.text()
    assert "since the merge raised conflict" in banner and "1 span added" in banner, banner
    assert "1 removed" in banner, banner
    assert "added since the conflict" in view.legend.text()
    view.take_theirs.click()
    QApplication.processEvents()
    with Project.open(a, annotator="lead") as p:
        # as the window said: s8 stays, s3 stays out
        want = {key(s) for s in (spans[0], spans[2], spans[4], spans[5], spans[6], spans[8])}
        assert keys(p, doc) == want
        assert conflict(p, cid).resolved
    view.close()
