"""An import of several files of which one fails counts the files its
documents came from: `import P a.txt b.csv bad.jsonl` said "imported 3
documents ... from 3 files" above "1 of 3 files failed to import", as if the
failed file had given some of them."""

from __future__ import annotations

import json

from desktop.cli import main
from tests.conftest import shared_path


def test_the_success_line_counts_only_the_files_that_were_imported(tmp_path, capsys):
    corpus = sorted(shared_path("corpus").glob("*.txt"))[:2]
    bad = tmp_path / "blank.jsonl"
    bad.write_text(json.dumps({"id": "b", "text": " \u200b\u3000 "}) + "\n", encoding="utf-8")
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    code = main(["import", str(project), *map(str, corpus), str(bad)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "imported 2 documents with 0 spans from 2 files;" in out, out
    assert "1 of 3 files failed to import (the others are imported)" in err, err
