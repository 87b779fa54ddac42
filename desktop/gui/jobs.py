"""Long operations started from the window: importing files, computing
suggestions, merging projects, training the suggester, ranking the to-do
documents, the session backup. Each runs in the background on a Project of
its own (or, for the backup, on the file's path), mostly behind a progress
dialog that can cancel; the window stays usable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext
from desktop.gui.dialogs.messages import show_problem
from desktop.gui.tasks import Task
from models.progress import Cancelled, Progress

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
        show_problem(window, what, message)


class CancellingProgress:
    """Passes progress on and stops the operation (raises Cancelled) at its next
    step once Cancel was pressed, for core operations that report progress but
    do not ask whether to stop (a merge: its transaction is rolled back)."""

    def __init__(self, inner: Progress):
        self._inner = inner

    def start(self, total: int, what: str) -> None:
        self._check()
        self._inner.start(total, what)

    def advance(self, n: int = 1, note: str = "") -> None:
        self._check()
        self._inner.advance(n, note)

    def cancelled(self) -> bool:
        return self._inner.cancelled()

    def finish(self) -> None:
        self._inner.finish()

    def _check(self) -> None:
        if self._inner.cancelled():
            raise Cancelled()


def merge_projects(
    window: QWidget,
    ctx: AppContext,
    paths: list[str],
    on_finished: Callable[[], None] | None = None,
) -> Task:
    """Merge other project files into the open one, one after the other; then
    show what each brought in."""
    from desktop.gui.dialogs.reports import show_merge_reports

    def work(project, progress):
        from models.review.merge import merge_project

        reports = []
        for path in paths:
            if progress.cancelled():
                raise Cancelled()
            reports.append(merge_project(project, path, CancellingProgress(progress)))
        return reports

    def finish() -> None:
        ctx.refresh_after_background_write()
        if on_finished is not None:
            on_finished()

    def done(reports) -> None:
        finish()
        if any(r.changed for r in reports):
            ctx.message.emit(translate("Jobs", "Merge finished."))
        else:
            ctx.message.emit(translate("Jobs", "Merge finished: nothing new."))
        show_merge_reports(window, reports)

    def cancelled() -> None:
        finish()
        ctx.message.emit(translate("Jobs", "Merge cancelled; files merged before it stay merged."))

    def failed(message: str) -> None:
        finish()  # files merged before the failing one stay merged
        _failed(window, ctx, translate("Jobs", "Merge"), message)

    return ctx.tasks.run_on_project(
        ctx.project.path,
        ctx.annotator,
        work,
        title=translate("Jobs", "Merging projects"),
        parent=window,
        on_done=done,
        on_cancelled=cancelled,
        on_failed=failed,
    )


def train_suggester(
    window: QWidget,
    ctx: AppContext,
    on_finished: Callable[[object], None] | None = None,
) -> Task:
    """Train the learned suggester on the project's gold (it becomes the active
    one), then show its cross-validated evaluation."""
    from desktop.gui.dialogs.reports import TrainReportDialog

    def work(project, progress):
        from models.learn.train import train_project

        return train_project(project, progress=progress)

    def done(result) -> None:
        ctx.refresh_after_background_write()
        ctx.message.emit(
            translate("Jobs", "Suggester %1 trained; it is now the active one.").replace(
                "%1", result.record.version
            )
        )
        if on_finished is not None:
            on_finished(result)
        dialog = TrainReportDialog(result, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    return ctx.tasks.run_on_project(
        ctx.project.path,
        ctx.annotator,
        work,
        title=translate("Jobs", "Training the suggester"),
        parent=window,
        on_done=done,
        on_cancelled=lambda: ctx.message.emit(
            translate("Jobs", "Training cancelled; nothing was stored.")
        ),
        on_failed=lambda msg: _failed(window, ctx, translate("Jobs", "Train suggester"), msg),
    )


def rank_todo(
    window: QWidget | None,
    ctx: AppContext,
    on_ranked: Callable[[list[str]], None],
    on_cancelled: Callable[[], None] | None = None,
    show_progress: bool = True,
) -> Task:
    """The to-do documents of the annotator, the suggesters' least sure first."""
    annotator = ctx.annotator

    def work(project, progress):
        from models.learn.active import rank_todo as rank

        return [r.doc_id for r in rank(project, annotator, progress=progress)]

    return ctx.tasks.run_on_project(
        ctx.project.path,
        annotator,
        work,
        title=translate("Jobs", "Ordering the to-do documents by uncertainty"),
        parent=window,
        show_progress=show_progress,
        on_done=on_ranked,
        on_cancelled=on_cancelled,
        on_failed=lambda msg: _failed(window, ctx, translate("Jobs", "Ordering"), msg),
    )


def session_backup(ctx: AppContext, on_done: Callable[[object], None] | None = None) -> Task:
    """The rolling backup made when a project is opened (by path: the copy is
    read through a connection of its own while the curator works)."""
    path = ctx.project.path

    def work(_progress):
        from models.store.backup import make_backup

        return make_backup(path)

    return ctx.tasks.run(
        work,
        show_progress=False,
        on_done=on_done,
        on_failed=lambda msg: ctx.error.emit(
            translate("Jobs", "Backup failed: %1").replace("%1", msg)
        ),
    )


def build_search_index(ctx: AppContext) -> Task:
    """Index the texts for search ahead of need, so that the first search (and
    offering a name's other occurrences) does not wait for it."""
    return ctx.tasks.run_on_project(
        ctx.project.path,
        ctx.annotator,
        lambda project, _progress: project.refresh_search_index(),
        show_progress=False,
        on_failed=ctx.error.emit,
    )
