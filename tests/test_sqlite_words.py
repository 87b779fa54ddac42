"""The command line says SQLite's common errors in the words the window
translates (their English), not in SQLite's: verify of a damaged file said
"the file is damaged (SQLite: database disk image is malformed)", a file
that is no database "(not a readable SQLite file: file is not a
database)"."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main
from models import Project

TEXT = "2024年,高新区全年实现工业营收932.4亿元,同比增长13.7%。"


def error_line(capsys, *args: str) -> str:
    assert main(list(args)) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and "Traceback" not in err, err
    return err.splitlines()[0].removeprefix("biaozhu: error: ")


def test_verify_of_a_damaged_file_says_so_in_the_windows_words(tmp_path: Path, capsys):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        for i in range(120):
            p.add_document(f"{TEXT}第{i}篇。" * 20)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xff" * 4096  # a page a failing disk overwrote
    path.write_bytes(bytes(data))
    line = error_line(capsys, "verify", str(path))
    assert line == "the file cannot be read (the file is damaged); restore a backup of it"


def test_a_file_that_is_no_database_is_said_in_the_windows_words(tmp_path: Path, capsys):
    junk = tmp_path / "junk.biaozhu"
    junk.write_bytes(b"not a database at all " * 300)
    line = error_line(capsys, "stats", str(junk))
    assert (
        line == f"{junk} is not a Biaozhu project (not a readable SQLite file: not a database file)"
    )
    assert junk.read_bytes() == b"not a database at all " * 300  # nothing written
