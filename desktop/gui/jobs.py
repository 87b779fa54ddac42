"""Long operations started from the window: importing files and computing
suggestions. Each runs in the background on a Project of its own, behind a
progress dialog that can cancel; the window stays usable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.gui.context import AppContext

translate = QCoreApplication.translate


def import_files(
    window: QWidget,
    ctx: AppContext,
    paths: list[str],
    on_finished: Callable[[], None] | None = None,
) -> None:
    from desktop.gui.dialogs.import_dialog import ImportReportDialog

    def work(project, progress):
        from models.io.importers import ImportOptions, import_paths

        return import_paths(project, paths, ImportOptions(), progress)

    def done(report) -> None:
        ctx.refresh_after_background_write()
        if on_finished is not None:
            on_finished()
        dialog = ImportReportDialog(report, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # not exec(): the window (and the suggestions that follow) go on
        if report.added:
            suggest(window, ctx, list(report.added), on_finished=on_finished)

    def cancelled() -> None:
        ctx.refresh_after_background_write()
        ctx.message.emit(
            translate("Jobs", "Import cancelled; the files read so far stay imported.")
        )

    ctx.tasks.run_on_project(
        ctx.project.path,
        ctx.annotator,
        work,
        title=translate("Jobs", "Importing files"),
        parent=window,
        on_done=done,
        on_cancelled=cancelled,
        on_failed=lambda msg: _failed(window, ctx, translate("Jobs", "Import"), msg),
    )


def suggest(
    window: QWidget | None,
    ctx: AppContext,
    doc_ids: list[str] | None,
    on_finished: Callable[[], None] | None = None,
    show_progress: bool = True,
):
    """Compute and store suggestions (all documents when ``doc_ids`` is None)."""

    def work(project, progress):
        from models.suggest.project import suggest_project

        return suggest_project(project, doc_ids=doc_ids, progress=progress)

    def done(_result) -> None:
        ctx.refresh_after_background_write()
        if on_finished is not None:
            on_finished()
        ctx.message.emit(translate("Jobs", "Suggestions are up to date."))

    def cancelled() -> None:
        ctx.refresh_after_background_write()
        if on_finished is not None:
            on_finished()
        ctx.message.emit(translate("Jobs", "Suggesting cancelled."))

    return ctx.tasks.run_on_project(
        ctx.project.path,
        ctx.annotator,
        work,
        title=translate("Jobs", "Computing suggestions"),
        parent=window,
        on_done=done,
        on_cancelled=cancelled,
        show_progress=show_progress,
        on_failed=lambda msg: _failed(window, ctx, translate("Jobs", "Suggestions"), msg),
    )


def _failed(window: QWidget | None, ctx: AppContext, what: str, message: str) -> None:
    ctx.error.emit(f"{what}: {message}")
    if window is not None and window.isVisible():
        box = QMessageBox(QMessageBox.Icon.Warning, what, message, parent=window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
