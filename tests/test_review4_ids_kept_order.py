"""Which events of an older project came before its schema step 4 (before
which a span id could be given twice: a gap verify names, not a problem) is
read from where the step stood in the history, not from the events' times
against the step's time. A clock that ran ahead while the project was used
and was set right before the upgrade made the events before the step look
after it, and verify failed the project for an id given twice before ids
were kept; a clock set back after the upgrade made the events after it look
before it, and an id given twice after the step (a counter lowered by hand)
passed as a gap. Step 4 now records the last event before it; a project
upgraded before that is still read by the times. The clock is the laptop's
(``tests.test_attack3_clock``), set from the real one, which stamps the step."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from desktop.cli import main
from models import Project
from tests.test_attack3_clock import clock  # noqa: F401  (the fixture)
from tests.test_attack_id_counters import recorded_as_schema_3

TEXT = "比亚迪2024年营收7771亿元，同比增长29%。宁德时代营收3620亿元。"


def older_project(path, clock) -> str:  # noqa: F811
    """A project of schema 3, a span id given twice, used while the clock
    ran a month ahead; then set right and upgraded. Returns the document."""
    clock.at = datetime.now(UTC) + timedelta(days=30)
    with Project.create(path, annotator="alice", _stop_before="0004_ids_never_reused") as old:
        doc, _ = old.add_document(TEXT)
        first = old.add_span(doc, 0, 3, "COMPANY")
        old.remove_span(first.id)
        assert old.add_span(doc, 24, 28, "COMPANY").id == first.id  # given twice
    recorded_as_schema_3(path)
    with Project.open(path, annotator="alice"):  # upgraded, the step at the real time
        pass
    return doc


def test_an_id_given_twice_before_the_step_is_a_gap_after_a_clock_ahead(
    tmp_path,
    clock,  # noqa: F811
    capsys,
):
    path = tmp_path / "old.biaozhu"
    doc = older_project(path, clock)
    clock.at = datetime.now(UTC) + timedelta(minutes=1)  # set right, after the step
    with Project.open(path, annotator="alice") as p:
        p.add_span(doc, 8, 13, "METRIC")
    assert main(["verify", str(path)]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.startswith("verified, except") and "given twice" in out, out


def test_an_id_given_twice_after_the_step_is_named_after_a_clock_set_back(
    tmp_path,
    clock,  # noqa: F811
    capsys,
):
    path = tmp_path / "old.biaozhu"
    doc = older_project(path, clock)
    clock.at = datetime.now(UTC) - timedelta(hours=5)  # set back after the upgrade
    with Project.open(path, annotator="alice") as p:
        removed = p.add_span(doc, 8, 13, "METRIC")
        p.remove_span(removed.id)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'annotations'")
    conn.close()
    with Project.open(path, annotator="alice") as p:
        assert p.add_span(doc, 14, 18, "METRIC").id == removed.id  # given again
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"span id {removed.id} was given twice" in err, err
