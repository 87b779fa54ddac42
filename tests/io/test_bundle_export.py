"""The bundle's exports (marked ``bundle``: build it first with
packaging/build.sh): the spaCy DocBin and the hf dataset are written by the
bundled binary with no Python on the path and no network, and load in
spaCy and ``datasets`` here."""

from __future__ import annotations

import pytest

from tests.test_bundle import run_bundled

pytestmark = pytest.mark.bundle


def test_the_bundle_writes_spacy_and_hf_exports(tmp_path, seeds_path):
    project = tmp_path / "p.biaozhu"
    assert run_bundled("new", str(project), home=tmp_path).returncode == 0
    result = run_bundled(
        "import", str(project), str(seeds_path), "--annotator", "gold", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    for fmt, out, extra in (
        ("spacy", tmp_path / "train.spacy", ["--unit", "sentence"]),
        ("hf", tmp_path / "hf", []),
    ):
        result = run_bundled(
            "export", str(project), "--format", fmt, "--out", str(out), *extra, home=tmp_path
        )
        assert result.returncode == 0, result.stderr
    import spacy
    from datasets import load_from_disk
    from spacy.tokens import DocBin

    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(spacy.blank("zh").vocab))
    assert sum(len(d.spans["sc"]) for d in docs) == 361
    data = load_from_disk(str(tmp_path / "hf"))
    assert sum(len(row["spans"]) for row in data["train"]) == 361
