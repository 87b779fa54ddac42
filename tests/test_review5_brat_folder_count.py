"""``biaozhu import P --format brat FOLDER`` counts what it read: the
documents and the files they came from (each .ann with its .txt, as the same
folder imported without --format counts them), not "from 1 file" for the
folder given (review5). The seed articles of ../shared, exported as brat."""

from __future__ import annotations

import json

from desktop.cli import main
from tests.conftest import shared_path


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def exported(tmp_path, capsys):
    seeds = shared_path("gold", "seeds.jsonl")
    records = [json.loads(line) for line in seeds.read_text(encoding="utf-8").splitlines()]
    source = tmp_path / "source.biaozhu"
    assert run(capsys, "new", str(source))[0] == 0
    assert run(capsys, "import", str(source), str(seeds))[0] == 0
    folder = tmp_path / "brat"
    code, out = run(capsys, "export", str(source), "--format", "brat", "--out", str(folder))
    assert code == 0, out
    return folder, records


def test_a_brat_folder_with_format_counts_its_documents_and_files(tmp_path, capsys):
    folder, records = exported(tmp_path, capsys)
    pairs = sorted(p.stem for p in folder.glob("*.ann"))
    assert len(pairs) == len(records) > 1
    assert pairs == sorted(p.stem for p in folder.glob("*.txt"))
    spans = sum(len(r["spans"]) for r in records)
    said = {}
    for fmt in ("brat", None):
        target = tmp_path / f"{fmt or 'auto'}.biaozhu"
        assert run(capsys, "new", str(target))[0] == 0
        argv = ["import", str(target), str(folder)] + (["--format", fmt] if fmt else [])
        code, out = run(capsys, *argv)
        assert code == 0, out
        said[fmt] = out.splitlines()[0]
    expected = (
        f"imported {len(records)} documents with {spans} spans"
        f" from {len(pairs)} files; skipped 0 already in the project"
    )
    assert said["brat"] == expected, said  # was "... from 1 file; ..."
    assert said[None] == expected, said  # the same folder, the same words


def test_a_brat_folder_imported_twice_counts_the_files_it_kept(tmp_path, capsys):
    folder, records = exported(tmp_path, capsys)
    target = tmp_path / "twice.biaozhu"
    assert run(capsys, "new", str(target))[0] == 0
    assert run(capsys, "import", str(target), str(folder), "--format", "brat")[0] == 0
    code, out = run(capsys, "import", str(target), str(folder), "--format", "brat")
    assert code == 0, out
    # each document kept (the annotator's layer is there): the files still counted
    assert out.splitlines()[0] == f"imported no new document from {len(records)} files", out
