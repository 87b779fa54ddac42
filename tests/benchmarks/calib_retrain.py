"""Scratch (branch calib): ``train_bundled`` with the sequence model read
from a bundle instead of trained again (the rules and data are unchanged,
so it is the same model: 75 s saved per variant of the scorer):

    .venv/bin/python tests/benchmarks/calib_retrain.py FROM_BUNDLE [train_bundled args]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

import os  # noqa: E402

from models.learn import calibration  # noqa: E402
from models.learn import train_bundled as tb  # noqa: E402
from models.learn.bundled import read_bundled  # noqa: E402

if os.environ.get("OWN_CURVES") is not None:  # the kinds given curves of their own
    calibration.OWN_CURVES = frozenset(os.environ["OWN_CURVES"].split(",")) - {""}
if os.environ.get("KIND_PRIOR") is not None:
    calibration.KIND_PRIOR = float(os.environ["KIND_PRIOR"])
calibration.LISTED_ALONE = os.environ.get("LISTED_ALONE", "1") == "1"
tb.KINDS_APART = os.environ.get("KINDS_APART", "1") == "1"
source = read_bundled(Path(sys.argv[1]))
crf = source.taggers["clue"].model
tb.train_crf = lambda *a, **k: crf
sys.exit(tb.main(sys.argv[2:]))
