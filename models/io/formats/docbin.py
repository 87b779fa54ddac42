"""spaCy ``.spacy`` files (a serialised DocBin), as Biaozhu's ``spacy`` export
writes them or ``spacy convert`` does.

Spans come from ``doc.spans["sc"]`` when the group is there (it holds
overlapping spans too), else from ``doc.ents``. The document id and title
are read from the user data Biaozhu stores with each doc."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.io.exchange import ExchangeDoc
from models.io.formats._common import make_span, register_format

SPAN_KEY = "sc"


def read_docbin(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    from models.io.spacy_loader import import_spacy

    spacy = import_spacy()  # loaded only when a .spacy file is read, without a socket
    from spacy.tokens import DocBin

    try:
        docbin = DocBin().from_disk(path)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise InvalidInput(f"{path}: not a spaCy DocBin ({exc})") from None
    vocab = spacy.blank("zh").vocab
    for n, doc in enumerate(docbin.get_docs(vocab), 1):
        where = f"{path}: doc {n}"
        if not doc.text.strip():
            raise InvalidInput(f"{where}: empty text")
        group = doc.spans.get(SPAN_KEY)
        source = list(group) if group is not None and len(group) else list(doc.ents)
        spans = [
            make_span(doc.text, s.start_char, s.end_char, s.label_, f"{where} span {i}")
            for i, s in enumerate(source)
        ]
        spans.sort(key=lambda s: (s.start, s.end, s.label))
        data = doc.user_data if isinstance(doc.user_data, dict) else {}
        doc_id, title = data.get("id"), data.get("title")
        yield ExchangeDoc(
            str(doc_id) if doc_id else f"{path.stem}-{n}",
            doc.text,
            spans,
            {"file": path.name},
            title if isinstance(title, str) else None,
            n,
        )


register_format("spacy", read_docbin, ".spacy")
