"""`biaozhu conflicts --resolve` settles the conflict that `conflicts` listed
(conflicts, 6 December 2026).

A conflict's number is its row in ``merge_conflicts``; a restored backup
brings back a table with fewer rows, and the next merge gives the numbers
again, to other conflicts. The review window passes the document and the
spans it showed, and the core refuses a mismatch (attack2); the command line
resolved by number alone, so ``--resolve 1 --keep theirs`` typed after
reading the list took another conflict's spans into another annotator's
layer. Each conflict is now listed with a short check of what it is (its
document, annotator, origin, when it was raised and its incoming spans):
``#1:7c3e0a``, and ``--resolve`` takes it as listed, ``1:7c3e0a``. A check
that no longer matches is refused in one line naming what the number is
now; a bare number is refused in one line naming the conflict it is and how
to settle it, nothing changed either way."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from desktop.cli import main
from models import Project
from models.review.conflicts import conflict
from models.review.merge import merge_project
from models.store.backup import make_backup, restore_backup
from tests.test_review_fixtures import build_two_annotators, load_seeds


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def state(path) -> tuple:
    with Project.open(path, readonly=True) as p:
        return (
            len(p.history()),
            p.conn.execute(
                "SELECT doc_id, annotator, start_pos, end_pos, label FROM annotations ORDER BY 1, 2, 3, 4, 5"
            ).fetchall(),
        )


@pytest.fixture()
def scene(tmp_path):
    """Conflict 1 raised by a merge (bob's layer of the first article) and
    listed; then a backup from before that merge is restored and a merge
    raises another conflict 1 (carol's layer of the second article)."""
    path = tmp_path / "p.biaozhu"
    project, docs = build_two_annotators(path, load_seeds()[:2])
    project.close()
    first, second = docs[0]["id"], docs[1]["id"]
    shutil.copy(path, tmp_path / "bob.biaozhu")
    shutil.copy(path, tmp_path / "carol.biaozhu")
    with Project.open(tmp_path / "bob.biaozhu") as o:
        o.remove_span(o.annotations(first, "bob")[0].id, annotator="bob")
    with Project.open(tmp_path / "carol.biaozhu") as o:
        span = o.annotations(second, "gold")[0]
        o.add_span(second, span.start, span.end, span.label, annotator="carol")
    with Project.open(path, annotator="lead") as p:
        p.set_role("lead", "reviewer")
        backup = make_backup(p)
        p.remove_span(p.annotations(first, "bob")[-1].id, annotator="bob")
        (cid,) = merge_project(p, tmp_path / "bob.biaozhu").conflicts
    return path, backup, cid, (tmp_path / "carol.biaozhu", second, span)


def listed(capsys, path) -> list[str]:
    code, out, err = run(capsys, "conflicts", str(path), "--annotator", "lead")
    assert code == 0, err
    return re.findall(r"^#(\d+:[0-9a-f]+) ", out, flags=re.M)


def test_a_conflict_is_settled_as_listed(capsys, scene):
    path, _backup, cid, _carol = scene
    (handle,) = listed(capsys, path)
    assert handle.startswith(f"{cid}:")
    code, out, err = run(
        capsys, "conflicts", str(path), "--resolve", handle, "--keep", "theirs",
        "--annotator", "lead",
    )  # fmt: skip
    assert code == 0, err
    assert f"conflict {cid} resolved" in out
    with Project.open(path, readonly=True) as p:
        assert conflict(p, cid).resolved
        assert p.verify().ok
    # --json gives the same check, for scripts
    code, out, _ = run(capsys, "conflicts", str(path), "--all", "--json")
    assert f"{json.loads(out)['id']}:{json.loads(out)['check']}" == handle


def test_a_number_given_again_is_refused_naming_what_it_is_now(capsys, scene):
    path, backup, cid, (carol_file, second, span) = scene
    (handle,) = listed(capsys, path)  # bob's conflict, as the reviewer read it
    with Project.open(path, annotator="lead") as other:  # then, elsewhere
        restore_backup(other, backup)
        other.add_span(second, span.start, span.end, "POLICY", annotator="carol")
        assert merge_project(other, carol_file).conflicts == [cid]
    before = state(path)
    code, _out, err = run(
        capsys, "conflicts", str(path), "--resolve", handle, "--keep", "theirs",
        "--annotator", "lead",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1, err
    assert "no longer the one listed" in err and "carol" in err and second in err
    assert state(path) == before
    with Project.open(path, readonly=True) as p:
        assert not conflict(p, cid).resolved
        assert p.verify().ok


def test_a_bare_number_names_the_conflict_and_changes_nothing(capsys, scene):
    path, _backup, cid, _carol = scene
    (handle,) = listed(capsys, path)
    before = state(path)
    code, _out, err = run(
        capsys, "conflicts", str(path), "--resolve", str(cid), "--keep", "theirs",
        "--annotator", "lead",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1, err
    assert "bob" in err and f"--resolve {handle}" in err
    assert state(path) == before
