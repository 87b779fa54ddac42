"""Every kind of key of the curation loop on a big project against a small
one, through the real window, in one run: the ratio says what grows with
the project.

Builds two projects of the same articles (bench_gui's: ~3,000 characters
each, shuffled sentences of ../shared/corpus, the first SUGGESTED with
stored suggestions): a small one of SMALL articles (default 200) and a big
one of BIG (default 10,000). Each is measured in a process of its own,
with the same plan of keys on the same documents (the first DOCS that have
suggestions): J, K, A, X, a label key (accept as), a label key on gold
(relabel), Alt+Shift+Right, Ctrl+Alt+Shift+Right, Del, Ctrl+Z,
Ctrl+Shift+Z, a new span (Shift+Right twice, then 1), Shift+A and its
undo, Shift+O on a name (and until its job is done), Ctrl+D (twice: done
with suggestions pending) and again (reopen), PgDn, PgUp, the status
filter, search (first hits) and F3.

For each key: its time from the press until the window has drawn the
result (the key back to the event loop, then the pending events and a
repaint of the article), median and worst; and the longest the event loop
went unanswered over the whole plan (a 10 ms heartbeat), which catches
work a key leaves to the event loop after it returns. Any key over
LIMIT_MS (100 ms) on the big project is a defect; the run lists them.

Run:
    .venv/bin/python tests/benchmarks/bench_keys.py [--big 10000] [--small 200] [--docs 20]
    .venv/bin/python tests/benchmarks/bench_keys.py --project PATH --json   (one project)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_gui import (  # noqa: E402
    Heartbeat,
    Window,
    build,
    deferred_deletes,
    wait_for_words,
)

LIMIT_MS = 100.0
SUGGESTED = 300


class Timer:
    """Keys pressed in the article and timed until drawn."""

    def __init__(self, w: Window):
        self.w = w
        self.times: dict[str, list[float]] = {}
        self.written: dict[str, list[float]] = {}

    def press(self, name: str, key, mods=None, *, wait: bool = True) -> float:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        w = self.w
        if w.window.focusWidget() is not w.window.view:
            w.window.act_focus_text()
        started = time.perf_counter()
        QTest.keyClick(w.window.view, key, mods or Qt.KeyboardModifier.NoModifier)
        w.redraw()
        took = time.perf_counter() - started
        self.times.setdefault(name, []).append(took)
        if wait:
            w.settle()
            self.written.setdefault(name, []).append(time.perf_counter() - started)
        deferred_deletes()
        return took

    def timed(self, name: str, action) -> float:
        started = time.perf_counter()
        action()
        self.w.redraw()
        took = time.perf_counter() - started
        self.times.setdefault(name, []).append(took)
        return took


def focus_first(w: Window, pred) -> bool:
    """Focus the first item of the article for which ``pred`` holds."""
    c = w.controller
    for item in c.items:
        if pred(item):
            c.set_current(item.key)
            w.redraw()
            return True
    return False


def free_place(w: Window, length: int = 2) -> int | None:
    """A start in the article where ``length`` characters touch no span."""
    taken = sorted((i.start, i.end) for i in w.controller.items)
    text = w.controller.text
    pos = 0
    for a, b in taken + [(len(text), len(text))]:
        for s in range(pos, a - length + 1):
            if text[s : s + length].strip() and len(text[s : s + length].strip()) == length:
                return s
        pos = max(pos, b)
    return None


def plan(w: Window, doc_ids: list[str]) -> Timer:
    from PySide6.QtCore import Qt

    t = Timer(w)
    Key, M = Qt.Key, Qt.KeyboardModifier
    shift, ctrl, alt = M.ShiftModifier, M.ControlModifier, M.AltModifier
    c = w.controller
    for doc_id in doc_ids:
        t.timed("open document", lambda d=doc_id: w.window._open_document(d))
        w.settle()
        for name, key, mods in (
            ("J", Key.Key_J, None),
            ("K", Key.Key_K, None),
            ("A", Key.Key_A, None),
            ("X", Key.Key_X, None),
            ("label key (accept as)", Key.Key_2, None),
            ("K", Key.Key_K, None),
            ("label key (relabel gold)", Key.Key_3, None),
            ("Alt+Shift+Right", Key.Key_Right, alt | shift),
            ("Ctrl+Alt+Shift+Right", Key.Key_Right, ctrl | alt | shift),
            ("Ctrl+Z", Key.Key_Z, ctrl),
            ("Ctrl+Shift+Z", Key.Key_Z, ctrl | shift),
            ("Del", Key.Key_Delete, None),
            ("Ctrl+Z", Key.Key_Z, ctrl),
        ):
            if c.current_item() is None:
                break
            t.press(name, key, mods)
        start = free_place(w)
        if start is not None:
            w.window.view.select_range(start, start)
            w.redraw()
            t.press("Shift+Right (select)", Key.Key_Right, shift)
            t.press("Shift+Right (select)", Key.Key_Right, shift)
            t.press("label key (new span)", Key.Key_1, None)
        if focus_first(w, lambda i: i.is_pending and i.label in ("COMPANY", "POLICY")):
            t.press("Shift+O", Key.Key_O, shift)
            t.press("Ctrl+Z", Key.Key_Z, ctrl)
        t.press("Shift+A", Key.Key_A, shift)
        t.press("Ctrl+Z", Key.Key_Z, ctrl)
        t.press("Ctrl+D", Key.Key_D, ctrl)
        t.press("Ctrl+D", Key.Key_D, ctrl)  # done with suggestions pending: the second press
        t.press("Ctrl+D", Key.Key_D, ctrl)  # reopen
        t.press("PgDn", Key.Key_PageDown, None)
        t.press("PgUp", Key.Key_PageUp, None)
    panel = w.window.doc_panel
    for index in (1, 2, 0, 1, 0):
        t.timed("status filter", lambda i=index: panel.status_filter.setCurrentIndex(i))
    for query in ("高新区", "同比增长"):
        panel.search.setText(query)
        started = time.perf_counter()
        panel._search_now()
        deadline = time.monotonic() + 60
        while panel.query != query and time.monotonic() < deadline:
            w.redraw()
            time.sleep(0.002)
        t.times.setdefault("search (first hits shown)", []).append(time.perf_counter() - started)
        while panel.searching and time.monotonic() < deadline:
            w.redraw()
            time.sleep(0.005)
        for _ in range(5):
            t.press("F3", Key.Key_F3, None)
        panel.search.clear()
        panel._typed()
        w.redraw()
    return t


def measure(path: Path, docs: int) -> dict:
    os.environ["XDG_CONFIG_HOME"] = str(path.parent / "cfg")
    from desktop.gui.launch import make_app

    app = make_app(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        w = Window(path, Path(tmp), "bench")
        wait_for_words()
        deadline = time.monotonic() + 300
        while w.ctx.tasks.busy and time.monotonic() < deadline:  # search index, backup
            w.redraw()
            time.sleep(0.01)
        ids = [
            r[0]
            for r in w.ctx.project.conn.execute(
                "SELECT doc_id FROM suggestions GROUP BY doc_id ORDER BY min(rowid) LIMIT ?",
                (docs,),
            )
        ]
        beat = Heartbeat()
        beat.start()
        t = plan(w, ids)
        worst_gap = beat.stop()
        w.close()
    app.processEvents()
    return {
        "keys": {
            k: {
                "count": len(v),
                "median_ms": statistics.median(v) * 1000,
                "max_ms": max(v) * 1000,
            }
            for k, v in t.times.items()
        },
        "written_median_ms": {k: statistics.median(v) * 1000 for k, v in t.written.items()},
        "worst_gap_ms": worst_gap,
    }


def run(path: Path, docs: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--project", str(path), "--docs", str(docs), "--json"],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--project", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.project:
        print(json.dumps(measure(args.project, args.docs)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        figures = {}
        for name, count in (("small", args.small), ("big", args.big)):
            path = Path(tmp) / name / f"{name}.biaozhu"
            path.parent.mkdir()
            build(path, count, min(SUGGESTED, count))
            figures[name] = run(path, args.docs)
    small, big = figures["small"], figures["big"]
    print(
        f"\n{'key (press to drawn)':32} {'small med':>10} {'big med':>9} {'ratio':>6}"
        f" {'small max':>10} {'big max':>8}   (ms; {args.small} vs {args.big} articles)"
    )
    slow = []
    for name, b in big["keys"].items():
        s = small["keys"].get(name)
        if s is None:
            continue
        ratio = b["median_ms"] / max(s["median_ms"], 1e-6)
        print(
            f"{name:32} {s['median_ms']:10.1f} {b['median_ms']:9.1f} {ratio:6.2f}"
            f" {s['max_ms']:10.1f} {b['max_ms']:8.1f}"
        )
        if b["max_ms"] > LIMIT_MS:
            slow.append(f"{name} {b['max_ms']:.0f} ms")
    print("\nuntil written (median ms): small / big")
    for name, b in big["written_median_ms"].items():
        s = small["written_median_ms"].get(name)
        if s is not None:
            print(f"  {name:30} {s:8.1f} {b:8.1f}  ratio {b / max(s, 1e-6):.2f}")
    print(
        f"\nlongest the event loop went unanswered: small {small['worst_gap_ms']:.0f} ms,"
        f" big {big['worst_gap_ms']:.0f} ms"
    )
    print("keys over 100 ms on the big project: " + ("; ".join(slow) if slow else "none"))


if __name__ == "__main__":
    main()
