"""The training report (Tools → Train…) and Tools → Suggester models… show the
per-label table of every system the training measured: up to five systems
of precision, recall and F1. In a 900-pixel dialog the bundled model's
columns were reached only by scrolling, so the comparison a curator trains
for was out of sight. On a 1600-pixel screen every column is in view, in
both languages. Qt's offscreen platform takes its screen's size from a
file, so the dialogs are drawn in a process of their own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from PySide6.QtWidgets import QApplication

app = QApplication([])
from desktop.gui.launch import make_app
make_app()
from desktop.gui.dialogs.models_dialog import SuggesterModelsDialog
from desktop.gui.dialogs.reports import TrainReportDialog
from desktop.gui.i18n import Translations
from models import Project
from models.domain import Span
from models.learn.calibration import Isotonic
from models.learn.crf import train_crf
from models.learn.data import TrainingDoc
from models.learn.registry import ProjectModel, store_model
from models.learn.scorer import ScorerModel
from models.learn.train import TrainResult

path, lang = sys.argv[1], sys.argv[2]
Translations(app).apply(lang)
names = ["华宝钢铁有限公司", "星海电子集团", "绿源能源股份有限公司"]
docs = [
    TrainingDoc(f"d{i}", f"{c}今年营收增长了百分之十二。", [Span(0, len(c), "COMPANY")])
    for i, c in enumerate(names)
]
model = ProjectModel(
    train_crf(docs), ScorerModel({"bias|COMPANY": 0.0}, Isotonic((0.0,), (0.5,))), "", ["d0"]
)
labels = ["METRIC", "COMPANY", "POLICY"]


def system(f1):
    figures = {"gold": 681, "precision": 0.995, "recall": 0.961, "f1": f1}
    return {"actions_per_span": 1.044, "labels": {k: figures for k in [*labels, "ALL"]}}


cv = {
    "method": "k-fold", "folds": 5, "documents": 48, "test_documents": 48, "labels": labels,
    "active_name": "model-1-944a4271",
    "systems": {k: system(0.978) for k in ("new", "adapter", "active", "base", "weighed")},
}
out = {}
with Project.create(path, annotator="tester") as store:
    record = store_model(store, model, data_hash="a" * 64, evaluation=cv)
    result = TrainResult(record, cv, 48, 28672, 973, 5.0, True, "")
    for name, dialog in (
        ("report", TrainReportDialog(result, None)),
        ("models", SuggesterModelsDialog(store, lambda *_a: None)),
    ):
        dialog.show()
        for _ in range(5):
            app.processEvents()
        table = dialog.evaluation.labels_table
        out[name] = {
            "columns": table.columnCount(),
            "viewport": table.viewport().width(),
            "total": table.horizontalHeader().length(),
            "dialog": dialog.frameGeometry().getCoords(),
            "screen": dialog.screen().availableGeometry().getCoords(),
        }
        dialog.close()
print(json.dumps(out))
"""


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_systems_columns_are_in_view_on_a_1600_pixel_screen(tmp_path, lang):
    screens = tmp_path / "screen.json"
    screens.write_text(
        json.dumps({"screens": [{"name": "wide", "width": 1600, "height": 900, "logicalDpi": 96}]})
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "p.biaozhu"), lang],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.splitlines()[-1])
    for name, table in shown.items():
        assert table["columns"] == 2 + 5 * 3, name
        assert table["viewport"] >= table["total"], (name, table)
        left, top, right, bottom = table["dialog"]
        s_left, s_top, s_right, s_bottom = table["screen"]
        assert s_left <= left and right <= s_right, (name, table)  # on the screen, whole
