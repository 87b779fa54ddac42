"""meta's counters edited by hand or damaged (a value that is not a whole
number): the search index's watermark (``fts_rowid``) is a cache, so a search
scans the texts and the indexing job (the window's, in the background)
rebuilds the index; the count of label changes (``labels_version``) is read
to write the next one, so a change of labels is refused in one line; verify
names both."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project, search

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"


def sample_project(path: Path) -> list[str]:
    with Project.create(path, annotator="alice") as project:
        for n, article in enumerate(sorted(SAMPLE.glob("*.txt"))):
            project.add_document(article.read_text("utf-8").strip(), doc_id=f"a{n}")
        while search.index_some(project, batch=2):
            pass
        return project.document_ids()


def edit_meta(path: Path, key: str, value: str) -> None:
    """What sqlite3 on the command line does to the file."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    conn.commit()
    conn.close()


def found(project: Project, query: str) -> list[str]:
    return [doc for _rowid, doc in search.matching_documents(project, query)]


@pytest.mark.parametrize("damaged", ["12abc", "1.5", "-3", "", "٣", "2"])
def test_a_damaged_search_watermark_is_scanned_then_the_index_rebuilt(tmp_path, damaged):
    """The window's search page and its indexing job, on a watermark edited by
    hand: it crashed the search (int('12abc')), and a whole number below the
    index's reach ('2', or '٣' that int() reads as 3) had the job index the
    same texts again, which FTS5 then called a malformed database."""
    from desktop.gui.ops.documents import index_all, search_page
    from models.progress import NoProgress

    path = tmp_path / "p.biaozhu"
    sample_project(path)
    edit_meta(path, "fts_rowid", damaged)
    with Project.open(path, annotator="alice") as project:
        assert search_page("青溪锂能", 0, 10)(project).doc_ids == ["a0"]  # the texts scanned
        assert found(project, "茶园贷") == ["a1"]
        assert index_all(project, NoProgress()) == 4  # rebuilt
        assert project.meta("fts_rowid") == str(search.last_rowid(project))
        # the index holds each text once, as the texts are (FTS5's own check)
        project.conn.execute(
            "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"
        )
        assert search.indexed_up_to(project) == search.last_rowid(project)
        assert found(project, "青溪锂能") == ["a0"] and found(project, "茶园贷") == ["a1"]


def test_verify_names_a_damaged_counter_until_the_index_is_rebuilt(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    sample_project(path)
    edit_meta(path, "fts_rowid", "12abc")
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    named = [line for line in err.splitlines() if "fts_rowid" in line]
    assert len(named) == 1 and "'12abc'" in named[0] and "rebuilds" in named[0], err
    edit_meta(path, "fts_rowid", "2")  # a whole number, but not where the index reaches
    assert main(["verify", str(path)]) == 1
    assert "holds the texts up to rowid 4" in capsys.readouterr().err
    with Project.open(path) as project:
        while search.index_some(project):
            pass
    assert main(["verify", str(path)]) == 0
    capsys.readouterr()


def damage_index(path: Path) -> None:
    """What sqlite3 on the command line (or a disk) can do to the index: its
    segments' pages overwritten (the rows of ``documents_fts_data`` past the
    averages, 1, and the structure, 10)."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE documents_fts_data SET block = zeroblob(length(block)) WHERE id > 10")
    conn.commit()
    conn.close()


def test_verify_names_a_damaged_search_index_and_the_window_rebuilds_it(tmp_path, capsys):
    """verify ran SQLite's integrity_check, which (before SQLite 3.44) does not
    look into an FTS5 index: a damaged one passed, and a search found nothing
    where an article holds the name."""
    from desktop.gui.ops.documents import index_all
    from models.progress import NoProgress

    path = tmp_path / "p.biaozhu"
    sample_project(path)
    damage_index(path)
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    named = [line for line in err.splitlines() if "search index" in line]
    assert len(named) == 1 and "damaged" in named[0], err
    assert "the window rebuilds it when it next opens the project" in named[0]
    with Project.open(path, annotator="alice") as project:
        assert found(project, "青溪锂能") == []  # silently
        events = project.chain_head().count
        assert index_all(project, NoProgress()) == 4  # what the window runs on opening
        assert project.chain_head().count == events  # a cache, not the project's history
        assert found(project, "青溪锂能") == ["a0"] and found(project, "茶园贷") == ["a1"]
        assert index_all(project, NoProgress()) == 0  # a sound index is left as it is
    assert main(["verify", str(path)]) == 0
    capsys.readouterr()


def test_a_damaged_count_of_label_changes_refuses_a_new_label_in_one_line(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    sample_project(path)
    edit_meta(path, "labels_version", "two")
    spans = [{"start": 0, "end": 4, "label": "REGION"}]
    line = {"id": "x", "text": "青溪市经开区新能源产业链", "spans": spans}
    data = tmp_path / "x.jsonl"
    data.write_text(json.dumps(line, ensure_ascii=False) + "\n", "utf-8")
    assert main(["import", str(path), str(data)]) == 1
    err = capsys.readouterr().err.splitlines()  # one line: the failed file and why
    assert len(err) == 1 and err[0].endswith(
        "x.jsonl: meta's labels_version is 'two', not a count (edited by hand or damaged);"
        " the labels were not changed"
    ), err
    with Project.open(path, readonly=True) as project:
        assert "REGION" not in project.label_names() and "x" not in project.document_ids()
    assert main(["verify", str(path)]) == 1
    assert "meta's labels_version is 'two'" in capsys.readouterr().err
