"""The real window, offscreen, curating a project until it is killed: the
child process of the soak tests (tests/gui/test_soak.py).

    python tests/gui/soak_window.py PROJECT ANNOTATOR SETTINGS_DIR [SEED]

It presses the loop's keys through the window (A and X on pending
suggestions, J, PgDn) every few milliseconds, and prints one line per edit
once its write is in the file, the moment the window would show it saved:

    saved accept SUGGESTION_ID
    saved reject SUGGESTION_ID

and "refused REASON" when a write was refused (the view then shows the file
as it is and the window goes on). It stops by itself after two minutes, in
case its parent died without killing it."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

LIFETIME_MS = 120_000


def main() -> int:
    path, annotator, settings_dir = sys.argv[1:4]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    from desktop.gui.commands import AcceptCommand, RejectCommand
    from desktop.gui.context import AppContext
    from desktop.gui.launch import make_app
    from desktop.gui.mainwindow import MainWindow
    from desktop.gui.settings import Settings

    app = make_app(["soak"])
    settings = Settings(QSettings(str(Path(settings_dir) / "soak.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings, None, annotator)
    ctx.open_project(path)
    window = MainWindow(ctx, restore_state=False)
    window.resize(1200, 800)
    window.show()
    handles = window.controller.handles

    def saved(_changes, initiator) -> None:
        kinds = {AcceptCommand: "accept", RejectCommand: "reject"}
        kind = kinds.get(type(initiator))
        if kind is not None:
            sid = handles.current_suggestion(initiator.sugg)
            print(f"saved {kind} {sid}", flush=True)

    ctx.host.changed.connect(saved)
    ctx.host.writeFailed.connect(lambda f: print(f"refused {f.reason}", flush=True))

    def press() -> None:
        box = window.findChild(QMessageBox, "writeFailed")
        if box is not None and box.isVisible():
            box.close()  # as a curator would, and back to the article
            window.activateWindow()
        window.act_focus_text()
        item = window.controller.current_item()
        target = window.view
        if item is not None and item.is_pending:
            key = Qt.Key.Key_A if rng.random() < 0.6 else Qt.Key.Key_X
        elif rng.random() < 0.3:
            key = Qt.Key.Key_J
        else:
            key = Qt.Key.Key_PageDown
            if window.doc_panel.model.neighbour(window.controller.doc_id, +1) is None:
                window.doc_panel.select(window.doc_panel.first_doc())
                return
        QTest.keyClick(target, key)

    keys = QTimer()
    keys.setInterval(25)
    keys.timeout.connect(press)
    keys.start()
    QTimer.singleShot(LIFETIME_MS, app.quit)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
