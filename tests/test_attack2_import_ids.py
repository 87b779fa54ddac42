"""``import`` says when a document cannot keep the id its file gives it
(attack2, 6 December 2026).

An id the project gives another article already (a second corpus whose
keys restart at 1, two folders each holding ``1.txt``, a file of another
project with the same ids and other texts) makes the document's id
``ID_<hash>``: right, since an id names one article, but ``import`` said
nothing of it, while ``merge`` of the same documents names each ("document
X of C.biaozhu is X_16a33ddf here: that id names another article in this
project"). An ML engineer joining an export back to their own table by id
found rows missing with no word why. ``import`` now names each such
document the same way (a few, then how many more), and its report holds
them (``ImportReport.renamed``)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main
from models import Project
from tests.conftest import shared_path


def corpus() -> list[Path]:
    return sorted(shared_path("corpus").glob("*.txt"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_another_corpus_with_the_same_ids_is_named(tmp_path, capsys):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(shared_path("corpus"))]) == 0
    other = tmp_path / "other.jsonl"
    with other.open("w", encoding="utf-8") as fh:
        for path in corpus():
            text = path.read_text(encoding="utf-8").strip()
            reversed_text = "".join(reversed(text.splitlines()))  # another article
            fh.write(json.dumps({"id": path.stem, "text": reversed_text}, ensure_ascii=False))
            fh.write("\n")
    capsys.readouterr()
    code, out, err = run(capsys, "import", str(project), str(other))
    assert code == 0, err
    with Project.open(project) as p:
        ids = set(p.document_ids())
    for path in corpus():
        (given,) = [i for i in ids if i.startswith(path.stem + "_")]
        assert f"document {path.stem} is {given} here" in out, out


def test_two_folders_each_with_the_same_file_name(tmp_path, capsys):
    first, second = corpus()[:2]
    for folder, source in (("jan", first), ("feb", second)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "1.txt").write_bytes(source.read_bytes())
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    code, out, err = run(
        capsys, "import", str(project), str(tmp_path / "feb"), str(tmp_path / "jan")
    )
    assert code == 0, err
    assert "imported 2 documents" in out
    assert "document 1 is 1_" in out and "jan" in out, out


def test_nothing_is_said_when_every_id_is_kept(tmp_path, capsys):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    code, out, _err = run(capsys, "import", str(project), str(shared_path("corpus")))
    assert code == 0
    assert " here: that id" not in out
