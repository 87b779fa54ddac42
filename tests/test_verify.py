"""verify: the tables are the replay of the history (issue 13.1), the guard
triggers are checked by their SQL (13.3), and a head written down earlier is
checked against the chain (13.2)."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from desktop.cli import main
from models import Label, Project, Suggestion
from models.review.conflicts import conflicts, resolve_conflict
from models.review.merge import merge_project
from models.store.backup import make_backup, restore_backup
from models.store.history import GENESIS, HASHED_FIELDS, dumps, event_hash
from models.store.triggers import EXPECTED, trigger_body, unexpected_triggers

TEXT = "2024年,比亚迪抚州基地实现工业营收932.4亿元,同比增长13.7%,税收18亿元。"


def at(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def suggestion(text: str, surface: str, label: str = "METRIC") -> Suggestion:
    return Suggestion(*at(text, surface), label, surface, 0.8, "rules", "1")


def every_kind_of_change(p: Project) -> str:
    doc, _ = p.add_document(TEXT)
    p.store_suggestions(
        doc,
        [suggestion(TEXT, s) for s in ("932.4亿元", "13.7%", "18亿元")]
        + [suggestion(TEXT, "比亚迪", "COMPANY")],
    )
    by_text = {s.text: s for s in p.suggestions(doc)}
    p.accept_suggestion(by_text["932.4亿元"].id)
    p.accept_suggestion(by_text["比亚迪"].id, "POLICY")  # corrected
    p.reject_suggestion(by_text["13.7%"].id)
    ann = p.accept_suggestion(by_text["18亿元"].id)
    p.remove_span(ann.id)
    p.restore_span(ann)
    p.undo_decision(by_text["18亿元"].id)
    p.undo_decision(by_text["13.7%"].id)
    span = p.add_span(doc, *at(TEXT, "2024"), "METRIC", annotator="bob", attrs={"period": "x"})
    p.resize_span(span.id, *at(TEXT, "2024年"))
    p.relabel_span(span.id, "POLICY")
    p.set_span_attrs(span.id, {"period": "2024"})
    p.set_status(doc, "done")
    p.set_status(doc, "in_progress", annotator="bob")
    p.set_role("bob", "reviewer")
    p.add_label(Label("PERSON", "#123456", "", "a person"))
    p.set_labels([lab for lab in p.labels() if lab.name != "PERSON"])
    p.accept_all(doc)
    return doc


def test_every_kind_of_change_replays_to_the_tables(tmp_path):
    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as p:
        every_kind_of_change(p)
        report = p.verify()
        assert report.ok, report.problems
        assert report.summary().startswith("ok: ") and not report.gaps


def test_merges_conflicts_and_restores_replay_too(tmp_path):
    a = Project.create(tmp_path / "a.biaozhu", annotator="alice")
    every_kind_of_change(a)
    a.close()
    b_path = tmp_path / "b.biaozhu"
    b_path.write_bytes((tmp_path / "a.biaozhu").read_bytes())  # a copy on another laptop
    with Project.open(b_path, annotator="carol") as b:
        doc = b.document_ids()[0]
        b.add_span(doc, *at(TEXT, "税收"), "METRIC", annotator="alice")
        b.add_span(doc, *at(TEXT, "抚州"), "COMPANY", annotator="carol")
    with Project.open(tmp_path / "a.biaozhu", annotator="alice") as a:
        a.add_span(doc, *at(TEXT, "工业营收"), "METRIC", annotator="alice")  # both changed
        report = merge_project(a, b_path)
        assert report.conflicts
        resolve_conflict(a, conflicts(a)[0].id, "theirs")
        saved = make_backup(a)
        a.add_span(doc, *at(TEXT, "同比"), "METRIC", annotator="dan")
        restore_backup(a, saved)
        check = a.verify()
        assert check.ok, check.problems
        assert check.merged > 0


def rewrite_events(path, change) -> None:
    """Rewrite events as an older Biaozhu wrote them, the chain recomputed."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        "DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;"
    )
    change(conn)
    # numbered 1, 2, 3… as a file that never held the events taken out
    ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    conn.execute("UPDATE events SET id = -id")
    for number, eid in enumerate(ids, 1):
        conn.execute("UPDATE events SET id = ? WHERE id = ?", (number, -eid))
    prev = GENESIS
    rows = conn.execute("SELECT id, " + ", ".join(HASHED_FIELDS) + " FROM events ORDER BY id")
    conn.execute("UPDATE events SET hash = 'tmp' || id")
    for eid, *values in rows.fetchall():
        digest = event_hash(prev, dict(zip(HASHED_FIELDS, values, strict=True)))
        conn.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, eid))
        prev = digest
    from models.store.triggers import GUARDS

    conn.executescript(";".join(GUARDS.values()))
    conn.close()


def test_a_project_from_before_labels_were_recorded_says_what_it_cannot_prove(tmp_path, capsys):
    path = tmp_path / "old.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document(TEXT)

    def names_only(conn):
        (after,) = conn.execute(
            "SELECT after FROM events WHERE action = 'project.created'"
        ).fetchone()
        record = json.loads(after)
        del record["label_schema"]
        conn.execute(
            "UPDATE events SET after = ? WHERE action = 'project.created'", (dumps(record),)
        )

    rewrite_events(path, names_only)
    assert main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("verified, except what older versions did not record")
    assert "not provable: the colours, hotkeys and descriptions" in out
    assert not out.startswith("ok")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE labels SET name = 'MONEY' WHERE name = 'METRIC'")
    conn.commit()
    conn.close()
    assert main(["verify", str(path)]) == 1  # the names are still checked
    assert "labels differ" in capsys.readouterr().err


def test_decisions_from_a_merge_before_they_were_events_are_a_stated_gap(tmp_path, capsys):
    a = tmp_path / "a.biaozhu"
    b = tmp_path / "b.biaozhu"
    Project.create(a, annotator="alice").close()
    with Project.create(b, annotator="carol") as p:
        doc, _ = p.add_document(TEXT)
        p.store_suggestions(doc, [suggestion(TEXT, "13.7%")])
        p.reject_suggestion(p.suggestions(doc)[0].id)
        p.set_status(doc, "done")
    with Project.open(a, annotator="alice") as p:
        assert merge_project(p, b).decisions_added == 1

    def as_old_merges_wrote(conn):
        conn.execute("DELETE FROM events WHERE action = 'decision.merged'")
        (after,) = conn.execute(
            "SELECT after FROM events WHERE action = 'merge.completed'"
        ).fetchone()
        record = json.loads(after)
        del record["decisions"]
        conn.execute(
            "UPDATE events SET after = ? WHERE action = 'merge.completed'", (dumps(record),)
        )

    rewrite_events(a, as_old_merges_wrote)
    assert main(["verify", str(a)]) == 0
    out = capsys.readouterr().out
    assert "1 decision on suggestions brought in by a merge made before" in out


def tamper(path, sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(sql)
    conn.close()


def test_a_decided_suggestion_is_what_its_decision_recorded(tmp_path, capsys):
    """A suggestion is rewritten only while nobody's decision stands on it: an
    undone one may be scored again by a later run and decided anew; a merged
    decision names the suggestion it points at here. Its row edited by hand
    afterwards (the score the span panel shows, the source the history names)
    is caught, whichever decision stands on it."""
    path = tmp_path / "a.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        p.store_suggestions(doc, [suggestion(TEXT, "13.7%"), suggestion(TEXT, "18亿元")])
        first = p.suggestions(doc)[0]
        p.accept_suggestion(first.id)
        p.undo_decision(first.id)
        rerun = Suggestion(first.start, first.end, "METRIC", first.text, 0.55, "model", "m-2")
        p.store_suggestions(doc, [rerun, suggestion(TEXT, "18亿元")])
        p.accept_suggestion(first.id, annotator="bob")
        assert p.suggestion(first.id).score == 0.55
    other = tmp_path / "b.biaozhu"
    with Project.create(other, annotator="carol") as b:
        doc_b, _ = b.add_document(TEXT)
        b.store_suggestions(doc_b, [suggestion(TEXT, "18亿元")])
        b.reject_suggestion(b.suggestions(doc_b)[0].id)
        b.set_status(doc_b, "done")
    with Project.open(path, annotator="alice") as p:
        assert merge_project(p, other).decisions_added == 1
        merged = p.conn.execute(
            "SELECT suggestion_id FROM decisions WHERE annotator = 'carol'"
        ).fetchone()[0]
        assert p.verify().ok, p.verify().problems
    assert main(["verify", str(path)]) == 0
    capsys.readouterr()

    tamper(path, f"UPDATE suggestions SET score = 0.99 WHERE id = {first.id}")
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"suggestions row {first.id} differs from event" in err
    assert "score 0.99 in the table, 0.55 in the history" in err
    tamper(path, f"UPDATE suggestions SET score = 0.55 WHERE id = {first.id}")
    tamper(path, f"UPDATE suggestions SET source = 'model' WHERE id = {merged}")
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"suggestions row {merged} differs from event" in err and "(decision.merged)" in err


def test_verify_prints_the_head_and_checks_one_written_down(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document(TEXT)
        head = p.chain_head()
        p.add_document(TEXT + "又一篇。")
        now = p.chain_head()
    assert main(["verify", str(path)]) == 0
    assert f"head: {now.count}:{now.hash}" in capsys.readouterr().out
    for written in (head.hash, f"{head.count}:{head.hash}", head.hash[:12], head.hash.upper()):
        assert main(["verify", str(path), "--expect-head", written]) == 0
        assert f"is in this history (event {head.count})" in capsys.readouterr().out
    assert main(["verify", str(path), "--expect-head", f"{head.count + 1}:{head.hash}"]) == 1
    assert "is not in this history" in capsys.readouterr().err
    for junk in ("xyz", "abc", "12:", "1" * 70):
        assert main(["verify", str(path), "--expect-head", junk]) == 1
        err = capsys.readouterr().err
        assert err.startswith("biaozhu: error: ") and len(err.splitlines()) == 1


def test_a_new_project_has_exactly_the_guards_the_check_expects(tmp_path):
    for stop in (None, "0002_merge_conflicts"):
        path = tmp_path / f"p{stop}.biaozhu"
        with Project.create(path, _stop_before=stop) as p:
            sqls = [
                r[0] for r in p.conn.execute("SELECT sql FROM sqlite_master WHERE type='trigger'")
            ]
            assert sorted(trigger_body(sql) for sql in sqls) == sorted(EXPECTED)
            assert unexpected_triggers(p.conn) == []


@pytest.mark.parametrize(
    "body",
    [
        "BEFORE UPDATE ON events BEGIN SELECT 1; END",
        "AFTER UPDATE ON events BEGIN SELECT RAISE(ABORT, "
        "'the history is append-only: events cannot be changed'); END",
        "BEFORE UPDATE OF hash ON events BEGIN SELECT RAISE(ABORT, "
        "'the history is append-only: events cannot be changed'); END",
        "BEFORE UPDATE ON events WHEN 0 BEGIN SELECT RAISE(ABORT, "
        "'the history is append-only: events cannot be changed'); END",
    ],
)
def test_a_guard_that_does_less_under_its_own_name_is_caught(tmp_path, body):
    with Project.create(tmp_path / "p.biaozhu") as p:
        p.conn.executescript(
            "DROP TRIGGER events_append_only_update;"
            f"CREATE TRIGGER events_append_only_update {body};"
        )
        problems = [str(problem) for problem in unexpected_triggers(p.conn)]
        assert problems[0].startswith("the guard that refuses changes to events is missing")
        assert "trigger events_append_only_update on events is not one of" in problems[1]


def test_a_damaged_file_is_one_line_naming_the_damage(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        for i in range(300):
            p.add_document(f"{TEXT}第{i}篇。" * 20)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xff" * 4096  # a page of the events or documents
    path.write_bytes(bytes(data))
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("biaozhu: error: ") and "Traceback" not in err
    assert "damaged" in err or "integrity check failed" in err


def cut_last_event(path, state_sql: str) -> None:
    """The last event deleted together with what it made (``state_sql``), the
    guards put back: consistent with itself, so only a head written down
    elsewhere tells."""
    from models.store.triggers import GUARDS

    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        "DROP TRIGGER events_append_only_update; DROP TRIGGER events_append_only_delete;"
        f"{state_sql}; DELETE FROM events WHERE id = (SELECT max(id) FROM events);"
        + ";".join(GUARDS.values())
    )
    conn.close()


LAST_SPAN = "DELETE FROM annotations WHERE id = (SELECT max(id) FROM annotations)"


def test_the_projects_own_backups_are_heads_written_down(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        p.add_span(doc, *at(TEXT, "比亚迪"), "COMPANY")
        make_backup(p)  # the window makes one each session
        p.set_status(doc, "in_progress")  # work after the backup is fine
    assert main(["verify", str(path)]) == 0
    capsys.readouterr()
    cut_last_event(path, "DELETE FROM doc_status")  # work after the backup: not told
    assert main(["verify", str(path)]) == 0
    cut_last_event(path, LAST_SPAN)  # now the span the backup holds
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert "the backup" in err and "no longer contains" in err


def test_a_restore_explains_the_backups_it_left_behind(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        early = make_backup(p)
        p.add_span(doc, *at(TEXT, "比亚迪"), "COMPANY")
        make_backup(p)  # a later backup, of a history the restore replaces
        restore_backup(p, early)  # and the state before the restore is backed up too
        assert p.verify().ok, p.verify().problems
        p.add_span(doc, *at(TEXT, "932.4亿元"), "METRIC")
        after_restore = make_backup(p)
        assert p.verify().ok
    cut_last_event(path, LAST_SPAN)  # a cut after the restore is still caught
    with Project.open(path, readonly=True) as p:
        problems = p.verify().problems
    assert len(problems) == 1 and after_restore.name in str(problems[0])


def relabel_first_span_everywhere(conn) -> None:
    """A consistent rewrite of work done before a restore: the span's event and
    its row say POLICY (the chain is recomputed by rewrite_events)."""
    eid, after = conn.execute(
        "SELECT id, after FROM events WHERE action = 'span.added' ORDER BY id LIMIT 1"
    ).fetchone()
    record = json.loads(after)
    conn.execute("UPDATE annotations SET label = 'POLICY' WHERE id = ?", (record["id"],))
    conn.execute(
        "UPDATE events SET after = ? WHERE id = ?", (dumps(record | {"label": "POLICY"}), eid)
    )


def restored_project(path) -> str:
    """A project whose last event is the restore of a backup; the backup's name."""
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        p.add_span(doc, *at(TEXT, "比亚迪"), "COMPANY")
        kept = make_backup(p)
        p.add_span(doc, *at(TEXT, "932.4亿元"), "METRIC")
        restore_backup(p, kept)
        assert p.verify().ok
    return kept.name


def test_a_history_rewritten_before_a_restore_is_caught_by_the_restore(tmp_path, capsys):
    """A restore records the head of the history it brought back, which is the
    event before it: the whole chain recomputed after an edit before it no
    longer leads there, even with every backup gone."""
    path = tmp_path / "p.biaozhu"
    restored_project(path)
    rewrite_events(path, relabel_first_span_everywhere)
    shutil.rmtree(path.with_name("p.biaozhu.backups"))
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert "(project.restored)" in err and "rewritten" in err, err


def test_the_backup_a_restore_brought_back_still_anchors_the_history(tmp_path, capsys):
    """The restore explains why the backups of the history it replaced are no
    longer in the chain, not the one it restored: that one's head is the event
    before it. A rewrite that also mended the restore's record is caught by it."""
    path = tmp_path / "p.biaozhu"
    kept = restored_project(path)

    rewrite_events(path, relabel_first_span_everywhere)

    def mend_the_restore(conn) -> None:  # its record names the new chain and another file
        conn.execute(
            "UPDATE events SET after = json_object('events', id - 1, 'events_tail', prev_hash,"
            " 'from', 'elsewhere.biaozhu') WHERE action = 'project.restored'"
        )

    rewrite_events(path, mend_the_restore)
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"the backup {kept} holds head" in err and "no longer contains" in err, err


def test_a_changed_project_id_does_not_hide_a_cut_from_the_backups(tmp_path, capsys):
    """The backups are the project's only by its id in ``meta``, which no event
    guards: one UPDATE there, and the cut the backups would have told passed."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(TEXT)
        p.add_span(doc, *at(TEXT, "比亚迪"), "COMPANY")
        make_backup(p)
    cut_last_event(path, LAST_SPAN)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'project_id'", ("0" * 32,))
    conn.close()
    capsys.readouterr()
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert "project id" in err and "project.created" in err


def test_a_changed_project_id_does_not_make_a_cut_history_merge_again(tmp_path):
    """A merge recognises a file it merged before by its project id: changed,
    the file's cut history came in as a stranger's."""
    mine, theirs = tmp_path / "mine.biaozhu", tmp_path / "theirs.biaozhu"
    Project.create(mine, annotator="alice").close()
    with Project.create(theirs, annotator="bob") as p:
        doc, _ = p.add_document(TEXT)
        p.add_span(doc, *at(TEXT, "比亚迪"), "COMPANY")
    with Project.open(mine, annotator="alice") as p:
        merge_project(p, theirs)
    cut_last_event(theirs, LAST_SPAN)
    conn = sqlite3.connect(theirs, isolation_level=None)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'project_id'", ("1" * 32,))
    conn.close()
    with Project.open(mine, annotator="alice") as p:
        before = p.chain_head()
        with pytest.raises(Exception, match="project id"):
            merge_project(p, theirs)
        assert p.chain_head() == before


def test_allowing_overlaps_is_recorded_at_creation_and_a_hand_edit_of_it_is_caught(
    tmp_path, capsys
):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice", allow_overlap=True) as p:
        doc, _ = p.add_document(TEXT)
        with pytest.raises(Exception, match="a setting whose changes the history records"):
            p.set_meta("allow_overlap", "0")  # no way around the history
        p.add_span(doc, *at(TEXT, "比亚迪抚州基地"), "COMPANY")
        p.add_span(doc, *at(TEXT, "比亚迪"), "COMPANY")
        (event,) = p.history(action="project.created")
        assert event.after["settings"] == {"allow_overlap": "1"}
        assert p.verify().ok, p.verify().problems
    # switched off by hand, so the overlapping spans look as if the project
    # never allowed them
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'allow_overlap'")
    conn.close()
    assert main(["verify", str(path)]) == 1
    assert "allow_overlap" in capsys.readouterr().err.splitlines()[0]


def test_overlaps_allowed_by_hand_in_a_new_project_are_caught(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        p.add_document(TEXT)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'allow_overlap'")
    conn.close()
    assert main(["verify", str(path)]) == 1
    assert "allow_overlap" in capsys.readouterr().err
