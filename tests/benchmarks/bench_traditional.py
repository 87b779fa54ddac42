"""Suggesting news written in traditional characters (a plain script, not
collected by pytest):

    .venv/bin/python tests/benchmarks/bench_traditional.py

The seed articles and news-train (study sets) are written out again in
traditional characters with OpenCC's simplified→traditional character
table (``STCharacters``, the first candidate of each entry: one character
for one, so every gold offset stays where it was) and scored through
``biaozhu evaluate`` (the user's path: a JSONL file of gold) beside the
same gold in simplified characters. Printed: exact F1 per label, the
traditional figure beside the simplified one (target: within 0.02), and
the time of suggesting the traditional texts against the simplified ones
(best of a few interleaved rounds, each article suggested on its own as
the app does).

Beside them (no target), the same gold as OpenCC's whole converters write
it for Hong Kong (``s2hk``) and Taiwan (``s2tw``): phrases and regional
variant forms (衞, 着 → 著, 台), closer to what those papers print; a
document whose length they change is left out.

Needs ../shared beside the repo."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import opencc
from opencc import OpenCC

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "gold"
SETS = {"seeds": SHARED / "seeds.jsonl", "news-train": SHARED / "news-train.jsonl"}
LABELS = ("METRIC", "COMPANY", "POLICY")
TARGET = 0.02
ROUNDS = 5


def simplified_to_traditional() -> dict[int, str]:
    """OpenCC's STCharacters, the first candidate of each entry, kept only
    where it is one character (so offsets never move)."""
    table = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
    out: dict[int, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            out[ord(parts[0])] = parts[1]
    return out


def to_traditional(row: dict, table: dict[int, str]) -> dict:
    row = dict(row)
    row["text"] = row["text"].translate(table)
    spans = []
    for span in row.get("spans", []):
        span = dict(span)
        if "text" in span:
            span["text"] = span["text"].translate(table)
        spans.append(span)
    row["spans"] = spans
    return row


def exact_f1(gold: Path) -> dict[str, float]:
    """``biaozhu evaluate --json GOLD``: exact F1 per label."""
    out = subprocess.run(
        [str(Path(sys.executable).parent / "biaozhu"), "evaluate", "--json", str(gold)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    exact = json.loads(out)["exact"]
    return {label: exact.get(label, {}).get("f1", 0.0) for label in (*LABELS, "ALL")}


def suggest_seconds(texts: list[str]) -> float:
    from models.suggest.pipeline import default_suggester

    suggester = default_suggester()
    start = time.process_time()
    for text in texts:
        suggester.suggest(text)
    return time.process_time() - start


def converted(rows: list[dict], convert) -> list[dict]:
    """``rows`` with text and span texts converted; a document whose length
    changes (its offsets would move) is left out."""
    out = []
    for row in rows:
        text = convert(row["text"])
        if len(text) != len(row["text"]):
            continue
        row = dict(row, text=text)
        row["spans"] = [
            dict(span, text=text[span["start"] : span["end"]]) for span in row.get("spans", [])
        ]
        out.append(row)
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def main() -> int:
    table = simplified_to_traditional()
    regional = {"hk": OpenCC("s2hk").convert, "tw": OpenCC("s2tw").convert}
    ok = True
    simplified_texts: list[str] = []
    traditional_texts: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        print(
            f"{'set':<11} {'label':<8} {'simplified':>10} {'traditional':>11} {'diff':>7}"
            f" {'hk':>7} {'tw':>7}"
        )
        for name, path in SETS.items():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            rows = [r for r in rows if r.get("text")]
            traditional_rows = [to_traditional(r, table) for r in rows]
            trad_path = write_jsonl(Path(tmp) / f"{name}-traditional.jsonl", traditional_rows)
            simplified, traditional = exact_f1(path), exact_f1(trad_path)
            by_region = {}
            for region, convert in regional.items():
                region_rows = converted(rows, convert)
                if len(region_rows) < len(rows):
                    print(f"  ({region}: {len(rows) - len(region_rows)} documents left out)")
                by_region[region] = exact_f1(
                    write_jsonl(Path(tmp) / f"{name}-{region}.jsonl", region_rows)
                )
            for label in (*LABELS, "ALL"):
                diff = traditional[label] - simplified[label]
                if label != "ALL" and abs(diff) > TARGET:
                    ok = False
                print(
                    f"{name:<11} {label:<8} {simplified[label]:>10.4f} "
                    f"{traditional[label]:>11.4f} {diff:>+7.4f} "
                    f"{by_region['hk'][label]:>7.4f} {by_region['tw'][label]:>7.4f}"
                )
            simplified_texts += [r["text"] for r in rows]
            traditional_texts += [r["text"] for r in traditional_rows]
    suggest_seconds(simplified_texts[:2] + traditional_texts[:2])  # warm up
    simple_best = trad_best = float("inf")
    for _ in range(ROUNDS):  # interleaved, so a busy spell slows both alike
        simple_best = min(simple_best, suggest_seconds(simplified_texts))
        trad_best = min(trad_best, suggest_seconds(traditional_texts))
    print(
        f"suggesting {len(simplified_texts)} articles: simplified {simple_best:.3f} s, "
        f"traditional {trad_best:.3f} s, ratio {trad_best / simple_best:.2f}"
    )
    print("target (each label within 0.02 of simplified):", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
