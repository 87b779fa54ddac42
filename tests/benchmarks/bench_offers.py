"""Shift+A on the 150,000-character article, and the offers of its names in
the other documents that follow it in the background, through the real
window, the old way and the new way in one run.

Builds a project of COUNT articles (default 2,000, shuffled sentences of
../shared/corpus, their search index built as the window builds it) and the
long article of bench_gui (3,000 suggestions; some 130 COMPANY and POLICY
names, offered in the articles that hold them). Each way runs on its own
copy of that project:

- baseline: one name per background write, each queued 150 ms after the one
  before (the window before gui7: ``OFFER_BATCH_MS = 0``, ``OFFER_NEXT_MS =
  OFFER_PAUSE_MS``);
- now: the window's constants (as many names as ``OFFER_BATCH_MS`` holds per
  write, ``OFFER_NEXT_MS`` apart).

For each: Shift+A's key, the accept written, every offer written, the
places offered (the same in both, or the run fails), and, while the offers
are written, a J pressed every 250 ms (its time back to the event loop) and
the longest the event loop went unanswered (a 10 ms heartbeat).

Run:
    .venv/bin/python tests/benchmarks/bench_offers.py [COUNT]
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

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


def main() -> None:
    from desktop.gui import commands
    from desktop.gui.launch import make_app

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
    make_app()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        built = workdir / "built.biaozhu"
        build(built, count, min(count, 500), long=True)
        with Project.open(built, annotator="bench") as project:
            from models import search

            while search.index_some(project):
                pass
        now = (commands.OFFER_PAUSE_MS, commands.OFFER_BATCH_MS, commands.OFFER_NEXT_MS)
        results = {}
        for name, (pause, batch, after) in (
            ("baseline (one name per write, 150 ms apart)", (150, 0, 150)),
            (f"now ({now[1]} ms of names per write, {now[2]} ms apart)", now),
        ):
            commands.OFFER_PAUSE_MS, commands.OFFER_BATCH_MS, commands.OFFER_NEXT_MS = (
                pause,
                batch,
                after,
            )
            path = workdir / f"{len(results)}.biaozhu"
            copy(built, path)
            results[name] = run_once(path, workdir, f"w{len(results)}")
            say(name, results[name])
        commands.OFFER_PAUSE_MS, commands.OFFER_BATCH_MS, commands.OFFER_NEXT_MS = now
        before, after = results.values()
        if before["offered"] != after["offered"] or before["accepted"] != after["accepted"]:
            raise SystemExit(f"the two ways did not do the same: {before} / {after}")
        print(
            f"offers after Shift+A: {before['with_offers_s']:.2f} s -> "
            f"{after['with_offers_s']:.2f} s, {before['with_offers_s'] / after['with_offers_s']:.1f}x"
            f" faster than the baseline measured in this run ({count} articles)"
        )


if __name__ == "__main__":
    main()
