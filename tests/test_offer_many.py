"""Offering several names in one pass (``occurrences.offer_many``, what the
window does after Shift+A) offers exactly what offering them one by one
does: the same suggestions in the same documents at the same places, with
the same labels, under the action's token, the same history, the same
documents counted as left, and the same withdrawn by undoing the action.

The documents are the paragraphs of the real articles of ../shared/corpus
(and copies of some in traditional writing); the names, the COMPANY and
POLICY spans of their seed gold that recur in them."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import models.learn.occurrences as occurrences_module
from models import Project, Suggestion
from models.learn.occurrences import Names, new_token, occurrences, offer_elsewhere, offer_many
from models.store import bulk
from models.writings import _same_name_classes
from tests.conftest import shared_path

WHO = "alice"


def traditional(text: str) -> str:
    """``text`` with each character that has a traditional-only writing
    written so (the first of them)."""
    classes = _same_name_classes()
    return "".join(
        sorted(classes[ch] - {ch})[0] if len(classes.get(ch, ())) > 1 else ch for ch in text
    )


def corpus() -> tuple[list[str], list[tuple[str, str]]]:
    """(paragraphs, (name, label) recurring in them), from ../shared."""
    paragraphs = []
    for path in sorted(shared_path("corpus").glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    names: dict[str, str] = {}
    for line in shared_path("gold", "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        for span in json.loads(line)["spans"]:
            text = span["text"]
            if occurrences_module.is_propagated(span["label"], text) and "\n" not in text:
                names.setdefault(text, span["label"])
    recurring = [
        (name, label) for name, label in names.items() if sum(name in p for p in paragraphs) >= 2
    ]
    return paragraphs, sorted(recurring, key=lambda n: (-len(n[0]), n[0]))[:40]


def build(path, paragraphs: list[str], names: list[tuple[str, str]]):
    """A project of the paragraphs (and traditional copies of those holding
    a name with a second writing), a document of the names with a gold span
    on each, and the annotator's own work here and there: gold over some
    places, a finished document, public suggestions at some places."""
    project = Project.create(path, annotator=WHO)
    project.ensure_annotator("bob")
    texts = list(paragraphs)
    texts += [traditional(p) for p in paragraphs if traditional(p) != p][:12]
    docs = [project.add_document(t)[0] for t in texts]
    for n, (doc_id, text) in enumerate(zip(docs, texts, strict=True)):
        for name, label in names[n % 7 :: 7][:2]:
            start = text.find(name)
            if start < 0:
                continue
            if n % 3 == 0:  # the annotator's gold there, a little wider
                project.add_span(doc_id, max(0, start - 1), start + len(name), label)
            elif n % 3 == 1:  # a suggester's, everyone's
                project.store_suggestions(
                    doc_id, [Suggestion(start, start + len(name), label, name, 0.5, "rules", "1")]
                )
    for doc_id in docs[5:40:9]:
        project.set_status(doc_id, "done", annotator=WHO)
    project.set_status(docs[3], "done", annotator="bob")
    # the names, as accepted in one document (one of them also in its other writing)
    sources = [(name, label) for name, label in names]
    other = next((n, lab) for n, lab in names if traditional(n) != n)
    sources.append((traditional(other[0]), other[1]))
    here, _ = project.add_document("、".join(name for name, _label in sources))
    spans, at = [], 0
    for name, label in sources:
        spans.append(project.add_span(here, at, at + len(name), label))
        at += len(name) + 1
    return project, spans


def offers(project) -> list[tuple]:
    return sorted(
        project.conn.execute(
            "SELECT s.doc_id, s.start_pos, s.end_pos, s.label, s.text, s.source, a.annotator,"
            " a.offer FROM suggestions s JOIN suggestion_audience a ON a.suggestion_id = s.id"
        )
    )


def history(project) -> list[tuple]:
    out = []
    for doc_id, after in project.conn.execute(
        "SELECT doc_id, after FROM events WHERE action = 'suggestions.offered'"
    ):
        event = json.loads(after)
        starts = tuple(start for _sid, start in event["suggestions"])
        out.append((doc_id, event["offer"], event["text"], event["label"], starts))
    return sorted(out)


def places(offered) -> tuple[dict, frozenset]:
    return {d: sorted(p) for d, p in offered.items()}, offered.skipped


@pytest.mark.parametrize("limit", [occurrences_module.OFFER_DOCUMENTS, 3])
@pytest.mark.parametrize("small_batches", [False, True])
def test_offering_names_at_once_is_offering_them_one_by_one(
    tmp_path, monkeypatch, limit, small_batches
):
    paragraphs, names = corpus()
    assert len(names) >= 10
    one, spans_one = build(tmp_path / "one.biaozhu", paragraphs, names)
    many, spans_many = build(tmp_path / "many.biaozhu", paragraphs, names)
    token = new_token()
    singly = [places(offer_elsewhere(one, span, token, limit=limit)) for span in spans_one]
    if small_batches:  # 7 documents read at a time, a transaction every few places
        monkeypatch.setattr(occurrences_module, "READ_BATCH", 7)
        monkeypatch.setattr(occurrences_module, "WRITE_PLACES", 5)
        monkeypatch.setattr(
            occurrences_module, "READ_CHARS", 2_000
        )  # most texts read again to write
    together = [places(o) for o in offer_many(many, spans_many, token, limit=limit)]

    assert together == singly
    assert sum(len(p) for made, _skipped in singly for p in made.values()) > 20
    assert any(skipped for _made, skipped in singly)
    assert offers(many) == offers(one)
    assert any(text != name for _d, _s, _e, _l, text, *_rest in offers(one) for name, _ in names)
    assert history(many) == history(one)
    # undoing the action withdraws the same (suggestion ids are given in
    # another order)
    withdrawn = [bulk.withdraw_offer(p, token) for p in (many, one)]
    assert [{d: len(ids) for d, ids in w.items()} for w in withdrawn] == [
        {d: len(ids) for d, ids in withdrawn[1].items()}
    ] * 2
    assert offers(many) == offers(one)
    assert many.verify().ok and one.verify().ok
    one.close()
    many.close()


def test_a_name_whose_span_is_gone_offers_nothing_and_the_others_go_on(tmp_path):
    paragraphs, names = corpus()
    project, spans = build(tmp_path / "p.biaozhu", paragraphs, names[:5])
    project.remove_span(spans[1].id)
    made = offer_many(project, spans[:3], new_token())
    assert made[1] == {} and made[1].skipped == frozenset()
    assert made[0] and made[2]
    project.close()


@given(
    st.lists(st.text(alphabet="比亚亞迪乾干aA", min_size=2, max_size=4), min_size=1, max_size=5),
    st.text(alphabet="比亚亞迪乾干aA、", max_size=60),
)
# a name inside a longer one begun at the same place, the text ending on it:
# where pyahocorasick's longest matches (iter_long) lose the shorter name
@example(["比亚迪乾干", "亚迪"], "比亚迪、比亚迪乾")
def test_the_automaton_finds_each_name_where_a_search_of_it_alone_does(names, text):
    """``Names`` finds every name's places in one scan, as ``occurrences``
    finds each alone: either writing (乾 only as itself), overlapping names,
    a name inside another, a name repeated in itself (aa in aaa)."""
    found = Names(names).places(text, range(len(names)))
    for n, name in enumerate(names):
        assert found.get(n, []) == occurrences(text, name, either_writing=True)
