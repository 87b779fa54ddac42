"""Review → Agreement leaves out a reviewer's adjudicated layer, as
`biaozhu agreement` does, and says so above alpha in the window's language."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from tests.gui.test_polish3_agreement_chart import computed, panel_on  # noqa: E402
from tests.test_agreement_leaves_out_adjudication import adjudicated  # noqa: E402


def test_the_window_leaves_the_adjudicated_layer_out_and_says_so(qtbot, english, tmp_path):
    panel = panel_on(qtbot, adjudicated(tmp_path / "p.biaozhu"))
    computed(qtbot, panel)
    assert [(p["a"], p["b"]) for p in panel.report["pairs"]] == [("alice", "bob")]
    assert panel.report["alpha"]["annotators"] == ["alice", "bob"]
    title = panel.alpha_title.text()
    assert "2 annotators" in title
    assert title.endswith("\nLeft out, as made by adjudicating: rita: 1 document.")
