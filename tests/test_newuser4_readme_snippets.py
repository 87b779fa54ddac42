"""The README's own snippets load every export (newuser4, 7 December 2026).

An ML engineer who exports a project reads the Formats section for how to
load the files in spaCy, ``datasets``, pandas or pyarrow: it named a few
calls inline (``load_from_disk``, ``spacy.blank("zh")``,
``Span.set_extension``, a manifest's ``dtype``) and no code to paste, so
each reader was guessed. The README now has a section, "Loading an export",
whose commands export a project and whose Python blocks load each file and
check that every span's text is the document's slice. This test runs them
as they are written, each block in a fresh interpreter (as pasted), on a
project of news-train's gold, so a snippet that stops working with the
exports (or a library's next version) fails here.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from tests.conftest import shared_path

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = "### Loading an export"


def section() -> str:
    text = README.read_text(encoding="utf-8")
    assert SECTION in text, f"the README has no section {SECTION!r}"
    body = text.split(SECTION, 1)[1]
    return re.split(r"\n#{2,3} ", body, maxsplit=1)[0]


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", section(), flags=re.S)


def test_the_readme_loads_every_export_format_with_its_own_snippets(tmp_path, capsys, monkeypatch):
    (commands,) = blocks("bash")
    project = tmp_path / "P.biaozhu"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(shared_path("gold", "news-train.jsonl"))]) == 0
    formats = []
    monkeypatch.chdir(tmp_path)  # the commands name their files as a shell would
    for line in commands.strip().splitlines():
        argv = shlex.split(line)
        assert argv[0] == "biaozhu", line
        assert main(argv[1:]) == 0, capsys.readouterr()
        formats.append(argv[argv.index("--format") + 1])
    # every export format the Formats table lists that a library reads
    assert {"jsonl", "hf", "spacy", "spans-parquet", "spans-csv", "conll", "doccano"} <= set(
        formats
    ), formats
    snippets = blocks("python")
    assert len(snippets) >= 6, snippets
    said = []
    for code in snippets:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        assert done.returncode == 0, f"{code}\n{done.stderr[-3000:]}"
        said.append(done.stdout)
    # what they print is what the project holds: 48 documents, 973 spans
    printed = "\n".join(said)
    assert "48 documents" in printed and "973 spans" in printed, printed
