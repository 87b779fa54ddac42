"""A suggestion id is never given to another suggestion, offers included
(attack2, 6 December 2026).

An accepted name is offered at its other places (Shift+O, or an accept of a
COMPANY or POLICY): ``bulk.offer_suggestions`` gave the new suggestions
their ids itself, as one past the largest id the table held, not past the
largest it had ever given (SQLite's counter, which a plain INSERT into the
AUTOINCREMENT table goes past). Undoing the offer takes its suggestions out
of the file; the next offer then got the same ids for other places. So:

- a second window still showing the first offer's suggestion 2 (at the
  name's second place) accepted, on A, the new suggestion 2 at its third
  place: the README says such a window "is refused and says so, instead of
  accepting or deleting the one that took its place";
- the history told two suggestions apart by nothing: "suggestion 2" was
  offered at one place, withdrawn, then offered at another, and the
  history of suggestion 2 (``Project.suggestion_event_ids``, Ctrl+Shift+H)
  held the events of both.

The offer's ids now go on past every id the file gave, as the spans'
already did."""

from __future__ import annotations

import pytest

from models import Project, Suggestion
from models.errors import NotFound
from models.store.bulk import Offer, offer_suggestions, withdraw_offer
from tests.conftest import news_train_article_naming

NAME = "天顺风能"


def places(text: str) -> list[int]:
    out, at = [], text.find(NAME)
    while at >= 0:
        out.append(at)
        at = text.find(NAME, at + 1)
    return out


@pytest.fixture()
def project(tmp_path):
    row = news_train_article_naming(NAME)
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc, _ = p.add_document(row["text"], doc_id=row["id"])
        first = places(row["text"])[0]
        p.store_suggestions(
            doc, [Suggestion(first, first + len(NAME), "COMPANY", NAME, 0.9, "rules", "1")]
        )
    return path, doc, places(row["text"])


def offer(p, doc, token: str, starts: list[int]) -> dict[int, int]:
    return offer_suggestions(p, Offer(token, "alice", NAME, "COMPANY"), {doc: starts})[doc]


def test_an_offer_after_a_withdrawn_one_gets_new_ids(project):
    path, doc, at = project
    with Project.open(path, annotator="alice") as p:
        given = offer(p, doc, "first", at[1:])
        withdraw_offer(p, "first")  # its Ctrl+Z: the suggestions leave the file
        again = offer(p, doc, "second", at[2:])
        assert not set(again.values()) & set(given.values())
        assert min(again.values()) > max(given.values())


def test_a_window_acting_on_a_withdrawn_offer_is_refused(project):
    path, doc, at = project
    with Project.open(path, annotator="alice") as window:
        shown = offer(window, doc, "first", at[1:])[at[1]]  # the second window shows this one
        with Project.open(path, annotator="alice") as other:
            withdraw_offer(other, "first")
            offer(other, doc, "second", at[2:])
        with pytest.raises(NotFound):
            window.accept_suggestion(shown)
        assert window.annotations(doc, "alice") == []
        assert window.verify().ok


def test_the_history_of_a_suggestion_is_its_own(project):
    path, doc, at = project
    with Project.open(path, annotator="alice") as p:
        shown = offer(p, doc, "first", at[1:])[at[1]]
        withdraw_offer(p, "first")
        offer(p, doc, "second", at[2:])
        events = [e for e in p.history(doc_id=doc) if e.id in p.suggestion_event_ids(doc, shown)]
        # its offer at the second place, and nothing of the third place's offer
        assert [(e.action, e.after["offer"]) for e in events] == [("suggestions.offered", "first")]
