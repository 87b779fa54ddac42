"""The project file's schema, as forward migrations (sqlite-utils Migrations).

Each migration is applied once, in order, inside a transaction with its
record. A file that has applied a migration this version does not know
was written by a newer Biaozhu and is refused before anything is written."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from models.store.connection import MIGRATION_SET
from models.store.counters import IDS_KEPT_SINCE, IDS_NEVER_REUSED

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            chars INTEGER NOT NULL,
            text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{}',
            original TEXT,
            offset_map TEXT,
            created TEXT NOT NULL
        ) STRICT;

        CREATE TABLE labels (
            name TEXT PRIMARY KEY,
            colour TEXT NOT NULL,
            hotkey TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE annotators (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL DEFAULT 'annotator' CHECK (role IN ('annotator', 'reviewer')),
            created TEXT NOT NULL
        ) STRICT;

        CREATE TABLE suggestions (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
            text TEXT NOT NULL,
            score REAL NOT NULL,
            source TEXT NOT NULL,
            version TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}',
            created TEXT NOT NULL,
            stale INTEGER NOT NULL DEFAULT 0,
            CHECK (start_pos >= 0 AND start_pos < end_pos),
            UNIQUE (doc_id, start_pos, end_pos, label)
        ) STRICT;

        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL REFERENCES annotators(name),
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            label TEXT NOT NULL REFERENCES labels(name) ON UPDATE CASCADE,
            text TEXT NOT NULL,
            attrs TEXT NOT NULL DEFAULT '{}',
            origin TEXT NOT NULL CHECK (origin IN
                ('manual', 'accepted', 'corrected', 'imported', 'adjudicated', 'merged')),
            suggestion_id INTEGER REFERENCES suggestions(id),
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            CHECK (start_pos >= 0 AND start_pos < end_pos)
        ) STRICT;
        CREATE INDEX annotations_by_doc ON annotations(doc_id, annotator);
        CREATE INDEX annotations_by_annotator ON annotations(annotator);

        CREATE TABLE decisions (
            suggestion_id INTEGER NOT NULL REFERENCES suggestions(id),
            annotator TEXT NOT NULL REFERENCES annotators(name),
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected', 'corrected')),
            annotation_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
            time TEXT NOT NULL,
            PRIMARY KEY (suggestion_id, annotator)
        ) STRICT;

        CREATE TABLE doc_status (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL REFERENCES annotators(name),
            status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done')),
            updated TEXT NOT NULL,
            PRIMARY KEY (doc_id, annotator)
        ) STRICT;

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            annotator TEXT NOT NULL,
            action TEXT NOT NULL,
            doc_id TEXT,
            target TEXT,
            before TEXT,
            after TEXT,
            origin TEXT NOT NULL,
            origin_hash TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        ) STRICT;
        CREATE INDEX events_by_doc ON events(doc_id);
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be changed'); END;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be deleted'); END;

        CREATE TABLE learned_models (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            version TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            data_hash TEXT NOT NULL,
            format INTEGER NOT NULL,
            evaluation TEXT NOT NULL DEFAULT '{}',
            blob BLOB NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='rowid', tokenize='trigram'
        );
        """
    )


@migrations(name="0002_merge_conflicts")
def _merge_conflicts(db: Database) -> None:
    # Work by one annotator on one document in two merged files is kept
    # here for a reviewer instead of being dropped.
    db.executescript(
        """
        CREATE TABLE merge_conflicts (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            annotator TEXT NOT NULL,
            origin TEXT NOT NULL,
            spans TEXT NOT NULL,
            created TEXT NOT NULL,
            resolved INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        """
    )


@migrations(name="0003_suggestion_audience")
def _suggestion_audience(db: Database) -> None:
    # An occurrence suggestion offered by one annotator's accept is theirs
    # alone: a suggestion with audience rows is seen only by the annotators
    # listed; one without is everyone's. ``offer`` names the action that
    # offered it, so that undoing the action withdraws exactly its offers.
    db.executescript(
        """
        CREATE TABLE suggestion_audience (
            suggestion_id INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
            annotator TEXT NOT NULL,
            offer TEXT NOT NULL,
            PRIMARY KEY (suggestion_id, annotator, offer)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX suggestion_audience_by_offer ON suggestion_audience(offer);
        -- Removing a span or a suggestion looks for the rows that refer to it
        -- (foreign keys): without these, each removal read every decision or
        -- span of the project, and undoing a bulk accept took seconds.
        CREATE INDEX decisions_by_annotation ON decisions(annotation_id);
        CREATE INDEX annotations_by_suggestion ON annotations(suggestion_id);
        """
    )


@migrations(name="0004_ids_never_reused", transactional=False)
def _ids_never_reused(db: Database) -> None:
    # The window acts on a suggestion or a span by the id it read; without
    # AUTOINCREMENT, SQLite gives the largest id removed (by another process:
    # suggest --project, a second window) to the next row stored, and the
    # window's accept or delete hit that row instead: a span the curator never
    # saw. SQLite's way to change a table
    # (https://sqlite.org/lang_altertable.html#otheralter): foreign keys off
    # outside the transaction, a new table, the rows, the new one renamed.
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in IDS_NEVER_REUSED:
                _rebuild_with_autoincrement(conn, table)
            # where in the history the step stands, for verify (ids given
            # twice before it are a gap): the events' times may not say, a
            # clock set back or run ahead
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value)"
                " SELECT ?, CAST(coalesce(max(id), 0) AS TEXT) FROM events",
                (IDS_KEPT_SINCE,),
            )
            broken = conn.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                raise RuntimeError(f"rebuilding a table broke a reference: {broken}")
            conn.execute("COMMIT")
        except BaseException:
            # a full disk: SQLite may have rolled back already, and a ROLLBACK
            # then failed in words that hid why ("no transaction is active")
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _rebuild_with_autoincrement(conn, table: str) -> None:
    """``table`` as it is in this file, its id AUTOINCREMENT; its rows, ids
    and indexes kept. Done already (only the record of it lost): nothing."""
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()[0]
    if "AUTOINCREMENT" in sql:
        return
    indexes = [
        r[0]
        for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL",
            (table,),
        )
    ]
    head = f"CREATE TABLE {table} ("
    key = "id INTEGER PRIMARY KEY,"
    if not sql.startswith(head) or key not in sql:
        raise RuntimeError(f"unexpected schema for {table}: {sql[:80]}")
    new_sql = sql.replace(head, f"CREATE TABLE {table}_new (", 1).replace(
        key, "id INTEGER PRIMARY KEY AUTOINCREMENT,", 1
    )
    conn.execute(new_sql)
    conn.execute(f"INSERT INTO {table}_new SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
    for index in indexes:
        conn.execute(index)


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]
