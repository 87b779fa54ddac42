"""A write waiting for another program's write lock (a second SQLite
connection in BEGIN IMMEDIATE) asks ``Transactions.stop_waiting`` between
the slices of its wait: once it says stop, the wait ends at once with
Cancelled and nothing is written; while it does not, the write waits and
goes through when the other program lets go."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from models import Project
from models.progress import Cancelled

TEXT = "2024年,高新区全年实现工业营收932.4亿元,同比增长13.7%。"


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "wait.biaozhu"
    Project.create(path, annotator="tester").close()
    with Project.open(path, annotator="tester") as project:
        project.transaction.set_lock_wait(15_000)
        yield project


@pytest.fixture
def other(project):
    conn = sqlite3.connect(project.path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def later(seconds: float, fn) -> threading.Thread:
    thread = threading.Thread(target=lambda: (time.sleep(seconds), fn()))
    thread.start()
    return thread


def test_a_stop_ends_the_wait_for_the_lock_and_writes_nothing(project, other):
    stop = threading.Event()
    project.transaction.stop_waiting = stop.is_set
    thread = later(0.5, stop.set)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        project.add_document(TEXT, doc_id="a")
    took = time.monotonic() - started
    thread.join()
    assert 0.4 < took < 2.5, took  # not the 15 s bound
    assert not project.transaction.waiting_for_lock
    other.execute("ROLLBACK")
    assert project.document_ids() == []
    assert project.verify().ok
    # the connection writes again, the lock its own
    project.transaction.stop_waiting = None
    project.add_document(TEXT, doc_id="a")
    assert project.document_ids() == ["a"]
    assert project.verify().ok


def test_a_wait_not_stopped_goes_through_once_the_other_lets_go(project, other):
    project.transaction.stop_waiting = lambda: False
    thread = later(0.5, lambda: other.execute("ROLLBACK"))
    project.add_document(TEXT, doc_id="a")
    thread.join()
    assert project.document_ids() == ["a"]
    assert project.verify().ok
