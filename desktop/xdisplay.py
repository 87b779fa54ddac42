"""Does an X server accept this user? Asked through libxcb (ctypes), as Qt's
xcb platform plugin asks, before any QApplication exists: Qt's answer to a
refused or absent display is an abort that blames libxcb-cursor0. Outside
desktop/gui, whose only ctypes is the reference-count guard."""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def stderr_silenced() -> Iterator[None]:
    """File descriptor 2 to /dev/null meanwhile (what a C library prints)."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def x_display_answers(display: str) -> bool:
    """Whether the X server ``display`` names accepts this user, asked through
    libxcb as Qt's xcb plugin asks (XAUTHORITY and all); True when libxcb
    cannot be loaded to ask (Qt then says what it finds)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    # never NULL: a failed connection is an object whose error is set; a
    # server's refusal is also printed to stderr, where our one line says it
    with stderr_silenced():
        connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)
