"""A gold METRIC relabelled to another label keeps no METRIC attributes.

The span panel of a POLICY or COMPANY span shows no attributes, so a METRIC
relabelled to one kept its indicator, value and unit where nobody could see
or clear them, and every export carried them (a POLICY with value 93.24
billion in the ML engineer's table). A relabel now drops the attributes of
the old label (how the suggesters found it, ``sources`` and ``rule``, stays);
the undo of the relabel gives them back exactly, its redo drops them again,
and the history replays to what the store holds after each step. A span
relabelled back to the label of the suggestion it came from, at that
suggestion's boundaries, gets the suggestion's attributes again, as an
accept of it as suggested would have given them.

The same holds where the label changes at the accept (a label key on a
pending METRIC suggestion, ``suggestion.corrected``; newuser2): a POLICY
exported with ``value`` 13.7 and ``unit`` ``%`` fed the ML engineer's
tables a quantity the curator had said was not one."""

from __future__ import annotations

import json

import pandas as pd

from desktop.cli import main
from models import Project
from models.store.undo import UndoStep

DOC = "000_ee9b7df723eab218"
METRIC_KEYS = {"indicator", "value", "unit", "approx", "period"}


def run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _suggested(tmp_path, capsys, corpus_dir) -> str:
    """A project of one corpus article with alice's suggestions pending."""
    proj = str(tmp_path / "p.biaozhu")
    run(capsys, "new", proj, "--annotator", "alice")
    run(capsys, "import", proj, str(corpus_dir / f"{DOC}.txt"), "--annotator", "alice")
    run(capsys, "suggest", "--project", proj, "--annotator", "alice")
    return proj


def _gold_metric(tmp_path, capsys, corpus_dir):
    """A project whose alice accepted a METRIC suggestion with its value and unit."""
    proj = _suggested(tmp_path, capsys, corpus_dir)
    with Project.open(proj, annotator="alice") as p:
        sugg = next(
            s
            for s in p.suggestions(DOC, "alice")
            if s.label == "METRIC" and {"value", "unit"} <= set(s.attrs) and s.attrs["value"]
        )
        ann = p.accept_suggestion(sugg.id)
    assert METRIC_KEYS & set(ann.attrs) and ann.attrs.get("sources"), ann.attrs
    return proj, sugg, ann


def _verified(p: Project) -> None:
    report = p.verify()
    assert report.ok, report.problems


def test_relabel_drops_the_old_labels_attributes_in_store_and_exports(tmp_path, capsys, corpus_dir):
    proj, sugg, ann = _gold_metric(tmp_path, capsys, corpus_dir)
    with Project.open(proj, annotator="alice") as p:
        policy = p.relabel_span(ann.id, "POLICY")
        assert policy.label == "POLICY"
        assert not METRIC_KEYS & set(policy.attrs), policy.attrs
        assert policy.attrs.get("sources") == ann.attrs["sources"]  # provenance stays
        assert p.annotation(ann.id).attrs == policy.attrs
        [event] = [e for e in p.history(doc_id=DOC) if e.action == "span.relabelled"]
        assert event.before["attrs"] == ann.attrs and event.after["attrs"] == policy.attrs
        company = p.relabel_span(ann.id, "COMPANY")
        assert company.attrs == policy.attrs
        p.set_status(DOC, "done")
        _verified(p)

    out = tmp_path / "gold.jsonl"
    run(capsys, "export", proj, "--format", "jsonl", "--out", str(out))
    spans = {(s["start"], s["end"]): s for s in json.loads(out.read_text())["spans"]}
    exported = spans[(ann.start, ann.end)]
    assert exported["label"] == "COMPANY"
    assert not METRIC_KEYS & set(exported.get("attrs") or {}), exported

    table = tmp_path / "spans.parquet"
    run(capsys, "export", proj, "--format", "spans-parquet", "--out", str(table))
    rows = pd.read_parquet(table)
    row = rows[(rows.start == ann.start) & (rows.end == ann.end)].iloc[0]
    assert row.label == "COMPANY", row.to_dict()
    # no METRIC in the gold now: the table may leave the METRIC columns out
    assert all(pd.isna(row.get(k)) or row.get(k) == "" for k in METRIC_KEYS), row.to_dict()

    from datasets import load_from_disk

    hf = tmp_path / "hf"
    run(capsys, "export", proj, "--format", "hf", "--out", str(hf))
    dataset = load_from_disk(str(hf))
    [split] = list(dataset.values())
    [article] = [r for r in split if r["id"] == DOC]
    [span_hf] = [s for s in article["spans"] if s["start"] == ann.start]
    assert span_hf["label"] == "COMPANY"
    # typed attributes: a column per attribute any span has, None where it has none
    attrs = span_hf.get("attrs") or {}
    assert all(attrs.get(k) in (None, "") for k in METRIC_KEYS), span_hf

    import spacy
    from spacy.tokens import DocBin
    from spacy.tokens import Span as SpacySpan

    if not SpacySpan.has_extension("attrs"):
        SpacySpan.set_extension("attrs", default=None)
    bin_path = tmp_path / "gold.spacy"
    run(capsys, "export", proj, "--format", "spacy", "--out", str(bin_path))
    [doc] = DocBin().from_disk(bin_path).get_docs(spacy.blank("zh").vocab)
    [span] = [s for s in doc.spans["sc"] if s.start_char == ann.start]
    assert span.label_ == "COMPANY"
    assert not METRIC_KEYS & set(span._.attrs or {}), span._.attrs


def test_undo_of_a_relabel_gives_the_attributes_back_and_redo_drops_them(
    tmp_path, capsys, corpus_dir
):
    proj, _sugg, ann = _gold_metric(tmp_path, capsys, corpus_dir)
    with Project.open(proj, annotator="alice") as p:
        step = UndoStep()
        with p.undo_step(step):
            dropped = p.relabel_span(ann.id, "POLICY")
        assert not METRIC_KEYS & set(dropped.attrs)
        _verified(p)
        back = UndoStep()
        with p.undo_step(back, undoing=[step], own=[e.id for e in step.events]):
            p.relabel_span(ann.id, "METRIC", attrs=step.events[0].before["attrs"])
        restored = p.annotation(ann.id)
        assert (restored.label, restored.attrs) == ("METRIC", ann.attrs)
        [undone] = [e for e in p.history(doc_id=DOC) if e.action == "span.relabelled"][1:]
        assert undone.after["undo_of"] == [step.events[0].id]
        _verified(p)
        again = UndoStep()
        with p.undo_step(again, redoing=[back], own=[e.id for e in back.events]):
            p.relabel_span(ann.id, "POLICY")
        assert p.annotation(ann.id).attrs == dropped.attrs
        assert p.history(doc_id=DOC)[-1].after["redo_of"] == [undone.id]
        _verified(p)


def test_relabel_back_to_the_suggested_label_gets_the_suggestions_attributes(
    tmp_path, capsys, corpus_dir
):
    """A METRIC suggestion accepted as POLICY (no METRIC attributes) and then
    relabelled METRIC has what accepting it as suggested gives; a span drawn
    by hand and relabelled METRIC has what a METRIC drawn by hand has: none
    (the curator fills them in the span panel)."""
    proj, sugg, ann = _gold_metric(tmp_path, capsys, corpus_dir)
    with Project.open(proj, annotator="alice") as p:
        p.undo_decision(sugg.id)
        as_policy = p.accept_suggestion(sugg.id, "POLICY")
        assert not METRIC_KEYS & set(as_policy.attrs)
        as_metric = p.relabel_span(as_policy.id, "METRIC")
        assert as_metric.attrs == sugg.attrs == ann.attrs

        text = p.document_text(DOC)
        start = text.index("。") + 1
        while text[start].isspace():
            start += 1
        drawn = p.add_span(DOC, start, start + 2, "COMPANY", attrs={"note": "mine"})
        relabelled = p.relabel_span(drawn.id, "METRIC")
        assert relabelled.attrs == {"note": "mine"}  # not an attribute of COMPANY: kept
        _verified(p)


def test_history_says_what_a_relabel_dropped(tmp_path, capsys, corpus_dir):
    """The reviewer reading `biaozhu history` learns that a relabel took the
    old label's attributes out, not only that the label changed."""
    proj, _sugg, ann = _gold_metric(tmp_path, capsys, corpus_dir)
    with Project.open(proj, annotator="alice") as p:
        p.relabel_span(ann.id, "POLICY")
    [line] = run(capsys, "history", str(proj), "--action", "span.relabelled").splitlines()
    dropped = sorted(METRIC_KEYS & set(ann.attrs))
    assert dropped and f"dropped its {', '.join(dropped)}" in line, line


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
