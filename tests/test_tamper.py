"""The tamper suite of issue 13: every way of rewriting a project behind the
history's back that an attacker with `sqlite3` tried is detected by `verify`
and refused by `merge`, and a refused merge leaves the target unchanged byte
for byte.

Each tamper works on a copy of one project built through the core (two
annotators, suggestions accepted and rejected, statuses, a role, a changed
label schema), with raw SQLite as an attacker would, guard triggers dropped
where they are in the way and the hash chain recomputed where the attack
needs it (the hash is public: SHA-256 over documented fields)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from models import Label, Project, Suggestion
from models.store.history import GENESIS, HASHED_FIELDS, dumps, event_hash
from models.store.triggers import GUARDS as TRIGGERS
from tests.attacker import GUARDS
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    """The project every tamper starts from, closed."""
    corpus_dir = shared_path("corpus")
    path = tmp_path_factory.mktemp("tamper") / "b.biaozhu"
    with Project.create(path, annotator="alice") as p:
        for f in sorted(corpus_dir.glob("*.txt"))[:3]:
            doc, _ = p.add_document(f.read_text(encoding="utf-8"))
            text = p.document_text(doc)
            found = [i for i, ch in enumerate(text) if ch == "%"][:6]
            p.store_suggestions(
                doc,
                [
                    Suggestion(i - 3, i + 1, "METRIC", text[i - 3 : i + 1], 0.9, "rules", "1")
                    for i in found
                    if i >= 3 and not any(c.isspace() for c in text[i - 3 : i + 1])
                ],
            )
            pending = p.suggestions(doc, "alice", status="pending")
            p.accept_suggestion(pending[0].id, annotator="alice")
            p.reject_suggestion(pending[1].id, annotator="alice")
            start = next(i for i in range(len(text)) if text[i : i + 3].isalnum())
            p.add_span(doc, start, start + 2, "COMPANY", annotator="bob", attrs={"note": "x"})
            p.set_status(doc, "done", annotator="alice")
            p.set_status(doc, "in_progress", annotator="bob")
        p.set_role("bob", "reviewer")
        p.add_label(Label("PERSON", "#aabbcc", "", "a person"))
        last_doc = p.document_ids()[-1]
        text = p.document_text(last_doc)
        start = next(i for i in range(len(text) - 10) if text[i : i + 4].isalnum() and i > 20)
        p.add_span(last_doc, start, start + 3, "POLICY", annotator="alice")  # the last event
        assert p.verify().ok
    return path


@pytest.fixture
def target(tmp_path, corpus_dir) -> Path:
    """Another laptop's project, into which the tampered file is merged."""
    path = tmp_path / "a.biaozhu"
    with Project.create(path, annotator="lead") as p:
        p.add_document(sorted(corpus_dir.glob("*.txt"))[-1].read_text(encoding="utf-8"))
    return path


def tampered(original: Path, tmp_path: Path, attack: Callable[[sqlite3.Connection], None]) -> Path:
    path = tmp_path / "b-tampered.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        attack(conn)
    finally:
        conn.close()
    return path


def rechain(conn: sqlite3.Connection) -> None:
    """Recompute every event's prev_hash and hash in order, as an attacker
    would after editing or inserting an event."""
    conn.executescript(GUARDS)
    prev = GENESIS
    rows = conn.execute(
        "SELECT id, " + ", ".join(HASHED_FIELDS) + " FROM events ORDER BY id"
    ).fetchall()
    conn.execute("UPDATE events SET hash = 'tmp' || id")  # hashes are UNIQUE
    for eid, *values in rows:
        digest = event_hash(prev, dict(zip(HASHED_FIELDS, values, strict=True)))
        conn.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, eid))
        prev = digest


def forge(conn: sqlite3.Connection, action: str, doc: str | None, target, after) -> None:
    """Append a correctly chained event."""
    (prev,) = conn.execute("SELECT hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    row = {
        "time": "2026-01-01T00:00:00.000000Z",
        "annotator": "mallory",
        "action": action,
        "doc_id": doc,
        "target": None if target is None else str(target),
        "before": None,
        "after": dumps(after),
        "origin": conn.execute("SELECT value FROM meta WHERE key='project_id'").fetchone()[0],
        "origin_hash": None,
    }
    conn.execute(
        "INSERT INTO events (time, annotator, action, doc_id, target, before, after, origin,"
        " origin_hash, prev_hash, hash) VALUES (:time, :annotator, :action, :doc_id, :target,"
        " :before, :after, :origin, :origin_hash, :prev, :hash)",
        row | {"prev": prev, "hash": event_hash(prev, row)},
    )


def one(conn: sqlite3.Connection, sql: str, *params):
    return conn.execute(sql, params).fetchone()


# -- the attacks: (name, attack, what verify must name) ----------------------------------


def delete_last_events(n: int):
    def attack(conn):
        conn.executescript(GUARDS)
        conn.execute(f"DELETE FROM events WHERE id > (SELECT max(id) - {n} FROM events)")

    return attack


def delete_all_events(conn):
    conn.executescript(GUARDS)
    conn.execute("DELETE FROM events")


def forged_role(conn):
    """A chained event that claims to make mallory a reviewer; the table has no mallory."""
    forge(conn, "annotator.role", None, "mallory", {"role": "reviewer"})


def forged_span(conn):
    doc, text = one(conn, "SELECT id, text FROM documents ORDER BY rowid LIMIT 1")
    record = {
        "id": 9999,
        "annotator": "mallory",
        "start": 0,
        "end": 2,
        "label": "COMPANY",
        "text": text[:2],
        "attrs": {},
        "origin": "manual",
        "suggestion_id": None,
    }
    forge(conn, "span.added", doc, 9999, record)


def recomputed_chain(conn):
    """A middle event edited (alice's accepted span relabelled in the history)
    and every hash after it recomputed."""
    eid, after = one(conn, "SELECT id, after FROM events WHERE action = 'suggestion.accepted'")
    record = json.loads(after)
    record["label"] = "POLICY"
    conn.executescript(GUARDS)
    conn.execute("UPDATE events SET after = ? WHERE id = ?", (dumps(record), eid))
    rechain(conn)


def noop_triggers(conn):
    conn.executescript(
        GUARDS + "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events"
        " BEGIN SELECT 1; END;"
        "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT 1; END;"
    )


def span_deleted(conn):
    conn.execute(
        "DELETE FROM annotations WHERE id = (SELECT max(id) FROM annotations"
        " WHERE annotator = 'alice')"
    )


def span_relabelled(conn):
    conn.execute("UPDATE annotations SET label = 'POLICY' WHERE annotator = 'bob'")


def span_attrs(conn):
    conn.execute("UPDATE annotations SET attrs = '{\"note\":\"y\"}' WHERE annotator = 'bob'")


def span_provenance(conn):
    conn.execute("UPDATE annotations SET origin = 'manual' WHERE origin = 'accepted'")


def span_inserted(conn):
    doc = one(conn, "SELECT id FROM documents ORDER BY rowid LIMIT 1")[0]
    conn.execute(
        "INSERT INTO annotations (doc_id, annotator, start_pos, end_pos, label, text, attrs,"
        " origin, created, updated) SELECT ?, 'alice', 0, 1, 'METRIC', substr(text, 1, 1), '{}',"
        " 'manual', 'x', 'x' FROM documents WHERE id = ?",
        (doc, doc),
    )


def status_changed(conn):
    conn.execute("UPDATE doc_status SET status = 'done' WHERE annotator = 'bob'")


def label_changed(conn):
    conn.execute("UPDATE labels SET colour = '#000000' WHERE name = 'METRIC'")


def role_changed(conn):
    conn.execute("UPDATE annotators SET role = 'reviewer' WHERE name = 'alice'")


def annotator_inserted(conn):
    conn.execute("INSERT INTO annotators (name, role, created) VALUES ('carol', 'reviewer', 'x')")


def decision_changed(conn):
    conn.execute("UPDATE decisions SET decision = 'accepted' WHERE decision = 'rejected'")


def decision_deleted(conn):
    conn.execute("DELETE FROM decisions WHERE decision = 'rejected'")


def text_changed(conn):
    conn.execute("UPDATE documents SET text = replace(text, '亿元', '万元')")


def text_and_hash_changed(conn):
    """The text changed and its hash recomputed: the import event still names the old one."""
    doc, text = one(conn, "SELECT id, text FROM documents ORDER BY rowid LIMIT 1")
    new = text.replace("亿元", "万元")
    digest = hashlib.sha256(new.encode()).hexdigest()
    conn.execute("UPDATE documents SET text = ?, hash = ? WHERE id = ?", (new, digest, doc))


def metadata_changed(conn):
    """What a document says of itself (its file, its address): exports carry it."""
    conn.execute("""UPDATE documents SET meta = '{"url": "https://elsewhere.example"}'""")


def original_changed(conn):
    """The text as it was before cleaning, and the map from the clean text into
    it: exports give each span's offsets in the original through it."""
    doc, chars = one(conn, "SELECT id, chars FROM documents ORDER BY rowid LIMIT 1")
    conn.execute(
        "UPDATE documents SET original = text, offset_map = ? WHERE id = ?",
        (json.dumps([i + 1 for i in range(chars)]), doc),
    )


def suggestion_orphaned(conn):
    """A malformed row: a suggestion of a document that does not exist."""
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO suggestions (doc_id, start_pos, end_pos, label, text, score, source,"
        " version, created) VALUES ('nowhere', 0, 2, 'METRIC', 'xx', 0.5, 'r', '1', 'x')"
    )


def decided_suggestion_rescored(conn):
    """The score and source an accepted suggestion was shown with, as the span
    panel and the history's source column read them from its row."""
    conn.execute(
        "UPDATE suggestions SET score = 0.12, source = 'lexicon' WHERE id IN"
        " (SELECT suggestion_id FROM decisions WHERE decision = 'accepted')"
    )


def rejected_suggestion_moved(conn):
    """A rejected suggestion made to look like another span (what the source's
    record of rejections is learnt from)."""
    conn.execute(
        "UPDATE suggestions SET label = 'POLICY' WHERE id IN"
        " (SELECT suggestion_id FROM decisions WHERE decision = 'rejected')"
    )


def middle_event_deleted_and_rechained(conn):
    """An event that changed nothing the tables hold (a run of the suggesters)
    taken out of the middle and the chain recomputed: consistent, but the
    events' numbers now skip it (nothing ever deletes an event)."""
    conn.executescript(GUARDS)
    conn.execute(
        "DELETE FROM events WHERE id = (SELECT min(id) FROM events"
        " WHERE action = 'suggestions.computed')"
    )
    rechain(conn)
    conn.executescript(";".join(TRIGGERS.values()))


ATTACKS = [
    ("tail deletion of one event", delete_last_events(1), "annotations row"),
    ("tail deletion of 20 events", delete_last_events(20), "no event wrote it"),
    ("all events deleted", delete_all_events, "no event wrote it"),
    ("forged append: a role", forged_role, "annotators row mallory is missing"),
    ("forged append: a span", forged_span, "annotations row 9999 (mallory"),
    ("recomputed chain", recomputed_chain, "label 'METRIC' in the table, 'POLICY'"),
    (
        "middle event deleted, chain recomputed",
        middle_event_deleted_and_rechained,
        "was deleted and the chain recomputed",
    ),
    ("no-op triggers under the guards' names", noop_triggers, "guard"),
    ("annotations row deleted", span_deleted, "annotations row"),
    ("annotations row relabelled", span_relabelled, "label 'POLICY' in the table"),
    ("span attributes edited", span_attrs, "attrs"),
    ("span provenance edited", span_provenance, "origin 'manual' in the table"),
    ("annotations row inserted", span_inserted, "is in the table but no event wrote it"),
    ("document status", status_changed, "doc_status row"),
    ("label", label_changed, "labels differ"),
    ("role", role_changed, "annotators row alice"),
    ("annotator inserted", annotator_inserted, "annotators row carol"),
    ("decision changed", decision_changed, "decisions row"),
    ("decision deleted", decision_deleted, "decisions row"),
    ("document text", text_changed, "content hash"),
    ("document text and hash", text_and_hash_changed, "documents row"),
    ("document metadata", metadata_changed, "documents row"),
    ("document original and offset map", original_changed, "documents row"),
    ("malformed row", suggestion_orphaned, "foreign key"),
    ("accepted suggestion rescored", decided_suggestion_rescored, "score 0.12 in the table"),
    ("rejected suggestion moved", rejected_suggestion_moved, "label 'POLICY' in the table"),
]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("attack,named", [a[1:] for a in ATTACKS], ids=[a[0] for a in ATTACKS])
def test_verify_detects_and_merge_refuses(original, target, tmp_path, capsys, attack, named):
    path = tampered(original, tmp_path, attack)
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ")
    assert named in err, err

    before = sha256_of(target)
    assert main(["merge", str(target), str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and len(err.splitlines()) == 1, err
    assert "merge refused" in err
    assert sha256_of(target) == before
    assert sorted(p.name for p in target.parent.iterdir() if p.name.startswith("a.")) == [
        "a.biaozhu"
    ]


def test_the_untampered_file_verifies_and_merges(original, target, tmp_path, capsys):
    path = tampered(original, tmp_path, lambda conn: None)
    assert main(["verify", str(path)]) == 0
    assert capsys.readouterr().out.startswith("ok: ")
    assert main(["merge", str(target), str(path)]) == 0
    assert main(["verify", str(target)]) == 0


def test_renamed_guards_that_do_the_same_still_verify(original, tmp_path, capsys):
    """Triggers are checked by what they do, not by their names."""

    def rename(conn):
        conn.executescript(
            GUARDS + "CREATE TRIGGER guard_u BEFORE UPDATE ON events"
            " BEGIN SELECT RAISE(ABORT, 'the history is append-only: events cannot be changed');"
            " END; CREATE TRIGGER guard_d BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT,"
            " 'the history is append-only: events cannot be deleted'); END;"
        )

    assert main(["verify", str(tampered(original, tmp_path, rename))]) == 0


def test_an_extra_trigger_that_rewrites_state_is_named(original, tmp_path, capsys):
    def sneaky(conn):
        conn.execute(
            "CREATE TRIGGER quiet AFTER INSERT ON annotations"
            " BEGIN UPDATE annotations SET label = 'POLICY' WHERE id = new.id; END"
        )

    assert main(["verify", str(tampered(original, tmp_path, sneaky))]) == 1
    assert "trigger quiet on annotations" in capsys.readouterr().err


def rewrite_consistently(conn):
    """The strongest attack short of rewriting every copy of the head: a middle
    event and the state it made both changed, the last span deleted with its
    event, the chain recomputed and the guards put back. The file is
    consistent with itself; only a head written down earlier tells."""
    recomputed_chain(conn)
    (after,) = one(conn, "SELECT after FROM events WHERE action = 'suggestion.accepted'")
    conn.execute("UPDATE annotations SET label = 'POLICY' WHERE id = ?", (json.loads(after)["id"],))
    delete_last_consistently(conn)


def delete_last_consistently(conn):
    """The last span and its event deleted together, the guards put back."""
    conn.executescript(GUARDS)
    conn.execute("DELETE FROM annotations WHERE id = (SELECT max(id) FROM annotations)")
    conn.execute("DELETE FROM events WHERE id = (SELECT max(id) FROM events)")
    conn.executescript(";".join(TRIGGERS.values()))


def test_a_consistent_rewrite_is_caught_against_a_head_written_down(original, tmp_path, capsys):
    with Project.open(original, readonly=True) as p:
        head = p.chain_head()
    path = tampered(original, tmp_path, rewrite_consistently)
    assert main(["verify", str(path)]) == 0  # consistent with itself: said plainly in the README
    capsys.readouterr()
    for written in (f"{head.count}:{head.hash}", head.hash[:16]):
        assert main(["verify", str(path), "--expect-head", written]) == 1
        assert "is not in this history" in capsys.readouterr().err
    assert main(["verify", str(original), "--expect-head", head.hash[:16]]) == 0


def test_a_consistent_rewrite_is_refused_by_a_merge_that_recorded_the_head(
    original, target, tmp_path, capsys
):
    """A merge records the incoming head; merging the same project again after
    it was rewritten (or cut short) is refused, the target unchanged."""
    assert main(["merge", str(target), str(original)]) == 0
    capsys.readouterr()
    before = sha256_of(target)
    for attack in (rewrite_consistently, delete_last_consistently):
        path = tampered(original, tmp_path, attack)
        assert main(["verify", str(path)]) == 0
        assert main(["merge", str(target), str(path)]) == 1
        err = capsys.readouterr().err
        assert "no longer holds the head merged here" in err, err
        assert sha256_of(target) == before


@pytest.fixture(scope="module")
def with_conflict(tmp_path_factory) -> Path:
    """A project holding a merge conflict for a reviewer (closed)."""
    folder = tmp_path_factory.mktemp("conflict")
    text = "比亚迪抚州基地投产,全年营收932.4亿元,同比增长13.7%。"
    a = folder / "a.biaozhu"
    with Project.create(a, annotator="alice") as p:
        doc, _ = p.add_document(text)
        p.add_span(doc, 0, 3, "COMPANY")
    b = folder / "b.biaozhu"
    shutil.copy(a, b)
    with Project.open(b, annotator="alice") as p:
        p.add_span(doc, text.index("932.4"), text.index("932.4") + 7, "METRIC")
    with Project.open(a, annotator="alice") as p:
        p.add_span(doc, text.index("13.7%"), text.index("13.7%") + 5, "METRIC")
        from models.review.merge import merge_project

        assert merge_project(p, b).conflicts
        assert p.verify().ok
    return a


CONFLICT_ATTACKS = [
    (
        "conflict spans malformed",
        'UPDATE merge_conflicts SET spans = \'[{"end": 3, "label": "COMPANY"}]\'',
        "merge_conflicts row 1: its spans are malformed",
    ),
    ("conflict resolved", "UPDATE merge_conflicts SET resolved = 1", "resolved"),
    (
        # what a reviewer's "keep theirs" takes into the layer, edited first
        "conflict spans relabelled",
        "UPDATE merge_conflicts SET spans = replace(spans, '\"METRIC\"', '\"POLICY\"')",
        "merge_conflicts row 1 differs from event",
    ),
    (
        "conflict spans moved",
        "UPDATE merge_conflicts SET spans = replace(spans, '\"end\": 21', '\"end\": 20')",
        "merge_conflicts row 1 differs from event",
    ),
    ("conflict deleted", "DELETE FROM merge_conflicts", "merge_conflicts row 1 is missing"),
    ("metadata malformed", "UPDATE documents SET meta = '{oops'", "its meta is not valid JSON"),
]


@pytest.mark.parametrize(
    "sql,named", [a[1:] for a in CONFLICT_ATTACKS], ids=[a[0] for a in CONFLICT_ATTACKS]
)
def test_malformed_and_edited_rows_a_merge_would_read(
    with_conflict, target, tmp_path, capsys, sql, named
):
    path = tampered(with_conflict, tmp_path, lambda conn: conn.execute(sql))
    assert main(["verify", str(path)]) == 1
    assert named in capsys.readouterr().err
    before = sha256_of(target)
    assert main(["merge", str(target), str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and "merge refused" in err
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert sha256_of(target) == before
