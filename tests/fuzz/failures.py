"""What the fuzzers' random runs keep of a failure: its kind (the exception
and the line that raised it), counted, and the first three inputs of each
kind written to the folder of findings, to be replayed with ``--replay``."""

from __future__ import annotations

import traceback
from pathlib import Path


class Failures:
    def __init__(self, found: Path) -> None:
        self.found = found
        self.kinds: dict[str, int] = {}

    def record(self, exc: BaseException, data: bytes) -> None:
        where = traceback.extract_tb(exc.__traceback__)[-1]
        kind = f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno}"
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        if self.kinds[kind] <= 3:
            name = self.found / f"crash-{len(self.kinds)}-{self.kinds[kind]}"
            name.write_bytes(data)
            print(f"{kind}: {str(exc)[:200]!r} -> {name}", flush=True)
