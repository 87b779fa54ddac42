"""``--clean`` and ``--label-map`` for the core's own formats (txt, jsonl,
csv): the same wrapper as every other format, so ``import --clean`` works on
newspaper text files too. Re-registering keeps their file endings."""

from __future__ import annotations

from models.io.formats._common import with_options
from models.io.readers import READERS

for _name in ("txt", "jsonl", "csv"):
    _reader = READERS.get(_name)
    if _reader is not None and not hasattr(_reader, "__wrapped__"):
        READERS[_name] = with_options(_reader)
