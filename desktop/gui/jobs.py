"""Long operations started from the window: importing files, computing
suggestions, merging projects, training the suggester, ranking the to-do
documents, building the search index, the session backup. Each runs on a
worker thread with a project the host opens for it (``ProjectHost.job``),
commits in transactions of its own while the curator goes on working,
mostly behind a progress dialog that can cancel; when it ends, the host
announces what changed and the views reconcile."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from desktop.gui.context import AppContext
from desktop.gui.describe import source_title
from desktop.gui.dialogs.messages import show_problem
from desktop.gui.i18n import fill, sentences
from desktop.gui.ops.documents import index_all
from desktop.gui.tasks import Task
from models.changes import Changes
from models.progress import Cancelled, Progress

if TYPE_CHECKING:
    from desktop.gui.dialogs.reports import Choose
    from models.io.importers import ImportOptions

translate = QCoreApplication.translate


def _run(
    ctx: AppContext,
    fn: Callable[[Any, Any], Any],
    *,
    readonly: bool = False,
    changes: Changes | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn(project, progress)`` as a job; when it ends or is cancelled,
    announce ``changes`` (what a write of this kind may have changed). Its
    ``title`` also names it to a key's write that waits for its lock."""

    def done(result) -> None:
        if changes is not None:
            ctx.host.announce(changes)
        if on_done is not None:
            on_done(result)

    def cancelled() -> None:
        if changes is not None:
            ctx.host.announce(changes)
        if on_cancelled is not None:
            on_cancelled()

    return ctx.tasks.run(
        ctx.host.job(fn, readonly=readonly, title=kwargs.get("title", "")),
        on_done=done,
        on_cancelled=cancelled,
        **kwargs,
    )


def import_files(
    window: QWidget,
    ctx: AppContext,
    paths: list[str],
    on_finished: Callable[[], None] | None = None,
    options: ImportOptions | None = None,
) -> Task:
    """Import ``paths`` with ``options`` (the command line's defaults when
    None), show the report, then compute suggestions for the new documents."""
    from desktop.gui.dialogs.import_dialog import ImportReportDialog
    from models.io.importers import ImportReport

    # filled as files are committed: after a cancel, what the project kept
    kept = ImportReport()

    def work(project, progress):
        from models.io.importers import ImportOptions, import_paths

        return import_paths(project, paths, options or ImportOptions(), progress, kept)

    def done(report) -> None:
        if on_finished is not None:
            on_finished()
        dialog = ImportReportDialog(report, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # not exec(): the window (and the suggestions that follow) go on
        if report.added:
            suggest(window, ctx, list(report.added), on_finished=on_finished)

    def cancelled() -> None:
        """Say what the files read before the cancel brought in; the
        documents they added get their suggestions, as any imported do."""
        said = ImportWords().cancelled(kept)
        ctx.message.emit(said)
        if not (kept.added or kept.layers):
            return
        if on_finished is not None:
            on_finished()
        if kept.added:
            suggest(window, ctx, list(kept.added), on_finished=on_finished, said=said)

    return _run(
        ctx,
        work,
        changes=Changes.all(),
        title=translate("Jobs", "Importing files"),
        parent=window,
        on_done=done,
        on_cancelled=cancelled,
        on_failed=lambda msg: _failed(window, ctx, translate("Jobs", "Import"), msg),
    )


class ImportWords(QObject):
    """What an import did, in words (a QObject for its plural forms)."""

    def cancelled(self, report) -> str:
        """The status bar's line for a cancelled import: how many documents
        the files read before the cancel brought in (they stay), as the
        command line says it after a Ctrl+C."""
        if not (report.added or report.layers):
            return translate("Jobs", "Import cancelled; nothing was imported.")
        done = []
        if report.added:
            done.append(self.tr("%n document(s) imported", "", len(report.added)))
        if report.layers:
            done.append(self.tr("a layer added to %n document(s)", "", len(report.layers)))
        what = done[0] if len(done) == 1 else fill(translate("Jobs", "%1 and %2"), *done)
        return fill(
            translate(
                "Jobs",
                "Import cancelled: %1 from the files read before it; importing the same"
                " files again brings the rest.",
            ),
            what,
        )


def suggest(
    window: QWidget | None,
    ctx: AppContext,
    doc_ids: list[str] | None,
    on_finished: Callable[[], None] | None = None,
    show_progress: bool = True,
    said: str = "",
) -> Task:
    """Compute and store suggestions (all documents when ``doc_ids`` is None;
    of those given, the ones still in the project: see ``suggest_present``);
    ``said``: what the status bar says with "up to date" when they are."""

    def work(project, progress):
        from models.suggest.project import suggest_project

        if doc_ids is None:
            return with_to_review(project, suggest_project(project, progress=progress), None)
        return suggest_present(project, doc_ids, progress)

    def finished(message: str) -> None:
        if on_finished is not None:
            on_finished()
        ctx.message.emit(message)

    changes = Changes(frozenset(doc_ids), doc_list=True) if doc_ids else Changes.all()
    return _run(
        ctx,
        work,
        changes=changes,
        title=translate("Jobs", "Computing suggestions"),
        parent=window,
        show_progress=show_progress,
        on_done=lambda totals: finished(sentences(said, SuggestWords().changed(totals))),
        on_cancelled=lambda: finished(translate("Jobs", "Suggesting cancelled.")),
        on_failed=lambda msg: _failed(window, ctx, translate("Jobs", "Suggestions"), msg),
    )


def never_suggested(project, annotator: str) -> list[str]:
    """The documents no suggester has run on (no run computed or added
    suggestions there) that no one has finished, ``annotator`` or another,
    in import order: those another program imported before the window
    opened (``biaozhu import`` in a terminal), which would otherwise open
    with nothing to accept while the same files imported a second later got
    suggestions. A finished one is gold (a labelled import's, someone's
    Ctrl+D): a reviewer opening a gold corpus does not suggest it whole."""
    ran = project.documents_with_events(("suggestions.computed", "suggestions.added"))
    if not ran and not project.document_count():
        return []
    done = {row.id for row in project.documents_overview(annotator, status="done")}
    done.update(doc_id for doc_id, _who in project.gold_layers())
    return [d for d in project.document_ids() if d not in ran and d not in done]


def suggest_never_suggested(window: QWidget, ctx: AppContext) -> Task:
    """When a project opens: suggest the documents ``never_suggested`` as
    documents imported while the window is open are, in the background
    without a progress dialog (one job: finding them is a read of the
    history, a few milliseconds on 20,000 documents)."""
    path, annotator = ctx.project_path, ctx.annotator

    def work(project, progress):
        doc_ids = never_suggested(project, annotator)
        if not doc_ids:
            return doc_ids, None
        return doc_ids, suggest_present(project, doc_ids, progress)

    def done(result) -> None:
        doc_ids, totals = result
        if not doc_ids or ctx.project_path != path:
            return
        ctx.host.announce(Changes(frozenset(doc_ids), doc_list=True))
        # said unless the status bar says something already: the curator's
        # own key or command of the meantime is not covered by this
        bar = window.statusBar() if hasattr(window, "statusBar") else None
        if bar is None or not bar.currentMessage():
            ctx.message.emit(
                sentences(
                    translate(
                        "Jobs",
                        "Documents imported before this window opened got their suggestions.",
                    ),
                    SuggestWords().changed(totals),
                )
            )

    def cancelled() -> None:
        if ctx.project_path == path:  # the documents it finished show theirs
            ctx.host.announce(Changes(doc_list=True))

    return _run(
        ctx,
        work,
        title=translate("Jobs", "Computing suggestions"),
        parent=window,
        show_progress=False,
        on_done=done,
        on_cancelled=cancelled,
        on_failed=lambda msg: _failed(window, ctx, translate("Jobs", "Suggestions"), msg),
    )


class _Noting:
    """Passes progress on and notes the documents done (``suggest_project``
    advances once per document stored, naming it)."""

    def __init__(self, inner: Progress, done: set[str]):
        self._inner, self._done = inner, done

    def start(self, total: int, what: str) -> None:
        self._inner.start(total, what)

    def advance(self, n: int = 1, note: str = "") -> None:
        self._done.add(note)
        self._inner.advance(n, note)

    def cancelled(self) -> bool:
        return self._inner.cancelled()

    def finish(self) -> None:
        self._inner.finish()


def suggest_present(project, doc_ids: list[str], progress: Progress) -> dict[str, Any]:
    """``suggest_project`` for those of ``doc_ids`` still in the project: a
    document gone by the time the job runs (a backup restored in another
    window after the document check saw it) needs no suggestions, and one
    that goes during the run is left where it stopped, the rest suggested
    for; any other problem is raised as it was. The totals are the last
    run's (the one that finished)."""
    from models.errors import NotFound
    from models.suggest.project import suggest_project

    done: set[str] = set()
    wanted = list(dict.fromkeys(doc_ids))
    while True:
        present = set(project.document_ids())
        ids = [d for d in wanted if d in present and d not in done]
        try:
            totals = suggest_project(project, doc_ids=ids, progress=_Noting(progress, done))
            return with_to_review(project, totals, wanted)
        except NotFound:
            if set(ids) <= set(project.document_ids()):
                raise  # not a document that went: as before


def with_to_review(project, totals: dict, doc_ids: list[str] | None) -> dict:
    """``totals`` with ``to_review``: the suggestions pending for the
    project's annotator in ``doc_ids`` (all documents when None) once the
    run is stored. Fewer than were added when the documents' spans (a
    labelled file imported as spans to review) or the annotator's decisions
    already cover them: "953 added" alone read as 953 to review where 4 were."""
    counts = project.pending_counts()
    wanted = counts.keys() if doc_ids is None else set(doc_ids)
    return {**totals, "to_review": sum(counts.get(d, 0) for d in wanted)}


class SuggestWords(QObject):
    """What a run of the suggesters did, in words (a QObject for its plural forms)."""

    def changed(self, totals: dict) -> str:
        """From ``suggest_project``'s counts: the suggestions added and removed,
        or up to date when neither (a kept one re-scored is no new offer); then
        each source the project's record scores down, with its record and the
        suggestions it kept below the threshold, so that the curator knows
        why suggestions vanished."""
        added, removed = totals.get("added", 0), totals.get("removed", 0)
        if not added and not removed:
            said = [translate("Jobs", "Suggestions are up to date.")]
        else:
            said = [
                translate("Jobs", "Suggestions: %1, %2.")
                .replace("%1", self.tr("%n added", "", added))
                .replace("%2", self.tr("%n removed", "", removed))
            ]
            to_review = totals.get("to_review")
            if added and to_review is not None and to_review != added:
                said.append(self.tr("%n to review in these documents.", "", to_review))
        for item in totals.get("weighed_down", ()):
            said.append(
                self.tr(
                    "%1 %2: %3 accepted, %4 rejected in this project, so scored down"
                    " (%5 → %6); %n suggestion(s) held below the threshold.",
                    "",
                    item["held"],
                )
                .replace("%1", source_title(item["source"]))
                .replace("%2", item["label"])
                .replace("%3", str(item["accepted"]))
                .replace("%4", str(item["rejected"]))
                .replace("%5", f"{item['shown']:.3f}")
                .replace("%6", f"{item['moved']:.3f}")
            )
        return sentences(*said)


def _failed(window: QWidget | None, ctx: AppContext, what: str, message: str) -> None:
    ctx.error.emit(translate("Jobs", "%1: %2").replace("%1", what).replace("%2", message))
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
        ctx.host.announce(Changes.all())  # files merged before the failing one stay merged
        finish()
        _failed(window, ctx, translate("Jobs", "Merge"), message)

    return _run(
        ctx,
        work,
        changes=Changes.all(),
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
    choose: Choose | None = None,
) -> Task:
    """Train the learned suggester on the project's gold (it becomes the active
    one when it measures better), then show its cross-validated evaluation;
    with ``choose``, a model stored without being activated can be activated
    from the report."""
    from desktop.gui.dialogs.reports import TrainReportDialog

    def work(project, progress):
        from models.learn.train import train_project

        return train_project(project, progress=progress)

    def done(result) -> None:
        from desktop.gui.dialogs.reports import not_activated_because

        # why it is not active, as the training report and `train` say it
        why = not_activated_because(result)
        if result.activated:
            said = translate("Jobs", "Suggester %1 trained; it is now the active one.")
        elif why == "unmeasured":
            said = translate(
                "Jobs",
                "Suggester %1 trained and stored, not made active: there was nothing to compare "
                "it with.",
            )
        elif why == "noise":
            said = translate(
                "Jobs",
                "Suggester %1 trained and stored, not made active: it measured cheaper than the "
                "bundled model, but within the noise of so few documents.",
            )
        elif why == "tie":
            said = translate(
                "Jobs",
                "Suggester %1 trained and stored, not made active: it measured as cheap as the "
                "suggester in use, and a tie keeps the one in use.",
            )
        elif why == "unscored":
            said = translate(
                "Jobs", "Suggester %1 trained and stored, not made active: it could not be scored."
            )
        else:
            said = translate(
                "Jobs", "Suggester %1 trained and stored, not made active: it measured no better."
            )
        said = said.replace("%1", result.record.version)
        if result.unproven is not None:
            from desktop.gui.dialogs.reports import unproven_sentence

            said = sentences(said, unproven_sentence(result))
        ctx.message.emit(said)
        if on_finished is not None:
            on_finished(result)
        dialog = TrainReportDialog(result, window, choose)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    return _run(
        ctx,
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

    return _run(
        ctx,
        work,
        readonly=True,
        title=translate("Jobs", "Ordering the to-do documents by uncertainty"),
        parent=window,
        show_progress=show_progress,
        on_done=on_ranked,
        on_cancelled=on_cancelled,
        on_failed=lambda msg: _failed(window, ctx, translate("Jobs", "Ordering"), msg),
    )


def session_backup(ctx: AppContext, on_done: Callable[[object], None] | None = None) -> Task:
    """The rolling backup made when a project is opened: copied from a
    read-only project of its own, a snapshot taken while the curator works
    (a gigabyte takes seconds, which the store thread must not wait for)."""

    def work(project, _progress):
        from models.store.backup import make_backup

        return make_backup(project)

    return _run(
        ctx,
        work,
        readonly=True,
        show_progress=False,
        on_done=on_done,
        on_failed=lambda msg: ctx.error.emit(
            translate("Jobs", "Backup failed: %1").replace("%1", msg)
        ),
    )


def build_search_index(ctx: AppContext) -> Task:
    """Index the texts for search ahead of need, a few hundred per short
    transaction, so that the first search and the occurrence offers do not
    scan every text. Searching works meanwhile (the rest is scanned)."""
    return _run(
        ctx,
        index_all,
        title=translate("Jobs", "Indexing the texts for search"),
        show_progress=False,
        on_failed=ctx.error.emit,
    )


# SQLite virtual-machine steps between two looks at the Cancel flag while the
# history is checked (a few milliseconds of reading).
VERIFY_CANCEL_STEPS = 20_000


def verify_history(project, progress: Progress):
    """The core's verify of the whole file (what ``biaozhu verify`` checks,
    its memory bounded whatever the length of the history), stopped at
    SQLite's next steps once ``progress`` is cancelled (raises Cancelled): a
    window that closes or opens another project does not wait for a check of
    seconds to read the file to its end."""
    conn = project.conn
    conn.set_progress_handler(progress.cancelled, VERIFY_CANCEL_STEPS)
    try:
        report = project.verify()
    finally:
        conn.set_progress_handler(None, 0)
    if progress.cancelled():
        raise Cancelled()
    return report


def _at_low_priority(work: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``work(progress)`` on a thread of its own at the lowest CPU priority
    (Linux: a nice of 19 for that thread alone), waited for by the pool's
    thread: the curator's keys come first on a busy machine, and no thread of
    the pool keeps a priority it cannot raise again."""

    def run(progress) -> Any:
        outcome: dict[str, Any] = {}

        def lowly() -> None:
            if sys.platform.startswith("linux"):
                try:
                    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
                except OSError:
                    pass  # a priority refused changes only how fast the check goes
            try:
                outcome["result"] = work(progress)
            except BaseException as exc:  # raised on the pool's thread, as if run there
                outcome["error"] = exc

        thread = threading.Thread(target=lowly, name="biaozhu-verify", daemon=True)
        thread.start()
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    return run


def check_history(
    ctx: AppContext,
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
) -> Task:
    """Verify the open project in the background, read-only, at low priority;
    ``on_done(report)`` (a VerifyReport) when it ends, nothing when cancelled."""
    return ctx.tasks.run(
        _at_low_priority(ctx.host.job(verify_history, readonly=True)),
        show_progress=False,
        on_done=on_done,
        on_failed=on_failed,
    )
