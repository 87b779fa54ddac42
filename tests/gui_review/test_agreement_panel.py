"""The agreement panel: a table per pair × label and a painted bar chart."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from models.review.agreement import pair_agreement  # noqa: E402
from tests.test_review_fixtures import build_two_annotators, load_seeds  # noqa: E402


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
