"""Shift+A on the 150,000-character article, and the offers of its names in
the other documents that follow it in the background, through the real
window, the code of another tree (a baseline) and this tree's, alternating,
in one run.

Builds a project of COUNT articles (default 2,000, shuffled sentences of
../shared/corpus, their search index built as the window builds it) and the
long article of bench_gui (3,000 suggestions; some 130 COMPANY and POLICY
names, offered in the articles that hold them). Each run is a process of its
own on its own copy of that project, with the window and the core of its
tree: the baseline (``--baseline TREE``, e.g. a ``git worktree`` of main),
then this tree, ROUNDS times (default 2). Without ``--baseline``, this tree
only.

For each: Shift+A's key, the accept written, every offer written, the
places offered (the same in every run, or the run fails), and, while the
offers are written, a J pressed every 250 ms (its time back to the event
loop) and the longest the event loop went unanswered (a 10 ms heartbeat).

Run:
    git worktree add /tmp/main-tree main
    .venv/bin/python tests/benchmarks/bench_offers.py [COUNT] [--baseline /tmp/main-tree] [--rounds N]
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE))
if "--run" in sys.argv:  # a run of another tree's code: its packages first
    sys.path.insert(0, sys.argv[sys.argv.index("--run") + 2])

from models import Project  # noqa: E402
from models.learn.occurrences import SOURCE  # noqa: E402
from tests.benchmarks.bench_gui import (  # noqa: E402
    Heartbeat,
    Window,
    build,
    wait_for_words,
)

PROBE_EVERY_S = 0.25


def copy(source: Path, target: Path) -> None:
    """A whole copy of a project file, through SQLite (its backup API)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def offered(path: Path) -> int:
    """Pending suggestions offered to the annotator (occurrence offers)."""
    with Project.open(path, annotator="bench") as project:
        return project.conn.execute(
            "SELECT count(*) FROM suggestions WHERE source = ?", (SOURCE,)
        ).fetchone()[0]


def run_once(path: Path, workdir: Path, name: str) -> dict:
    from PySide6.QtCore import QCoreApplication, Qt

    w = Window(path, workdir, "bench", name=name)
    wait_for_words()
    host = w.ctx.host
    deadline = time.monotonic() + 300
    while w.ctx.tasks.busy and time.monotonic() < deadline:  # the search index, the backup
        QCoreApplication.processEvents()
        time.sleep(0.01)
    w.window._open_document("long")
    w.redraw()
    written: list[float] = []
    host.changed.connect(lambda _c, _i: written.append(time.perf_counter()))
    beat = Heartbeat()
    beat.start()
    key = w.key(Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    started = time.perf_counter() - key
    probes: list[float] = []
    next_probe = time.perf_counter() + PROBE_EVERY_S
    while host.pending and time.perf_counter() - started < 600:
        QCoreApplication.processEvents()
        if time.perf_counter() >= next_probe:
            probes.append(w.key(Qt.Key.Key_J))
            next_probe = time.perf_counter() + PROBE_EVERY_S
        time.sleep(0.002)
    everything = time.perf_counter() - started
    worst = beat.stop()
    accepted = sum(1 for i in w.controller.items if i.is_gold)
    w.close()
    return {
        "key_ms": key * 1000,
        "accept_written_s": (written[0] - started) if written else everything,
        "with_offers_s": everything,
        "writes": len(written),
        "accepted": accepted,
        "offered": offered(path),
        "probe_median_ms": statistics.median(probes) * 1000 if probes else 0.0,
        "probe_max_ms": max(probes) * 1000 if probes else 0.0,
        "probes": len(probes),
        "worst_gap_ms": worst,
    }


def say(name: str, r: dict) -> None:
    print(
        f"{name}: Shift+A key {r['key_ms']:.0f} ms, accepted {r['accepted']} written in "
        f"{r['accept_written_s']:.2f} s, with the offers elsewhere {r['with_offers_s']:.2f} s "
        f"({r['writes']} writes, {r['offered']} places offered); J meanwhile: median "
        f"{r['probe_median_ms']:.1f} ms, max {r['probe_max_ms']:.1f} ms ({r['probes']}); "
        f"longest unanswered {r['worst_gap_ms']:.0f} ms"
    )


def run_in(tree: Path, path: Path, workdir: Path, name: str) -> dict:
    """One run in a process of its own, with the code of ``tree``."""
    proc = subprocess.run(
        [sys.executable, __file__, "--run", str(path), str(tree), str(workdir), name],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"the run of {tree} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def child(path: Path, tree: Path, workdir: Path, name: str) -> None:
    import models
    from desktop.gui.launch import make_app

    if Path(models.__file__).resolve().parents[1] != tree.resolve():
        raise SystemExit(f"models came from {models.__file__}, not {tree}")
    make_app()
    print(json.dumps(run_once(path, workdir, name)))


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--run":
        child(Path(args[1]), Path(args[2]), Path(args[3]), args[4])
        return
    baseline = None
    rounds = 2
    if "--baseline" in args:
        i = args.index("--baseline")
        baseline = Path(args[i + 1]).resolve()
        del args[i : i + 2]
    if "--rounds" in args:
        i = args.index("--rounds")
        rounds = int(args[i + 1])
        del args[i : i + 2]
    count = int(args[0]) if args else 2_000
    ways = ([("baseline", baseline)] if baseline is not None else []) + [("this tree", HERE)]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        built = workdir / "built.biaozhu"
        build(built, count, min(count, 500), long=True)
        with Project.open(built, annotator="bench") as project:
            from models import search

            while search.index_some(project):
                pass
        results: dict[str, list[dict]] = {name: [] for name, _tree in ways}
        for round_ in range(rounds):
            for name, tree in ways:
                path = workdir / f"{name.replace(' ', '-')}-{round_}.biaozhu"
                copy(built, path)
                r = run_in(tree, path, workdir, f"w{round_}{len(results[name])}")
                results[name].append(r)
                say(f"round {round_ + 1}, {name} ({tree})", r)
        runs = [r for rs in results.values() for r in rs]
        if len({(r["offered"], r["accepted"]) for r in runs}) != 1:
            raise SystemExit(f"the runs did not do the same: {results}")
        if baseline is None:
            return
        ratios = [
            b["with_offers_s"] / t["with_offers_s"]
            for b, t in zip(results["baseline"], results["this tree"], strict=True)
        ]
        print(
            "offers after Shift+A, baseline -> this tree: "
            + ", ".join(
                f"{b['with_offers_s']:.2f} s -> {t['with_offers_s']:.2f} s ({x:.1f}x)"
                for b, t, x in zip(results["baseline"], results["this tree"], ratios, strict=True)
            )
            + f" ({count} articles)"
        )


if __name__ == "__main__":
    main()
