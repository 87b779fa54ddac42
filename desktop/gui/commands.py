"""Undoable edits: one QUndoCommand per core operation (Orange canvas style).

``redo`` and ``undo`` each call one core operation (or one core operation
per item inside one transaction, for "accept all"), so undoing is a new
event in the history, never a rewrite of it. Commands hold ids, not objects:
a span brought back by undo gets a new id, and ``CommandEnv.alias`` records
that so that older commands on the stack still find it.

A command whose core call fails is made obsolete, so QUndoStack drops it
(Qt ≥ 5.9) and the failure is reported through ``CommandEnv.on_error``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from models.domain import Annotation
from models.errors import BiaozhuError

translate = QCoreApplication.translate

# A focus hint says which span the window should focus once a command ran:
# ("gold", id), ("suggestion", id), ("next_pending", pos), ("near", pos),
# ("status", 0) (keep the focus; the command set the status itself) or None.
Focus = tuple[str, int] | None

RESIZE_ID = 4201


def short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CommandEnv:
    """What commands share: the live project, the id aliases, and callbacks."""

    def __init__(
        self,
        project: Callable[[], Any],
        on_applied: Callable[[str, Focus], None],
        on_error: Callable[[str], None],
        on_documents: Callable[[set[str]], None] | None = None,
    ):
        self._project = project
        self.on_applied = on_applied
        self.on_error = on_error
        self.on_documents = on_documents  # a command changed other documents too
        self._aliases: dict[int, int] = {}

    @property
    def project(self):
        return self._project()

    def resolve(self, ann_id: int) -> int:
        seen = 0
        while ann_id in self._aliases and seen < 10_000:
            ann_id = self._aliases[ann_id]
            seen += 1
        return ann_id

    def alias(self, old: int | None, new: int) -> None:
        if old is not None and old != new:
            self._aliases[self.resolve(old)] = new

    def clear(self) -> None:
        self._aliases.clear()


class CoreCommand(QUndoCommand):
    """Runs ``apply``/``revert`` and reports the outcome; subclasses hold the ids."""

    def __init__(self, env: CommandEnv, doc_id: str, text: str):
        super().__init__(text)
        self.env = env
        self.doc_id = doc_id
        self.error: str | None = None

    def apply(self) -> Focus:  # pragma: no cover - abstract
        raise NotImplementedError

    def revert(self) -> Focus:  # pragma: no cover - abstract
        raise NotImplementedError

    def touched_documents(self) -> set[str]:
        """Documents besides ``doc_id`` that the last apply or revert changed."""
        return set()

    def redo(self) -> None:
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, fn: Callable[[], Focus]) -> None:
        try:
            focus = fn()
        except BiaozhuError as exc:
            self._fail(str(exc))
            return
        except sqlite3.Error as exc:
            self._fail(translate("Commands", "database: %1").replace("%1", str(exc)))
            return
        self.error = None
        self.env.on_applied(self.doc_id, focus)
        others = self.touched_documents() - {self.doc_id}
        if others and self.env.on_documents is not None:
            self.env.on_documents(others)

    def _fail(self, message: str) -> None:
        self.error = message
        self.setObsolete(True)
        self.env.on_error(message)
        self.env.on_applied(self.doc_id, None)


class AcceptCommand(CoreCommand):
    """Accept a suggestion, as its own label or another one; optionally with
    corrected boundaries (accept, then resize, in one transaction)."""

    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        sugg_id: int,
        surface: str,
        start: int,
        label: str | None = None,
        resize: tuple[int, int] | None = None,
    ):
        if resize is not None:
            text = translate("Commands", "Correct “%1”")
        elif label:
            text = translate("Commands", "Accept “%1” as %2").replace("%2", label)
        else:
            text = translate("Commands", "Accept “%1”")
        super().__init__(env, doc_id, text.replace("%1", short(surface)))
        self.sugg_id = sugg_id
        self.label = label
        self.start = start
        self.resize = resize
        self.ann_id: int | None = None

    def apply(self) -> Focus:
        project = self.env.project
        with project.transaction():
            ann = project.accept_suggestion(self.sugg_id, self.label)
            if self.resize is not None:
                ann = project.resize_span(ann.id, *self.resize)
        self.env.alias(self.ann_id, ann.id)
        self.ann_id = ann.id
        if self.resize is not None:
            return ("gold", ann.id)
        return ("next_pending", self.start)

    def revert(self) -> Focus:
        project = self.env.project
        with project.transaction():
            project.undo_decision(self.sugg_id)
            # A span removed and restored since the acceptance is no longer
            # linked to the decision (restore_span makes a new row), so
            # undo_decision leaves it: remove it too.
            ann_id = self.env.resolve(self.ann_id) if self.ann_id is not None else None
            if ann_id is not None and _exists(project, ann_id):
                project.remove_span(ann_id)
        return ("suggestion", self.sugg_id)


def _exists(project, ann_id: int) -> bool:
    try:
        project.annotation(ann_id)
    except BiaozhuError:
        return False
    return True


class RejectCommand(CoreCommand):
    def __init__(self, env: CommandEnv, doc_id: str, sugg_id: int, surface: str, start: int):
        super().__init__(
            env, doc_id, translate("Commands", "Reject “%1”").replace("%1", short(surface))
        )
        self.sugg_id = sugg_id
        self.start = start

    def apply(self) -> Focus:
        self.env.project.reject_suggestion(self.sugg_id)
        return ("next_pending", self.start)

    def revert(self) -> Focus:
        self.env.project.undo_decision(self.sugg_id)
        return ("suggestion", self.sugg_id)


class AddSpanCommand(CoreCommand):
    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        start: int,
        end: int,
        label: str,
        surface: str,
        attrs: dict | None = None,
    ):
        super().__init__(
            env,
            doc_id,
            translate("Commands", "Add %1 “%2”").replace("%1", label).replace("%2", short(surface)),
        )
        self.start, self.end, self.label, self.attrs = start, end, label, attrs
        self.ann_id: int | None = None

    def apply(self) -> Focus:
        ann = self.env.project.add_span(
            self.doc_id, self.start, self.end, self.label, attrs=self.attrs
        )
        self.env.alias(self.ann_id, ann.id)
        self.ann_id = ann.id
        return ("gold", ann.id)

    def revert(self) -> Focus:
        self.env.project.remove_span(self.env.resolve(self.ann_id))
        return ("near", self.start)


class RemoveSpanCommand(CoreCommand):
    def __init__(self, env: CommandEnv, doc_id: str, ann_id: int, surface: str):
        super().__init__(
            env, doc_id, translate("Commands", "Remove “%1”").replace("%1", short(surface))
        )
        self.ann_id = ann_id
        self.record: Annotation | None = None

    def apply(self) -> Focus:
        self.record = self.env.project.remove_span(self.env.resolve(self.ann_id))
        return ("near", self.record.start)

    def revert(self) -> Focus:
        assert self.record is not None
        ann = self.env.project.restore_span(self.record)
        self.env.alias(self.record.id, ann.id)
        self.ann_id = ann.id
        return ("gold", ann.id)


class RelabelCommand(CoreCommand):
    def __init__(self, env: CommandEnv, doc_id: str, ann_id: int, surface: str, old: str, new: str):
        super().__init__(
            env,
            doc_id,
            translate("Commands", "Relabel “%1” as %2")
            .replace("%1", short(surface))
            .replace("%2", new),
        )
        self.ann_id, self.old, self.new = ann_id, old, new

    def apply(self) -> Focus:
        ann = self.env.project.relabel_span(self.env.resolve(self.ann_id), self.new)
        return ("gold", ann.id)

    def revert(self) -> Focus:
        ann = self.env.project.relabel_span(self.env.resolve(self.ann_id), self.old)
        return ("gold", ann.id)


class ResizeCommand(CoreCommand):
    """Move a gold span's boundaries. Repeated nudges of one span merge into
    one undo step."""

    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        ann_id: int,
        surface: str,
        old: tuple[int, int],
        new: tuple[int, int],
    ):
        super().__init__(
            env, doc_id, translate("Commands", "Resize “%1”").replace("%1", short(surface))
        )
        self.ann_id, self.old, self.new = ann_id, old, new

    def id(self) -> int:  # noqa: A003 - Qt's name
        return RESIZE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ResizeCommand) or other.error is not None:
            return False
        if self.env.resolve(other.ann_id) != self.env.resolve(self.ann_id):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def apply(self) -> Focus:
        ann = self.env.project.resize_span(self.env.resolve(self.ann_id), *self.new)
        return ("gold", ann.id)

    def revert(self) -> Focus:
        ann = self.env.project.resize_span(self.env.resolve(self.ann_id), *self.old)
        return ("gold", ann.id)


class AttrsCommand(CoreCommand):
    def __init__(
        self, env: CommandEnv, doc_id: str, ann_id: int, surface: str, old: dict, new: dict
    ):
        super().__init__(
            env,
            doc_id,
            translate("Commands", "Edit attributes of “%1”").replace("%1", short(surface)),
        )
        self.ann_id, self.old, self.new = ann_id, dict(old), dict(new)

    def apply(self) -> Focus:
        ann = self.env.project.set_span_attrs(self.env.resolve(self.ann_id), self.new)
        return ("gold", ann.id)

    def revert(self) -> Focus:
        ann = self.env.project.set_span_attrs(self.env.resolve(self.ann_id), self.old)
        return ("gold", ann.id)


class AcceptAllCommand(CoreCommand):
    """Accept every pending suggestion of the document: one undo step."""

    def __init__(self, env: CommandEnv, doc_id: str):
        super().__init__(env, doc_id, translate("Commands", "Accept all suggestions"))
        self.pairs: list[tuple[int, int]] = []  # (suggestion id, annotation id)

    def apply(self) -> Focus:
        project = self.env.project
        if not self.pairs:
            accepted = project.accept_all(self.doc_id)
            self.pairs = [(a.suggestion_id, a.id) for a in accepted]
            if not self.pairs:
                self.setObsolete(True)
            return ("next_pending", 0)
        with project.transaction():
            fresh = []
            for sugg_id, ann_id in self.pairs:
                ann = project.accept_suggestion(sugg_id)
                self.env.alias(ann_id, ann.id)
                fresh.append((sugg_id, ann.id))
        self.pairs = fresh
        return ("next_pending", 0)

    def revert(self) -> Focus:
        project = self.env.project
        with project.transaction():
            for sugg_id, _ann_id in reversed(self.pairs):
                project.undo_decision(sugg_id)
        return ("suggestion", self.pairs[0][0]) if self.pairs else None


class AcceptOccurrencesCommand(CoreCommand):
    """Accept everywhere: every pending occurrence of a name (this text, this
    label) across the project, as one undo step. The first time, the name's
    occurrences not yet offered are offered first (models.learn.occurrences),
    so that "everywhere" means every place the text occurs; undoing makes the
    accepted suggestions pending again, one ``undo_decision`` each."""

    def __init__(
        self,
        env: CommandEnv,
        doc_id: str,
        surface: str,
        label: str,
        start: int,
        seed_id: int | None = None,
    ):
        super().__init__(
            env,
            doc_id,
            translate("Commands", "Accept every “%1” as %2")
            .replace("%1", short(surface))
            .replace("%2", label),
        )
        self.surface, self.label, self.start = surface, label, start
        self.seed_id = seed_id  # a gold span of the name, if the focus was one
        self.offered = 0
        self.pairs: list[tuple[int, int, str]] = []  # (suggestion id, annotation id, doc id)

    def touched_documents(self) -> set[str]:
        return {doc for _s, _a, doc in self.pairs}

    def apply(self) -> Focus:
        from models.learn.occurrences import accept_everywhere, new_token

        project = self.env.project
        if not self.pairs:
            done = accept_everywhere(
                project, self.surface, self.label, project.annotator, new_token()
            )
            self.pairs = [(sid, a.id, a.doc_id) for sid, a in done.accepted]
            if not self.pairs:
                self.setObsolete(True)
            return ("near", self.start)
        with project.transaction():
            fresh = []
            for sugg_id, ann_id, doc in self.pairs:
                ann = project.accept_suggestion(sugg_id)
                self.env.alias(ann_id, ann.id)
                fresh.append((sugg_id, ann.id, doc))
        self.pairs = fresh
        return ("near", self.start)

    def revert(self) -> Focus:
        project = self.env.project
        with project.transaction():
            for sugg_id, _ann_id, _doc in reversed(self.pairs):
                project.undo_decision(sugg_id)
        return ("near", self.start)


class StatusCommand(CoreCommand):
    def __init__(self, env: CommandEnv, doc_id: str, old: str, new: str):
        text = (
            translate("Commands", "Mark document done")
            if new == "done"
            else translate("Commands", "Reopen document")
        )
        super().__init__(env, doc_id, text)
        self.old, self.new = old, new

    def apply(self) -> Focus:
        self.env.project.set_status(self.doc_id, self.new)
        return ("status", 0)

    def revert(self) -> Focus:
        self.env.project.set_status(self.doc_id, self.old)
        return ("status", 0)
