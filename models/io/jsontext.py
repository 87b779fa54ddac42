"""JSON from files, parsed without recursion and nested at most MAX_JSON_DEPTH deep.

orjson parses without Python recursion (it stops at 1,024 levels on its
own); Python's ``json`` would raise RecursionError on a file of a few
thousand brackets. What is parsed is then held to MAX_JSON_DEPTH: a value
that deep would fail later anyway, when the store writes it as JSON
(orjson's encoder stops at 254 levels), and it would fail there mid-import."""

from __future__ import annotations

from typing import Any

import orjson

from models.errors import InvalidInput, Message
from models.io.limits import MAX_JSON_DEPTH


class NotJson(InvalidInput):
    """The text is not valid JSON."""


class NotUtf8(NotJson):
    """The bytes are not UTF-8: the file is to be read in its own encoding."""


class JsonTooDeep(InvalidInput):
    """Objects and lists nested deeper than MAX_JSON_DEPTH."""


def load_json(data: str | bytes, where: str | Message, *, hint: str = "") -> Any:
    """The value ``data`` holds, or NotJson / NotUtf8 / JsonTooDeep naming ``where``."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        if exc.msg.startswith(("depth limit", "recursion")):
            raise too_deep(where) from None
        if isinstance(data, bytes) and "UTF-8" in exc.msg:
            raise NotUtf8("{where}: not UTF-8", where=where) from None
        raise NotJson(
            "{where}: not valid JSON ({exc_msg}){hint}", where=where, exc_msg=exc.msg, hint=hint
        ) from None
    check_depth(value, where)
    return value


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
