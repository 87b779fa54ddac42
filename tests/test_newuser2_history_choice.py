"""`biaozhu history` says a reviewer's choice in words, as Review → History
does (the README: the command answers the same questions): the two layers,
the spans each held there, and what was chosen. A reviewer read
`{"left": [{"attrs": {"approx": "", "indicator": … → {"choice": "right", "kind`,
JSON cut at 80 characters that named neither annotator nor span."""

from __future__ import annotations

import json

from desktop.cli import main
from models import Project
from models.review.adjudicate import Adjudication
from models.review.compare import LayerRef
from tests.conftest import shared_path


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_history_says_a_reviewers_choice_in_words(tmp_path, capsys):
    line = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()[0]
    record = json.loads(line)
    spans = record["spans"]
    first, second = spans[0], spans[1]
    relabelled = "POLICY" if second["label"] != "POLICY" else "COMPANY"
    bob = {**record, "spans": [{**second, "label": relabelled}, *spans[2:]]}
    (tmp_path / "alice.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "bob.jsonl").write_text(json.dumps(bob, ensure_ascii=False) + "\n", "utf-8")
    proj = str(tmp_path / "p.biaozhu")
    run(capsys, "new", proj, "--annotator", "alice")
    run(capsys, "import", proj, str(tmp_path / "alice.jsonl"), "--annotator", "alice")
    run(capsys, "import", proj, str(tmp_path / "bob.jsonl"), "--annotator", "bob")
    run(capsys, "role", proj, "carol", "reviewer", "--create", "--annotator", "carol")
    with Project.open(proj, annotator="carol") as p:
        review = Adjudication(
            p, record["id"], "carol", LayerRef.annotator("alice"), LayerRef.annotator("bob")
        )
        review.accept_agreements()  # Shift+Y: one review.agreements event
        for diff in list(review.open_differences()):
            review.choose(diff, "right")

    lines = run(capsys, "history", proj, "--action", "review.choice").splitlines()
    assert len(lines) == 2, lines
    text = record["text"]

    def span(s, label=None):
        return f"{text[s['start'] : s['end']]}[{s['start']}:{s['end']}]{label or s['label']}"

    only_alice = next(x for x in lines if f"alice: {span(first)};" in x)
    assert f"alice: {span(first)}; bob: ∅ → right (only left)" in only_alice, only_alice
    other_label = next(x for x in lines if x is not only_alice)
    assert (
        f"alice: {span(second)}; bob: {span(second, relabelled)} → right (other label)"
        in other_label
    )
    for x in lines:
        assert '{"left"' not in x and '"attrs"' not in x, x  # no JSON cut short
