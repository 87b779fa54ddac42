"""Rolling backups and restoring one, recorded in the history."""

from __future__ import annotations

import pytest

from models import InvalidInput, Project
from models.store.backup import list_backups, make_backup, restore_backup


def test_backups_roll_and_restore_is_an_event(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        doc, _ = project.add_document("今年比亚迪营收18亿元。")
        first = make_backup(project)
        project.add_span(doc, 2, 5, "COMPANY")
        for _ in range(6):
            make_backup(project)
        sessions = [b for b in list_backups(path) if "session" in b.path.name]
        assert len(sessions) == 5 and first not in [b.path for b in sessions]
        oldest = sessions[-1]
        assert oldest.documents == 1
        project.remove_span(project.annotations(doc)[0].id)
        saved = restore_backup(project, oldest.path)
        # the restored copy had the span; the state it replaced is kept as a backup
        assert [a.text for a in project.annotations(doc)] == ["比亚迪"]
        assert saved.exists()
        event = project.history(action="project.restored")[-1]
        assert event.after["from"] == oldest.path.name
        assert project.verify().ok
    with Project.open(saved) as before_restore:
        assert before_restore.annotations(doc, "alice") == []


def test_a_backup_by_path_uses_its_own_connection(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path) as project:
        project.add_document("一篇文章。")
        copy = make_backup(path)
    with Project.open(copy) as restored:
        assert restored.document_count() == 1


def test_a_backup_records_the_head_it_copied_and_a_restore_names_both(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        doc, _ = project.add_document("今年比亚迪营收18亿元。")
        head = project.chain_head()
        copy = make_backup(project)
        project.add_span(doc, 2, 5, "COMPANY")
        later = project.chain_head()
        (listed,) = [b for b in list_backups(path) if b.path == copy]
        assert listed.head == head and listed.events == head.count
        restore_backup(project, copy)
        event = project.history(action="project.restored")[-1]
        assert event.before["events"] == later.count
        assert event.before["events_tail"] == later.hash
        assert event.after == {"events": head.count, "events_tail": head.hash, "from": copy.name}
        assert project.verify().ok


def test_backup_to_copies_through_the_open_connection_into_a_new_file(tmp_path):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        project.add_document("一篇文章。")
        dest = tmp_path / "copy.biaozhu"
        with project.transaction():
            project.add_document("还没提交的文章。")
            with pytest.raises(InvalidInput, match="not inside a transaction"):
                project.backup_to(dest)
        head = project.backup_to(dest)
        with pytest.raises(InvalidInput, match="already exists"):
            project.backup_to(dest)
    with Project.open(dest, readonly=True) as copy:
        assert copy.chain_head() == head and copy.verify().ok
        assert copy.document_count() == 2


def _tamper(copy, sql: str) -> None:
    """Edit a backup by hand with sqlite3, as anyone with the file can."""
    import sqlite3

    conn = sqlite3.connect(copy, isolation_level=None)
    conn.executescript(
        "DROP TRIGGER IF EXISTS events_append_only_update;"
        " DROP TRIGGER IF EXISTS events_append_only_delete;" + sql
    )
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        # a span slipped in without its event: the tables are no replay of the history
        "INSERT INTO annotations (doc_id, annotator, start_pos, end_pos, label, text, origin,"
        " created, updated) SELECT doc_id, annotator, 0, 2, 'COMPANY', '今年', origin, created,"
        " updated FROM annotations",
        # the history cut short, the span its last event made left in place
        "DELETE FROM events WHERE id = (SELECT max(id) FROM events)",
        # an event's record rewritten in place: the chain breaks
        "UPDATE events SET annotator = 'mallory' WHERE id = (SELECT max(id) FROM events)",
    ],
)
def test_a_backup_that_does_not_verify_is_refused_and_nothing_changes(tmp_path, sql):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        doc, _ = project.add_document("今年比亚迪营收18亿元。")
        project.add_span(doc, 2, 5, "COMPANY")
        copy = make_backup(project)
        project.add_span(doc, 7, 11, "METRIC")
        _tamper(copy, sql)
        head = project.chain_head()
        backups = sorted(p.name for p in copy.parent.iterdir())
        with pytest.raises(InvalidInput, match="does not verify") as refused:
            restore_backup(project, copy)
        assert "\n" not in str(refused.value)
        # the project as before: its spans, its history, no before-restore copy made
        assert [a.text for a in project.annotations(doc)] == ["比亚迪", "18亿元"]
        assert project.chain_head() == head
        assert sorted(p.name for p in copy.parent.iterdir()) == backups
        assert project.verify().ok


def test_another_projects_file_in_the_backups_folder_is_not_restored(tmp_path):
    path, other = tmp_path / "p.biaozhu", tmp_path / "other.biaozhu"
    with Project.create(other, annotator="alice") as stranger:
        stranger.add_document("另一个项目的文章。")
        planted = stranger.backup_to(tmp_path / "x.biaozhu")
    with Project.create(path, annotator="alice") as project:
        project.add_document("今年比亚迪营收18亿元。")
        make_backup(project)
        copy = next(b.path for b in list_backups(path)).with_name(
            "20990101T000000Z-session.biaozhu"
        )
        (tmp_path / "x.biaozhu").rename(copy)
        head = project.chain_head()
        with pytest.raises(InvalidInput, match="another project"):
            restore_backup(project, copy)
        assert project.chain_head() == head and project.document_count() == 1
    assert planted.count > 0


def test_a_restore_gives_no_span_or_suggestion_an_id_the_replaced_history_gave(tmp_path):
    """Ids are never given twice (AUTOINCREMENT), so that a window acting on a
    span another process removed is refused: a restore brought back the copy's
    counters, and the next span took the id of one the restore had replaced,
    which a second window still showing it would then edit or delete."""
    from models import Suggestion

    path = tmp_path / "p.biaozhu"
    text = "今年比亚迪营收18亿元。"
    with Project.create(path, annotator="alice") as project:
        doc, _ = project.add_document(text)
        copy = make_backup(project)
        gone = project.add_span(doc, 2, 5, "COMPANY")
        project.store_suggestions(doc, [Suggestion(7, 11, "METRIC", "18亿元", 0.9, "rules", "1")])
        (offered,) = project.suggestions(doc)
        restore_backup(project, copy)
        assert project.annotations(doc) == [] and project.suggestions(doc) == []
        span = project.add_span(doc, 7, 11, "METRIC")
        project.store_suggestions(doc, [Suggestion(2, 5, "COMPANY", "比亚迪", 0.9, "rules", "1")])
        (again,) = project.suggestions(doc)
        assert span.id > gone.id and again.id > offered.id
        assert project.verify().ok
