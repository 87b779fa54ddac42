"""A write waiting for the lock names the work of this program that held it,
also in the moment after that work let it go, and another program as soon as
one has taken the lock since.

SQLite's busy handler sleeps between its tries, on a loaded machine far
longer than it asks; in that moment the window had said "waiting for
another program" for its own job (seen under load in
tests/gui/test_host2_own_waits.py), when it went by the half second since
the job let the lock go rather than by whether a try had been refused
since."""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from models import Project


def test_a_waiting_write_names_the_job_that_just_let_the_lock_go(tmp_path) -> None:
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="ann").close()
    written, asked = threading.Event(), threading.Event()

    def job() -> None:  # a window's job: a connection of its own, on its own thread
        with Project.open(path, annotator="ann") as project:
            project.transaction.purpose = "import of news.jsonl"
            with project.transaction():
                project.add_document("比亚迪营收增长。", doc_id="d1")
                written.set()
                asked.wait(30)

    with Project.open(path, annotator="ann") as window, ThreadPoolExecutor(1) as pool:
        running = pool.submit(job)
        assert written.wait(30)
        assert window.transaction.lock_holder() == "import of news.jsonl"
        asked.set()
        running.result(30)
        # committed and let go, and no write refused since: still the job, for
        # as long as the waiting write has not tried again (on a loaded machine
        # its busy handler can wake well after half a second)
        assert window.transaction.lock_holder() == "import of news.jsonl"
        time.sleep(0.8)
        assert window.transaction.lock_holder() == "import of news.jsonl"


def test_a_write_refused_after_the_job_let_go_names_another_program(tmp_path) -> None:
    """The job lets the lock go and another process takes it at once: the
    waiting write, refused by that process, says so at its next try, not
    half a second later."""
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="ann").close()
    with Project.open(path, annotator="ann") as job:
        job.transaction.purpose = "import of news.jsonl"
        with job.transaction():
            job.add_document("比亚迪营收增长。", doc_id="d1")
    other = sqlite3.connect(path, isolation_level=None)  # not this program's store
    other.execute("BEGIN IMMEDIATE")
    opened: queue.Queue = queue.Queue()

    def window() -> None:  # the window's writer, on a thread of its own
        with Project.open(path, annotator="ann") as project:
            project.transaction.set_lock_wait(5_000)
            opened.put(project.transaction)
            project.add_document("营收增长。", doc_id="d2")

    try:
        with ThreadPoolExecutor(1) as pool:
            waiting = pool.submit(window)
            transaction = opened.get(timeout=30)
            deadline = time.monotonic() + 0.4
            while transaction.lock_holder() is not None:
                assert time.monotonic() < deadline, "still named the job that let go"
                time.sleep(0.01)
            assert transaction.waiting_for_lock
            other.execute("ROLLBACK")
            waiting.result(10)
    finally:
        other.close()
    with Project.open(path, annotator="ann", readonly=True) as p:
        assert sorted(p.document_ids()) == ["d1", "d2"]


def test_a_connection_is_never_its_own_holder(tmp_path) -> None:
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="ann").close()
    with Project.open(path, annotator="ann") as p:
        p.transaction.purpose = "keys"
        with p.transaction():
            p.add_document("营收增长。", doc_id="d1")
            assert p.transaction.lock_holder() is None
        assert p.transaction.lock_holder() is None
