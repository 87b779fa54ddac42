"""Errors the core raises. Each carries a one-line message meant for a person.

A message is a *template* and its *arguments*, so that the window can show it
in the curator's language while the CLI and the logs keep the English::

    raise InvalidInput("{path}: no such file", path=path)

``str(exc)`` is the English, ``"x.txt: no such file"``; ``exc.template`` is
``"{path}: no such file"`` and ``exc.params`` is ``{"path": path}``. The
template is a plain string literal at the raise site (``str.format`` fields,
``!r``, ``!q`` for a span's text (quoted once, in “”: ``quoted_text``) and
format specs allowed, literal braces doubled when there are arguments),
never an f-string: ``resources/i18n/update.py`` collects every
template under ``models/`` into the translation catalogues (context
``Core``), and ``desktop/gui/messages.py`` translates the template, then
fills in the arguments. An argument is shown as it is (a path, an id, a
label name, a number); an argument that is itself an error of the core is
translated in turn. ``tests/test_core_messages.py`` fails on a raise that
passes an f-string or a string built at run time.

A counted noun (or verb) is written in both its English forms, chosen by the
count it follows: the format spec ``one|other`` of the count's own field
gives the word, not the number::

    Message("{n} {n:document|documents} kept", n=n)   # "1 document kept", "2 documents kept"
    Message("{n} {n:file was|files were} left unread", n=n)

English takes ``one`` when the count is exactly 1, ``other`` otherwise (0
too). Never "document(s)" (``tests/test_plural.py`` scans the sources).

Why a format spec rather than Qt's numerus forms or gettext's ngettext:
both choose by one count per string (``%n``, ``n``), kept out of the text
and given again to the translator call, with a catalogue entry holding one
translation per plural form of each language. The core's templates are
``str.format`` strings with named arguments, and one sentence often counts
two or three things ("exported {documents} documents with {spans} spans
from {files} files"); split into one numerus string per count, a sentence
would become several translatable units, and its word order would be
fixed in English. Here the choice is ICU MessageFormat's ``plural`` in
small: it stays inside the one template, named after the count it follows,
so the template is still one unit of the catalogue (``update.py`` and
``lupdate`` take it as they took any template), and zh_CN, which has no
plural, translates it as one form that simply leaves the choice out
(``"{n} 个文档"``); a translation may also keep a choice, chosen by the same
rule. The choice is made where the arguments are filled in (``fill``), so
``str()``, the CLI, the logs and the window's translated text all go
through it. Text the core or the CLI writes in English only (a summary
line, not a template) says a count with ``counted(n, "document")``."""

from __future__ import annotations

import string
import unicodedata
from typing import Any

# How long a value from outside (a file's name, a label, an id, a span's
# text, a number) may be in a message, and a library's own words (its
# English error): enough for a long path's folder and its file name, short
# enough that a 10 kB value leaves the reason readable on one line.
VALUE_CHARS = 160
LIBRARY_CHARS = 300
ELLIPSIS = "\u2026"
SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(value: object, limit: int | None = VALUE_CHARS) -> str:
    """``value`` as a message quotes it: on one line and as it reads, every
    character that does not print (line breaks, control characters, bidi
    overrides, zero-width and invisible characters, a file name's undecodable
    bytes) escaped as Python's ``repr`` escapes it, and shortened to at most
    ``limit`` characters with an ellipsis in the middle, which keeps both the
    start and the end (a path's folder and its file name). ``limit=None``
    keeps it whole, for a line whose point is the full path or id (``created
    PATH``, ``wrote PATH``), which a reader copies."""
    text = str(value)
    if text.isprintable() and (limit is None or len(text) <= limit):
        return text
    pieces = [c if c.isprintable() else _escape(c) for c in text]
    if limit is None or sum(map(len, pieces)) <= limit:
        return "".join(pieces)
    room = limit - len(ELLIPSIS)
    head = _fit(pieces, (room + 1) // 2)
    tail = _fit(reversed(pieces), room // 2)
    return "".join(head) + ELLIPSIS + "".join(reversed(tail))


def cell_text(value: object) -> str:
    """``value`` as a table cell of the window shows user text (a span's
    text, a title, a name): whole and escaped as ``shown`` escapes it, so a
    bidi override cannot reorder the cell nor a line break hide its rest;
    but the space separators (an ideographic or no-break space, common in
    Chinese news) stay the blanks they are: they move nothing."""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() or unicodedata.category(c) == "Zs" else _escape(c) for c in text
    )


def _escape(c: str) -> str:
    if c in SHORT_ESCAPES:
        return SHORT_ESCAPES[c]
    code = ord(c)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _fit(pieces, room: int) -> list[str]:
    """The first pieces that fit in ``room`` characters (an escape is never cut)."""
    out = []
    for piece in pieces:
        room -= len(piece)
        if room < 0:
            break
        out.append(piece)
    return out


# A text that begins with one of these and ends with its pair is already
# quoted: a POLICY name is often written in its own quotes (“银企对接”) or
# book-title marks (《…行动方案》), which a message does not quote again.
QUOTE_PAIRS = {
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "《": "》",
    "〈": "〉",
    '"': '"',
    "'": "'",
}


def already_quoted(text: str) -> bool:
    closing = QUOTE_PAIRS.get(text[:1])
    return closing is not None and len(text) >= 2 and text.endswith(closing)


def quoted_text(value: object, limit: int = VALUE_CHARS) -> str:
    """A span's text as a message quotes it (``{text!q}``): in “”, the marks
    Chinese and English share and the window quotes in, or in its own pair
    when it is written in one; shown (escaped, shortened) inside them."""
    text = str(value)
    if already_quoted(text):
        return text[0] + shown(text[1:-1], limit - 2) + text[-1]
    return "“" + shown(text, limit - 2) + "”"


class _OneLine(string.Formatter):
    """``str.format`` whose every argument is ``shown``: a value from outside
    cannot break a message's line, move the terminal's cursor, turn the text
    right to left or bury the reason under 10 kB. Words of the core (an
    error of the core, a ``Message``) are filled in as they are, their own
    arguments shown in turn; a library's words (``Worded``, another
    exception) are shown with the longer limit."""

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "q":  # a span's text, quoted once (quoted_text)
            return Filled(quoted_text(value))
        if conversion == "r" and isinstance(value, str) and len(value) > VALUE_CHARS:
            # repr escapes like shown, but shortening its text could cut an escape
            return Filled(f"'{shown(value, VALUE_CHARS - 2)}'")
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        if PLURAL_BAR in format_spec:  # {n:document|documents}: the word for n
            one, _bar, other = format_spec.partition(PLURAL_BAR)
            return plural(value, one, other)
        text = super().format_field(value, format_spec)
        if isinstance(value, Worded) or (
            isinstance(value, BaseException) and not isinstance(value, BiaozhuError)
        ):
            return shown(text, LIBRARY_CHARS)
        if isinstance(value, (BiaozhuError, Message, Filled)):
            return text
        return shown(text)


PLURAL_BAR = "|"  # {n:one|other}; never in a format spec of Python's own


def plural(count: Any, one: str, other: str) -> str:
    """English's word for ``count``: ``one`` for exactly 1, else ``other`` (0 too)."""
    return one if count == 1 else other


def counted(count: int, one: str, other: str | None = None) -> str:
    """``count`` and its noun, as English says it: ``counted(1, "document")``
    is "1 document", ``counted(0, "document")`` "0 documents",
    ``counted(2, "process", "processes")`` "2 processes". For text in English
    only; a template says ``{n} {n:document|documents}``."""
    return f"{count} {plural(count, one, one + 's' if other is None else other)}"


class Filled(str):
    """Text already made of the core's words, its arguments shown (a
    message translated by the window): filled in as it is."""

    __slots__ = ()


_FORMATTER = _OneLine()


def fill(template: str, params: dict[str, Any]) -> str:
    """``template.format(**params)`` with every argument ``shown``."""
    return _FORMATTER.vformat(template, (), params) if params else template


class BiaozhuError(Exception):
    """Base of every error the core raises on purpose (bad input, bad state).

    ``BiaozhuError(template, **params)``: the English message is
    ``template.format(**params)`` (the template as it is when there are no
    params)."""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(fill(template, params))

    def __reduce__(self):  # keep the template and arguments across processes
        return (_rebuild, (type(self), self.template, self.params, self.__dict__))


class Message:
    """Words inside a message (a hint, a description, one of a few phrasings)
    that the window translates like an error's template: pass it as an
    argument, ``InvalidInput("{path}: not text{hint}", path=p, hint=Message(" (perhaps {enc}?)", enc=e))``.
    ``str()`` is the English."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params

    @classmethod
    def of(cls, error: BiaozhuError | Message) -> Message:
        """The words of ``error`` without the error itself (its traceback
        holds frames and their data): for a report that keeps many. An
        operating system's error among its arguments keeps its words too."""
        from models.system_errors import system_words

        params = {
            name: value  # words given as they are (an OS error's), English kept
            if isinstance(value, Worded)
            else cls.of(value)
            if isinstance(value, (BiaozhuError, Message))
            else system_words(value) or str(value)
            if isinstance(value, BaseException)
            else value
            for name, value in error.params.items()
        }
        return cls(error.template, **params)

    def __str__(self) -> str:
        return fill(self.template, self.params)

    def __repr__(self) -> str:
        return repr(str(self))


class Worded(Message):
    """Words the window translates whose English, ``str()``, is given as it
    is: Python's own text of an error, a table's name as the code writes it.
    ``reason`` is the words that decide whether the window's language has a
    translation (without it, the window shows the English as given)."""

    __slots__ = ("english", "reason")

    def __init__(self, words: Message, reason: Message, english: str) -> None:
        super().__init__(words.template, **words.params)
        self.english = english
        self.reason = reason

    def __str__(self) -> str:
        return self.english


def library_words(exc: BaseException, words: Message) -> Worded:
    """A library's refusal (zlib's, spaCy's…), whose text is its English
    whatever the window's language: ``words`` for the window, ``str(exc)``
    as the command line printed it."""
    return Worded(words, words, str(exc))


def _rebuild(cls: type, template: str, params: dict[str, Any], state: dict[str, Any]):
    exc = Exception.__new__(cls)
    BiaozhuError.__init__(exc, template, **params)
    exc.__dict__.update(state)
    return exc


class InvalidInput(BiaozhuError):
    """Input that cannot be taken as it is: a corrupt file, a span outside its text…"""


class BackupRefused(InvalidInput):
    """A backup that is not restored (another project's copy, one that does
    not verify, not a project at all): refused before anything changed."""


class AlreadyDecided(InvalidInput):
    """A decision on a suggestion someone decided already (another program or
    window, meanwhile): the window says so and goes on."""


class NotFound(BiaozhuError):
    """A document, span, suggestion or label that does not exist."""


class ProjectTooNew(BiaozhuError):
    """A project file written by a newer Biaozhu; never opened, so never damaged."""


class NotAProject(BiaozhuError):
    """A file that is not a Biaozhu project (not SQLite, or SQLite of another kind)."""


class IntegrityError(BiaozhuError):
    """The project's history or database failed a check."""


class ProjectBusy(BiaozhuError):
    """Another process held the project's write lock past the bound; nothing was written."""


class ReadOnlyProject(BiaozhuError):
    """A write to a project that is open read-only, or that lies where it cannot be written."""


class ProjectClosed(BiaozhuError):
    """A Project used after ``close()``."""


class ProjectUnreadable(BiaozhuError):
    """SQLite could not read the project file just now (another program holds
    or altered it, the disk failed); nothing was changed."""


class ProjectReplaced(BiaozhuError):
    """The project's path no longer names the file this connection opened
    (replaced, moved or deleted by another program): nothing more is written
    to it, and what it held is kept in a new file the message names."""


class WriteRefused(BiaozhuError):
    """The file system refused a write (a full disk, a read-only disk, an I/O
    error): the change was not written, and the file holds every one before."""
