"""The review view: adjudication from the keyboard yields the expected gold."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from models import Project  # noqa: E402
from tests.gui.conftest import shown_review  # noqa: E402
from tests.test_review_fixtures import build_two_annotators, load_seeds  # noqa: E402


@pytest.fixture
def two_annotators(tmp_path):
    docs = load_seeds()[:2]
    project, docs = build_two_annotators(tmp_path / "r.biaozhu", docs)
    project.set_role("rita", "reviewer")
    project.close()
    return tmp_path / "r.biaozhu", docs


def keys(qtbot, widget, *presses):
    for key, mod in presses:
        qtbot.keyClick(widget, key, mod)


def open_view(qtbot, path, doc_id):
    """Compare shown to the reviewer, the gold against bob's layer."""
    view = shown_review(qtbot, path, doc_id)
    view.table.setFocus()
    view.set_layers("gold", "bob")
    return view


def test_taking_left_everywhere_gives_the_gold(qtbot, two_annotators):
    path, docs = two_annotators
    doc = docs[0]
    view = open_view(qtbot, path, doc["id"])
    n_open = view.model.rowCount()
    assert n_open > 5
    qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(n_open):
        qtbot.keyClick(view.table, Qt.Key.Key_L)
    view.close()
    with Project.open(path, annotator="rita") as p:
        got = sorted((a.start, a.end, a.label) for a in p.annotations(doc["id"], "rita"))
        want = sorted((s["start"], s["end"], s["label"]) for s in doc["spans"])
        assert got == want
        assert p.status(doc["id"], "rita") == "done"
        assert dict(p.gold_layers())[doc["id"]] == "rita"


def test_mixed_choices_by_key_and_navigation(qtbot, two_annotators):
    path, docs = two_annotators
    doc = docs[1]
    view = open_view(qtbot, path, doc["id"])
    rows = view.model.rowCount()
    assert rows >= 4
    kinds = {view.model.difference(i).kind for i in range(rows)}
    assert "same" not in kinds  # agreements are hidden until asked for
    # J/K and the arrows move between differences
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    assert view.current_row() == 2
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert view.current_row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.current_row() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_K)
    plan = {0: Qt.Key.Key_N, 1: Qt.Key.Key_R, 2: Qt.Key.Key_L}
    expected = set()
    diffs = [view.model.difference(i) for i in range(rows)]
    for i, d in enumerate(diffs):
        key = plan.get(i, Qt.Key.Key_L)
        if key == Qt.Key.Key_R:
            expected |= {s.key for s in d.right}
        elif key == Qt.Key.Key_L:
            expected |= {s.key for s in d.left}
        assert view.current_difference() == d
        qtbot.keyClick(view.table, key)
    assert view.model.state(0) == "neither"
    assert all(view.model.state(i) is not None for i in range(rows))
    qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
    agreements = {d.left[0].key for d in view.adjudication.differences if d.kind == "same"}
    view.close()
    with Project.open(path) as p:
        got = {(a.start, a.end, a.label) for a in p.annotations(doc["id"], "rita")}
        assert got == expected | agreements
        assert p.status(doc["id"], "rita") == "done"
        choices = [e.after["choice"] for e in p.history(doc_id=doc["id"], action="review.choice")]
        assert choices[:3] == ["neither", "right", "left"] and len(choices) == rows
        assert p.verify().ok


def test_not_a_reviewer_can_compare_but_not_adjudicate(qtbot, two_annotators):
    from desktop.gui.review.review_view import ReviewView

    path, docs = two_annotators
    view = ReviewView(str(path), "bob", docs[0]["id"])
    qtbot.addWidget(view)
    view.set_layers("gold", "bob")
    assert view.model.rowCount() > 0
    assert not view.act_left.isEnabled()
    assert "not a reviewer" in view.message.text()
    view.close()


def test_merge_conflict_is_shown_as_a_layer(qtbot, tmp_path, two_annotators):
    import shutil

    from models.review.merge import merge_project

    path, docs = two_annotators
    doc = docs[0]["id"]
    shutil.copy(path, tmp_path / "other.biaozhu")
    with Project.open(tmp_path / "other.biaozhu") as o:
        o.remove_span(o.annotations(doc, "bob")[0].id, annotator="bob")
    with Project.open(path) as p:
        p.remove_span(p.annotations(doc, "bob")[-1].id, annotator="bob")
        (cid,) = merge_project(p, tmp_path / "other.biaozhu").conflicts
    view = open_view(qtbot, path, doc)
    assert view.conflict_label.isVisibleTo(view)
    assert view.left_combo.findData(f"@conflict:{cid}") >= 0
    view.set_layers("bob", f"@conflict:{cid}")
    kinds = sorted(view.model.difference(i).kind for i in range(view.model.rowCount()))
    assert kinds == ["left", "right"]  # each side removed a different span
    assert view.take_theirs.isVisibleTo(view)
    view.take_theirs.click()
    assert view.left_combo.findData(f"@conflict:{cid}") < 0
    view.close()
    with Project.open(path) as p:
        assert p.conn.execute("SELECT resolved FROM merge_conflicts").fetchone()[0] == 1


def test_astral_characters_and_the_reviewers_own_layer(qtbot, tmp_path):
    text = "𠮷𠮷比亚迪抚州基地投产,营收932.4亿元。"
    path = tmp_path / "astral.biaozhu"
    with Project.create(path, annotator="lead") as p:
        doc, _ = p.add_document(text)
        p.add_span(doc, 2, 5, "COMPANY", annotator="alice")  # 比亚迪
        p.add_span(doc, 2, 9, "COMPANY", annotator="bob")  # 比亚迪抚州基地
        start = text.index("932.4亿元")
        p.add_span(doc, start, start + 7, "METRIC", annotator="alice")
        p.set_role("rita", "reviewer")
    view = open_view(qtbot, path, doc)
    view.set_layers("alice", "bob")
    boundary = view.current_difference()
    assert boundary.kind == "boundary"
    left_sel = view.left_pane.extraSelections()
    starts = sorted(sel.cursor.selectionStart() for sel in left_sel)
    assert starts[0] == 4  # two astral characters take four UTF-16 units
    assert view.left_pane.extraSelections()[0].cursor.selectedText() in ("比亚迪", "932.4亿元")
    # compare alice with the reviewer's own (empty) layer: each choice changes the list
    view.set_layers("alice", "rita")
    assert view.model.rowCount() == 2
    qtbot.keyClick(view.table, Qt.Key.Key_L)
    assert view.model.rowCount() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_L)
    assert view.model.rowCount() == 0
    view.close()
    with Project.open(path) as p:
        assert [(a.start, a.end) for a in p.annotations(doc, "rita")] == [
            (2, 5),
            (text.index("932.4亿元"), text.index("932.4亿元") + 7),
        ]


def test_the_count_is_of_the_rows_to_settle_and_agreements_are_apart(
    qtbot, two_annotators, english
):
    """The compare window said "0 of 16 differences settled" over 9 rows: its
    count took the agreements (hidden until asked for) among the differences.
    The count is the rows to settle; the agreements are said apart, with the
    key that takes them, and are counted as taken once they are."""
    path, docs = two_annotators
    view = open_view(qtbot, path, docs[0]["id"])
    rows = view.model.rowCount()
    agreements = sum(1 for d in view.adjudication.differences if d.kind == "same")
    assert rows and agreements
    said = view.progress_label.text()
    assert said.startswith(f"0 of {rows} differences settled"), said
    assert f"{agreements} agreements to take (Shift+Y)" in said
    view.show_agreements.setChecked(True)  # the rows now hold the agreements too
    assert view.model.rowCount() == rows + agreements
    assert view.progress_label.text() == said
    view.show_agreements.setChecked(False)
    qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
    said = view.progress_label.text()
    assert said.startswith(f"0 of {rows} differences settled"), said
    assert f"{agreements} agreements taken" in said
    view.close()
    with Project.open(path) as p:  # what the count says is what the reviewer's layer holds
        taken = {(a.start, a.end, a.label) for a in p.annotations(docs[0]["id"], "rita")}
    assert len(taken) == agreements


def test_comparing_without_adjudicating_counts_differences_apart_from_agreements(
    qtbot, two_annotators, english
):
    from desktop.gui.review.review_view import ReviewView

    path, docs = two_annotators
    view = ReviewView(str(path), "bob", docs[0]["id"])
    qtbot.addWidget(view)
    view.set_layers("gold", "bob")
    rows = view.model.rowCount()
    agreements = sum(1 for d in view.adjudication.differences if d.kind == "same")
    assert view.progress_label.text() == f"{rows} differences · {agreements} agreements"
    view.close()
