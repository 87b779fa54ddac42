"""Scratch (fix17): the indicator the product suggests for every METRIC on
every readable text (comp15_diff's texts: never news-dev nor a check half),
dumped by one tree and compared with another's:

    .venv/bin/python tests/benchmarks/fix17_indicators.py dump OUT.jsonl
    .venv/bin/python tests/benchmarks/fix17_indicators.py diff BASE.jsonl NEW.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def dump(path: str) -> int:
    from models.suggest.pipeline import default_suggester
    from tests.benchmarks.comp15_diff import texts

    prod = default_suggester()
    with open(path, "w", encoding="utf-8") as out:
        for name, text, _gold in texts():
            got = [
                [s.start, s.end, s.attrs.get("indicator", "")]
                for s in prod.suggest(text)
                if s.label == "METRIC"
            ]
            out.write(json.dumps({"set": name, "text": text, "metrics": got}, ensure_ascii=False))
            out.write("\n")
    return 0


def diff(base_path: str, new_path: str) -> int:
    base = [json.loads(x) for x in Path(base_path).read_text("utf-8").splitlines()]
    new = [json.loads(x) for x in Path(new_path).read_text("utf-8").splitlines()]
    counts: Counter = Counter()
    for b, n in zip(base, new, strict=True):
        before = {(s, e): i for s, e, i in b["metrics"]}
        for s, e, i in n["metrics"]:
            counts["metrics"] += 1
            if (s, e) in before and before[(s, e)] != i:
                counts[n["set"]] += 1
                t = n["text"]
                print(
                    f"{n['set']}\t{t[s:e]}\t{before[(s, e)]!r} -> {i!r}\t{t[max(0, s - 30) : e + 15]}"
                )
    print("#", dict(counts))
    return 0


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    raise SystemExit(dump(*args) if cmd == "dump" else diff(*args))
