"""The window and a -wal that is not the project's own (attack4; the core's
check: tests/test_attack4_foreign_wal.py). The last project, with another
database's -wal brought beside it by a sync client, opened at start: SQLite
laid the other database over it, and the window, closing, folded it in (the
project gone, "not a Biaozhu project"). It now starts on the sample and says
why in one line naming the -wal, in the window's language; the project file
is as it was and, the -wal moved away, all there."""

from __future__ import annotations

import shutil

import pytest

from models.store.project import Project
from tests.gui.conftest import make_project
from tests.test_attack4_foreign_wal import file_alone, other_sqlite_wal


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_last_project_with_another_databases_wal_is_kept_and_named(
    qtbot, qapp, tmp_path, monkeypatch, lang
):
    from PySide6.QtCore import QSettings

    from desktop.gui import sample
    from desktop.gui.context import AppContext
    from desktop.gui.i18n import Translations
    from desktop.gui.launch import open_last_or_sample
    from desktop.gui.messages import say
    from desktop.gui.settings import Settings

    (tmp_path / "data").mkdir()
    monkeypatch.setattr(sample, "data_dir", lambda: tmp_path / "data")
    last = tmp_path / "last.biaozhu"
    make_project(last)
    with Project.open(last, readonly=True) as p:
        documents = p.document_count()
    shutil.copy(other_sqlite_wal(tmp_path), f"{last}-wal")
    before = file_alone(last)

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    translations = Translations(qapp)
    translations.apply(lang)
    ctx = AppContext(settings, None, "tester", remember_projects=False)
    try:
        path, refused = open_last_or_sample(ctx, last, "tester")
        assert sample.is_sample(path)
        refused_path, exc = refused
        said = say(exc)
        assert refused_path == last and "last.biaozhu-wal" in said and "\n" not in said
        assert ("另一个数据库" in said) if lang == "zh_CN" else ("another database" in said)
    finally:
        ctx.close()
        translations.remove()
    assert file_alone(last) == before
    (tmp_path / "last.biaozhu-wal").unlink()
    (tmp_path / "last.biaozhu-shm").unlink(missing_ok=True)
    with Project.open(last, readonly=True) as p:
        assert p.document_count() == documents
        assert p.verify().ok
