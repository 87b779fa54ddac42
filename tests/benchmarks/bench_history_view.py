"""The history window on a big project and on a small one, in one run.

Both projects are bench_verify's (articles imported as gold through the real
path, every span, status and document an event, a second annotator's
accepts and rejects on the first 300 documents): the big one 10,000
articles (~343,000 events), the small one 100 articles. The window
(offscreen, the real HistoryView) is measured through what a reviewer does:

- opening the history of a document (Ctrl+H);
- the Document field emptied and Enter: the whole project's history (its
  first page);
- each filter change on the whole history (annotator, action, a date range,
  newest first), to the first page shown, and the longest single turn of
  the event loop meanwhile (a filter matching few events reads on a
  bounded step per turn);
- Ctrl+End in the table, pressed repeatedly (each press reads one page);
- switching the shown document (the Document field, Enter) and "Show as
  of…" on one of its events;
- Ctrl+Shift+H (a span's lineage) from an accept.

Each figure is the median of RUNS and the worst of them, big and small and
their ratio; a median wait over 100 ms is flagged. The big project is built once
into --keep DIR (about 25 s) and reused.

Run: .venv/bin/python tests/benchmarks/bench_history_view.py [--keep DIR] [--runs N]"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from models import Project  # noqa: E402
from tests.benchmarks import bench_verify  # noqa: E402

WAIT_LIMIT_MS = 100.0


def project(folder: Path, count: int, spans: int) -> Path:
    path = folder / f"history{count}.biaozhu"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        bench_verify.build(path, count, spans, folder)
    return path


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def settle(app: QApplication, view) -> float:
    """Let queued reads run until the first page is shown or the history
    ends; the longest single turn of the event loop, in ms."""
    longest = 0.0
    while view._filling.isActive():
        t = time.perf_counter()
        app.processEvents()
        longest = max(longest, ms(t))
    return longest


def measure(app: QApplication, path: Path) -> dict[str, float]:
    from desktop.gui.review.history_view import HistoryView

    with Project.open(path, readonly=True) as store:
        docs = store.document_ids()
        accepted = store.history(doc_id=docs[1], action="suggestion.accepted")[0]
    figures: dict[str, float] = {}

    t = time.perf_counter()
    view = HistoryView(str(path), "rita", docs[0])
    view.show()
    app.processEvents()
    figures["open a document's history"] = ms(t)

    t = time.perf_counter()
    view.doc_edit.clear()
    QTest.keyClick(view.doc_edit, Qt.Key.Key_Return)
    figures["whole project: first page"] = ms(t)
    figures["whole project: longest turn"] = settle(app, view)

    for name, change in (
        ("filter annotator", lambda: view.who.setCurrentIndex(view.who.findData("curator"))),
        ("filter action", lambda: view.action.setCurrentIndex(view.action.findData("span"))),
        ("filter dates", lambda: view.set_filters(since="2000-01-01", until="2000-01-02")),
        ("newest first", lambda: (view.set_filters(), view.newest.setChecked(True))),
    ):
        t = time.perf_counter()
        change()
        figures[f"{name}: first page"] = ms(t)
        figures[f"{name}: longest turn"] = settle(app, view)
    view.newest.setChecked(False)
    settle(app, view)

    view.table.setFocus()
    presses = []
    for _ in range(10):
        t = time.perf_counter()
        QTest.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        presses.append(ms(t))
    figures["Ctrl+End (one page each)"] = max(presses)

    t = time.perf_counter()
    view.doc_edit.setText(docs[1])
    QTest.keyClick(view.doc_edit, Qt.Key.Key_Return)
    app.processEvents()
    figures["switch document"] = ms(t)

    t = time.perf_counter()
    view.show_as_of(accepted.id)
    app.processEvents()
    figures["show as of"] = ms(t)

    view.select_event(accepted.id)
    t = time.perf_counter()
    lineage = view.open_span_history()
    app.processEvents()
    figures["span lineage (Ctrl+Shift+H)"] = ms(t)
    if lineage is not None:
        lineage.close()
    view.close()
    app.processEvents()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", help="build (or reuse) the projects in this folder")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    QElapsedTimer()  # Qt loaded before any figure
    QTimer()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep or scratch)
        paths = {
            "small": project(folder, 100, 3_000),
            "big": project(folder, args.count, args.count * 30),
        }
        for name, path in paths.items():
            with Project.open(path, readonly=True) as store:
                docs, events = store.document_count(), store.chain_head().count
            print(f"{name}: {docs} documents, {events} events")
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in paths}
        for i in range(args.runs):
            for name in paths if i % 2 else reversed(paths):
                runs[name].append(measure(app, paths[name]))
    head = f"ms (median / worst of {args.runs})"
    print(f"\n{head:42} {'small':>15} {'big':>15} {'big/small':>9}")
    slow = []
    for key in runs["big"][0]:
        small = [r[key] for r in runs["small"]]
        big = [r[key] for r in runs["big"]]
        ratio = statistics.median(big) / max(statistics.median(small), 0.01)
        # the median decides: the worst of a run on a shared machine is
        # mostly another process's turn on the CPU
        flag = "  > 100 ms" if statistics.median(big) > WAIT_LIMIT_MS else ""
        if flag:
            slow.append(key)
        print(
            f"{key:42} {statistics.median(small):7.1f} / {max(small):5.1f}"
            f" {statistics.median(big):7.1f} / {max(big):5.1f} {ratio:9.2f}{flag}"
        )
    print("waits over 100 ms on the big project:", ", ".join(slow) or "none")


if __name__ == "__main__":
    main()
