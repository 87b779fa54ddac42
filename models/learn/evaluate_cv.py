"""How well the learned model does on the project's own gold: k-fold
cross-validation over documents (a single held-out fifth for big projects),
per-label precision, recall and F1 on exact span matches.

On the same test documents of each fold it also scores

- ``rules``: the bundled rules plus the project lexicon built from the
  training folds' gold (what the app suggests without a learned model:
  ``models.suggest.engine.default_ensemble(terms)``), and
- ``combined``: those rules and the fold's model merged by the ensemble's
  rule (what the app suggests once the model is trained).

The result is a JSON-ready dict stored with the model (registry) and
printed by ``biaozhu train`` (``format_evaluation``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from models.errors import InvalidInput
from models.evaluate import ALL, score
from models.learn.crf import CrfParams, CrfSuggester, train_crf
from models.learn.data import TrainingDoc, gold_terms, label_set
from models.progress import NoProgress, Progress
from models.suggest.base import Suggester

DEFAULT_FOLDS = 5
# Above this many characters of gold, the default is one held-out fifth
# instead of five trainings (CLUENER's 400,000 characters: minutes, not ten).
HOLDOUT_ABOVE_CHARS = 150_000
LEXICON_LABELS = ("COMPANY", "POLICY")

RulesFactory = Callable[[Mapping[str, str]], Suggester]


def default_rules() -> RulesFactory | None:
    """The bundled rule ensemble with a project lexicon, or None when this
    build has no rule engine."""
    try:
        from models.suggest.engine import default_ensemble
    except ImportError:
        return None

    def rules(terms: Mapping[str, str]) -> Suggester:
        return default_ensemble(dict(terms))

    return rules


def plan_folds(docs: Sequence[TrainingDoc], folds: int | None = None) -> tuple[str, int, list[int]]:
    """(method, k, folds to test): every fold of k, or fold 0 only for a held-out split.

    ``folds`` None picks DEFAULT_FOLDS, or a held-out fifth for big projects;
    an explicit number is honoured (capped at the number of documents)."""
    n = len(docs)
    if n < 2:
        raise InvalidInput(f"evaluation needs at least 2 gold documents, the project has {n}")
    if folds is not None and folds < 2:
        raise InvalidInput(f"cross-validation needs at least 2 folds, got {folds}")
    if folds is None:
        chars = sum(len(d.text) for d in docs)
        if chars > HOLDOUT_ABOVE_CHARS:
            return "held-out", DEFAULT_FOLDS, [0]
        folds = DEFAULT_FOLDS
    k = min(folds, n)
    return "k-fold", k, list(range(k))


def cross_validate(
    docs: Sequence[TrainingDoc],
    *,
    folds: int | None = None,
    params: CrfParams | None = None,
    rules: RulesFactory | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Train on all but one fold, score on that fold, for each fold; sum the counts.

    Documents go to folds round-robin in project order (document i to fold
    i mod k), so the split is the same every time for the same gold."""
    progress = progress or NoProgress()
    began = time.perf_counter()
    method, k, tested = plan_folds(docs, folds)
    labels = label_set(docs)
    gold: dict[str, list] = {}
    predicted: dict[str, dict[str, list]] = {"crf": {}, "rules": {}, "combined": {}}
    rules_version = None
    for g in tested:
        test = [d for i, d in enumerate(docs) if i % k == g]
        train = [d for i, d in enumerate(docs) if i % k != g]
        what = "held-out" if method == "held-out" else f"fold {g + 1}/{k}"
        model = None
        if any(d.spans for d in train):
            model = CrfSuggester(
                train_crf(train, params, progress=progress, what=what), f"cv-{g + 1}"
            )
        fold_rules = rules(gold_terms(train, LEXICON_LABELS, numeric=True)) if rules else None
        combined = None
        if fold_rules is not None:
            rules_version = fold_rules.version
            combined = _with_model(fold_rules, model)
        for doc in test:
            gold[doc.doc_id] = list(doc.spans)
            crf_out = model.suggest(doc.text) if model is not None else []
            predicted["crf"][doc.doc_id] = crf_out
            if fold_rules is not None:
                rules_out = fold_rules.suggest(doc.text)
                predicted["rules"][doc.doc_id] = rules_out
                predicted["combined"][doc.doc_id] = combined.suggest(doc.text)
    result: dict[str, Any] = {
        "method": method,
        "folds": k,
        "tested_folds": len(tested),
        "documents": len(docs),
        "test_documents": len(gold),
        "labels": labels,
        "match": "exact",
        "crf": _scores(gold, predicted["crf"], labels),
        "rules": _scores(gold, predicted["rules"], labels) if rules else None,
        "combined": _scores(gold, predicted["combined"], labels) if rules else None,
        "rules_version": rules_version,
        "seconds": round(time.perf_counter() - began, 2),
    }
    return result


def _with_model(rules, model):
    """The rules with the fold's model filling their gaps: the app's own rule."""
    from models.suggest.engine import Ensemble

    return Ensemble([rules], fallback=[model] if model is not None else [])


def _scores(gold, pred, labels: list[str]) -> dict[str, dict[str, Any]]:
    return {label: s.as_dict() for label, s in score(gold, pred, labels=labels).items()}


def format_evaluation(evaluation: Mapping[str, Any]) -> list[str]:
    """The evaluation as lines of a plain-text table."""
    if evaluation.get("method") == "held-out":
        head = (
            f"held-out evaluation: trained on {evaluation['documents'] - evaluation['test_documents']}"
            f" documents, tested on {evaluation['test_documents']} (every {evaluation['folds']}th);"
            " exact span match"
        )
    else:
        head = (
            f"{evaluation['folds']}-fold cross-validation over {evaluation['documents']}"
            " gold documents; exact span match"
        )
    systems = [("crf", "CRF alone")]
    if evaluation.get("rules") is not None:
        systems += [("rules", "rules alone"), ("combined", "rules + CRF")]
    labels = [*evaluation["labels"], ALL]
    width = max(8, *(len(lab) for lab in labels))
    top = " " * (width + 8) + "".join(f"{title:<22}" for _key, title in systems)
    cols = f"{'label':<{width}}  {'gold':>5} " + "".join(
        f" {'P':>6} {'R':>6} {'F1':>6}  " for _ in systems
    )
    lines = [head, top.rstrip(), cols.rstrip()]
    for label in labels:
        gold = evaluation["crf"].get(label, {}).get("gold", 0)
        row = f"{label:<{width}}  {gold:>5} "
        for key, _title in systems:
            s = evaluation[key].get(label) or {}
            row += (
                f" {s.get('precision', 0):>6.3f} {s.get('recall', 0):>6.3f}"
                f" {s.get('f1', 0):>6.3f}  "
            )
        lines.append(row.rstrip())
    if evaluation.get("rules") is None:
        lines.append("rules: not compared (this build has no rule ensemble)")
    return lines
