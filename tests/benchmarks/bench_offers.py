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
Then Ctrl+Z, the same way: its key, the accept undone and every offer
withdrawn (until the window's writes are done; what the store holds after
is checked to be the same in every run), J meanwhile; and the core's
``withdraw_offer`` alone, timed on a copy of the project as Shift+A left it.

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


def gold(path: Path) -> int:
    """The annotator's gold spans."""
    with Project.open(path, annotator="bench") as project:
        return project.conn.execute(
            "SELECT count(*) FROM annotations WHERE annotator = 'bench'"
        ).fetchone()[0]


def withdraw_core(path: Path) -> dict:
    """The core's withdrawal of every offer standing after Shift+A, timed
    (``bulk.withdraw_offer``, one call per offer token)."""
    from models.store import bulk

    with Project.open(path, annotator="bench") as project:
        tokens = [
            r[0]
            for r in project.conn.execute(
                "SELECT DISTINCT offer FROM suggestion_audience WHERE offer <> 'kept'"
            )
        ]
        started = time.perf_counter()
        withdrawn = sum(
            len(ids) for token in tokens for ids in bulk.withdraw_offer(project, token).values()
        )
        took = time.perf_counter() - started
        left = project.conn.execute(
            "SELECT count(*) FROM suggestions WHERE source = ?", (SOURCE,)
        ).fetchone()[0]
    return {
        "core_s": took,
        "core_tokens": len(tokens),
        "core_withdrawn": withdrawn,
        "core_left": left,
    }


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
    shift_a = press(w, host, written, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    accepted = sum(1 for i in w.controller.items if i.is_gold)
    places = offered(path)
    # the same state, for the core's withdrawal alone (below)
    copy(path, path.with_suffix(".core.biaozhu"))
    # Ctrl+Z: the accept undone and every offer withdrawn, J meanwhile
    undo = press(w, host, written, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    w.close()
    left = offered(path), gold(path)
    return {
        "undo_key_ms": undo["key"] * 1000,
        "undo_s": undo["took"],
        "undo_writes": len(undo["writes"]),
        "undo_left": list(left),
        "undo_probe_median_ms": undo["probe_median_ms"],
        "undo_probe_max_ms": undo["probe_max_ms"],
        "undo_probes": len(undo["probes"]),
        "undo_worst_gap_ms": undo["worst"],
        **withdraw_core(path.with_suffix(".core.biaozhu")),
        "key_ms": shift_a["key"] * 1000,
        "accept_written_s": shift_a["writes"][0] if shift_a["writes"] else shift_a["took"],
        "with_offers_s": shift_a["took"],
        "writes": len(shift_a["writes"]),
        "accepted": accepted,
        "offered": places,
        "probe_median_ms": shift_a["probe_median_ms"],
        "probe_max_ms": shift_a["probe_max_ms"],
        "probes": len(shift_a["probes"]),
        "worst_gap_ms": shift_a["worst"],
    }


def press(w: Window, host, written: list[float], key, modifier) -> dict:
    """One key, timed until the window has written all it queued: the key's
    own time, the whole time, the writes' times since the key, and J pressed
    every PROBE_EVERY_S meanwhile (its times, the longest unanswered gap)."""
    from PySide6.QtCore import QCoreApplication, Qt

    written.clear()
    beat = Heartbeat()
    beat.start()
    took_key = w.key(key, modifier)
    started = time.perf_counter() - took_key
    probes: list[float] = []
    next_probe = time.perf_counter() + PROBE_EVERY_S
    while host.pending and time.perf_counter() - started < 600:
        QCoreApplication.processEvents()
        if time.perf_counter() >= next_probe:
            probes.append(w.key(Qt.Key.Key_J))
            next_probe = time.perf_counter() + PROBE_EVERY_S
        time.sleep(0.002)
    took = time.perf_counter() - started
    return {
        "key": took_key,
        "took": took,
        "writes": [t - started for t in written],
        "probes": probes,
        "probe_median_ms": statistics.median(probes) * 1000 if probes else 0.0,
        "probe_max_ms": max(probes) * 1000 if probes else 0.0,
        "worst": beat.stop(),
    }


def say(name: str, r: dict) -> None:
    print(
        f"{name}: Shift+A key {r['key_ms']:.0f} ms, accepted {r['accepted']} written in "
        f"{r['accept_written_s']:.2f} s, with the offers elsewhere {r['with_offers_s']:.2f} s "
        f"({r['writes']} writes, {r['offered']} places offered); J meanwhile: median "
        f"{r['probe_median_ms']:.1f} ms, max {r['probe_max_ms']:.1f} ms ({r['probes']}); "
        f"longest unanswered {r['worst_gap_ms']:.0f} ms"
    )
    print(
        f"  Ctrl+Z: key {r['undo_key_ms']:.0f} ms, written in {r['undo_s']:.2f} s "
        f"({r['undo_writes']} writes; left: {r['undo_left'][0]} offered, {r['undo_left'][1]} gold); "
        f"J meanwhile: median {r['undo_probe_median_ms']:.1f} ms, max "
        f"{r['undo_probe_max_ms']:.1f} ms ({r['undo_probes']}); longest unanswered "
        f"{r['undo_worst_gap_ms']:.0f} ms; the core's withdraw_offer alone: {r['core_s']:.2f} s "
        f"({r['core_tokens']} offers, {r['core_withdrawn']} withdrawn, {r['core_left']} left)"
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
        same = {
            (
                r["offered"],
                r["accepted"],
                tuple(r["undo_left"]),
                r["core_withdrawn"],
                r["core_left"],
            )
            for r in runs
        }
        if len(same) != 1:
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
        for what, key in (("Ctrl+Z in the window", "undo_s"), ("withdraw_offer alone", "core_s")):
            print(
                f"{what}, baseline -> this tree: "
                + ", ".join(
                    f"{b[key]:.2f} s -> {t[key]:.2f} s ({b[key] / t[key]:.1f}x)"
                    for b, t in zip(results["baseline"], results["this tree"], strict=True)
                )
            )


if __name__ == "__main__":
    main()
