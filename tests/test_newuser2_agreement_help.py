"""`biaozhu agreement --help` says what --doc takes (several documents, as
its usage line shows) and fits a terminal: its description said "for the
project or one document" on one line of 150 characters."""

from __future__ import annotations

from desktop.cli import main


def test_agreement_help_names_the_documents_and_annotators_chosen(capsys):
    assert main(["agreement", "--help"]) == 0
    out = capsys.readouterr().out
    description = out.split("positional arguments:")[0].split("\n\n", 1)[1]
    assert "one document" not in description
    assert "--doc" in description and "--annotators" in description
    assert max(len(line) for line in description.splitlines()) <= 80, description
