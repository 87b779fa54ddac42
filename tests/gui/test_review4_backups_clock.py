"""File → Restore from backup… after a time sync set the laptop's clock
back: the copies are listed in the order they were made (the newest at the
top, the one Enter restores), the newest saved at the time the clock read
then, earlier than the older copies' and marked so (in English and in
Chinese); Enter restores that newest copy, the store read back. The clock is
the laptop's (``tests.test_attack3_clock``); the file system stamps each
copy with the same clock (``os.utime``, as the laptop's kernel would)."""

from __future__ import annotations

import os
from datetime import UTC

from PySide6.QtCore import Qt

from models import Project
from models.store.backup import make_backup
from tests.gui.conftest import close_window, open_window
from tests.test_attack3_clock import clock  # noqa: F401  (the fixture)

MARK = {"en": "(clock set back)", "zh_CN": "（时钟曾被调回）"}


def stamped(path, clock) -> None:  # noqa: F811
    when = clock.now(UTC).timestamp()
    os.utime(path, (when, when))


def test_copies_in_the_order_made_the_newest_marked_and_restored(
    qtbot,
    project_path,
    tmp_path,
    clock,  # noqa: F811
    language,
):
    from desktop.gui.dialogs.backups import RestoreBackupDialog

    window = open_window(qtbot, project_path, tmp_path)
    try:
        qtbot.waitUntil(lambda: window.last_backup is not None, timeout=10_000)
        stamped(window.last_backup, clock)  # the session copy, 3 documents
        clock.jump(hours=9)  # the clock runs ahead
        with Project.open(project_path, annotator="other") as p:
            p.add_document("园区新增规上工业企业15家。", doc_id="d")
            ahead = make_backup(p)  # 4 documents
            stamped(ahead, clock)
            clock.jump(hours=-9)  # a time sync sets it right
            p.add_document("工业投资增长9.5%左右。", doc_id="e")
            newest = make_backup(p)  # 5 documents
            stamped(newest, clock)
            p.add_document("开发区新引进项目42个。", doc_id="f")
        window.actions_by_name["restore_backup"].trigger()
        dialog = window.findChild(RestoreBackupDialog)
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(dialog.checked, timeout=20_000)
        rows = [dialog.backups[r].path for r in range(dialog.table.rowCount())]
        assert rows == [newest, ahead, window.last_backup]
        saved = [dialog.table.item(r, dialog.SAVED).text() for r in range(3)]
        assert saved[0].endswith(MARK[language])
        assert not any(MARK[language] in s for s in saved[1:])
        # the time the clock read: earlier than the copy below it, which ran ahead
        assert saved[0].removesuffix(MARK[language]).strip() < saved[1]
        assert [dialog.table.item(r, dialog.DOCUMENTS).text() for r in range(3)] == [
            "5",
            "4",
            "3",
        ]
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # the top row, chosen for the curator
        assert window.ctx.host.wait_idle()
        with Project.open(project_path) as store:
            assert store.document_count() == 5
            assert store.history()[-1].action == "project.restored"
            assert store.verify().ok
    finally:
        close_window(window)
