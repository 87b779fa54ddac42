"""Suggestions inside a project: the project's lexicon and learned model
join the rules; decisions survive a re-run; progress and cancelling."""

from __future__ import annotations

import pytest

import models.learn
from models.domain import Suggestion
from models.errors import NotFound
from models.progress import Cancelled
from models.suggest.project import project_ensemble, suggest_project

D1 = "龙头企业华睿光电实现营收12亿元，同比增长8%。鑫旺达负责人介绍了情况。"
D2 = "鑫旺达与华睿光电签署协议，推进“智改数转”行动。"


class Recorder:
    def __init__(self, cancel_after: int | None = None):
        self.calls = []
        self.cancel_after = cancel_after
        self.done = 0

    def start(self, total, what):
        self.calls.append(("start", total))

    def advance(self, n=1, note=""):
        self.done += n
        self.calls.append(("advance", note))

    def cancelled(self):
        return self.cancel_after is not None and self.done >= self.cancel_after

    def finish(self):
        self.calls.append(("finish",))


@pytest.fixture
def docs(project):
    project.add_document(D1, doc_id="d1")
    project.add_document(D2, doc_id="d2")
    return project


def texts(project, doc_id):
    return [(s.text, s.label, s.status) for s in project.suggestions(doc_id)]


def test_suggest_and_store(docs):
    progress = Recorder()
    counts = suggest_project(docs, progress=progress)
    assert counts["documents"] == 2 and counts["added"] == counts["suggestions"] > 0
    assert counts["version"].startswith("policy@")
    assert texts(docs, "d1") == [
        ("华睿光电", "COMPANY", "pending"),
        ("12亿元", "METRIC", "pending"),
        ("8%", "METRIC", "pending"),
    ]
    assert progress.calls[0] == ("start", 2) and progress.calls[-1] == ("finish",)
    assert ("advance", "d2") in progress.calls


def test_decisions_survive_a_rerun(docs):
    suggest_project(docs, ["d1"])
    by_text = {s.text: s for s in docs.suggestions("d1")}
    docs.reject_suggestion(by_text["8%"].id)
    docs.accept_suggestion(by_text["华睿光电"].id)
    counts = suggest_project(docs, ["d1"])
    assert counts["added"] == 0
    assert [(t, st) for t, _, st in texts(docs, "d1")] == [
        ("华睿光电", "accepted"),
        ("12亿元", "pending"),
        ("8%", "rejected"),
    ]


def test_accepted_terms_are_suggested_elsewhere(docs):
    suggest_project(docs, ["d1"])
    start = D1.index("鑫旺达")
    docs.add_span("d1", start, start + 3, "COMPANY")
    assert "鑫旺达" in project_ensemble(docs).suggest(D2)[0].text
    suggest_project(docs, ["d2"])
    got = {(s.text, s.source) for s in docs.suggestions("d2")}
    assert ("鑫旺达", "lexicon") in got


def test_learned_model_joins_the_ensemble(docs, monkeypatch):
    class Learned:
        name = "crf"
        version = "m7"

        def suggest(self, text):
            i = text.index("推进")
            return [Suggestion(i, i + 2, "POLICY", "推进", 0.99, self.name, self.version)]

    monkeypatch.setattr(models.learn, "active_suggester", lambda project: Learned())
    ensemble = project_ensemble(docs)
    assert "crf@m7" in ensemble.version
    out = ensemble.suggest(D2)
    assert ("推进", "crf", "m7") in [(s.text, s.source, s.version) for s in out]


def test_unknown_document_writes_nothing(docs):
    with pytest.raises(NotFound):
        suggest_project(docs, ["d1", "nope"])
    assert docs.suggestions("d1") == []


def test_cancel_keeps_finished_documents(docs):
    with pytest.raises(Cancelled):
        suggest_project(docs, progress=Recorder(cancel_after=1))
    assert docs.suggestions("d1") and not docs.suggestions("d2")
