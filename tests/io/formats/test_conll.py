"""Character-level CoNLL, read by spaCy's converter and nervaluate's loader
as they are, and by Biaozhu's importer with the same texts and offsets."""

from __future__ import annotations

import pytest

from models.io.export import export_project
from tests.io.conftest import expected_spans, round_trip, without_attrs


@pytest.fixture
def conll(gold, tmp_path):
    out = tmp_path / "gold.conll"
    report = export_project(gold, "conll", out)
    return out, report


def test_documents_open_with_their_id_and_lines_are_tab_separated(conll, reference):
    out, report = conll
    text = out.read_text(encoding="utf-8")
    starts = [line for line in text.splitlines() if line.startswith("-DOCSTART-")]
    assert starts == [f"-DOCSTART- {d['id']}\tO" for d in reference]
    tokens = [line for line in text.splitlines() if line and not line.startswith("-DOC")]
    assert all(len(line.split("\t")) == 2 and len(line.split("\t")[0]) == 1 for line in tokens)
    assert "9\tB-METRIC\n3\tI-METRIC\n2\tI-METRIC\n.\tI-METRIC" in text
    assert report.notes["conll_whitespace_left_out"] > 0


def test_spacys_converter_and_nervaluate_read_it(conll, reference):
    from spacy.training.converters import conll_ner_to_docs

    out, report = conll
    text = out.read_text(encoding="utf-8")
    docs = list(conll_ner_to_docs(text, n_sents=10, no_print=True))
    assert sum(len(d.ents) for d in docs) == len(expected_spans(reference)) == report.spans
    loaders = pytest.importorskip("nervaluate.loaders", reason="nervaluate is in the test extra")
    entities = loaders.ConllLoader().load(text)
    assert sum(len(sentence) for sentence in entities) == report.spans


def test_conll_round_trip_keeps_ids_texts_offsets_and_labels(gold, tmp_path):
    before, after = round_trip(gold, "conll", tmp_path / "gold.conll")
    assert without_attrs(after) == without_attrs(before)  # CoNLL has no place for attributes


def test_without_its_manifest_the_text_loses_only_white_space(gold, tmp_path):
    from models import Project
    from models.io.importers import ImportOptions, import_paths

    out = tmp_path / "gold.conll"
    export_project(gold, "conll", out)
    (tmp_path / "gold.conll.manifest.json").unlink()
    with Project.create(tmp_path / "new.biaozhu", annotator="gold") as new:
        assert import_paths(new, [out], ImportOptions(annotator="gold")).failed == []
        for doc_id, who in gold.gold_layers():
            old, again = gold.annotations(doc_id, who), new.annotations(doc_id, "gold")
            assert ["".join(a.text.split()) for a in again] == [
                "".join(a.text.split()) for a in old
            ]
