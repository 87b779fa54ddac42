"""The one protocol every suggester follows."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from models.domain import Suggestion


@runtime_checkable
class Suggester(Protocol):
    """Turns a text into suggestions. ``name`` and ``version`` are stored with
    every suggestion so a reviewer can trace which rule or model proposed it."""

    name: str
    version: str

    def suggest(self, text: str) -> list[Suggestion]: ...
