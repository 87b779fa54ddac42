"""A Qt-free way for long operations to report progress and be cancelled.

The CLI fulfils it with tqdm, the GUI with a progress dialog."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside a long operation when its caller asked to stop."""


class Progress(Protocol):
    def start(self, total: int, what: str) -> None: ...
    def advance(self, n: int = 1, note: str = "") -> None: ...
    def cancelled(self) -> bool: ...
    def finish(self) -> None: ...


class NoProgress:
    """Progress that reports nothing and is never cancelled."""

    def start(self, total: int, what: str) -> None:
        pass

    def advance(self, n: int = 1, note: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False

    def finish(self) -> None:
        pass
