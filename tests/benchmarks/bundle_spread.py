"""How far the shipped model moves from the fit alone, on the same rules and
data (a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/bundle_spread.py --out DIR (--fold-seed N | --crf-iterations N) [--crf-from BUNDLE]

``train_bundled`` has no seed: every step is deterministic. Two of its
choices stand in for one:

- ``--fold-seed N``: the in-domain documents shuffled (seeded) before they
  are dealt round-robin into the scorer's held-out folds, which decide the
  lexicon each document is judged with and the held-out scores the
  calibration is fitted on;
- ``--crf-iterations N``: the sequence model's L-BFGS stopped at N
  iterations instead of ``CLUE_CRF.max_iterations`` (80, short of
  convergence: where it stops is where any change to its inputs moves it).

``--crf-from BUNDLE`` takes the sequence model of a bundle trained on the
same rules and data instead of training it again (it would be byte for
byte the same: ``train_bundled`` is deterministic), for the fold seeds,
which change the scorer alone.

Measure the bundle written to DIR with ``BIAOZHU_RESOURCES`` pointing at a
resources folder whose ``models/bundled`` is DIR (its other entries linked
to the repo's), e.g. through ``bench_learn_quality.py --no-dev``."""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from models.learn import train_bundled as tb  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--fold-seed", type=int)
    parser.add_argument("--crf-iterations", type=int)
    parser.add_argument("--crf-from", type=Path)
    args = parser.parse_args()
    if args.fold_seed is not None:
        read = tb.read_inputs

        def shuffled(shared, auxiliary=None):
            inputs = read(shared, auxiliary)
            order = list(range(len(inputs.domain)))
            random.Random(args.fold_seed).shuffle(order)
            inputs.domain = [inputs.domain[i] for i in order]
            inputs.parts = [inputs.parts[i] for i in order]
            return inputs

        tb.read_inputs = shuffled
    if args.crf_iterations is not None:
        tb.CLUE_CRF = dataclasses.replace(tb.CLUE_CRF, max_iterations=args.crf_iterations)
    if args.crf_from is not None:
        from models.learn.bundled import read_bundled

        model = read_bundled(args.crf_from).taggers["clue"].model
        tb.train_crf = lambda *_args, **_kwargs: model
    return tb.main(["--out", str(args.out)])


if __name__ == "__main__":
    sys.exit(main())
