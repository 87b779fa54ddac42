"""What an import cannot keep is said, not dropped in silence (review3,
7 December 2026).

Biaozhu keeps spans, not relations between them. doccano's relation
projects export ``relations`` beside ``entities``, Label Studio a result of
type ``relation`` beside the labelled regions, brat ``R`` (and ``*``) lines
beside the ``T`` lines: the import took the spans and dropped every relation
without a word, so an ML engineer who brought a relation corpus learned only
from its training run that the relations were gone. The import now says, in
one line, how many relations it left out and why (and, for brat, its ``E``
events and ``N`` normalizations, which no span holds either).

Label Studio's labels are case-sensitive: a task labelled ``Company`` by one
annotator and ``COMPANY`` by another brought ``Company`` in as a label of its
own beside the project's COMPANY, splitting one entity's spans under two
labels (counted, exported and trained apart). The label rules already in
place decide it: a CLUENER file's ``company`` is taken as the project's
COMPANY (``cluener_label_map``), and a ``--label-map`` target that is the
project's label in another case is refused as a typo of it. So a span label
that differs from one of the project's only by case is that label, and the
import says so in one line; where the project has neither, the spelling most
of the file's spans use is the label, and the others are taken as it. An
explicit ``--label-map`` still decides first."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main
from models import Project
from models.io.importers import ImportOptions, import_paths
from tests.conftest import news_train_article


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def article_spans(n: int = 3):
    row = news_train_article()
    spans = sorted(row["spans"], key=lambda s: s["start"])[:n]
    return row, spans


def one_line(out: str, word: str) -> str:
    lines = [line for line in out.splitlines() if word in line]
    assert len(lines) == 1, out
    return lines[0]


def tasks_file(tmp_path, *tasks: dict):
    """The tasks as a Label Studio export file."""
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(list(tasks), ensure_ascii=False), "utf-8")
    return path


def import_into_new(tmp_path, capsys, path) -> tuple[Path, int, str, str]:
    """``biaozhu new`` then ``biaozhu import`` of ``path``: the project, and
    import's exit code, output and errors."""
    proj = tmp_path / "p.biaozhu"
    run(capsys, "new", str(proj))
    return (proj, *run(capsys, "import", str(proj), str(path)))


def test_doccano_relations_are_counted_and_said(tmp_path, capsys):
    row, spans = article_spans()
    record = {
        "id": 1,
        "text": row["text"],
        "entities": [
            {"id": i, "start_offset": s["start"], "end_offset": s["end"], "label": s["label"]}
            for i, s in enumerate(spans)
        ],
        "relations": [
            {"id": 0, "from_id": 0, "to_id": 1, "type": "signed_with"},
            {"id": 1, "from_id": 1, "to_id": 2, "type": "signed_with"},
        ],
    }
    path = tmp_path / "rel.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    proj, code, out, err = import_into_new(tmp_path, capsys, path)
    assert code == 0, err
    line = one_line(out, "relation")
    assert "2 relations" in line and "not imported" in line and "spans" in line, line
    with Project.open(proj, readonly=True) as p:
        assert len(p.annotations(p.document_ids()[0], p.annotator)) == len(spans)


def label_studio_task(row, regions, relations=0):
    result = [
        {
            "id": f"r{i}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": s["start"], "end": s["end"], "text": s["text"], "labels": [label]},
        }
        for i, (s, label) in enumerate(regions)
    ]
    result += [
        {
            "from_id": "r0",
            "to_id": f"r{i + 1}",
            "type": "relation",
            "direction": "right",
            "labels": ["signed_with"],
        }
        for i in range(relations)
    ]
    return {"id": 1, "data": {"text": row["text"]}, "annotations": [{"result": result}]}


def test_label_studio_relation_results_are_said(tmp_path, capsys):
    row, spans = article_spans()
    task = label_studio_task(row, [(s, s["label"]) for s in spans], relations=1)
    path = tasks_file(tmp_path, task)
    proj, code, out, err = import_into_new(tmp_path, capsys, path)
    assert code == 0, err
    line = one_line(out, "relation")
    assert "1 relation " in line and "not imported" in line, line


def test_label_studio_results_of_other_kinds_are_said(tmp_path, capsys):
    # A document-level choice (the article's sentiment) and a free-text note
    # are results no span keeps: said, as relations are.
    row, spans = article_spans()
    task = label_studio_task(row, [(s, s["label"]) for s in spans])
    task["annotations"][0]["result"] += [
        {"from_name": "sentiment", "to_name": "text", "type": "choices",
         "value": {"choices": ["Positive"]}},
        {"from_name": "note", "to_name": "text", "type": "textarea",
         "value": {"text": ["check the figures"]}},
    ]  # fmt: skip
    path = tasks_file(tmp_path, task)
    proj, code, out, err = import_into_new(tmp_path, capsys, path)
    assert code == 0, err
    line = one_line(out, "choices")
    assert "2 Label Studio results" in line and "not imported" in line, line
    with Project.open(proj) as p:
        assert len(p.annotations(p.document_ids()[0], p.annotator)) == len(spans)


def test_brat_relation_lines_are_said(tmp_path, capsys):
    row, spans = article_spans()
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "d1.txt").write_text(row["text"], "utf-8")
    lines = [
        f"T{i + 1}\t{s['label']} {s['start']} {s['end']}\t{s['text']}" for i, s in enumerate(spans)
    ]
    lines += ["R1\tSigned Arg1:T1 Arg2:T2", "R2\tSigned Arg1:T2 Arg2:T3", "*\tAlias T1 T2"]
    lines += ["E1\tSigning:T1 Party:T2", "N1\tReference T1 Wikidata:Q123\tBYD"]
    (folder / "d1.ann").write_text("\n".join(lines) + "\n", "utf-8")
    proj, code, out, err = import_into_new(tmp_path, capsys, folder)
    assert code == 0, err
    line = one_line(out, "relation")
    assert "3 relations" in line, line  # two R lines and one * line
    assert "1 brat event" in one_line(out, "brat event")
    assert "1 brat normalization" in one_line(out, "normalization")


def test_no_line_without_relations(tmp_path, capsys):
    row, spans = article_spans()
    task = label_studio_task(row, [(s, s["label"]) for s in spans])
    path = tasks_file(tmp_path, task)
    proj, code, out, _err = import_into_new(tmp_path, capsys, path)
    assert code == 0 and "relation" not in out and "case" not in out, out


def test_a_label_studio_label_in_another_case_is_the_projects(tmp_path, capsys):
    row, spans = article_spans(4)
    companies = [s for s in spans if s["label"] == "COMPANY"]
    assert len(companies) >= 2
    regions = [(s, "Company" if s is companies[0] else s["label"]) for s in spans]
    path = tasks_file(tmp_path, label_studio_task(row, regions))
    proj, code, out, err = import_into_new(tmp_path, capsys, path)
    assert code == 0, err
    line = one_line(out, "Company")
    assert "COMPANY" in line and "1 span" in line and "case" in line, line
    assert "added to the project's labels" not in out
    with Project.open(proj, readonly=True) as p:
        assert p.label_names() == ["METRIC", "COMPANY", "POLICY"]
        doc = p.document_ids()[0]
        got = sorted((a.start, a.end, a.label) for a in p.annotations(doc, p.annotator))
        assert got == sorted((s["start"], s["end"], s["label"]) for s in spans)


def test_two_spellings_of_a_new_label_are_one(tmp_path):
    """The project has no ORG: the file's Org (two spans) and ORG (one) are
    one label, Org, the spelling most of its spans use."""
    row, spans = article_spans(3)
    regions = [(s, "ORG" if i == 0 else "Org") for i, s in enumerate(spans)]
    path = tasks_file(tmp_path, label_studio_task(row, regions))
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as p:
        report = import_paths(p, [path], ImportOptions())
        assert p.label_names() == ["METRIC", "COMPANY", "POLICY", "Org"]
        assert report.labels_added == ["Org"]
        assert report.labels_folded == {("ORG", "Org"): 1}
        doc = p.document_ids()[0]
        assert {a.label for a in p.annotations(doc, "alice")} == {"Org"}
        assert p.verify().ok


def test_an_explicit_label_map_decides_first(tmp_path):
    row, spans = article_spans(4)
    companies = [s for s in spans if s["label"] == "COMPANY"]
    regions = [(s, "Company" if s is companies[0] else s["label"]) for s in spans]
    path = tasks_file(tmp_path, label_studio_task(row, regions))
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as p:
        options = ImportOptions(extra={"label_map": {"Company": "POLICY", "COMPANY": "COMPANY"}})
        report = import_paths(p, [path], options)
        assert report.labels_folded == {}
        doc = p.document_ids()[0]
        got = {(a.start, a.label) for a in p.annotations(doc, "alice")}
        assert (companies[0]["start"], "POLICY") in got
