"""brat standoff, read by brat's own parser (``TextAnnotations``, as the
bratiaa package ships it) and read back by Biaozhu's importer."""

from __future__ import annotations

import pytest

from tests.io.conftest import expected_spans, round_trip


def test_brat_parses_every_ann_with_no_failed_line(gold, tmp_path, reference):
    annotation = pytest.importorskip(
        "bratsubset.annotation", reason="brat's parser comes with bratiaa (the test extra)"
    )
    from models.io.export import export_project

    out = tmp_path / "brat"
    report = export_project(gold, "brat", out)
    assert report.notes["brat_fragmented_spans"] == 2  # one in the seeds, 富联精\n密
    found = []
    for ann in sorted(out.glob("*.ann")):
        parsed = annotation.TextAnnotations(str(ann.with_suffix("")), read_only=True)
        assert parsed.failed_lines == [], ann
        text = parsed.get_document_text()
        for tb in parsed.get_textbounds():
            # brat's own check passed (TEXT = the fragments joined by a space);
            # the fragments cover the span but its line breaks
            first, last = tb.spans[0][0], tb.spans[-1][1]
            assert "".join(text[a:b] for a, b in tb.spans) == "".join(text[first:last].split("\n"))
            found.append((first, last, tb.type))
    assert len(found) == len(expected_spans(reference)) == report.spans
    assert sorted(found) == sorted((s, e, lab) for _, s, e, lab, _ in expected_spans(reference))


def test_brat_round_trip_keeps_ids_texts_offsets_labels_and_attributes(gold, tmp_path):
    before, after = round_trip(gold, "brat", tmp_path / "brat")
    assert after == before


def test_document_ids_become_file_names_and_back(project, tmp_path):
    from models.io.export import export_project

    doc_id, _ = project.add_document("比亚迪投资。", doc_id="a/b c.d")
    project.add_span(doc_id, 0, 3, "COMPANY")
    project.set_status(doc_id, "done")
    export_project(project, "brat", tmp_path / "brat")
    assert (tmp_path / "brat" / "a%2Fb%20c.d.ann").exists()
    before, after = round_trip(project, "brat", tmp_path / "again", force=True)
    assert [d[0] for d in after] == ["a/b c.d"] and after == before
