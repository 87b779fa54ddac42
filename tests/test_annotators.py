"""Annotator names that read back exactly (issue 13, item 8): no white space,
no control characters, never empty, wherever a name comes in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from models import InvalidInput, Project

REPO = Path(__file__).resolve().parents[1]
BAD_NAMES = ["", " ", "al ice", "alice\t", "bob\n", "eve\x00", "zw\u200bj", "x" * 65]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_the_core_refuses_a_bad_annotator_name_and_writes_nothing(project, name):
    events = project.chain_head()
    with pytest.raises(InvalidInput, match="annotator name"):
        project.ensure_annotator(name)
    with pytest.raises(InvalidInput, match="annotator name"):
        project.set_role(name, "reviewer")
    with pytest.raises(InvalidInput):
        Project.open(project.path, annotator=name)
    assert project.chain_head() == events
    assert [a["name"] for a in project.annotators()] == ["alice"]


def test_names_in_chinese_and_with_punctuation_are_fine(project):
    for name in ("张伟", "li.na", "o'brien", "rita-2"):
        project.ensure_annotator(name)
    assert len(project.annotators()) == 5


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env=os.environ | (env or {}),
    )


def test_cli_role_refuses_an_empty_name_in_one_line(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="alice").close()
    assert main(["role", str(path), "", "reviewer"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and len(err.splitlines()) == 1
    assert main(["role", str(path), "car ol", "reviewer", "--create"]) == 1
    with Project.open(path, readonly=True) as project:
        assert [a["name"] for a in project.annotators()] == ["alice"]


def test_cli_role_for_an_unknown_annotator_asks_for_create(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="alice").close()
    assert main(["role", str(path), "carol", "reviewer"]) == 1
    assert "--create" in capsys.readouterr().err
    assert main(["role", str(path), "carol", "reviewer", "--create"]) == 0
    assert main(["role", str(path), "alice", "reviewer"]) == 0
    with Project.open(path, readonly=True) as project:
        assert {a["name"]: a["role"] for a in project.annotators()} == {
            "alice": "reviewer",
            "carol": "reviewer",
        }


def test_bad_names_from_the_option_and_the_environment_are_refused(tmp_path):
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="alice").close()
    text = tmp_path / "a.txt"
    text.write_text("比亚迪营收18亿元。", encoding="utf-8")
    for args, env in (
        (["--annotator", ""], {}),
        (["--annotator", "a b"], {}),
        ([], {"BIAOZHU_ANNOTATOR": ""}),
        ([], {"BIAOZHU_ANNOTATOR": "tab\there"}),
    ):
        done = run("import", str(path), str(text), *args, env=env)
        assert done.returncode == 1, (args, env)
        assert done.stderr.startswith("biaozhu: error: ") and len(done.stderr.splitlines()) == 1
        assert "Traceback" not in done.stderr
    with Project.open(path, readonly=True) as project:
        assert project.document_count() == 0


def test_an_os_account_with_a_space_still_names_someone(monkeypatch):
    """getpass takes the account name from LOGNAME first (as on Windows from
    USERNAME, where names with spaces are common)."""
    from models.who import current_annotator

    monkeypatch.delenv("BIAOZHU_ANNOTATOR", raising=False)
    monkeypatch.setenv("LOGNAME", "John Smith")
    assert current_annotator() == "John_Smith"
