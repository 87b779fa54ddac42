"""COMPANY recall of the default suggesters on public data whose conventions
differ from ours (a sanity check on unfamiliar text, a plain script):

    .venv/bin/python tests/benchmarks/company_recall.py [--show N] [--model]

CFSC-NER ``val`` ``Corporate`` spans and CLUENER ``dev`` ``company`` spans:
recall on exact and on overlapping matches, and precision on CLUENER (which
marks every company; CFSC marks only sentiment targets, so its unmarked
names are not errors). ``--show N`` prints N misses and N suggestions not in the gold of each set."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"


def cfsc() -> list[tuple[str, set[tuple[int, int]]]]:
    rows = json.loads((DATA / "cfsc" / "val.json").read_text(encoding="utf-8"))
    return [
        (
            r["text"],
            {(x["from"], x["to"]) for x in r["labels"] if x["Level 1 Aspect"] == "Corporate"},
        )
        for r in rows
    ]


def cluener() -> list[tuple[str, set[tuple[int, int]]]]:
    out = []
    for line in (DATA / "cluener" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans = {
            (s, e + 1) for places in row["label"].get("company", {}).values() for s, e in places
        }
        out.append((row["text"], spans))
    return out


def score(name: str, rows, ensemble, show: int) -> None:
    gold = found_exact = found_overlap = pred = right = 0
    misses, wrong = [], []
    for text, spans in rows:
        got = {(s.start, s.end) for s in ensemble.suggest(text) if s.label == "COMPANY"}
        gold += len(spans)
        pred += len(got)
        right += len(got & spans)
        for s, e in sorted(got - spans):
            if len(wrong) < show:
                wrong.append(f"{text[max(0, s - 10) : s]}[{text[s:e]}]{text[e : e + 10]}")
        found_exact += len(spans & got)
        for s, e in spans:
            hit = any(a < e and s < b for a, b in got)
            found_overlap += hit
            if not hit and len(misses) < show:
                misses.append(f"{text[max(0, s - 10) : s]}[{text[s:e]}]{text[e : e + 10]}")
    print(
        f"{name}: {gold} gold, recall exact {found_exact / gold:.3f}, overlap "
        f"{found_overlap / gold:.3f}; {pred} predicted, precision {right / max(pred, 1):.3f}"
    )
    for m in misses:
        print("   missed", m)
    for w in wrong:
        print("   not gold", w)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument(
        "--model",
        action="store_true",
        help="the default suggester (the bundled model), not the rules",
    )
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent")
        return 0
    sys.path.insert(0, str(REPO))
    from models.suggest.engine import default_ensemble
    from models.suggest.pipeline import default_suggester

    ensemble = default_suggester() if args.model else default_ensemble()
    score("CFSC val Corporate", cfsc(), ensemble, args.show)
    score("CLUENER dev company", cluener(), ensemble, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
