"""Who is working: --annotator, else BIAOZHU_ANNOTATOR, else the OS user.

An annotator's name is an identity written into every event and every
export, so it must read back exactly: no white space, no control or
invisible format characters, not empty, and of a sensible length. A name a
person types is taken in its compatibility form (``typed_name``): José
composed or decomposed, ａｌｉｃｅ in full-width letters, look the same as
José and alice in every list, so they must be the same annotator.

A project may store a name in a form NFKC changes (written by an older
Biaozhu, by an import that kept a file's raw name, or by another program):
``stored_form`` reaches it from the typed form, so that ``--annotator
alice`` never makes a second annotator beside ``ａｌｉｃｅ``."""

from __future__ import annotations

import getpass
import os
import unicodedata
from collections.abc import Iterable

from models.errors import InvalidInput, Message

NAME_MAX = 64
ANNOTATOR_NAME = Message("annotator name")


def typed_name(name: str) -> str:
    """``name`` as a person typed it, in NFKC: a decomposed é (macOS) or
    full-width letters (an input method left in 全角) become the characters
    every other keyboard gives, so one person keeps one layer."""
    return unicodedata.normalize("NFKC", name)


def stored_form(name: str, stored: Iterable[str]) -> str:
    """The name a project stores for ``name`` as given: itself when stored as
    it is written; else the stored name of the same compatibility form (the
    ordinary form first); else its typed form (a new annotator). Two stored
    names of that form, neither written as given, are refused in words: type
    one of them exactly."""
    stored = list(stored)
    if name in stored:
        return name
    typed = typed_name(name)
    same = [s for s in stored if typed_name(s) == typed]
    if not same or typed in same:
        return typed
    if len(same) == 1:
        return same[0]
    raise InvalidInput(
        "annotator name {name!r} matches {count} annotators this project stores in other"
        " forms ({names}): give the one meant exactly as it is written",
        name=name,
        count=len(same),
        names=", ".join(repr(s) for s in same),
    )


def check_annotator_name(name: object, where: str | Message = ANNOTATOR_NAME) -> str:
    """``name`` if it is a usable annotator name, else InvalidInput saying why."""
    if not isinstance(name, str) or not name:
        raise InvalidInput("{where} is empty: give a name without spaces", where=where)
    if len(name) > NAME_MAX:
        raise InvalidInput(
            "{where} {name!r}… is longer than {name_max} characters",
            where=where,
            name=name[:20],
            name_max=NAME_MAX,
        )
    for ch in name:
        if ch.isspace():
            raise InvalidInput("{where} {name!r} contains white space", where=where, name=name)
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            raise InvalidInput(
                "{where} {name!r} contains a control or invisible character (U+{code:04X})",
                where=where,
                name=name,
                code=ord(ch),
            )
    return name


def current_annotator(explicit: str | None = None, stored: Iterable[str] | None = None) -> str:
    """Who is working, checked; with ``stored`` (the names a project holds)
    in the form that project stores it (``stored_form``)."""

    def form(name: str) -> str:
        return typed_name(name) if stored is None else stored_form(name, stored)

    if explicit is not None:
        return check_annotator_name(form(explicit), "--annotator")
    env = os.environ.get("BIAOZHU_ANNOTATOR")
    if env is not None:
        return check_annotator_name(form(env), "BIAOZHU_ANNOTATOR")
    try:
        user = getpass.getuser()
    except Exception:  # no user database entry (containers): still someone
        return "unknown"
    # An OS account may be "John Smith": the name with its spaces as underscores.
    usable = "_".join(typed_name(user).split())[:NAME_MAX]
    try:
        return check_annotator_name(usable)
    except InvalidInput:
        return "unknown"
