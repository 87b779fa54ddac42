"""A last project that no longer opens does not keep the window from starting.

Started from a menu with no file named, the window opens the last project;
when that file was damaged since (or written by a newer version), it used to
print one line to a terminal nobody sees and exit: to the curator, the app
never started. It now starts on the sample project and says why, naming the
file; a file named on the command line is still refused with its one line."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import make_project, run_app

DAMAGED = b"\xff" * 4096 * 4


def damaged_project(path):
    make_project(path)
    with open(path, "r+b") as f:  # noqa: PTH123 - damaging a test's own closed file
        f.seek(4096 * 2)
        f.write(DAMAGED)
    return path


def test_a_damaged_last_project_opens_the_sample_and_says_why(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from desktop.gui import sample
    from desktop.gui.context import AppContext
    from desktop.gui.launch import open_last_or_sample
    from desktop.gui.messages import say
    from desktop.gui.settings import Settings

    (tmp_path / "data").mkdir()
    monkeypatch.setattr(sample, "data_dir", lambda: tmp_path / "data")
    last = damaged_project(tmp_path / "last.biaozhu")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings, None, "tester", remember_projects=False)
    try:
        path, refused = open_last_or_sample(ctx, last, "tester")
        assert sample.is_sample(path)
        assert ctx.project.document_count() >= 3  # the sample, open to work in
        refused_path, exc = refused
        assert refused_path == last and "damaged" in say(exc)
    finally:
        ctx.close()


def test_a_damaged_file_named_on_the_command_line_is_refused_in_one_line(tmp_path):
    path = damaged_project(tmp_path / "named.biaozhu")
    done = run_app(tmp_path, str(path))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "damaged" in done.stderr


def test_a_project_opened_by_a_relative_path_is_remembered_by_where_it_is(tmp_path, monkeypatch):
    """Opened from a terminal as `biaozhu p.biaozhu`, it is the last project
    of the window started later from a menu, in another folder."""
    from PySide6.QtCore import QSettings

    from desktop.gui.context import AppContext
    from desktop.gui.settings import Settings

    make_project(tmp_path / "p.biaozhu")
    monkeypatch.chdir(tmp_path)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings, None, "tester")
    try:
        ctx.open_project(Path("p.biaozhu"))
    finally:
        ctx.close()
    assert settings.last_project == str(tmp_path / "p.biaozhu")
    assert settings.recent_projects()[0] == str(tmp_path / "p.biaozhu")
