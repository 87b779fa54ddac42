"""Review → Agreement's Cancel: on a project big enough that the report takes
seconds, Cancel (a click, or Alt+C from the keyboard) stops it part way, the
window says so and stays usable, and Recompute computes it again to the
right figures."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from models import Project  # noqa: E402

DOCUMENTS = 120
# long texts: the report's work grows with the characters, the fixture's
# with the documents, so a few seconds of report cost little to build
CHARACTERS = 50_000
SENTENCE = "腾讯营收增长百分之十。"


@pytest.fixture(scope="module")
def big_project(tmp_path_factory) -> str:
    """Two annotators, both done on every document: ann marks 腾讯 COMPANY,
    ben marks it too and 营收 METRIC, so every figure is known by hand."""
    path = tmp_path_factory.mktemp("cancel") / "big.biaozhu"
    project = Project.create(path, annotator="lead")
    with project.transaction():
        for i in range(DOCUMENTS):
            tail = f"（{i}）"
            text = (SENTENCE * (CHARACTERS // len(SENTENCE) + 1))[: CHARACTERS - len(tail)] + tail
            doc, _ = project.add_document(text, doc_id=f"d{i}", source="test")
            project.add_span(doc, 0, 2, "COMPANY", annotator="ann")
            project.add_span(doc, 0, 2, "COMPANY", annotator="ben")
            project.add_span(doc, 2, 4, "METRIC", annotator="ben")
            project.set_status(doc, "done", annotator="ann")
            project.set_status(doc, "done", annotator="ben")
    project.close()
    return str(path)


def open_panel(qtbot, path):
    from desktop.gui.review.agreement_panel import AgreementPanel

    panel = AgreementPanel(path, "rita", None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def part_way(qtbot, panel) -> list[tuple[int, int]]:
    """Wait until the report has counted some documents; the worker's reports
    of how far it is, from then on."""
    seen: list[tuple[int, int]] = []
    panel.task.signals.progress.connect(lambda done, total, _note: seen.append((done, total)))
    qtbot.waitUntil(lambda: panel.progress.value() >= 1, timeout=30_000)
    assert panel.computing and panel.progress.value() < DOCUMENTS
    return seen


def stopped_part_way(qtbot, task, seen) -> None:
    """The cancelled report's worker ended without reaching the last document."""
    from desktop.gui.review.agreement_panel import report_runner

    assert task.cancel_flag.is_set()
    assert report_runner().wait(30_000)
    assert seen and max(done for done, _ in seen) < DOCUMENTS


def cancelled_and_usable(panel) -> None:
    assert not panel.computing
    assert panel.summary.text() == panel.tr(
        "Cancelled: the agreement was not computed. Recompute starts it again."
    )
    assert not panel.progress.isVisible() and not panel.cancel_button.isVisible()
    assert panel.recompute.isEnabled()
    assert panel.model.rowCount() == 0 and panel.report == {}


def right_figures(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.computing, timeout=60_000)
    assert not panel.cancel_button.isVisible() and panel.recompute.isEnabled()
    (pair,) = panel.report["pairs"]
    assert (pair["a"], pair["b"], pair["documents"]) == ("ann", "ben", DOCUMENTS)
    assert pair["characters"] == DOCUMENTS * CHARACTERS
    rows = {panel.model.item(r, 1).text(): r for r in range(panel.model.rowCount())}
    company, metric = rows["COMPANY"], rows["METRIC"]
    assert panel.model.item(company, 2).text() == f"{DOCUMENTS} / {DOCUMENTS}"
    assert panel.model.item(company, 3).text() == "1.000"  # exact F1
    assert panel.model.item(metric, 2).text() == f"0 / {DOCUMENTS}"
    assert panel.model.item(metric, 3).text() == "0.000"
    assert panel.model.item(company, 6).text() == str(DOCUMENTS)
    title = panel.alpha_title.text()
    assert f"{DOCUMENTS * CHARACTERS}" in title and f"{DOCUMENTS}" in title


def test_cancel_stops_the_report_part_way_and_recompute_computes_it_again(qtbot, big_project):
    panel = open_panel(qtbot, big_project)
    assert panel.cancel_button.isVisible() and not panel.recompute.isEnabled()
    task = panel.task
    seen = part_way(qtbot, panel)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    cancelled_and_usable(panel)
    stopped_part_way(qtbot, task, seen)
    # nothing of the cancelled report arrives later
    assert panel.model.rowCount() == 0 and not panel.computing
    # the window answers: another scope computes that document at once
    panel.scope.setFocus()
    qtbot.keyClick(panel.scope, Qt.Key.Key_Down)
    assert panel.scope.currentData() == "d0"
    qtbot.waitUntil(lambda: not panel.computing, timeout=30_000)
    assert panel.report["pairs"][0]["documents"] == 1
    # back to the whole project, cancelled again, then Recompute runs it to the end
    qtbot.keyClick(panel.scope, Qt.Key.Key_Home)
    assert panel.computing
    part_way(qtbot, panel)
    panel.cancel_button.click()
    cancelled_and_usable(panel)
    qtbot.mouseClick(panel.recompute, Qt.MouseButton.LeftButton)
    assert panel.computing and panel.cancel_button.isVisible()
    right_figures(qtbot, panel)
    panel.close()


def test_cancel_and_recompute_from_the_keyboard(qtbot, big_project):
    """Alt+C cancels, the focus lands on Recompute and Space starts it again;
    Tab reaches Cancel while it computes."""
    from PySide6.QtWidgets import QApplication

    panel = open_panel(qtbot, big_project)
    panel.activateWindow()  # a window's keys answer in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=3000)
    task = panel.task
    seen = part_way(qtbot, panel)
    panel.scope.setFocus()
    qtbot.keyClick(panel.scope, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not panel.computing)  # a button's Alt key clicks it animated
    cancelled_and_usable(panel)
    stopped_part_way(qtbot, task, seen)
    panel.recompute.setFocus()
    qtbot.keyClick(panel.recompute, Qt.Key.Key_Space)
    assert panel.computing
    assert panel.cancel_button.hasFocus()  # where the disabled Recompute's focus went
    assert panel.cancel_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Space)
    cancelled_and_usable(panel)
    assert panel.recompute.hasFocus()
    panel.scope.setFocus()
    qtbot.keyClick(panel.scope, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.computing)
    right_figures(qtbot, panel)
    panel.close()
