"""What the command line prints about a file the user named (``created``,
``wrote``, an export's or a merge's summary, the stats' first line, the
history's merged file) is one line whatever the name holds: a line break,
a terminal escape or a bidi override in a file name is shown escaped, as
refusals show it, never sent to the terminal raw; and the path is whole,
since a reader copies it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.errors import shown
from tests.test_cli_newcomer import run

# a line break, an escape that clears the screen, a right-to-left override
# and a zero-width space; a long folder, so that shortening would show
LONG = "长" * 60 + "x" * 40
EVIL = "ev\nil\x1b[2J\u202eli\u200bve"
RAW = ("\n", "\r", "\x1b", "\u202e", "\u200b")


def one_clean_line(out: str) -> str:
    """``out`` checked to be one line with no raw control, bidi or invisible character."""
    assert out.endswith("\n") and out.count("\n") == 1, out
    line = out[:-1]
    assert all(c.isprintable() for c in line), repr(line)
    assert not any(c in line for c in RAW)
    return line


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / LONG
    path.mkdir()
    return path


@pytest.fixture
def evil_project(capsys, folder) -> Path:
    path = folder / f"{EVIL}.biaozhu"
    assert run(capsys, "new", path)[0] == 0
    source = folder / "news.jsonl"
    source.write_text(json.dumps({"text": "腾讯营收增长。"}, ensure_ascii=False) + "\n", "utf-8")
    assert run(capsys, "import", path, source, "--status", "done")[0] == 0
    return path


def test_new_prints_the_path_whole_on_one_line(capsys, folder):
    path = folder / f"{EVIL}.biaozhu"
    code, out, _ = run(capsys, "new", path)
    assert code == 0 and path.is_file()
    line = one_clean_line(out)
    assert line.startswith(f"created {shown(path, None)} (")
    # escaped, not shortened: the folder and the name both there, no ellipsis
    assert LONG in line and "ev\\nil\\x1b[2J\\u202eli\\u200bve.biaozhu" in line
    assert "…" not in line


def test_stats_names_the_project_on_one_line(capsys, evil_project):
    code, out, _ = run(capsys, "stats", evil_project)
    assert code == 0
    first = out.splitlines(keepends=True)[0]
    assert one_clean_line(first) == f"{shown(evil_project, None)}: 1 document, 7 characters"


def test_history_csv_says_where_it_wrote_on_one_line(capsys, evil_project, folder):
    out_file = folder / f"{EVIL}.csv"
    code, out, _ = run(capsys, "history", evil_project, "--format", "csv", "--out", out_file)
    assert code == 0 and out_file.is_file()
    line = one_clean_line(out)
    assert line.startswith("wrote ") and line.endswith(f" events to {shown(out_file, None)}")


def test_export_summary_and_manifest_are_one_line_each(capsys, evil_project, folder):
    out_dir = folder / EVIL
    code, out, _ = run(capsys, "export", evil_project, "--format", "jsonl", "--out", out_dir)
    assert code == 0 and out_dir.exists(), out
    lines = [one_clean_line(line) for line in out.splitlines(keepends=True)]
    assert lines[0].startswith("exported 1 document ")
    assert lines[0].endswith(f" to {shown(out_dir, None)}")
    assert lines[-1] == f"manifest: {shown(str(out_dir) + '.manifest.json', None)}"


def test_merge_and_its_history_name_the_file_on_one_line(capsys, evil_project, folder):
    into = folder / "team.biaozhu"
    assert run(capsys, "new", into)[0] == 0
    code, out, _ = run(capsys, "merge", into, evil_project)
    assert code == 0
    lines = [one_clean_line(line) for line in out.splitlines(keepends=True)]
    assert lines[0].startswith(f"{shown(evil_project, None)}: 1 new document,")
    code, out, _ = run(capsys, "history", into)
    assert code == 0
    lines = [one_clean_line(line) for line in out.splitlines(keepends=True)]
    assert any(line.endswith(f"[merged from {shown(evil_project.name, None)}]") for line in lines)


def test_a_document_id_and_title_from_a_file_print_on_one_line(capsys, folder):
    """An id and a text from an imported file are data from outside too: the
    queue and a document's layers as of an event print them escaped."""
    path = folder / "p.biaozhu"
    assert run(capsys, "new", path)[0] == 0
    source = folder / "news.jsonl"
    row = {"id": "d\u202e1\n", "text": "\x1b[2J腾讯营收增长。"}
    source.write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    assert run(capsys, "import", path, source)[0] == 0
    code, out, _ = run(capsys, "queue", path)
    assert code == 0
    line = one_clean_line(out)
    assert "d\\u202e1" in line and "\\x1b[2J腾讯" in line
    doc_id = "d\u202e1"  # the id as stored (the import strips the line break at its end)
    code, out, _ = run(capsys, "history", path, "--doc", doc_id, "--as-of", "2")
    assert code == 0
    first = one_clean_line(out.splitlines(keepends=True)[0])
    assert first == "d\\u202e1 as of event 2:"


def test_history_shows_a_span_text_s_terminal_escape_escaped(capsys, tmp_path):
    """A span's text from an imported file that holds a terminal escape (here
    one that moves the cursor up and erases the line: it would hide the
    history line before it from a reviewer's terminal) is shown escaped."""
    path = tmp_path / "p.biaozhu"
    assert run(capsys, "new", path)[0] == 0
    text = "腾讯\x1b[1A\x1b[2K科技营收增长。"
    source = tmp_path / "news.jsonl"
    line = {"text": text, "spans": [{"start": 0, "end": 12, "label": "COMPANY"}]}
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", "utf-8")
    assert run(capsys, "import", path, source)[0] == 0
    code, out, _ = run(capsys, "history", path)
    assert code == 0
    added = [x for x in out.splitlines() if " span.added " in x]
    assert len(added) == 1 and "\x1b" not in out
    assert "腾讯\\x1b[1A\\x1b[2K科技[0:12]COMPANY" in added[0]
