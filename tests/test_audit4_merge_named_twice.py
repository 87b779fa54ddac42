"""``biaozhu merge P C.biaozhu C.biaozhu`` (the same file named twice, by
the same path, another spelling of it or a link to it: a shell glob beside a
name typed by hand) failed with "database: cannot start a transaction within
a transaction", a message naming no file and no reason. It is refused in one
line naming the file, with nothing merged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two(tmp_path) -> tuple[Path, Path]:
    mine = tmp_path / "a.biaozhu"
    theirs = tmp_path / "c.biaozhu"
    with Project.create(mine, annotator="alice") as project:
        project.add_document("江西铜博科技有限公司全年实现工业营收932.4亿元", doc_id="d1")
    with Project.create(theirs, annotator="carol") as project:
        doc, _ = project.add_document("比亚迪抚州基地贡献率达61.8%", doc_id="d2")
        project.add_span(doc, 0, 3, "COMPANY", annotator="carol")
    return mine, theirs


@pytest.mark.parametrize("second", ["same", "dotted", "link"])
def test_a_file_named_twice_is_refused_in_one_line_naming_it(two, capsys, second):
    mine, theirs = two
    other = {
        "same": str(theirs),
        "dotted": str(theirs.parent / "." / theirs.name),
        "link": str(theirs.parent / "link.biaozhu"),
    }[second]
    if second == "link":
        os.symlink(theirs, other)
    with Project.open(mine, readonly=True) as project:
        head = project.chain_head()
    code, out, err = run(capsys, "merge", str(mine), str(theirs), other)
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert "c.biaozhu" in err and "twice" in err, err
    assert "transaction" not in err
    with Project.open(mine, readonly=True) as project:
        assert project.chain_head() == head
        assert project.document_ids() == ["d1"]


def test_two_different_files_still_merge(two, tmp_path, capsys):
    mine, theirs = two
    third = tmp_path / "e.biaozhu"
    with Project.create(third, annotator="eve") as project:
        project.add_document("发投集团、财投集团和工科投3家公司", doc_id="d3")
    code, out, err = run(capsys, "merge", str(mine), str(theirs), str(third))
    assert code == 0, err
    with Project.open(mine, readonly=True) as project:
        assert sorted(project.document_ids()) == ["d1", "d2", "d3"]


def test_conflicts_of_a_document_not_in_the_project_says_so(two, capsys):
    """``conflicts P --doc d9`` (a mistyped id) answered "no merge conflicts",
    as if the document had been checked and was clean."""
    mine, _theirs = two
    code, out, err = run(capsys, "conflicts", str(mine), "--doc", "d9")
    assert code == 1
    assert "d9" in err and len(err.strip().splitlines()) == 1, err
    assert "no merge conflicts" not in out
    code, out, err = run(capsys, "conflicts", str(mine), "--doc", "d1")
    assert (code, out.strip()) == (0, "no merge conflicts"), err


def test_the_core_refuses_a_file_given_twice_as_the_window_would_give_it(two, tmp_path):
    # The window's Merge projects… hands its chosen paths to the core; a
    # link and its target chosen together reached the second opening.
    from models import InvalidInput
    from models.review.merge import merge_projects

    mine, theirs = two
    link = tmp_path / "link.biaozhu"
    os.symlink(theirs, link)
    with Project.open(mine, annotator="alice") as project:
        head = project.chain_head()
        with pytest.raises(InvalidInput, match="named twice"):
            merge_projects(project, [theirs, link])
        assert project.chain_head() == head


def test_a_document_whose_id_is_taken_here_is_said_to_come_in_under_another(tmp_path, capsys):
    # Two laptops each imported a different article as d1: the merge kept the
    # second as d1_…, and said only "1 new document(s)", so the curator who
    # looked for d1 found the other article.
    mine, theirs = tmp_path / "a.biaozhu", tmp_path / "c.biaozhu"
    with Project.create(mine, annotator="alice") as project:
        project.add_document("江西铜博科技有限公司全年实现工业营收932.4亿元", doc_id="d1")
    with Project.create(theirs, annotator="carol") as project:
        project.add_document("比亚迪抚州基地贡献率达61.8%", doc_id="d1")
    code, out, err = run(capsys, "merge", str(mine), str(theirs))
    assert code == 0, err
    with Project.open(mine, readonly=True) as project:
        (renamed,) = [d for d in project.document_ids() if d != "d1"]
    assert f"document d1 of c.biaozhu is {renamed} here" in out, out
