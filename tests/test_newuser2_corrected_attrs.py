"""A METRIC suggestion accepted as another label (a label key on a pending
suggestion: ``suggestion.corrected``) keeps no METRIC attributes. The span
panel shows only its label's attributes (none for COMPANY or POLICY), and the
README promises that an accepted span is exported with the attributes of a
span drawn by hand; a POLICY span exported with ``value`` 13.7 and ``unit``
``%`` fed the ML engineer's tables a quantity the curator had said was not
one, and no window could show or clear it."""

from __future__ import annotations

import json

import pandas as pd

from desktop.cli import main
from models import Project

DOC = "000_ee9b7df723eab218"
METRIC_KEYS = {"indicator", "value", "unit", "approx", "period"}


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _suggested(tmp_path, capsys, corpus_dir) -> str:
    proj = str(tmp_path / "p.biaozhu")
    run(capsys, "new", proj, "--annotator", "alice")
    run(capsys, "import", proj, str(corpus_dir / f"{DOC}.txt"), "--annotator", "alice")
    run(capsys, "suggest", "--project", proj, "--annotator", "alice")
    return proj


def test_metric_accepted_as_policy_keeps_no_metric_attributes(tmp_path, capsys, corpus_dir):
    proj = _suggested(tmp_path, capsys, corpus_dir)
    with Project.open(proj, annotator="alice") as p:
        metrics = [s for s in p.suggestions(DOC, "alice") if s.label == "METRIC"]
        corrected, kept = metrics[0], metrics[1]
        assert METRIC_KEYS & set(corrected.attrs), corrected.attrs  # the suggester's reading
        as_policy = p.accept_suggestion(corrected.id, "POLICY")
        as_metric = p.accept_suggestion(kept.id)
        p.set_status(DOC, "done")
        stored = {a.id: a.attrs for a in p.annotations(DOC, "alice")}
    assert not METRIC_KEYS & set(stored[as_policy.id]), stored[as_policy.id]
    # how the suggesters found it stays (the span panel says it in words)
    assert stored[as_policy.id].get("sources") == corrected.attrs.get("sources")
    # accepted as suggested, a METRIC keeps what was read from its sentence
    assert stored[as_metric.id]["value"] == kept.attrs["value"]

    out = tmp_path / "gold.jsonl"
    run(capsys, "export", proj, "--format", "jsonl", "--out", str(out))
    spans = {(s["start"], s["end"]): s for s in json.loads(out.read_text())["spans"]}
    policy = spans[(as_policy.start, as_policy.end)]
    assert policy["label"] == "POLICY" and not policy.get("attrs"), policy
    table = tmp_path / "spans.parquet"
    run(capsys, "export", proj, "--format", "spans-parquet", "--out", str(table))
    rows = pd.read_parquet(table)
    row = rows[(rows.start == as_policy.start) & (rows.end == as_policy.end)].iloc[0]
    assert row.label == "POLICY" and pd.isna(row.value) and pd.isna(row.unit), row.to_dict()
    assert run(capsys, "verify", proj).startswith("ok")
