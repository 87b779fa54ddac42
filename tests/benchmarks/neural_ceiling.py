"""A ceiling for a project's neural tagger on CLUENER train's folds, outside
the product (a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/neural_ceiling.py [--fold N] [--epochs E]
        [--width W] [--depth D] [--seed S] [--words] [--save DIR]

Trains a spaCy NER (blank ``zh``, one token per character; tok2vec of
MultiHashEmbed over the character, the character bigram after it and its
shape, and with ``--words`` the word jieba cuts around it and the
character's place and the word's length in it; MaxoutWindowEncoder; the
transition-based ``ner``; no pretrained vectors; Adam 0.001, batches of
64) on the four fifths of CLUENER train's ``company`` gold that
``bench_learn_crf_folds.py`` trains on (lines round-robin, fold N held
out), and prints its COMPANY exact precision, recall and F1 on the held-out
fifth with the training time per epoch. With ``--save DIR`` the spans it
finds on the held-out fifth are written to DIR/fold-N.json for
``neural_union.py`` (the union with the present candidates).

Needs ../shared beside the repo."""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CLUENER_TRAIN = REPO.parent / "shared" / "data" / "cluener" / "train.jsonl"
FOLDS = 5


def company_spans(record: dict) -> list[tuple[int, int]]:
    places = (record.get("label") or {}).get("company", {}).values()
    return sorted({(s, e + 1) for spans in places for s, e in spans})


WORDS = False  # --words: each character also reads jieba's word around it


def char_doc(nlp, text: str):
    from spacy.tokens import Doc

    words = list(text)
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    for i, token in enumerate(doc):  # NORM: the bigram starting here
        token.norm_ = text[i : i + 2]
    if WORDS:
        import jieba

        i = 0
        for word in jieba.lcut(text, HMM=False):
            n = len(word)
            for k in range(n):
                pos = "S" if n == 1 else "B" if k == 0 else "E" if k == n - 1 else "M"
                doc[i + k].tag_ = f"{pos}{min(n, 4)}"
                doc[i + k].lemma_ = word  # the word the character is in
            i += n
    return doc


def build(width: int, depth: int, rows: int, seed: int):
    import spacy

    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("zh")
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": width,
            "attrs": ["ORTH", "NORM", "SHAPE", "TAG", "LEMMA"]
            if WORDS
            else ["ORTH", "NORM", "SHAPE"],
            "rows": [rows, rows, 200, 50, rows] if WORDS else [rows, rows, 200],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": width,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": depth,
        },
    }
    model = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": tok2vec,
    }
    nlp.add_pipe("ner", config={"model": model})
    return nlp


def examples_of(nlp, records):
    from spacy.training import Example

    out = []
    for r in records:
        doc = char_doc(nlp, r["text"])
        ents = [(s, e, "COMPANY") for s, e in company_spans(r)]
        out.append(Example.from_dict(doc, {"entities": ents}))
    return out


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--width", type=int, default=96)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--words", action="store_true")
    args = parser.parse_args(argv)
    global WORDS
    WORDS = args.words
    from thinc.api import Adam

    lines = [x for x in CLUENER_TRAIN.read_text(encoding="utf-8").splitlines() if x.strip()]
    records = [json.loads(x) for x in lines]
    train = [r for i, r in enumerate(records) if i % FOLDS != args.fold]
    test = [(i, r) for i, r in enumerate(records) if i % FOLDS == args.fold]
    nlp = build(args.width, args.depth, args.rows, args.seed)
    examples = examples_of(nlp, train)
    nlp.initialize(lambda: examples[:500])
    optimizer = Adam(0.001)
    rng = random.Random(args.seed)
    began = time.perf_counter()
    for epoch in range(args.epochs):
        rng.shuffle(examples)
        losses = {}
        t = time.perf_counter()
        for k in range(0, len(examples), args.batch):
            nlp.update(examples[k : k + args.batch], sgd=optimizer, drop=args.dropout,
                       losses=losses)  # fmt: skip
        right = n_pred = n_gold = 0
        found = {}
        ner = nlp.get_pipe("ner")
        t2 = time.perf_counter()
        for i, r in test:
            doc = ner(char_doc(nlp, r["text"]))
            pred = {(e.start, e.end) for e in doc.ents}
            gold = set(company_spans(r))
            found[i] = sorted(pred)
            right, n_pred, n_gold = right + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
        p = right / n_pred if n_pred else 0.0
        rec = right / n_gold if n_gold else 0.0
        f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
        print(f"fold {args.fold} epoch {epoch + 1}: loss {losses.get('ner', 0):.0f}; "
              f"P {p:.4f} R {rec:.4f} F1 {f1:.4f} ({right} right of {n_pred}, {n_gold} gold); "
              f"epoch {t2 - t:.0f} s, tag {time.perf_counter() - t2:.1f} s "
              f"({len(test)} sentences)", flush=True)  # fmt: skip
    print(f"trained in {time.perf_counter() - began:.0f} s with tagging", flush=True)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        (args.save / f"fold-{args.fold}.json").write_text(json.dumps(found), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
