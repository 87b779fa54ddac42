"""The project's record with each candidate source (models/learn/evidence.py),
on the sample articles the app ships: one document finished without reading
its suggestions does not switch a source off, the same rejections in
document after document do, and an accepted suggestion whose span a curator
removed counts against its source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.learn.evidence import SourceEvidence, project_source_evidence
from models.suggest.project import suggest_project

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
ARTICLES = sorted(SAMPLE.glob("*.txt"))


def article(n: int) -> str:
    return ARTICLES[n].read_text("utf-8").strip()


def paragraphs() -> list[str]:
    """The sample articles' paragraphs, each a short news item."""
    return [
        line.strip()
        for path in ARTICLES
        for line in path.read_text("utf-8").splitlines()
        if len(line.strip()) > 60
    ]


def metric(project, doc_id: str) -> list:
    return [s for s in project.suggestions(doc_id) if s.label == "METRIC"]


def record(project, doc_id: str) -> SourceEvidence:
    version = project.suggestions(doc_id)[0].version.partition("+")[0]
    return project_source_evidence(project, version)[("metric", "METRIC")]


def work(project, doc_id: str, *, reject_metric: bool, pending: bool = False) -> None:
    """A curator's pass: the names accepted; the quantities rejected (X), or
    left pending to Ctrl+D twice, or accepted too; the document marked done."""
    for s in project.suggestions(doc_id):
        if s.label != "METRIC" or not reject_metric:
            project.accept_suggestion(s.id)
        elif not pending:
            project.reject_suggestion(s.id)
    project.set_status(doc_id, "done")


def test_one_document_finished_without_reading_its_suggestions_does_not_switch_a_source_off(
    project,
):
    # a long report (two of the sample articles in one document) and the next one
    project.add_document(article(0) + "\n" + article(1), doc_id="long")
    project.add_document(article(2), doc_id="next")
    suggest_project(project)  # as the window does on import
    quantities = metric(project, "long")
    assert len(quantities) >= 40
    offered = [s.text for s in metric(project, "next")]
    assert len(offered) >= 20
    for s in quantities[:9]:
        project.accept_suggestion(s.id)
    project.set_status("long", "done")  # Ctrl+D twice: the rest count as rejected
    counts = record(project, "long")
    assert (counts.accepted, counts.rejected) == (9, len(quantities) - 9)
    suggest_project(project)  # Tools → Suggest
    assert [s.text for s in metric(project, "next")] == offered
    assert record(project, "long").shift > -0.5


def test_a_source_rejected_in_document_after_document_is_turned_down(project):
    """Issue 14, item 5: a project whose curators keep rejecting a rule's
    output stops getting it, whether they reject each suggestion (X) or
    finish documents with them pending (Ctrl+D twice)."""
    for n in range(4):
        project.add_document(article(n), doc_id=f"a{n}")
    suggest_project(project)
    offered = [s.text for s in metric(project, "a2")]
    work(project, "a0", reject_metric=True)
    suggest_project(project)
    assert [s.text for s in metric(project, "a2")] == offered  # one document is no pattern
    work(project, "a1", reject_metric=True)
    work(project, "a3", reject_metric=True, pending=True)
    counts = record(project, "a0")
    assert counts.accepted == 0 and counts.rejected >= 60
    suggest_project(project)
    assert metric(project, "a2") == []


def test_a_source_goes_on_down_while_its_scored_down_suggestions_are_rejected(project):
    """Suggestions made a document at a time, as the curator comes to it
    (Tools → Suggest this document, ``suggest --project P --doc ID``): the
    quantities shown scored down and rejected still count against what the
    scorer gave them, so the rules stop being offered, instead of settling
    where their moved-down suggestions were shown."""
    offered = []
    for n, text in enumerate(paragraphs()[:12]):
        project.add_document(text, doc_id=f"p{n}")
        suggest_project(project, [f"p{n}"])
        offered.append(len(metric(project, f"p{n}")))
        work(project, f"p{n}", reject_metric=True)
    assert sum(offered[:3]) >= 10
    assert offered[-5:] == [0] * 5
    assert record(project, "p0").shown > 0.9  # the scorer's probabilities, not the moved ones


def test_finished_documents_keep_the_evidence_that_turned_a_source_down(project):
    """Documents finished with their quantities pending (Ctrl+D twice) turn
    the rules down; suggesting again leaves them that way, since a finished
    document is suggested without the project's record, and its pending
    suggestions stay to be measured against its gold."""
    for n in range(4):
        project.add_document(article(n), doc_id=f"a{n}")
    suggest_project(project)
    for doc_id in ("a0", "a1", "a3"):
        work(project, doc_id, reject_metric=True, pending=True)
    for _run in range(3):
        suggest_project(project)
        assert metric(project, "a2") == []
        assert all(metric(project, doc_id) for doc_id in ("a0", "a1", "a3"))


def test_a_source_whose_suggestions_are_accepted_keeps_them(project):
    for n in range(4):
        project.add_document(article(n), doc_id=f"a{n}")
    suggest_project(project)
    offered = [s.text for s in metric(project, "a2")]
    for doc_id in ("a0", "a1", "a3"):
        work(project, doc_id, reject_metric=False)
    assert record(project, "a0").shift >= 0
    suggest_project(project)
    assert [s.text for s in metric(project, "a2")] == offered


def test_suggest_says_which_sources_the_record_scores_down_and_what_it_held_back(tmp_path, capsys):
    """``suggest --project`` says why quantities vanished, in a line per
    source scored down; a careless document, absorbed, is not one."""
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        project.add_document(article(0) + "\n" + article(1), doc_id="long")
        for n in range(4):
            project.add_document(article((n + 2) % 4), doc_id=f"a{n}")
        suggest_project(project)
        for s in metric(project, "long")[:9]:
            project.accept_suggestion(s.id)
        project.set_status("long", "done")
    assert main(["suggest", "--project", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("suggested 5 documents")
    with Project.open(path, annotator="alice") as project:
        offered = len(metric(project, "a0"))
        for doc_id in ("a1", "a2", "a3"):
            work(project, doc_id, reject_metric=True, pending=doc_id == "a3")
    assert main(["suggest", "--project", str(path)]) == 0
    said = capsys.readouterr().out.splitlines()[1:]
    with Project.open(path, readonly=True) as project:
        rejected = record(project, "long").rejected
    assert len(said) == 1
    line = re.fullmatch(
        rf"  quantity rules METRIC: 9 accepted, {rejected} rejected in this project"
        rf" \(4 documents\) → scored down \((0\.9\d\d) → (0\.\d+)\);"
        rf" {offered} suggestions held below the threshold",
        said[0],
    )
    assert line and float(line[2]) < 0.3, said


def test_an_accepted_suggestion_whose_span_was_removed_counts_against_its_source(project):
    project.add_document(article(2), doc_id="d")
    suggest_project(project)
    first, second = metric(project, "d")[:2]
    project.accept_suggestion(first.id)
    span = project.accept_suggestion(second.id)
    assert (record(project, "d").accepted, record(project, "d").rejected) == (2, 0)
    project.remove_span(span.id)  # Del: the curator says the span was wrong
    assert (record(project, "d").accepted, record(project, "d").rejected) == (1, 1)
    assert record(project, "d").shift < 0
    restored = project.add_span("d", second.start, second.end, "METRIC")  # drawn again
    assert (record(project, "d").accepted, record(project, "d").rejected) == (2, 0)
    project.remove_span(restored.id)
    project.restore_span(restored)  # undoing the removal
    assert (record(project, "d").accepted, record(project, "d").rejected) == (2, 0)


def test_a_record_without_documents_weighs_every_decision():
    """A record a training measured on the project's gold (no documents)
    moves its source as before; kept per document, one document that
    disagrees with the scorer moves it little, two alike move it as far."""
    one = SourceEvidence(9, 38, 0.99, ((9, 38),))
    two = SourceEvidence(18, 76, 0.99, ((9, 38), (9, 38)))
    pooled = SourceEvidence(9, 38, 0.99)
    assert pooled.shift < -3
    assert -0.5 < one.shift <= 0
    assert two.shift < -3
    assert SourceEvidence(0, 0, 0.9, ()).shift == 0


@pytest.mark.parametrize("docs", [((20, 0),) * 10, ((19, 1),) * 10 + ((14, 6),)])
def test_documents_that_agree_count_in_full(docs):
    accepted = sum(a for a, _r in docs)
    rejected = sum(r for _a, r in docs)
    per_document = SourceEvidence(accepted, rejected, 0.9, docs)
    pooled = SourceEvidence(accepted, rejected, 0.9)
    assert per_document.shift == pytest.approx(pooled.shift, abs=0.25)


def product_project(tmp_path) -> Project:
    """The sample's tea and port articles in a project whose schema keeps
    financial products (茶园贷, 航运e贷) apart as PRODUCT: label key 4."""
    from models.domain import Label
    from models.store.project import default_labels

    labels = [*default_labels(), Label("PRODUCT", "#c084fc", "4", "A named financial product.")]
    project = Project.create(tmp_path / "p.biaozhu", annotator="alice", labels=labels)
    project.add_document(article(1), doc_id="tea")
    project.add_document(article(3), doc_id="port")
    suggest_project(project)
    return project


def policy_record(project) -> tuple[int, int]:
    version = project.suggestions("tea")[0].version.partition("+")[0]
    ev = project_source_evidence(project, version)
    assert not [key for key in ev if key[1] == "PRODUCT"]  # no source proposed a PRODUCT
    return ev[("policy", "POLICY")].accepted, ev[("policy", "POLICY")].rejected


def test_a_suggestion_accepted_under_another_label_counts_against_its_label(tmp_path):
    """A label key on a suggestion (accept as another label), or on the span
    its accept made (relabel), says the suggestion was wrong for its label:
    it counts against that label's sources, and for no source of the other
    label, since none proposed it."""
    with product_project(tmp_path) as project:
        policies = [s for doc in ("tea", "port") for s in project.suggestions(doc)]
        policies = [s for s in policies if s.label == "POLICY"]
        products = [s for s in policies if s.text in ("“茶园贷”", "“航运e贷”")]
        assert len(products) == 3 and len(policies) >= 7
        for s in policies:
            if s not in products:
                project.accept_suggestion(s.id)
        project.accept_suggestion(products[0].id, "PRODUCT")  # 4 on the suggestion
        project.accept_suggestion(products[1].id, "PRODUCT")
        span = project.accept_suggestion(products[2].id)  # A, then 4 on the span
        assert policy_record(project) == (len(policies) - 2, 2)
        project.relabel_span(span.id, "PRODUCT")
        assert policy_record(project) == (len(policies) - 3, 3)
        project.relabel_span(span.id, "POLICY")  # the relabel undone (Ctrl+Z)
        assert policy_record(project) == (len(policies) - 2, 2)


def test_an_accepted_suggestion_whose_boundaries_were_corrected_counts_against_its_source(project):
    """The scorer's probability is that of the very span: one accepted and then
    moved (Alt+arrows) was not right as shown; moved back, it was."""
    project.add_document(article(2), doc_id="d")
    suggest_project(project)
    first, second = metric(project, "d")[:2]
    project.accept_suggestion(first.id)
    span = project.accept_suggestion(second.id)
    project.resize_span(span.id, second.start, second.end - 1)
    assert (record(project, "d").accepted, record(project, "d").rejected) == (1, 1)
    project.resize_span(span.id, second.start, second.end)
    assert (record(project, "d").accepted, record(project, "d").rejected) == (2, 0)
