"""spaCy v3 training data: ``.spacy`` files (a serialised DocBin), written for
``spacy train`` and read back (Biaozhu's own, or what ``spacy convert`` makes).

Writing: a DocBin that
``DocBin().from_disk(path).get_docs(spacy.blank("zh").vocab)`` loads.

Tokens: by default one per character, white space included (``char``: every
code-point span lines up, and ``doc.text`` is the document exactly); with
``jieba``, spaCy's zh tokenizer with the jieba segmenter. Spans become
``doc.ents`` (where they overlap, the longest are kept there) and all of them
``doc.spans["sc"]``. No span is dropped: a document where a span does not
fall on token boundaries is tokenised into single characters instead, and
the report and manifest count such documents and spans. Each doc keeps its
id and title in ``doc.user_data``.

Speed: ``DocBin.add`` walks every token in Python to collect strings, which
for ten million characters is most of a minute. ``_FastDocBin.add_words``
does the same work per distinct word, producing the same bytes (a test
compares them), and srsly's registry look-up, repeated for every msgpack
call, is answered from a cache while the export runs.

Reading: spans come from ``doc.spans["sc"]`` when the group is there (it
holds overlapping spans too), else from ``doc.ents``; the document id and
title from the user data Biaozhu stores with each doc.

Loading spaCy: spaCy's package imports its ``download`` command, which imports requests;
urllib3 then probes the machine for IPv6 at import time by creating and
binding a socket. Biaozhu opens no socket at all, ever, so the first import
of spaCy tells that probe the answer (no IPv6) instead of letting it look.
Nothing in Biaozhu uses urllib3; the flag is restored straight after."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from models.errors import InvalidInput
from models.io.archive import check_zlib
from models.io.decode import read_file
from models.io.format import Format, WriteContext, Writer
from models.io.model import ExchangeDoc, ExportDoc, make_span

SPAN_KEY = "sc"
# What DocBin raises on bytes that inflate but are not a DocBin it can load.
UNREADABLE = (ValueError, KeyError, TypeError, IndexError, ZeroDivisionError, AssertionError)


def import_spacy() -> ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    saved = socket.has_ipv6
    socket.has_ipv6 = False
    try:
        import spacy
    except ImportError:
        raise InvalidInput(
            "the spaCy format needs spaCy: pip install 'biaozhu[spacy]' (or spacy>=3.7)"
        ) from None
    finally:
        socket.has_ipv6 = saved
    return spacy


# -- reading -------------------------------------------------------------------------------


def read_docbin(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    data = read_file(path)
    check_zlib(data, str(path), ".spacy")  # DocBin inflates it whole, unbounded
    spacy = import_spacy()  # loaded only when a .spacy file is read, without a socket
    from spacy.tokens import DocBin

    try:
        docbin = DocBin().from_bytes(data)
        docs = list(docbin.get_docs(spacy.blank("zh").vocab))
    except UNREADABLE as exc:
        raise InvalidInput(f"{path}: not a spaCy DocBin ({exc})") from None
    for n, doc in enumerate(docs, 1):
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
        yield ExchangeDoc.from_record(
            doc_id=doc_id or f"{path.stem}-{n}",
            text=doc.text,
            spans=spans,
            meta={"file": path.name},
            title=title,
            line=n,
        )


# -- writing -------------------------------------------------------------------------------

SEGMENTERS = ("char", "jieba")
# What the docs carry: text and entities. Tags, lemmas, heads and the like are
# empty in a gold export; leaving them out makes the file and its memory a
# third of the default.
DOCBIN_ATTRS = ("ORTH", "NORM", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")


def blank_chinese(segmenter: str = "char") -> Any:
    spacy = import_spacy()  # first load of spaCy in an export: without a socket
    if segmenter not in SEGMENTERS:
        raise InvalidInput(f"unknown spaCy segmenter {segmenter!r}; use {', '.join(SEGMENTERS)}")
    if segmenter == "char":
        return spacy.blank("zh")
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # no dictionary-loading chatter on stderr
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})


def _fast_docbin_class() -> type:
    import_spacy()
    import numpy
    import srsly
    from spacy.attrs import SPACY
    from spacy.tokens import DocBin

    class _FastDocBin(DocBin):
        """DocBin whose strings are collected per distinct word, not per token."""

        def __init__(self, **kwargs: Any):
            super().__init__(**kwargs)
            self._seen: set[str] = set()
            self.strings.add("")  # tag, lemma, dep, morph, kb id of unannotated tokens

        def add_words(self, doc: Any, words: list[str]) -> None:
            array = doc.to_array(self.attrs)
            if len(array.shape) == 1:
                array = array.reshape((array.shape[0], 1))
            self.tokens.append(array)
            spaces = doc.to_array(SPACY)
            spaces = spaces.reshape((spaces.shape[0], 1))
            self.spaces.append(numpy.asarray(spaces, dtype=bool))
            self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
            new = set(words) - self._seen
            if new:
                vocab = doc.vocab
                self.strings.update(new)
                self.strings.update(vocab[w].norm_ for w in new)
                self._seen |= new
            self.cats.append(doc.cats)
            if self.store_user_data:
                self.user_data.append(srsly.msgpack_dumps(doc.user_data))
            self.span_groups.append(doc.spans.to_bytes())
            for group in doc.spans.values():
                self.strings.update(span.label_ for span in group)
            self.strings.update(ent.label_ for ent in doc.ents)

    return _FastDocBin


@contextmanager
def cached_msgpack_registries() -> Iterator[None]:
    """srsly looks its msgpack encoders up in a catalogue registry (entry points
    included) on every call; while an export runs, the answer cannot change."""
    try:
        from srsly import msgpack as srsly_msgpack

        registries = [srsly_msgpack.msgpack_encoders, srsly_msgpack.msgpack_decoders]
        for registry in registries:
            found = registry.get_all()
            registry.get_all = lambda found=found: dict(found)
    except (ImportError, AttributeError):
        registries = []
    try:
        yield
    finally:
        for registry in registries:
            registry.__dict__.pop("get_all", None)


class SpacyWriter(Writer):
    extension = ".spacy"
    options = ("segmenter",)

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.segmenter = context.options.get("segmenter") or "char"
        self.nlp = blank_chinese(self.segmenter)
        self.docbin = _fast_docbin_class()(attrs=DOCBIN_ATTRS, store_user_data=True)
        self._cache = cached_msgpack_registries()
        self._cache.__enter__()

    def char_doc(self, text: str) -> tuple[Any, list[str]]:
        from spacy.tokens import Doc

        words = list(text)
        return Doc(self.nlp.vocab, words=words, spaces=[False] * len(words)), words

    def add(self, doc: ExportDoc) -> None:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        if self.segmenter == "char":
            sdoc, words = self.char_doc(doc.text)
            spans = [Span(sdoc, s.start, s.end, label=s.label) for s in doc.spans]
        else:
            sdoc = self.nlp.make_doc(doc.text)
            spans = [sdoc.char_span(s.start, s.end, label=s.label) for s in doc.spans]
            missed = sum(sp is None for sp in spans)
            if missed:  # every character its own token: every span lines up
                sdoc, words = self.char_doc(doc.text)
                spans = [Span(sdoc, s.start, s.end, label=s.label) for s in doc.spans]
                self.context.notes["spacy_retokenised_documents"] += 1
                self.context.notes["spacy_retokenised_spans"] += missed
            else:
                words = [t.text for t in sdoc]
        sdoc.spans[SPAN_KEY] = spans
        ents = filter_spans(spans) if spans else []
        if len(ents) != len(spans):
            self.context.notes["spacy_overlapping_spans_only_in_sc"] += len(spans) - len(ents)
        sdoc.ents = ents
        sdoc.user_data["id"] = doc.id
        sdoc.user_data["title"] = doc.title
        self.docbin.add_words(sdoc, words)

    def close(self) -> None:
        try:
            self.path.write_bytes(self.docbin.to_bytes())
        finally:
            self.abort()

    def abort(self) -> None:
        if self._cache is not None:
            self._cache.__exit__(None, None, None)
            self._cache = None

    def manifest_extra(self) -> dict[str, Any]:
        spacy = import_spacy()
        segmenter = self.segmenter
        return {
            "spacy": {
                "version": spacy.__version__,
                "lang": "zh",
                "segmenter": segmenter,
                "tokens": "one per character, white space included"
                if segmenter == "char"
                else "jieba words",
                "span_key": SPAN_KEY,
                "attrs": list(DOCBIN_ATTRS),
            }
        }


SPACY = Format(
    "spacy",
    "spaCy v3 DocBin (.spacy): doc.ents and doc.spans['sc']",
    read=read_docbin,
    writer=SpacyWriter,
    extensions=(".spacy",),
)
