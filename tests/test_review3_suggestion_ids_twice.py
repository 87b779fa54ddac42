"""A project file written before offer ids were made unique: ``verify``
names a suggestion id its history gave to two suggestions, in one line, and
the history of the suggestion now holding the id is its own (review3,
7 December 2026).

Before 986520d (6 December 2026) an offer gave its suggestions the ids
past the largest id the table held, not past the largest SQLite's counter
had ever given: after an offer was undone (its suggestions left the file),
the next offer gave the same ids to other places. Such a file verified
"ok": nothing in it is wrong now (the tables are the replay of the
history), but the history names two suggestions by one number, and the
history of suggestion N (``Project.suggestion_event_ids``: Ctrl+Shift+H on
a suggestion, the history view's source) held both. The file is built here
as that version wrote it: the real offer, its real undo, then the next
offer given ids from the table's largest, as the old code computed them
(SQLite's counter set back to it, which the INSERT moves on again). The
history cannot be rewritten, and the tables need no change: verify says
what the history holds ("not provable", the verdict "verified, except"),
which ids, which events, and that nothing is to be repaired."""

from __future__ import annotations

import pytest

from desktop.cli import main
from models import Project, Suggestion
from models.store.bulk import Offer, offer_suggestions, withdraw_offer
from tests.conftest import news_train_article_naming

NAME = "天顺风能"


def places(text: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(NAME, i)]


def offer(p, doc, token: str, starts: list[int]) -> dict[int, int]:
    return offer_suggestions(p, Offer(token, "alice", NAME, "COMPANY"), {doc: starts})[doc]


@pytest.fixture()
def old_file(tmp_path):
    """alice's offer of 天顺风能 at its 2nd and 3rd places, undone; the next
    offer, at the 3rd place, given the first one's id as Biaozhu gave it
    before 986520d; alice accepts it."""
    row = news_train_article_naming(NAME)
    at = places(row["text"])
    path = tmp_path / "old.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        p.store_suggestions(
            doc, [Suggestion(at[0], at[0] + len(NAME), "COMPANY", NAME, 0.9, "rules", "1")]
        )
        first = offer(p, doc, "first", at[1:])
        withdraw_offer(p, "first")
        with p.transaction():  # the old offer's ids: past the table's largest
            p.conn.execute(
                "UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM suggestions)"
                " WHERE name = 'suggestions'"
            )
        second = offer(p, doc, "second", at[2:])
        assert second[at[2]] == first[at[1]]  # the id given again, elsewhere
        p.accept_suggestion(second[at[2]])
    return path, doc, at, second[at[2]]


def test_verify_names_the_id_given_twice_in_one_line(old_file, capsys):
    path, doc, at, sid = old_file
    with Project.open(path, annotator="alice") as p:
        report = p.verify()
        assert report.ok  # nothing in the tables is wrong
        (gap,) = [str(g) for g in report.gaps if "given to two suggestions" in str(g)]
        assert f"suggestion id {sid} was given to two suggestions" in gap
        assert f"[{at[1]}:{at[1] + 4}]" in gap and f"[{at[2]}:{at[2] + 4}]" in gap
        assert "before 7 December 2026" in gap and "nothing to repair" in gap
        assert "\n" not in gap
        assert report.summary().startswith("verified, except")
    assert main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "given to two suggestions" in line]
    assert len(lines) == 1 and lines[0].startswith("  not provable: suggestion id")


def test_the_history_of_the_suggestion_is_the_later_ones(old_file):
    path, doc, at, sid = old_file
    with Project.open(path, annotator="alice") as p:
        events = [e for e in p.history(doc_id=doc) if e.id in p.suggestion_event_ids(doc, sid)]
        # its offer at the third place and its accept; not the first offer,
        # at the second place, whose suggestion the undo took out
        assert [e.action for e in events] == ["suggestions.offered", "suggestion.accepted"]
        assert events[0].after["offer"] == "second"


def test_a_file_of_this_version_has_no_such_line(tmp_path):
    row = news_train_article_naming(NAME)
    at = places(row["text"])
    path = tmp_path / "new.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        offer(p, doc, "first", at[1:])
        withdraw_offer(p, "first")
        p.accept_suggestion(offer(p, doc, "second", at[2:])[at[2]])
        report = p.verify()
        assert report.ok and report.gaps == []
