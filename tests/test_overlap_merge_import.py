"""Overlapping spans that arrive from elsewhere (a merge, a labelled import, a
backup restored) into a project whose setting refuses them: refused in one
line naming the spans and the setting, nothing changed; once the project
allows them, they come in whole."""

from __future__ import annotations

import json
import shutil

from desktop.cli import main
from models import Project
from models.review.conflicts import conflicts
from models.store.backup import make_backup, restore_backup

TEXT = "比亚迪汽车工业有限公司营业收入932.4亿元。"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(path) -> list[str]:
    with Project.open(path, readonly=True) as project:
        return list(project.conn.iterdump())


def spans(path, annotator: str) -> list[tuple]:
    with Project.open(path, readonly=True) as project:
        return project.conn.execute(
            "SELECT doc_id, start_pos, end_pos, label FROM annotations WHERE annotator = ?"
            " ORDER BY doc_id, start_pos, end_pos",
            (annotator,),
        ).fetchall()


def test_a_merge_bringing_overlapping_spans_into_a_project_refusing_them_is_refused(
    tmp_path, capsys
):
    mine, theirs = tmp_path / "a.biaozhu", tmp_path / "b.biaozhu"
    with Project.create(mine, annotator="alice") as project:
        doc_id, _ = project.add_document(TEXT)
        project.add_span(doc_id, 15, 21, "METRIC")
    shutil.copy(mine, theirs)
    with Project.open(theirs, annotator="bob") as project:
        project.set_allow_overlap(True)
        project.add_span(doc_id, 0, 3, "COMPANY")
        project.add_span(doc_id, 0, 11, "COMPANY")
    before = dump(mine)
    code, out, err = run(capsys, "merge", str(mine), str(theirs))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("biaozhu: error: b.biaozhu: merge refused")
    assert "bob" in err and doc_id in err
    assert "“比亚迪汽车工业有限公司” [0:11]" in err and "“比亚迪” (COMPANY) [0:3]" in err
    assert "does not allow overlapping spans" in err and "--allow-overlap on" in err
    assert dump(mine) == before
    # allowed here, the same merge takes bob's layer whole
    assert run(capsys, "settings", str(mine), "--allow-overlap", "on")[0] == 0
    assert run(capsys, "merge", str(mine), str(theirs))[0] == 0
    assert spans(mine, "bob") == [(doc_id, 0, 3, "COMPANY"), (doc_id, 0, 11, "COMPANY")]
    assert spans(mine, "alice") == [(doc_id, 15, 21, "METRIC")]
    assert run(capsys, "verify", str(mine))[0] == 0


def test_keeping_theirs_in_a_conflict_of_overlapping_spans_is_refused_naming_the_setting(
    tmp_path, capsys
):
    mine, theirs = tmp_path / "a.biaozhu", tmp_path / "b.biaozhu"
    with Project.create(mine, annotator="bob") as project:
        doc_id, _ = project.add_document(TEXT)
    shutil.copy(mine, theirs)
    with Project.open(mine, annotator="bob") as project:
        project.add_span(doc_id, 15, 21, "METRIC")  # both changed bob's layer: a conflict
    with Project.open(theirs, annotator="bob") as project:
        project.set_allow_overlap(True)
        project.add_span(doc_id, 0, 3, "COMPANY")
        project.add_span(doc_id, 0, 11, "COMPANY")
    assert run(capsys, "merge", str(mine), str(theirs))[0] == 0
    with Project.open(mine, readonly=True) as project:
        (listed,) = [c.handle for c in conflicts(project)]  # as `conflicts` lists it
    before = dump(mine)
    code, _, err = run(capsys, "conflicts", str(mine), "--resolve", listed, "--keep", "theirs")
    assert code == 1 and err.count("\n") == 1
    assert "“比亚迪汽车工业有限公司” [0:11]" in err and "does not allow overlapping spans" in err
    assert dump(mine) == before
    assert run(capsys, "settings", str(mine), "--allow-overlap", "on")[0] == 0
    code, _, err = run(capsys, "conflicts", str(mine), "--resolve", listed, "--keep", "theirs")
    assert code == 0, err
    assert spans(mine, "bob") == [(doc_id, 0, 3, "COMPANY"), (doc_id, 0, 11, "COMPANY")]


def test_a_labelled_import_with_overlapping_spans_is_refused_naming_the_setting(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    with Project.create(proj, annotator="alice") as project:
        doc_id, _ = project.add_document(TEXT)
        project.add_span(doc_id, 0, 3, "COMPANY")
    labelled = tmp_path / "bob.jsonl"
    records = [
        {"id": "held", "text": TEXT, "spans": [{"start": 15, "end": 21, "label": "METRIC"}]},
        {
            "id": "new",
            "text": "另一篇" + TEXT,
            "spans": [
                {"start": 3, "end": 6, "label": "COMPANY"},
                {"start": 3, "end": 14, "label": "COMPANY"},
            ],
        },
    ]
    labelled.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    before = dump(proj)
    code, _, err = run(capsys, "import", str(proj), str(labelled), "--annotator", "bob")
    assert code == 1 and err.count("\n") == 1
    assert "line 2" in err and "“比亚迪汽车工业有限公司” (3..14)" in err
    assert "does not allow overlapping spans" in err and "--allow-overlap on" in err
    assert dump(proj) == before
    assert run(capsys, "settings", str(proj), "--allow-overlap", "on")[0] == 0
    assert run(capsys, "import", str(proj), str(labelled), "--annotator", "bob")[0] == 0
    assert len(spans(proj, "bob")) == 3
    assert spans(proj, "alice") == [(doc_id, 0, 3, "COMPANY")]


def test_a_restored_backup_brings_its_setting_back_with_its_overlapping_spans(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice", allow_overlap=True) as project:
        doc_id, _ = project.add_document(TEXT)
        project.add_span(doc_id, 0, 3, "COMPANY")
        wide = project.add_span(doc_id, 0, 11, "COMPANY")
        copy = make_backup(project)
        project.remove_span(wide.id)
        project.set_allow_overlap(False)
        restore_backup(project, copy)
        assert project.allow_overlap
        assert [(a.start, a.end) for a in project.annotations(doc_id)] == [(0, 3), (0, 11)]
        assert project.verify().ok
