"""Every POLICY span the full suggestion path shows (``default_suggester``,
what ``biaozhu suggest`` gives with no project) on every text a helper may
read, written by one tree and compared with another's (a scratch script of
the sixteenth POLICY round, `pol16`, not collected by pytest):

    .venv/bin/python tests/benchmarks/pol16_diff.py dump OUT.jsonl
    .venv/bin/python tests/benchmarks/pol16_diff.py diff BASE.jsonl NEW.jsonl

The texts are ``comp15_diff.texts()`` (CLUENER train and dev, CFSC val and
the half of its test that is no check half, the corpus, news-train, the
seeds, the study halves) less CLUENER's odd policy half (a check set, left
out by digest). Where a text has POLICY gold (news-train, the seeds, the
study halves, CLUENER's even policy half) a span is marked ``RIGHT`` or
``false``. news-dev and the check halves are never read.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from comp15_diff import SHARED, print_changes, texts  # noqa: E402


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def policy_texts() -> list[tuple[str, str, set | None]]:
    """(set name, text, gold POLICY spans or None) of every readable text."""
    from policy_study import study_sets

    from models.learn.annotated import read_annotated

    docs = read_annotated(SHARED, "cluener-policy")
    odd = {_digest(d.text) for d in docs[1::2]}
    gold: dict[str, set] = {}
    for d in docs[0::2]:
        gold[_digest(d.text)] = {(s.start, s.end) for s in d.spans if s.label == "POLICY"}
    for name, sdocs in study_sets().items():
        if name == "cluener-even":
            continue
        for d in sdocs:
            spans = {(s["start"], s["end"]) for s in d["spans"] if s["label"] == "POLICY"}
            gold[_digest(d["text"])] = spans
    out = []
    for name, text, _company in texts():
        key = _digest(text)
        if key in odd:
            continue
        if name == "zone-metric-study":
            continue  # METRIC only: no POLICY gold, texts of zone-study
        out.append((name, text, gold.get(key)))
    return out


def dump(path: str) -> int:
    import models
    from models.suggest.pipeline import default_suggester

    print(f"models from {Path(models.__file__).parent}", file=sys.stderr)
    prod = default_suggester()
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for name, text, _gold in policy_texts():
            spans = [[s.start, s.end] for s in prod.suggest(text) if s.label == "POLICY"]
            n += len(spans)
            out.write(json.dumps({"set": name, "spans": spans}) + "\n")
    print(f"{n} POLICY spans", file=sys.stderr)
    return 0


def _mark(gold: set | None, span: tuple) -> str:
    if gold is None:
        return ""
    return "RIGHT" if tuple(span) in gold else "false"


def diff(base_path: str, new_path: str) -> int:
    rows = policy_texts()
    base = [json.loads(x) for x in Path(base_path).read_text("utf-8").splitlines() if x]
    new = [json.loads(x) for x in Path(new_path).read_text("utf-8").splitlines() if x]
    assert len(base) == len(new) == len(rows), (len(base), len(new), len(rows))
    return print_changes(rows, base, new, mark=_mark)


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        raise SystemExit(dump(sys.argv[2]))
    raise SystemExit(diff(sys.argv[2], sys.argv[3]))
