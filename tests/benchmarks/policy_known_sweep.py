"""Programme names from general knowledge, checked before they join
``policy_names.txt`` (a scratch script of the fourteenth POLICY round, not
collected by pytest):

    .venv/bin/python tests/benchmarks/policy_known_sweep.py NAMES.txt [--all]

For each name of the file (one a line, ``#`` comments): whether the list
holds it already; every occurrence in the study material (the study halves
of zone, economy and work-report news, news-train, the seeds, CLUENER's even
policy half) with what the gold marks there (``GOLD`` the name itself,
``in:<span>`` a longer gold name holding it, ``over:<span>`` a gold name
crossing it, ``unmarked``) and what the rules show; how often it occurs in
CLUENER's train and dev texts (a name there changes the candidates of
CLUENER's user path); and the rules' POLICY spans on four plain sentences
written in the manner of news around it. The check halves are never read.
A name is printed as ``ADD`` when the list lacks it, the rules miss it in
a sentence with no policy verb, no study occurrence is left unmarked, and
CLUENER's texts hold it nowhere; ``--all`` prints every name's details.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from policy_study import REPO, SHARED, study_sets  # noqa: E402

SENTENCES = (
    "国家发展改革委近日表示，将深入推进{n}，加大政策支持力度。",
    "{n}为当地企业带来新的发展机遇。",
    "该公司受益于{n}，去年订单增长三成。",
    "近年来，我省全面落实{n}，取得明显成效。",
)


def _cluener_texts() -> list[str]:
    out = []
    for part in ("train", "dev"):
        path = SHARED / "data" / "cluener" / f"{part}.jsonl"
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def main() -> int:
    from models.suggest.engine import default_ensemble
    from models.suggest.policy import PolicySuggester

    parser = argparse.ArgumentParser()
    parser.add_argument("names")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    names = [
        x.strip()
        for x in Path(args.names).read_text("utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    ]
    listed = {
        x.strip()
        for x in (REPO / "resources" / "lexicon" / "policy_names.txt")
        .read_text("utf-8")
        .splitlines()
        if x.strip() and not x.startswith("#")
    }
    sets = study_sets()
    rules = default_ensemble()
    policy = PolicySuggester()
    cluener = _cluener_texts()
    shown_cache: dict = {}
    for n in names:
        lines = []
        unmarked = 0
        for set_name, docs in sets.items():
            for d in docs:
                t = d["text"]
                k = t.find(n)
                while k >= 0:
                    e = k + len(n)
                    gold = [(s["start"], s["end"]) for s in d["spans"] if s["label"] == "POLICY"]
                    if (k, e) in gold:
                        mark = "GOLD"
                    else:
                        inner = [g for g in gold if g[0] <= k and e <= g[1]]
                        over = [g for g in gold if g[0] < e and k < g[1]]
                        if inner:
                            mark = "in:" + t[inner[0][0] : inner[0][1]]
                        elif over:
                            mark = "over:" + t[over[0][0] : over[0][1]]
                        else:
                            mark = "unmarked"
                            unmarked += 1
                    key = (set_name, d["id"])
                    if key not in shown_cache:
                        shown_cache[key] = [
                            (s.start, s.end) for s in rules.suggest(t) if s.label == "POLICY"
                        ]
                    shown = [t[a:b] for a, b in shown_cache[key] if a < e and k < b]
                    ctx = t[max(0, k - 12) : e + 12].replace("\n", " ")
                    lines.append(f"    {set_name}: {mark} | rules {shown} | …{ctx}…")
                    k = t.find(n, e)
        in_clue = sum(n in t for t in cluener)
        probes = [policy_names_in(policy, s.format(n=n)) for s in SENTENCES]
        found_bare = n in probes[1] and n in probes[2]
        verdict = (
            "LISTED"
            if n in listed
            else "FOUND"
            if found_bare
            else "CLUENER"
            if in_clue
            else "UNMARKED"
            if unmarked
            else "ADD"
        )
        print(f"{verdict}\t{n}\tstudy {len(lines)}\tcluener {in_clue}\tprobes {probes}")
        if args.all or verdict != "ADD" or lines:
            for x in lines:
                print(x)
    return 0


def policy_names_in(suggester, text: str) -> list[str]:
    return [s.text for s in suggester.suggest(text)]


if __name__ == "__main__":
    raise SystemExit(main())
