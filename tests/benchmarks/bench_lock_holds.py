"""How long each long command keeps the window's keys waiting.

A curator's keys are simulated by a writer of its own (a Project as the
window's store thread holds one) that changes a document's status every
KEY_EVERY_S, each write timed from the key to its commit (waiting for the
write lock included). Meanwhile each long command runs in a process of its
own on the same project, as a user would start it beside the open window:

- ``biaozhu import`` of a large JSONL (COUNT articles with their gold spans),
- ``biaozhu suggest --project`` over every document,
- ``biaozhu train`` on the project's gold,
- ``biaozhu merge`` of a second project of COUNT articles,
- ``biaozhu export --format jsonl``,
- the window's backup (``make_backup``) and restore (``restore_backup``).

Printed per command: its wall time, the keys written meanwhile, the longest
and median key wait, the keys that failed (none may), and the longest time
the command held the write lock, as the longest key wait less a key's own
write (a key waits at most as long as the longest hold it meets).

Measured 2026-12-05 (2 shared cores; keys every 20 ms, none failed):

    command   1000 articles: longest hold   200 articles: longest hold
    import    3.5 s (one transaction per file)  0.7 s
    suggest   0.14 s                            0.04 s
    train     (not run: 89 s at 200)            0.02 s
    merge     14.4 s (4.4-6.9 s since branch locks) 1.8 s
    export    0 (reads only)                    0
    backup    0 (online backup reads)           0
    restore   1.2 s (one atomic copy)           0.7 s

merge held the lock for the whole command (the other files checked, merged,
and the result verified whole, all in one transaction). Since branch locks
(2026-12-05), the other files are checked in read snapshots they keep until
the merge is done, and the project is verified whole, before the lock is
taken; under it only the writing and a check of what changed since the head
then verified (models/store/verify.py, verify_since). Before / after, one
run each, back to back (main at 5bd014d against locks; 2 cores shared with
other jobs, load 6-7, so seconds vary by a third from run to run):

    1000 articles        import hold   merge hold   merge wall time
    before (5bd014d)     2.0 s         9.5 s        10.0 s
    after  (locks)       1.9 s         4.4 s         6.8 s

(another pair of runs: merge 15.2 s -> 6.9 s.) What the merge still holds
the lock for, at 1000 new articles of 30 spans: its writes (~100k rows:
the other file's events, the spans and their events, the documents) and
the check of them. The import's hold is its file written in one
transaction; alone, without the keys, 3.8 s -> 3.0 s for this file (spans
inserted in one statement per document), and a bad file is now refused
before the lock is taken.

Run: .venv/bin/python tests/benchmarks/bench_lock_holds.py [COUNT] [--skip train,...]"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models import Project  # noqa: E402
from tests.benchmarks import bench_all, bench_export  # noqa: E402

KEY_EVERY_S = 0.02


class Keys(threading.Thread):
    """The window's keys: one status change after another, each timed."""

    def __init__(self, path: Path):
        super().__init__(daemon=True)
        self.path = path
        self.waits: list[float] = []
        self.failures: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        with Project.open(self.path, annotator="curator") as project:
            docs = project.document_ids()[:50] or [None]
            n = 0
            while not self.stop.is_set():
                doc = docs[n % len(docs)]
                n += 1
                if doc is None:
                    time.sleep(KEY_EVERY_S)
                    docs = project.document_ids()[:50] or [None]
                    continue
                started = time.perf_counter()
                try:
                    project.set_status(doc, "in_progress" if n % 2 else "todo")
                except Exception as exc:  # every failure counts, none may happen
                    self.failures.append(f"{type(exc).__name__}: {exc}")
                self.waits.append(time.perf_counter() - started)
                time.sleep(KEY_EVERY_S)


def biaozhu(*args: str) -> list[str]:
    return [str(REPO / ".venv" / "bin" / "biaozhu"), *args]


def python(code: str) -> list[str]:
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(REPO)!r}); {code}"]


def during(path: Path, name: str, argv: list[str]) -> None:
    """Run ``argv`` while the keys go on; print what the keys met."""
    keys = Keys(path)
    keys.start()
    time.sleep(0.3)
    started = time.perf_counter()
    run = subprocess.run(argv, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    time.sleep(0.3)
    keys.stop.set()
    keys.join()
    if run.returncode:
        print(f"{name}: failed ({run.returncode}): {run.stderr.strip()[-300:]}")
    waits = sorted(keys.waits)
    quiet = statistics.median(waits) if waits else 0.0
    print(
        f"{name:9s} {seconds:7.1f} s  keys {len(waits):5d}  longest wait {waits[-1] * 1000:8.0f} ms"
        f"  median {quiet * 1000:6.1f} ms  failed {len(keys.failures)}"
        f"  longest hold ~{(waits[-1] - quiet) * 1000:8.0f} ms"
        + (f"  ({keys.failures[0][:120]})" if keys.failures else ""),
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int, nargs="?", default=1000)
    parser.add_argument("--skip", default="", help="commands left out, comma-separated")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path, other = tmp / "work.biaozhu", tmp / "other.biaozhu"
        big = tmp / "big.jsonl"
        bench_all.write_exchange(bench_export.build_rows(args.count, args.count * 30), big)
        Project.create(path, annotator="curator").close()
        with Project.open(path, annotator="curator") as p:  # a few texts for the keys
            for i in range(5):
                p.add_document(f"键盘测试文本第{i}篇。", doc_id=f"key-{i}")
        rows = bench_export.build_rows(args.count, args.count * 30, seed=99)
        _, second = bench_all.import_gold(other, rows, tmp)
        second.close()
        backup = None
        steps = [
            ("import", biaozhu("import", str(path), str(big), "--annotator", "gold")),
            ("suggest", biaozhu("suggest", "--project", str(path))),
            ("train", biaozhu("train", str(path), "--annotator", "gold")),
            ("merge", biaozhu("merge", str(path), str(other))),
            (
                "export",
                biaozhu("export", str(path), "--format", "jsonl", "--out", str(tmp / "out")),
            ),
            (
                "backup",
                python(
                    "from models.store.backup import make_backup;"
                    f" print(make_backup({str(path)!r}, reason='manual'))"
                ),
            ),
        ]
        print(f"{args.count} articles ({args.count * 30} gold spans) imported, then each command:")
        for name, argv in steps:
            if name not in skip:
                during(path, name, argv)
        if "restore" not in skip:
            from models.store.backup import list_backups

            backups = list_backups(path)
            if backups:
                backup = backups[0].path
                during(
                    path,
                    "restore",
                    python(
                        "from models import Project; from models.store.backup import restore_backup;"
                        f" p = Project.open({str(path)!r}, annotator='curator');"
                        f" restore_backup(p, __import__('pathlib').Path({str(backup)!r})); p.close()"
                    ),
                )


if __name__ == "__main__":
    main()
