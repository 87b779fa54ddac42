"""What holding each event's ``before`` to the replay costs verify, on a
history made of edits.

bench_verify's project is mostly imports (span.added), whose events record
no ``before``; this one is a history where most events do: COUNT documents,
each with two spans added, one relabelled, resized and given attributes,
the other removed, and two status changes (about 9 events a document, 7 of
them with a ``before``). With ``--choices``, besides: two annotators' labels
of the same name differ and a reviewer settles each document (a span added,
a review.choice recording both layers' spans, a status: about 6 events
more a document).

Figures: the CPU seconds of verify's replay and comparison of the tables
(``check_state``) in a fresh process, the median of RUNS, for this checkout
and, with ``--old DIR``, for another checkout (a git worktree or an archive
of the commit before) in alternation, so that both see the same machine;
the baseline is SQLite's ``PRAGMA integrity_check`` on the same file.

Run: .venv/bin/python tests/benchmarks/bench_verify_before.py [COUNT [RUNS]] [--old DIR]
     [--choices]"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project  # noqa: E402

# check_state of the checkout in argv[1] on the file in argv[2]: its CPU seconds
CHECK_PROCESS = """
import sqlite3, sys, time
sys.path.insert(0, sys.argv[1])
from models.store.verify import check_state
conn = sqlite3.connect("file:" + sys.argv[2] + "?mode=ro", uri=True)
started = time.process_time()
problems = check_state(conn, [])
print(time.process_time() - started, len(problems))
"""


def build(path: Path, count: int, choices: bool = False) -> int:
    """The project of edits (and of a reviewer's choices); returns how many
    events it holds."""
    from models.review.adjudicate import Adjudication
    from models.review.compare import LayerRef

    with Project.create(path, annotator="alice") as p:
        if choices:
            p.set_role("bob", "reviewer")
        with p.transaction():
            for i in range(count):
                doc, _ = p.add_document(
                    f"第{i}号：比亚迪抚州基地实现工业营收932.4亿元，同比增长13.7%，税收18亿元。"
                )
                text = p.document_text(doc)
                company = text.index("比亚迪")
                metric = text.index("932.4")
                a = p.add_span(doc, company, company + 3, "COMPANY")
                b = p.add_span(doc, metric, metric + 7, "METRIC")
                p.relabel_span(a.id, "POLICY")
                p.resize_span(a.id, company, company + 5)
                p.set_span_attrs(b.id, {"period": "2024"})
                p.remove_span(b.id)
                p.set_status(doc, "in_progress")
                p.set_status(doc, "done")
                if choices:
                    tax = text.index("税收")
                    p.add_span(doc, tax, tax + 2, "METRIC", annotator="carol")
                    p.add_span(doc, tax, tax + 2, "POLICY", annotator="dave")
                    review = Adjudication(
                        p, doc, "bob", LayerRef.annotator("carol"), LayerRef.annotator("dave")
                    )
                    (difference,) = review.differences
                    review.choose(difference, "left")
        return p.chain_head().count


def check_state_cpu(code: Path, path: Path) -> float:
    run = subprocess.run(
        [sys.executable, "-c", CHECK_PROCESS, str(code), str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=code,
    )
    seconds, problems = run.stdout.split()
    assert problems == "0", run.stdout
    return float(seconds)


def integrity_check(path: Path) -> float:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        started = time.process_time()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return time.process_time() - started
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", nargs="?", type=int, default=2_500)
    parser.add_argument("runs", nargs="?", type=int, default=7)
    parser.add_argument("--old", help="a checkout of the code before")
    parser.add_argument("--choices", action="store_true", help="add a reviewer's choices")
    args = parser.parse_args()
    checkouts = {"new": Path(__file__).resolve().parents[2]}
    if args.old:
        checkouts["old"] = Path(args.old).resolve()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "edits.biaozhu"
        events = build(path, args.count, args.choices)
        print(f"{args.count} documents, {events} events", flush=True)
        cpu: dict[str, list[float]] = {name: [] for name in checkouts}
        bases = []
        for i in range(args.runs):
            order = list(checkouts.items())
            for name, code in order if i % 2 else reversed(order):
                cpu[name].append(check_state_cpu(code, path))
            bases.append(integrity_check(path))
    base = statistics.median(bases)
    print(f"PRAGMA integrity_check (bare sqlite3): {base:6.3f} s CPU (baseline)")
    medians = {name: statistics.median(runs) for name, runs in cpu.items()}
    for name, seconds in medians.items():
        print(
            f"check_state, {name} code ({checkouts[name]}): {seconds:6.3f} s CPU,"
            f" ratio {seconds / base:5.2f} to the baseline"
            f" (runs: {', '.join(f'{x:.3f}' for x in cpu[name])})"
        )
    if "old" in medians:
        print(f"new / old: {medians['new'] / medians['old']:.3f}")


if __name__ == "__main__":
    main()
