"""The agreement panel: a table per pair × label and a painted bar chart."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from models.review.agreement import pair_agreement  # noqa: E402
from tests.test_review_fixtures import build_two_annotators, load_seeds  # noqa: E402


def computed(qtbot, panel) -> None:
    """Wait for the report the panel runs in the background to be shown."""
    qtbot.waitUntil(lambda: not panel.computing, timeout=30_000)


def test_table_and_chart(qtbot, tmp_path):
    docs = load_seeds()[:2]
    project, _ = build_two_annotators(tmp_path / "p.biaozhu", docs)
    expected = pair_agreement(project, "gold", "bob")
    project.close()
    from desktop.gui.review.agreement_panel import AgreementPanel

    panel = AgreementPanel(str(tmp_path / "p.biaozhu"), "rita", None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    computed(qtbot, panel)
    model = panel.model
    assert model.rowCount() == 4  # three labels and the overall row
    rows = {model.item(r, 1).text(): r for r in range(model.rowCount())}
    r = rows["METRIC"]
    assert model.item(r, 0).text() == "gold × bob"
    assert model.item(r, 3).text() == f"{expected['labels']['METRIC']['exact_f1']:.3f}"
    assert model.item(r, 5).text() == f"{expected['labels']['METRIC']['kappa']:.3f}"
    assert len(panel.chart.groups) == 4
    image = panel.chart.grab().toImage()
    assert not image.isNull() and image.width() > 100
    # one document only
    panel.scope.setCurrentIndex(panel.scope.findData(docs[0]["id"]))
    computed(qtbot, panel)
    assert panel.report["pairs"][0]["documents"] == 1
    panel.close()


def test_alpha_over_all_annotators_above_the_pairs(qtbot, tmp_path):
    """Three annotators: the window shows one Krippendorff's alpha per label and
    overall (60/77 here, computed by hand in tests/test_agreement_alpha.py), with
    how many annotators and characters it counts, above the three pairs."""
    from desktop.gui.review.agreement_panel import AgreementPanel
    from tests.test_agreement_alpha import three_annotators

    project = three_annotators(
        tmp_path / "p.biaozhu",
        {"ann": [(0, 2, "COMPANY")], "ben": [(0, 2, "COMPANY")], "cat": [(0, 3, "COMPANY")]},
    )
    path = str(project.path)
    project.close()
    panel = AgreementPanel(path, "rita", None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    computed(qtbot, panel)
    model = panel.alpha_model
    columns = {
        model.horizontalHeaderItem(c).text(): model.item(0, c).text()
        for c in range(model.columnCount())
    }
    assert columns["COMPANY"] == f"{60 / 77:.3f}"
    assert columns[panel.tr("(all)")] == f"{60 / 77:.3f}"
    assert columns["POLICY"] == "–"  # nobody used it: undefined
    assert "3" in panel.alpha_title.text() and "6" in panel.alpha_title.text()
    assert panel.alpha_table.isVisible()
    assert (
        panel.alpha_table.geometry().bottom()
        < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()
    )
    # three pairs below it
    assert panel.pair.count() == 3
    panel.close()


def test_the_report_runs_off_the_gui_thread_and_the_window_answers_meanwhile(
    qtbot, tmp_path, monkeypatch
):
    """On a big project the report takes a while: it runs on a worker, the
    window says it is computing and keeps taking keys (choosing one document
    cancels the whole-project report and starts that one), then shows the
    figures."""
    import threading

    from desktop.gui.review import agreement_panel
    from desktop.gui.review.agreement_panel import AgreementPanel

    docs = load_seeds()[:3]
    project, _ = build_two_annotators(tmp_path / "p.biaozhu", docs)
    expected = pair_agreement(project, "gold", "bob", [docs[1]["id"]])
    project.close()
    real = agreement_panel.agreement_report
    release = threading.Event()
    calls: list[dict] = []

    def slow_report(project, *, doc_ids=None, annotators=None, progress=None, **options):
        call = {"thread": threading.current_thread(), "doc_ids": doc_ids, "cancelled": False}
        calls.append(call)
        release.wait(20)  # a big project: the window must not wait for this
        try:
            return real(
                project, doc_ids=doc_ids, annotators=annotators, progress=progress, **options
            )
        except Exception:
            call["cancelled"] = progress.cancelled()
            raise

    monkeypatch.setattr(agreement_panel, "agreement_report", slow_report)
    panel = AgreementPanel(str(tmp_path / "p.biaozhu"), "rita", None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: len(calls) == 1)
    # computing, said so, nothing from before shown as if it were the answer
    assert panel.computing and panel.progress.isVisible()
    assert panel.summary.text() == panel.tr("Computing agreement…")
    assert panel.model.rowCount() == 0
    # a key while it computes: the scope box takes it at once (the GUI thread is free)
    panel.scope.setFocus()
    qtbot.keyClick(panel.scope, Qt.Key.Key_End)
    assert panel.scope.currentData() == docs[-1]["id"]
    qtbot.keyClick(panel.scope, Qt.Key.Key_Up)
    assert panel.scope.currentData() == docs[1]["id"]
    assert panel.computing and panel.model.rowCount() == 0
    release.set()
    computed(qtbot, panel)
    # every report ran on a worker, never on the GUI thread
    assert len(calls) == 3
    assert all(c["thread"] is not threading.main_thread() for c in calls)
    # the whole project's and the last document's reports were cancelled
    # (none of them is shown); the one chosen last is
    outcome = {None if c["doc_ids"] is None else c["doc_ids"][0]: c["cancelled"] for c in calls}
    assert outcome == {None: True, docs[2]["id"]: True, docs[1]["id"]: False}
    assert panel.report["pairs"][0]["documents"] == 1
    rows = {panel.model.item(r, 1).text(): r for r in range(panel.model.rowCount())}
    assert panel.model.item(rows["METRIC"], 3).text() == (
        f"{expected['labels']['METRIC']['exact_f1']:.3f}"
    )
    assert not panel.progress.isVisible()
    panel.close()


def test_closing_the_window_cancels_the_report(qtbot, tmp_path, monkeypatch):
    import threading

    from desktop.gui.review import agreement_panel
    from desktop.gui.review.agreement_panel import AgreementPanel, report_runner

    docs = load_seeds()[:2]
    project, _ = build_two_annotators(tmp_path / "p.biaozhu", docs)
    project.close()
    real = agreement_panel.agreement_report
    release = threading.Event()
    seen: dict = {}

    def slow_report(project, *, doc_ids=None, annotators=None, progress=None, **options):
        release.wait(20)
        seen["cancelled"] = progress.cancelled()
        return real(project, doc_ids=doc_ids, annotators=annotators, progress=progress, **options)

    monkeypatch.setattr(agreement_panel, "agreement_report", slow_report)
    panel = AgreementPanel(str(tmp_path / "p.biaozhu"), "rita", None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.computing
    panel.close()  # at once, the report still waiting
    assert not panel.isVisible()
    release.set()
    assert report_runner().wait(20_000)
    assert seen["cancelled"] is True


def test_a_report_that_cannot_be_read_says_why_in_one_line(qtbot, tmp_path):
    """The file moved away while the window is open: the next report fails on
    the worker and the window says so, rather than computing forever."""
    from desktop.gui.review.agreement_panel import AgreementPanel

    docs = load_seeds()[:2]
    project, _ = build_two_annotators(tmp_path / "p.biaozhu", docs)
    project.close()
    panel = AgreementPanel(str(tmp_path / "p.biaozhu"), "rita", None)
    qtbot.addWidget(panel)
    panel.show()
    computed(qtbot, panel)
    (tmp_path / "p.biaozhu").rename(tmp_path / "elsewhere.biaozhu")
    panel.scope.setCurrentIndex(panel.scope.findData(docs[0]["id"]))
    computed(qtbot, panel)
    text = panel.summary.text()
    assert text.startswith("The agreement could not be computed: ") and "\n" not in text
    assert "no such project file" in text
    assert not panel.progress.isVisible() and panel.model.rowCount() == 0
    panel.close()
