"""A file chooser shown on the project's folder must leave the window's hold
on the project alone: POSIX locks belong to the process, and any descriptor
on the project file closed by it drops the SQLite connection's locks, after
which a command-line process closing the same project deletes the -wal the
window writes to."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QFileSystemModel

from models import Project

READ_AND_CLOSE = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('SELECT count(*) FROM documents').fetchone()\n"
    "c.close()\n"
)


def another_process_reads(path) -> None:
    subprocess.run([sys.executable, "-c", READ_AND_CLOSE, str(path)], check=True)


def test_the_file_chooser_leaves_an_open_project_locked(qtbot, tmp_path):
    from desktop.gui.dialogs.file_choosers import chooser

    path = tmp_path / "open.biaozhu"
    with Project.create(path, annotator="tester") as project:
        project.add_document("全区实现工业营收932.4亿元。")
        dialog = chooser(None, "Import files", str(tmp_path), "* (*)")
        qtbot.addWidget(dialog)
        dialog.show()
        # the folder is listed, and each entry's type worked out, in Qt's own
        # thread: waited for, or on a busy machine the chooser was closed
        # before it looked at the project and the test proved nothing
        model = dialog.findChild(QFileSystemModel)
        listed = {"open.biaozhu", "open.biaozhu-wal"}

        def typed() -> set[str]:
            return {
                model.fileName(model.index(str(tmp_path / name)))
                for name in listed
                if model.type(model.index(str(tmp_path / name)))
            }

        qtbot.waitUntil(lambda: typed() == listed, timeout=20_000)
        dialog.reject()
        another_process_reads(path)
        assert path.with_name("open.biaozhu-wal").exists()
        project.add_document("同比增长13.7%。")
    with Project.open(path) as project:
        assert len(project.document_ids()) == 2


def test_the_file_chooser_speaks_chinese_in_a_chinese_window(qtbot, qapp, tmp_path):
    """Qt's own zh_CN catalogue lacks two of its chooser's labels (they carry
    a mnemonic there); a curator working in Chinese must not meet them in
    English."""
    from PySide6.QtWidgets import QLabel

    from desktop.gui.dialogs.file_choosers import chooser
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    try:
        translations.apply("zh_CN")
        dialog = chooser(None, "导入文件", str(tmp_path), "* (*)")
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels, "the chooser shows its labels"
        english = [
            text for text in labels if any("a" <= c.lower() <= "z" for c in text.replace("&", ""))
        ]
        # a mnemonic letter in brackets, as Qt's catalogue writes them, is fine
        english = [text for text in english if not text.rstrip("：:").endswith(")")]
        assert english == []
    finally:
        translations.remove()  # later tests read the source strings
