"""The benchmarks named in the other issues, run together on one
10,000-article project, in one script that prints a table; any figure over
its target is a defect (a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bench_all.py [--with-learning] [--keep DIR]

1. One project of 10,000 articles with ~300,000 gold spans (the sentences of
   ../shared/gold/seeds.jsonl shuffled with their spans, bench_export's
   corpus), imported through the real path: one JSONL in the exchange format,
   ``import_paths(..., ImportOptions(annotator="gold"))`` (spans become gold,
   documents done). Its import time is reported. Separately, the same texts
   without spans, as one .jsonl and as a folder of .txt files, into throwaway
   projects against a bare sqlite3 executemany (best of 3): ratio <= 3.
2. Exports of that gold: jsonl against a bare json.dumps loop (best of 3
   each, alternated): ratio <= 2; every other format < 30 s. (Run before the
   window accepts anything, so that every export holds exactly the gold.)
3. Suggest: ensemble / jieba.lcut throughput over ~300k characters (best of
   3 each): <= 1.5; a fresh ``biaozhu suggest FILE`` prints its first
   suggestion < 1.5 s (median of 3). Then ``suggest_project`` stores
   suggestions on the project's first 300 documents.
4. A fresh ``biaozhu stats PROJECT --json`` on the big project: < 1 s
   (median of 3).
5. The window on that project in its own process (bench_gui.py --project),
   as annotator "gold" (the suggestions that disagree with the gold are
   pending): shown with the first article < 1.5 s, switching document median
   < 50 ms, accept median < 16 ms, peak memory < 400 MB; then again as a new
   annotator, for whom every suggestion is pending (switch, accept, memory),
   with the accepts of COMPANY and POLICY names (which offer the name's other
   occurrences in the project) also reported on their own.
6. With ``--with-learning``: CLUENER company F1 >= 0.72, training < 300 s,
   suggestions for a 3,000-character article < 100 ms (2-3 minutes more).

Ratios are against baselines measured in the same run. Prints the table;
exit status 1 when any figure is over its target."""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project  # noqa: E402
from models.io.importers import ImportOptions, import_paths  # noqa: E402
from tests.benchmarks import (  # noqa: E402
    bench_export,
    bench_gui,
    bench_import,
    bench_learn_cluener,
    bench_suggest,
)

IMPORT_RATIO_TARGET = 3.0
STATS_TARGET_S = 1.0
NEW_ANNOTATOR = "curator2"


@dataclass
class Figure:
    name: str
    value: float | None
    target: float | None = None  # None: reported, no target
    higher_is_better: bool = False
    unit: str = "s"
    strict: bool = True  # "<" rather than "<="
    note: str = ""

    @property
    def ok(self) -> bool:
        if self.target is None:
            return True
        if self.value is None:
            return False
        if self.higher_is_better:
            return self.value >= self.target
        return self.value < self.target if self.strict else self.value <= self.target

    def measured(self) -> str:
        if self.value is None:
            return "—"
        if self.unit == "x":
            return f"{self.value:.2f}x"
        if self.unit == "ms":
            return f"{self.value:.1f} ms"
        if self.unit == "MB":
            return f"{self.value:.0f} MB"
        if self.unit == "":
            return f"{self.value:.4f}"
        return f"{self.value:.2f} s" if self.value < 100 else f"{self.value:.0f} s"

    def target_text(self) -> str:
        if self.target is None:
            return "—"
        op = ">=" if self.higher_is_better else "<" if self.strict else "<="
        unit = {"x": "", "": "", "s": " s"}.get(self.unit, f" {self.unit}")
        return f"{op} {self.target:g}{unit}"

    def verdict(self) -> str:
        if self.target is None:
            return "info"
        return "ok" if self.ok else "OVER"


def propagated_figure(g: dict) -> Figure:
    """Accepts of the labels that "accept everywhere" offers across the project
    (COMPANY, POLICY), on their own: the overall median mixes them with METRIC
    accepts, so it falls wherever the benchmark's label mix puts it."""
    from models.learn.occurrences import PROPAGATED_LABELS

    times = [
        t
        for label, v in g.get("accept_by_label", {}).items()
        if label in PROPAGATED_LABELS
        for t in v["times_ms"]
    ]
    return Figure(
        f"accept {'/'.join(PROPAGATED_LABELS)}, new annotator (median)",
        statistics.median(times) if times else None,
        bench_gui.ACCEPT_TARGET_MS,
        unit="ms",
        note=f"accept everywhere; p95 {sorted(times)[int(len(times) * 0.95)]:.0f} ms "
        f"over {len(times)}"
        if times
        else "none accepted",
    )


def key_figures(g: dict) -> list[Figure]:
    """Issue 15's figures: every key's return to the event loop, the search's
    first hits, Shift+A and its undo on a 150,000-character article."""
    keys = g.get("keys", {})
    worst_median = max(keys.items(), key=lambda kv: kv[1]["median_ms"] or 0)
    worst_p95 = max(keys.items(), key=lambda kv: kv[1]["p95_ms"] or 0)
    return [
        Figure(
            "key to return, worst median over key kinds",
            worst_median[1]["median_ms"],
            bench_gui.KEY_MEDIAN_TARGET_MS,
            unit="ms",
            note=worst_median[0],
        ),
        Figure(
            "key to return, worst p95 over key kinds",
            worst_p95[1]["p95_ms"],
            bench_gui.KEY_P95_TARGET_MS,
            unit="ms",
            note=", ".join(f"{k} {v['p95_ms']:.0f}" for k, v in keys.items() if v["count"]),
        ),
        Figure(
            "search: first hits shown",
            g.get("search_first_ms"),
            bench_gui.SEARCH_FIRST_TARGET_MS,
            unit="ms",
        ),
        Figure(
            "Shift+A of the long article, written",
            g.get("shift_a_s"),
            bench_gui.BULK_TARGET_S,
            note=f"{g.get('shift_a_accepted')} accepted; key {g.get('shift_a_key_ms', 0):.0f} ms",
        ),
        Figure(
            "its undo, written",
            g.get("shift_a_undo_s"),
            note=f"key {g.get('shift_a_undo_key_ms', 0):.0f} ms",
        ),
        Figure(
            "long article: longest the window went unanswered",
            g.get("long_worst_gap_ms"),
            unit="ms",
            note=f"opened in {g.get('long_open_ms', 0):.0f} ms",
        ),
    ]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def accept_note(g: dict) -> str:
    """p95 and the median per label of the accepted suggestion."""
    labels = ", ".join(
        f"{label} {v['median_ms']:.0f}" for label, v in g.get("accept_by_label", {}).items()
    )
    return f"p95 {g['accept_p95_ms'] or 0:.0f} ms over {g['accepts']}; by label {labels} ms"


def write_exchange(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def import_gold(path: Path, rows: list[dict], tmp: Path) -> tuple[float, Project]:
    """The rows as gold through the real import path; (seconds, open project)."""
    source = tmp / "gold.jsonl"
    write_exchange(rows, source)
    project = Project.create(path, annotator="gold")
    started = time.perf_counter()
    report = import_paths(project, [source], ImportOptions(annotator="gold"))
    seconds = time.perf_counter() - started
    assert not report.failed, report.failed[:3]
    assert len(report.added) == len(rows), (len(report.added), len(rows))
    return seconds, project


def stats_figure(path: Path, runs: int = 3) -> tuple[list[float], dict]:
    command = bench_import.biaozhu_command()
    out = [bench_import.stats_process(path, command) for _ in range(runs)]
    return [s for s, _ in out], out[-1][1]


def run(args: argparse.Namespace, tmp: Path) -> list[Figure]:
    figures: list[Figure] = []

    # 1. the project, through the real import path
    began = time.perf_counter()
    rows = bench_export.build_rows(args.count, args.spans)
    spans = sum(len(r["spans"]) for r in rows)
    chars = sum(len(r["text"]) for r in rows)
    log(
        f"corpus: {len(rows)} documents, {spans:,} spans, {chars / 1e6:.1f}M characters "
        f"(built in {time.perf_counter() - began:.1f} s)"
    )
    path = tmp / "bench.biaozhu"
    seconds, project = import_gold(path, rows, tmp)
    q = project.conn.execute
    stored = q("SELECT count(*) FROM annotations").fetchone()[0]
    done = q("SELECT count(*) FROM doc_status WHERE status = 'done'").fetchone()[0]
    log(f"gold import: {seconds:.1f} s, {stored:,} gold spans, {done} documents done")
    assert stored == spans, (stored, spans)
    figures.append(
        Figure(
            f"import {len(rows)} docs + {spans // 1000}k gold spans (jsonl)",
            seconds,
            note=f"{spans / seconds:,.0f} spans/s",
        )
    )

    # 1b. the issue's own import figure: 10,000 articles shuffled from the
    # corpus (about 30M characters), texts only, against a bare executemany,
    # in a fresh process (this one holds the corpus built above)
    import_runs = max(args.runs, 3)
    m = bench_import.measure_in_subprocess(args.count, runs=import_runs)
    log(
        f"texts only: bare {m['bare_s']:.2f} s, .jsonl {m['jsonl_s']:.2f} s, "
        f"folder {m['txt_s']:.2f} s (best of {import_runs})"
    )
    figures.append(
        Figure(
            "import texts only (.jsonl) / bare executemany",
            m["jsonl_ratio"],
            IMPORT_RATIO_TARGET,
            unit="x",
            strict=False,
            note=f"{m['jsonl_s']:.2f} s vs {m['bare_s']:.2f} s",
        )
    )
    figures.append(
        Figure(
            "import texts only (.txt folder) / bare executemany",
            m["txt_ratio"],
            IMPORT_RATIO_TARGET,
            unit="x",
            strict=False,
            note=f"{m['txt_s']:.2f} s vs {m['bare_s']:.2f} s",
        )
    )

    # 2. exports of the gold (before the window accepts anything)
    export_dir = tmp / "export"
    export_dir.mkdir()
    log("exports ...")
    for fmt, secs, target, ok, ratio in bench_export.measure(
        project, rows, export_dir, spans, runs=args.runs
    ):
        if ratio is not None:
            figures.append(
                Figure(
                    f"export {fmt} / bare json.dumps",
                    ratio,
                    bench_export.JSONL_TARGET,
                    unit="x",
                    strict=False,
                    note=f"{secs:.2f} s; {target}",
                )
            )
        else:
            figures.append(Figure(f"export {fmt}", secs, bench_export.OTHER_TARGET))
        log(f"  {fmt}: {secs:.2f} s {'' if ok else 'OVER'}")
    shutil.rmtree(export_dir)
    del rows

    # 3. suggest
    log("suggest throughput and start-up ...")
    s = bench_suggest.measure(runs=args.runs, startup=3)
    figures.append(
        Figure(
            "suggest throughput: ensemble / jieba.lcut",
            s["ratio"],
            bench_suggest.RATIO_TARGET,
            unit="x",
            strict=False,
            note=f"{s['ensemble_s']:.2f} s vs {s['jieba_s']:.2f} s on {s['chars']:,} chars",
        )
    )
    figures.append(
        Figure(
            "biaozhu suggest FILE: first suggestion",
            s["startup_s"],
            bench_suggest.STARTUP_TARGET,
            note="median of " + ", ".join(f"{r:.2f}" for r in s["startup_runs"]),
        )
    )
    from models.suggest.project import suggest_project

    ids = project.document_ids()[: args.suggested]
    began = time.perf_counter()
    totals = suggest_project(project, ids)
    seconds = time.perf_counter() - began
    pending = project.stats()["suggestions_pending"]
    log(f"suggest_project: {seconds:.1f} s for {len(ids)} documents: {totals}")
    figures.append(
        Figure(
            f"suggest_project, first {len(ids)} docs (stored)",
            seconds,
            note=f"{totals['suggestions']:,} suggestions, {pending:,} pending for gold",
        )
    )
    project.close()

    # 4. stats in a fresh process
    runs, out = stats_figure(path)
    assert out["documents"] == args.count, out
    log(f"stats: {', '.join(f'{r:.3f}' for r in runs)} s")
    figures.append(
        Figure(
            "biaozhu stats PROJECT --json (process)",
            statistics.median(runs),
            STATS_TARGET_S,
            note="median of " + ", ".join(f"{r:.2f}" for r in runs),
        )
    )

    # 5. the window, in its own process: as the curator of that gold (the
    # suggestions that disagree with the gold are pending), then as a new
    # annotator (every suggestion pending, no gold of theirs yet)
    log("window, as gold ...")
    g = bench_gui.measure_in_subprocess(path, "gold")
    log(f"window: { {k: v for k, v in g.items() if k != 'accept_by_label'} }")
    figures += [
        Figure(
            "window shown with first article",
            g["shown_s"],
            bench_gui.SHOWN_TARGET_S,
            note=f"{g['first_doc']}, imports included",
        ),
        Figure(
            "switch document (median)",
            g["switch_median_ms"],
            bench_gui.SWITCH_TARGET_MS,
            unit="ms",
            note=f"p95 {g['switch_p95_ms']:.1f}, max {g['switch_max_ms']:.1f}, "
            f"PgDn {g['pgdn_ms']:.1f} ms; {g['switches']} switches",
        ),
        Figure(
            "accept: commit + event + redraw (median)",
            g["accept_median_ms"],
            bench_gui.ACCEPT_TARGET_MS,
            unit="ms",
            note=accept_note(g),
        ),
        Figure(
            "window peak memory",
            g["peak_mb"],
            bench_gui.MEMORY_TARGET_MB,
            unit="MB",
            note=f"full-text search {g['search_s']:.2f} s, {g['search_hits']} hits",
        ),
        *key_figures(g),
    ]
    log(f"window, as a new annotator {NEW_ANNOTATOR!r} ...")
    g = bench_gui.measure_in_subprocess(path, NEW_ANNOTATOR)
    log(f"window: { {k: v for k, v in g.items() if k != 'accept_by_label'} }")
    figures += [
        Figure(
            "switch document, new annotator (median)",
            g["switch_median_ms"],
            bench_gui.SWITCH_TARGET_MS,
            unit="ms",
            note=f"p95 {g['switch_p95_ms']:.1f}, max {g['switch_max_ms']:.1f} ms",
        ),
        Figure(
            "accept, new annotator (median)",
            g["accept_median_ms"],
            bench_gui.ACCEPT_TARGET_MS,
            unit="ms",
            note=accept_note(g),
        ),
        propagated_figure(g),
        Figure(
            "window peak memory, new annotator",
            g["peak_mb"],
            bench_gui.MEMORY_TARGET_MB,
            unit="MB",
        ),
    ]

    # 6. learning
    if args.with_learning:
        if not bench_learn_cluener.available():
            log("learning skipped: no CLUENER under ../shared/data")
        else:
            log("learning on CLUENER ...")
            lr = bench_learn_cluener.measure(say=lambda line: log("  " + line))
            figures += [
                Figure(
                    "CLUENER company F1 (dev)",
                    lr["f1"],
                    bench_learn_cluener.F1_TARGET,
                    higher_is_better=True,
                    unit="",
                    note=f"P {lr['precision']:.3f} R {lr['recall']:.3f}",
                ),
                Figure(
                    "CLUENER training",
                    lr["train_s"],
                    bench_learn_cluener.TRAIN_TARGET_S,
                    note=f"{lr['documents']} sentences",
                ),
                Figure(
                    f"learned suggest, {lr['article_chars']}-char article",
                    lr["predict_ms"],
                    bench_learn_cluener.PREDICT_TARGET_MS,
                    unit="ms",
                    note="median of 9",
                ),
            ]
    return figures


def table(figures: list[Figure]) -> list[str]:
    w = max(len(f.name) for f in figures)
    lines = [f"{'figure':<{w}}  {'measured':>10}  {'target':<9}  {'':<4}  note"]
    lines.append("-" * len(lines[0]) + "-" * 30)
    for f in figures:
        lines.append(
            f"{f.name:<{w}}  {f.measured():>10}  {f.target_text():<9}  {f.verdict():<4}  {f.note}"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="documents (10,000)")
    parser.add_argument("--spans", type=int, default=300_000, help="gold spans (300,000)")
    parser.add_argument(
        "--suggested", type=int, default=300, help="documents given suggestions (300)"
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="best of RUNS for ratios against a baseline (3)"
    )
    parser.add_argument("--with-learning", action="store_true", help="also CLUENER (2-3 min)")
    parser.add_argument(
        "--keep", metavar="DIR", help="build in DIR and keep the project (for profiling)"
    )
    args = parser.parse_args()
    if not (bench_export.SHARED / "gold" / "seeds.jsonl").exists():
        print(f"skipped: {bench_export.SHARED} is absent (../shared beside the repo)")
        return 0
    began = time.perf_counter()
    if args.keep:
        tmp = Path(args.keep)
        tmp.mkdir(parents=True, exist_ok=False)
        figures = run(args, tmp)
    else:
        with tempfile.TemporaryDirectory() as name:
            figures = run(args, Path(name))
    print()
    print("\n".join(table(figures)))
    log(
        f"this script's own peak memory (corpus, gold import, exports): "
        f"{bench_gui.peak_memory_mb():.0f} MB"
    )
    over = [f.name for f in figures if not f.ok]
    print(
        f"\n{len(figures)} figures in {time.perf_counter() - began:.0f} s; "
        + ("all within target" if not over else f"{len(over)} OVER: " + "; ".join(over))
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
