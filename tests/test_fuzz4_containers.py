"""Damaged container files the structured fuzzer met (tests/fuzz/fuzz_containers.py):
a .spacy DocBin whose msgpack holds the wrong types or spans past their doc,
a Hugging Face dataset folder whose Arrow stream or JSON is damaged. Each is
refused with one line naming the file, and the project is left exactly as
it was (``refusal`` compares its SQL dump). The inputs are made here from a
valid file of the kind, changed in the one place the fuzzer changed."""

from __future__ import annotations

import json
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


# -- Hugging Face dataset folders ----------------------------------------------------------

SPANS_TYPE = "list<item: struct<start: int32, end: int32, label: string>>"


def dataset(tmp_path, table, compression: str | None = None):
    """A folder as save_to_disk leaves it, holding ``table`` as its one split."""
    import pyarrow as pa

    folder = tmp_path / "ds"
    (folder / "train").mkdir(parents=True)
    (folder / "dataset_dict.json").write_text('{"splits": ["train"]}')
    state = {"_data_files": [{"filename": "data.arrow"}]}
    (folder / "train" / "state.json").write_text(json.dumps(state))
    options = pa.ipc.IpcWriteOptions(compression=compression)
    with (
        pa.OSFile(str(folder / "train" / "data.arrow"), "wb") as sink,
        pa.ipc.new_stream(sink, table.schema, options=options) as stream,
    ):
        stream.write_table(table)
    return folder


def good_table():
    import pyarrow as pa

    span = {"start": 0, "end": 2, "label": "COMPANY"}
    return pa.table({"text": ["华为营收增长"], "spans": [[span]]})


def test_the_dataset_builder_makes_a_folder_that_imports(tmp_path):
    from models import Project
    from models.io.importers import ImportOptions, import_paths

    project = Project.create(tmp_path / "p.biaozhu", annotator="a")
    try:
        report = import_paths(project, [dataset(tmp_path, good_table())], ImportOptions())
        assert not report.failed and report.spans == 1
    finally:
        project.close()


def test_spans_that_are_numbers_are_refused(tmp_path):
    import pyarrow as pa

    table = pa.table({"text": ["华为营收增长"], "spans": [[1, 2]]})
    reason = refusal(tmp_path, dataset(tmp_path, table))
    assert "row 1 span 0: not a span" in reason


def test_a_spans_column_that_is_no_list_is_refused(tmp_path):
    import pyarrow as pa

    table = pa.table({"text": ["华为营收增长"], "spans": [3]})
    reason = refusal(tmp_path, dataset(tmp_path, table))
    assert "'spans' column" in reason and "int64" in reason


def test_a_stream_whose_offsets_are_damaged_is_refused(tmp_path):
    """A text's end offset negative: pyarrow read the stream and raised
    SystemError (negative size) making the text, or ran out of memory."""
    import pyarrow as pa

    text = "华为营收增长" + "x" * 4079
    table = pa.table({"text": [text], "spans": pa.array([[]], good_table()["spans"].type)})
    folder = dataset(tmp_path, table)
    data = folder / "train" / "data.arrow"
    offsets = struct.pack("<ii", 0, len(text.encode()))
    stream = data.read_bytes()
    at = stream.rindex(offsets)  # in the body, after the metadata that gives its size
    data.write_bytes(stream[:at] + struct.pack("<ii", 0, -5) + stream[at + 8 :])
    reason = refusal(tmp_path, folder)
    assert "not a readable Arrow stream" in reason


def test_a_compressed_stream_that_inflates_like_a_bomb_is_refused(tmp_path):
    """4 MB of one character, compressed by zstd to a few hundred bytes:
    refused from the sizes the stream declares, before pyarrow inflates it
    (the fuzzer's were gigabytes)."""
    import pyarrow as pa

    text = pa.array(["0" * 1_000_000] * 4)
    spans = pa.array([[]] * 4, good_table()["spans"].type)
    folder = dataset(tmp_path, pa.table({"text": text, "spans": spans}), "zstd")
    assert (folder / "train" / "data.arrow").stat().st_size < 10_000
    reason = refusal(tmp_path, folder)
    assert "Arrow stream content inflates to over 100 times" in reason


def test_a_stream_of_millions_of_empty_values_is_refused(tmp_path):
    """30 million nulls in one row's spans cost pyarrow nothing (a null
    column has no buffers) and Python 30 million objects."""
    import pyarrow as pa

    spans = pa.ListArray.from_arrays(pa.array([0, 30_000_000], pa.int32()), pa.nulls(30_000_000))
    folder = dataset(tmp_path, pa.table({"text": ["华为营收增长"], "spans": spans}))
    reason = refusal(tmp_path, folder)
    assert "values" in reason and "limit" in reason


def test_a_docbin_past_the_import_limit_says_how_many_characters_and_what_to_do(tmp_path):
    """A .spacy of some 2.6 million characters inflates past 128 MB, which
    the import does not read (spaCy loads a DocBin whole: 382 MB at the
    limit). The refusal says the limit in characters, not only in bytes,
    and where such a project's spans go instead."""
    import os

    deflate = zlib.compressobj(1)
    parts = [deflate.compress(os.urandom(1_400_000))]  # random: it does not shrink
    zeros = bytes(1 << 20)
    parts += [deflate.compress(zeros) for _ in range(127)]
    path = tmp_path / "big.spacy"
    path.write_bytes(b"".join(parts) + deflate.flush())
    reason = refusal(tmp_path, path)
    assert "limit 128 MB" in reason
    assert "2,500,000 characters" in reason
    assert reason.endswith("export jsonl to bring a project this large back")


@pytest.mark.parametrize("where", ["split", "data file"])
def test_a_name_with_a_null_byte_in_the_dataset_is_refused(tmp_path, where):
    """A split or data file named with U+0000, which no file system allows:
    Python raised ValueError (embedded null byte) opening it."""
    folder = dataset(tmp_path, good_table())
    if where == "split":
        (folder / "dataset_dict.json").write_text('{"splits": ["tr\\u0000ain"]}')
    else:
        state = {"_data_files": [{"filename": "data\u0000.arrow"}]}
        (folder / "train" / "state.json").write_text(json.dumps(state))
    reason = refusal(tmp_path, folder)
    assert "names must be plain" in reason or "list of folder names" in reason


def test_attrs_that_are_no_struct_are_refused(tmp_path):
    """A span's attrs a text: reading the schema's JSON-text attributes
    raised TypeError (a DataType is not iterable)."""
    import pyarrow as pa

    span = {"start": 0, "end": 2, "label": "COMPANY", "attrs": "x"}
    table = pa.table({"text": ["华为营收增长"], "spans": [[span]]})
    reason = refusal(tmp_path, dataset(tmp_path, table))
    assert "row 1 span 0: attrs must be a struct, not 'x'" in reason


@pytest.mark.parametrize("kind", ["dictionary", "string_view"])
def test_a_text_column_that_repeats_one_value_is_refused(tmp_path, kind):
    """A dictionary (or views) lets every row point to one long value: 200
    rows cost the file one text, and Python 200 copies of it (200 rows of
    a megabyte: 200 MB from a file of one)."""
    import pyarrow as pa

    texts = [f"华为营收增长{'长' * 20_000}"] * 200
    column = (
        pa.array(texts).dictionary_encode()
        if kind == "dictionary"
        else pa.array(texts, pa.string_view())
    )
    spans = pa.array([[]] * 200, good_table()["spans"].type)
    reason = refusal(tmp_path, dataset(tmp_path, pa.table({"text": column, "spans": spans})))
    assert f"the 'text' column is of type {column.type}, which Biaozhu does not read" in reason


def test_columns_not_read_may_be_larger_than_any_bound(tmp_path):
    """An export of a large project holds three values a character in
    columns the import does not read (tokens, token_starts, ner_tags): 130 MB
    of them beside a short text still imports, since the stream is mapped,
    not read, and only the columns read are counted."""
    import pyarrow as pa

    from models import Project
    from models.io.importers import ImportOptions, import_paths

    table = good_table().append_column("tokens", pa.array([bytes(130_000_000)], pa.large_binary()))
    folder = dataset(tmp_path, table)
    project = Project.create(tmp_path / "p.biaozhu", annotator="a")
    try:
        report = import_paths(project, [folder], ImportOptions())
        assert not report.failed and report.spans == 1
    finally:
        project.close()


def test_a_column_read_larger_than_the_bound_is_refused(tmp_path):
    """A text of 130 MB in a column the import reads is refused before it is
    validated or read (a mapped stream could hold gigabytes)."""
    import pyarrow as pa

    text = pa.array(["华" + "a" * 130_000_000], pa.large_string())
    spans = pa.array([[]], good_table()["spans"].type)
    reason = refusal(tmp_path, dataset(tmp_path, pa.table({"text": text, "spans": spans})))
    assert "the columns read hold 130 MB (limit 128 MB)" in reason
