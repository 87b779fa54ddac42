"""newuser5: the window's memory on a big project. bench_gui.py 10000 2000
peaked at 396-398 MB against its 400 MB target; 115 MB of it was pandas,
pyarrow and numpy, which the window never uses. The history check the
window runs when a project opens (Project.verify) imports
models.store.schema for one constant (IDS_NEVER_REUSED, also read by the
backups' check), and schema imports sqlite_utils, whose first lines import
pandas and numpy when installed (they are: the corpus commands need them).
With the constant read without schema (a copy of the starting commit with
that one import changed), the same run peaked at 282 MB, keys unchanged.
attack5 moved the import to ``models.store.counters``; this test holds it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models import Project

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import sys
from models import Project
with Project.open(sys.argv[1], annotator="lin") as project:
    report = project.verify()
heavy = sorted(m for m in ("pandas", "pyarrow", "numpy") if m in sys.modules)
print(" ".join(heavy) or "-")
"""


def test_verify_does_not_load_pandas(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="lin") as project:
        project.add_document("比亚迪2023年营收6023亿元。", doc_id="d1")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert out.stdout.strip() == "-", f"verify loaded {out.stdout.strip()}"
