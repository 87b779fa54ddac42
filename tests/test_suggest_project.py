"""Suggestions inside a project: the bundled model over the rules, the
project's lexicon (offered only while the project's finished documents and
decisions back a name), the curators' record with each source, decisions
kept across a re-run, progress and cancelling."""

from __future__ import annotations

import pytest

from models import Project
from models.errors import NotFound
from models.learn.evidence import (
    MIN_PRECISION,
    SourceEvidence,
    project_source_evidence,
    project_term_evidence,
)
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
    assert counts["version"].startswith("bundled-")
    assert texts(docs, "d1")[:3] == [
        ("华睿光电", "COMPANY", "pending"),
        ("12亿元", "METRIC", "pending"),
        ("8%", "METRIC", "pending"),
    ]
    stored = docs.suggestions("d1")[0]
    assert stored.source == "model" and 0.5 < stored.score <= 1 and stored.attrs["sources"]
    assert progress.calls[0] == ("start", 2) and progress.calls[-1] == ("finish",)
    assert ("advance", "d2") in progress.calls


def test_decisions_survive_a_rerun(docs):
    suggest_project(docs, ["d1"])
    by_text = {s.text: s for s in docs.suggestions("d1")}
    docs.reject_suggestion(by_text["8%"].id)
    docs.accept_suggestion(by_text["华睿光电"].id)
    counts = suggest_project(docs, ["d1"])
    assert counts["added"] == 0
    got = {t: st for t, _, st in texts(docs, "d1")}
    assert got["华睿光电"] == "accepted" and got["12亿元"] == "pending" and got["8%"] == "rejected"


def test_a_name_a_curator_marked_is_offered_elsewhere(docs):
    start = D1.index("鑫旺达")
    docs.add_span("d1", start, start + 3, "COMPANY")
    [evidence] = project_term_evidence(docs).values()
    assert evidence.term == "鑫旺达" and evidence.accepted == 1
    out = project_ensemble(docs).suggest(D2)
    assert ("鑫旺达", "COMPANY") in [(s.text, s.label) for s in out]
    lexicon_hit = next(s for s in out if s.text == "鑫旺达")
    assert "lexicon" in lexicon_hit.attrs["sources"]


def test_a_name_left_unmarked_in_finished_documents_stops_being_offered(project):
    name = "鑫旺达"
    marked = f"{name}负责人介绍了情况。"
    project.add_document(marked, doc_id="m")
    project.add_span("m", 0, 3, "COMPANY")
    project.set_status("m", "done")
    # three finished documents where the same characters are not a company
    for k, text in enumerate(["东方鑫旺达人居住区改造。", "鑫旺达广场开业。", "鑫旺达路口拥堵。"]):
        project.add_document(text, doc_id=f"u{k}")
        project.set_status(f"u{k}", "done")
    evidence = project_term_evidence(project)[name]
    assert (evidence.occurrences, evidence.annotated) == (4, 1)
    assert evidence.precision < MIN_PRECISION
    out = project_ensemble(project).suggest(f"{name}与华睿光电签署协议。")
    assert all("lexicon" not in s.attrs.get("sources", []) for s in out)


def test_rejections_count_against_a_name(project):
    project.add_document("鑫旺达负责人介绍了情况。", doc_id="m")
    project.add_span("m", 0, 3, "COMPANY")
    project.set_status("m", "done")
    text = "鑫旺达与华睿光电签署协议。"
    for k in range(3):
        project.add_document(text + "。" * (k + 1), doc_id=f"r{k}")
    suggest_project(project, ["r0", "r1", "r2"])
    for k in range(3):
        for s in project.suggestions(f"r{k}"):
            if s.text == "鑫旺达":
                project.reject_suggestion(s.id)
    evidence = project_term_evidence(project)["鑫旺达"]
    assert evidence.rejected == 3 and evidence.precision < MIN_PRECISION


def test_the_curators_record_with_a_source_moves_its_suggestions(project):
    # metric suggestions rejected over and over: this project does not want them
    for k in range(12):
        project.add_document(f"第{k}季度营收{k + 3}亿元，增长{k + 1}%。", doc_id=f"q{k}")
    suggest_project(project)
    version = project.suggestions("q0")[0].version
    for k in range(12):
        for s in project.suggestions(f"q{k}"):
            project.reject_suggestion(s.id)
    evidence = project_source_evidence(project, version)
    assert evidence[("metric", "METRIC")].rejected >= 20
    assert evidence[("metric", "METRIC")].shift < -2
    project.add_document("全年营收12亿元，增长8%。", doc_id="new")
    suggest_project(project, ["new"])
    assert project.suggestions("new") == []


def test_no_record_no_shift():
    assert SourceEvidence(0, 0, 0.9).shift == 0
    assert SourceEvidence(30, 0, 0.9).shift > 0 > SourceEvidence(0, 30, 0.9).shift


def test_unknown_document_writes_nothing(docs):
    with pytest.raises(NotFound):
        suggest_project(docs, ["d1", "nope"])
    assert docs.suggestions("d1") == []


def test_cancel_keeps_finished_documents(docs):
    with pytest.raises(Cancelled):
        suggest_project(docs, progress=Recorder(cancel_after=1))
    assert docs.suggestions("d1") and not docs.suggestions("d2")


def test_a_project_suggester_version_changes_with_its_lexicon(tmp_path):
    """Suggestions cached or stored under a version (the corpus path skips
    work by it) must not pass for ones made before the lexicon changed."""
    from models.suggest.pipeline import default_suggester

    with Project.create(tmp_path / "p.biaozhu", annotator="alice") as project:
        bare = project_ensemble(project).version
        assert bare == default_suggester().version
        text = "星海电子集团宣布了新的投资计划。"
        doc, _ = project.add_document(text, doc_id="d")
        project.add_span(doc, 0, 6, "COMPANY")
        project.set_status(doc, "done")
        taught = project_ensemble(project).version
    assert taught != bare and taught.startswith(bare + "+project-")
