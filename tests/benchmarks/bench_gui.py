"""The curation window on a project of 10,000 articles (~3,000 characters
each, shuffled sentences of ../shared/corpus), suggestions stored on the
first few hundred.

Prints: window shown with the first article (target < 1.5 s), switching
document (target < 50 ms), accept = commit + history event + redraw (target
< 16 ms median), and peak memory (target < 400 MB).
Run: .venv/bin/python tests/benchmarks/bench_gui.py [COUNT] [SUGGESTED]

Or measure an existing project (the window opened as ANNOTATOR, default the
project's first annotator with gold spans, else "bench"), printing one JSON
object of figures on the last line of stdout:
     .venv/bin/python tests/benchmarks/bench_gui.py --project PATH [--annotator NAME] --json

The window is measured in its own process, so the peak memory is the window's."""

from __future__ import annotations

import bisect
import json
import os
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project, Suggestion  # noqa: E402
from tests.benchmarks.corpus10k import articles  # noqa: E402

SHOWN_TARGET_S = 1.5
SWITCH_TARGET_MS = 50.0
ACCEPT_TARGET_MS = 16.0
MEMORY_TARGET_MB = 400.0

# A small, fast stand-in for the suggesters, so that the figures measure the
# window and the store, not a suggester's speed.
METRIC = re.compile(
    r"[超近约]?\d+(?:\.\d+)?(?:万|亿)?(?:元|%|家|个|项|人|吨|亿元|万元)(?:左右|以上)?"
)
POLICY = re.compile(r"《[^》\n]{2,60}》|“[^”\n]{2,16}”(?:规划|计划|行动|模式|机制|改革)?")


def quick_suggestions(text: str) -> list[Suggestion]:
    out, taken = [], -1
    hits = [(m, "METRIC", 0.9) for m in METRIC.finditer(text)]
    hits += [(m, "POLICY", 0.7) for m in POLICY.finditer(text)]
    for m, label, score in sorted(hits, key=lambda h: h[0].start()):
        if m.start() >= taken:
            out.append(Suggestion(m.start(), m.end(), label, m.group(), score, "bench", "1"))
            taken = m.end()
    return out


# Other words that make suggestions of their own where no rule above hit, so
# that a long article carries as many suggestions as a dense real one.
FILLER = re.compile(r"企业|项目|园区|产业|公司|集团|基地|工业|经济|投资")
LONG_CHARS = 150_000
LONG_SUGGESTIONS = 3_000


def long_article(chars: int = LONG_CHARS, count: int = LONG_SUGGESTIONS):
    """(text, suggestions): an article of ``chars`` characters of the corpus
    with ``count`` suggestions that overlap none of each other."""
    text = "\n\n".join(articles(max(2, chars // 2_500), 3_000))[:chars]
    out = quick_suggestions(text)
    taken = sorted((s.start, s.end) for s in out)
    starts = [a for a, _b in taken]
    for m in FILLER.finditer(text):
        if len(out) >= count:
            break
        i = bisect.bisect_right(starts, m.start())
        if (i == 0 or taken[i - 1][1] <= m.start()) and (i == len(taken) or taken[i][0] >= m.end()):
            out.append(Suggestion(m.start(), m.end(), "COMPANY", m.group(), 0.5, "bench", "1"))
    return text, sorted(out, key=lambda s: s.start)[:count]


def add_long_article(project: Project, doc_id: str = "long") -> str:
    """Add the long article with its suggestions to an open project."""
    text, suggestions = long_article()
    doc_id, _ = project.add_document(text, doc_id=doc_id)
    project.store_suggestions(doc_id, suggestions)
    return doc_id


def build(path: Path, count: int, suggested: int) -> None:
    started = time.perf_counter()
    project = Project.create(path, annotator="bench")
    texts = articles(count)
    with project.transaction():
        ids = [project.add_document(text, doc_id=f"d{n:05d}")[0] for n, text in enumerate(texts)]
    with project.transaction():
        for doc_id, text in zip(ids[:suggested], texts[:suggested], strict=True):
            project.store_suggestions(doc_id, quick_suggestions(text))
    project.close()
    print(
        f"built {count} articles ({suggested} with suggestions) in "
        f"{time.perf_counter() - started:.1f} s"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def peak_memory_mb() -> float:
    """This process's peak resident memory. On Linux the high-water mark of its
    own address space (VmHWM): ru_maxrss survives exec, so a process started by
    a large parent would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def default_annotator(path: Path) -> str:
    """The annotator with the most gold spans in the project, else "bench"."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT annotator FROM annotations GROUP BY annotator ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return row[0] if row else "bench"


def measure(
    path: Path,
    workdir: Path,
    annotator: str = "bench",
    expect_first: str | None = None,
    say=print,
) -> dict:
    """Open ``path`` in the window in this process and time it. Returns the
    figures (seconds, milliseconds, megabytes); ``say`` gets the report lines.

    Documents to switch between: about 150 spread over the project plus up
    to 100 of those with stored suggestions; accepts: up to 8 pending
    suggestions in each of the first 60 documents that have some."""
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "cfg")
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")

    t0 = time.perf_counter()
    from PySide6.QtCore import QCoreApplication, QSettings

    from desktop.gui.context import AppContext
    from desktop.gui.launch import make_app
    from desktop.gui.mainwindow import MainWindow
    from desktop.gui.settings import Settings

    app = make_app(["bench"])
    settings = Settings(QSettings(str(workdir / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings, None, annotator)
    ctx.open_project(path)
    window = MainWindow(ctx, restore_state=False)
    window.resize(1500, 900)
    window.show()
    QCoreApplication.processEvents()
    window.view.viewport().repaint()
    shown = time.perf_counter() - t0
    first = window.controller.doc_id
    assert first is not None and window.controller.text, "no document shown"
    if expect_first is not None:
        assert first == expect_first, first
    say(f"window shown with the first article: {shown:.2f} s  (imports included; target < 1.5 s)")
    ctx.tasks.wait(60_000)  # jieba's dictionary, loaded in the background

    def redraw() -> None:
        QCoreApplication.processEvents()
        window.view.viewport().repaint()

    all_ids = ctx.project.document_ids()
    suggested = [
        r[0]
        for r in ctx.project.conn.execute(
            "SELECT doc_id FROM suggestions GROUP BY doc_id ORDER BY min(rowid)"
        )
    ]
    count = len(all_ids)

    # switching documents: a mix with and without suggestions
    ids = all_ids[:: max(1, count // 150)]
    ids += suggested[1:100]
    switch = []
    for doc_id in ids:
        started = time.perf_counter()
        window._open_document(doc_id)
        redraw()
        switch.append(time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(50):
        window.act_next_doc()
        redraw()
    pgdn = (time.perf_counter() - started) / 50
    say(
        f"switching document: median {ms(statistics.median(switch))}, "
        f"p95 {ms(sorted(switch)[int(len(switch) * 0.95)])}, max {ms(max(switch))}, "
        f"PgDn {ms(pgdn)}  (target < 50 ms)"
    )

    # accepting: A on pending suggestions, each one commit + event + redraw
    accepts = []
    by_label: dict[str, list[float]] = {}
    for doc_id in suggested[:60]:
        window._open_document(doc_id)
        redraw()
        for _ in range(8):
            item = window.controller.current_item()
            if item is None or not item.is_pending:
                break
            started = time.perf_counter()
            window.act_accept()
            redraw()
            accepts.append(time.perf_counter() - started)
            by_label.setdefault(item.label, []).append(accepts[-1])
    if accepts:
        say(
            f"accept (commit + event + redraw): median {ms(statistics.median(accepts))}, "
            f"p95 {ms(sorted(accepts)[int(len(accepts) * 0.95)])} over {len(accepts)}  "
            f"(target median < 16 ms)"
        )
    else:
        say("accept: no pending suggestion to accept")
    started = time.perf_counter()
    window.doc_panel.search.setText("高新区")
    window.doc_panel._search_now()
    ctx.tasks.wait(120_000)
    search = time.perf_counter() - started
    hits = window.doc_panel.proxy.rowCount()
    say(f"first full-text search (index built in the background): {search:.2f} s, {hits} hits")
    peak = peak_memory_mb()
    say(f"peak memory: {peak:.0f} MB  (target < 400 MB)")
    window.close()
    ctx.close()
    app.processEvents()
    return {
        "documents": count,
        "annotator": annotator,
        "first_doc": first,
        "shown_s": shown,
        "switch_median_ms": statistics.median(switch) * 1000,
        "switch_p95_ms": sorted(switch)[int(len(switch) * 0.95)] * 1000,
        "switch_max_ms": max(switch) * 1000,
        "switches": len(switch),
        "pgdn_ms": pgdn * 1000,
        "accept_median_ms": statistics.median(accepts) * 1000 if accepts else None,
        "accept_p95_ms": sorted(accepts)[int(len(accepts) * 0.95)] * 1000 if accepts else None,
        "accepts": len(accepts),
        "accept_by_label": {
            label: {
                "count": len(times),
                "median_ms": statistics.median(times) * 1000,
                "times_ms": [t * 1000 for t in times],
            }
            for label, times in sorted(by_label.items())
        },
        "search_s": search,
        "search_hits": hits,
        "peak_mb": peak,
    }


def measure_in_subprocess(path: Path, annotator: str | None = None) -> dict:
    """Run ``--project PATH --json`` in a fresh process; its figures."""
    cmd = [sys.executable, __file__, "--project", str(path), "--json"]
    if annotator:
        cmd += ["--annotator", annotator]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"bench_gui failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--build"]:
        build(Path(args[1]), int(args[2]), int(args[3]))
        return
    if "--project" in args:
        path = Path(args[args.index("--project") + 1])
        annotator = (
            args[args.index("--annotator") + 1]
            if "--annotator" in args
            else default_annotator(path)
        )
        as_json = "--json" in args
        with tempfile.TemporaryDirectory() as tmp:
            figures = measure(
                path,
                Path(tmp),
                annotator,
                say=(lambda line: print(line, file=sys.stderr)) if as_json else print,
            )
        if as_json:
            print(json.dumps(figures))
        return
    count = int(args[0]) if len(args) > 0 else 10_000
    suggested = int(args[1]) if len(args) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.biaozhu"
        # built in another process, so that the peak memory below is the window's
        subprocess.run(
            [sys.executable, __file__, "--build", str(path), str(count), str(suggested)], check=True
        )
        measure(path, Path(tmp), "bench", expect_first="d00000")


if __name__ == "__main__":
    main()
