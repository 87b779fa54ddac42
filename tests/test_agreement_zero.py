"""A figure that rounds to zero reads 0.000 in the agreement report, in the
window and on the command line: a tiny negative alpha (chance agreement) had
read "-0.000", a value below zero that the report cannot show."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("value", [-0.0004, -0.0, 0.0, 0.0004])
def test_a_figure_that_rounds_to_zero_reads_plain_zero(value):
    from desktop.cli.review_cmds import _fmt
    from desktop.gui.review.agreement_panel import _num

    assert _num(value) == "0.000"
    assert _fmt(value).strip() == "0.000"


def test_other_figures_keep_their_sign_and_rounding():
    from desktop.cli.review_cmds import _fmt
    from desktop.gui.review.agreement_panel import _num

    assert _num(-0.0006) == "-0.001"
    assert _fmt(0.6610) == " 0.661"
    assert _num(None) == "–"
