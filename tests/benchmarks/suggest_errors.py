"""The default suggesters' errors on a gold file, by label and kind, with
context (a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/suggest_errors.py ../shared/gold/news-train.jsonl
    .venv/bin/python tests/benchmarks/suggest_errors.py GOLD.jsonl --label COMPANY --fold 2/5

Kinds: ``boundary`` (a prediction overlaps a gold span of its label but
ends differently: both sides are shown), ``label`` (the same characters
under another label), ``missed`` (gold nothing overlaps) and ``false``
(a prediction that overlaps no gold of its label). ``--fold i/k`` keeps
the documents of one of k folds (by a hash of the id), so rules can be
written on k-1 folds and checked on the one held out. Prints the scores
first, then every error with 12 characters of context either side, except
in held-out documents (news-dev, and the ``check`` halves of our zone-news
and work-report gold): those are scored and counted, never shown, because
a rule written on an error one has read is fitted to the set that measures
it."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONTEXT = 12
HELD_OUT_FILES = frozenset({"news-dev.jsonl"})


def fold_of(doc_id: str, k: int) -> int:
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % k + 1


def held_out(path: Path, doc: dict) -> bool:
    """Whether a document is for measuring only, so its errors are never shown."""
    meta = doc.get("meta") or {}
    return path.name in HELD_OUT_FILES or meta.get("half") == "check"


def load(path: Path, fold: tuple[int, int] | None) -> list[dict]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if fold is not None:
        i, k = fold
        docs = [d for d in docs if fold_of(d["id"], k) == i]
    return docs


def show(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start].replace("\n", "⏎")
    right = text[end : end + CONTEXT].replace("\n", "⏎")
    return f"{left}[{text[start:end]}]{right}"


def errors(doc: dict, pred: list) -> list[tuple[str, str, str]]:
    """(label, kind, description) for every error in one document."""
    text = doc["text"]
    gold = {(s["start"], s["end"], s["label"]) for s in doc["spans"]}
    guess = {(s.start, s.end, s.label): s for s in pred}
    out = []
    for s, e, lab in sorted(gold - set(guess)):
        near = [k for k in guess if k[2] == lab and k[0] < e and s < k[1]]
        if near:
            ps, pe, _ = near[0]
            out.append((lab, "boundary", f"gold {show(text, s, e)}  pred [{text[ps:pe]}]"))
        elif any(k[0] == s and k[1] == e for k in guess):
            other = next(k[2] for k in guess if k[0] == s and k[1] == e)
            out.append((lab, "label", f"{show(text, s, e)} as {other}"))
        else:
            out.append((lab, "missed", show(text, s, e)))
    for key, sug in sorted(guess.items()):
        s, e, lab = key
        if key in gold or any(g[2] == lab and g[0] < e and s < g[1] for g in gold):
            continue
        if any(g[0] == s and g[1] == e for g in gold):
            continue  # counted as a label error above
        rule = sug.attrs.get("rule", "") if isinstance(sug.attrs, dict) else ""
        out.append((lab, "false", f"{show(text, s, e)}  ({sug.source}:{rule} {sug.score})"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--label", action="append", help="only this label (repeatable)")
    parser.add_argument("--kind", action="append", help="only this kind of error")
    parser.add_argument("--fold", help="i/k: only the documents of fold i of k")
    parser.add_argument("--quiet", action="store_true", help="scores and counts only")
    parser.add_argument(
        "--rules", action="store_true", help="right and wrong suggestions per rule (no text)"
    )
    args = parser.parse_args()
    fold = tuple(int(x) for x in args.fold.split("/")) if args.fold else None

    sys.path.insert(0, str(REPO))
    from desktop.cli.suggest_cmds import format_report
    from models.evaluate import evaluate
    from models.suggest.engine import default_ensemble

    docs = load(args.gold, fold)
    ensemble = default_ensemble()
    preds = {d["id"]: ensemble.suggest(d["text"]) for d in docs}
    print(format_report(evaluate({d["id"]: d["spans"] for d in docs}, preds)))
    counts: Counter[tuple[str, str]] = Counter()
    hidden = sum(held_out(args.gold, doc) for doc in docs)
    if hidden:
        print(f"{hidden} held out documents: their errors are counted, not shown")
    for doc in docs:
        secret = held_out(args.gold, doc)
        for lab, kind, desc in errors(doc, preds[doc["id"]]):
            counts[lab, kind] += 1
            if secret or args.quiet or (args.label and lab not in args.label):
                continue
            if args.kind and kind not in args.kind:
                continue
            print(f"{lab:<8}{kind:<9}{doc['id'][:24]:<25}{desc}")
    print()
    for (lab, kind), n in sorted(counts.items()):
        print(f"{lab:<8}{kind:<9}{n}")
    if args.rules:
        print()
        print_rules(docs, preds)
    return 0


def print_rules(docs: list[dict], preds: dict) -> None:
    """Exact-right and wrong suggestions per (label, source, rule)."""
    right: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        gold = {(s["start"], s["end"], s["label"]) for s in doc["spans"]}
        for sug in preds[doc["id"]]:
            rule = f"{sug.source}:{sug.attrs.get('rule', '')}"
            (right if (sug.start, sug.end, sug.label) in gold else wrong)[sug.label, rule] += 1
    for key in sorted(set(right) | set(wrong)):
        print(f"{key[0]:<8}{key[1]:<24}right {right[key]:>4}  wrong {wrong[key]:>4}")


if __name__ == "__main__":
    sys.exit(main())
