"""What the last round of verify left unheld, each rewritten with the chain
recomputed after it, as an attacker with ``sqlite3`` leaves a file:

- a reviewer's choice records the spans of the two layers it settled (its
  ``before``), which the history shows as what the reviewer chose between;
- when a merge conflict was raised (``biaozhu conflicts --json``) and the
  file it came from;
- the layer a reviewer took a span from, beside the span's id;
- the ``origin`` of the file's own events (the audit CSV's column).

``biaozhu verify`` must exit 1 naming the event (or the row); what an older
version did not record is a gap, never a problem."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from models import Project
from models.review.adjudicate import Adjudication
from models.review.compare import SAME, LayerRef
from models.store.triggers import GUARDS as TRIGGERS
from tests import test_verify_before
from tests.test_tamper import rechain
from tests.test_verify_before import edit_event, setting

# the project of every kind of event that test_verify_before builds (bob settles
# carol's and dave's labels of 宁德时代, carol's layer holds a merge conflict)
original = test_verify_before.original


def first_error(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    assert main(["verify", str(path)]) == 1
    return capsys.readouterr().err.splitlines()[0]


def span_id(path: Path, who: str, label: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT id FROM annotations WHERE annotator = ? AND label = ?", (who, label)
        ).fetchone()[0]
    finally:
        conn.close()


# -- 1. a reviewer's choice: the spans of the two layers it settled -----------------------


def test_the_spans_a_choice_settled_are_held_to_the_layers(original, tmp_path, capsys):
    """carol's 宁德时代 shown in the choice as a POLICY (it was a COMPANY, never edited)."""
    path, eid = edit_event(
        original,
        tmp_path,
        "review.choice",
        lambda row: row["before"]["left"][0].update(label="POLICY"),
    )
    first = first_error(capsys, path)
    assert f"event {eid} (review.choice)" in first, first
    assert "label 'POLICY' in the event, 'COMPANY' in the history" in first, first


def test_a_choice_cannot_show_another_layers_span_as_this_ones(original, tmp_path, capsys):
    """dave's span recorded as carol's side of the choice."""
    dave = span_id(original, "dave", "POLICY")
    path, eid = edit_event(
        original, tmp_path, "review.choice", lambda row: row["before"]["left"][0].update(id=dave)
    )
    first = first_error(capsys, path)
    assert f"event {eid} (review.choice)" in first, first
    assert f"span {dave}" in first and "carol" in first, first


# -- 2. a merge conflict's creation time and file -------------------------------------------


def test_when_a_conflict_was_raised_is_held_to_its_event(original, tmp_path, capsys):
    path = tmp_path / "backdated.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE merge_conflicts SET created = '2020-01-01T00:00:00.000000Z'")
    conn.close()
    first = first_error(capsys, path)
    assert "merge_conflicts row 1 differs from event" in first, first
    assert "created '2020-01-01T00:00:00.000000Z' in the table" in first, first


def test_the_file_a_conflict_came_from_is_held_to_its_merge(original, tmp_path, capsys):
    path, eid = edit_event(
        original, tmp_path, "merge.conflict", setting("after", "file", value="elsewhere.biaozhu")
    )
    first = first_error(capsys, path)
    assert f"event {eid} (merge.conflict)" in first, first
    assert "'elsewhere.biaozhu'" in first and "'b.biaozhu'" in first, first


def test_a_conflict_from_an_older_merge_is_a_gap(original, tmp_path, capsys):
    """A merge that recorded neither (an older version): its conflict's time
    and file are not proven, and verify says so without failing."""

    def as_older_versions_wrote(row: dict[str, Any]) -> None:
        del row["after"]["created"]

    path, _ = edit_event(original, tmp_path, "merge.conflict", as_older_versions_wrote)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE merge_conflicts SET created = '2020-01-01T00:00:00.000000Z'")
    conn.close()
    assert main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("verified, except what older versions did not record"), out
    assert "1 merge conflict raised before merges recorded when" in out, out


# -- 3. the layer a reviewer took a span from --------------------------------------------------


def test_a_span_taken_from_one_layer_is_of_that_layer(original, tmp_path, capsys):
    """bob took carol's COMPANY; the history says he took dave's POLICY from carol."""
    dave = span_id(original, "dave", "POLICY")
    path, eid = edit_event(
        original,
        tmp_path,
        "span.added",
        setting("after", "adjudication", "from_span", value=dave),
        "json_extract(after, '$.adjudication') IS NOT NULL",
    )
    first = first_error(capsys, path)
    assert f"event {eid} (span.added)" in first, first
    assert f"span {dave}" in first and "not a span of carol's layer" in first, first


@pytest.fixture(scope="module")
def agreed(tmp_path_factory) -> tuple[Path, int, int]:
    """bob takes the 宁德时代 both carol and dave marked alike: the span's
    id, and the other layer's span that older versions named beside it."""
    path = tmp_path_factory.mktemp("agreed") / "a.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document("宁德时代宣布在匈牙利建厂。")
        carol = p.add_span(doc, 0, 4, "COMPANY", annotator="carol").id
        dave = p.add_span(doc, 0, 4, "COMPANY", annotator="dave").id
        p.set_role("bob", "reviewer")
        adjudication = Adjudication(
            p, doc, "bob", LayerRef.annotator("carol"), LayerRef.annotator("dave")
        )
        (same,) = [d for d in adjudication.differences if d.kind == SAME]
        adjudication.choose(same, "left")
    return path, carol, dave


def test_a_span_both_layers_held_alike_as_older_versions_named_it(agreed, tmp_path, capsys):
    """Before 9c8be9e a span both layers held alike was named by the left
    layer with the right layer's id: that history verifies."""
    path, carol, dave = agreed
    assert main(["verify", str(path)]) == 0, capsys.readouterr().err
    older, _ = edit_event(
        path,
        tmp_path,
        "span.added",
        setting("after", "adjudication", "from_span", value=dave),
        "json_extract(after, '$.adjudication') IS NOT NULL",
    )
    assert main(["verify", str(older)]) == 0, capsys.readouterr().err


# -- 4. the origin of the file's own events -----------------------------------------------------


def test_an_own_events_origin_is_the_projects(original, tmp_path, capsys):
    """The audit CSV's origin column says where an event was made: one of the
    file's own events shown as made in another project."""
    path = tmp_path / "moved.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    (eid,) = conn.execute(
        "SELECT id FROM events WHERE action = 'span.relabelled' AND origin_hash IS NULL"
    ).fetchone()
    rechain(conn)  # drops the guards
    conn.execute("UPDATE events SET origin = 'elsewhere' WHERE id = ?", (eid,))
    rechain(conn)
    conn.executescript(";".join(TRIGGERS.values()))
    conn.close()
    first = first_error(capsys, path)
    assert f"event {eid}" in first and "'elsewhere'" in first, first


def test_a_choice_made_on_layers_read_before_an_edit_verifies(tmp_path, capsys):
    """bob's window read carol's 宁德时代 as a COMPANY; carol relabelled it
    before bob chose, so his choice records what he read, which the history
    no longer holds: that is no tampering, and verify says ok."""
    path = tmp_path / "a.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document("宁德时代宣布在匈牙利建厂。")
        carol = p.add_span(doc, 0, 4, "COMPANY", annotator="carol").id
        p.add_span(doc, 0, 4, "POLICY", annotator="dave")
        p.set_role("bob", "reviewer")
        adjudication = Adjudication(
            p, doc, "bob", LayerRef.annotator("carol"), LayerRef.annotator("dave")
        )
        p.relabel_span(carol, "METRIC", annotator="carol")
        (label,) = adjudication.differences
        adjudication.choose(label, "right")
    assert main(["verify", str(path)]) == 0, capsys.readouterr().err


def test_choices_made_one_after_another_against_the_gold_name_the_gold(tmp_path, capsys):
    """The review window keeps its rows while their keys stay the same, so
    after a choice against the gold (which reloads both layers) the next
    choice is made on the row's earlier reading: the span it takes is still
    the gold's, and the history and verify say so."""
    path = tmp_path / "a.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document("比亚迪抚州基地实现工业营收932.4亿元，同比增长13.7%。")
        p.add_span(doc, 0, 3, "COMPANY", annotator="carol")
        p.add_span(doc, 12, 19, "METRIC", annotator="carol")
        p.add_span(doc, 0, 3, "POLICY", annotator="dave")
        p.add_span(doc, 12, 19, "POLICY", annotator="dave")
        p.set_status(doc, "done", annotator="carol")  # carol's layer is the gold
        p.set_role("bob", "reviewer")
        review = Adjudication(p, doc, "bob", LayerRef.parse("@gold"), LayerRef.annotator("dave"))
        rows = list(review.differences)  # as the window holds them
        for row in rows:
            review.choose(row, "left")
        taken = [
            e.after["adjudication"]["from"]
            for e in p.history(doc_id=doc, action="span.added")
            if "adjudication" in e.after
        ]
    assert taken == ["@gold", "@gold"]
    assert main(["verify", str(path)]) == 0, capsys.readouterr().err
