"""A CoNLL export of a short text holding a control character (a stray ESC
in a scraped headline): every character is a line of the file, so one
control character among a few dozen bytes passed the share at which a text
file reads as binary data, and Biaozhu refused its own export ('binary
data, not a text file'). The export comes back, text and span."""

from __future__ import annotations

from models import Project
from models.io.export import export_project
from models.io.importers import ImportOptions, import_paths


def test_a_short_text_with_a_control_character_comes_back_from_conll(tmp_path):
    text = "比亚迪\x1b营收增长"
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as p:
        doc, _ = p.add_document(text, doc_id="esc")
        p.add_span(doc, 0, 3, "COMPANY")
        p.set_status(doc, "done")
        export_project(p, "conll", tmp_path / "h.conll")
    with Project.create(tmp_path / "again.biaozhu", annotator="alice") as again:
        report = import_paths(again, [tmp_path / "h.conll"], ImportOptions(fmt="conll"))
        assert report.failed == []
        (doc,) = again.document_ids()
        assert again.document_text(doc) == text
        assert [(a.start, a.end, a.label) for a in again.annotations(doc, "alice")] == [
            (0, 3, "COMPANY")
        ]


def test_binary_data_named_conll_is_still_refused(tmp_path):
    path = tmp_path / "x.conll"
    path.write_bytes(bytes(range(1, 32)) * 20)
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as p:
        report = import_paths(p, [path], ImportOptions(fmt="conll"))
        assert len(report.failed) == 1
        assert p.document_ids() == []
