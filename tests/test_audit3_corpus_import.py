"""``import --as suggestions`` of a corpus run whose partition was damaged or
edited after the run (its self-description kept, so the manifest's check
passes): a row past the first batch of 500 documents must be refused before
anything is written, in one line naming the file and the document, since the
import writes a batch per transaction and the curator cannot tell which
documents of a half-done import came in."""

from __future__ import annotations

import json
import time

import pytest

distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from desktop.cli import main  # noqa: E402
from models import Project  # noqa: E402
from tests.corpus_runs import finished_run  # noqa: E402

DOCUMENTS = 520  # past one batch of the import (models.corpus.importing.BATCH)
DAMAGED = 510  # a row of the second batch


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    """A finished run of `suggest --corpus` over DOCUMENTS short articles,
    on a cluster in this process reached over loopback TCP."""
    return finished_run(tmp_path_factory.mktemp("corpus"), DOCUMENTS)


def damaged_copy(run_out, tmp_path, edit) -> tuple:
    """A copy of the run whose partition row DAMAGED's first span is edited,
    the file's own description (schema metadata) kept as the run wrote it."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "_manifest.json").write_bytes((run_out / "_manifest.json").read_bytes())
    table = pq.read_table(run_out / "a.jsonl.parquet")
    rows = table.to_pylist()
    edit(rows[DAMAGED]["spans"][0])
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), out / "a.jsonl.parquet")
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    return out, project


def dump(project) -> list[str]:
    with Project.open(project) as p:
        return list(p.conn.iterdump())


@pytest.mark.parametrize(
    "edit, said",
    [
        (lambda s: s.update(attributes="[1, 2]"), "attributes must be a JSON object"),
        (lambda s: s.update(end=10**6), "lies outside its text"),
        (lambda s: s.update(score=float("nan")), "score"),
        (lambda s: s.update(score=None), "score"),
        (lambda s: s.update(source=None), "source"),
    ],
    ids=["attributes", "offset", "nan-score", "no-score", "no-source"],
)
def test_a_damaged_row_past_the_first_batch_changes_nothing(run_out, tmp_path, capsys, edit, said):
    out, project = damaged_copy(run_out, tmp_path, edit)
    capsys.readouterr()
    before = dump(project)
    assert main(["import", str(project), str(out), "--as", "suggestions"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    assert said in err and "a.jsonl.parquet" in err and f"d{DAMAGED}" in err, err
    assert "database" not in err and "constraint" not in err, err
    assert dump(project) == before


def test_the_undamaged_run_imports_whole(run_out, tmp_path, capsys):
    out, project = damaged_copy(run_out, tmp_path, lambda s: None)
    assert main(["import", str(project), str(out), "--as", "suggestions"]) == 0
    with Project.open(project) as p:
        assert len(p.document_ids()) == DOCUMENTS


@pytest.mark.parametrize(
    "name, content",
    [
        ("a.jsonl.parquet", b"my notes, not a partition\n"),
        ("_manifest.json", b'{"my": "settings"}\n'),
    ],
    ids=["partition-name", "manifest-name"],
)
def test_a_run_into_a_folder_does_not_replace_a_file_it_did_not_write(
    tmp_path, capsys, name, content
):
    """`suggest --corpus IN --out OUT` into a folder holding a user's file
    under the name a partition or the manifest takes: the run replaced it
    without a word (exports refuse to replace what no export wrote)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(
        json.dumps({"id": "d0", "text": "比亚迪2024年营收932.4亿元。"}) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_bytes(content)
    code = main(["suggest", "--corpus", str(folder), "--out", str(out), "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    assert name in err and "--out" in err, err
    assert (out / name).read_bytes() == content
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [name]


def run_naming(run_out, tmp_path, output: str) -> tuple:
    """A copy of the run whose manifest names ``output`` as its partition."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.jsonl.parquet").write_bytes((run_out / "a.jsonl.parquet").read_bytes())
    manifest = json.loads((run_out / "_manifest.json").read_text(encoding="utf-8"))
    manifest["partitions"][0]["output"] = output
    (out / "_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    return out, project


def test_a_manifest_naming_a_pipe_is_refused_at_once(run_out, tmp_path, capsys):
    """A partition named by the manifest is read where it says: a named pipe
    there kept the import waiting for a writer that never came."""
    import os
    import threading

    out, project = run_naming(run_out, tmp_path, "pipe.parquet")
    fifo = out / "pipe.parquet"
    os.mkfifo(fifo)
    capsys.readouterr()
    before = dump(project)
    finished = threading.Event()

    def unblock() -> None:  # a test that fails must not hang the suite
        if not finished.wait(30):
            with open(fifo, "wb"):
                pass

    threading.Thread(target=unblock, daemon=True).start()
    started = time.monotonic()
    code = main(["import", str(project), str(out), "--as", "suggestions"])
    took = time.monotonic() - started
    finished.set()
    err = capsys.readouterr().err
    assert took < 20, f"waited {took:.0f} s on the pipe"
    assert code == 1 and err.count("\n") == 1, err
    assert "not a regular file" in err, err
    assert dump(project) == before


@pytest.mark.parametrize(
    "output", ["../elsewhere.parquet", "/tmp/a.jsonl.parquet", "sub/a.parquet"]
)
def test_a_manifest_naming_a_file_outside_its_folder_is_refused(run_out, tmp_path, capsys, output):
    """A run's partitions are files of its folder: a manifest naming another
    place (copied between machines, edited) is not followed there."""
    out, project = run_naming(run_out, tmp_path, output)
    elsewhere = (out / output).resolve()
    elsewhere.parent.mkdir(parents=True, exist_ok=True)
    made = not elsewhere.exists()
    if made:
        elsewhere.write_bytes((run_out / "a.jsonl.parquet").read_bytes())
    try:
        capsys.readouterr()
        before = dump(project)
        assert main(["import", str(project), str(out), "--as", "suggestions"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "not a file of" in err, err
        assert dump(project) == before
    finally:
        if made:
            elsewhere.unlink()


def test_a_named_pipe_in_the_corpus_is_refused_before_the_run(tmp_path, capsys):
    """A worker opened it to read the partition and waited for a writer for
    ever; the run never ended."""
    import os
    import threading

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "d0", "text": "比亚迪营收。"}) + "\n")
    os.mkfifo(folder / "b.jsonl")
    finished = threading.Event()

    def unblock() -> None:  # a test that fails must not hang the suite
        if not finished.wait(30):
            with open(folder / "b.jsonl", "wb"):
                pass

    threading.Thread(target=unblock, daemon=True).start()
    started = time.monotonic()
    code = main(["suggest", "--corpus", str(folder), "--out", str(tmp_path / "out")])
    finished.set()
    err = capsys.readouterr().err
    assert time.monotonic() - started < 20
    assert code == 1 and err.count("\n") == 1 and "not a regular file" in err, err
    assert not (tmp_path / "out" / "_manifest.json").exists()


def test_a_row_without_spans_past_the_first_batch_imports_without_suggestions(
    run_out, tmp_path, capsys
):
    """A null ``spans`` (a partition edited by hand, or written by another
    tool) passed the check as no suggestions, then ended the import with an
    unexpected TypeError after the first batch was stored."""
    out, project = damaged_copy(run_out, tmp_path, lambda s: None)
    table = pq.read_table(out / "a.jsonl.parquet")
    rows = table.to_pylist()
    rows[DAMAGED]["spans"] = None
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), out / "a.jsonl.parquet")
    capsys.readouterr()
    assert main(["import", str(project), str(out), "--as", "suggestions"]) == 0, capsys.readouterr()
    with Project.open(project) as p:
        assert len(p.document_ids()) == DOCUMENTS
        held = dict(p.conn.execute("SELECT doc_id, count(*) FROM suggestions GROUP BY doc_id"))
    assert f"d{DAMAGED}" not in held and held["d0"] > 0


def test_a_partition_with_fewer_rows_than_its_manifest_says_is_refused(run_out, tmp_path, capsys):
    """A partition cut short after the run (its description kept) ended the
    import with an unexpected ArrowIndexError."""
    out, project = damaged_copy(run_out, tmp_path, lambda s: None)
    table = pq.read_table(out / "a.jsonl.parquet")
    pq.write_table(table.slice(0, 10), out / "a.jsonl.parquet")
    before = dump(project)
    capsys.readouterr()
    assert main(["import", str(project), str(out), "--as", "suggestions"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    assert "a.jsonl.parquet" in err and "holds 10 documents" in err, err
    assert "unexpected" not in err, err
    assert dump(project) == before
