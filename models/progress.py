"""A Qt-free way for long operations to report progress and be cancelled.

The CLI fulfils it with tqdm, the GUI with a progress dialog. ``what``, the
step that starts (``import``, ``fold 2/5: features``), is a ``Message``: the
terminal's bar shows its English ``str()``, the window its translation under
the dialog's title. A plain string is a word for logs only (the window does
not show it). ``note`` names the file or document just done: data, shown as
it is."""

from __future__ import annotations

from typing import Protocol

from models.errors import Message


class Cancelled(Exception):
    """Raised inside a long operation when its caller asked to stop."""


class Progress(Protocol):
    def start(self, total: int, what: Message | str) -> None: ...
    def advance(self, n: int = 1, note: str = "") -> None: ...
    def cancelled(self) -> bool: ...
    def finish(self) -> None: ...


class NoProgress:
    """Progress that reports nothing and is never cancelled."""

    def start(self, total: int, what: Message | str) -> None:
        pass

    def advance(self, n: int = 1, note: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False

    def finish(self) -> None:
        pass
