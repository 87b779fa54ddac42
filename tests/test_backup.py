"""Rolling backups and restoring one, recorded in the history."""

from __future__ import annotations

from models import Project
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
