"""POLICY errors of the rules alone counted by kind (a scratch script of the
eleventh POLICY round, not collected by pytest):

    .venv/bin/python tests/benchmarks/policy_kinds.py [--sets zone-check,economy-check]

For each set only counts are printed, never a span or its context, so it may
run on the check halves: missed gold spans by form (bare quote, quote with a
head, title, unquoted ending in a head of policy_heads.txt, by that head's
class, or with none) and whether a policy verb stands in the words before
it; false names by rule and by the head they end in; boundaries by rule and
by side (front or end, too long or too short). news-dev is never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from policy_study import check_sets, study_sets  # noqa: E402


def main() -> int:
    from models.suggest.engine import default_ensemble
    from models.suggest.policy import BOUNDARY, resources

    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="zone-check,economy-check")
    args = parser.parse_args()
    r = resources()
    heads = sorted(r.heads, key=len, reverse=True)
    sets = {**study_sets(), **check_sets()}
    ens = default_ensemble()
    for name in args.sets.split(","):
        missed: Counter = Counter()
        false: Counter = Counter()
        bound: Counter = Counter()
        for d in sets[name]:
            t = d["text"]
            gold = {(x["start"], x["end"]) for x in d["spans"] if x["label"] == "POLICY"}
            pred = {(x.start, x.end): x for x in ens.suggest(t) if x.label == "POLICY"}
            for s, e in gold - set(pred):
                near = [p for p in pred if p[0] < e and s < p[1]]
                if near:
                    ps, pe = near[0]
                    rule = pred[near[0]].attrs.get("rule", "")
                    side = []
                    if ps != s:
                        side.append("front " + ("long" if ps < s else "short"))
                    if pe != e:
                        side.append("end " + ("long" if pe > e else "short"))
                    ph = next((h for h in heads if t[ps:pe].endswith(h)), "-")
                    gh = next((h for h in heads if t[s:e].endswith(h)), "-")
                    extra = ""
                    if ps < s:
                        import jieba.posseg as pseg

                        ws = list(pseg.cut(t[ps:s]))
                        extra = "extra " + "+".join(w.flag for w in ws) + f" ({s - ps} chars)"
                    bound[f"{rule:<18}{' '.join(side):<22} pred {ph} gold {gh} {extra}"] += 1
                    continue
                x = t[s:e]
                head = next((h for h in heads if x.endswith(h)), None)
                if x[0] in '“‘"' and x[-1] in '”’"':
                    form = "bare quote"
                elif x[0] == "《":
                    form = "title"
                elif "“" in x or '"' in x:
                    form = f"quote+{head or 'other'}"
                elif head:
                    k = s
                    while k > 0 and s - k < 26 and t[k - 1] not in BOUNDARY:
                        k -= 1
                    trig = "verb" if r.trigger_re.search(t, k, s) else "no verb"
                    form = f"unquoted {r.heads[head]:<7} {trig:<8} ({head})"
                else:
                    form = "unquoted no head"
                missed[form] += 1
            for (s, e), sug in pred.items():
                if (s, e) in gold or any(g[0] < e and s < g[1] for g in gold):
                    continue
                x = t[s:e]
                head = next((h for h in heads if x.endswith(h)), "-")
                false[f"{sug.attrs.get('rule', ''):<18}{head}"] += 1
        print(
            f"\n== {name}: missed {sum(missed.values())}, false {sum(false.values())},"
            f" boundary {sum(bound.values())}"
        )
        for title, c in (("missed", missed), ("false", false), ("boundary", bound)):
            print(f"  {title}:")
            for k, v in c.most_common():
                print(f"    {v:>3}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
