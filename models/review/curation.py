"""Where each document stands for a reviewer, as INCEpTION's curation list
shows it: the two annotators Compare & adjudicate compares by default, how
many places their layers differ and how many of those the reviewer has not
settled yet, and whether the reviewer marked the document done (its
adjudicated layer is the gold).

The pair is ``default_pair``'s, which the window opens a document with: the
first two annotators (in the project's order) with work on the document
other than the one looking. A document fewer than two of them worked on is
not compared (``NOT_COMPARED``): there is nothing between annotators to
settle. The counts are ``Adjudication.counts``'s ``to_settle`` and
``to_settle_done`` for that pair (agreements are not differences); for one
who is not a reviewer nothing is settled, every difference is left."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.review.adjudicate import Adjudication
from models.review.compare import LayerRef, layer_counts

NOT_COMPARED, AGREED, DISAGREEMENTS, SETTLED, ADJUDICATED = (
    "not_compared",
    "agreed",
    "disagreements",
    "settled",
    "adjudicated",
)


@dataclass(frozen=True)
class CurationState:
    """One document for one reviewer (see the module docstring)."""

    doc_id: str
    pair: tuple[str, str] | None  # the two annotators compared; None: fewer than two
    differences: int  # places where their layers differ (agreements not counted)
    left: int  # of them, those the reviewer has not settled
    done: bool  # the reviewer marked the document done

    @property
    def state(self) -> str:
        if self.done:
            return ADJUDICATED
        if self.pair is None:
            return NOT_COMPARED
        if self.differences == 0:
            return AGREED
        return SETTLED if self.left == 0 else DISAGREEMENTS


def default_pair(project, doc_id: str, viewer: str) -> tuple[LayerRef, LayerRef]:
    """The two layers Compare & adjudicate shows a document with first: the
    first two annotators with work there other than ``viewer``; with one of
    them, that one and the suggestions; with none, the suggestions and the
    gold."""
    people = _people(project, doc_id, viewer)
    left = LayerRef.annotator(people[0]) if people else LayerRef("suggestions")
    right = LayerRef.annotator(people[1]) if len(people) > 1 else LayerRef("suggestions")
    if right == left:
        right = LayerRef("gold")
    return left, right


def _people(project, doc_id: str, viewer: str) -> list[str]:
    """Annotators with work on the document (spans, or a status past todo),
    in the project's order, ``viewer`` left out."""
    worked = layer_counts(project, doc_id)
    return [a["name"] for a in project.annotators() if a["name"] in worked and a["name"] != viewer]


def curation_states(
    project, reviewer: str, doc_ids: Iterable[str] | None = None
) -> dict[str, CurationState]:
    """Each document's state for ``reviewer`` (every document, or those of
    ``doc_ids``). One query finds who worked where; only a document two
    annotators worked on is compared."""
    q = project.conn.execute
    if doc_ids is None:  # every document: who worked where in one query
        ids = [row[0] for row in q("SELECT id FROM documents ORDER BY rowid")]
        worked: dict[str, set[str]] = {doc: set() for doc in ids}
        for doc, who in q(
            "SELECT DISTINCT doc_id, annotator FROM annotations"
            " UNION SELECT doc_id, annotator FROM doc_status WHERE status != 'todo'"
        ):
            worked.setdefault(doc, set()).add(who)
    else:  # a few (the one just adjudicated): by the documents' own rows
        ids = list(doc_ids)
        worked = {doc: set(layer_counts(project, doc)) for doc in ids}
    done = {
        doc
        for (doc,) in q(
            "SELECT doc_id FROM doc_status WHERE annotator = ? AND status = 'done'", (reviewer,)
        )
    }
    order = [a["name"] for a in project.annotators()]
    reviewing = project.role(reviewer) == "reviewer"
    out: dict[str, CurationState] = {}
    for doc in ids:
        here = worked.get(doc, set())
        people = [n for n in order if n in here and n != reviewer]
        if len(people) < 2:
            out[doc] = CurationState(doc, None, 0, 0, doc in done)
            continue
        adj = Adjudication(
            project,
            doc,
            reviewer,
            LayerRef.annotator(people[0]),
            LayerRef.annotator(people[1]),
            auto_done=False,
        )
        c = adj.counts()
        settled = c["to_settle_done"] if reviewing else 0
        out[doc] = CurationState(
            doc, (people[0], people[1]), c["to_settle"], c["to_settle"] - settled, doc in done
        )
    return out
