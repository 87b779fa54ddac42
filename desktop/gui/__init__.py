"""The PySide6 window. Imported only when the GUI runs (never by the CLI).

Importing this package first works around a PySide6 6.12 defect on CPython
< 3.12: each call of a Qt method returning void drops one reference to
None, so a long session (or a few thousand key presses) ends in "Fatal
Python error: none_dealloc". From 3.12 on None is immortal and the defect is
harmless; before, None is given a reference count no session can use up."""

from __future__ import annotations

import ctypes
import sys


def _guard_none_refcount() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(1)
    if sys.getrefcount(None) >= before:
        return False  # a PySide6 without the defect
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    return True


NONE_REFCOUNT_GUARDED = _guard_none_refcount()
