"""`biaozhu history` says an accept's offers in words, as Review → History
does: a newcomer following the README saw `比亚迪[None:None]COMPANY` for a
name offered at its other places (Python's None, and no place at all), and
a withdrawn offer as JSON cut off at 80 characters (`"suggestions": [ → ∅`)."""

from __future__ import annotations

import json
import re

from desktop.cli import main
from models.learn.occurrences import offer_elsewhere
from models.store import bulk
from tests.conftest import shared_path

NAME = "比亚迪"


def news_with(name: str) -> list[str]:
    """The news-train articles whose gold names ``name`` a COMPANY."""
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [
        r["text"]
        for r in records
        if any(s["label"] == "COMPANY" and s["text"] == name for s in r["spans"])
    ]


def test_history_names_the_places_an_offer_made_and_withdrew(project, capsys):
    texts = news_with(NAME)
    assert len(texts) >= 2
    first, _ = project.add_document(texts[0])
    for text in texts[1:]:
        project.add_document(text)
    start = texts[0].index(NAME)
    ann = project.add_span(first, start, start + len(NAME), "COMPANY")
    made = offer_elsewhere(project, ann, "t1")
    places = sorted(start for starts in made.values() for start in starts)
    assert places  # the name occurs in the other articles
    bulk.withdraw_offer(project, "t1")
    path = project.path
    project.close()

    assert main(["history", str(path), "--action", "suggestions.offered"]) == 0
    offered = capsys.readouterr().out
    assert "None" not in offered
    lines = offered.splitlines()
    assert len(lines) == len(made)  # one event a document
    said = []
    for line in lines:
        assert f"∅ → {NAME} COMPANY at " in line, line
        said += [int(x) for x in line.split(" at ")[1].split(" (")[0].split(", ")]
    assert sorted(said) == places

    assert main(["history", str(path), "--action", "suggestions.withdrawn"]) == 0
    withdrawn = capsys.readouterr().out.splitlines()
    assert withdrawn
    for line in withdrawn:
        assert '"suggestions": [' not in line, line  # no JSON cut short
        assert re.search(r" suggestions? \d+(, \d+)* → ∅$", line), line
