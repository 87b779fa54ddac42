"""A curator's file may hold a headline fragment, a table cell or one word:
suggestions for any short text come back (perhaps none) instead of an error
that stops the command and the window's background suggestion."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from models.suggest.pipeline import default_suggester

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def test_a_short_text_from_the_command_line_gets_its_suggestions(tmp_path, capsys):
    path = tmp_path / "短.txt"
    path.write_text("营收增长", encoding="utf-8")
    assert main(["suggest", str(path)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_every_short_piece_of_a_real_article_is_suggested_without_error():
    suggester = default_suggester()
    pieces = set()
    for path in sorted(CORPUS.glob("*.txt")):
        text = "".join(path.read_text(encoding="utf-8").split())[:400]
        pieces.update(text[i : i + n] for n in range(1, 7) for i in range(len(text) - n + 1))
    assert len(pieces) > 5000
    for piece in sorted(pieces):
        for span in suggester.suggest(piece):
            assert piece[span.start : span.end] == span.text
