"""brat export of documents whose ids make file names too long (attack2,
6 December 2026).

A brat folder names each document's ``.txt`` and ``.ann`` after its id
(unsafe characters as ``%XX``). An id is any string an import brought: a
CSV's ``id`` column holding the article's URL (each ``/``, ``:``, ``?``,
``=`` and ``&`` three bytes once escaped), a headline of 90 Chinese
characters (270 bytes), a 300-character key. File systems hold 255 bytes a
name, so the whole export failed on one such document with "biaozhu:
error: OUT: File name too long", naming the folder, not the document, and
nothing of the project could go to brat.

A name that would be too long is now cut, with a digest of the whole id
after it, and the manifest maps the file back to its id (``brat.ids``), as
it does for a name made unique on a file system that ignores case (``Ab``
beside ``ab`` came back as ``ab_2``); ``import`` reads the ids back."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main
from models import Project
from tests.conftest import shared_path

URL = (
    "https://www.example.gov.cn/xwdt/zwyw/2024/01/15/"
    "content_5a2f9c1e.html?source=rss&channel=economy&utm_medium=feed&utm_campaign=news"
    "&page=1&lang=zh-CN&id=12345678901234567890"
)
HEADLINE = "抚州高新区打造核心增长极实现高质量发展" * 5  # 95 characters, 285 bytes
IDS = [URL, HEADLINE, "k" * 300, "Ab", "ab", "short"]


def sentences() -> list[str]:
    path = sorted(shared_path("corpus").glob("*.txt"))[1]
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [
        line for line in lines if len(line) > 12 and not line[:2].isspace() and " " not in line[:2]
    ]
    return lines[: len(IDS)]


def spans_by_id(path: Path, annotator: str) -> dict[str, tuple[str, list[tuple[int, int, str]]]]:
    with Project.open(path, annotator=annotator) as p:
        return {
            d: (
                p.document_text(d),
                sorted((a.start, a.end, a.label) for a in p.annotations(d, annotator)),
            )
            for d in p.document_ids()
        }


def test_long_ids_go_to_brat_and_come_back(tmp_path, capsys):
    source = tmp_path / "ids.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for doc_id, text in zip(IDS, sentences(), strict=True):
            span = {"start": 0, "end": 2, "label": "COMPANY"}
            fh.write(json.dumps({"id": doc_id, "text": text, "spans": [span]}, ensure_ascii=False))
            fh.write("\n")
    project, back = tmp_path / "p.biaozhu", tmp_path / "back.biaozhu"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(source), "--annotator", "ann"]) == 0
    out = tmp_path / "out.brat"
    capsys.readouterr()
    code = main(["export", str(project), "--format", "brat", "--out", str(out), "--gold"])
    assert code == 0, capsys.readouterr().err
    names = [f.name for f in out.iterdir()]
    assert len(names) == 2 * len(IDS) + 3  # .txt and .ann each, the confs, the manifest
    assert max(len(n.encode()) for n in names) <= 255
    assert main(["new", str(back)]) == 0
    assert main(["import", str(back), str(out), "--annotator", "ann"]) == 0
    assert spans_by_id(back, "ann") == spans_by_id(project, "ann")
