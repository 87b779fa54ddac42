"""verify's words in a zh_CN window: an event that cannot be replayed says
why in Chinese (Python's own words stay the command line's), the full report
of a file that verifies (its summary, what older versions did not record, a
head written down earlier) is Chinese, a column named in a problem is said
as a column, and a merge's note of what the other file cannot prove is
Chinese too."""

from __future__ import annotations

import json
import sqlite3

from models import Project
from tests.gui.conftest import make_project
from tests.gui.test_core_messages_zh import assert_chinese


def edited_event(path, action: str, after: str) -> int:
    """The last ``action`` event's after rewritten with sqlite3 (the guard dropped)."""
    conn = sqlite3.connect(path, isolation_level=None)
    eid = conn.execute("SELECT max(id) FROM events WHERE action = ?", (action,)).fetchone()[0]
    conn.execute("DROP TRIGGER events_append_only_update")
    conn.execute("UPDATE events SET after = ? WHERE id = ?", (after, eid))
    conn.close()
    return eid


def test_an_event_that_cannot_be_replayed_says_why_in_chinese(tmp_path, chinese):
    from desktop.gui.messages import say

    path = tmp_path / "p.biaozhu"
    make_project(path)
    with Project.open(path, annotator="tester") as p:
        p.accept_suggestion(p.suggestions("a")[0].id)
    eid = edited_event(path, "suggestion.accepted", "[1, 2]")  # a list, not the record
    with Project.open(path, readonly=True) as p:
        report = p.verify()
    replayed = [m for m in report.problems if "cannot be replayed" in str(m)]
    assert len(replayed) == 1
    # the command line keeps Python's words
    assert "list indices must be integers" in str(replayed[0])
    said = say(replayed[0])
    assert said == f"事件 {eid}（suggestion.accepted）无法重放：其内容不是该操作所写的内容"


def test_the_full_report_of_a_file_that_verifies_is_chinese(qtbot, tmp_path, chinese):
    from desktop.gui.widgets.history_bar import HistoryBar

    path = tmp_path / "p.biaozhu"
    make_project(path)
    with Project.open(path) as p:
        report = p.verify(p.chain_head())  # a head written down earlier: found
    assert report.ok and report.expected is not None
    bar = HistoryBar()
    qtbot.addWidget(bar)
    bar.show_warning(lambda: "某个警告")
    bar.show_report(report, lambda: "文件 → 从备份恢复")
    text = bar.report_text()
    lines = text.splitlines()
    assert lines[0].startswith("通过：完整性、外键、触发器、")
    assert lines[1].startswith("预期的链头 ") and "在此历史中" in lines[1]
    assert lines[2] == f"链头：{report.head.count}:{report.head.hash}"
    assert_chinese(text)


def test_what_older_versions_did_not_record_is_said_in_chinese(qtbot, tmp_path, chinese):
    """A project whose creation recorded only its labels' names (as older
    versions did): the summary and the gap, in Chinese in the full report."""
    from desktop.gui.widgets.history_bar import HistoryBar
    from tests.test_verify import TEXT, dumps, rewrite_events

    path = tmp_path / "old.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document(TEXT)

    def names_only(conn):
        (after,) = conn.execute(
            "SELECT after FROM events WHERE action = 'project.created'"
        ).fetchone()
        record = json.loads(after)
        del record["label_schema"]
        conn.execute(
            "UPDATE events SET after = ? WHERE action = 'project.created'", (dumps(record),)
        )

    rewrite_events(path, names_only)
    with Project.open(path, readonly=True) as p:
        report = p.verify()
    assert report.ok and report.gaps
    bar = HistoryBar()
    qtbot.addWidget(bar)
    bar.show_report(report, lambda: "文件 → 从备份恢复")
    text = bar.report_text()
    lines = text.splitlines()
    assert lines[0].startswith("已校验，但较早版本未记录的内容除外：完整性、外键")
    assert (
        lines[1]
        == "  无法证明：项目创建时各标签的颜色、快捷键和说明（当时只记录了名称）：已核对名称与顺序"
    )
    assert_chinese(text)


def test_a_merges_note_of_what_the_other_file_cannot_prove_is_chinese(tmp_path, chinese):
    from desktop.gui.messages import say
    from models.review.merge import merge_project
    from tests.test_verify import TEXT, dumps, rewrite_events

    other = tmp_path / "old.biaozhu"
    with Project.create(other, annotator="alice") as p:
        p.add_document(TEXT)

    def names_only(conn):
        (after,) = conn.execute(
            "SELECT after FROM events WHERE action = 'project.created'"
        ).fetchone()
        record = json.loads(after)
        del record["label_schema"]
        conn.execute(
            "UPDATE events SET after = ? WHERE action = 'project.created'", (dumps(record),)
        )

    rewrite_events(other, names_only)
    with Project.create(tmp_path / "p.biaozhu", annotator="bob") as p:
        report = merge_project(p, other)
    notes = [say(n) for n in report.notes if "cannot prove" in str(n)]
    assert notes == [
        "old.biaozhu 无法证明项目创建时各标签的颜色、快捷键和说明（当时只记录了名称）：已核对名称与顺序"
    ]


def test_in_english_the_full_report_of_a_file_that_verifies_is_the_clis(qtbot, tmp_path, english):
    from desktop.cli.project_cmds import verify_text
    from desktop.gui.widgets.history_bar import HistoryBar

    path = tmp_path / "p.biaozhu"
    make_project(path)
    with Project.open(path) as p:
        report = p.verify(p.chain_head())
    bar = HistoryBar()
    qtbot.addWidget(bar)
    bar.show_report(report, lambda: "File → Restore from backup")
    assert bar.report_text() == verify_text(report)
    assert verify_text(report).startswith("ok: integrity, foreign keys, triggers, ")
