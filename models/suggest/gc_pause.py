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

_lock = threading.Lock()
_depth = 0
_resume = False  # whether the collector was running when the first pause began


class collector_paused:  # noqa: N801 - used as the function it was: with collector_paused():
    """The cyclic garbage collector held off inside the block (reference
    counting still frees whatever is dropped). A class, not a generator
    made a context manager: a text is suggested inside two of these, and a
    generator's frame and wrapper cost more than the pause itself."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _depth, _resume
        with _lock:
            if _depth == 0:
                _resume = gc.isenabled()
                gc.disable()
            _depth += 1

    def __exit__(self, *_exc: object) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
