"""A merge conflict's number is never given again in a project, a restore
between: a reviewer saw conflict 1 (bob's layer), the audit log and an
export named it; another window restored a backup from before that merge and
merged carol's copy, and the new conflict was numbered 1 again. The
restore's event now records the numbers the history it replaced had given
(chain-held, as its events tail is), and a merge numbers a conflict past
those and past every row: across a second restore too, and in a project
whose earlier restore (an older Biaozhu's) recorded none, past its rows.
On two seed articles (../shared/gold/seeds.jsonl)."""

from __future__ import annotations

import pytest

from desktop.cli import main as cli
from models import Project
from models.errors import NotFound
from models.review.conflicts import conflict, conflicts
from models.review.merge import merge_project
from models.store.backup import list_backups, restore_backup
from tests.test_review_fixtures import a_conflict_before_a_restore, give_the_number_again


def numbers(p) -> list[int]:
    return [c.id for c in conflicts(p, resolved=None)]


def test_a_restore_and_a_merge_give_a_new_number(tmp_path, capsys):
    scene = a_conflict_before_a_restore(tmp_path, "lead")
    cid = scene.cid
    again = give_the_number_again(scene, "lead")  # another window: restore, merge carol's
    assert again and cid not in again and min(again) > cid
    with Project.open(scene.path, annotator="lead") as p:
        with pytest.raises(NotFound):
            conflict(p, cid)  # the number names nothing: bob's conflict went with the restore
        (new,) = conflicts(p, scene.second)
        assert new.annotator == "carol" and new.id == again[0]
        restored = [e for e in p.history() if e.action == "project.restored"]
        assert restored[-1].before["conflicts_given"] == cid
        assert p.verify().ok
    assert cli(["verify", str(scene.path)]) == 0
    capsys.readouterr()


def test_numbers_go_on_across_a_second_restore(tmp_path):
    scene = a_conflict_before_a_restore(tmp_path, "lead")
    (again,) = give_the_number_again(scene, "lead")
    with Project.open(scene.path, annotator="lead") as p:
        # the backup again: the file it replaces gave `again`, the one before it `cid`
        restore_backup(p, scene.backup)
        assert numbers(p) == []
        p.remove_span(p.annotations(scene.first, "bob")[-1].id, annotator="bob")
        (third,) = merge_project(p, tmp_path / "bob.biaozhu").conflicts
        assert third > again > scene.cid
        # and back to the copy saved before the first restore, which holds `cid`
        before_first = [b.path for b in list_backups(scene.path) if "before-restore" in b.path.name]
        restore_backup(p, sorted(before_first)[0])
        assert numbers(p) == [scene.cid]
        span = scene.span
        p.add_span(scene.second, span.start, span.end, "POLICY", annotator="carol")
        (fourth,) = merge_project(p, scene.carol_file).conflicts
        assert fourth > third
        assert p.verify().ok


def test_an_older_project_upgrades_and_a_restore_of_its_older_copy_gives_new_numbers(tmp_path):
    """A project made before merge conflicts existed (schema 1, no table):
    its copy from then, restored after the upgrade and a merge that raised
    conflict 1, brings back no table at all; the restore's event still
    records 1, and the next merge, once the file is upgraded again, gives 2."""
    import shutil

    from models.store.backup import make_backup
    from models.store.connection import SCHEMA_VERSION
    from tests.test_review_fixtures import load_seeds

    doc = load_seeds()[0]
    path = tmp_path / "old.biaozhu"
    with Project.create(path, annotator="lead", _stop_before="0002_merge_conflicts") as old:
        old.add_document(doc["text"], doc_id=doc["id"])
        for s in doc["spans"][:4]:
            old.add_span(doc["id"], s["start"], s["end"], s["label"], annotator="bob")
        old.set_status(doc["id"], "done", annotator="bob")
        copy = make_backup(old)
    with Project.open(path, annotator="lead") as p:  # upgraded
        assert p.schema_version == SCHEMA_VERSION
        shutil.copy(path, tmp_path / "bob.biaozhu")
        with Project.open(tmp_path / "bob.biaozhu", annotator="bob") as o:
            o.remove_span(o.annotations(doc["id"], "bob")[0].id, annotator="bob")
        p.remove_span(p.annotations(doc["id"], "bob")[-1].id, annotator="bob")
        assert merge_project(p, tmp_path / "bob.biaozhu").conflicts == [1]
        restore_backup(p, copy)
    with Project.open(path, annotator="lead") as p:  # the older copy upgraded again
        assert p.schema_version == SCHEMA_VERSION and numbers(p) == []
        p.remove_span(p.annotations(doc["id"], "bob")[-1].id, annotator="bob")
        assert merge_project(p, tmp_path / "bob.biaozhu").conflicts == [2]
        assert p.verify().ok
