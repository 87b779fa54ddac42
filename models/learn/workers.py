"""Processes that run a training's independent jobs side by side: the
scorer's thirty-odd fits (``scorer.FitPool``) and the folds' CRFs
(``evaluate_cv.judge_folds``). Each job is a module-level function and its
arguments, computed alike wherever it runs, so what training decides does
not depend on how many processes there are, nor on which one ran a job.

The processes are this Python started on this module (``python -m
models.learn.workers``), fed jobs as pickles on their standard input and
answering on their standard output. Not ``multiprocessing``: its spawned
processes run the caller's main script again (a script without a
``__main__`` guard trains again in each), and its forked ones copy the
locks of the window's other threads. A job that fails in a process is
raised in the caller; a process that dies, or cannot be started, leaves
its jobs to the caller's own process (``Workers.run`` returns None)."""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any, BinaryIO

# What a worker process is started as (`python -m MODULE`).
MODULE = "models.learn.workers"

# At most this many processes: each holds its own copy of what it learns
# from (a small project's examples, some 50 MB), and a small project's jobs
# are done in a few rounds.
MAX_WORKERS = 4


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count() -> int:
    """How many processes a training runs its jobs in: none on one core."""
    n = min(cores(), MAX_WORKERS)
    return n if n > 1 else 0


class WorkerDied(Exception):
    """A worker process ended before answering (killed, out of memory)."""


class Workers:
    """Worker processes and the threads that feed them jobs.

    Started early (``start``), so that the processes import Python while
    the caller does other work; ``close`` ends them, whatever they are
    doing (a cancelled training does not wait for a long fit)."""

    def __init__(self, count: int | None = None, preload: Sequence[str] = ()) -> None:
        self.count = worker_count() if count is None else count
        self.preload = tuple(preload)
        self._jobs: queue.Queue[tuple[Future, Callable[..., Any], tuple] | None] = queue.Queue()
        self._processes: list[subprocess.Popen] = []
        self._threads: list[threading.Thread] = []
        self._closed = False
        # the feeding threads still alive, counted under the lock that
        # submits: no job is queued once none is left to take it
        self._lock = threading.Lock()
        self._alive = 0

    def start(self) -> Workers:
        # The processes import the very code this one runs, wherever it came from.
        root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        for _ in range(self.count):
            try:
                process = subprocess.Popen(
                    [sys.executable, "-m", MODULE, *self.preload],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    env=env,
                    cwd=root,
                    # no console window flashing up beside the window on Windows
                    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                )
            except OSError:
                break
            self._processes.append(process)
            self._alive += 1
            thread = threading.Thread(
                target=self._feed, args=(process,), name="biaozhu-train-worker", daemon=True
            )
            thread.start()
            self._threads.append(thread)
        return self

    def __enter__(self) -> Workers:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._alive > 0 and not self._closed

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Run ``fn(*args)`` in a worker; its future raises WorkerDied when
        the worker ended before answering."""
        future: Future = Future()
        with self._lock:
            if self.running:
                self._jobs.put((future, fn, args))
                return future
        future.set_exception(WorkerDied("no worker process is running"))
        return future

    def run(self, fn: Callable[..., Any], calls: Sequence[tuple]) -> list[Any] | None:
        """``fn(*args)`` of each of ``calls``, in their order; None when
        there is no worker, or one died (the caller runs them itself)."""
        if not self.running:
            return None
        futures = [self.submit(fn, *args) for args in calls]
        try:
            return [f.result() for f in futures]
        except WorkerDied:
            return None

    def _feed(self, process: subprocess.Popen) -> None:
        stdin, stdout = process.stdin, process.stdout
        assert stdin is not None and stdout is not None
        while True:
            job = self._jobs.get()
            if job is None:
                return
            future, fn, args = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                pickle.dump((fn, args), stdin, protocol=pickle.HIGHEST_PROTOCOL)
                stdin.flush()
                ok, value = pickle.load(stdout)
            except Exception as exc:  # a broken pipe, a process gone, an answer unreadable
                future.set_exception(WorkerDied(str(exc) or type(exc).__name__))
                with self._lock:
                    self._alive -= 1
                self._fail_waiting()
                return
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _fail_waiting(self) -> None:
        """A worker died: the jobs no worker took fail, so that no caller
        waits for them."""
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is None:
                self._jobs.put(None)
                return
            if job[0].set_running_or_notify_cancel():
                job[0].set_exception(WorkerDied("a worker process ended"))

    def close(self) -> None:
        """End the processes (killed if busy) and their threads."""
        if self._closed:
            return
        self._closed = True
        for process in self._processes:
            with contextlib.suppress(OSError):
                process.stdin.close()
            if process.poll() is None:
                process.kill()
        for process in self._processes:
            process.wait()
            with contextlib.suppress(OSError):
                process.stdout.close()
        self._fail_waiting()
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join()


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """A worker's loop: a job in, its (ok, result or exception) out."""
    while True:
        try:
            fn, args = pickle.load(stdin)
        except EOFError:
            return
        except pickle.UnpicklingError:
            if not stdin.read(1):  # cut short: the caller died writing it
                return
            raise
        try:
            answer = (True, fn(*args))
        except Exception as exc:  # raised again in the caller's process
            answer = (False, exc)
        try:
            pickle.dump(answer, stdout, protocol=pickle.HIGHEST_PROTOCOL)
            stdout.flush()
        except BrokenPipeError:
            # the caller is gone (killed with -9, the window killed): nobody
            # reads the answer, and a traceback would land on its terminal
            _silence(stdout)
            return


def _silence(stdout: BinaryIO) -> None:
    """Point the dead pipe at nothing, so that Python's flush at exit does
    not report the broken pipe again ("Exception ignored …")."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        os.close(devnull)


def worker_main(modules: Sequence[str]) -> None:
    """A worker process's life: import the jobs' modules, then serve jobs
    from standard input until it closes."""
    # The modules the jobs need, imported before the first job comes.
    for name in modules:
        importlib.import_module(name)
    # Answers go to the real standard output; anything a job prints goes
    # to standard error, where it cannot break a pickle.
    out = sys.stdout.buffer
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, out)


def is_worker_command(argv: Sequence[str]) -> bool:
    """Whether a command line is the one ``Workers`` starts its processes
    with: the bundled application, which has no ``python -m``, is started
    so and must serve jobs rather than open its window."""
    return list(argv[:2]) == ["-m", MODULE]


if __name__ == "__main__":
    worker_main(sys.argv[1:])
