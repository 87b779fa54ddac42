"""A corpus run's files read within bounds: a partition of a few kilobytes
whose dictionary pages decode to gigabytes (one long text, its index
repeated in every row), or an input of `suggest --corpus` made the same way,
is refused in one line naming the file, in about a second and a few hundred
MB, the project left as it was. Before, pyarrow decoded it whole: 2 GB of
memory for a 2 kB file, or the process killed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from desktop.cli import main  # noqa: E402
from models import Project  # noqa: E402
from tests.corpus_runs import finished_run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = 20
BOMB_ROWS = 200_000
BOMB_TEXT = "比亚迪营收" * 700  # 10,500 bytes: 2 GB once every row holds it

# Runs the command line in a child process and prints the child's exit code,
# peak resident memory in kB and wall time in seconds. Its address space is
# capped at 3 GB so that a reader that is not bounded fails the test rather
# than the machine (2 cores and their memory are shared).
MEASURE = """
import resource, subprocess, sys, time
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120, preexec_fn=cap)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stderr.write(done.stderr)
print(done.returncode, peak, round(time.perf_counter() - started, 3))
"""


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    """A finished run of `suggest --corpus` over DOCUMENTS short articles."""
    return finished_run(tmp_path_factory.mktemp("corpus"), DOCUMENTS)


def bomb_table(schema: pa.Schema | None = None) -> pa.Table:
    """BOMB_ROWS rows of one 10 kB text, dictionary-encoded: one copy on disk."""
    indices = pa.array([0] * BOMB_ROWS, pa.int32())
    columns = {
        "id": pa.DictionaryArray.from_arrays(indices, pa.array(["d0"])),
        "text": pa.DictionaryArray.from_arrays(indices, pa.array([BOMB_TEXT])),
    }
    if schema is not None and "spans" in schema.names:
        columns["spans"] = no_spans(BOMB_ROWS, schema)
        columns["version"] = pa.DictionaryArray.from_arrays(indices, pa.array(["v"]))
    table = pa.table(columns)
    return table.replace_schema_metadata(schema.metadata if schema is not None else None)


def no_spans(rows: int, schema: pa.Schema) -> pa.Array:
    """``rows`` empty lists of the partition's spans."""
    empty = pa.array([], schema.field("spans").type.value_type)
    return pa.ListArray.from_arrays(pa.array([0] * (rows + 1), pa.int32()), empty)


def write_bomb(path: Path, table: pa.Table) -> None:
    """The table with its dictionaries as written, but no Arrow schema: a
    reader takes the columns as text, each row its own copy. The writer's
    dictionary page may hold the long text (the default, 1 MB, would not)."""
    metadata = table.schema.metadata
    with pq.ParquetWriter(
        path, table.schema, store_schema=False, dictionary_pagesize_limit=10**7
    ) as writer:
        writer.write_table(table)
        if metadata:
            writer.add_key_value_metadata(metadata)
    assert path.stat().st_size < 20_000


def measured(argv: list[str]) -> tuple[int, str, int, float]:
    """(exit code, stderr, peak memory in MB, seconds) of the command line."""
    command = [sys.executable, "-c", MEASURE, sys.executable, "-m", "desktop", *argv]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=180)
    code, peak_kb, seconds = done.stdout.split()
    return int(code), done.stderr, int(peak_kb) // 1000, float(seconds)


def dump(project: Path) -> list[str]:
    with Project.open(project) as p:
        return list(p.conn.iterdump())


def test_a_partition_that_decodes_to_gigabytes_is_refused_within_bounds(run_out, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "_manifest.json").write_bytes((run_out / "_manifest.json").read_bytes())
    # Its own description kept, so the manifest's check of the partition passes.
    write_bomb(out / "a.jsonl.parquet", bomb_table(pq.read_schema(run_out / "a.jsonl.parquet")))
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    before = dump(project)
    code, err, peak_mb, seconds = measured(
        ["import", str(project), str(out), "--as", "suggestions"]
    )
    assert code == 1, err
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    assert "a.jsonl.parquet" in err and "MAX_PARQUET_BYTES" not in err, err
    assert peak_mb < 400 and seconds < 10, (peak_mb, seconds)
    assert dump(project) == before


def test_an_input_that_decodes_to_gigabytes_is_refused_within_bounds(tmp_path):
    write_bomb(tmp_path / "big.parquet", bomb_table())
    out = tmp_path / "out"
    code, err, peak_mb, seconds = measured(
        ["suggest", "--corpus", str(tmp_path / "big.parquet"), "--out", str(out)]
    )
    # One line: the worker's refusal reaches the user as Biaozhu's error
    # alone, not after distributed's log of a task that failed.
    said = err.splitlines()[-1]
    assert code == 1, err
    assert said.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    assert "big.parquet" in said and "realloc" not in said, err
    assert peak_mb < 400 and seconds < 30, (peak_mb, seconds)
    assert not (out / "big.parquet").exists()


def test_a_manifest_larger_than_any_file_read_whole_is_refused(run_out, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.jsonl.parquet").write_bytes((run_out / "a.jsonl.parquet").read_bytes())
    manifest = json.loads((run_out / "_manifest.json").read_text(encoding="utf-8"))
    manifest["corpus"] = "x" * 130_000_000  # past MAX_FILE_BYTES
    (out / "_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    before = dump(project)
    err = import_refused_at_once(capsys, project, out)
    assert "_manifest.json" in err and "128 MB" in err, err
    assert dump(project) == before


def test_a_normal_run_imports_whole(run_out, tmp_path):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(run_out), "--as", "suggestions"]) == 0
    with Project.open(project) as p:
        assert len(p.document_ids()) == DOCUMENTS


def import_refused_at_once(capsys, project: Path, out: Path) -> str:
    """`import --as suggestions` of ``out`` refused within 5 s, in one line: that line."""
    capsys.readouterr()
    started = time.perf_counter()
    assert main(["import", str(project), str(out), "--as", "suggestions"]) == 1
    assert time.perf_counter() - started < 5
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    return err


def copy_with(run_out: Path, tmp_path: Path, write) -> tuple[Path, Path]:
    """A copy of the run whose partition ``write`` makes, keeping the
    partition's own description (so the manifest's check passes)."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "_manifest.json").write_bytes((run_out / "_manifest.json").read_bytes())
    write(out / "a.jsonl.parquet", pq.read_schema(run_out / "a.jsonl.parquet"))
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    return out, project


def test_a_partition_declaring_more_rows_than_it_may_take_is_refused_from_its_footer(
    run_out, tmp_path
):
    """70 row groups of a million rows naming one id and one text, no spans:
    kilobytes on disk, 70 million values in each of its ten leaf columns
    declared, 5.6 GB at 8 bytes a value, refused before a row is read."""

    def write(path: Path, schema: pa.Schema) -> None:
        indices = pa.array([0] * 1_000_000, pa.int32())
        table = pa.table(
            {
                "id": pa.DictionaryArray.from_arrays(indices, pa.array(["d0"])),
                "text": pa.DictionaryArray.from_arrays(indices, pa.array(["比亚迪"])),
                "spans": no_spans(len(indices), schema),
            }
        )
        with pq.ParquetWriter(path, table.schema, store_schema=False) as writer:
            for _ in range(70):
                writer.write_table(table)
            writer.add_key_value_metadata(schema.metadata)

    out, project = copy_with(run_out, tmp_path, write)
    before = dump(project)
    code, err, peak_mb, seconds = measured(
        ["import", str(project), str(out), "--as", "suggestions"]
    )
    assert code == 1, err
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    assert "a.jsonl.parquet" in err and "5,602 MB or more" in err and "(limit 512 MB)" in err, err
    assert peak_mb < 400 and seconds < 10, (peak_mb, seconds)
    assert dump(project) == before


def test_a_partition_compressed_past_the_ratio_is_refused(run_out, tmp_path, capsys):
    """One text of 2 MB of a repeated character, Zstandard-compressed to a
    few hundred bytes: refused as a zip bomb is, before it is inflated."""

    def write(path: Path, schema: pa.Schema) -> None:
        table = pa.table(
            {"id": ["d0"], "text": ["亿" * 700_000], "spans": no_spans(1, schema)},
            metadata=schema.metadata,
        )
        pq.write_table(table, path, compression="zstd", use_dictionary=False)

    out, project = copy_with(run_out, tmp_path, write)
    before = dump(project)
    capsys.readouterr()
    assert main(["import", str(project), str(out), "--as", "suggestions"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    assert "a.jsonl.parquet" in err and "100:1" in err, err
    assert dump(project) == before


def test_a_partition_with_a_huge_footer_is_refused_before_it_is_parsed(run_out, tmp_path, capsys):
    """20 MB of key-value metadata beside the partition's own description:
    pyarrow would read and parse it whole, and the description with it."""

    def write(path: Path, schema: pa.Schema) -> None:
        table = pq.read_table(run_out / "a.jsonl.parquet")
        with pq.ParquetWriter(path, table.schema) as writer:
            writer.write_table(table)
            writer.add_key_value_metadata({"notes": "x" * 20_000_000})

    out, project = copy_with(run_out, tmp_path, write)
    before = dump(project)
    err = import_refused_at_once(capsys, project, out)
    assert "a.jsonl.parquet" in err and "a Parquet footer of 20 MB (limit 16 MB)" in err, err
    assert dump(project) == before


@pytest.mark.parametrize("past", [0, 1], ids=["at-the-limit", "one-byte-past"])
def test_the_decoded_bound_at_its_edge(tmp_path, monkeypatch, past):
    """1,000 rows naming one text of 3,000 bytes: read whole at exactly
    what it decodes to (8 bytes a row besides its text, in each column),
    refused one byte under it, counted as the dictionaries expand."""
    from models.corpus import parquet

    indices = pa.array([0] * 1_000, pa.int32())
    table = pa.table(
        {
            "id": pa.DictionaryArray.from_arrays(indices, pa.array(["d"])),
            "text": pa.DictionaryArray.from_arrays(indices, pa.array(["亿" * 1_000])),
        }
    )
    with pq.ParquetWriter(tmp_path / "p.parquet", table.schema, store_schema=False) as writer:
        writer.write_table(table)
    decoded = 1_000 * (8 + 1) + 1_000 * (8 + 3_000)
    monkeypatch.setattr(parquet, "MAX_PARQUET_BYTES", decoded - past)
    if past:
        with pytest.raises(parquet.InvalidInput, match="p.parquet: the columns read take"):
            parquet.read_parquet(tmp_path / "p.parquet", "p.parquet")
    else:
        read = parquet.read_parquet(tmp_path / "p.parquet", "p.parquet")
        assert read.column("text").type == pa.string()
        assert read.column("text")[999].as_py() == "亿" * 1_000
