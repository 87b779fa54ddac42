"""The study gold's POLICY names put into frames of news (a scratch script
of the POLICY precision round, `polp`; named policy_frames.py until
`pol17` gave that name to the frames of every gold POLICY):

    .venv/bin/python tests/benchmarks/policy_fixed_frames.py [FRAMES] [--show N]

Every POLICY name the gold of the zone and economy study halves, news-train
and the seeds marks (one line, 30 characters at most) is first put into a
plain frame with a policy verb (该市深入实施…，取得积极成效。); the names the
rules find there exactly are then put into each frame of FRAMES (one a
line, ``{}`` where the name goes; tests/benchmarks/policy_frames.txt by
default), and each frame prints how many of them the rules give with
another boundary, with the first N. A frame whose clause has no policy verb
is expected to lose the names that need one (bare quotes, unquoted names
with a weak head): those are left out, only boundaries are listed. Only the
study material; never a check half, never news-dev."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from policy_study import study_sets  # noqa: E402

BASE_FRAME = "该市深入实施{}，取得积极成效。"


def main() -> int:
    from models.suggest.policy import PolicySuggester

    parser = argparse.ArgumentParser()
    parser.add_argument("frames", nargs="?", default=str(HERE / "policy_frames.txt"))
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    rules = PolicySuggester()
    names = set()
    for set_name, docs in study_sets().items():
        if set_name in ("work-study", "cluener-even"):
            continue
        for d in docs:
            for s in d["spans"]:
                x = d["text"][s["start"] : s["end"]]
                if s["label"] == "POLICY" and "\n" not in x and len(x) <= 30:
                    names.add(x)
    found = [
        n for n in sorted(names) if [s.text for s in rules.suggest(BASE_FRAME.format(n))] == [n]
    ]
    print(f"{len(names)} names, {len(found)} found exactly in the plain frame")
    for frame in Path(args.frames).read_text(encoding="utf-8").splitlines():
        if "{}" not in frame:
            continue
        wrong = []
        for n in found:
            got = [s.text for s in rules.suggest(frame.format(n))]
            if got and got != [n]:
                wrong.append((n, got))
        print(f"{len(wrong):3d}/{len(found)}  {frame}")
        for n, got in wrong[: args.show]:
            print(f"         {n} -> {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
