"""Scratch (COMPANY 14): what the shipped suggester shows as COMPANY on
sentences written for the purpose (one a line, in a file), with the
candidates' probabilities and rules. Never reads a check half or news-dev.

    .venv/bin/python tests/benchmarks/comp14_probe.py FILE [--rules]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def main() -> int:
    from models.suggest.pipeline import bundled_pipeline

    pipe = bundled_pipeline()
    lines = [x for x in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if x.strip()]
    for text in lines:
        scored, a = pipe.scored(text)
        index = a.compact.index
        shown = [s for s in pipe.suggest(text) if s.label == "COMPANY"]
        print(text)
        print("  SHOWN:", " | ".join(text[s.start : s.end] for s in shown))
        if "--rules" in sys.argv:
            seen = set()
            for prob, c in scored:
                if c.label != "COMPANY":
                    continue
                s, e = index[c.start], index[c.end - 1] + 1
                if (s, e) in seen:
                    continue
                seen.add((s, e))
                print(
                    f"    cand {text[s:e]} {prob:.2f} {','.join(sorted(c.sources))}/{','.join(sorted(c.rules))}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
