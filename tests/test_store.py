"""The project file: schema, versions, spans, suggestions, the history chain."""

from __future__ import annotations

import sqlite3

import pytest

from models import InvalidInput, Project, ProjectTooNew, Suggestion, search
from models.errors import NotAProject
from models.store.connection import SCHEMA_VERSION
from models.store.documents import content_hash

TEXT = "标题\n\n2024年,抚州高新区全年实现工业营收932.4亿元,同比增长13.7%。比亚迪抚州基地投产。"


def metric(text: str, surface: str, label: str = "METRIC") -> Suggestion:
    start = text.index(surface)
    return Suggestion(start, start + len(surface), label, surface, 0.9, "rules.metric", "1")


def test_new_project_has_default_labels_with_hotkeys(project):
    labels = {lab.name: lab.hotkey for lab in project.labels()}
    assert labels == {"METRIC": "1", "COMPANY": "2", "POLICY": "3"}
    assert project.meta("project_id")
    assert project.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_same_text_twice_is_one_document(project):
    first = project.add_document(TEXT)
    second = project.add_document(TEXT, doc_id="other")
    assert first[1] is True and second == (first[0], False)
    assert project.document_count() == 1
    assert project.document(first[0]).title == "标题"


def test_a_stored_text_is_the_same_text_with_its_hash_and_length(project):
    text = "𠮷野家年营收932.4亿元\n“管委会+公司”\r\n" + TEXT
    doc_id, _ = project.add_document(text)
    assert project.document_text(doc_id) == text
    stored = project.conn.execute(
        "SELECT typeof(text), length(text), chars, hash FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    assert stored == ("text", len(text), len(text), content_hash(text))
    assert found(project, "管委会") == [doc_id]


def test_project_from_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.biaozhu"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('biaozhu', '0099_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectTooNew, match="newer Biaozhu"):
        Project.open(path)
    assert path.read_bytes() == before


def test_a_schema_record_with_a_step_taken_out_is_named_not_run_again(tmp_path, capsys):
    """The record of schema steps edited by hand (its first step deleted): verify
    said ok, and every write then failed with SQLite's 'table meta already
    exists' (the first step run again over the tables it had made)."""
    from desktop.cli import main

    path = tmp_path / "p.biaozhu"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0001_initial'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for argv in (["verify", str(path)], ["role", str(path), "x", "reviewer", "--create"]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") <= 2 and "schema steps" in err and "0001_initial" in err, err
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_project_is_refused(tmp_path):
    junk = tmp_path / "junk.biaozhu"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotAProject):
        Project.open(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(NotAProject, match="not a Biaozhu project"):
        Project.open(other)


def test_older_schema_is_migrated_forward_on_open(tmp_path):
    path = tmp_path / "old.biaozhu"
    Project.create(path, _stop_before="0002_merge_conflicts").close()
    with Project.open(path) as p:
        assert p.schema_version == SCHEMA_VERSION
        assert p.conn.execute("SELECT count(*) FROM merge_conflicts").fetchone()[0] == 0
        assert p.verify().ok


def test_span_changes_each_write_an_event(project):
    doc, _ = project.add_document(TEXT)
    start = TEXT.index("932.4亿元")
    ann = project.add_span(doc, start, start + 7, "METRIC", attrs={"unit": "元"})
    assert ann.text == "932.4亿元" and ann.origin == "manual"
    project.resize_span(ann.id, start, start + 5)
    project.relabel_span(ann.id, "COMPANY")
    project.set_span_attrs(ann.id, {"unit": "亿元"})
    project.remove_span(ann.id)
    actions = [e.action for e in project.history(doc_id=doc)]
    assert actions == [
        "doc.imported",
        "span.added",
        "span.resized",
        "span.relabelled",
        "span.attrs",
        "span.removed",
    ]
    resized = project.history(action="span.resized")[0]
    assert resized.before["text"] == "932.4亿元" and resized.after["text"] == "932.4"
    assert project.annotations(doc) == []
    assert project.verify().ok


@pytest.mark.parametrize(
    "start,end,message",
    [(-1, 3, "outside"), (5, 5, "outside"), (0, 10_000, "outside"), (1, 3, "white space")],
)
def test_bad_spans_are_refused_and_change_nothing(project, start, end, message):
    doc, _ = project.add_document(TEXT)
    events = len(project.history())
    with pytest.raises(InvalidInput, match=message):
        project.add_span(doc, start, end, "METRIC")
    assert project.annotations(doc) == [] and len(project.history()) == events


def test_spans_added_in_bulk_are_checked_against_stored_gold_first(project):
    from models.domain import Span
    from models.store.spans import SpanRefused

    doc_id, _ = project.add_document(TEXT)
    start = TEXT.index("932.4亿元")
    project.add_span(doc_id, start, start + 7, "METRIC", annotator="alice")
    before = list(project.conn.iterdump())
    company = TEXT.index("比亚迪")
    bulk = [Span(company, company + 3, "COMPANY"), Span(start + 2, start + 5, "METRIC")]
    with pytest.raises(SpanRefused, match="overlaps “932.4亿元”") as refused:
        project.add_spans(doc_id, bulk, annotator="alice")
    assert refused.value.span == bulk[1]
    assert list(project.conn.iterdump()) == before  # the good span was not written either
    assert [a.text for a in project.add_spans(doc_id, bulk[:1], annotator="alice")] == ["比亚迪"]
    events = len(project.history())
    assert project.add_spans(doc_id, [], annotator="bob") == []
    assert len(project.history()) == events  # not even bob's arrival as an annotator


def test_overlapping_gold_and_unknown_labels_are_refused(project):
    doc, _ = project.add_document(TEXT)
    start = TEXT.index("932.4亿元")
    project.add_span(doc, start, start + 7, "METRIC")
    with pytest.raises(InvalidInput, match="overlaps"):
        project.add_span(doc, start + 2, start + 9, "METRIC")
    with pytest.raises(InvalidInput, match="unknown label"):
        project.add_span(doc, 0, 2, "PERSON")


def test_rerunning_suggestions_never_reoffers_rejected_nor_duplicates_accepted(project):
    doc, _ = project.add_document(TEXT)
    run = [metric(TEXT, "932.4亿元"), metric(TEXT, "13.7%"), metric(TEXT, "比亚迪", "COMPANY")]
    assert project.store_suggestions(doc, run).added == 3
    by_text = {s.text: s for s in project.suggestions(doc)}
    project.accept_suggestion(by_text["932.4亿元"].id)
    project.reject_suggestion(by_text["13.7%"].id)
    result = project.store_suggestions(doc, run)
    assert result.added == 0
    statuses = {s.text: s.status for s in project.suggestions(doc)}
    assert statuses == {"932.4亿元": "accepted", "13.7%": "rejected", "比亚迪": "pending"}
    assert len(project.annotations(doc)) == 1
    # a run that no longer proposes the undecided one drops it
    assert project.store_suggestions(doc, run[:2]).removed == 1


def test_accept_with_other_label_is_a_correction_with_provenance(project):
    doc, _ = project.add_document(TEXT)
    project.store_suggestions(doc, [metric(TEXT, "比亚迪")])
    sugg = project.suggestions(doc)[0]
    ann = project.accept_suggestion(sugg.id, "COMPANY")
    assert (ann.label, ann.origin, ann.suggestion_id) == ("COMPANY", "corrected", sugg.id)
    event = project.history(action="suggestion.corrected")[0]
    assert event.after["suggestion"]["source"] == "rules.metric"


def test_undo_of_an_acceptance_is_a_new_event(project):
    doc, _ = project.add_document(TEXT)
    project.store_suggestions(doc, [metric(TEXT, "13.7%")])
    sugg = project.suggestions(doc)[0]
    project.accept_suggestion(sugg.id)
    project.undo_decision(sugg.id)
    assert project.suggestions(doc)[0].status == "pending"
    assert project.annotations(doc) == []
    assert [e.action for e in project.history(action="suggestion")] == [
        "suggestion.accepted",
        "suggestion.undone",
    ]


def test_accept_all_takes_every_pending_suggestion(project):
    doc, _ = project.add_document(TEXT)
    project.store_suggestions(
        doc, [metric(TEXT, "932.4亿元"), metric(TEXT, "13.7%"), metric(TEXT, "比亚迪", "COMPANY")]
    )
    assert len(project.accept_all(doc)) == 3
    assert project.suggestions(doc, status="pending") == []


def test_events_cannot_be_updated_or_deleted(project):
    project.add_document(TEXT)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        project.conn.execute("UPDATE events SET annotator = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        project.conn.execute("DELETE FROM events")


def test_verify_names_the_first_altered_event(project):
    doc, _ = project.add_document(TEXT)
    project.add_span(doc, TEXT.index("比亚迪"), TEXT.index("比亚迪") + 3, "COMPANY")
    project.set_status(doc, "done")
    assert project.verify().ok
    target = project.history(action="span.added")[0].id
    project.conn.executescript(
        "DROP TRIGGER events_append_only_update;"
        f"UPDATE events SET annotator = 'mallory' WHERE id = {target};"
    )
    report = project.verify()
    assert not report.ok
    assert str(report.problems[0]).startswith(f"event {target} is broken")


def test_verify_detects_a_deleted_event(project):
    for i in range(3):
        project.add_document(f"{TEXT}{i}")
    project.conn.executescript(
        "DROP TRIGGER events_append_only_delete; DELETE FROM events WHERE id = 4;"
    )
    report = project.verify()
    assert not report.ok and "event 5" in str(report.problems[0])


def test_status_and_stats(project):
    doc, _ = project.add_document(TEXT)
    other, _ = project.add_document(TEXT + "!")
    project.add_span(doc, TEXT.index("比亚迪"), TEXT.index("比亚迪") + 3, "COMPANY")
    project.set_status(doc, "done")
    project.set_status(other, "in_progress", annotator="bob")
    stats = project.stats()
    assert stats["documents"] == 2 and stats["annotations"] == 1
    assert stats["by_label"] == {"COMPANY": 1}
    assert stats["by_status"] == {"todo": 0, "in_progress": 1, "done": 1}
    assert stats["by_annotator"]["alice"] == {"annotations": 1, "done": 1}
    assert project.gold_layers() == [(doc, "alice")]


def test_search_finds_chinese_text(project):
    doc, _ = project.add_document(TEXT)
    other, _ = project.add_document("另一篇文章,關於銅箔。")
    search.index_some(project)
    assert found(project, "工业营收") == [doc]
    assert found(project, "铜箔") == [other]  # the index, in either writing
    assert found(project, "铜") == [other]  # a one-character query scans
    assert found(project, "不存在的词") == []


def test_the_schema_steps_and_the_quick_version_check_agree():
    from models.store.connection import MIGRATION_NAMES
    from models.store.schema import known_migrations

    assert tuple(known_migrations()) == MIGRATION_NAMES


def test_undo_of_an_acceptance_after_delete_and_restore_removes_the_span(project):
    doc, _ = project.add_document(TEXT)
    project.store_suggestions(doc, [metric(TEXT, "13.7%")])
    sugg = project.suggestions(doc)[0]
    ann = project.accept_suggestion(sugg.id)
    project.remove_span(ann.id)
    project.restore_span(ann)
    project.undo_decision(sugg.id)
    assert project.annotations(doc) == []
    assert project.suggestions(doc)[0].status == "pending"


def test_chain_head_moves_with_every_change_and_names_the_last_event(tmp_path):
    project = Project.create(tmp_path / "p.db", annotator="alice")
    before = project.chain_head()
    project.add_document("比亚迪抚州基地投产。", doc_id="d1")
    after = project.chain_head()
    assert after.count == before.count + 1
    assert after.hash != before.hash
    assert after.hash == project.history()[-1].hash
    assert after.as_json() == {"events": after.count, "hash": after.hash}
    project.close()


def test_a_recorded_head_stays_in_the_chain_until_history_is_cut(tmp_path):
    from models.store.history import head_in_chain

    project = Project.create(tmp_path / "p.db", annotator="alice")
    project.add_document("比亚迪抚州基地投产。", doc_id="d1")
    head = project.chain_head()
    project.add_document("华工科技发布年报。", doc_id="d2")
    assert head_in_chain(project.conn, head)
    project.conn.execute("DROP TRIGGER events_append_only_delete")
    project.conn.execute("DELETE FROM events WHERE id >= (SELECT max(id) - 1 FROM events)")
    assert not head_in_chain(project.conn, head)
    project.close()


def test_suggestions_for_a_document_gone_since_its_text_was_read_are_refused(project):
    """A suggester read the text, then another connection restored a backup
    made before the document: storing its suggestions failed on SQLite's
    foreign key (an IntegrityError no one could tell from a bug); it is the
    store's NotFound, and nothing is written."""
    from models.errors import NotFound
    from models.store.backup import make_backup, restore_backup

    saved = make_backup(project)
    doc, _ = project.add_document("园区新签约项目8个,总投资45亿元。")
    text = project.document_text(doc)  # read (and kept) before it goes
    with Project.open(project.path, annotator="bob") as other:
        restore_backup(other, saved)
    events = len(project.history())
    with pytest.raises(NotFound, match="no document"):
        project.store_suggestions(doc, [Suggestion(8, 10, "METRIC", text[8:10], 0.9, "r", "1")])
    assert len(project.history()) == events
    assert project.conn.execute("SELECT count(*) FROM suggestions").fetchone()[0] == 0


def found(project: Project, query: str) -> list[str]:
    """The documents the window's search finds for ``query``."""
    return [doc_id for _rowid, doc_id in search.matching_documents(project, query)]
