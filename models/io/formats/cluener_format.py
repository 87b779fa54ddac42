"""CLUENER2020 as the import format ``cluener``: the reader lives in
``models.io.cluener`` and is loaded when a file is read. It maps labels
itself (``--label-map company=COMPANY,...``; other types dropped), so the
shared label mapping is not applied twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.io.exchange import ExchangeDoc
from models.io.formats._common import register_format


def read_cluener_file(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    from models.io.cluener import read_cluener

    yield from read_cluener(path, options.get("label_map") or {})


register_format("cluener", read_cluener_file, label_map=False)
