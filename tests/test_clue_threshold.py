"""A project's threshold, chosen on its own held-out candidates by what the
curator pays (branch ``clue``; issue 14, the CLUENER bar).

The threshold 1/2 (``calibration.show_threshold``) is where showing a
suggestion pays if a wrong one has to be rejected and its gold span added
from nothing. A wrong suggestion that overlaps the gold span is fixed by
moving a boundary, cheaper than adding the span: where a project's
candidates are often right and otherwise a character off, showing them
below 1/2 saves actions, and a project of many documents measures it on its
held-out documents."""

from __future__ import annotations


def judged_docs(n: int, right_every: int, near: bool):
    """``n`` tested documents, each with one candidate (0, 2) of a feature
    the scorer reads; it is the gold span in one document of
    ``right_every``; in the others the gold span is (0, 3) (``near``: one
    boundary move from the candidate) or (3, 5) (``near`` False: apart)."""
    from models.learn.data import TrainingDoc
    from models.learn.evaluate_cv import Judged
    from models.suggest.candidates import Candidate

    out = []
    for i in range(n):
        cand = Candidate(0, 2, "COMPANY")
        gold = (
            cand.key if i % right_every == 0 else ((0, 3, "COMPANY") if near else (3, 5, "COMPANY"))
        )
        examples = [({"bias|COMPANY": 1.0, "w=a|COMPANY": 1.0}, int(gold == cand.key))]
        doc = TrainingDoc(f"d{i}", "星海云帆。", ())
        out.append(Judged(doc, {gold}, [cand], examples))
    return out


def test_a_big_project_shows_near_misses_below_one_half_when_that_is_cheaper():
    from models.learn.calibration import show_threshold
    from models.learn.evaluate_cv import SETTINGS_FROM_DOCUMENTS, curation_cost, project_scorer
    from models.learn.scorer import ScorerParams

    n = 2 * SETTINGS_FROM_DOCUMENTS + 2
    # right one time in three, a boundary move away otherwise: shown, a
    # document costs 1/3 × 1 + 2/3 × 2 = 1.67 actions; hidden, 2 (an add)
    judged = judged_docs(n, right_every=5, near=True)
    judged = [j for i, j in enumerate(judged) if i % 5 in (0, 1, 2)]  # 0 right, 1 and 2 near
    scorer, new, choice = project_scorer(judged, [], (ScorerParams(c2=1.0),), 0)
    assert scorer is not None
    assert scorer.threshold < show_threshold()
    assert choice["threshold"] == scorer.threshold
    by_threshold = choice["actions_by_threshold"]
    assert by_threshold[str(scorer.threshold)] < by_threshold[str(show_threshold())]
    # what the evaluation prices is what the kept threshold shows
    assert sum(curation_cost(j.gold, new[j.doc.doc_id]) for j in judged) == choice["actions"]


def test_wrong_suggestions_apart_from_the_gold_keep_the_threshold_at_one_half():
    from models.learn.calibration import show_threshold
    from models.learn.evaluate_cv import SETTINGS_FROM_DOCUMENTS, project_scorer
    from models.learn.scorer import ScorerParams

    n = 2 * SETTINGS_FROM_DOCUMENTS + 2
    judged = [j for i, j in enumerate(judged_docs(n, 5, near=False)) if i % 5 in (0, 1, 2)]
    scorer, _new, choice = project_scorer(judged, [], (ScorerParams(c2=1.0),), 0)
    assert scorer is not None and scorer.threshold == show_threshold()
    assert choice["threshold"] == show_threshold()


def test_a_few_documents_keep_one_half():
    from models.learn.calibration import show_threshold
    from models.learn.evaluate_cv import SETTINGS_FROM_DOCUMENTS, project_scorer
    from models.learn.scorer import ScorerParams

    few = SETTINGS_FROM_DOCUMENTS - 1
    judged = [
        j for i, j in enumerate(judged_docs(few * 5 // 3, 5, near=True)) if i % 5 in (0, 1, 2)
    ]
    judged = judged[:few]
    scorer, _new, choice = project_scorer(judged, [], (ScorerParams(c2=1.0),), 0)
    assert scorer is not None and scorer.threshold == show_threshold()
    assert set(choice["actions_by_threshold"]) == {str(show_threshold())}
