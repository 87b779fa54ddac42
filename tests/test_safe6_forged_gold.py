"""``export`` and ``train`` on a project whose history ``verify`` finds forged
(safe6, 7 December 2026): a gold span's label and its event edited together
with ``sqlite3`` (COMPANY → POLICY) made verify say the event is broken,
while the export wrote the forged label and training learned from it
without a word. Both now walk the history's chain first and say, in one
line, that the history does not prove the gold; neither refuses (a curator
may need the data out), and the export's manifest records it."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import main
from tests.attacker import edited_copy, forge_label
from tests.test_attack_schema import original  # noqa: F401  (the fixture)


def forged(original: Path, tmp_path: Path) -> tuple[Path, int]:  # noqa: F811
    """carol's first COMPANY span relabelled POLICY, in its row and its event."""
    found: list[int] = []
    path = edited_copy(original, tmp_path, lambda conn: found.append(forge_label(conn, "carol")))
    return path, found[0]


def test_verify_finds_the_forgery(original, tmp_path, capsys):  # noqa: F811
    path, event = forged(original, tmp_path)
    assert main(["verify", str(path)]) == 1
    assert f"event {event} is broken" in capsys.readouterr().err


def test_export_of_forged_gold_warns_in_one_line_and_records_it(original, tmp_path, capsys):  # noqa: F811
    path, event = forged(original, tmp_path)
    out = tmp_path / "gold.jsonl"
    args = ["export", str(path), "--format", "jsonl", "--out", str(out), "--annotator", "carol"]
    assert main(args) == 0  # not refused: the data comes out
    printed = capsys.readouterr()
    said = [line for line in (printed.out + printed.err).splitlines() if "does not prove" in line]
    assert len(said) == 1, printed
    assert f"event {event} is broken" in said[0] and "biaozhu verify" in said[0], said
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6
    manifest = json.loads((tmp_path / "gold.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert f"event {event} is broken" in manifest["history_not_proven"], manifest.keys()


def test_export_of_a_project_that_verifies_says_nothing_of_it(original, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "gold.jsonl"
    args = ["export", str(original), "--format", "jsonl", "--out", str(out), "--annotator", "carol"]
    assert main(args) == 0
    printed = capsys.readouterr()
    assert "does not prove" not in printed.out + printed.err
    manifest = json.loads((tmp_path / "gold.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert "history_not_proven" not in manifest


def test_train_on_forged_gold_warns_in_one_line(original, tmp_path, capsys):  # noqa: F811
    path, event = forged(original, tmp_path)
    assert main(["train", str(path), "--annotator", "carol", "--folds", "2"]) == 0
    printed = capsys.readouterr()
    said = [line for line in (printed.out + printed.err).splitlines() if "does not prove" in line]
    assert len(said) == 1, printed.err
    assert f"event {event} is broken" in said[0] and "biaozhu verify" in said[0], said
