"""A labelled import by a new annotator writes no event dated before the one
listed before it (newuser6, 7 December 2026).

A reviewer auditing a project where bob's layer came from `biaozhu import
--annotator bob` read `[time before #25's]` on bob's first span: the mark
`history` gives a clock set back or an event written outside Biaozhu. The
import took its time before it registered bob, so the `annotator.added`
event was later than the spans written after it in the same transaction."""

from __future__ import annotations

import json

from desktop.cli import main
from models import Project
from tests.conftest import news_train_article


def test_a_new_annotators_imported_layer_is_in_time_order(tmp_path, capsys):
    article = news_train_article(0)
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        project.add_document(article["text"], doc_id=article["id"])
    layer = tmp_path / "bob.jsonl"
    layer.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["import", str(path), str(layer), "--annotator", "bob"]) == 0
    capsys.readouterr()

    assert main(["history", str(path), "--json"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    actions = [e["action"] for e in events]
    assert "annotator.added" in actions and "span.added" in actions
    times = [e["time"] for e in events]
    assert times == sorted(times), [(e["id"], e["action"], e["time"]) for e in events]
    assert main(["history", str(path)]) == 0
    assert "[time before" not in capsys.readouterr().out
