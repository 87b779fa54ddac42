"""Suggesting without Python's cyclic garbage collector running meanwhile.

Featurizing a text allocates tens of thousands of small objects that live
until it ends (candidates, their sources and rules, the models' opinions);
the collector, triggered by that growth, walks every live object again and
again: about a tenth of the time of suggesting a long text. Reference
counting frees those objects (few of them form cycles), so the walks find
next to nothing: ``collector_paused`` holds the collector off for the
duration, and any cycle made meanwhile waits for its next run.

The collector is the process's: pauses of several threads are counted, and
it runs again when the last ends, unless something else had stopped it
before the first began."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False  # whether the collector was running when the first pause began


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off inside the block (reference
    counting still frees whatever is dropped)."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
