"""Documents: immutable texts, identified by id and by content hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from models.domain import Document
from models.errors import InvalidInput, NotFound
from models.store.history import utc_now

TITLE_MAX = 120
# A longer text is a book or a dump, not an article: the window could not
# show it at interactive speed, so it is refused with a hint to split it.
MAX_DOCUMENT_CHARS = 2_000_000


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_of(text: str) -> str:
    stripped = text.lstrip()
    end = min(
        (i for i in (stripped.find("\n"), stripped.find("\r")) if i >= 0), default=len(stripped)
    )
    return stripped[:end].strip()[:TITLE_MAX]


@dataclass(frozen=True)
class DocumentRow:
    """One line of the document list."""

    id: str
    title: str
    chars: int
    status: str
    gold: int
    pending: int


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
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("the document has no text")
        if len(text) > MAX_DOCUMENT_CHARS:
            raise InvalidInput(
                f"the document has {len(text):,} characters, over the limit of "
                f"{MAX_DOCUMENT_CHARS:,}: split it into articles"
            )
        if "\x00" in text:
            raise InvalidInput("the text contains NUL characters: not a text document")
        digest = content_hash(text)
        doc_id = (doc_id or digest[:16]).strip() or digest[:16]
        clashes = self.conn.execute(
            "SELECT id, hash FROM documents WHERE hash = ? OR id = ?", (digest, doc_id)
        ).fetchall()
        for known_id, known_hash in clashes:
            if known_hash == digest:
                return known_id, False
        if clashes:
            doc_id = f"{doc_id}_{digest[:8]}"
        title = (title or "").strip()[:TITLE_MAX] or title_of(text)
        row = {
            "id": doc_id,
            "hash": digest,
            "title": title,
            "chars": len(text),
            "text": text,
            "source": source,
            "meta": json.dumps(meta or {}, ensure_ascii=False),
            "original": original,
            "offset_map": json.dumps(offset_map) if offset_map is not None else None,
            "created": utc_now(),
        }
        with self.transaction(savepoint=False):
            self.conn.execute(
                "INSERT INTO documents (id, hash, title, chars, text, source, meta, original,"
                " offset_map, created) VALUES (:id,:hash,:title,:chars,:text,:source,:meta,"
                ":original,:offset_map,:created)",
                row,
            )
            self.events.append(
                self.annotator,
                "doc.imported",
                doc_id,
                after={"title": title, "hash": digest, "source": source, "chars": len(text)},
            )
        return doc_id, True

    def document(self, doc_id: str) -> Document:
        row = self.conn.execute(
            "SELECT id, title, text, source, meta, hash FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no document {doc_id!r} in this project")
        return Document(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5])

    def document_text(self, doc_id: str) -> str:
        cached = self._texts.get(doc_id)
        if cached is None:
            row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise NotFound(f"no document {doc_id!r} in this project")
            cached = row[0]
            if len(self._texts) > 256:
                self._texts.clear()
            self._texts[doc_id] = cached
        return cached

    def document_original(self, doc_id: str) -> tuple[str | None, list[int] | None]:
        """The text before --clean and the map from cleaned to original offsets, if any."""
        row = self.conn.execute(
            "SELECT original, offset_map FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no document {doc_id!r} in this project")
        return row[0], (json.loads(row[1]) if row[1] else None)

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def document_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

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
        for doc_id, title, chars in self.conn.execute(
            "SELECT id, title, chars FROM documents ORDER BY rowid"
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

    # -- full-text search ------------------------------------------------------------

    def refresh_search_index(self) -> int:
        """Index documents added since the last search. Texts never change, so a
        rowid watermark is exact; deferring keeps imports fast. The watermark is
        read inside the write transaction, so two connections never index the
        same rows."""
        top = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]
        if top <= int(self.meta("fts_rowid", "0")):
            return 0
        with self.transaction():
            mark = int(self.meta("fts_rowid", "0"))
            cur = self.conn.execute(
                "INSERT INTO documents_fts (rowid, title, text)"
                " SELECT rowid, title, text FROM documents WHERE rowid > ? AND rowid <= ?",
                (mark, top),
            )
            self.set_meta("fts_rowid", str(max(top, mark)))
        return max(cur.rowcount, 0)

    def search(self, query: str, limit: int = 10_000) -> list[str]:
        """Ids of documents whose title or text contains ``query`` (any script)."""
        query = query.strip()
        if not query:
            return self.document_ids()
        if len(query) >= 3:
            self.refresh_search_index()
            phrase = '"' + query.replace('"', '""') + '"'
            sql = (
                "SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
                " WHERE documents_fts MATCH ? ORDER BY d.rowid LIMIT ?"
            )
            return [r[0] for r in self.conn.execute(sql, (phrase, limit))]
        # The trigram index needs three characters; shorter queries scan.
        sql = (
            "SELECT id FROM documents WHERE instr(title, ?) > 0 OR instr(text, ?) > 0"
            " ORDER BY rowid LIMIT ?"
        )
        return [r[0] for r in self.conn.execute(sql, (query, query, limit))]
