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


def test_a_text_with_windows_line_ends_reads_right_in_brat_and_comes_back_exact(project, tmp_path):
    """brat reads a .txt with Python's universal newlines, so \\r\\n is one
    character to it (nlplab/brat#853): with offsets into the text as it is, brat
    refused every span after the first line end of a Windows text (its parser's
    failed lines) or showed it one character off. The .ann counts as brat does;
    the .txt stays the document's bytes, and Biaozhu's import maps back."""
    annotation = pytest.importorskip(
        "bratsubset.annotation", reason="brat's parser comes with bratiaa (the test extra)"
    )
    from models.io.export import export_project

    text = "比亚迪营收7771亿元。\r\n宁德时代净利润507亿元。\r\n\r\n小米集团\r\n首月订单超10万辆。\r旧行尾后的华为。"
    doc_id, _ = project.add_document(text, doc_id="crlf")
    names = ("比亚迪", "宁德时代", "507亿元", "小米集团\r\n首月", "超10万辆", "华为")
    for name in names:
        start = text.index(name)
        project.add_span(doc_id, start, start + len(name), "COMPANY")
    project.set_status(doc_id, "done")
    out = tmp_path / "brat"
    export_project(project, "brat", out)
    assert (out / "crlf.txt").read_bytes() == text.encode("utf-8")
    parsed = annotation.TextAnnotations(str(out / "crlf"), read_only=True)
    assert parsed.failed_lines == []
    seen = parsed.get_document_text()
    got = [" ".join(seen[a:b] for a, b in tb.spans) for tb in parsed.get_textbounds()]
    assert got == ["比亚迪", "宁德时代", "507亿元", "小米集团 首月", "超10万辆", "华为"]
    before, after = round_trip(project, "brat", tmp_path / "again", force=True)
    assert after == before and after[0][1] == text


def test_an_older_export_with_offsets_into_the_text_as_it_is_still_reads(project, tmp_path):
    """Biaozhu wrote offsets into the .txt as it is before it counted as brat does:
    where only those fit the spans' text, they are taken."""
    from models.io.importers import ImportOptions, import_paths

    folder = tmp_path / "old"
    folder.mkdir()
    text = "比亚迪营收。\r\n宁德时代净利润。\r\n"
    (folder / "old.txt").write_bytes(text.encode("utf-8"))
    start = text.index("宁德时代")
    (folder / "old.ann").write_text(
        f"T1\tCOMPANY 0 3\t比亚迪\nT2\tCOMPANY {start} {start + 4}\t宁德时代\n", encoding="utf-8"
    )
    report = import_paths(project, [folder], ImportOptions(fmt="brat"))
    assert report.failed == []
    spans = [(a.start, a.end, a.text) for a in project.annotations("old")]
    assert spans == [(0, 3, "比亚迪"), (start, start + 4, "宁德时代")]
