"""The error-listing script never shows the held-out sets' sentences: they
are for measuring, and a rule written on an error one has read is fitted to
that set (news-dev, and the `check` halves of the zone-news and work-report
gold)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.suggest_errors import held_out

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "tests" / "benchmarks" / "suggest_errors.py"
CHECK_TEXT = "华工科技发布公告，营收增长13.7%。"
STUDY_TEXT = "联想集团发布公告，利润下降2.5%。"


def test_news_dev_and_check_halves_are_held_out():
    dev = Path("../shared/gold/news-dev.jsonl")
    assert held_out(dev, {"id": "x", "text": "", "spans": []})
    zone = Path("tests/data/zone_news/gold.jsonl")
    assert held_out(zone, {"meta": {"half": "check"}})
    assert not held_out(zone, {"meta": {"half": "study"}})
    assert not held_out(Path("../shared/gold/news-train.jsonl"), {"id": "x"})


def test_errors_of_a_check_half_are_counted_but_never_shown(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "c", "text": CHECK_TEXT, "spans": [], "meta": {"half": "check"}},
        {"id": "s", "text": STUDY_TEXT, "spans": [], "meta": {"half": "study"}},
    ]
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    out = subprocess.run(
        [sys.executable, str(SCRIPT), str(gold)], capture_output=True, text=True, check=True
    ).stdout
    assert "联想集团" in out  # the study half's false suggestions are listed
    assert "华工科技" not in out and "13.7%" not in out
    assert "held out" in out
