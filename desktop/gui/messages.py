"""The core's messages in the window's language.

An error of the core carries its English template and its arguments
(``models/errors.py``); ``resources/i18n/update.py`` puts every template in
the catalogues under the context ``Core``. Here the template is translated,
then the arguments are filled in: a path, an id, a number or a label name
shown on one line (``models.errors.shown``); an argument that is itself an error of the core, or a ``Message``, in
the window's language too. With no translation (English), the text is the
English ``str(exc)`` the CLI prints."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from models.errors import LIBRARY_CHARS, BiaozhuError, Filled, Message, Worded, fill, shown
from models.system_errors import system_words

CONTEXT = "Core"  # resources/i18n/update.py's CORE_CONTEXT
log = logging.getLogger(__name__)


def say(what: BaseException | Message | Any) -> str:
    """``what`` (an error, a ``Message`` or a value) as the window shows it.
    An operating system's or SQLite's error (permission denied, no such file,
    the disk full) is said by its kind, with the file it names; in English,
    as Python says it."""
    if isinstance(what, BaseException) and not isinstance(what, BiaozhuError):
        what = system_words(what) or what
    if isinstance(what, Worded) and _untranslated(what.reason):
        return str(what)  # English: the words as given (Python's own, as before)
    if isinstance(what, (BiaozhuError, Message)) and what.template:
        return _fill(what.template, what.params, str(what))
    return str(what)


def _untranslated(words: Message) -> bool:
    return QCoreApplication.translate(CONTEXT, words.template) == words.template


def _fill(template: str, params: dict[str, Any], english: str) -> str:
    text = QCoreApplication.translate(CONTEXT, template)
    if not params:
        return text
    try:
        return fill(text, {name: _argument(value) for name, value in params.items()})
    except (KeyError, IndexError, ValueError) as exc:  # a translation that lost a placeholder
        log.warning("translation of %r does not fit its arguments: %s", template, exc)
        return english


def _argument(value: Any) -> Any:
    """An argument as the template takes it: the core's words in the window's
    language (filled in as they are), any other value shown on one line."""
    if isinstance(value, (BiaozhuError, Message)) and not isinstance(value, Worded):
        return Filled(say(value))
    if isinstance(value, (BaseException, Message)):  # a library's or the system's words
        return Filled(shown(say(value), LIBRARY_CHARS))
    return value
