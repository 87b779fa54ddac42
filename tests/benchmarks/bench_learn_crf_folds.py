"""The project CRF alone on CLUENER train folds, for tuning its features and
settings without looking at CLUENER dev (a plain script, not collected by
pytest):

    .venv/bin/python tests/benchmarks/bench_learn_crf_folds.py [--fold N] [--aux own|family] [c1=0.1 c2=0.05 ...]

Trains ``train_crf`` on four fifths of CLUENER train's ``company`` gold
(documents round-robin, fold N held out: 0 unless told; a change is
confirmed on a second fold) with the given ``CrfParams`` fields, tags the held-out fifth and prints COMPANY exact precision, recall
and F1 with the training and tagging times (1-2 minutes on one core). The
held-out fifth has about 600 companies: differences under a point are noise.
Needs ../shared beside the repo."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import fields
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CLUENER_TRAIN = REPO.parent / "shared" / "data" / "cluener" / "train.jsonl"
sys.path.insert(0, str(REPO))

from models.domain import Span  # noqa: E402
from models.learn.crf import CrfParams, CrfTagger, train_crf  # noqa: E402
from models.learn.data import TrainingDoc, without_overlaps  # noqa: E402
from models.learn.train_bundled import AUXILIARY  # noqa: E402
from models.suggest.segment import analyse  # noqa: E402

FOLDS = 5


def cluener_docs(path: Path, auxiliary: dict[str, str] | None = None) -> list[TrainingDoc]:
    """CLUENER lines as gold documents with their ``company`` spans, and
    with ``auxiliary`` (type -> label) the other types' spans that overlap
    no company, as the bundled model learns them."""
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        text = record["text"]
        places = (record.get("label") or {}).get("company", {}).values()
        keys = sorted({(s, e + 1) for spans in places for s, e in spans})
        spans = [Span(s, e, "COMPANY", text[s:e]) for s, e in keys]
        others = [
            Span(s, e + 1, label, text[s : e + 1])
            for kind, label in (auxiliary or {}).items()
            for found in (record.get("label") or {}).get(kind, {}).values()
            for s, e in found
            if all(e + 1 <= f.start or s >= f.end for f in spans)
        ]
        spans += without_overlaps(others)
        docs.append(TrainingDoc(f"train-{n}", text, tuple(sorted(spans, key=lambda s: s.start))))
    return docs


def params_of(argv: list[str]) -> CrfParams:
    """``name=value`` arguments as CrfParams fields, typed as the defaults are."""
    types = {f.name: type(getattr(CrfParams(), f.name)) for f in fields(CrfParams)}
    wrong = [arg for arg in argv if arg.split("=", 1)[0] not in types or "=" not in arg]
    if wrong:
        raise SystemExit(
            f"not a CrfParams field as name=value: {wrong[0]} (fields: {', '.join(types)})"
        )
    given = dict(arg.split("=", 1) for arg in argv)
    return CrfParams(**{name: types[name](value) for name, value in given.items()})


def fold_of(argv: list[str]) -> tuple[int, list[str]]:
    """The held-out fold given as ``--fold N`` (0 by default) and the other arguments."""
    if "--fold" not in argv:
        return 0, argv
    k = argv.index("--fold")
    fold = int(argv[k + 1])
    if not 0 <= fold < FOLDS:
        raise SystemExit(f"--fold takes 0 to {FOLDS - 1}")
    return fold, argv[:k] + argv[k + 2 :]


def auxiliary_of(argv: list[str]) -> tuple[str, list[str]]:
    """The CLUENER types learned beside company, ``--aux own|family``
    (``train_bundled.AUXILIARY``; none by default), and the other arguments."""
    if "--aux" not in argv:
        return "", argv
    k = argv.index("--aux")
    if argv[k + 1] not in AUXILIARY:
        raise SystemExit(f"--aux takes {' or '.join(AUXILIARY)}")
    return argv[k + 1], argv[:k] + argv[k + 2 :]


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    if not CLUENER_TRAIN.exists():
        print(f"skipped: {CLUENER_TRAIN} is absent (../shared beside the repo)")
        return 0
    fold, argv = fold_of(argv)
    aux, argv = auxiliary_of(argv)
    params = params_of(argv)
    auxiliary = AUXILIARY.get(aux, {})
    docs = cluener_docs(CLUENER_TRAIN, auxiliary)
    train = [d for i, d in enumerate(docs) if i % FOLDS != fold]
    test = [
        TrainingDoc(d.doc_id, d.text, tuple(s for s in d.spans if s.label == "COMPANY"))
        for i, d in enumerate(docs)
        if i % FOLDS == fold
    ]
    began = time.perf_counter()
    tagger = CrfTagger(train_crf(train, params, auxiliary=set(auxiliary.values())))
    trained = time.perf_counter() - began
    right = n_pred = n_gold = 0
    for doc in test:
        a = analyse(doc.text)
        pred = {a.to_original(s, e) for s, e, _label in tagger.tag(a).spans}
        gold = {(s.start, s.end) for s in doc.spans}
        right, n_pred, n_gold = right + len(pred & gold), n_pred + len(pred), n_gold + len(gold)
    tagged = time.perf_counter() - began - trained
    p = right / n_pred if n_pred else 0.0
    r = right / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"fold {fold}{', aux ' + aux if aux else ''}, {params}: P {p:.4f}  R {r:.4f}  F1 {f1:.4f} ({n_gold} gold); "
          f"train {trained:.0f} s, tag {tagged:.1f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
