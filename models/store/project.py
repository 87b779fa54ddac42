"""The project façade: one SQLite file, opened through the process's connection registry.

The GUI, the CLI and every importer or exporter go through this object;
it owns the database and every invariant (span offsets, labels, overlap,
history). Mutations write their history event in the same transaction."""

from __future__ import annotations

import errno
import re
import sqlite3
import unicodedata
import uuid
from collections import OrderedDict
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any

from models.domain import ROLES, STATUSES, Label
from models.errors import (
    BiaozhuError,
    IntegrityError,
    InvalidInput,
    Message,
    NotAProject,
    ProjectClosed,
    ProjectTooNew,
    WriteRefused,
    quoted_text,
)
from models.names import check_label_name
from models.paths import resource
from models.store import history, undo
from models.store.backup import list_backups
from models.store.backup_copy import copy_database
from models.store.connection import (
    SCHEMA_VERSION,
    SQLITE_FULL,
    SQLITE_IOERR,
    Transactions,
    applied_migrations,
    check_name_room,
    migrate,
    read_snapshot,
    refuse_link_to_no_folder,
)
from models.store.counters import refuse_lowered_counter
from models.store.documents import DocumentsMixin
from models.store.registry import REGISTRY, Handle
from models.store.replay import GUARDED_SETTINGS, counter_problem
from models.store.spans import SpansMixin
from models.store.suggestions import PENDING_SQL, SuggestionsMixin
from models.store.triggers import refuse_foreign_triggers
from models.store.verify import VerifyReport, verify_project
from models.system_errors import sqlite_reason
from models.who import NAME_MAX, check_annotator_name, current_annotator, stored_form


def default_labels() -> list[Label]:
    return load_labels(resource("labels.json"))


LABEL_SCHEMA_SHAPE = (
    '{"labels": [{"name": "ORG", "colour": "#6cc6a0", "hotkey": "4", "description": "…"}, …]}'
    " (colour, hotkey and description optional), as resources/labels.json"
)


def load_labels(path: Path) -> list[Label]:
    """The labels of a schema file (``new --labels``), as resources/labels.json
    writes them; anything else is refused saying what a schema looks like."""
    from models.io.decode import read_file
    from models.io.jsontext import load_json  # bounded: no RecursionError on deep JSON

    path = Path(path)
    if not path.is_file():
        raise InvalidInput("{path}: no such file", path=path)
    try:
        data = load_json(read_file(path), str(path))
    except (OSError, ValueError) as exc:
        raise InvalidInput("{path}: not a label schema ({exc})", path=path, exc=exc) from None
    items = data.get("labels") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InvalidInput(
            '{path}: not a label schema: no "labels" list; write {label_schema_shape}',
            path=path,
            label_schema_shape=LABEL_SCHEMA_SHAPE,
        )
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or "name" not in item:
            raise InvalidInput(
                '{path}: not a label schema: label {n} ({item}) is not an object with a "name"; write {label_schema_shape}',
                path=path,
                n=n,
                item=str(repr(item))[:40],
                label_schema_shape=LABEL_SCHEMA_SHAPE,
            )
    labels = [
        Label(
            str(i["name"]),
            str(i.get("colour", "#cccccc")),
            str(i.get("hotkey", "")),
            str(i.get("description", "")),
        )
        for i in items
    ]
    check_labels(labels)
    return labels


def label_record(label: Label) -> dict[str, str]:
    """What the history keeps of a label: enough to rebuild it exactly."""
    return {
        "name": label.name,
        "colour": label.colour,
        "hotkey": label.hotkey,
        "description": label.description,
    }


def check_labels(labels: list[Label], stored: list[Label] | None = None) -> None:
    """Refuse a schema the window could not use. A label kept exactly as
    ``stored`` holds it is not judged again: a project made before colours
    and hotkeys were checked must still take a new label."""
    kept = {(lab.name, lab.colour, lab.hotkey) for lab in stored or ()}
    names = [lab.name for lab in labels]
    if not labels or any(not n.strip() for n in names):
        raise InvalidInput("a label schema needs at least one named label")
    for name in names:
        check_label_name(name)
    if len(set(names)) != len(names):
        raise InvalidInput("label names must be unique")
    fresh = [lab for lab in labels if (lab.name, lab.colour, lab.hotkey) not in kept]
    _refuse_lookalikes(names, {lab.name for lab in fresh})
    for lab in fresh:
        check_colour(lab)
        if lab.hotkey:
            hotkey_key(lab)
    keys = [_bound_key(lab) for lab in labels if lab.hotkey]
    if len(set(keys)) != len(keys):
        raise InvalidInput("two labels share one hotkey")


def _refuse_lookalikes(names: list[str], fresh: set[str]) -> None:
    """A new label that differs from another only by its Unicode form (É
    composed or decomposed) or by width (ＣＯＭＰＡＮＹ, typed in 全角) would
    split one entity's spans between two labels no one can tell apart. Only
    new names are judged: a project that holds such a pair still works."""
    seen: dict[str, str] = {}
    for name in sorted(names, key=lambda n: n in fresh):
        key = unicodedata.normalize("NFKC", name)
        other = seen.setdefault(key, name)
        if other != name and name in fresh:
            raise InvalidInput(
                "label {name!r} looks like the label {other!r} (the same letters in"
                " another Unicode form or width): use {other!r}",
                name=name,
                other=other,
            )


# What the window can draw and bind: a colour in hex (#rgb or #rrggbb, what its
# colour picker writes), and a hotkey that is one key, a printable character or
# F1–F12, after any of Qt's modifiers (Ctrl+Shift+M).
COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
MODIFIERS = ("ctrl", "alt", "shift", "meta")
FUNCTION_KEY = re.compile(r"[fF](?:[1-9]|1[0-2])")


def check_colour(label: Label) -> None:
    if not COLOUR.fullmatch(label.colour):
        raise InvalidInput(
            "label {label_name}: colour {label_colour!r} is not #rgb or #rrggbb",
            label_name=label.name,
            label_colour=label.colour,
        )


def hotkey_key(label: Label) -> str:
    """The hotkey as the window binds it (modifiers in one order, the key in
    upper case: c and C are one key), or InvalidInput if it names no key."""
    *mods, key = label.hotkey.split("+") if label.hotkey != "+" else ["+"]
    mods = [m.lower() for m in mods]
    one_char = len(key) == 1 and key.isprintable() and not key.isspace()
    if (
        not (one_char or FUNCTION_KEY.fullmatch(key))
        or any(m not in MODIFIERS for m in mods)
        or len(set(mods)) != len(mods)
    ):
        raise InvalidInput(
            "label {label_name}: hotkey {label_hotkey!r} is not one key (a character or F1–F12, after any of Ctrl+, Alt+, Shift+, Meta+)",
            label_name=label.name,
            label_hotkey=label.hotkey,
        )
    return "+".join(sorted(mods) + [key.upper()])


def _bound_key(label: Label) -> str:
    """The key the window binds, or, for a hotkey an older version let in
    and that names no key, the hotkey as written."""
    try:
        return hotkey_key(label)
    except InvalidInput:
        return label.hotkey.upper()


# (document, annotator, span text, start, end, text, start, end of the one it overlaps)
Overlap = tuple[str, str, str, int, int, str, int, int]
OVERLAPS_NAMED = 3


def overlapping_spans(conn: sqlite3.Connection) -> list[Overlap]:
    """Each gold span that overlaps an earlier one of the same annotator in
    its document (one sweep in text order, so a span is counted once)."""
    rows = conn.execute(
        "SELECT doc_id, annotator, start_pos, end_pos, text FROM annotations"
        " ORDER BY doc_id, annotator, start_pos, end_pos, id"
    )
    found: list[Overlap] = []
    layer = widest = None
    for doc_id, who, start, end, text in rows:
        if (doc_id, who) != layer:
            layer, widest = (doc_id, who), None
        if widest is not None and start < widest[1]:
            found.append((doc_id, who, text, start, end, widest[2], widest[0], widest[1]))
        if widest is None or end > widest[1]:
            widest = (start, end, text)
    return found


def _overlaps_refused(found: list[Overlap]) -> InvalidInput:
    docs = {(doc_id, who) for doc_id, who, *_ in found}
    named = "; ".join(
        f"{doc_id} ({who}): {quoted_text(text)} [{start}:{end}] overlaps {quoted_text(other)}"
        f" [{o_start}:{o_end}]"
        for doc_id, who, text, start, end, other, o_start, o_end in found[:OVERLAPS_NAMED]
    )
    more = len(found) - OVERLAPS_NAMED
    return InvalidInput(
        "overlapping spans stay allowed: {count} {count:span overlaps|spans overlap} another of the same annotator"
        " in {documents} {documents:document|documents}: {named}{more}; remove or resize them first",
        count=len(found),
        documents=len({d for d, _ in docs}),
        named=named,
        more=Message("; and {more} more", more=more) if more > 0 else "",
    )


# An undo (or redo) taking back at most this many events is checked and
# written in one transaction (``Project.undo_step``); a larger one keeps the
# short transactions of its bulk write.
ATOMIC_UNDO_EVENTS = 64


class Project(DocumentsMixin, SpansMixin, SuggestionsMixin):
    """An open project file. Use ``Project.create`` or ``Project.open``, and
    ``close()`` it (or use it as a context manager) on the thread that opened it."""

    def __init__(self, path: Path, handle: Handle, annotator: str):
        self.path = Path(path)
        self._handle: Handle | None = handle
        self.annotator = annotator
        self._texts: OrderedDict[str, str] = OrderedDict()  # document_text's
        # the connection's data_version and meta's restore mark they were read at
        self._texts_version: int | None = None
        self._texts_restore: str | None = None
        self._labels: list[Label] | None = None
        handle.listen(self._forget_cached_state)

    @property
    def conn(self) -> sqlite3.Connection:
        return self._live_handle().conn

    @property
    def events(self) -> history.EventWriter:
        return self._live_handle().events

    @property
    def transaction(self) -> Transactions:
        """``with project.transaction():`` — every write and its events, all or nothing."""
        return self._live_handle().transaction

    @property
    def readonly(self) -> bool:
        return self._live_handle().readonly

    def _live_handle(self) -> Handle:
        if self._handle is None:
            raise ProjectClosed("{path} was closed", path=self.path)
        return self._handle

    @property
    def db(self):
        """The sqlite-utils Database over this project's connection (loaded on first use)."""
        from sqlite_utils import Database

        return Database(self.conn)

    def _forget_cached_state(self) -> None:
        self._labels = None

    # -- opening -------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        labels: list[Label] | None = None,
        annotator: str | None = None,
        allow_overlap: bool = False,
        _stop_before: str | None = None,
    ) -> Project:
        """A new project file at ``path`` (refused if a file is there) with these
        labels (default: METRIC, COMPANY, POLICY), its creation the first event.
        ``allow_overlap`` lets spans overlap (the first event records it,
        ``set_allow_overlap`` changes it with an event of its own, and
        ``verify`` checks it)."""
        path = Path(path)
        check_name_room(path, new=True)
        refuse_link_to_no_folder(path)
        if path.is_dir():
            raise InvalidInput(
                "{path} is a folder; name the new project file in it, e.g. {example}",
                path=path,
                example=path / "work.biaozhu",
            )
        if path.exists() and path.stat().st_size > 0:
            refusal = cls._taken(path)
            if refusal is not None:
                raise refusal
            _remove_unmade(path, was_there=False)  # a making cut short: it holds nothing
        labels = labels or default_labels()
        check_labels(labels)
        who = current_annotator(annotator)
        was_there = path.exists()  # an empty file, which create may fill
        try:
            handle = REGISTRY.acquire(path, create=True)
            try:
                migrate(handle.conn, stop_before=_stop_before)
                project = cls(path, handle, who)
            except BaseException:
                REGISTRY.release(handle)
                raise
            try:
                project._first_write(labels, who, {"allow_overlap": "1" if allow_overlap else "0"})
            except BaseException:
                project.close()
                raise
        except (sqlite3.Error, OSError, WriteRefused) as exc:
            if not _refused_by_the_disk(exc):
                raise
            _remove_unmade(path, was_there)
            if isinstance(exc, WriteRefused):
                raise
            raise WriteRefused(
                "{path}: the project was not made ({reason}); nothing of it is left",
                path=path,
                reason=sqlite_reason(exc) if isinstance(exc, sqlite3.Error) else exc.strerror,
            ) from None
        return project

    @classmethod
    def _taken(cls, path: Path) -> InvalidInput | None:
        """Why ``create`` leaves the file at ``path`` alone: a project is opened,
        anything else is no project (told by SQLite, which reads it). None: a
        project whose making was cut short, which holds nothing, is made again."""
        try:
            cls.open(path, readonly=True).close()
        except NotAProject as exc:
            if exc.template == UNFINISHED:
                return None
            return InvalidInput(
                "{path} is not a Biaozhu project, and new will not overwrite it; "
                "name a new file (e.g. work.biaozhu)",
                path=path,
            )
        except ProjectTooNew:
            return InvalidInput(
                "{path} is a project of a newer Biaozhu; it will not be overwritten", path=path
            )
        except BiaozhuError as exc:
            return InvalidInput(
                "{path} already exists ({exc}); it will not be overwritten", path=path, exc=exc
            )
        return InvalidInput(
            "{path} is a Biaozhu project already; open it instead (biaozhu {path})", path=path
        )

    def _first_write(self, labels: list[Label], who: str, settings: dict[str, str]) -> None:
        """The new file's identity, labels and creator, with its first event."""
        project_id = uuid.uuid4().hex
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("project_id", project_id),
                    ("created", history.utc_now()),
                    ("labels_version", "1"),
                    *settings.items(),
                ],
            )
            self._write_labels(labels)
            self.ensure_annotator(who)
            self.events.append(
                who,
                "project.created",
                None,
                project_id,
                None,
                {
                    "labels": [lab.name for lab in labels],
                    "label_schema": [label_record(lab) for lab in labels],
                    "schema": SCHEMA_VERSION,
                    "settings": settings,
                },
            )

    @classmethod
    def open(
        cls, path: str | Path, *, annotator: str | None = None, readonly: bool = False
    ) -> Project:
        """The project at ``path``, brought to this version's schema. ``readonly``
        opens it for reading only (a read-only file, folder or disk works)."""
        path = Path(path)
        who = current_annotator(annotator)
        handle = REGISTRY.acquire(path, readonly=readonly)
        try:
            if not readonly:
                refuse_foreign_triggers(handle.conn, path)
                refuse_lowered_counter(handle.conn, path, applied_migrations(handle.conn))
                try:
                    migrate(handle.conn)
                except sqlite3.Error as exc:
                    if not _refused_by_the_disk(exc):
                        raise
                    raise WriteRefused(
                        "{path}: the project could not be brought up to this version's"
                        " format ({reason}); nothing was changed (make room on the disk, then"
                        " try again)",
                        path=path,
                        reason=sqlite_reason(exc),
                    ) from None
            if _cut_short(handle.conn):
                raise NotAProject(
                    "{path}: its making was interrupted before it was finished, and it holds"
                    " nothing; make it again (biaozhu new {path} replaces it)",
                    path=path,
                )
            # the name as this project stores it (ａｌｉｃｅ for alice)
            who = current_annotator(annotator, stored=_annotator_names(handle.conn))
            return cls(path, handle, who)
        except BaseException:
            REGISTRY.release(handle)
            raise

    def close(self) -> None:
        """Let go of the connection (the process's last user of it closes it)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.unlisten(self._forget_cached_state)
            REGISTRY.release(handle)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def backup_to(self, dest: str | Path) -> history.ChainHead:
        """Copy this project, as it stands now, into a new file ``dest``, through
        this connection (SQLite's online backup): the live file is never opened a
        second time. Returns the chain head of the copy."""
        return copy_database(self.conn, Path(dest))

    # -- meta ----------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """A value no event guards: a cache or a counter. A setting that changes
        what the store accepts has a verb of its own that writes its event
        (``set_allow_overlap``)."""
        if key in GUARDED_SETTINGS:
            raise InvalidInput(
                "{key} is a setting whose changes the history records: set it at creation"
                " (Project.create({key}=...)) or with its own verb (Project.set_{key},"
                " biaozhu settings)",
                key=key,
            )
        with self.transaction():
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def project_id(self) -> str:
        return self.meta("project_id", "unknown")

    @property
    def schema_version(self) -> int:
        return len(applied_migrations(self.conn))

    @property
    def allow_overlap(self) -> bool:
        return self.meta("allow_overlap", "0") == "1"

    def set_allow_overlap(self, allowed: bool) -> bool:
        """Let spans overlap, or no longer: a ``settings.changed`` event in the
        same transaction (``verify`` replays it). Turning it off is refused
        while any annotator's spans overlap, naming how many and where.
        Returns whether the setting changed."""
        value = "1" if allowed else "0"
        with self.transaction():
            before = self.meta("allow_overlap", GUARDED_SETTINGS["allow_overlap"])
            if before == value:
                return False
            if not allowed:
                found = overlapping_spans(self.conn)
                if found:
                    raise _overlaps_refused(found)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('allow_overlap', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (value,),
            )
            self.events.append(
                self.annotator,
                "settings.changed",
                None,
                "allow_overlap",
                {"allow_overlap": before},
                {"allow_overlap": value},
            )
        return True

    # -- labels --------------------------------------------------------------------

    def labels(self) -> list[Label]:
        if self._labels is None:
            self._labels = [
                Label(*r)
                for r in self.conn.execute(
                    "SELECT name, colour, hotkey, description FROM labels ORDER BY position"
                )
            ]
        return list(self._labels)

    def label_names(self) -> list[str]:
        return [lab.name for lab in self.labels()]

    def _write_labels(self, labels: list[Label]) -> None:
        keep = [lab.name for lab in labels]
        marks = ",".join("?" * len(keep))
        self.conn.execute(f"DELETE FROM labels WHERE name NOT IN ({marks})", keep)
        for pos, lab in enumerate(labels):
            self.conn.execute(
                "INSERT INTO labels (name, colour, hotkey, description, position)"
                " VALUES (?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET colour=excluded.colour,"
                " hotkey=excluded.hotkey, description=excluded.description,"
                " position=excluded.position",
                (lab.name, lab.colour, lab.hotkey, lab.description, pos),
            )
        self._labels = None

    def set_labels(self, labels: list[Label]) -> None:
        """Change the label schema. A label still used by a span cannot go."""
        # the labels as the file holds them, read under the write lock (a
        # transaction begun forgets the copy this Project kept): what the
        # event records as before, which verify holds to the history
        with self.transaction():
            check_labels(labels, stored=self.labels())
            before = [label_record(lab) for lab in self.labels()]
            gone = set(self.label_names()) - {lab.name for lab in labels}
            for name in gone:
                used = self.conn.execute(
                    "SELECT (SELECT count(*) FROM annotations WHERE label = ?)"
                    " + (SELECT count(*) FROM suggestions WHERE label = ?)",
                    (name, name),
                ).fetchone()[0]
                if used:
                    raise InvalidInput(
                        "label {name} is used by {used} {used:span|spans} and cannot be removed",
                        name=name,
                        used=used,
                    )
                # a reviewer must still be able to keep the incoming spans
                held = self.conn.execute(
                    "SELECT count(*) FROM merge_conflicts c, json_each(c.spans) s"
                    " WHERE c.resolved = 0 AND json_extract(s.value, '$.label') = ?",
                    (name,),
                ).fetchone()[0]
                if held:
                    raise InvalidInput(
                        "label {name} is used by {held} incoming {held:span|spans} of open merge"
                        " conflicts and cannot be removed until they are resolved",
                        name=name,
                        held=held,
                    )
            counted = self.meta("labels_version")
            problem = counter_problem("labels_version", counted)
            if problem is not None:
                raise IntegrityError("{problem}; the labels were not changed", problem=problem)
            self._write_labels(labels)
            self.set_meta("labels_version", str(int(counted or "1") + 1))
            self.events.append(
                self.annotator,
                "labels.changed",
                None,
                None,
                before,
                [label_record(lab) for lab in labels],
            )

    def add_label(self, label: Label) -> None:
        # under the write lock, the labels read afresh: a label another
        # process added since this Project read them is kept, not dropped
        with self.transaction():
            if label.name in self.label_names():
                return
            taken = {_bound_key(lab) for lab in self.labels() if lab.hotkey}
            if label.hotkey and _bound_key(label) in taken:
                label = Label(label.name, label.colour, "", label.description)
            self.set_labels(self.labels() + [label])

    # -- annotators ------------------------------------------------------------------

    def ensure_annotator(self, name: str, role: str = "annotator") -> None:
        """Add ``name`` (with ``role``) unless the project knows them already."""
        check_annotator_name(name)
        if role not in ROLES:
            raise InvalidInput("unknown role {role!r}", role=role)
        if self.conn.execute("SELECT 1 FROM annotators WHERE name = ?", (name,)).fetchone():
            return
        with self.transaction():
            # again under the write lock: another process may have added them
            # while this one waited for it (a window opening as bob beside
            # `biaozhu import --annotator bob`)
            if self.conn.execute("SELECT 1 FROM annotators WHERE name = ?", (name,)).fetchone():
                return
            self.conn.execute(
                "INSERT INTO annotators (name, role, created) VALUES (?,?,?)",
                (name, role, history.utc_now()),
            )
            self.events.append(
                self.annotator, "annotator.added", None, name, None, {"name": name, "role": role}
            )

    def stored_annotator(self, name: str) -> str:
        """``name`` (as a person typed it) in the form this project stores it:
        ``ａｌｉｃｅ`` for ``alice`` when that is how it is stored
        (``who.stored_form``); refused in words when two stored forms match."""
        return stored_form(name, _annotator_names(self.conn))

    def annotators(self) -> list[dict[str, str]]:
        return [
            {"name": n, "role": r}
            for n, r in self.conn.execute("SELECT name, role FROM annotators ORDER BY created")
        ]

    def role(self, name: str) -> str:
        row = self.conn.execute("SELECT role FROM annotators WHERE name = ?", (name,)).fetchone()
        return row[0] if row else "annotator"

    def set_role(self, name: str, role: str) -> None:
        if role not in ROLES:
            raise InvalidInput("unknown role {role!r}; use annotator or reviewer", role=role)
        with self.transaction():
            self.ensure_annotator(name)
            before = self.role(name)
            if before == role:
                return
            self.conn.execute("UPDATE annotators SET role = ? WHERE name = ?", (role, name))
            self.events.append(
                self.annotator, "annotator.role", None, name, {"role": before}, {"role": role}
            )

    # -- document status -----------------------------------------------------------

    def status(self, doc_id: str, annotator: str | None = None) -> str:
        row = self.conn.execute(
            "SELECT status FROM doc_status WHERE doc_id = ? AND annotator = ?",
            (doc_id, annotator or self.annotator),
        ).fetchone()
        return row[0] if row else "todo"

    def set_status(self, doc_id: str, status: str, *, annotator: str | None = None) -> None:
        if status not in STATUSES:
            raise InvalidInput(
                "unknown status {status!r}; use {statuses}",
                status=status,
                statuses=", ".join(STATUSES),
            )
        who = annotator or self.annotator
        self.document_text(doc_id)  # raises NotFound
        with self.transaction():
            self.ensure_annotator(who)
            before = self.status(doc_id, who)
            if before == status:
                return
            self.conn.execute(
                "INSERT INTO doc_status (doc_id, annotator, status, updated) VALUES (?,?,?,?)"
                " ON CONFLICT(doc_id, annotator) DO UPDATE SET status = excluded.status,"
                " updated = excluded.updated",
                (doc_id, who, status, history.utc_now()),
            )
            self.events.append(
                who, "doc.status", doc_id, None, {"status": before}, {"status": status}
            )

    # -- the gold -----------------------------------------------------------------

    def gold_layers(self) -> list[tuple[str, str]]:
        """(document, annotator) pairs whose spans are the project's gold.

        A document is gold when a reviewer adjudicated it (their layer wins) or
        when an annotator marked it done (the earliest to do so). Earliest by
        the history's order (the ``doc.status`` event that set the status
        held), not by the status row's time: a clock set back between two
        curators' Ctrl+D made the later one look the earlier."""
        done: dict[str, list[tuple[str, bool]]] = {}
        for doc_id, who, reviewer in self.conn.execute(
            "SELECT ds.doc_id, ds.annotator, coalesce(a.role = 'reviewer', 0) FROM doc_status ds"
            " LEFT JOIN annotators a ON a.name = ds.annotator WHERE ds.status = 'done'"
        ):
            done.setdefault(doc_id, []).append((who, bool(reviewer)))
        out = []
        for (doc_id,) in self.conn.execute("SELECT id FROM documents ORDER BY rowid"):
            found = done.get(doc_id)
            if not found:
                continue
            names = [who for who, reviewer in found if reviewer] or [who for who, _ in found]
            if len(names) > 1:
                names.sort(key=lambda who, doc_id=doc_id: self._status_set_at(doc_id, who))
            out.append((doc_id, names[0]))
        return out

    def _status_set_at(self, doc_id: str, who: str) -> tuple[int, str]:
        """Where in the history the status ``who`` has in the document was
        set: the id of this file's last ``doc.status`` event of theirs there,
        read from the end of the document's events (a Ctrl+D is mostly among
        the last); then the name."""
        row = self.conn.execute(
            "SELECT id FROM events WHERE doc_id = ? AND annotator = ?"
            " AND action = 'doc.status' AND origin_hash IS NULL ORDER BY id DESC LIMIT 1",
            (doc_id, who),
        ).fetchone()
        return (row[0] if row else 1 << 62, who)

    # -- history -------------------------------------------------------------------

    def history(self, **filters: Any) -> list[history.Event]:
        return history.query_events(self.conn, **filters)

    def refuse_grown_history(self) -> None:
        """IntegrityError naming an event whose payload someone grew past
        anything Biaozhu writes (``sqlite3``: a gigabyte), before a reader
        of the whole history holds it as JSON."""
        with read_snapshot(self.conn):
            history.grown_payload_events(self.conn)

    @contextmanager
    def undo_step(
        self,
        into: undo.UndoStep,
        *,
        undoing: Sequence[undo.UndoStep] = (),
        redoing: Sequence[undo.UndoStep] = (),
        annotator: str | None = None,
        own: Collection[int] | Mapping[int, str] | None = None,
    ) -> Iterator[None]:
        """Write one step of an undoable edit (the window's ``with`` around a
        write): once it is written, ``into`` holds the events the annotator's
        write made. Undoing earlier steps (``undoing``), each event written
        names those of their events it takes back (``undo_of`` in its after);
        redoing (``redoing``: the steps of the undo), likewise ``redo_of``.
        With ``own`` (the ids of the events the writing window made), an undo
        or redo of steps another program or window changed since is refused
        (``ChangedMeanwhile``) under the write lock, before anything is
        written: it would write over that change. See ``models.store.undo``."""
        who = annotator or self.annotator
        taken_back = undoing or redoing
        with ExitStack() as guard:
            if own is not None and taken_back:
                # a key's undo is checked and written under one write lock; the
                # undo of a bulk step (Shift+A's hundreds of decisions) writes
                # in short transactions of its own, checked just before them
                small = sum(len(step.events) for step in taken_back) <= ATOMIC_UNDO_EVENTS
                with ExitStack() as check:
                    check.enter_context(self.transaction())
                    if undo.changed_meanwhile(self.conn, taken_back, own):
                        raise undo.ChangedMeanwhile(
                            "another program or window changed what this undo takes back meanwhile"
                        )
                    if small:  # the write goes on under this lock
                        guard.enter_context(check.pop_all())
            (first,) = self.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
            writer = self.events
            if undoing:
                writer.marker = undo.Marker(undo.UNDO_OF, undoing)
            elif redoing:
                writer.marker = undo.Marker(undo.REDO_OF, redoing)
            try:
                yield
            finally:
                writer.marker = None
            into.events = undo.step_events(self.conn, first, who)
            into.removed = undo.step_removed(self.conn, first, who)

    def suggestion_event_ids(self, doc_id: str, sugg_id: int) -> list[int]:
        """The ids of this file's events about one suggestion of a document,
        oldest first: its offer, the decisions on it and their undoing (who
        rejected it, and when, for a reviewer). An offer of Biaozhu before 7
        December 2026 could give the id of an undone offer's suggestion to
        another place (verify names it): the history is the last one's."""
        key = ("suggestion", str(sugg_id))
        out = []
        given = None
        for e in self.history(doc_id=doc_id):
            if e.origin_hash is not None:
                continue  # a merged file's numbers are that file's
            if key in undo.subjects(e.action, e.target, e.before, e.after):
                out.append(e.id)
            elif e.action == "suggestions.offered" and isinstance(e.after, dict):
                places = e.after.get("suggestions")
                at = [p[1:] for p in places or () if isinstance(p, list) and p and p[0] == sugg_id]
                if isinstance(places, list) and at:
                    place = (at[0], e.after.get("label"), e.after.get("text"))
                    if given is not None and place != given:
                        out = []  # the id given again, to another suggestion
                    given = place
                    out.append(e.id)
        return out

    def changed_meanwhile(
        self, steps: Sequence[undo.UndoStep], own: Collection[int] | Mapping[int, str] = ()
    ) -> bool:
        """Whether another program (or window) changed what these steps of an
        undoable edit wrote since: events not among ``own`` about the same
        spans, suggestions or status (``undo.changed_meanwhile``)."""
        with read_snapshot(self.conn):
            return undo.changed_meanwhile(self.conn, steps, own)

    def documents_with_events(self, actions: Sequence[str]) -> set[str]:
        """The documents that have an event of one of ``actions`` (e.g. a
        suggester's run), read without the events' payloads: a payload grown
        or damaged with ``sqlite3`` does not stop, nor weigh on, a reader
        that needs only where the events are."""
        marks = ",".join("?" * len(actions))
        with read_snapshot(self.conn):
            return {
                r[0]
                for r in self.conn.execute(
                    f"SELECT DISTINCT doc_id FROM events WHERE action IN ({marks})"
                    " AND doc_id IS NOT NULL",
                    tuple(actions),
                )
            }

    def history_page(self, **query: Any) -> history.EventPage:
        """A page of the history, in bounded time on any project (see
        ``history.page_events``): what a window scrolling the whole history reads."""
        with read_snapshot(self.conn):
            return history.page_events(self.conn, **query)

    def history_names(self) -> tuple[list[str], list[str]]:
        """The annotators and the actions the history holds events of."""
        with read_snapshot(self.conn):
            return history.event_names(self.conn)

    def verify(self, expected: history.ChainHead | str | None = None) -> VerifyReport:
        """Check the file against itself: integrity, triggers, the chain, and the
        tables against the replay of the history; and the heads written down
        outside it, ``expected`` and those of its backups, against the chain (see
        models/store/verify.py)."""
        return verify_project(self.conn, expected, list_backups(self.path))

    def chain_head(self) -> history.ChainHead:
        """The history's current head (event count and last hash), to be
        recorded outside the file by backups, exports, merges and the window."""
        return history.chain_head(self.conn)

    # -- statistics ----------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts of documents, spans, suggestions and statuses, read in one
        snapshot. ``annotations`` and ``by_label`` count every annotator's
        spans; ``gold`` the gold layers (``gold_layers``: one per finished
        document). ``suggestions_pending`` is for ``annotator`` (who may not be
        in the project), ``pending_by_annotator`` for each annotator who is."""
        with read_snapshot(self.conn):
            return self._stats()

    def _stats(self) -> dict[str, Any]:
        q = self.conn.execute
        by_annotator: dict[str, dict[str, int]] = {}
        for name, count in q("SELECT annotator, count(*) FROM annotations GROUP BY annotator"):
            by_annotator.setdefault(name, {"annotations": 0, "done": 0})["annotations"] = count
        for name, count in q(
            "SELECT annotator, count(*) FROM doc_status WHERE status = 'done' GROUP BY annotator"
        ):
            by_annotator.setdefault(name, {"annotations": 0, "done": 0})["done"] = count
        documents = q("SELECT count(*) FROM documents").fetchone()[0]
        done = q("SELECT count(DISTINCT doc_id) FROM doc_status WHERE status='done'").fetchone()[0]
        begun = q(
            "SELECT count(DISTINCT doc_id) FROM doc_status WHERE status='in_progress'"
            " AND doc_id NOT IN (SELECT doc_id FROM doc_status WHERE status='done')"
        ).fetchone()[0]
        members = [name for (name,) in q("SELECT name FROM annotators ORDER BY created")]

        def pending_for(who: str) -> int:
            return q(
                f"SELECT count(*) FROM suggestions s WHERE {PENDING_SQL}", {"who": who}
            ).fetchone()[0]

        pending_by_annotator = {name: pending_for(name) for name in members}
        pending = pending_by_annotator.get(self.annotator)
        if pending is None:
            pending = pending_for(self.annotator)
        # the gold: one layer per finished (or adjudicated) document
        layers = dict(self.gold_layers())
        gold_labels: dict[str, int] = {}
        for doc_id, annotator, label, count in q(
            "SELECT doc_id, annotator, label, count(*) FROM annotations"
            " GROUP BY doc_id, annotator, label"
        ):
            if layers.get(doc_id) == annotator:
                gold_labels[label] = gold_labels.get(label, 0) + count
        return {
            "project": str(self.path),
            "schema_version": self.schema_version,
            "documents": documents,
            "characters": q("SELECT coalesce(sum(chars), 0) FROM documents").fetchone()[0],
            "annotations": q("SELECT count(*) FROM annotations").fetchone()[0],
            "suggestions": q("SELECT count(*) FROM suggestions WHERE stale = 0").fetchone()[0],
            "suggestions_pending": pending,
            "by_label": dict(
                q(
                    "SELECT label, count(*) FROM annotations GROUP BY label ORDER BY label"
                ).fetchall()
            ),
            "by_annotator": by_annotator,
            "by_status": {"todo": documents - done - begun, "in_progress": begun, "done": done},
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "annotator": self.annotator,
            "annotator_in_project": self.annotator in members,
            "pending_by_annotator": pending_by_annotator,
            "gold": {
                "documents": len(layers),
                "spans": sum(gold_labels.values()),
                "by_label": dict(sorted(gold_labels.items())),
            },
        }


# The words of open's refusal of a file ``_cut_short`` finds (its template:
# written out there too, where the translations are gathered from)
UNFINISHED = (
    "{path}: its making was interrupted before it was finished, and it holds"
    " nothing; make it again (biaozhu new {path} replaces it)"
)


def _cut_short(conn: sqlite3.Connection) -> bool:
    """A file whose making stopped between its schema and its first event
    (``_first_write`` writes the project's id and that event in one
    transaction): no id and no event, so nothing was ever written to it. A
    project whose history was deleted keeps its id, and verify says so."""
    row = conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM events)"
        " AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'project_id')"
    ).fetchone()
    return bool(row[0])


def _refused_by_the_disk(exc: BaseException) -> bool:
    """A full or failing disk refused a write (not a project made meanwhile
    by another process, which a failed create must leave alone)."""
    if isinstance(exc, WriteRefused):
        return True
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return isinstance(code, int) and code & 0xFF in (SQLITE_IOERR, SQLITE_FULL)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO)


def _remove_unmade(path: Path, was_there: bool) -> None:
    """What a create a full disk stopped left at ``path`` (its connection
    closed): an empty file, or an SQLite file without the project's first
    event, which verify failed and the next ``new`` refused to overwrite.
    Removed, never opened; an empty file that was there is left empty."""
    for suffix in ("-wal", "-shm", "-journal", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if was_there:
        with suppress(OSError):  # no room even for a name: it stays removed
            path.touch()


@contextmanager
def opened(path: str | Path, annotator: str | None = None) -> Iterator[Project]:
    project = Project.open(path, annotator=annotator)
    try:
        yield project
    finally:
        project.close()


def _annotator_names(conn: sqlite3.Connection) -> list[str]:
    """The annotators' names as the file stores them (none in a file that
    has no such table yet)."""
    try:
        rowids = [r[0] for r in conn.execute("SELECT rowid FROM annotators NOT INDEXED")]
    except sqlite3.OperationalError:
        return []
    names = []
    for rowid in rowids:
        # a name grown past any the store takes (sqlite3: a gigabyte) is left
        # unread; verify names it (models/store/oversize.py)
        try:
            with conn.blobopen("annotators", "name", rowid, readonly=True) as blob:
                if len(blob) > 4 * NAME_MAX:
                    continue
                names.append(blob.read().decode("utf-8"))
        except (sqlite3.Error, UnicodeDecodeError):
            continue
    return names
