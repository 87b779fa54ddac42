"""Documents: immutable texts, identified by id and by content hash."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import orjson

from models.domain import Document
from models.errors import InvalidInput, Message, NotFound, ProjectUnreadable
from models.store.history import utc_now
from models.store.oversize import MAX_VALUE_BYTES
from models.store.suggestions import PENDING_SQL
from models.system_errors import sqlite_reason

TITLE_MAX = 120
# A longer text is a book or a dump, not an article: the window could not
# show it at interactive speed, so it is refused with a hint to split it.
MAX_DOCUMENT_CHARS = 2_000_000
# Texts ``document_text`` keeps, the ones read last.
TEXTS_KEPT = 256
# meta's mark of the last restore (the hash of its project.restored event):
# a restore is the one change that takes documents away, and an import may
# then give a freed id to another text, so the texts kept are dropped when
# another process's commit brought a new mark
RESTORE_MARK = "restored"


def content_hash(text: str) -> str:
    return utf8_hash(text.encode("utf-8"))


def utf8_hash(utf8: bytes) -> str:
    """The content hash of a text from its UTF-8 (the identity of a document)."""
    return hashlib.sha256(utf8).hexdigest()


# White space (blank lines too), then the first line: matched in place, since
# stripping a whole article first would copy it.
FIRST_LINE = re.compile(r"\s*([^\n\r]*)")


def title_of(text: str) -> str:
    return FIRST_LINE.match(text).group(1).strip()[:TITLE_MAX]


@dataclass(frozen=True)
class DocumentRow:
    """One line of the document list."""

    id: str
    title: str
    chars: int
    status: str
    gold: int
    pending: int


@dataclass(frozen=True)
class NewDocument:
    """A text on its way into the project."""

    text: str
    title: str | None = None
    source: str = ""
    meta: dict[str, Any] | None = None
    doc_id: str | None = None
    original: str | None = None
    offset_map: list[int] | None = None
    # The text as UTF-8 and its content hash, made once on creation: an
    # importer creates documents while its previous batch is still committing.
    utf8: bytes = field(init=False, repr=False, compare=False)
    digest: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        utf8 = self.text.encode("utf-8") if isinstance(self.text, str) else b""
        object.__setattr__(self, "utf8", utf8)
        object.__setattr__(self, "digest", utf8_hash(utf8))


def is_blank(text: str) -> bool:
    """Nothing to read or mark: white space and invisible format characters
    only (zero-width space, joiners, word joiner, byte-order mark: Unicode's
    Cf), which a scraped page or a copied cell leaves behind."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def check_text(text: Any) -> None:
    if not isinstance(text, str) or is_blank(text):
        raise InvalidInput("the document has no text (only white space or invisible characters)")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InvalidInput(
            "the document has {n_text:,} characters, over the limit of {max_document_chars:,}: split it into articles",
            n_text=len(text),
            max_document_chars=MAX_DOCUMENT_CHARS,
        )
    if "\x00" in text:
        raise InvalidInput("the text contains NUL characters: not a text document")


def oversize_texts(
    conn: sqlite3.Connection, where: str = "1", params: tuple = ()
) -> list[tuple[int, str, int]]:
    """(rowid, id, bytes) of each document (of those ``where`` selects) whose
    text is longer than any the store takes: a text put in with ``sqlite3``
    (a gigabyte in one row). Its size is read from the row's header through
    SQLite's blob handle, the text left unread."""
    most = MAX_DOCUMENT_CHARS * 4  # bytes of UTF-8, at most four a character
    found = []
    for rowid, doc_id in conn.execute(
        f"SELECT rowid, id FROM documents WHERE {where}", params
    ).fetchall():
        try:
            with conn.blobopen("documents", "text", rowid, readonly=True) as blob:
                size = len(blob)
        except sqlite3.Error:
            continue  # not text (a NULL, a number): the checks that read it name it
        if size > most:
            found.append((rowid, doc_id, size))
    return found


def oversize_text_message(doc_id: str, size: int) -> Message:
    """What ``verify`` and ``export`` say of a text ``oversize_texts`` found."""
    return Message(
        "documents row {doc}: its text is {size:,} bytes, more than any text"
        " Biaozhu stores ({max_document_chars:,} characters): it was changed"
        " after it was imported",
        doc=doc_id,
        size=size,
        max_document_chars=MAX_DOCUMENT_CHARS,
    )


def _check_value_sizes(doc_id: str, *values: str | None) -> None:
    """InvalidInput unless each value beside a document's text fits what
    verify takes as written by Biaozhu (models/store/oversize.py): a value
    past it can only have been put in with ``sqlite3``."""
    for what, value in zip(("meta", "original", "offset_map", "source"), values, strict=True):
        if value is None or len(value) * 4 <= MAX_VALUE_BYTES:
            continue
        size = len(value.encode("utf-8", "surrogatepass"))
        if size > MAX_VALUE_BYTES:
            raise InvalidInput(
                "document {doc}: its {what} is {size:,} bytes, more than the store takes in one"
                " value ({most:,}); nothing was stored",
                doc=doc_id,
                what=what,
                size=size,
                most=MAX_VALUE_BYTES,
            )


def meta_json(meta: dict[str, Any] | None) -> str:
    """A document's metadata as stored: compact JSON, non-string keys as strings."""
    return orjson.dumps(meta, option=orjson.OPT_NON_STR_KEYS).decode() if meta else "{}"


def details_digest(meta: str, original: str | None, offset_map: str | None) -> str:
    """The hash of what a document row holds beside its text, as stored: its
    metadata, and the original before cleaning with its offset map (exports
    carry all three). Its import event records it, so that ``verify`` sees
    them changed."""
    stored = json.dumps([meta, original, offset_map], ensure_ascii=False)
    return hashlib.sha256(stored.encode("utf-8")).hexdigest()


# SQLite's limit on bound parameters per statement is 32,766; stay well under.
LOOKUP_CHUNK = 10_000


@contextmanager
def unreadable_as_error(path) -> Iterator[None]:
    """SQLite's failure to read (the file locked by another program, a table
    it altered, a disk error) as the core's ProjectUnreadable, in one line."""
    try:
        yield
    except sqlite3.Error as exc:
        raise ProjectUnreadable(
            "{path} could not be read now ({reason})", path=path, reason=sqlite_reason(exc)
        ) from None


class DocumentsMixin:
    def add_document(
        self,
        text: str,
        *,
        title: str | None = None,
        source: str = "",
        meta: dict[str, Any] | None = None,
        doc_id: str | None = None,
        original: str | None = None,
        offset_map: list[int] | None = None,
    ) -> tuple[str, bool]:
        """Store a text; returns (document id, True) or (existing id, False) for a known text."""
        return self.add_documents(
            [NewDocument(text, title, source, meta, doc_id, original, offset_map)]
        )[0]

    def add_documents(
        self, docs: list[NewDocument], *, checked: bool = False
    ) -> list[tuple[str, bool]]:
        """Store texts in one go, each with its ``doc.imported`` event; returns
        (document id, created) per input, in order. A text already in the project
        (or earlier in ``docs``) is not stored again. Everything is checked before
        the first write, so a bad text leaves the project as it was; ``checked``
        says the caller has run ``check_text`` on each already (the importer
        does, file by file, so that a bad text fails only its own file)."""
        if not checked:
            for doc in docs:
                check_text(doc.text)
        digests = [doc.digest for doc in docs]
        wanted = [
            (doc.doc_id or d[:16]).strip() or d[:16] for doc, d in zip(docs, digests, strict=True)
        ]
        by_hash, taken = self._known(digests, wanted)
        now = utc_now()
        rows, events, results = [], [], []
        for doc, digest, doc_id in zip(docs, digests, wanted, strict=True):
            if digest in by_hash:
                results.append((by_hash[digest], False))
                continue
            if doc_id in taken:
                doc_id = f"{doc_id}_{digest[:8]}"
            by_hash[digest] = doc_id
            taken.add(doc_id)
            title = (doc.title or "").strip()[:TITLE_MAX] or title_of(doc.text)
            meta = meta_json(doc.meta)
            offset_map = json.dumps(doc.offset_map) if doc.offset_map is not None else None
            _check_value_sizes(doc_id, meta, doc.original, offset_map, doc.source)
            rows.append(
                (
                    doc_id,
                    digest,
                    title,
                    len(doc.text),
                    doc.utf8,
                    doc.source,
                    meta,
                    doc.original,
                    offset_map,
                    now,
                )
            )
            after = {
                "title": title,
                "hash": digest,
                "source": doc.source,
                "chars": len(doc.text),
                "details": details_digest(meta, doc.original, offset_map),
            }
            events.append((doc_id, None, None, after))
            results.append((doc_id, True))
        if rows:
            # The text goes in as the UTF-8 it was hashed from (valid by
            # construction): binding the str would encode it a second time.
            with self.transaction(savepoint=False):
                self.conn.executemany(
                    "INSERT INTO documents (id, hash, title, chars, text, source, meta, original,"
                    " offset_map, created) VALUES (?,?,?,?,CAST(? AS TEXT),?,?,?,?,?)",
                    rows,
                )
                self.events.append_many(self.annotator, "doc.imported", events, time=now)
        return results

    def _known(self, digests: list[str], ids: list[str]) -> tuple[dict[str, str], set[str]]:
        """Documents already stored with one of these hashes, and ids already taken."""
        by_hash: dict[str, str] = {}
        taken: set[str] = set()
        wanted_hashes = set(digests)
        for i in range(0, len(digests), LOOKUP_CHUNK):
            hashes, names = digests[i : i + LOOKUP_CHUNK], ids[i : i + LOOKUP_CHUNK]
            sql = (
                f"SELECT id, hash FROM documents WHERE hash IN ({','.join('?' * len(hashes))})"
                f" OR id IN ({','.join('?' * len(names))})"
            )
            for known_id, known_hash in self.conn.execute(sql, [*hashes, *names]):
                taken.add(known_id)
                if known_hash in wanted_hashes:
                    by_hash[known_hash] = known_id
        return by_hash, taken

    def document(self, doc_id: str) -> Document:
        row = self.conn.execute(
            f"SELECT id, substr(title, 1, {TITLE_MAX}), text, rowid, hash FROM documents"
            " WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise NotFound("no document {doc_id!r} in this project", doc_id=doc_id)
        meta = self._value_of(row[3], "meta")
        return Document(
            row[0],
            row[1],
            row[2],
            self._value_of(row[3], "source") or "",
            json.loads(meta) if meta is not None else {},
            row[4],
        )

    def _value_of(self, rowid: int, column: str) -> str | None:
        """A document's ``column`` (its metadata, its source), unread (None)
        where it was grown past anything the store writes (sqlite3; verify
        names it): a 300 MB source took the window, and ``history --doc``,
        630 MB to open its document."""
        try:
            with self.conn.blobopen("documents", column, rowid, readonly=True) as blob:
                if len(blob) > MAX_VALUE_BYTES:
                    return None
        except sqlite3.Error:
            pass
        (value,) = self.conn.execute(
            f"SELECT {column} FROM documents WHERE rowid = ?", (rowid,)
        ).fetchone()
        return value

    def document_text(self, doc_id: str) -> str:
        """The document's text; the TEXTS_KEPT read last are kept (least
        recently read out first: emptied whole when full, a batch read twice
        on a big project and the curator's own document were read again)."""
        texts = self._texts
        if texts:
            self._drop_texts_after_a_restore()
        cached = texts.get(doc_id)
        if cached is not None:
            texts.move_to_end(doc_id)
            return cached
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFound("no document {doc_id!r} in this project", doc_id=doc_id)
        texts[doc_id] = row[0]
        if len(texts) > TEXTS_KEPT:
            texts.popitem(last=False)
        return row[0]

    def _drop_texts_after_a_restore(self) -> None:
        """Empty the texts kept when another process restored a backup since
        they were read: a pragma per read (no I/O), and meta's mark only after
        another connection committed."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version == self._texts_version:
            return
        self._texts_version = version
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (RESTORE_MARK,)).fetchone()
        mark = row[0] if row else None
        if mark != self._texts_restore:
            self._texts_restore = mark
            self._texts.clear()

    def document_original(self, doc_id: str) -> tuple[str | None, list[int] | None]:
        """The text before --clean and the map from cleaned to original offsets, if any."""
        row = self.conn.execute(
            "SELECT original, offset_map FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFound("no document {doc_id!r} in this project", doc_id=doc_id)
        return row[0], (json.loads(row[1]) if row[1] else None)

    def document_ids(self) -> list[str]:
        """Every document id, in import order (ProjectUnreadable when SQLite
        cannot read the list now)."""
        with unreadable_as_error(self.path):
            return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def document_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents_mark(self) -> tuple[int, int]:
        """(how many documents, the last rowid given): what changes when any
        process imports a document or a restore takes some away, read in two
        index lookups; ProjectUnreadable when SQLite cannot read them now (a
        window asks every few seconds and asks again later)."""
        with unreadable_as_error(self.path):
            row = self.conn.execute(
                "SELECT count(*), coalesce(max(rowid), 0) FROM documents"
            ).fetchone()
        return row[0], row[1]

    def document_mark(self, doc_id: str) -> int:
        """The last event about ``doc_id`` (0: none), by any process: a
        window compares it with the one it read to tell that another window
        or program changed the document it shows (one index lookup)."""
        with unreadable_as_error(self.path):
            row = self.conn.execute(
                "SELECT coalesce(max(id), 0) FROM events WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        return row[0]

    def restore_mark(self) -> str | None:
        """meta's mark of the last restore (the chain head it left): it
        changes when a restore commits, by any process; a window compares it
        with the one it read to tell that the file it shows was replaced."""
        with unreadable_as_error(self.path):
            row = self.conn.execute(
                "SELECT value FROM meta WHERE key = ?", (RESTORE_MARK,)
            ).fetchone()
        return row[0] if row else None

    def restored_words(self) -> Message | None:
        """What the last restore brought back and where it kept what the
        project held before (its ``project.restored`` event), in one line."""
        row = self.conn.execute(
            "SELECT json_extract(after, '$.from'), json_extract(before, '$.saved_as')"
            " FROM events WHERE action = 'project.restored' AND origin_hash IS NULL"
            " AND json_valid(after) AND json_valid(before) ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        return Message(
            "the project was restored from {backup}: the window shows it as it is now;"
            " what it held before is kept in {saved}",
            backup=str(row[0]),
            saved=str(row[1]),
        )

    def has_document_hash(self, digest: str) -> str | None:
        row = self.conn.execute("SELECT id FROM documents WHERE hash = ?", (digest,)).fetchone()
        return row[0] if row else None

    def documents_overview(
        self,
        annotator: str | None = None,
        *,
        status: str | None = None,
        search: str | None = None,
    ) -> list[DocumentRow]:
        """The document list for one annotator: title, status and counts, in import order."""
        who = annotator or self.annotator
        ids = set(self.search(search)) if search else None
        gold = dict(
            self.conn.execute(
                "SELECT doc_id, count(*) FROM annotations WHERE annotator = ? GROUP BY doc_id",
                (who,),
            ).fetchall()
        )
        pending = self.pending_counts(who)
        statuses = dict(
            self.conn.execute(
                "SELECT doc_id, status FROM doc_status WHERE annotator = ?", (who,)
            ).fetchall()
        )
        rows = []
        # a title is at most TITLE_MAX characters as stored: one grown with
        # sqlite3 (verify names it) is cut there, not carried into the list
        # (a 120 MB title took the window 4.7 GB and minutes to open)
        for doc_id, title, chars in self.conn.execute(
            f"SELECT id, substr(title, 1, {TITLE_MAX}), chars FROM documents ORDER BY rowid"
        ):
            if ids is not None and doc_id not in ids:
                continue
            st = statuses.get(doc_id, "todo")
            if status and st != status:
                continue
            rows.append(
                DocumentRow(doc_id, title, chars, st, gold.get(doc_id, 0), pending.get(doc_id, 0))
            )
        return rows

    def document_counts(
        self, doc_ids: list[str], annotator: str | None = None
    ) -> dict[str, tuple[str, int, int]]:
        """(status, gold, pending) of a few documents for one annotator: what the
        document list needs to update those rows without re-reading all of them."""
        who = annotator or self.annotator
        out = {}
        for doc_id in doc_ids:
            gold = self.conn.execute(
                "SELECT count(*) FROM annotations WHERE doc_id = ? AND annotator = ?",
                (doc_id, who),
            ).fetchone()[0]
            pending = self.conn.execute(
                f"SELECT count(*) FROM suggestions s WHERE s.doc_id = :doc AND {PENDING_SQL}",
                {"doc": doc_id, "who": who},
            ).fetchone()[0]
            out[doc_id] = (self.status(doc_id, who), gold, pending)
        return out
