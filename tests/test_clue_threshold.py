"""A big project's threshold, fitted on its own held-out documents (branch
``clue``; issue 14, the CLUENER bar): of evaluate_cv.PROJECT_THRESHOLDS,
the one whose held-out suggestions score the best exact F1; a project of
fewer tested documents than SETTINGS_FROM_DOCUMENTS keeps 1/2."""

from __future__ import annotations


def judged_docs(n: int):
    """``n`` tested documents, each with one candidate (0, 2) of a feature the
    scorer reads, the gold span in one document of three (elsewhere the
    gold span is (3, 5), which no candidate proposes)."""
    from models.learn.data import TrainingDoc
    from models.learn.evaluate_cv import Judged
    from models.suggest.candidates import Candidate

    out = []
    for i in range(n):
        cand = Candidate(0, 2, "COMPANY")
        gold = cand.key if i % 3 == 0 else (3, 5, "COMPANY")
        examples = [({"bias|COMPANY": 1.0, "w=a|COMPANY": 1.0}, int(gold == cand.key))]
        doc = TrainingDoc(f"d{i}", "星海云帆。", ())
        out.append(Judged(doc, {gold}, [cand], examples))
    return out


def test_the_threshold_whose_held_out_suggestions_score_best_is_kept():
    # right one time in three at 0.35: under 1/2 nothing is shown and every
    # gold span missed (F1 0); above 0.3 a third of them are found
    from models.learn.calibration import show_threshold
    from models.learn.evaluate_cv import fitted_threshold

    judged = judged_docs(60)
    held_out = [[0.35] for _ in judged]
    threshold, new, f1 = fitted_threshold(judged, held_out, [j.candidates for j in judged])
    assert threshold == 0.3 and f1["0.3"] > f1[str(show_threshold())] == 0.0
    assert all(new.values())
    # above 1/2 the same candidates are shown at every threshold: a tie keeps 1/2
    threshold, _new, _f1 = fitted_threshold(
        judged, [[0.6] for _ in judged], [j.candidates for j in judged]
    )
    assert threshold == show_threshold()


def test_a_big_project_s_scorer_carries_its_fitted_threshold():
    from models.learn.evaluate_cv import SETTINGS_FROM_DOCUMENTS, project_scorer
    from models.learn.scorer import ScorerModel, ScorerParams

    judged = judged_docs(2 * SETTINGS_FROM_DOCUMENTS)
    scorer, _new, choice = project_scorer(judged, [], (ScorerParams(c2=1.0),), 0)
    assert scorer is not None and set(choice["f1_by_threshold"]) == {"0.5", "0.4", "0.3"}
    assert scorer.threshold == choice["threshold"]
    assert ScorerModel.from_dict(scorer.as_dict()).threshold == choice["threshold"]


def test_a_few_documents_keep_one_half():
    from models.learn.calibration import show_threshold
    from models.learn.evaluate_cv import SETTINGS_FROM_DOCUMENTS, project_scorer
    from models.learn.scorer import ScorerParams

    judged = judged_docs(SETTINGS_FROM_DOCUMENTS - 1)
    scorer, _new, choice = project_scorer(judged, [], (ScorerParams(c2=1.0),), 0)
    assert scorer is not None and scorer.threshold == show_threshold()
    assert choice["threshold"] == show_threshold() and not choice["f1_by_threshold"]
