"""`biaozhu agreement` on a big project: the text asks only for the totals it
prints (the same lines as before), and ``--json --totals-only`` gives the
JSON without each pair's figures per document, which on 100,000 documents
take most of the time and memory."""

from __future__ import annotations

import json

from desktop.cli import main
from tests.test_agreement_alpha import three_annotators

LAYERS = {
    "ann": [(0, 2, "COMPANY"), (2, 4, "METRIC")],
    "ben": [(0, 2, "COMPANY")],
    "cat": [(0, 3, "COMPANY"), (4, 6, "METRIC")],
}

# What the command printed before it stopped building the figures per
# document for the text (the same project, the same figures, line for line;
# the spaces that pad an undefined figure's column are left out here).
TEXT_BEFORE = """\
Krippendorff's alpha (nominal), 2 annotators, 6 characters in 1 document they finished:
  METRIC     -0.100
  COMPANY     1.000
  POLICY        -
  (all)       0.500

pair                         label        spans a/b exact F1 overlap F1   kappa
-------------------------------------------------------------------------------
ann × ben                    METRIC             1/0    0.000      0.000   0.000
                             COMPANY            1/1    1.000      1.000   1.000
                             POLICY             0/0      -          -       -
                             (all)              2/1    0.667      0.667   0.500
                             1 shared document, 6 characters
ann × cat                    METRIC             1/1    0.000      0.000  -0.500
                             COMPANY            1/1    0.000      1.000   0.667
                             POLICY             0/0      -          -       -
                             (all)              2/2    0.000      0.500   0.000
                             1 shared document, 6 characters
ben × cat                    METRIC             0/1    0.000      0.000   0.000
                             COMPANY            1/1    0.000      1.000   0.667
                             POLICY             0/0      -          -       -
                             (all)              1/2    0.000      0.667   0.308
                             1 shared document, 6 characters
"""


def project_path(tmp_path) -> str:
    project = three_annotators(tmp_path / "p.biaozhu", LAYERS, done=("ann", "ben"))
    path = str(project.path)
    project.close()
    return path


def test_the_text_prints_the_same_lines_as_before(tmp_path, capsys):
    assert main(["agreement", project_path(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert [line.rstrip() for line in out.splitlines()] == TEXT_BEFORE.splitlines()
    assert err == ""  # no progress bar off a terminal


def test_totals_only_leaves_the_figures_per_document_out_and_keeps_the_rest(tmp_path, capsys):
    path = project_path(tmp_path)
    assert main(["agreement", path, "--json"]) == 0
    full = json.loads(capsys.readouterr().out)
    assert all(pair["by_document"]["d1"]["characters"] == 6 for pair in full["pairs"])
    assert main(["agreement", path, "--json", "--totals-only"]) == 0
    totals = json.loads(capsys.readouterr().out)
    assert len(totals["pairs"]) == 3
    assert all("by_document" not in pair for pair in totals["pairs"])
    for pair in full["pairs"]:
        del pair["by_document"]
    assert totals == full


def test_totals_only_without_json_is_refused_in_one_line(tmp_path, capsys):
    assert main(["agreement", project_path(tmp_path), "--totals-only"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err == "biaozhu: error: --totals-only goes with --json (the text shows only the totals)\n"
    )


def test_help_names_the_option(capsys):
    try:
        main(["agreement", "--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "--totals-only" in out and "by_document" in out
