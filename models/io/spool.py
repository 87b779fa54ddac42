"""Records an export gathers before it can write them, kept on disk.

Some writers can write nothing before the last document has come: a table's
columns are typed by every span, a Hugging Face dataset's schema too, a
spaCy DocBin is one message. Kept in memory, what they gather grows with the
project (a 10,000-document export held gigabytes); a ``Spool`` keeps all but
one batch of records in an anonymous temporary file beside the export and
gives them back, batch by batch, in the order they came.

Records are tuples of str, int, float, bool, None, bytes and tuples of
those, written with ``marshal`` (Python's own, fast, for plain values; the
file is read back only by the process that wrote it)."""

from __future__ import annotations

import marshal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

BATCH = 5_000


class Spool:
    """Append records, then read them back once, ``batch`` at a time."""

    def __init__(self, folder: Path, batch: int = BATCH):
        self.folder = folder
        self.batch = batch
        self.pending: list[Any] = []
        self.file: IO[bytes] | None = None
        self.count = 0

    def append(self, record: Any) -> None:
        self.pending.append(record)
        self.count += 1
        if len(self.pending) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.file is None:
            # anonymous where the system allows (Linux): nothing to list, nothing left behind
            # closed by close(), which every writer's close and abort call
            self.file = tempfile.TemporaryFile(dir=self.folder, prefix=".biaozhu-spool-")  # noqa: SIM115
        marshal.dump(self.pending, self.file)
        self.pending = []

    def batches(self) -> Iterator[list[Any]]:
        """The records in the order they came, in lists of at most ``batch``."""
        if self.file is not None:
            self.file.flush()
            self.file.seek(0)
            while True:
                try:
                    batch = marshal.load(self.file)
                except EOFError:
                    break
                yield batch
        if self.pending:
            yield self.pending

    def __iter__(self) -> Iterator[Any]:
        for batch in self.batches():
            yield from batch

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
        self.pending = []
