"""The agreement panel named the overall figures "all" under its chart and
"(all)" in its table (zh_CN: 全部 and （全部）), as if two things (ux8, 7
December 2026): one wording in both places, in both languages."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from models.review.agreement import pair_agreement  # noqa: E402
from tests.test_review_fixtures import build_two_annotators, load_seeds  # noqa: E402


def test_the_chart_and_the_table_name_the_overall_figures_alike(qtbot, tmp_path, language):
    from desktop.gui.review.agreement_panel import AgreementPanel

    project, _ = build_two_annotators(tmp_path / "p.biaozhu", load_seeds()[:2])
    overall = pair_agreement(project, "gold", "bob")["overall"]
    project.close()
    panel = AgreementPanel(str(tmp_path / "p.biaozhu"), "rita", None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.computing, timeout=30_000)
    model = panel.model
    labels = [model.item(r, 1).text() for r in range(model.rowCount())]
    *per_label, in_table = labels
    in_chart, figures = panel.chart.groups[-1]
    assert in_chart == in_table == {"zh_CN": "（全部）", "en": "(all)"}[language]
    assert figures[0] == overall["exact_f1"]  # the overall group, not a label's
    assert [name for name, _ in panel.chart.groups[:-1]] == per_label
    panel.close()
