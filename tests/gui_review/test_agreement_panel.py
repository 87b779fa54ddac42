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
