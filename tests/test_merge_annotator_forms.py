"""``biaozhu merge`` of a file that stores an annotator in another form
(ａｌｉｃｅ in full-width letters: written by an older Biaozhu, an import
that kept a file's raw name, or sqlite3) into one that stores ``alice``
brings her work into alice's layer, as every other command reaches that
name: it made a second annotator beside her, her spans, decisions and
statuses in a layer of their own. The other file's events are copied as
they were written (their hashes hold), and ``biaozhu verify`` passes on
both files and the result. A file that stores both forms keeps them apart
here as it does; two forms there that would both be alice here, neither
written so, are refused in words with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main
from models import Project, Suggestion
from tests.conftest import shared_path

WIDE = "ａｌｉｃｅ"  # NFKC: alice


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def articles(n: int) -> list[tuple[str, str]]:
    rows = [
        json.loads(line)
        for line in shared_path("gold", "news-train.jsonl").read_text("utf-8").splitlines()
    ]
    return [(row["id"], row["text"]) for row in rows[:n]]


def gold_span(text_id: str) -> tuple[int, int, str]:
    for line in shared_path("gold", "news-train.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == text_id:
            span = row["spans"][0]
            return span["start"], span["end"], span["label"]
    raise AssertionError(text_id)


def here_and_there(tmp_path: Path, *theirs: str) -> tuple[Path, Path]:
    """This project, where alice annotated the first article, and another
    with the same articles where the names ``theirs`` (the first with
    everything) annotated the second, decided on a suggestion there and
    marked it done."""
    (a, text_a), (b, text_b) = articles(2)
    here = tmp_path / "here.biaozhu"
    with Project.create(here, annotator="alice") as p:
        p.add_document(text_a, doc_id=a)
        p.add_document(text_b, doc_id=b)
        p.add_span(a, *gold_span(a), annotator="alice")
    there = tmp_path / "there.biaozhu"
    with Project.create(there, annotator="boss") as p:
        p.add_document(text_a, doc_id=a)
        p.add_document(text_b, doc_id=b)
        start, end, label = gold_span(b)
        p.store_suggestions(
            b, [Suggestion(start, end, label, text_b[start:end], 0.9, "test.rules", "1", {})]
        )
        (sugg,) = p.suggestions(b)
        for n, name in enumerate(theirs):
            p.ensure_annotator(name)  # as an older version stored it
            if n == 0:
                p.accept_suggestion(sugg.id, annotator=name)
                p.set_status(b, "done", annotator=name)
            else:
                p.set_status(a, "in_progress", annotator=name)
    return here, there


def names(path: Path) -> list[str]:
    with Project.open(path, readonly=True) as p:
        return sorted(a["name"] for a in p.annotators())


def test_a_merge_brings_the_wide_form_into_alices_layer(tmp_path, capsys):
    here, there = here_and_there(tmp_path, WIDE)
    (a, _), (b, text_b) = articles(2)
    code, _out, err = run(capsys, "merge", str(here), str(there), "--annotator", "alice")
    assert code == 0, err
    assert names(here) == ["alice", "boss"]  # no second alice
    with Project.open(here, annotator="alice", readonly=True) as p:
        start, end, label = gold_span(b)
        assert [(s.start, s.end, s.label) for s in p.annotations(b, "alice")] == [
            (start, end, label)
        ]
        assert [s.status for s in p.suggestions(b, "alice")] == ["accepted"]
        assert p.status(b, "alice") == "done"
        assert len(p.annotations(a, "alice")) == 1  # hers from before, kept
        # her events are copied as she wrote them: their hashes are their origin's
        copied = [e for e in p.history() if e.origin_hash is not None]
        assert WIDE in {e.annotator for e in copied}
    for path in (here, there):
        code, out, err = run(capsys, "verify", str(path))
        assert code == 0, out + err
    # merged again: nothing new
    code, out, err = run(capsys, "merge", str(here), str(there), "--annotator", "alice")
    assert code == 0, err
    assert "nothing new" in out
    assert names(here) == ["alice", "boss"]


def test_a_file_holding_both_forms_keeps_them_apart_as_it_does(tmp_path, capsys):
    """There, ``alice`` reaches its own layer and ａｌｉｃｅ is another one,
    reached by typing it so: here too, neither poured into the other."""
    here, there = here_and_there(tmp_path, WIDE, "alice")
    (a, _), (b, _) = articles(2)
    code, _out, err = run(capsys, "merge", str(here), str(there), "--annotator", "alice")
    assert code == 0, err
    assert names(here) == ["alice", "boss", WIDE]
    with Project.open(here, annotator="alice", readonly=True) as p:
        assert p.annotations(b, "alice") == [] and len(p.annotations(b, WIDE)) == 1
        assert p.status(b, WIDE) == "done" and p.status(b, "alice") == "todo"
        assert p.status(a, "alice") == "in_progress"
    for path in (here, there):
        code, out, err = run(capsys, "verify", str(path))
        assert code == 0, out + err


def test_two_forms_that_would_be_one_here_are_refused_before_anything_is_written(tmp_path, capsys):
    other = "alｉce"  # a full-width i alone: NFKC alice too
    here, there = here_and_there(tmp_path, WIDE, other)
    with Project.open(here, readonly=True) as p:
        events = len(p.history())
    code, _out, err = run(capsys, "merge", str(here), str(there), "--annotator", "alice")
    assert code == 1
    (line,) = err.strip().splitlines()
    assert WIDE in line and other in line and "'alice'" in line and "Traceback" not in err
    assert "nothing was merged" in line
    with Project.open(here, readonly=True) as p:
        assert len(p.history()) == events
    assert names(here) == ["alice"]
    code, out, err = run(capsys, "verify", str(here))
    assert code == 0, out + err


def test_merged_back_alices_work_goes_into_the_wide_layer_there(tmp_path, capsys):
    here, there = here_and_there(tmp_path, WIDE)
    (a, _), (b, _) = articles(2)
    assert run(capsys, "merge", str(here), str(there), "--annotator", "alice")[0] == 0
    code, _out, err = run(capsys, "merge", str(there), str(here), "--annotator", "boss")
    assert code == 0, err
    assert names(there) == ["boss", WIDE]
    with Project.open(there, readonly=True) as p:
        assert [(s.start, s.end, s.label) for s in p.annotations(a, WIDE)] == [gold_span(a)]
        assert len(p.annotations(b, WIDE)) == 1 and p.status(b, WIDE) == "done"
    for path in (here, there):
        code, out, err = run(capsys, "verify", str(path))
        assert code == 0, out + err


def test_a_name_two_forms_here_could_be_is_refused(tmp_path, capsys):
    """Here ａｌｉｃｅ and alｉce, neither written alice: the other file's
    alice could be either, as ``--annotator alice`` could."""
    _here, there = here_and_there(tmp_path, "alice")
    fresh = tmp_path / "fresh.biaozhu"
    with Project.create(fresh, annotator="boss") as p:
        for doc_id, text in articles(2):
            p.add_document(text, doc_id=doc_id)
        for name in (WIDE, "alｉce"):
            p.ensure_annotator(name)
    with Project.open(fresh, readonly=True) as p:
        events = len(p.history())
    code, _out, err = run(capsys, "merge", str(fresh), str(there), "--annotator", "boss")
    assert code == 1
    (line,) = err.strip().splitlines()
    assert "'alice'" in line and WIDE in line and "alｉce" in line and "nothing was merged" in line
    with Project.open(fresh, readonly=True) as p:
        assert len(p.history()) == events
