"""A number given on the command line beyond what SQLite or a file format
holds (an id pasted twice over, a seed of 30 digits) is refused in one line
naming the option, with nothing changed, instead of ``unexpected
OverflowError`` or ``TypeError`` asking the user to report a bug."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project

HUGE = "9" * 30


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def proj(tmp_path, capsys) -> str:
    path = tmp_path / "p.biaozhu"
    docs = [
        {"id": f"d{n}", "text": f"江西铜博科技有限公司营收{n}亿元", "spans": []} for n in range(3)
    ]
    gold = tmp_path / "g.jsonl"
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    assert run(capsys, "new", str(path))[0] == 0
    assert run(capsys, "import", str(path), str(gold))[0] == 0
    return str(path)


@pytest.mark.parametrize(
    ("option", "argv"),
    [
        ("--resolve", ["conflicts", "{p}", "--resolve", HUGE, "--keep", "mine"]),
        ("--seed", ["export", "{p}", "--format", "jsonl", "--out", "{o}", "--split", "8:1:1",
                    "--seed", HUGE]),
    ],
)  # fmt: skip
def test_a_number_out_of_range_is_one_line_naming_the_option(proj, tmp_path, capsys, option, argv):
    with Project.open(Path(proj), readonly=True) as project:
        head = project.chain_head()
    out_dir = tmp_path / "out"
    argv = [a.format(p=proj, o=out_dir) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert option in lines[0] and "unexpected" not in lines[0], lines[0]
    assert not out_dir.exists()
    with Project.open(Path(proj), readonly=True) as project:
        assert project.chain_head() == head
