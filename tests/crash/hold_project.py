"""A process that holds a project the way the window does, for the
concurrency tests: it commits, runs the window's side patterns (a session
backup made by path in a worker thread, a background task's own Project in a
worker thread, a review window's Project on the main thread), says "ready",
waits for "go" on stdin while other processes use the file, commits again,
prints that commit and dies without closing anything (``os._exit``)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project  # noqa: E402
from models.store.backup import make_backup  # noqa: E402


def in_thread(fn) -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # handed to the main thread
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if errors:
        raise errors[0]


def background_task(path: str) -> None:
    project = Project.open(path, annotator="worker")
    try:
        project.set_status(project.document_ids()[1], "in_progress")
    finally:
        project.close()


def review_window(path: str) -> None:
    project = Project.open(path, annotator="reviewer")
    try:
        project.stats()
    finally:
        project.close()


def plain_run(text: str) -> int:
    """Where five characters without white space begin: room for two spans."""
    return next(i for i in range(len(text)) if not any(c.isspace() for c in text[i : i + 5]))


def main(path: str) -> None:
    project = Project.open(path, annotator="window")
    doc = project.document_ids()[0]
    start = plain_run(project.document_text(doc))
    first = project.add_span(doc, start, start + 2, "COMPANY")
    in_thread(lambda: make_backup(path))
    in_thread(lambda: background_task(path))
    review_window(path)
    print(f"ready {first.id}", flush=True)
    if sys.stdin.readline().strip() != "go":
        os._exit(2)
    second = project.add_span(doc, start + 3, start + 5, "COMPANY")
    print(f"committed {second.id} {project.chain_head().hash}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1])
