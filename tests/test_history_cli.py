"""A reviewer's questions answered from `biaozhu history` alone: who made a
span, when, from which suggestion (its suggester and the calibrated score it
was shown with), and what it was before, for work done here and work merged
in from other laptops' files."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project, Suggestion
from models.review.merge import merge_project

TEXT = "2024年,比亚迪抚州基地实现工业营收932.4亿元,同比增长13.7%,税收18亿元。"


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def offer(surface: str, label: str, score: float, source: str) -> Suggestion:
    return Suggestion(*at(surface), label, surface, score, source, "7")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def reviewed(tmp_path) -> dict:
    """Alice's project; carol's copy of it on another laptop; dave's own project
    holding the same article under another id; both merged into alice's."""
    a = tmp_path / "a.biaozhu"
    with Project.create(a, annotator="alice") as p:
        doc, _ = p.add_document(TEXT, doc_id="art-1")
        p.store_suggestions(
            doc,
            [
                offer("932.4亿元", "METRIC", 0.91, "model"),
                offer("13.7%", "METRIC", 0.88, "model"),
                offer("比亚迪", "COMPANY", 0.64, "lexicon"),
            ],
        )
        by_text = {s.text: s for s in p.suggestions(doc)}
        metric = p.accept_suggestion(by_text["932.4亿元"].id)
        p.relabel_span(metric.id, "POLICY")
    b = tmp_path / "b.biaozhu"
    shutil.copy(a, b)
    with Project.open(b, annotator="carol") as p:
        carols = p.accept_suggestion(by_text["13.7%"].id)
    d = tmp_path / "d.biaozhu"
    with Project.create(d, annotator="dave") as p:
        p.add_document(TEXT, doc_id="dave-7")
        p.store_suggestions("dave-7", [offer("比亚迪", "COMPANY", 0.64, "lexicon")])
        daves = p.accept_suggestion(p.suggestions("dave-7")[0].id)
        p.relabel_span(daves.id, "POLICY")
    with Project.open(a, annotator="rev") as p:
        merge_project(p, b)
        merge_project(p, d)
        here = {
            a.annotator: a.id for a in p.all_annotations(doc) if a.annotator in ("carol", "dave")
        }
    return {
        "path": str(a),
        "doc": doc,
        "alice": metric.id,
        "carol": here["carol"],
        "carol_there": carols.id,
        "dave": here["dave"],
        "suggestion": by_text["932.4亿元"].id,
    }


def test_merged_events_are_told_from_the_files_own_in_every_format(reviewed, capsys, tmp_path):
    """carol's file is a copy of alice's (one project id): her accept, made on
    her laptop, read as an event of this file, under the span id that is
    alice's here, in the text, the JSON and the CSV alike."""
    path = reviewed["path"]
    code, out, _ = run(capsys, "history", path, "--annotator", "carol", "--json")
    events = {e["action"]: e for e in lines(out)}
    there = events["suggestion.accepted"]
    assert there["origin_hash"] is not None and there["target"] == str(reviewed["carol_there"])
    code, out, _ = run(capsys, "history", path, "--action", "suggestion.accepted", "--json")
    mine = [e for e in lines(out) if e["annotator"] == "alice"]
    assert [e["origin_hash"] for e in mine] == [None]

    code, out, _ = run(capsys, "history", path, "--annotator", "carol")
    accepted = [line for line in out.splitlines() if " suggestion.accepted " in line]
    assert len(accepted) == 1 and "merged from b.biaozhu" in accepted[0], out
    code, out, _ = run(capsys, "history", path, "--annotator", "alice")
    assert "merged" not in out

    report = tmp_path / "audit.csv"
    assert run(capsys, "history", path, "--format", "csv", "--out", str(report))[0] == 0
    with report.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    merged = [r for r in rows if r["origin_hash"]]
    assert {r["annotator"] for r in merged} >= {"carol", "dave"}
    assert all(r["origin_hash"] == "" for r in rows if r["annotator"] == "alice")


def test_a_documents_history_holds_what_merged_files_recorded_under_its_other_id(reviewed, capsys):
    """dave accepted 比亚迪 as a COMPANY suggestion (lexicon, 0.64) and relabelled
    it, in his file, where the article is dave-7: `--doc` showed only the
    merge's span.added of a POLICY, as if dave had marked it so by hand."""
    code, out, _ = run(capsys, "history", reviewed["path"], "--doc", reviewed["doc"], "--json")
    daves = [(e["action"], e["doc"]) for e in lines(out) if e["annotator"] == "dave"]
    assert ("suggestion.accepted", "dave-7") in daves
    assert ("span.relabelled", "dave-7") in daves
    assert ("span.added", reviewed["doc"]) in daves
    code, out, _ = run(capsys, "history", reviewed["path"], "--doc", reviewed["doc"])
    relabel = [line for line in out.splitlines() if " dave span.relabelled " in line]
    assert len(relabel) == 1 and "COMPANY" in relabel[0] and "POLICY" in relabel[0]
    # the decision a merge brought names whose it is and what it was
    merged = [line for line in out.splitlines() if " decision.merged " in line]
    assert any("→ dave accepted 比亚迪[" in line for line in merged), merged


def test_the_text_names_the_suggestion_a_span_came_from_and_its_score(reviewed, capsys):
    code, out, _ = run(capsys, "history", reviewed["path"], "--annotator", "alice")
    accepted = [line for line in out.splitlines() if " suggestion.accepted " in line]
    assert len(accepted) == 1
    assert f"suggestion {reviewed['suggestion']}, METRIC: model@7 (0.91)" in accepted[0], accepted
    assert f"span {reviewed['alice']} " in accepted[0]


def test_one_spans_history_follows_it_to_where_it_came_from(reviewed, capsys):
    """`--span ID`: who made it, when, from which suggestion, and every change
    since, for a span of this file and for one a merge brought (its events in
    the file it came from, under its id there)."""
    path = reviewed["path"]
    code, out, _ = run(capsys, "history", path, "--span", str(reviewed["alice"]), "--json")
    assert code == 0
    events = lines(out)
    assert [e["action"] for e in events] == ["suggestion.accepted", "span.relabelled"]
    first = events[0]["after"]
    assert (first["suggestion"]["source"], first["suggestion"]["score"]) == ("model", 0.91)
    assert events[1]["before"]["label"] == "METRIC" and events[1]["after"]["label"] == "POLICY"

    code, out, _ = run(capsys, "history", path, "--span", str(reviewed["dave"]), "--json")
    events = lines(out)
    assert [(e["action"], e["origin_hash"] is not None) for e in events] == [
        ("suggestion.accepted", True),
        ("span.relabelled", True),
        ("span.added", False),
    ]
    assert events[0]["after"]["suggestion"]["source"] == "lexicon"
    code, out, _ = run(capsys, "history", path, "--span", str(reviewed["carol"]))
    there, here = out.splitlines()
    assert there.split()[3] == "suggestion.accepted" and "[merged from b.biaozhu]" in there
    assert here.split()[3] == "span.added" and "merged" not in here.split("(")[0]
    assert f"(by a merge, from span {reviewed['carol_there']} of b.biaozhu)" in here


@pytest.mark.parametrize("argv", [["--span", "999"], ["--span", "1", "--doc", "elsewhere"]])
def test_an_unknown_span_is_one_line(reviewed, capsys, argv):
    code, out, err = run(capsys, "history", reviewed["path"], *argv)
    assert code == 1 and not out
    assert err.startswith("biaozhu: error:") and err.count("\n") == 1, err


def test_an_earlier_audit_csv_is_still_replaced(reviewed, capsys, tmp_path):
    """A CSV written before the origin_hash column is an earlier report too."""
    report = Path(tmp_path / "audit.csv")
    report.write_text(
        "\ufeffid,time,annotator,action,doc,target,before,after,origin,hash\n", encoding="utf-8"
    )
    assert run(capsys, "history", reviewed["path"], "--format", "csv", "--out", str(report))[0] == 0
    assert "origin_hash" in report.read_text(encoding="utf-8-sig").splitlines()[0]


def test_a_spans_history_keeps_apart_two_copies_that_gave_it_the_same_id(tmp_path, capsys):
    """Each laptop gets its own copy of the project (one project id, one
    numbering of spans): carol's and dave's first spans in the same article
    both have id 1 in their files. Following carol's merged span back must not
    bring in dave's accept."""
    a = tmp_path / "a.biaozhu"
    with Project.create(a, annotator="lead") as p:
        doc, _ = p.add_document(TEXT, doc_id="art-1")
        p.store_suggestions(
            doc,
            [offer("932.4亿元", "METRIC", 0.91, "model"), offer("13.7%", "METRIC", 0.88, "model")],
        )
    copies = {}
    for who, surface in (("carol", "932.4亿元"), ("dave", "13.7%")):
        path = tmp_path / f"{who}.biaozhu"
        shutil.copy(a, path)
        with Project.open(path, annotator=who) as p:
            sugg = next(s for s in p.suggestions(doc) if s.text == surface)
            copies[who] = p.accept_suggestion(sugg.id).id
    assert copies["carol"] == copies["dave"]
    with Project.open(a, annotator="lead") as p:
        merge_project(p, tmp_path / "carol.biaozhu")
        merge_project(p, tmp_path / "dave.biaozhu")
        carols = next(x.id for x in p.all_annotations(doc) if x.annotator == "carol")
    code, out, _ = run(capsys, "history", str(a), "--span", str(carols), "--json")
    events = lines(out)
    assert [(e["annotator"], e["action"]) for e in events] == [
        ("carol", "suggestion.accepted"),
        ("carol", "span.added"),
    ], events


def test_conflicts_name_the_file_the_incoming_spans_came_from(tmp_path, capsys):
    """`conflicts` said 'from 3f2a…', the project id, which a copy on another
    laptop shares with this file: the reviewer could not tell which file."""
    a = tmp_path / "a.biaozhu"
    with Project.create(a, annotator="alice") as p:
        doc, _ = p.add_document(TEXT, doc_id="art-1")
    b = tmp_path / "laptop-b.biaozhu"
    shutil.copy(a, b)
    with Project.open(b, annotator="alice") as p:
        p.add_span(doc, *at("比亚迪"), "COMPANY")
    with Project.open(a, annotator="alice") as p:
        p.add_span(doc, *at("932.4亿元"), "METRIC")
        assert merge_project(p, b).conflicts
    code, out, _ = run(capsys, "conflicts", str(a))
    assert code == 0 and "from laptop-b.biaozhu" in out, out
    code, out, _ = run(capsys, "conflicts", str(a), "--json")
    assert json.loads(out)["file"] == "laptop-b.biaozhu"
