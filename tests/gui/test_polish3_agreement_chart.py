"""Review → Agreement on a project whose two annotators share no document
(bob's copy of the articles came in as documents of its own: its texts had
been changed) showed an empty Chart box, an empty Chart: list and an empty
table of pairs: boxes that showed nothing. The window shows what it has: the
reason in words, no empty box; and where two annotators do share documents,
the chart draws the chosen pair's figures per label."""

from __future__ import annotations

import threading

import pytest

from models import Project
from models.review.agreement import agreement_report
from tests.test_review_fixtures import build_two_annotators, load_seeds

TEXTS = ("比亚迪营收增长12%。", "宁德时代利润增长8%。")


def panel_on(qtbot, path):
    from desktop.gui.review.agreement_panel import AgreementPanel

    panel = AgreementPanel(str(path), "rita", None)
    qtbot.addWidget(panel)
    panel.resize(820, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def computed(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.computing, timeout=30_000)


@pytest.fixture
def apart(tmp_path):
    """alice annotated one article, bob another: two annotators, no pair."""
    path = tmp_path / "apart.biaozhu"
    with Project.create(path, annotator="lead") as project:
        for who, text in zip(("alice", "bob"), TEXTS, strict=True):
            doc, _ = project.add_document(text)
            project.add_span(doc, 0, 3, "COMPANY", annotator=who)
            project.set_status(doc, "done", annotator=who)
    return path


def test_no_empty_boxes_when_no_two_annotators_share_a_document(qtbot, apart):
    panel = panel_on(qtbot, apart)
    computed(qtbot, panel)
    assert panel.report["pairs"] == [] and len(panel.report["annotators"]) == 2
    assert panel.summary.text() == "No two annotators share a document yet."
    assert panel.summary.isVisible()
    # nothing to chart, no pair to choose, no row of figures: none of them shown
    assert not panel.chart.isVisible()
    assert not panel.pair.isVisible() and not panel.pair_label.isVisible()
    assert not panel.table.isVisible()
    assert not panel.alpha_table.isVisible()  # a row of dashes
    assert "no two annotators have finished" in panel.alpha_title.text()
    # the explanations stay under the reason, not spread down the window
    assert panel.explains[0].geometry().top() - panel.summary.geometry().bottom() < 40
    panel.close()


def test_the_chart_draws_the_chosen_pairs_figures(qtbot, tmp_path):
    docs = load_seeds()[:2]
    project, _ = build_two_annotators(tmp_path / "p.biaozhu", docs)
    expected = agreement_report(project, by_document=False)["pairs"][0]
    project.close()
    panel = panel_on(qtbot, tmp_path / "p.biaozhu")
    computed(qtbot, panel)
    assert panel.chart.isVisible() and panel.table.isVisible()
    assert panel.pair.isVisible() and panel.pair.currentText() == "gold × bob"
    measures = ("exact_f1", "overlap_f1", "kappa")
    assert panel.chart.groups == [
        *((label, [f[m] for m in measures]) for label, f in expected["labels"].items()),
        ("(all)", [expected["overall"][m] for m in measures]),
    ]
    # the bars are painted: the chart's pixels hold the measures' colours
    image = panel.chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }
    assert {"#2e86c1", "#28b463", "#af601a"} <= colours
    panel.close()


def test_no_empty_chart_while_the_report_computes(qtbot, tmp_path, monkeypatch):
    from desktop.gui.review import agreement_panel

    docs = load_seeds()[:1]
    project, _ = build_two_annotators(tmp_path / "p.biaozhu", docs)
    project.close()
    release = threading.Event()
    real = agreement_panel.agreement_report

    def slow_report(project, **options):
        release.wait(20)
        return real(project, **options)

    monkeypatch.setattr(agreement_panel, "agreement_report", slow_report)
    panel = panel_on(qtbot, tmp_path / "p.biaozhu")
    try:
        assert panel.computing and panel.progress.isVisible()
        assert not panel.chart.isVisible() and not panel.table.isVisible()
    finally:
        release.set()
    computed(qtbot, panel)
    assert panel.chart.isVisible() and panel.table.isVisible()
    panel.close()
