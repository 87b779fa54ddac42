"""spaCy DocBin: loaded by spaCy with every span and its attributes, per
document, paragraph or sentence, trained on by ``spacy train``, and read back
by Biaozhu's importer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from models.io.export import export_project
from tests.io.conftest import expected_spans, open_astral, round_trip

spacy = pytest.importorskip("spacy", reason="spaCy is in the test extra")


def load(path):
    from spacy.tokens import DocBin, Span

    if not Span.has_extension("attrs"):
        Span.set_extension("attrs", default=None)  # what the manifest tells a user to do
    return list(DocBin().from_disk(path).get_docs(spacy.blank("zh").vocab))


def test_every_span_and_its_attributes_reach_spacy(gold, tmp_path, reference):
    out = tmp_path / "gold.spacy"
    report = export_project(gold, "spacy", out)
    docs = load(out)
    assert [d.text for d in docs] == [r["text"] for r in reference]
    got = [
        (d.user_data["id"], s.start_char, s.end_char, s.label_, s.text)
        for d in docs
        for s in d.spans["sc"]
    ]
    assert (
        got
        == expected_spans(reference)
        == [
            (d.user_data["id"], e.start_char, e.end_char, e.label_, e.text)
            for d in docs
            for e in d.ents
        ]
    )
    attrs = [s._.attrs for d in docs for s in d.spans["sc"] if s.label_ == "METRIC"]
    wanted = [s.get("attrs") for r in reference for s in r["spans"] if s["label"] == "METRIC"]
    assert attrs == wanted and sum(a is not None for a in attrs) == 192 + 1
    assert report.spans == len(got)


def test_sentences_are_docs_and_put_back_together(gold, tmp_path, reference):
    out = tmp_path / "sentences.spacy"
    export_project(gold, "spacy", out, options={"unit": "sentence"})
    docs = load(out)
    assert len(docs) > 20 * len(reference)  # spacy debug data wants many examples
    # a sentence never holds a line break, but where a span crosses one (two do)
    assert sum("\n" in d.text for d in docs) == 2
    by_id: dict[str, list] = {}
    for d in docs:
        by_id.setdefault(d.user_data["id"], []).append(d)
    for r in reference:
        units = by_id[r["id"]]
        text = "".join(u.user_data["before"] + u.text for u in units) + units[-1].user_data["after"]
        assert text == r["text"]
    assert sum(len(d.spans["sc"]) for d in docs) == len(expected_spans(reference))


def test_jieba_tokens_are_words_split_at_span_edges(gold, tmp_path, reference):
    out = tmp_path / "words.spacy"
    report = export_project(gold, "spacy", out, options={"segmenter": "jieba"})
    docs = load(out)
    assert all(any(len(t) > 1 for t in d) for d in docs)  # words, in every document
    assert sum(len(d.ents) for d in docs) == len(expected_spans(reference))
    assert report.notes["spacy_split_words"] >= 1 and report.notes["spacy_spans_across_words"] >= 1
    manifest = (tmp_path / "words.spacy.manifest.json").read_text(encoding="utf-8")
    assert '"segmenter": "jieba"' in manifest and "split where a span" in manifest


@pytest.mark.slow
def test_spacy_train_runs_on_the_sentence_export(gold, tmp_path):
    folder = tmp_path / "corpus"
    export_project(gold, "spacy", folder, split="4:1", seed=1, options={"unit": "sentence"})
    config = tmp_path / "config.cfg"
    init = [
        sys.executable,
        "-m",
        "spacy",
        "init",
        "config",
        str(config),
        "--lang",
        "zh",
        "--pipeline",
        "ner",
        "--optimize",
        "efficiency",
        "--force",
    ]
    subprocess.run(init, check=True, capture_output=True, timeout=300)
    output = tmp_path / "model"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "train",
            str(config),
            "--output",
            str(output),
            "--paths.train",
            str(folder / "train.spacy"),
            "--paths.dev",
            str(folder / "dev.spacy"),
            "--training.max_steps",
            "12",
            "--training.eval_frequency",
            "6",
            "--nlp.batch_size",
            "64",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    nlp = spacy.load(output / "model-last")
    assert set(nlp.get_pipe("ner").labels) == {"METRIC", "COMPANY", "POLICY"}


@pytest.mark.parametrize(
    "options", [{}, {"unit": "sentence"}, {"unit": "paragraph", "segmenter": "jieba"}]
)
def test_spacy_round_trip_keeps_ids_texts_offsets_labels_and_attributes(gold, tmp_path, options):
    before, after = round_trip(gold, "spacy", tmp_path / "gold.spacy", options=options)
    assert after == before


def test_suggestions_carry_their_scores_where_spancat_puts_them(gold, tmp_path):
    """spaCy's spancat stores each predicted span's score in its SpanGroup's
    ``attrs["scores"]``, one per span in order: an export of suggestions does
    the same, so spaCy's scorers and thresholds read them as they are."""
    from models.io.export import Selection

    open_astral(gold)
    for unit in ("doc", "sentence"):
        out = tmp_path / f"suggested-{unit}.spacy"
        export_project(
            gold, "spacy", out, selection=Selection("suggestions", "gold"), options={"unit": unit}
        )
        docs = load(out)
        got = [
            (s.text, s.label_, float(score))
            for d in docs
            for s, score in zip(d.spans["sc"], d.spans["sc"].attrs["scores"], strict=True)
        ]
        assert got == [("13.7%", "METRIC", 0.8), ("赣州", "COMPANY", 0.55)], unit
    gold_out = tmp_path / "gold.spacy"
    export_project(gold, "spacy", gold_out)
    assert all("scores" not in d.spans["sc"].attrs for d in load(gold_out))
