"""Named pipes where import reads files: in a folder of articles, as a
brat document's .txt, as a saved dataset's data file, or named on the
command line. A dataset's archive can carry one (tar keeps named pipes),
and opening a pipe nobody writes to waits for ever: `biaozhu import` hung
until killed. Each is refused (or left unread) in one line, at once; the
other files are imported."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from models import Project
from models.io.export import export_project

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

BOUND_S = 30
TEXT = "比亚迪2024年营收932.4亿元，同比增长13.7%。"


def cli(*argv) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *map(str, argv)],
            capture_output=True,
            text=True,
            timeout=BOUND_S,
            env={**os.environ, "BIAOZHU_ANNOTATOR": "alice"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"biaozhu {' '.join(map(str, argv))} waited past {BOUND_S} s on a named pipe")


def documents(path) -> list[str]:
    with Project.open(path, readonly=True) as p:
        return sorted(p.document_text(d) for d in p.document_ids())


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="alice").close()
    return path


def test_a_pipe_in_a_folder_of_articles_is_left_unread(tmp_path, project):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    done = cli("import", project, folder)
    assert done.returncode in (0, 1), done.stderr
    assert documents(project) == [TEXT]


def test_a_pipe_named_on_the_command_line_is_refused(tmp_path, project):
    pipe = tmp_path / "news.txt"
    os.mkfifo(pipe)
    done = cli("import", project, pipe)
    assert done.returncode == 1
    assert done.stderr.startswith("biaozhu: error: ") and done.stderr.count("\n") == 1
    assert documents(project) == []


def exported(tmp_path, fmt: str):
    source = tmp_path / "source.biaozhu"
    with Project.create(source, annotator="alice") as p:
        doc, _ = p.add_document(TEXT, doc_id="a")
        p.add_span(doc, 0, 3, "COMPANY")
        p.set_status(doc, "done")
        export_project(p, fmt, tmp_path / fmt)
    return tmp_path / fmt


def test_a_pipe_as_a_brat_documents_text_is_refused(tmp_path, project):
    folder = exported(tmp_path, "brat")
    (folder / "a.txt").unlink()
    os.mkfifo(folder / "a.txt")
    done = cli("import", project, folder, "--format", "brat")
    assert done.returncode == 1
    assert documents(project) == []


def test_a_pipe_as_a_datasets_data_file_is_refused(tmp_path, project):
    folder = exported(tmp_path, "hf")
    state = json.loads((folder / "train" / "state.json").read_text())
    data = folder / "train" / state["_data_files"][0]["filename"]
    data.unlink()
    os.mkfifo(data)
    done = cli("import", project, folder, "--format", "hf")
    assert done.returncode == 1
    assert "not a regular file" in done.stderr, done.stderr
    assert documents(project) == []
    shutil.rmtree(folder)


def test_a_pipe_as_a_datasets_state_file_is_refused(tmp_path, project):
    folder = exported(tmp_path, "hf")
    state = folder / "train" / "state.json"
    state.unlink()
    os.mkfifo(state)
    done = cli("import", project, folder, "--format", "hf")
    assert done.returncode == 1
    assert "not a regular file" in done.stderr, done.stderr
    assert documents(project) == []
