"""The window on a project whose active model's bytes were cut short (on
disk, or by hand in the file): Tools → Suggest all documents goes on with
the rules and the bundled model, the model set aside with a
``model.retired`` event. crfsuite followed the damaged file's offsets and
the window died with a segmentation fault (on the code before the check,
this test ends the test run rather than failing it)."""

from __future__ import annotations

import sqlite3

from models import Project
from models.domain import Span
from models.learn.registry import list_models
from tests.gui.conftest import close_window, open_window

# Sentences written for these tests.
TEXTS = ("记者从星海电子集团获悉，新厂房已经投产。", "金鹏银行今年营收增长。")


def store_damaged_model(path) -> str:
    from models.learn.calibration import Isotonic
    from models.learn.crf import train_crf
    from models.learn.data import TrainingDoc
    from models.learn.registry import ProjectModel, store_model
    from models.learn.scorer import ScorerModel

    docs = [
        TrainingDoc("d1", TEXTS[0], [Span(3, 9, "COMPANY")]),
        TrainingDoc("d2", TEXTS[1], [Span(0, 4, "COMPANY")]),
    ]
    model = ProjectModel(
        train_crf(docs), ScorerModel({"bias|COMPANY": 0.0}, Isotonic((0.0,), (0.5,))), "", ["d1"]
    )
    with Project.open(path, annotator="tester") as project:
        version = store_model(project, model, data_hash="a" * 64).version
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE learned_models SET blob = substr(blob, 1, length(blob) / 2)")
    conn.close()
    return version


def test_suggest_all_sets_a_damaged_model_aside_and_suggests(qtbot, project_path, tmp_path):
    version = store_damaged_model(project_path)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        window.actions_by_name["suggest_all"].trigger()
        assert window.ctx.tasks.wait(60_000) and window.ctx.host.wait_idle()
        assert window.isVisible()
    finally:
        close_window(window)
    with Project.open(project_path) as project:
        [record] = list_models(project)
        assert record.version == version and not record.active
        [retired] = [e for e in project.history() if e.action == "model.retired"]
        assert "cannot be read by crfsuite" in retired.after["reason"]
        versions = {r[0] for r in project.conn.execute("SELECT DISTINCT version FROM suggestions")}
        assert any(v.startswith("bundled-") for v in versions), versions
