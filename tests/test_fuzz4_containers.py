"""Damaged container files the structured fuzzer met (tests/fuzz/fuzz_containers.py):
a .spacy DocBin whose msgpack holds the wrong types or spans past their doc,
a Hugging Face dataset folder whose Arrow stream or JSON is damaged. Each is
refused with one line naming the file, and the project is left exactly as
it was (``refusal`` compares its SQL dump). The inputs are made here from a
valid file of the kind, changed in the one place the fuzzer changed."""

from __future__ import annotations

import struct
import zlib

import pytest

from models.io.formats.spacy import import_spacy
from tests.test_fuzz3_import import refusal


def docbin_message() -> dict:
    """The msgpack message of a DocBin of one doc, 华为营收增长, with 华为 a
    COMPANY span in doc.spans["sc"] and in doc.ents."""
    import srsly
    from spacy.tokens import DocBin

    nlp = import_spacy().blank("zh")
    doc = nlp.make_doc("华为营收增长")
    span = doc.char_span(0, 2, label="COMPANY")
    doc.spans["sc"] = [span]
    doc.ents = [span]
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    return srsly.msgpack_loads(zlib.decompress(docbin.to_bytes()))


def spacy_file(tmp_path, message: dict):
    import srsly

    path = tmp_path / "d.spacy"
    path.write_bytes(zlib.compress(srsly.msgpack_dumps(message)))
    return path


def group_with_span(**changes) -> bytes:
    """doc.spans' bytes: one group "sc" whose one span has ``changes``."""
    import srsly

    fields = {"id": 0, "kb_id": 0, "label": 0, "start": 0, "end": 2, "start_char": 0}
    fields |= {"end_char": 2} | changes
    span = struct.pack(">QQQllll", *fields.values())
    group = srsly.msgpack_dumps({"name": "sc", "attrs": {}, "spans": [span]})
    return srsly.msgpack_dumps([group])


def test_the_docbin_builder_makes_a_file_that_imports(tmp_path):
    from models import Project
    from models.io.importers import ImportOptions, import_paths

    path = spacy_file(tmp_path, docbin_message())
    project = Project.create(tmp_path / "p.biaozhu", annotator="a")
    try:
        report = import_paths(project, [path], ImportOptions())
        assert not report.failed and report.spans == 1
    finally:
        project.close()


def _label_hash() -> int:
    from spacy.strings import StringStore

    return StringStore().add("COMPANY")


DAMAGED_DOCBINS = {
    # a doc's flags a text, not a map (spaCy: 'str' object has no attribute 'get')
    "flags-not-a-map": lambda m: m | {"flags": ["x"]},
    # the attribute list a map (spaCy: 'dict' object has no attribute 'index')
    "attrs-a-map": lambda m: m | {"attrs": {"a": 1}},
    # an attribute id a float past what a C long holds
    "attribute-id-too-large": lambda m: m | {"attrs": [m["attrs"][0], 1e308, *m["attrs"][2:]]},
    # a span past its doc's end, found when the spans are read
    "span-past-the-doc": lambda m: m | {"span_groups": [group_with_span(start=7_274_583)]},
    # a span whose label is a hash the file's strings do not hold
    "label-not-in-strings": lambda m: m | {"span_groups": [group_with_span(label=12345)]},
}


@pytest.mark.parametrize("name", list(DAMAGED_DOCBINS))
def test_a_damaged_docbin_is_refused_in_one_line(tmp_path, name):
    path = spacy_file(tmp_path, DAMAGED_DOCBINS[name](docbin_message()))
    reason = refusal(tmp_path, path)
    assert reason.startswith("not a spaCy DocBin (")
    assert "\n" not in reason
