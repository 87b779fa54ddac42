"""An export's manifest named on the import line (``import q out.*`` after
``export --out out.jsonl``): it lists the exported files, it holds no
documents, so it is left unread and named, and the data beside it imports,
instead of the whole command failing on it as bad Label Studio tasks."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from models import Project

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.jsonl"


def documents(path: Path) -> int:
    with Project.open(path, readonly=True) as project:
        return project.conn.execute("select count(*) from documents").fetchone()[0]


@pytest.fixture
def exported(tmp_path, capsys) -> Path:
    source = tmp_path / "p.biaozhu"
    Project.create(source, annotator="alice").close()
    assert main(["import", str(source), str(SEEDS)]) == 0
    out = tmp_path / "out.jsonl"
    assert main(["export", str(source), "--format", "jsonl", "--out", str(out)]) == 0
    capsys.readouterr()
    return out


def test_the_data_beside_a_named_manifest_imports_and_the_manifest_is_named(
    exported, tmp_path, capsys
):
    target = tmp_path / "q.biaozhu"
    Project.create(target, annotator="bob").close()
    manifest = exported.with_name(exported.name + ".manifest.json")
    assert main(["import", str(target), str(exported), str(manifest)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "imported 5 documents" in out and "from 1 file" in out
    assert f"left unread {manifest}: an export's manifest" in out
    assert documents(target) == 5


def test_a_manifest_alone_is_refused_in_one_line_and_changes_nothing(exported, tmp_path, capsys):
    target = tmp_path / "q.biaozhu"
    Project.create(target, annotator="bob").close()
    manifest = exported.with_name(exported.name + ".manifest.json")
    assert main(["import", str(target), str(manifest), "--format", "label-studio"]) == 1
    out, err = capsys.readouterr()
    assert len(err.splitlines()) == 1
    assert err.startswith(f"biaozhu: error: nothing to import: {manifest}: an export's manifest")
    assert documents(target) == 0


def test_a_json_file_that_only_looks_like_a_manifest_is_still_read_as_tasks(tmp_path, capsys):
    target = tmp_path / "q.biaozhu"
    Project.create(target, annotator="bob").close()
    tasks = tmp_path / "x.manifest.json"
    tasks.write_text('[{"data": {"text": "比亚迪抚州基地投产。"}}]', encoding="utf-8")
    assert main(["import", str(target), str(tasks)]) == 0
    assert documents(target) == 1
