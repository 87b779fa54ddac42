"""A clause of one long member closed by 等企业 or 等项目, with no 、 to
list others (今年全区围绕…引进了一大批产业链上下游的配套等企业), is suggested:
'biaozhu suggest' and the window's suggestion job stopped on it with an
IndexError, as the rules for firms in lists of projects took the list's
first member when it had none (found by a hostile text of the long-runs
probe, tests/fuzz/long_runs.py: a firm, then 和及与 repeated, then 等企业)."""

from __future__ import annotations

import pytest

from desktop.cli import main
from models.suggest.pipeline import default_suggester

LONG_CLAUSE = "今年全区围绕新能源汽车零部件和高端装备制造两大主导产业持续引进了一大批产业链上下游的配套等企业。"


@pytest.mark.parametrize(
    "text",
    [
        LONG_CLAUSE,
        "和" * 41 + "等企业",  # the shortest the fuzzer found
        "比亚迪投资建设。" + LONG_CLAUSE + "岚睿电子年产5万吨项目开工。",
    ],
)
def test_a_closed_list_of_one_long_member_is_suggested(text):
    for s in default_suggester().suggest(text):
        assert text[s.start : s.end] == s.text


def test_the_command_line_suggests_it(tmp_path, capsys):
    path = tmp_path / "news.txt"
    path.write_text(LONG_CLAUSE, encoding="utf-8")
    assert main(["suggest", str(path)]) == 0
    assert capsys.readouterr().err == ""
