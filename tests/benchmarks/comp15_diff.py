"""Every COMPANY span the full suggestion path shows (``default_suggester``,
what ``biaozhu suggest`` gives with no project) on every text a helper may
read, written by one tree and compared with another's (a scratch script of
the fifteenth COMPANY round, not collected by pytest):

    .venv/bin/python tests/benchmarks/comp15_diff.py dump OUT.jsonl
    .venv/bin/python tests/benchmarks/comp15_diff.py diff BASE.jsonl NEW.jsonl
    .venv/bin/python tests/benchmarks/comp15_diff.py dump-rules OUT.jsonl

(``dump-rules``: the rules' COMPANY spans before the scorer, ``default_ensemble``,
where a kind that fires below the threshold shows.)

Run ``dump`` once from the start (a ``git archive`` copy with its own code
first on ``PYTHONPATH``) and once from the change; ``diff`` prints every
span that appears, disappears or changes its bounds, with its sentence and,
where the text has gold, whether the gold marks it (``RIGHT``/``false``;
CLUENER's own ``company`` spans shown as ``clue:company``, its conventions
are not ours). The texts: CLUENER's train and dev, CFSC's val and the half
of its test that is no check half, ``../shared/corpus/``, news-train, the
seeds and the study halves of ``tests/data``. news-dev and the check halves
are never read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
DATA = REPO / "tests" / "data"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def texts() -> list[tuple[str, str, set]]:
    """(set name, text, gold COMPANY spans or None) of every readable text."""
    from models.learn.annotated import read_annotated

    out: list[tuple[str, str, set | None]] = []
    for part in ("train", "dev"):
        for row in _jsonl(SHARED / "data" / "cluener" / f"{part}.jsonl"):
            spans = {
                (s, e + 1)
                for name in row.get("label", {}).get("company", {}).values()
                for s, e in name
            }
            out.append((f"cluener-{part}", row["text"], ("clue", spans)))
    check = {d.text for d in read_annotated(SHARED, "cfsc-test")[::2]}
    for part in ("val", "test"):
        rows = json.loads((SHARED / "data" / "cfsc" / f"{part}.json").read_text("utf-8"))
        for row in rows:
            if part == "test" and row["text"] in check:
                continue
            out.append((f"cfsc-{part}", row["text"], None))
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        out.append(("corpus", path.read_text("utf-8"), None))
    sets = {
        "news-train": _jsonl(SHARED / "gold" / "news-train.jsonl"),
        "seeds": _jsonl(SHARED / "gold" / "seeds.jsonl"),
    }
    for name, path in (
        ("work-study", DATA / "work_reports" / "policy.jsonl"),
        ("zone-study", DATA / "zone_news" / "gold.jsonl"),
        ("zone-metric-study", DATA / "zone_news" / "metric.jsonl"),
        ("economy-study", DATA / "economy_news" / "gold.jsonl"),
    ):
        sets[name] = [d for d in _jsonl(path) if d["meta"]["half"] == "study"]
    for name, docs in sets.items():
        has_company = name in ("news-train", "seeds", "zone-study", "economy-study")
        for d in docs:
            gold = {(s["start"], s["end"]) for s in d["spans"] if s["label"] == "COMPANY"}
            out.append((name, d["text"], ("gold", gold) if has_company else None))
    return out


def dump(path: str, rules: bool = False) -> int:
    from models.suggest.engine import default_ensemble
    from models.suggest.pipeline import default_suggester

    prod = default_ensemble() if rules else default_suggester()
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for name, text, _gold in texts():
            spans = [[s.start, s.end] for s in prod.suggest(text) if s.label == "COMPANY"]
            n += len(spans)
            out.write(json.dumps({"set": name, "spans": spans}) + "\n")
    print(f"{n} COMPANY spans", file=sys.stderr)
    return 0


def _mark(gold, span) -> str:
    if gold is None:
        return ""
    kind, spans = gold
    hit = tuple(span) in spans
    return (
        ("clue:company" if hit else "clue:-") if kind == "clue" else ("RIGHT" if hit else "false")
    )


def print_changes(
    rows: list[tuple[str, str, set]], base: list[dict], new: list[dict], mark=None
) -> int:
    """Every span that appears, disappears or moves between two dumps of the
    same texts, with its context and its mark against the gold (``mark``,
    this script's by default), then counts."""
    mark = mark or _mark
    counts: Counter = Counter()
    for (name, text, gold), b, n in zip(rows, base, new, strict=True):
        bs, ns = {tuple(x) for x in b["spans"]}, {tuple(x) for x in n["spans"]}
        if bs == ns:
            continue
        gone, came = sorted(bs - ns), sorted(ns - bs)
        for s, e in gone + came:
            tag = "-" if (s, e) in gone else "+"
            other = [x for x in (came if tag == "-" else gone) if x[0] < e and s < x[1]]
            if tag == "+" and other:
                continue  # printed with the span it replaces
            ctx = text[max(0, s - 25) : e + 25].replace("\n", " ")
            if other:
                o = other[0]
                kind = "changed"
                what = (
                    f"{text[s:e]} [{mark(gold, (s, e))}] -> {text[o[0] : o[1]]} [{mark(gold, o)}]"
                )
            else:
                kind = "gone" if tag == "-" else "new"
                what = f"{text[s:e]} [{mark(gold, (s, e))}]"
            counts[name, kind] += 1
            print(f"{name}\t{kind}\t{what}\t{ctx}")
    for (name, kind), c in sorted(counts.items()):
        print(f"# {name} {kind}: {c}")
    print(f"# total changes: {sum(counts.values())}")
    return 0


def diff(base_path: str, new_path: str) -> int:
    rows = texts()
    base, new = _jsonl(Path(base_path)), _jsonl(Path(new_path))
    assert len(base) == len(new) == len(rows), (len(base), len(new), len(rows))
    return print_changes(rows, base, new)


if __name__ == "__main__":
    if sys.argv[1] in ("dump", "dump-rules"):
        raise SystemExit(dump(sys.argv[2], rules=sys.argv[1] == "dump-rules"))
    raise SystemExit(diff(sys.argv[2], sys.argv[3]))
