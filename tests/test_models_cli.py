"""``biaozhu models``: an ML engineer sees the models a project stored and
chooses the one that suggests, or goes back to the bundled model; each
choice is in the store and in the history, and a wrong version changes
nothing."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models import Project
from models.domain import Span
from models.learn.registry import active_record, list_models

# Sentences written for these tests.
TEXTS = ("记者从星海电子集团获悉，新厂房已经投产。", "金鹏银行今年营收增长。")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def evaluation(actions: float, company_f1: float) -> dict:
    """A stored cross-validation as evaluate_cv writes it, only the figures shown."""
    labels = {
        "COMPANY": {"f1": company_f1, "precision": 1.0, "recall": 1.0, "gold": 2},
        "ALL": {"f1": company_f1, "precision": 1.0, "recall": 1.0, "gold": 2},
    }
    return {
        "labels": ["COMPANY"],
        "systems": {"new": {"actions_per_span": actions, "labels": labels}},
    }


@pytest.fixture
def two_models(tmp_path):
    """A project with two stored models: the first active, the second stored
    without activating it (as train does when it measured no better)."""
    from models.learn.calibration import Isotonic
    from models.learn.crf import train_crf
    from models.learn.data import TrainingDoc
    from models.learn.registry import ProjectModel, store_model
    from models.learn.scorer import ScorerModel

    docs = [
        TrainingDoc("d1", TEXTS[0], [Span(3, 9, "COMPANY")]),
        TrainingDoc("d2", TEXTS[1], [Span(0, 4, "COMPANY")]),
    ]
    crf = train_crf(docs)
    scorer = ScorerModel({"bias|COMPANY": 0.0}, Isotonic((0.0,), (0.5,)))
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as project:
        model = ProjectModel(crf, scorer, "", ["d1", "d2"])
        first = store_model(project, model, data_hash="a" * 64, evaluation=evaluation(1.25, 0.8))
        second = store_model(
            project, model, data_hash="b" * 64, evaluation=evaluation(1.5, 0.6), activate=False
        )
    return str(path), first.version, second.version


def model_events(path: str) -> list[tuple[str, str]]:
    with Project.open(path) as project:
        return [(e.action, e.target) for e in project.history() if e.action.startswith("model.")]


def active_version(path: str) -> str | None:
    with Project.open(path) as project:
        record = active_record(project)
        return record.version if record else None


def test_models_lists_each_stored_model_with_its_figures(two_models, capsys):
    path, first, second = two_models
    code, out, err = run(capsys, "models", path)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(first) and lines[0].endswith("active")
    assert "2 gold documents" in lines[0] and "1.250 actions per gold span" in lines[0]
    assert "F1 COMPANY 0.800" in lines[0]
    assert lines[1].startswith(second) and not lines[1].endswith("active")
    assert "1.500 actions per gold span" in lines[1] and "F1 COMPANY 0.600" in lines[1]


def test_models_json_is_one_object_per_model(two_models, capsys):
    path, first, second = two_models
    code, out, _ = run(capsys, "models", path, "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["version"] for r in rows] == [first, second]
    assert [r["active"] for r in rows] == [True, False]
    assert rows[1]["f1"] == {"COMPANY": 0.6} and rows[1]["actions_per_span"] == 1.5
    assert rows[0]["documents"] == 2 and rows[0]["readable"] is True
    assert rows[0]["created"].endswith("Z")


def test_activate_makes_a_stored_model_the_one_that_suggests(two_models, capsys):
    path, first, second = two_models
    code, out, _ = run(capsys, "models", path, "--activate", second)
    assert code == 0 and out == f"{second} is now the active model\n"
    assert active_version(path) == second
    with Project.open(path) as project:
        assert [m.active for m in list_models(project)] == [False, True]
        event = project.history()[-1]
        assert event.action == "model.activated" and event.before == {"active": [first]}
        assert project.verify().ok
    # again: nothing to change, no second event
    code, out, _ = run(capsys, "models", path, "--activate", second, "--json")
    assert code == 0 and json.loads(out) == {"active": second, "changed": False}
    assert model_events(path)[-1] == ("model.activated", second)
    assert len(model_events(path)) == 3


def test_use_bundled_sets_the_active_model_aside(two_models, capsys):
    path, first, _second = two_models
    code, out, _ = run(capsys, "models", path, "--use-bundled")
    assert code == 0 and out == f"{first} set aside: the bundled model suggests again\n"
    assert active_version(path) is None
    with Project.open(path) as project:
        event = project.history()[-1]
        assert (event.action, event.target) == ("model.retired", first)
        assert "--use-bundled" in event.after["reason"]
    code, out, _ = run(capsys, "models", path)
    assert out.splitlines()[-1].startswith("no model is active: the bundled model")
    code, out, _ = run(capsys, "models", path, "--use-bundled", "--json")
    assert code == 0 and json.loads(out) == {"active": None, "changed": False}
    assert len(model_events(path)) == 3


def test_an_unknown_version_is_one_line_and_changes_nothing(two_models, capsys):
    path, first, second = two_models
    events = model_events(path)
    code, out, err = run(capsys, "models", path, "--activate", "model-9-deadbeef")
    assert code == 1 and out == ""
    assert err.startswith("biaozhu: error: no model 'model-9-deadbeef'") and err.count("\n") == 1
    assert first in err and second in err  # what could have been meant
    assert active_version(path) == first and model_events(path) == events
    code, _, err = run(capsys, "models", path, "--activate", second, "--use-bundled")
    assert code == 1 and err.startswith("biaozhu: error:") and err.count("\n") == 1
    assert active_version(path) == first and model_events(path) == events


def test_a_project_without_models_says_the_bundled_model_suggests(tmp_path, capsys):
    path = str(tmp_path / "empty.biaozhu")
    Project.create(path).close()
    code, out, _ = run(capsys, "models", path)
    assert code == 0 and out.startswith("no stored model:") and "biaozhu train" in out
    assert run(capsys, "models", path, "--json")[1] == ""


def test_models_is_listed_among_the_suggestion_commands(capsys):
    code, out, _ = run(capsys, "--help")
    block = out[out.index("Suggestions:") : out.index("The gold for other tools:")]
    assert code == 0 and "models" in block


def test_which_model_suggests_is_what_the_history_says(two_models, capsys):
    """The active model decides every suggestion the project shows; which one it
    is, and which models the project holds, changed by hand in
    ``learned_models`` (no event), passed verify."""
    import shutil
    import sqlite3

    path, first, second = two_models
    assert run(capsys, "verify", path)[0] == 0
    assert run(capsys, "models", path, "--activate", second)[0] == 0
    assert run(capsys, "models", path, "--use-bundled")[0] == 0
    assert run(capsys, "models", path, "--activate", first)[0] == 0
    assert run(capsys, "verify", path)[0] == 0
    for sql, named in (
        (f"UPDATE learned_models SET active = (version = '{second}')", f"row {second}"),
        ("UPDATE learned_models SET active = 0", f"row {first}"),
        (
            "INSERT INTO learned_models (name, version, created, data_hash, format, evaluation,"
            " blob, active) SELECT name, 'model-9-cafe', created, data_hash, format, evaluation,"
            " blob, 0 FROM learned_models LIMIT 1",
            "row model-9-cafe",
        ),
        (f"DELETE FROM learned_models WHERE version = '{second}'", f"row {second}"),
        (f"UPDATE learned_models SET data_hash = 'c' WHERE version = '{first}'", f"row {first}"),
    ):
        copy = path.replace("p.biaozhu", "tampered.biaozhu")
        shutil.copy(path, copy)
        with sqlite3.connect(copy) as conn:
            conn.execute(sql)
        conn.close()
        code, _, err = run(capsys, "verify", copy)
        assert code == 1 and "learned_models" in err and named in err, (sql, err)


def tampered_copy(path: str, sql: str) -> str:
    import shutil
    import sqlite3

    copy = path.replace("p.biaozhu", "tampered.biaozhu")
    shutil.copy(path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(sql)
    conn.close()
    return copy


def test_a_models_figures_and_weights_are_what_its_event_recorded(two_models, capsys):
    """The F1 that ``biaozhu models`` and Suggester models… show a reviewer choosing a
    model, and the CRF and scorer that suggest under its version, changed by
    hand in ``learned_models`` passed verify: a model could claim figures it
    never measured, or suggest with weights no training produced."""
    path, first, _second = two_models
    assert run(capsys, "verify", path)[0] == 0
    company_f1 = "$.cv.systems.new.labels.COMPANY.f1"
    for sql in (
        f"UPDATE learned_models SET evaluation = json_set(evaluation, '{company_f1}', 0.99)"
        f" WHERE version = '{first}'",
        f"UPDATE learned_models SET evaluation = json_set(evaluation,"
        f" '$.cv.systems.new.actions_per_span', 1.0) WHERE version = '{first}'",
        f"UPDATE learned_models SET evaluation = json_set(evaluation,"
        f" '$.scorer.weights.\"bias|COMPANY\"', 5.0) WHERE version = '{first}'",
        f"UPDATE learned_models SET blob = CAST(blob || 'x' AS BLOB) WHERE version = '{first}'",
    ):
        copy = tampered_copy(path, sql)
        code, _, err = run(capsys, "verify", copy)
        assert code == 1 and "learned_models" in err and f"row {first}" in err, (sql, err)


def test_an_older_projects_model_figures_are_still_checked(tmp_path, capsys):
    """A model stored before its event recorded what the row holds (only its
    F1) verifies as before, and its F1 changed by hand is still found."""
    import sqlite3

    path = tmp_path / "p.biaozhu"
    stored = json.dumps({"cv": evaluation(1.25, 0.8), "model": {}, "scorer": {}})
    with Project.create(path, annotator="alice") as project, project.transaction():
        project.conn.execute(
            "INSERT INTO learned_models (name, version, created, data_hash, format, evaluation,"
            " blob, active) VALUES ('model', 'model-1-aaaaaaaa', '2026-12-01T00:00:00Z', ?, 3,"
            " ?, x'00', 1)",
            ("a" * 64, stored),
        )
        project.events.append(
            "alice",
            "model.trained",
            None,
            "model-1-aaaaaaaa",
            None,
            {
                "name": "model",
                "version": "model-1-aaaaaaaa",
                "format": 3,
                "data_hash": "a" * 64,
                "labels": ["COMPANY"],
                "training": {},
                "active": True,
                "f1": {"COMPANY": 0.8, "ALL": 0.8},
            },
        )
    code, out, err = run(capsys, "verify", str(path))
    assert code == 0 and out.startswith("ok"), err
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE learned_models SET evaluation ="
            " json_set(evaluation, '$.cv.systems.new.labels.COMPANY.f1', 0.99)"
        )
    conn.close()
    code, _, err = run(capsys, "verify", str(path))
    assert code == 1 and "row model-1-aaaaaaaa" in err and "0.99" in err, err
