"""Hostile files not tried before (newuser3, 7 December 2026), through the
command line in a process of their own under test_hostile's 1 GB memory
limit: refused in one line saying why, the project as it was.

- A CoNLL file of 120 MB (under the 128 MB a file may have) that is one
  long run of token lines: the reader kept a Python tuple per token line of
  the whole file before looking at any document, and the import died on
  ``unexpected MemoryError`` (a bug's line) instead of naming the limit.
- A JSON-lines file of one 120 MB line: orjson could not allocate its
  buffer under the limit and the import said ``not valid JSON (Not enough
  memory to allocate buffer for parsing); a truncated line?``, sending the
  user to look for a cut line in a file that is whole.
"""

from __future__ import annotations

from tests.test_hostile import MB, import_refused, project  # noqa: F401 (fixture)


def test_a_conll_file_of_one_long_run_of_tokens(project, tmp_path):  # noqa: F811
    path = tmp_path / "long.conll"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("营\tO\n" * (120 * MB // 6))
    import_refused(project, path, "long.conll", "2,000,000", "split it")


def test_a_conll_document_of_one_long_run_of_tokens_after_docstart(project, tmp_path):  # noqa: F811
    path = tmp_path / "long-doc.conll"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("-DOCSTART- d1\tO\n\n比\tB-COMPANY\n亚\tI-COMPANY\n迪\tI-COMPANY\n\n")
        fh.write("-DOCSTART- d2\tO\n\n")
        fh.write("营\tO\n" * (120 * MB // 6))
    import_refused(project, path, "long-doc.conll", "document 2", "2,000,000")


def test_a_jsonl_file_of_one_line_too_large_for_memory(project, tmp_path):  # noqa: F811
    path = tmp_path / "one-line.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"id": "x", "text": "')
        fh.write("营收增长" * (120 * MB // 12))
        fh.write('"}\n')
    import_refused(project, path, "one-line.jsonl:1", "too large to read", "split it")
