"""Reading CLUENER2020 files: inclusive offsets made exclusive, types mapped,
bad lines named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import InvalidInput
from models.io.formats.cluener import read_cluener

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
if not SHARED.exists():  # tests/ sits one level below the repository
    SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def dev_subset(tmp_path, n: int = 200) -> tuple[Path, list[dict]]:
    dev = SHARED / "data" / "cluener" / "dev.jsonl"
    if not dev.exists():
        pytest.skip(f"reference data {dev} is absent (../shared beside the repo)")
    lines = dev.read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "dev_subset.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, [json.loads(line) for line in lines]


def test_dev_subset_gives_spans_whose_text_is_the_entity(tmp_path):
    path, objs = dev_subset(tmp_path)
    docs = list(read_cluener(path, {"company": "COMPANY", "name": "PERSON"}))
    assert len(docs) == len(objs)
    expected = 0
    for doc, obj in zip(docs, objs, strict=True):
        assert doc.text == obj["text"]
        wanted = {
            (s, e + 1, {"company": "COMPANY", "name": "PERSON"}[kind], entity)
            for kind in ("company", "name")
            for entity, spots in obj.get("label", {}).get(kind, {}).items()
            for s, e in spots
        }
        got = {(s.start, s.end, s.label, s.text) for s in doc.spans}
        assert got == wanted
        expected += len(wanted)
        for span in doc.spans:
            assert doc.text[span.start : span.end] == span.text
        assert doc.id == f"dev_subset-{doc.line}"
    assert expected > 100
    assert sum(s.label == "COMPANY" for d in docs for s in d.spans) > 30


def test_only_mapped_types_are_kept(tmp_path):
    path, _ = dev_subset(tmp_path, 50)
    docs = list(read_cluener(path, {"company": "COMPANY"}))
    assert {s.label for d in docs for s in d.spans} == {"COMPANY"}
    assert len(docs) == 50  # sentences without a company stay: they are negatives


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '{"text": "万科集团发布公告", "label": {"company": {"万科集团": [[0, 4]]}}}',
            "lies outside|says",
        ),
        ('{"text": "万科集团发布公告", "label": {"company": {"万科": [[0, 2]]}}}', "says"),
        ('{"text": "万科集团", "label": {"company": {"万科": [["0", 1]]}}}', "integers"),
        ('{"text": "", "label": {}}', "text"),
        ('{"text": "万科集团", "label": [1]}', "label"),
        ('{"text": "万科', "not valid JSON"),
    ],
)
def test_bad_lines_name_the_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    good = '{"text": "万科集团发布公告", "label": {"company": {"万科集团": [[0, 3]]}}}'
    path.write_text(good + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=message) as info:
        list(read_cluener(path, {"company": "COMPANY"}))
    assert f"{path}:3" in str(info.value)


def test_a_label_map_is_required(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "万科"}\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="label map"):
        list(read_cluener(path, {}))


def test_the_test_split_without_labels_reads_as_plain_texts(tmp_path):
    path = tmp_path / "test.jsonl"
    path.write_text('{"id": 0, "text": "浙商银行企业信贷部叶老桂博士"}\n', encoding="utf-8")
    [doc] = read_cluener(path, {"company": "COMPANY"})
    assert doc.spans == [] and doc.text.startswith("浙商银行")
