"""A project whose learned model's bytes are damaged (cut short on disk,
edited by hand, made by someone else) still opens and suggests: the model
is set aside with a ``model.retired`` event saying why, and the rules
suggest. crfsuite follows every offset of a model file as written, so such
bytes killed the process with a segmentation fault: ``suggest --project``,
and the window whenever it suggests (an import, Suggest all). Each command runs in a
process of its own, where a crash is an exit status, not the test run's
end."""

from __future__ import annotations

import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from models import Project
from models.domain import Span
from models.learn.registry import list_models

CLI = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main())"]
# Sentences written for these tests.
TEXTS = ("记者从星海电子集团获悉，新厂房已经投产。", "金鹏银行今年营收增长。")
ARTICLE = "星海电子集团今年营收增长13.7%，金鹏银行新设分行。"


def biaozhu(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=120)


def truncated(blob: bytes) -> bytes:
    return blob[: len(blob) // 2]


def truncated_saying_so(blob: bytes) -> bytes:
    """Cut short, with the size its header states made to agree."""
    cut = bytearray(blob[: len(blob) * 3 // 4])
    struct.pack_into("<I", cut, 4, len(cut))
    return bytes(cut)


def label_table_size(blob: bytes) -> bytes:
    """One of the labels' hash tables, absent, said to hold billions of
    buckets (crfsuite counts them all as labels)."""
    damaged = bytearray(blob)
    labels_at = struct.unpack_from("<I", blob, 32)[0]
    for table in range(256):
        ref = labels_at + 24 + 8 * table
        offset, _size = struct.unpack_from("<II", blob, ref)
        if offset == 0:
            struct.pack_into("<I", damaged, ref + 4, 0xA634BFC8)
            return bytes(damaged)
    raise AssertionError("no empty hash table in the labels")


def feature_reference(blob: bytes) -> bytes:
    """An attribute's feature references moved past the end of the file."""
    damaged = bytearray(blob)
    refs_at = struct.unpack_from("<I", blob, 44)[0]
    struct.pack_into("<I", damaged, refs_at + 12, len(blob) + 4096)
    return bytes(damaged)


@pytest.fixture
def trained(tmp_path) -> Path:
    """A project with one learned model, active, and an article to suggest on."""
    from models.learn.calibration import Isotonic
    from models.learn.crf import train_crf
    from models.learn.data import TrainingDoc
    from models.learn.registry import ProjectModel, store_model
    from models.learn.scorer import ScorerModel

    docs = [
        TrainingDoc("d1", TEXTS[0], [Span(3, 9, "COMPANY")]),
        TrainingDoc("d2", TEXTS[1], [Span(0, 4, "COMPANY")]),
    ]
    model = ProjectModel(
        train_crf(docs), ScorerModel({"bias|COMPANY": 0.0}, Isotonic((0.0,), (0.5,))), "", ["d1"]
    )
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        store_model(project, model, data_hash="a" * 64)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "damage", [truncated, truncated_saying_so, label_table_size, feature_reference]
)
def test_a_damaged_model_is_set_aside_and_the_rules_suggest(
    trained: Path, damage: Callable[[bytes], bytes]
):
    with sqlite3.connect(trained) as conn:
        [(blob,)] = conn.execute("SELECT blob FROM learned_models")
        conn.execute("UPDATE learned_models SET blob = ?", (damage(bytes(blob)),))
    conn.close()
    proc = biaozhu("suggest", "--project", trained, trained.parent / "article.txt")
    assert proc.returncode == 0, (proc.returncode, proc.stderr)
    assert "13.7%" in proc.stdout  # the rules still suggest
    assert "cannot be read by crfsuite" in proc.stderr and len(proc.stderr.splitlines()) == 1
    with Project.open(trained) as project:
        [record] = list_models(project)
        assert not record.active
        [retired] = [e for e in project.history() if e.action == "model.retired"]
        assert retired.target == record.version
        assert "cannot be read by crfsuite" in retired.after["reason"]


def test_the_model_as_trained_passes_the_check(trained: Path):
    """The check refuses nothing crfsuite wrote: the project's model and
    the shipped one suggest as before."""
    from models.learn.crf_file import model_problem
    from models.paths import resource

    with sqlite3.connect(trained) as conn:
        [(blob,)] = conn.execute("SELECT blob FROM learned_models")
    conn.close()
    assert model_problem(bytes(blob)) is None
    for shipped in resource("models").rglob("*.crfsuite"):
        assert model_problem(shipped.read_bytes()) is None, shipped
    proc = biaozhu("suggest", "--project", trained, trained.parent / "article.txt")
    assert proc.returncode == 0 and proc.stderr == ""
    with Project.open(trained) as project:
        assert list_models(project)[0].active


def test_a_model_whose_stored_description_was_edited_is_set_aside(trained: Path):
    """The documents a model learned from, made a number by hand in its
    stored evaluation, stopped every suggestion with an unexpected
    TypeError, in the window as on the command line, until the row was
    mended by hand."""
    with sqlite3.connect(trained) as conn:
        conn.execute(
            "UPDATE learned_models SET evaluation = json_set(evaluation, '$.documents', 5)"
        )
    conn.close()
    proc = biaozhu("suggest", "--project", trained, trained.parent / "article.txt")
    assert proc.returncode == 0, proc.stderr
    assert "13.7%" in proc.stdout and "description is incomplete" in proc.stderr
    with Project.open(trained) as project:
        assert not list_models(project)[0].active
