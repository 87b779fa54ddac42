"""An export of pending suggestions imported back is not gold (review3,
7 December 2026).

The ML engineer's round: ``export --suggestions`` in jsonl, spaCy, hf,
doccano or brat, imported into a fresh project, came in as the importing
annotator's finished gold, every machine suggestion a gold span and every
document done, without a word: a model trained on it learns the suggesters'
output as truth. The export's manifest says what it holds (``selection``:
suggestions), and the import now reads it: the documents come in to do and
the suggestions are not made gold, said in one line. Label Studio's export
of suggestions writes them as predictions, which the import never took as
gold; it now says how many prediction regions it left out."""

from __future__ import annotations

import pytest

from desktop.cli import main
from models import Project
from tests.conftest import shared_path

OUT = {"jsonl": "s.jsonl", "spacy": "s.spacy", "hf": "hf", "doccano": "s.jsonl", "brat": "brat"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def suggested(tmp_path_factory):
    """news-train's first 8 articles, to do for bob, with their suggestions."""
    tmp = tmp_path_factory.mktemp("sugg")
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()[:8]
    texts = tmp / "texts.jsonl"
    import json

    texts.write_text(
        "\n".join(
            json.dumps(
                {"id": json.loads(x)["id"], "text": json.loads(x)["text"]}, ensure_ascii=False
            )
            for x in lines
        )
        + "\n",
        encoding="utf-8",
    )
    proj = tmp / "p.biaozhu"
    assert main(["new", str(proj)]) == 0
    assert main(["import", str(proj), str(texts)]) == 0
    assert main(["suggest", "--project", str(proj), "--annotator", "bob"]) == 0
    with Project.open(proj, readonly=True) as p:
        pending = sum(len(p.suggestions(d, "bob")) for d in p.document_ids())
    assert pending > 10
    return proj, pending


@pytest.mark.parametrize("fmt", ["jsonl", "spacy", "hf", "doccano", "brat"])
def test_an_export_of_suggestions_comes_back_to_do(suggested, tmp_path, capsys, fmt):
    proj, pending = suggested
    out = tmp_path / OUT[fmt]
    code, _, err = run(
        capsys,
        "export",
        str(proj),
        "--format",
        fmt,
        "--out",
        str(out),
        "--suggestions",
        "--annotator",
        "bob",
    )
    assert code == 0, err
    back = tmp_path / "back.biaozhu"
    run(capsys, "new", str(back))
    code, stdout, err = run(capsys, "import", str(back), str(out), "--annotator", "bob")
    assert code == 0, err
    line = [x for x in stdout.splitlines() if "suggestion" in x]
    assert len(line) == 1 and f"{pending} suggestions not imported as gold" in line[0], stdout
    with Project.open(back, readonly=True) as p:
        docs = p.document_ids()
        assert len(docs) == 8
        assert all(p.annotations(d, "bob") == [] for d in docs)
        assert {p.status(d, "bob") for d in docs} == {"todo"}


def test_label_studio_predictions_are_said(suggested, tmp_path, capsys):
    proj, pending = suggested
    out = tmp_path / "s.json"
    run(
        capsys,
        "export",
        str(proj),
        "--format",
        "label-studio",
        "--out",
        str(out),
        "--suggestions",
        "--annotator",
        "bob",
    )
    back = tmp_path / "back.biaozhu"
    run(capsys, "new", str(back))
    code, stdout, err = run(capsys, "import", str(back), str(out), "--annotator", "bob")
    assert code == 0, err
    line = [x for x in stdout.splitlines() if "prediction" in x]
    assert len(line) == 1 and f"{pending} Label Studio prediction regions" in line[0], stdout
    with Project.open(back, readonly=True) as p:
        assert {p.status(d, "bob") for d in p.document_ids()} == {"todo"}
