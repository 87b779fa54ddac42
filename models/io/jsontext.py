"""JSON from files, parsed without recursion and nested at most MAX_JSON_DEPTH deep.

orjson parses without Python recursion (it stops at 1,024 levels on its
own); Python's ``json`` would raise RecursionError on a file of a few
thousand brackets. What is parsed is then held to MAX_JSON_DEPTH: a value
that deep would fail later anyway, when the store writes it as JSON
(orjson's encoder stops at 254 levels), and it would fail there mid-import."""

from __future__ import annotations

from typing import Any

import orjson

from models.errors import InvalidInput, Message, Worded
from models.io.limits import MAX_JSON_DEPTH, megabytes


class NotJson(InvalidInput):
    """The text is not valid JSON."""


class NotUtf8(NotJson):
    """The bytes are not UTF-8: the file is to be read in its own encoding."""


class JsonTooDeep(InvalidInput):
    """Objects and lists nested deeper than MAX_JSON_DEPTH."""


# What orjson's (English) words for a parse error mean, in words the window
# translates: the first of these its message starts with, or holds. Its own
# text stays the command line's English.
JSON_FAULTS: tuple[tuple[str, Message], ...] = (
    ("unexpected end of data", Message("it stops before the JSON ends")),
    ("input is a zero-length", Message("it is empty")),
    ("unexpected content after", Message("something follows the JSON value")),
    ("trailing comma", Message("a comma before a closing bracket")),
    ("expected a string key", Message("a key not in double quotes")),
    ("expected ':'", Message("a colon missing after a key")),
    ("expected ','", Message("a comma or closing bracket missing")),
    ("escape", Message("a backslash escape that JSON does not have")),
    ("control character", Message("a control character inside a string")),
    ("number", Message("a number written in a way JSON does not allow")),
    ("invalid literal", Message("a misspelled true, false or null")),
    ("unexpected character", Message("a character JSON does not allow")),
)
JSON_STOPPED = Message("the parser stops")
# A JSON value's kind, by the Python type orjson gives it.
JSON_KINDS: dict[type, Message] = {
    list: Message("an array"),
    str: Message("a string"),
    int: Message("a number"),
    float: Message("a number"),
    bool: Message("true or false"),
    type(None): Message("null"),
}


def json_fault(exc: orjson.JSONDecodeError) -> Worded:
    """What is wrong with the JSON, in words the window translates, with
    where the parser stopped (the line when the text has several, the column);
    ``str()`` orjson's English as it is."""
    # a fault without words of its own: the parser stopped there, as it says
    found = next((w for key, w in JSON_FAULTS if key in exc.msg.lower()), JSON_STOPPED)
    line, column = exc.lineno, exc.colno  # in characters, not bytes
    if not isinstance(column, int):
        words = found
    elif isinstance(line, int) and line > 1:  # a whole file's JSON: where in it
        words = Message(
            "{what}, line {line}, column {column}", what=found, line=line, column=column
        )
    else:  # one line's (of JSON lines), or a file of one line
        words = Message("{what}, column {column}", what=found, column=column)
    return Worded(words, found, exc.msg)


def json_kind(value: Any) -> Worded | str:
    """The kind of a JSON value (an array, a string, a number…), in words the
    window translates; ``str()`` its Python type's name, as messages said it."""
    name = type(value).__name__
    words = JSON_KINDS.get(type(value))
    return name if words is None else Worded(words, words, name)


def load_json(data: str | bytes, where: str | Message, *, hint: str | Message = "") -> Any:
    """The value ``data`` holds, or NotJson / NotUtf8 / JsonTooDeep naming ``where``."""
    try:
        value = orjson.loads(data)
    except MemoryError:
        raise too_large(data, where) from None
    except orjson.JSONDecodeError as exc:
        if "memory" in exc.msg:  # orjson's "Not enough memory to allocate buffer…"
            raise too_large(data, where) from None
        if exc.msg.startswith(("depth limit", "recursion")):
            raise too_deep(where) from None
        if isinstance(data, bytes) and "UTF-8" in exc.msg:
            raise NotUtf8("{where}: not UTF-8", where=where) from None
        raise NotJson(
            "{where}: not valid JSON ({exc_msg}){hint}",
            where=where,
            exc_msg=json_fault(exc),
            hint=hint,
        ) from None
    check_depth(value, where)
    return value


def too_large(data: str | bytes, where: str | Message) -> InvalidInput:
    """The refusal of JSON the parser had no memory for: a line or file that
    is whole but too large, not one cut short."""
    return InvalidInput(
        "{where}: {size_mb} of JSON, too large to read in the memory this process has:"
        " split it into smaller records",
        where=where,
        size_mb=megabytes(len(data)),
    )


def check_depth(value: Any, where: str | Message) -> None:
    """JsonTooDeep unless ``value``'s objects and lists nest at most MAX_JSON_DEPTH deep."""
    if not isinstance(value, dict | list):
        return
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list):
                if depth >= MAX_JSON_DEPTH:
                    raise too_deep(where)
                stack.append((child, depth + 1))


def too_deep(where: str | Message) -> JsonTooDeep:
    return JsonTooDeep(
        "{where}: JSON nested more than {max_json_depth} levels deep (limit {max_json_depth})",
        where=where,
        max_json_depth=MAX_JSON_DEPTH,
    )


# How many of an object's keys a message names, and how much of each.
KEYS_SHOWN = 12
KEY_CHARS = 40


def shown_keys(obj: dict) -> str:
    """An object's keys for a one-line message: the first KEYS_SHOWN, each cut
    at KEY_CHARS, one with a line break or an invisible character in quotes."""
    names = []
    for key in list(obj)[:KEYS_SHOWN]:
        key = str(key)[:KEY_CHARS]
        names.append(key if key.isprintable() and key.strip() == key and key else repr(key))
    more = ", …" if len(obj) > KEYS_SHOWN else ""
    return (", ".join(names) + more) or "none"
