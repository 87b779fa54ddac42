"""A span's text in the window's words: shortened, and quoted once.

Messages put a span's text inside their own words ("Accept %1", 该片段与已是
金标的%1…); this is the one place that quotes it. A POLICY name is often
written with its own quotes (“银企对接”) or book-title marks (《…行动方案》):
such a text is shown as it is, not quoted again (it read ““银企对接””). The
quote marks themselves are the interface language's (context ``Quotes``);
which pairs a text may already be written in is the core's
(``models.errors.already_quoted``), whose messages quote a span's text alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import already_quoted

translate = QCoreApplication.translate


def short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quoted(text: str, limit: int = 16) -> str:
    """``text`` shortened to ``limit`` characters (its quotes aside) in quotes:
    its own, if it begins and ends with a pair of them, else the language's."""
    if already_quoted(text):
        return text[0] + short(text[1:-1], limit) + text[-1]
    return translate("Quotes", "“%1”").replace("%1", short(text, limit))
