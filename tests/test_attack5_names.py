"""Annotator names the store never takes, written by another program
(attack5, 7 December 2026): a laptop's copy in which a build without the
name check (or ``sqlite3`` with the chain recomputed) added spans as
``bo<U+200B>b<U+202E>`` and ``bob<U+202E>``: a zero-width space makes a
second "bob", a right-to-left override turns round whatever follows it on
a line.

``verify`` said "ok" (the history is consistent, and the history
authenticates no one); ``history`` printed the names raw, so the override
turned the rest of each line round on the terminal, and ``stats`` and
``agreement`` listed them raw. ``merge`` refused the file in one line
(held). Now verify names the first event that writes a name Biaozhu never
takes (white space, a control or invisible character), in one line,
escaped; ``history``, ``stats`` and ``agreement`` show every name escaped.

Held: an event's time set backwards or into the future with the chain
recomputed (``history`` prints it as written, escaped: the history's order
is the events', never the clock's; README "Nothing depends on the clock's
order"), an annotator named like a real one in another Unicode form (merge
takes ``ａｌｉｃｅ`` as ``alice``, tests/test_audit4_annotator_forms.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project

TEXT = "比亚迪2024年营收7771亿元，同比增长29%。宁德时代营收3620亿元。"
SPOOFS = ("bo\u200bb", "bob\u202e", "bob\u00a0", "bob\x1b[2J")
RAW = ("\u200b", "\u202e", "\x1b", "\u00a0")


@pytest.fixture
def spoofed(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """The lead's project, and a laptop's copy where another build wrote
    spans under names Biaozhu refuses."""
    lead = tmp_path / "lead.biaozhu"
    with Project.create(lead, annotator="lead") as p:
        p.add_document(TEXT, doc_id="a")
        p.add_span("a", 0, 3, "COMPANY", annotator="bob")
    laptop = tmp_path / "laptop.biaozhu"
    shutil.copy(lead, laptop)
    with monkeypatch.context() as m:
        import models.store.project as project_module
        import models.who as who

        for module in (who, project_module):
            m.setattr(module, "check_annotator_name", lambda name, where=None: name)
        with Project.open(laptop, annotator="lead") as p:
            for i, name in enumerate(SPOOFS):
                p.add_span("a", 4 + 5 * i, 6 + 5 * i, "METRIC", annotator=name)
    return lead, laptop


def test_verify_names_a_name_the_store_never_takes(spoofed, capsys):
    _, laptop = spoofed
    before = laptop.read_bytes()
    assert main(["verify", str(laptop)]) == 1
    err = capsys.readouterr().err
    line = err.splitlines()[0]
    assert line.startswith("biaozhu: error: ") and "bo\\u200bb" in line, line
    assert "never takes" in line, line
    assert not any(c in err for c in RAW), repr(err)
    assert laptop.read_bytes() == before


@pytest.mark.parametrize("command", (["history"], ["stats"], ["agreement"]), ids=lambda c: c[0])
def test_names_are_shown_escaped(spoofed, capsys, command):
    _, laptop = spoofed
    assert main([*command, str(laptop)]) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in RAW), repr(out)
    assert "bob\\u202e" in out, out


def test_merge_refuses_the_file(spoofed, capsys):
    lead, laptop = spoofed
    before = lead.read_bytes()
    assert main(["merge", str(lead), str(laptop)]) == 1
    err = capsys.readouterr().err
    assert "never takes" in err and not any(c in err for c in RAW), repr(err)
    assert lead.read_bytes() == before


def test_history_says_a_time_before_the_event_listed_before_or_ahead_of_now(tmp_path, capsys):
    """Events' times rewritten with ``sqlite3`` and the chain recomputed (or a
    clock set back, or run years ahead): verify says ok, as times are the
    writing computer's clock and nothing proves them (README); history
    listed them as written without a word. It now marks an event whose time
    is before the one listed before it, and one ahead of now."""
    import sqlite3

    from models.store.triggers import GUARDS as TRIGGERS
    from tests.test_tamper import GUARDS, rechain

    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="lead") as p:
        p.add_document(TEXT, doc_id="a")
        for i in range(3):
            p.add_span("a", 5 * i, 5 * i + 2, "METRIC")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(GUARDS)
    (last,) = conn.execute("SELECT max(id) FROM events").fetchone()
    conn.execute("UPDATE events SET time = '2020-01-01T00:00:00.000000Z' WHERE id = ?", (last - 1,))
    conn.execute("UPDATE events SET time = '2099-01-01T00:00:00.000000Z' WHERE id = ?", (last,))
    rechain(conn)
    conn.executescript(";".join(TRIGGERS.values()))
    conn.close()
    assert main(["verify", str(path)]) == 0
    capsys.readouterr()
    assert main(["history", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2].endswith(f" [time before #{last - 2}'s]"), lines[-2]
    assert lines[-1].endswith(" [time in the future]"), lines[-1]
    assert not any("[time" in line for line in lines[:-2]), lines


def test_merged_work_of_earlier_days_is_not_marked(tmp_path, capsys):
    """A laptop's work merged after the lead's later work comes after it in
    the history with earlier times: that is a merge, not a clock; merged
    events are held to the merged events before them."""
    lead = tmp_path / "lead.biaozhu"
    with Project.create(lead, annotator="lead") as p:
        p.add_document(TEXT, doc_id="a")
    laptop = tmp_path / "laptop.biaozhu"
    shutil.copy(lead, laptop)
    with Project.open(laptop, annotator="bob") as p:
        p.add_span("a", 0, 3, "COMPANY")  # earlier
    with Project.open(lead, annotator="lead") as p:
        p.add_span("a", 4, 8, "METRIC")  # later, listed first
    assert main(["merge", str(lead), str(laptop)]) == 0
    capsys.readouterr()
    assert main(["history", str(lead)]) == 0
    out = capsys.readouterr().out
    assert "[merged from" in out and "[time" not in out, out
