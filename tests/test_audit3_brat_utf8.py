"""brat reads a document's .txt and .ann as UTF-8, always. Biaozhu guessed
their encoding as for any text file, so a short text whose UTF-8 bytes also
read as UTF-16 ('%é', an accent written as a combining mark) made Biaozhu
refuse its own brat export as 'too short to tell its encoding', and with it
every other document of the folder."""

from __future__ import annotations

from models import Project
from models.io.export import export_project
from models.io.importers import ImportOptions, import_paths

TEXTS = {"short": "%e\u0301", "long": "比亚迪2024年营收932.4亿元，同比增长13.7%。"}


def test_a_brat_folder_whose_short_text_reads_in_two_encodings_comes_back(tmp_path):
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as p:
        for doc_id, text in TEXTS.items():
            doc, _ = p.add_document(text, doc_id=doc_id)
            p.add_span(doc, 0, 1 if doc_id == "short" else 3, "COMPANY")
            p.set_status(doc, "done")
        export_project(p, "brat", tmp_path / "brat")
    with Project.create(tmp_path / "again.biaozhu", annotator="alice") as again:
        report = import_paths(again, [tmp_path / "brat"], ImportOptions(fmt="brat"))
        assert report.failed == []
        got = {
            again.document_text(d): [(a.start, a.end) for a in again.annotations(d, "alice")]
            for d in again.document_ids()
        }
        assert got == {TEXTS["short"]: [(0, 1)], TEXTS["long"]: [(0, 3)]}
