"""spaCy v3 training data: ``.spacy`` files (a serialised DocBin), written for
``spacy train`` and read back (Biaozhu's own, or what ``spacy convert`` makes).

Writing: a DocBin that ``DocBin().from_disk(path).get_docs(spacy.blank("zh").vocab)``
loads. ``--unit`` makes one ``Doc`` per document (default), paragraph (text
between line breaks) or sentence (ends at a line break or after 。！？；);
a unit never cuts a span. Spans are all in ``doc.spans["sc"]`` and, where
they do not overlap (else the longest), ``doc.ents``. Tokens: ``char``
(default), one per character, white space included, so every span lines up
and ``doc.text`` is the text exactly; ``jieba``, jieba's words as its
dictionary cuts them (white space a token of its own), every document,
except that a word a span starts or ends inside is split there (the manifest
counts such words and spans).

An export of suggestions gives each span's calibrated score where spaCy's
``spancat`` puts its predictions' scores: ``doc.spans["sc"].attrs["scores"]``,
a float array in the group's order.

Each Doc's ``user_data`` holds ``id``, ``title`` and ``status`` (how far
the exported layer's annotator got, which import keeps), and for paragraphs and
sentences ``offset`` (where the unit starts in its document) and
``before``/``after`` (the white space around it), so that Biaozhu's import
puts documents back together exactly. Span attributes (METRIC's indicator,
value, unit…) are a span extension, ``span._.attrs``, stored in
``user_data`` as spaCy stores extensions: register it once with
``Span.set_extension("attrs", default=None)`` before loading and every span
has its attributes.

Speed: ``DocBin.add`` walks every token in Python to collect strings, which
for ten million characters is most of a minute. ``_FastDocBin.add_words``
does the same work per distinct word, producing the same bytes (a test
compares them), and srsly's registry look-up, repeated for every msgpack
call, is answered from a cache while the export runs.

Memory: a DocBin keeps every token of the export (48 bytes each) and its
``to_bytes`` copies them three times more before compressing: 2.3 GB for
10,000 articles. ``_FastDocBin`` keeps each document's parts in temporary
files beside the export and streams the same message through zlib into the
file, so an export's memory does not grow with the project.

Reading: spans come from ``doc.spans["sc"]`` when the group is there (it
holds overlapping spans too), else from ``doc.ents``, with their attributes;
units of one document are joined again.

Loading spaCy: spaCy's package imports its ``download`` command, which
imports requests; urllib3 then probes the machine for IPv6 at import time
by creating and binding a socket. Biaozhu opens no socket at all, ever, so
the first import of spaCy tells that probe the answer (no IPv6) instead of
letting it look. Nothing in Biaozhu uses urllib3; the flag is restored
straight after."""

from __future__ import annotations

import io
import socket
import sys
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from models.errors import InvalidInput, Message, library_words
from models.io.archive import InflatesTooFar, check_inflated, check_zlib
from models.io.decode import read_file
from models.io.format import Format, WriteContext, Writer
from models.io.limits import SPACY_IMPORT_CHARS
from models.io.model import ExchangeDoc, ExportDoc, ExportSpan, make_span, status_meta
from models.io.segments import UNITS, tokens, unit_bounds

SPAN_KEY = "sc"
# Where spancat puts the score of each span of its group, in the group's order.
SCORES = "scores"
ATTRS_EXTENSION = "attrs"
# What DocBin raises on bytes that inflate but are not a DocBin it can load,
# while loading or when its docs' spans are read: a field of another type
# (AttributeError: flags a text, attrs a map), a number past a C long
# (OverflowError), a span past its doc (IndexError), a label's hash the
# file's strings lack (KeyError).
UNREADABLE = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    OverflowError,
)


def import_spacy() -> ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    saved = socket.has_ipv6
    socket.has_ipv6 = False
    try:
        import spacy
    except ImportError:
        if getattr(sys, "frozen", False):  # a bundle built without spaCy: nothing to install
            raise InvalidInput(
                "this build of Biaozhu has no spaCy; export as hf or jsonl instead"
            ) from None
        raise InvalidInput(
            "the spaCy format needs spaCy: pip install 'biaozhu[spacy]' (or spacy>=3.7)"
        ) from None
    finally:
        socket.has_ipv6 = saved
    return spacy


# -- reading -------------------------------------------------------------------------------


def read_docbin(path: Path, options: dict[str, Any]) -> Iterator[ExchangeDoc]:
    data = read_file(path)
    try:
        check_zlib(data, str(path), ".spacy")  # DocBin inflates it whole, unbounded
    except InflatesTooFar as exc:  # a project's own export may: say what it means
        raise InvalidInput(
            "{exc}: some {spacy_import_chars:,} characters of text as Biaozhu exports them (spaCy loads a file whole); export jsonl to bring a project this large back",
            exc=exc,
            spacy_import_chars=SPACY_IMPORT_CHARS,
        ) from None
    spacy = import_spacy()  # loaded only when a .spacy file is read, without a socket
    from spacy.tokens import DocBin

    try:
        docbin = DocBin().from_bytes(data)
        docs = [_doc_parts(doc) for doc in docbin.get_docs(spacy.blank("zh").vocab)]
    except UNREADABLE as exc:
        raise InvalidInput(
            "{path}: not a spaCy DocBin ({exc})",
            path=path,
            exc=library_words(exc, Message("spaCy cannot load it")),
        ) from None
    whole: _Joined | None = None
    for n, (text, data, spans) in enumerate(docs, 1):
        where = Message("{path}: doc {doc}", path=path, doc=n)
        if not text.strip():
            raise InvalidInput("{where}: empty text", where=where)
        if whole is not None and whole.continued_by(data):
            whole.add(text, spans, data)
        else:
            if whole is not None:
                yield whole.document(path, where)
            whole = _Joined(data, n, text, spans)
        if whole.complete:
            yield whole.document(path, where)
            whole = None
    if whole is not None:
        yield whole.document(path, f"{path}: end")


def _doc_parts(doc: Any) -> tuple[str, dict, list[tuple[int, int, str, dict]]]:
    """A loaded doc's text, user data and spans: spaCy reads a span (and
    refuses a damaged one) only when it is asked for it."""
    data = doc.user_data if isinstance(doc.user_data, dict) else {}
    return doc.text, data, _doc_spans(doc, data)


def _doc_spans(doc: Any, data: dict) -> list[tuple[int, int, str, dict]]:
    group = doc.spans.get(SPAN_KEY)
    source = list(group) if group is not None and len(group) else list(doc.ents)
    out = []
    for s in source:
        attrs = data.get(("._.", ATTRS_EXTENSION, s.start_char, s.end_char))
        out.append((s.start_char, s.end_char, s.label_, attrs if isinstance(attrs, dict) else {}))
    return out


class _Joined:
    """A document put back together from its paragraph or sentence Docs."""

    def __init__(self, data: dict, number: int, text: str, spans: list):
        self.id, self.title, self.number = data.get("id"), data.get("title"), number
        self.status = data.get("status")
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str, dict]] = []
        self.length = 0
        self.unit = "offset" in data
        self.complete = not self.unit
        self.add(text, spans, data)

    def continued_by(self, data: dict) -> bool:
        before = data.get("before")
        return (
            self.unit
            and data.get("id") == self.id
            and isinstance(before, str)
            and data.get("offset") == self.length + len(before)
        )

    def add(self, text: str, spans: list, data: dict) -> None:
        before = data.get("before") if self.unit else ""
        self.parts.append(before if isinstance(before, str) else "")
        self.length += len(self.parts[-1])
        self.spans += [(a + self.length, b + self.length, lab, at) for a, b, lab, at in spans]
        self.parts.append(text)
        self.length += len(text)
        after = data.get("after")
        if self.unit and isinstance(after, str):
            self.parts.append(after)
            self.complete = True

    def document(self, path: Path, where: str | Message) -> ExchangeDoc:
        text = "".join(self.parts)
        spans = [
            make_span(
                text, a, b, label, Message("{where} span {span}", where=where, span=i), attrs=attrs
            )
            for i, (a, b, label, attrs) in enumerate(self.spans)
        ]
        spans.sort(key=lambda s: (s.start, s.end, s.label))
        return ExchangeDoc.from_record(
            doc_id=self.id or f"{path.stem}-{self.number}",
            text=text,
            spans=spans,
            meta=status_meta({"file": path.name}, self.status),
            title=self.title,
            line=self.number,
        )


# -- writing -------------------------------------------------------------------------------

# What the docs carry: text and entities. Tags, lemmas, heads and the like are
# empty in a gold export; leaving them out makes the file and its memory a
# third of the default.
DOCBIN_ATTRS = ("ORTH", "NORM", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")


def blank_chinese() -> Any:
    """The vocabulary the Docs are made with (tokens come from ``segments.tokens``)."""
    spacy = import_spacy()  # first load of spaCy in an export: without a socket
    return spacy.blank("zh")


# The per-document parts of a DocBin's message, in its order: raw bytes
# (concatenated, as DocBin.to_bytes stacks them) and lists (one item each).
RAW_PARTS = ("tokens", "spaces", "lengths")
LIST_PARTS = ("cats", "flags", "span_groups", "user_data")
COPY_CHUNK = 1 << 20


def _bin_header(size: int) -> bytes:
    """msgpack's header of a byte string of ``size`` bytes (bin 8, 16 or 32)."""
    if size < 1 << 8:
        return b"\xc4" + size.to_bytes(1, "big")
    if size < 1 << 16:
        return b"\xc5" + size.to_bytes(2, "big")
    return b"\xc6" + size.to_bytes(4, "big")


def _fast_docbin_class() -> type:
    import_spacy()
    import numpy
    import srsly
    from spacy.attrs import SPACY
    from spacy.tokens import DocBin

    class _FastDocBin(DocBin):
        """DocBin whose strings are collected per distinct word, not per token, and
        whose documents wait in temporary files (beside the export) until ``write``
        streams the message DocBin.to_bytes would make, compressed as it goes: a
        DocBin holds every token of the export (48 bytes each) and to_bytes copies
        it three times more, gigabytes for 10,000 articles."""

        def __init__(self, folder: Path | None = None, **kwargs: Any):
            super().__init__(**kwargs)
            self._seen: set[str] = set()
            self.strings.add("")  # tag, lemma, dep, morph, kb id of unannotated tokens
            self._packer = srsly.msgpack.Packer(use_bin_type=True)
            names = RAW_PARTS + LIST_PARTS[: 4 if self.store_user_data else 3]
            self._parts = {
                # closed by close(), which the writer's close and abort call
                name: tempfile.TemporaryFile(dir=folder, prefix=".biaozhu-spool-")  # noqa: SIM115
                for name in names
            }
            self._sizes = dict.fromkeys(names, 0)
            self._docs = 0

        def __len__(self) -> int:
            return self._docs

        def _put(self, name: str, data: bytes) -> None:
            self._parts[name].write(data)
            self._sizes[name] += len(data)

        def add_words(self, doc: Any, words: list[str]) -> None:
            array = doc.to_array(self.attrs)
            if len(array.shape) == 1:
                array = array.reshape((array.shape[0], 1))
            self._put("tokens", array.tobytes("C"))
            spaces = doc.to_array(SPACY)
            spaces = spaces.reshape((spaces.shape[0], 1))
            self._put("spaces", numpy.asarray(spaces, dtype=bool).tobytes("C"))
            self._put("lengths", numpy.asarray([len(array)], dtype="int32").tobytes("C"))
            pack = self._packer.pack
            self._put("flags", pack({"has_unknown_spaces": doc.has_unknown_spaces}))
            new = set(words) - self._seen
            if new:
                vocab = doc.vocab
                self.strings.update(new)
                self.strings.update(vocab[w].norm_ for w in new)
                self._seen |= new
            self._put("cats", pack(doc.cats))
            if self.store_user_data:
                self._put("user_data", pack(srsly.msgpack_dumps(doc.user_data)))
            self._put("span_groups", pack(doc.spans.to_bytes()))
            for group in doc.spans.values():
                self.strings.update(span.label_ for span in group)
            self.strings.update(ent.label_ for ent in doc.ents)
            self._docs += 1

        def write(self, sink: Any) -> tuple[int, int]:
            """The bytes DocBin.to_bytes returns, written to ``sink`` piece by piece;
            returns (bytes before compression, bytes written)."""
            deflate = zlib.compressobj()
            pack = self._packer.pack
            sizes = [0, 0]

            def out(data: bytes) -> None:
                sizes[0] += len(data)
                packed = deflate.compress(data)
                sizes[1] += len(packed)
                sink.write(packed)

            def copy(name: str) -> None:
                part = self._parts[name]
                part.flush()
                part.seek(0)
                while chunk := part.read(COPY_CHUNK):
                    out(chunk)

            keys = ["version", "attrs", *RAW_PARTS, "strings", *LIST_PARTS[:3]]
            if self.store_user_data:
                keys.append("user_data")
            out(self._packer.pack_map_header(len(keys)))
            out(pack("version") + pack(self.version) + pack("attrs") + pack(self.attrs))
            for name in RAW_PARTS:
                out(pack(name) + _bin_header(self._sizes[name]))
                copy(name)
            out(pack("strings") + pack(sorted(self.strings)))
            for name in keys[6:]:
                out(pack(name) + self._packer.pack_array_header(self._docs))
                copy(name)
            tail = deflate.flush()
            sink.write(tail)
            return sizes[0], sizes[1] + len(tail)

        def to_bytes(self) -> bytes:
            sink = io.BytesIO()
            self.write(sink)
            return sink.getvalue()

        def close(self) -> None:
            for part in self._parts.values():
                part.close()

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


def register_attrs_extension() -> None:
    """``span._.attrs``: how a span's attributes reach spaCy."""
    from spacy.tokens import Span

    if not Span.has_extension(ATTRS_EXTENSION):
        Span.set_extension(ATTRS_EXTENSION, default=None)


class SpacyWriter(Writer):
    extension = ".spacy"
    options = ("segmenter", "unit")

    def __init__(self, path: Path, context: WriteContext):
        super().__init__(path, context)
        self.segmenter = context.options["segmenter"]
        self.unit = context.options["unit"]
        if self.unit not in UNITS:
            raise InvalidInput(
                "unknown --unit {unit!r}; use {units}", unit=self.unit, units=", ".join(UNITS)
            )
        self.nlp = blank_chinese()
        register_attrs_extension()
        self.docbin = _fast_docbin_class()(path.parent, attrs=DOCBIN_ATTRS, store_user_data=True)
        self.docs = 0
        self.scored = getattr(context.selection, "kind", None) == "suggestions"
        self._cache = cached_msgpack_registries()
        self._cache.__enter__()

    def add(self, doc: ExportDoc) -> list[ExportSpan]:
        bounds = unit_bounds(doc.text, doc.spans, self.unit)
        done = 0
        for i, (start, end) in enumerate(bounds):
            spans = [s for s in doc.spans if start <= s.start and s.end <= end]
            sdoc, words = self.unit_doc(doc.text[start:end], spans, start)
            sdoc.user_data["id"] = doc.id
            sdoc.user_data["title"] = doc.title
            if doc.status:
                sdoc.user_data["status"] = doc.status
            if self.unit != "doc":
                sdoc.user_data["offset"] = start
                sdoc.user_data["before"] = doc.text[done:start]
                if i == len(bounds) - 1:
                    sdoc.user_data["after"] = doc.text[end:]
            done = end
            self.docbin.add_words(sdoc, words)
            self.docs += 1
        return doc.spans

    def unit_doc(self, text: str, spans: list[ExportSpan], offset: int) -> tuple[Any, list[str]]:
        """A Doc of ``text`` with ``spans`` (offsets into the document, from ``offset``)."""
        from spacy.tokens import Doc
        from spacy.util import filter_spans

        words, spaces = self.words(text, [(s.start - offset, s.end - offset) for s in spans])
        sdoc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        group = []
        for s in spans:
            span = sdoc.char_span(s.start - offset, s.end - offset, label=s.label)
            if s.attrs_json != "{}":
                span._.set(ATTRS_EXTENSION, s.attrs)
            group.append(span)
        sdoc.spans[SPAN_KEY] = group
        if self.scored:  # as spaCy's spancat stores its predictions' scores
            import numpy

            sdoc.spans[SPAN_KEY].attrs[SCORES] = numpy.array(
                [s.score if s.score is not None else numpy.nan for s in spans], dtype="float64"
            )
        ents = filter_spans(group) if group else []
        if len(ents) != len(group):
            self.context.notes["spacy_overlapping_spans_only_in_sc"] += len(group) - len(ents)
        sdoc.ents = ents
        return sdoc, words

    def words(self, text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
        """Tokens (characters or jieba words, white space included so that
        ``doc.text`` is the text) and the spaces after them (none)."""
        cut = tokens(text, spans, self.segmenter)
        self.context.notes["spacy_split_words"] += cut.split_words
        self.context.notes["spacy_spans_across_words"] += cut.spans_across_words
        return [text[a:b] for a, b in cut.bounds], [False] * len(cut.bounds)

    def close(self) -> None:
        try:
            with self.path.open("wb") as sink:
                inflated, written = self.docbin.write(sink)
            try:  # the bounds Biaozhu's import reads a .spacy within (a zip bomb's)
                check_inflated(inflated, written, self.path.name, ".spacy")
            except InvalidInput:
                self.context.notes["spacy_not_importable"] += 1
        finally:
            self.abort()

    def abort(self) -> None:
        self.docbin.close()
        if self._cache is not None:
            self._cache.__exit__(None, None, None)
            self._cache = None

    def manifest_extra(self) -> dict[str, Any]:
        spacy = import_spacy()
        tokens = {
            "char": "one per character, white space included",
            "jieba": "jieba words (white space included), split where a span begins or ends"
            " inside one (notes: spacy_split_words, spacy_spans_across_words)",
        }
        return {
            "spacy": {
                "version": spacy.__version__,
                "lang": "zh",
                "segmenter": self.segmenter,
                "tokens": tokens[self.segmenter],
                "unit": self.unit,
                "docs": self.docs,
                "span_key": SPAN_KEY,
                "span_attributes": f"span._.{ATTRS_EXTENSION}, after"
                f" Span.set_extension({ATTRS_EXTENSION!r}, default=None)",
                "user_data": ["id", "title", "status"]
                + ([] if self.unit == "doc" else ["offset", "before", "after"]),
                **(
                    {"span_scores": f'doc.spans["{SPAN_KEY}"].attrs["{SCORES}"], one per span'}
                    if self.scored
                    else {}
                ),
                "token_attributes_stored": list(DOCBIN_ATTRS),
            }
        }


SPACY = Format(
    "spacy",
    "spaCy v3 DocBin (.spacy): doc.ents and doc.spans['sc']",
    read=read_docbin,
    writer=SpacyWriter,
    extensions=(".spacy",),
)
