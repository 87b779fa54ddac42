"""SQLite's common errors in the window's language.

A zh_CN window showed SQLite's English inside its Chinese messages: verify
of a damaged file said "文件已损坏（SQLite: database disk image is
malformed）", a damaged search index "(SQLite FTS5: …)". SQLite's common
errors now have words of their own, translated, from one table; SQLite's
text is kept only for an error that table does not know."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from models import Project  # noqa: E402
from tests.gui.test_core_messages_zh import assert_chinese  # noqa: E402

TEXT = "2024年,高新区全年实现工业营收932.4亿元,同比增长13.7%。"
SQLITES_ENGLISH = (
    "malformed",
    "not a database",
    "disk I/O",
    "is full",
    "is locked",
    "readonly",
    "unable to open",
    "SQLite",
)


def damaged_project(path: Path) -> Path:
    """A project one page of which a failing disk overwrote."""
    with Project.create(path, annotator="alice") as p:
        for i in range(120):
            p.add_document(f"{TEXT}第{i}篇。" * 20)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    return path


def assert_no_sqlite_english(text: str) -> None:
    for words in SQLITES_ENGLISH:
        assert words not in text, f"{words!r} in {text!r}"


def test_verify_of_a_damaged_file_is_said_in_chinese(qtbot, tmp_path, chinese):
    from desktop.gui.messages import say
    from desktop.gui.widgets.history_bar import HistoryBar

    path = damaged_project(tmp_path / "p.biaozhu")
    with Project.open(path, readonly=True) as p:
        report = p.verify()
    assert not report.ok
    said = say(report.problems[0])
    assert said == "文件无法读取（文件已损坏）；请恢复它的备份"
    bar = HistoryBar()
    qtbot.addWidget(bar)
    bar.show_report(report, lambda: "文件 → 从备份恢复")
    text = bar.report_text()
    assert "文件已损坏" in text
    assert_no_sqlite_english(text)
    assert_chinese(text)


def test_a_damaged_search_index_is_said_in_chinese(qapp, tmp_path, chinese):
    from desktop.gui.messages import say
    from tests.test_search_index import damage_index, sample_project

    path = tmp_path / "p.biaozhu"
    sample_project(path)
    damage_index(path)
    with Project.open(path, readonly=True) as p:
        report = p.verify()
    (problem,) = [m for m in report.problems if "search index" in str(m)]
    said = say(problem)
    assert said.startswith("搜索索引无法读取（文件已损坏）"), said
    assert_no_sqlite_english(said)
    assert_chinese(said)


def sqlite_errors(tmp_path: Path) -> dict[str, sqlite3.Error]:
    """Five of SQLite's common errors, each as SQLite raises it."""
    errors: dict[str, sqlite3.Error] = {}

    def caught(name: str, act) -> None:
        with pytest.raises(sqlite3.Error) as raised:
            act()
        errors[name] = raised.value

    db = tmp_path / "x.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t(x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(db, timeout=0, isolation_level=None)
    caught("database is locked", lambda: other.execute("BEGIN IMMEDIATE"))
    other.close()
    holder.execute("ROLLBACK")
    holder.close()
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    caught("attempt to write a readonly database", lambda: ro.execute("INSERT INTO t VALUES (1)"))
    ro.close()
    caught("unable to open database file", lambda: sqlite3.connect(tmp_path / "no" / "x.db"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all " * 300)
    caught("file is not a database", lambda: sqlite3.connect(junk).execute("SELECT 1 FROM t"))
    damaged = damaged_project(tmp_path / "d.biaozhu")
    conn = sqlite3.connect(damaged)
    caught(
        "database disk image is malformed",
        lambda: conn.execute("SELECT count(*), sum(length(text)) FROM documents").fetchall(),
    )
    conn.close()
    for english, exc in errors.items():
        assert str(exc) == english  # SQLite's own English, as the test means it
    return errors


WORDS = {
    "database is locked": ("the file is locked by another connection", "文件被另一个连接锁定"),
    "attempt to write a readonly database": (
        "the file cannot be written (read-only)",
        "文件无法写入（只读）",
    ),
    "unable to open database file": ("the file cannot be opened", "无法打开文件"),
    "file is not a database": ("not a database file", "不是数据库文件"),
    "database disk image is malformed": ("the file is damaged", "文件已损坏"),
}


def test_sqlites_common_errors_have_words_of_their_own(qapp, tmp_path, chinese):
    """In the window, Chinese; on the command line, the same words in English."""
    from desktop.gui.messages import say
    from models.errors import InvalidInput
    from models.system_errors import sqlite_reason, system_words

    for sqlite_text, exc in sqlite_errors(tmp_path).items():
        english, chinese_words = WORDS[sqlite_text]
        assert say(exc) == chinese_words
        assert say(sqlite_reason(exc)) == chinese_words
        assert str(sqlite_reason(exc)) == english
        assert str(system_words(exc)) == english  # what the command line prints
        inside = InvalidInput("{path} could not be read now ({exc})", path="p", exc=exc)
        assert sqlite_text not in say(inside)


def test_an_error_sqlite_words_do_not_know_keeps_sqlites_text(qapp, tmp_path, chinese):
    from desktop.gui.messages import say
    from models.system_errors import sqlite_reason

    conn = sqlite3.connect(tmp_path / "x.db")
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("SELECT * FROM nowhere")
    conn.close()
    assert str(sqlite_reason(raised.value)) == "SQLite: no such table: nowhere"
    assert say(sqlite_reason(raised.value)) == "SQLite：no such table: nowhere"
