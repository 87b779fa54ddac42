"""Operations on the open project, one module per domain (Anki's
``aqt/operations``): each function returns a ``StoreOp`` that runs a core
verb on the store thread (``ProjectHost.submit``) and reports back on the
GUI thread:

    ops.spans.reject(ctx, doc_id, handle).success(on_done).run(initiator=command)

``Outcome`` carries the ``Changes`` the views reconcile from and the verb's
value. ``Handles`` maps the ids the window hands out before a span is
saved (negative, provisional) to the store's ids, and old ids to the new
ones an undo makes; it is read on the store thread when an operation runs,
so a key pressed before the previous write finished still finds its span."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from models.changes import NOTHING, Changes
from models.errors import NotFound


@dataclass(frozen=True)
class Outcome:
    changes: Changes = NOTHING
    value: Any = None


class Handles:
    """Provisional and aliased ids of gold spans and suggestions."""

    def __init__(self):
        self._next = itertools.count(-1, -1)
        self._gold: dict[int, int] = {}
        self._sugg: dict[int, int] = {}

    def new(self) -> int:
        """A provisional id for a span or suggestion not saved yet."""
        return next(self._next)

    @staticmethod
    def _follow(table: dict[int, int], handle: int) -> int:
        seen = 0
        while handle in table and seen < 100_000:
            handle = table[handle]
            seen += 1
        return handle

    def gold(self, handle: int) -> int:
        real = self._follow(self._gold, handle)
        if real < 0:
            raise NotFound("the span was never saved")
        return real

    def suggestion(self, handle: int) -> int:
        real = self._follow(self._sugg, handle)
        if real < 0:
            raise NotFound("the suggestion was never saved")
        return real

    @staticmethod
    def _chain(table: dict[int, int], handle: int) -> list[int]:
        chain = [handle]
        while chain[-1] in table and len(chain) < 100_000:
            chain.append(table[chain[-1]])
        return chain

    def gold_chain(self, handle: int) -> list[int]:
        """Every id ``handle`` has had, oldest first (the window may still
        show an older one while the store has moved on)."""
        return self._chain(self._gold, handle)

    def suggestion_chain(self, handle: int) -> list[int]:
        return self._chain(self._sugg, handle)

    def current_gold(self, handle: int) -> int:
        """The newest id known for ``handle`` (provisional if not saved yet)."""
        return self._follow(self._gold, handle)

    def current_suggestion(self, handle: int) -> int:
        return self._follow(self._sugg, handle)

    def bind_gold(self, handle: int | None, real: int) -> None:
        self._bind(self._gold, handle, real)

    def bind_suggestion(self, handle: int | None, real: int) -> None:
        self._bind(self._sugg, handle, real)

    def _bind(self, table: dict[int, int], handle: int | None, real: int) -> None:
        """``handle`` (and every id it had) now means ``real``."""
        if handle is None:
            return
        last = self._follow(table, handle)
        if last != real:
            table[last] = real

    def clear(self) -> None:
        self._gold.clear()
        self._sugg.clear()


class StoreOp:
    """A write for the store thread, built then run:
    ``StoreOp(host, fn, title).success(cb).failure(cb).run(initiator)``."""

    def __init__(self, host, fn: Callable[[Any, Any], Any], title: str = ""):
        self._host = host
        self._fn = fn
        self._title = title
        self._on_done: Callable[[Any], None] | None = None
        self._on_failed: Callable[[str], None] | None = None
        self._progress: Any = None
        self._background = False
        self._delay_ms = 0

    def success(self, callback: Callable[[Any], None]) -> StoreOp:
        self._on_done = callback
        return self

    def failure(self, callback: Callable[[str], None]) -> StoreOp:
        self._on_failed = callback
        return self

    def with_progress(self, progress: Any) -> StoreOp:
        """Report to ``progress`` (the core's Progress protocol), which can cancel."""
        self._progress = progress
        return self

    def in_step(
        self,
        into: Any,
        annotator: str,
        undoing: Sequence[Any] = (),
        redoing: Sequence[Any] = (),
        written: Callable[[], None] | None = None,
        own: Any = None,
    ) -> StoreOp:
        """Write as one step of an undoable edit (``Project.undo_step``): the
        events written go into ``into``; undoing (or redoing) earlier steps,
        they name the events of those steps they take back, and with ``own``
        (the events the window wrote) are refused if another program changed
        those steps since. ``written`` is called on the store thread once the
        step is in the file."""
        fn = self._fn

        def run(project, progress):
            with project.undo_step(
                into, undoing=undoing, redoing=redoing, annotator=annotator, own=own
            ):
                result = fn(project, progress)
            if written is not None:
                written()
            return result

        self._fn = run
        return self

    def in_background(self, delay_ms: int = 0) -> StoreOp:
        """Derived work, not shown as saving; queued ``delay_ms`` later."""
        self._background, self._delay_ms = True, delay_ms
        return self

    def run(self, initiator: object = None) -> None:
        self._host.submit(
            self._fn,
            title=self._title,
            on_done=self._on_done,
            on_failed=self._on_failed,
            initiator=initiator,
            progress=self._progress,
            background=self._background,
            delay_ms=self._delay_ms,
        )


__all__ = ["Handles", "Outcome", "StoreOp"]
