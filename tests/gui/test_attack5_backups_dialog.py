"""The restore dialog shows a copy's saved time as Biaozhu recorded it and,
where a copy or ``touch`` changed the file's date, that date beside it:
a copy touched to 2020 was listed as saved in 2020 and the newer copies
marked *clock set back* (``tests/test_attack5_backup_times.py``). Restoring
it still restores what it holds."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from models import Project
from models.store.backup import list_backups, make_backup, restore_backup
from tests.conftest import news_train_article

YEAR_2020 = datetime(2020, 1, 1, 12, tzinfo=UTC).timestamp()
MARK = {"en": "(clock set back)", "zh_CN": "（时钟曾被调回）"}
DATED = {"en": "(file dated 2020-01-01", "zh_CN": "（文件日期 2020-01-01"}


def test_a_touched_copy_shows_both_times_and_no_clock_set_back(qtbot, tmp_path, language):
    from desktop.gui.dialogs.backups import RestoreBackupDialog

    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        text = news_train_article()["text"]
        made = []
        for i in range(3):
            p.add_document(text[: 100 + 50 * i], doc_id=f"d{i}")
            made.append(make_backup(p))
    os.utime(made[1], (YEAR_2020, YEAR_2020))
    dialog = RestoreBackupDialog(list_backups(path))
    qtbot.addWidget(dialog)
    saved = [dialog.table.item(r, dialog.SAVED).text() for r in range(3)]
    assert not any(MARK[language] in s for s in saved), saved
    assert DATED[language] in saved[1] and saved[1].startswith("2026"), saved
    assert not any(DATED[language] in s for s in (saved[0], saved[2])), saved
    with Project.open(path, annotator="alice") as p:
        restore_backup(p, made[1])
        assert p.document_count() == 2
        assert p.verify().ok
