"""Label names that round-trip: a name is refused where it enters (a new
project's schema, a schema change, an import, a label map) when an export
could not be read back with it; every name that is taken comes back the
same from every format."""

from __future__ import annotations

import pytest

from models import Project
from models.domain import Label
from models.errors import InvalidInput
from models.io.export.run import export_project
from models.io.importers import ImportOptions, import_paths
from models.names import check_label_name

# Names a curator might choose that no format splits: each must come back.
ODD_BUT_FINE = ["公司名称", "ORG-1", "B-X", "O", "#1", "a.b/c", "℃", "𠮷", "X_Y", "-"]
# White space, line breaks, invisible characters: each is refused.
BREAKING = ["MY COMPANY", "MY\tCOMPANY", "A\nB", "A\rB", "公司\u3000名", "A\u00a0B", "A\u200bB"]
BREAKING += ["\ufeffBOM", "A\x1fB", "A\x00B", "", " ", "A\u2028B"]
ROUND_TRIP_FORMATS = {
    "brat": "brat",
    "conll": "out.conll",
    "jsonl": "out.jsonl",
    "doccano": "out.jsonl",
    "label-studio": "out.json",
    "spacy": "out.spacy",
}


@pytest.mark.parametrize("name", BREAKING)
def test_a_name_that_breaks_an_export_is_refused(name):
    with pytest.raises(InvalidInput):
        check_label_name(name)


def test_the_message_says_why_and_what_to_call_it():
    with pytest.raises(InvalidInput) as exc:
        check_label_name("MY COMPANY", "labels.json")
    assert str(exc.value) == (
        "labels.json: label 'MY COMPANY' has white space (U+0020) in its name, so brat and "
        "CoNLL exports could not be read back; call it 'MY_COMPANY'"
    )


def test_a_new_project_and_a_schema_change_refuse_such_names(tmp_path):
    with pytest.raises(InvalidInput, match="MY_COMPANY"):
        Project.create(tmp_path / "a.biaozhu", labels=[Label("MY COMPANY", "#ccc", "1")])
    assert not (tmp_path / "a.biaozhu").exists()
    with Project.create(tmp_path / "b.biaozhu") as project:
        before = list(project.conn.iterdump())
        with pytest.raises(InvalidInput):
            project.set_labels([*project.labels(), Label("NEW\tONE", "#ccc", "")])
        assert list(project.conn.iterdump()) == before


def test_an_import_refuses_a_label_map_into_such_a_name(project, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "比亚迪营收增长。"}\n', encoding="utf-8")
    options = ImportOptions(extra={"label_map": {"company": "MY COMPANY"}})
    with pytest.raises(InvalidInput, match="--label-map: label 'MY COMPANY'"):
        import_paths(project, [path], options)


def test_a_label_map_renames_a_name_that_would_break(project, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "a", "text": "比亚迪营收增长。", '
        '"spans": [{"start": 0, "end": 3, "label": "MY COMPANY"}]}\n',
        encoding="utf-8",
    )
    refused = import_paths(project, [path])
    assert refused.added == [] and "--label-map renames it" in refused.failed[0][1]
    options = ImportOptions(extra={"label_map": {"MY COMPANY": "COMPANY"}})
    report = import_paths(project, [path], options)
    assert report.failed == [] and [a.label for a in project.annotations("a", "alice")] == [
        "COMPANY"
    ]


@pytest.mark.parametrize("fmt", sorted(ROUND_TRIP_FORMATS))
def test_every_name_taken_comes_back_from_every_export(tmp_path, fmt):
    """(CoNLL rebuilds the text with a line break between sentences, so spans
    are compared by label and text, not offsets.)"""
    labels = [Label(name, "#cccccc", "") for name in ODD_BUT_FINE]
    text = "".join(f"第{n}家公司营收增长。" for n in range(len(labels)))
    with Project.create(tmp_path / "a.biaozhu", labels=labels, annotator="alice") as project:
        doc_id, _ = project.add_document(text, doc_id="doc")
        for n, label in enumerate(labels):
            start = text.index(f"第{n}家") + 1
            project.add_span(doc_id, start, start + 1, label.name)
        project.set_status(doc_id, "done")
        out = tmp_path / ROUND_TRIP_FORMATS[fmt]
        if fmt == "brat":
            out.mkdir()
        export_project(project, fmt, out)
        written = sorted((a.label, a.text) for a in project.annotations(doc_id, "alice"))
    with Project.create(tmp_path / "b.biaozhu", annotator="bob") as again:
        report = import_paths(again, [out], ImportOptions(fmt=fmt, annotator="alice"))
        assert report.failed == []
        [doc] = report.added
        read = sorted((a.label, a.text) for a in again.annotations(doc, "alice"))
    assert read == written


def test_merging_a_project_that_has_such_a_name_is_refused(tmp_path, capsys):
    """A project written before names were checked (its label put there by
    SQL) brings the name no further."""
    import sqlite3

    from desktop.cli import main

    other, target = tmp_path / "other.biaozhu", tmp_path / "target.biaozhu"
    Project.create(other, annotator="bob").close()
    Project.create(target, annotator="alice").close()
    conn = sqlite3.connect(other)
    conn.execute(
        "INSERT INTO labels (name, colour, hotkey, description, position)"
        " VALUES ('MY COMPANY', '#ccc', '', '', 9)"
    )
    conn.commit()
    conn.close()

    def dump() -> list[str]:
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()

    before = dump()
    assert main(["merge", str(target), str(other)]) == 1
    assert "MY COMPANY" in capsys.readouterr().err
    assert dump() == before
