"""Spans a ``--label-map`` leaves out are counted and said (newuser4, 7
December 2026).

An ML engineer imports CLUENER's train set as the README says, ``import P
train.jsonl --format cluener --label-map company=COMPANY``, and reads
``imported 10748 documents with 2980 spans``: nothing says that the file
held ten times as many spans of the nine other types (names, addresses,
organisations…), which the map left out, nor that every document came in
as finished gold without them. The same for any labelled format given a
``--label-map`` (a CoNLL file's ``ORG`` not named). What a file holds that
no span keeps is said, a line each, never dropped in silence: the import
now says how many spans of which types the map did not name.
"""

from __future__ import annotations

import json
from collections import Counter

from desktop.cli import main
from models.io.importers import ImportOptions, import_paths
from tests.conftest import shared_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cluener_types(path) -> Counter:
    """Spans per CLUENER type in the file, counted from its JSON (an entity
    at several places is one span each)."""
    counts: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        for kind, entities in json.loads(line).get("label", {}).items():
            counts[kind] += sum(len(places) for places in entities.values())
    return counts


def test_cluener_types_the_map_does_not_name_are_said(tmp_path, capsys):
    dev = shared_path("data", "cluener", "dev.jsonl")
    held = cluener_types(dev)
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    code, out, err = run(
        capsys,
        "import",
        str(project),
        str(dev),
        "--format",
        "cluener",
        "--label-map",
        "company=COMPANY",
    )
    assert code == 0, err
    left = {kind: n for kind, n in held.items() if kind != "company"}
    total = sum(left.values())
    note = next((line for line in out.splitlines() if "--label-map" in line), None)
    assert note is not None, out
    assert f"{total:,} spans" in note or f"{total} spans" in note, note
    # the types, the most held first, with their counts
    name, n = max(left.items(), key=lambda kv: kv[1])
    assert f"{name} {n}" in note, note
    assert note.index(name) < note.index(min(left, key=left.get)), note
    assert "company" not in note.split("(")[1], note


def test_a_label_map_on_a_conll_file_says_the_types_it_left_out(tmp_path):
    conll = tmp_path / "x.conll"
    conll.write_text(
        "-DOCSTART- a\tO\n比\tB-ORG\n亚\tI-ORG\n迪\tI-ORG\n在\tO\n深\tB-LOC\n圳\tI-LOC\n\n",
        encoding="utf-8",
    )
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    from models import Project

    with Project.open(project) as p:
        report = import_paths(
            p, [conll], ImportOptions(fmt="conll", extra={"label_map": {"ORG": "COMPANY"}})
        )
    assert report.spans == 1
    notes = [str(note) for note in report.notes()]
    assert any("1 span " in n and "LOC 1" in n and "--label-map" in n for n in notes), notes


def test_a_cluener_file_read_without_a_map_says_the_types_it_left_out(tmp_path, capsys):
    """A CLUENER file recognised by its shape keeps the types named like the
    project's labels (company → COMPANY) and leaves the others out: said too."""
    lines = [
        {
            "text": "比亚迪在深圳",
            "label": {"company": {"比亚迪": [[0, 2]]}, "address": {"深圳": [[4, 5]]}},
        },
        {
            "text": "张三去了北京",
            "label": {"name": {"张三": [[0, 1]]}, "address": {"北京": [[4, 5]]}},
        },
    ]
    path = tmp_path / "train.json"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "import", str(project), str(path))
    assert code == 0, err
    assert "with 1 span" in out, out
    note = next((line for line in out.splitlines() if "--label-map" in line), None)
    assert note is not None and "3 spans" in note and "address 2" in note and "name 1" in note, out


def test_the_window_says_it_in_its_language(tmp_path, language):
    """File → Import's report shows the same line, in the window's language."""
    from desktop.gui.messages import say

    conll = tmp_path / "x.conll"
    conll.write_text("-DOCSTART- a\tO\n深\tB-LOC\n圳\tI-LOC\n比\tB-ORG\n\n", encoding="utf-8")
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    from models import Project

    with Project.open(project) as p:
        report = import_paths(
            p, [conll], ImportOptions(fmt="conll", extra={"label_map": {"ORG": "COMPANY"}})
        )
    (line,) = [say(note) for note in report.notes()]
    assert "LOC 1" in line and "--label-map" in line, line
    if language == "zh_CN":
        assert "未导入" in line and "not imported" not in line, line
