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
to settle it, nothing changed either way. (Since review4 numbers are never
given again; the restore here is one an older Biaozhu made, ``older_restore``.)"""

from __future__ import annotations

import json
import re

import pytest

from desktop.cli import main
from models import Project
from models.review.conflicts import conflict
from tests.test_review_fixtures import a_conflict_before_a_restore, give_the_number_again


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
    return a_conflict_before_a_restore(tmp_path, "lead")


def listed(capsys, path) -> list[str]:
    code, out, err = run(capsys, "conflicts", str(path), "--annotator", "lead")
    assert code == 0, err
    return re.findall(r"^#(\d+:[0-9a-f]+) ", out, flags=re.M)


def test_a_conflict_is_settled_as_listed(capsys, scene):
    path, cid = scene.path, scene.cid
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
    path, cid, second = scene.path, scene.cid, scene.second
    (handle,) = listed(capsys, path)  # bob's conflict, as the reviewer read it
    assert give_the_number_again(scene, "lead", older_restore=True) == [cid]  # then, elsewhere
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
    path, cid = scene.path, scene.cid
    (handle,) = listed(capsys, path)
    before = state(path)
    code, _out, err = run(
        capsys, "conflicts", str(path), "--resolve", str(cid), "--keep", "theirs",
        "--annotator", "lead",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1, err
    assert "bob" in err and f"--resolve {handle}" in err
    assert state(path) == before
