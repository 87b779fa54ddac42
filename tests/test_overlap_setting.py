"""Overlapping spans: chosen at ``new`` or changed later through the core,
with a history event that ``verify`` replays; never turned off while spans
overlap."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models import Project
from models.errors import InvalidInput

TEXT = "比亚迪汽车工业有限公司营业收入932.4亿元。"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def events(project: Project, action: str) -> list[tuple]:
    return [
        (who, json.loads(before) if before else None, json.loads(after))
        for who, before, after in project.conn.execute(
            "SELECT annotator, before, after FROM events WHERE action = ? ORDER BY id", (action,)
        )
    ]


def test_new_with_allow_overlap_records_it_in_the_first_event(tmp_path, capsys):
    proj = str(tmp_path / "p.biaozhu")
    assert run(capsys, "new", proj, "--allow-overlap")[0] == 0
    with Project.open(proj, readonly=True) as project:
        assert project.allow_overlap
        ((_, _, after),) = events(project, "project.created")
        assert after["settings"] == {"allow_overlap": "1"}
    code, out, _ = run(capsys, "settings", proj)
    assert code == 0 and "allow_overlap: on" in out
    assert run(capsys, "verify", proj)[0] == 0


def test_turning_overlaps_on_and_off_again_is_two_events_verify_replays(tmp_path, capsys):
    proj = str(tmp_path / "p.biaozhu")
    with Project.create(proj, annotator="alice") as project:
        doc_id, _ = project.add_document(TEXT)
        project.add_span(doc_id, 0, 3, "COMPANY")
        with pytest.raises(InvalidInput):
            project.add_span(doc_id, 0, 11, "COMPANY")
    code, out, _ = run(capsys, "settings", proj, "--allow-overlap", "on", "--annotator", "rev")
    assert code == 0 and "allow_overlap: off → on" in out
    with Project.open(proj, annotator="alice") as project:
        assert project.allow_overlap
        assert events(project, "settings.changed") == [
            ("rev", {"allow_overlap": "0"}, {"allow_overlap": "1"})
        ]
        project.add_span(doc_id, 0, 11, "COMPANY")  # now taken
        assert [(a.start, a.end) for a in project.annotations(doc_id)] == [(0, 3), (0, 11)]
        assert project.verify().ok
    assert run(capsys, "settings", proj, "--allow-overlap", "on")[1] == "allow_overlap: on\n"
    with Project.open(proj) as project:
        assert len(events(project, "settings.changed")) == 1  # no change, no event


def test_overlaps_are_not_turned_off_while_spans_overlap_and_the_refusal_says_where(
    tmp_path, capsys
):
    proj = str(tmp_path / "p.biaozhu")
    with Project.create(proj, annotator="alice", allow_overlap=True) as project:
        doc_id, _ = project.add_document(TEXT)
        project.add_span(doc_id, 0, 3, "COMPANY")
        project.add_span(doc_id, 0, 11, "COMPANY")
        project.add_span(doc_id, 0, 3, "COMPANY", annotator="bob")  # bob's alone: fine
        before = list(project.conn.iterdump())
        with pytest.raises(InvalidInput) as refused:
            project.set_allow_overlap(False)
        message = str(refused.value)
        assert "\n" not in message
        assert "1 span overlaps another of the same annotator in 1 document" in message
        assert (
            f"{doc_id} (alice): “比亚迪汽车工业有限公司” [0:11] overlaps “比亚迪” [0:3]" in message
        )
        assert list(project.conn.iterdump()) == before
    code, _, err = run(capsys, "settings", proj, "--allow-overlap", "off")
    assert code == 1 and err.startswith("biaozhu: error: ") and "overlaps “比亚迪”" in err
    with Project.open(proj, annotator="alice") as project:
        project.remove_span(project.annotations(doc_id)[1].id)
        project.set_allow_overlap(False)
        assert not project.allow_overlap
        assert project.verify().ok


def test_a_hand_edit_of_the_setting_after_a_change_is_still_caught(tmp_path):
    import sqlite3

    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        project.set_allow_overlap(True)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'allow_overlap'")
    conn.close()
    with Project.open(path, readonly=True) as project:
        report = project.verify()
        assert not report.ok
        assert any(
            "allow_overlap" in p and "settings.changed" in p for p in map(str, report.problems)
        )
