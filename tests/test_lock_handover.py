"""A write waiting for the lock names the work of this program that held it,
also in the moment after that work let it go.

SQLite's busy handler sleeps up to 100 ms at a time, so a waiting write
goes on waiting a little after the lock is free; in that moment the window
had said "waiting for another program" for its own job (seen under load in
tests/gui/test_host2_own_waits.py)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from models import Project
from models.store import connection


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
        # committed and let go: for the moment a busy handler sleeps, still the job
        assert window.transaction.lock_holder() == "import of news.jsonl"
        time.sleep(connection.HANDOVER_S + 0.1)
        assert window.transaction.lock_holder() is None


def test_a_connection_is_never_its_own_holder(tmp_path) -> None:
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="ann").close()
    with Project.open(path, annotator="ann") as p:
        p.transaction.purpose = "keys"
        with p.transaction():
            p.add_document("营收增长。", doc_id="d1")
            assert p.transaction.lock_holder() is None
        assert p.transaction.lock_holder() is None
