"""A second annotator's labelled file of texts the project already holds:
their spans come in as their own layer, beside the first annotator's."""

from __future__ import annotations

import json

from desktop.cli import main
from models import Project
from models.io.importers import ImportOptions, import_paths

TEXT_A = "抚州高新区全年实现工业营收932.4亿元，同比增长13.7%。比亚迪在此投资。"
TEXT_B = "江西铜博科技有限公司落户园区，总投资50亿元。"


def span(text: str, part: str, label: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "label": label}


def write_jsonl(path, records) -> str:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return str(path)


def layer(project: Project, doc_id: str, who: str) -> list[tuple[int, int, str, str]]:
    return [(a.start, a.end, a.label, a.origin) for a in project.annotations(doc_id, who)]


def alice_and_bob_files(tmp_path):
    alice = write_jsonl(
        tmp_path / "alice.jsonl",
        [
            {"id": "a", "text": TEXT_A, "spans": [span(TEXT_A, "932.4亿元", "METRIC")]},
            {"id": "b", "text": TEXT_B, "spans": [span(TEXT_B, "江西铜博科技有限公司", "COMPANY")]},
        ],
    )
    bob = write_jsonl(
        tmp_path / "bob.jsonl",
        [
            {
                "id": "bob-1",
                "text": TEXT_A,
                "spans": [span(TEXT_A, "932.4亿元", "METRIC"), span(TEXT_A, "比亚迪", "COMPANY")],
            },
            {"id": "bob-2", "text": TEXT_B, "spans": []},
        ],
    )
    return alice, bob


def test_bobs_file_of_texts_already_in_the_project_becomes_his_layer(tmp_path):
    alice, bob = alice_and_bob_files(tmp_path)
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        first = import_paths(project, [alice], ImportOptions(annotator="alice"))
        assert len(first.added) == 2
        alice_before = {d: layer(project, d, "alice") for d in ("a", "b")}
        events_before = project.conn.execute("SELECT count(*) FROM events").fetchone()[0]

        report = import_paths(project, [bob], ImportOptions(annotator="bob"))

        assert report.added == [] and report.failed == []
        assert [(doc, n) for _, doc, n in report.layers] == [("a", 2), ("b", 0)]
        assert report.skipped == [] and report.spans == 0  # new documents' spans
        # the documents are matched by their text, not by the file's ids
        assert project.document_ids() == ["a", "b"]
        start = TEXT_A.index("比亚迪")
        assert layer(project, "a", "bob") == [
            (TEXT_A.index("932.4亿元"), TEXT_A.index("932.4亿元") + 7, "METRIC", "imported"),
            (start, start + 3, "COMPANY", "imported"),
        ]
        assert layer(project, "b", "bob") == []  # an empty layer: nothing to mark, done
        assert project.status("a", "bob") == "done" and project.status("b", "bob") == "done"
        assert {d: layer(project, d, "alice") for d in ("a", "b")} == alice_before
        assert project.status("a", "alice") == "done"
        actions = [
            (row[0], row[1], row[2])
            for row in project.conn.execute(
                "SELECT annotator, action, doc_id FROM events WHERE id > ? ORDER BY id",
                (events_before,),
            )
        ]
        assert actions == [
            ("alice", "annotator.added", None),  # bob joins, written by who opened it
            ("bob", "span.added", "a"),
            ("bob", "span.added", "a"),
            ("bob", "doc.status", "a"),
            ("bob", "doc.status", "b"),
        ]
        assert project.verify().ok


def test_a_layer_bob_already_has_is_never_overwritten(tmp_path):
    alice, bob = alice_and_bob_files(tmp_path)
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        import_paths(project, [alice], ImportOptions(annotator="alice"))
        project.add_span("a", 0, 3, "COMPANY", annotator="bob")  # bob's own work there
        project.set_status("b", "in_progress", annotator="bob")  # and begun here
        before = list(project.conn.iterdump())

        report = import_paths(project, [bob], ImportOptions(annotator="bob"))

        assert report.layers == []
        assert [(doc, str(why)) for _, doc, why in report.kept] == [
            ("a", "bob has 1 span there already"),
            ("b", "bob has begun it already (in_progress)"),
        ]
        assert list(project.conn.iterdump()) == before


def test_the_same_file_again_changes_nothing(tmp_path):
    alice, bob = alice_and_bob_files(tmp_path)
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        import_paths(project, [alice], ImportOptions(annotator="alice"))
        import_paths(project, [bob], ImportOptions(annotator="bob"))
        before = list(project.conn.iterdump())
        again = import_paths(project, [bob], ImportOptions(annotator="bob"))
        assert again.layers == [] and len(again.kept) == 2
        assert list(project.conn.iterdump()) == before


def test_a_refused_span_of_bobs_layer_changes_nothing(tmp_path):
    alice, _ = alice_and_bob_files(tmp_path)
    bad = write_jsonl(
        tmp_path / "bad.jsonl",
        [
            {"text": TEXT_A, "spans": [span(TEXT_A, "932.4亿元", "METRIC")]},
            {"text": TEXT_B, "spans": [{"start": 3, "end": 999, "label": "COMPANY"}]},
        ],
    )
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        import_paths(project, [alice], ImportOptions(annotator="alice"))
        before = list(project.conn.iterdump())
        report = import_paths(project, [bad], ImportOptions(annotator="bob"))
        assert len(report.failed) == 1 and report.layers == []
        assert list(project.conn.iterdump()) == before


def test_a_text_file_already_in_the_project_is_still_skipped(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text(TEXT_A, encoding="utf-8")
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        import_paths(project, [txt])
        report = import_paths(project, [txt], ImportOptions(annotator="bob"))
        assert report.layers == [] and report.kept == [] and len(report.skipped) == 1
        assert project.status(report.skipped[0][1], "bob") == "todo"


def test_cli_import_of_bobs_layer_then_agreement(tmp_path, capsys):
    alice, bob = alice_and_bob_files(tmp_path)
    proj = str(tmp_path / "p.biaozhu")
    assert main(["new", proj, "--annotator", "alice"]) == 0
    assert main(["import", proj, alice, "--annotator", "alice"]) == 0
    capsys.readouterr()
    assert main(["import", proj, bob, "--annotator", "bob"]) == 0
    out = capsys.readouterr().out
    # what happened, without "0 span(s)" beside the spans the layer brought
    assert out.splitlines()[:2] == [
        "imported no new document from 1 file",
        "  added bob's layer to 2 documents already in the project (2 spans)",
    ]
    assert main(["import", proj, bob, "--annotator", "bob"]) == 0
    out = capsys.readouterr().out
    assert "kept 2 documents where bob has a layer already" in out
    assert f"  kept {bob}: document a: bob has 2 spans there already" in out
    assert main(["agreement", proj, "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)["pairs"]
    assert [(p["a"], p["b"], p["documents"]) for p in pairs] == [("alice", "bob", 2)]
    overall = pairs[0]["overall"]
    assert (overall["a_spans"], overall["b_spans"], overall["exact_matches"]) == (2, 2, 1)
    assert main(["verify", proj]) == 0
