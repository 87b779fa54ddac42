"""The curation window on a project of 10,000 articles (~3,000 characters
each, shuffled sentences of ../shared/corpus), suggestions stored on the
first few hundred.

Prints: window shown with the first article (target < 1.5 s), switching
document (target < 50 ms), accept = commit + history event + redraw (target
< 16 ms median), and peak memory (target < 400 MB).
Run: .venv/bin/python tests/benchmarks/bench_gui.py [COUNT] [SUGGESTED]"""

from __future__ import annotations

import os
import re
import resource
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


def main() -> None:
    if sys.argv[1:2] == ["--build"]:
        build(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    suggested = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.biaozhu"
        # built in another process, so that the peak memory below is the window's
        subprocess.run(
            [sys.executable, __file__, "--build", str(path), str(count), str(suggested)], check=True
        )
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "cfg")
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")

        t0 = time.perf_counter()
        from PySide6.QtCore import QCoreApplication, QSettings

        from desktop.gui.context import AppContext
        from desktop.gui.launch import make_app
        from desktop.gui.mainwindow import MainWindow
        from desktop.gui.settings import Settings

        app = make_app(["bench"])
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(settings, None, "bench")
        ctx.open_project(path)
        window = MainWindow(ctx, restore_state=False)
        window.resize(1500, 900)
        window.show()
        QCoreApplication.processEvents()
        window.view.viewport().repaint()
        shown = time.perf_counter() - t0
        assert window.controller.doc_id == "d00000", window.controller.doc_id
        print(
            f"window shown with the first article: {shown:.2f} s  (imports included; "
            f"target < 1.5 s)"
        )
        ctx.tasks.wait(60_000)  # jieba's dictionary, loaded in the background

        def redraw() -> None:
            QCoreApplication.processEvents()
            window.view.viewport().repaint()

        # switching documents: a mix with and without suggestions
        ids = [f"d{n:05d}" for n in range(0, count, max(1, count // 150))]
        ids += [f"d{n:05d}" for n in range(1, min(suggested, 100))]
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
        print(
            f"switching document: median {ms(statistics.median(switch))}, "
            f"p95 {ms(sorted(switch)[int(len(switch) * 0.95)])}, max {ms(max(switch))}, "
            f"PgDn {ms(pgdn)}  (target < 50 ms)"
        )

        # accepting: A on pending suggestions, each one commit + event + redraw
        accepts = []
        for n in range(min(suggested, 60)):
            window._open_document(f"d{n:05d}")
            redraw()
            for _ in range(8):
                item = window.controller.current_item()
                if item is None or not item.is_pending:
                    break
                started = time.perf_counter()
                window.act_accept()
                redraw()
                accepts.append(time.perf_counter() - started)
        print(
            f"accept (commit + event + redraw): median {ms(statistics.median(accepts))}, "
            f"p95 {ms(sorted(accepts)[int(len(accepts) * 0.95)])} over {len(accepts)}  "
            f"(target median < 16 ms)"
        )
        started = time.perf_counter()
        window.doc_panel.search.setText("高新区")
        window.doc_panel._search_now()
        ctx.tasks.wait(120_000)
        print(
            f"first full-text search (index built in the background): "
            f"{time.perf_counter() - started:.2f} s, {window.doc_panel.proxy.rowCount()} hits"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: {peak:.0f} MB  (target < 400 MB)")
        window.close()
        ctx.close()
        app.processEvents()


if __name__ == "__main__":
    main()
