"""Starting the window: ``biaozhu [PROJECT]`` and ``biaozhu --screenshot OUT.png [PROJECT]``.

The project is the one given, else the last one opened (QSettings), else the
bundled sample, made on first run in the user's data directory."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
import traceback
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    QTimer,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from desktop.gui.context import AppContext
from desktop.gui.display import check_window_possible
from desktop.gui.i18n import Translations, fill
from desktop.gui.settings import Settings
from models import __version__
from models.errors import BiaozhuError, InvalidInput, NotAProject
from models.io.export.target import refuse_unsafe_out
from models.store.connection import is_link_loop
from models.who import current_annotator

translate = QCoreApplication.translate

SCREENSHOT_SIZE = (1500, 900)
# Qt's messages that say nothing to a user of the app: the offscreen plugin
# (--screenshot) and others without window-manager hints warn of it for every
# window shown, in Qt's "default" category, which no QT_LOGGING_RULES can
# silence without silencing every other warning too.
KNOWN_QT_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})
_quieted = False


def quiet_known_qt_noise() -> None:
    """Drop the messages of KNOWN_QT_NOISE; every other message of Qt goes on
    to the handler there was (or to stderr, formatted as Qt formats it)."""
    global _quieted
    if _quieted:
        return
    previous = None

    def handler(mode, context, message: str) -> None:
        if message in KNOWN_QT_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
            return
        try:
            sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass

    previous = qInstallMessageHandler(handler)
    _quieted = True


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0] if sys.argv else "biaozhu"])
    app.setOrganizationName("Biaozhu")
    app.setOrganizationDomain("biaozhu.invalid")
    app.setApplicationName("Biaozhu")
    app.setApplicationDisplayName("标注 Biaozhu")
    app.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app


def choose_project(explicit: str | None, settings: Settings, annotator: str) -> Path:
    if explicit:
        return Path(explicit)
    last = settings.last_project
    if last and Path(last).is_file():
        return Path(last)
    from desktop.gui.sample import ensure_sample_project

    return ensure_sample_project(annotator)


def open_last_or_sample(
    ctx: AppContext, path: Path, annotator: str
) -> tuple[Path, tuple[Path, Exception] | None]:
    """Open the project the window starts on when none was named: the last
    one, or the sample. A last project that no longer opens (damaged, from
    a newer version, locked away) must not keep the window from starting,
    which a curator who starts it from a menu would see as nothing at all:
    the sample opens instead, and the refusal is returned to be shown."""
    try:
        ctx.open_project(path)
        return path, None
    except (BiaozhuError, sqlite3.Error, OSError) as exc:
        from desktop.gui.sample import ensure_sample_project, is_sample

        if is_sample(path):
            raise
        sample = ensure_sample_project(annotator)
        ctx.open_project(sample)
        return sample, (path, exc)


def say_last_refused(window, path: Path, exc: Exception) -> None:
    """Tell, in a dialog over the window, why the last project did not open."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.messages import say

    text = translate(
        "Launch",
        "The last project, %1, could not be opened: %2\nThe sample project is open instead.",
    )
    QMessageBox.warning(
        window,
        translate("Launch", "Last project not opened"),
        text.replace("%1", str(path)).replace("%2", say(exc)),
    )


def prepare_platform(screenshot: bool) -> None:
    """A screenshot is drawn offscreen, display or not; a window needs a
    display and the libraries of Qt's platform plugin, named when missing."""
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif QApplication.instance() is None:
        check_window_possible()


class Refused(BiaozhuError):
    """A project named on the command line that does not open, said in the
    window's language: the CLI prints it as its one line."""


def no_such_project(path: str) -> str:
    return fill(translate("Launch", "%1: no such project file (biaozhu new %1 makes one)"), path)


def refused_named(path: str | Path, exc: Exception) -> Refused:
    """Why the project named on the command line did not open, naming it, in
    the language the settings chose (the terminal's one line; no dialog: the
    window never opens)."""
    from desktop.gui.messages import say

    return Refused(fill(translate("Launch", "%1 could not be opened: %2"), path, say(exc)))


def run_gui(args) -> int:
    explicit = getattr(args, "project", None)
    # a loop of links is no missing file: opening it says what it is
    missing = bool(explicit) and not Path(explicit).exists() and not is_link_loop(explicit)
    try:
        prepare_platform(bool(getattr(args, "screenshot", None)))
    except BiaozhuError:
        if missing:  # no window can open to say it in its language: the file first
            raise NotAProject(no_such_project(explicit)) from None
        raise
    quiet_known_qt_noise()
    app = make_app()
    settings = Settings()
    translations = Translations(app)
    translations.apply(getattr(args, "lang", None) or settings.language)
    if missing:
        raise Refused(no_such_project(explicit))
    annotator = current_annotator(getattr(args, "annotator", None))
    screenshot = getattr(args, "screenshot", None)
    ctx = AppContext(settings, translations, annotator, remember_projects=not screenshot)
    explicit = getattr(args, "project", None)
    path = choose_project(explicit, settings, annotator)
    if screenshot:
        check_screenshot_out(Path(screenshot), Path(path))
    if explicit or screenshot:
        try:
            ctx.open_project(path)
        except (BiaozhuError, sqlite3.Error, OSError) as exc:
            ctx.close()
            raise refused_named(path, exc) from exc  # the CLI prints one line, exit 1
        refused = None
    else:
        path, refused = open_last_or_sample(ctx, path, annotator)

    from desktop.gui.mainwindow import MainWindow

    window = MainWindow(ctx, restore_state=not screenshot, keep_backups=not screenshot)
    _install_excepthook(ctx)
    from desktop.gui.sample import is_sample

    if is_sample(path) and not ctx.project.stats()["suggestions"]:
        from desktop.gui import jobs

        jobs.suggest(window, ctx, None, show_progress=not screenshot)
    if screenshot:
        return take_screenshot(window, ctx, screenshot)
    window.show()
    if refused is not None:
        QTimer.singleShot(0, lambda: say_last_refused(window, *refused))
    code = app.exec()
    ctx.close()
    return int(code)


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def check_screenshot_out(out: Path, project: Path) -> None:
    """A screenshot replaces an earlier PNG, never the project (given as OUT by
    a slip of the argument order, it became the PNG, every edit gone), its
    companions and backups, nor a file of the user's."""
    refuse_unsafe_out(SimpleNamespace(path=project), out)
    if out.is_dir():
        raise InvalidInput(f"{out} is a folder; give the PNG's file name to --screenshot")
    if out.exists():
        with out.open("rb") as fh:
            if fh.read(len(PNG_SIGNATURE)) != PNG_SIGNATURE:
                raise InvalidInput(f"{out} exists and is not a PNG image; choose another name")


def take_screenshot(window, ctx: AppContext, out: str | Path, timeout: float = 120.0) -> int:
    """Draw the window (offscreen works) on the first document, save a PNG."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    ctx.tasks.wait(int(timeout * 1000))
    first = window.doc_panel.first_doc()
    window.controller.open_document(None)
    window._open_document(first)
    window.view.setFocus()
    deadline = time.monotonic() + 0.6
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    window.repaint()
    QCoreApplication.processEvents()
    image = window.grab()
    out = Path(out)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    ok = image.save(str(out), "PNG")
    QTimer.singleShot(0, window.close)
    QCoreApplication.processEvents()
    window.close()
    ctx.close()
    if not ok:
        sys.stderr.write(f"biaozhu: error: could not write {out}\n")
        return 1
    return 0


def _install_excepthook(ctx: AppContext) -> None:
    """A bug in a slot is reported in the status bar and on stderr; the window stays."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        traceback.print_exception(kind, value, tb)
        try:
            text = str(value).strip().splitlines()[0] if str(value).strip() else ""
            ctx.error.emit(f"{kind.__name__}: {text}")
        except Exception:
            previous(kind, value, tb)

    sys.excepthook = hook
