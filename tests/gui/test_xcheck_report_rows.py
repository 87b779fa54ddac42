"""The training report and Tools → Suggester models… after a training that
kept the adapter: the per-label table's every row, "All labels" last, is in
sight without scrolling. Under X at 1366×768 the row of all labels sat
half under the table's horizontal scroll bar in both dialogs and both
languages, so the figure a curator reads first for the whole model was cut."""

from __future__ import annotations

import pytest

from models import Project


@pytest.fixture(scope="module")
def adapter_project(tmp_path_factory):
    """The zone-news check half's first documents as a curator's gold,
    the set on which training keeps the adapter of the bundled model."""
    from models.learn.train import train_project
    from models.suggest.pipeline import bundled_pipeline
    from tests.learn.test_adapter import ADAPTER_KEPT, zone_check_documents

    if bundled_pipeline() is None:
        pytest.skip("no bundled model")
    path = tmp_path_factory.mktemp("adapter") / "zone.biaozhu"
    with Project.create(path, annotator="curator") as project, project.transaction():
        for doc in zone_check_documents(ADAPTER_KEPT):
            doc_id, _ = project.add_document(doc["text"], doc_id=doc["id"])
            for s in doc["spans"]:
                project.add_span(doc_id, s["start"], s["end"], s["label"], origin="imported")
            project.set_status(doc_id, "done")
    with Project.open(path, annotator="curator") as store:
        result = train_project(store)
    assert (result.evaluation.get("contest") or {}).get("kept") == "adapter"
    return path, result


def rows_out_of_sight(table) -> list[str]:
    """The labels of the rows the table's viewport does not show whole."""
    height = table.viewport().height()
    return [
        table.item(r, 0).text()
        for r in range(table.rowCount())
        if table.rowViewportPosition(r) + table.rowHeight(r) > height
    ]


def test_the_training_reports_per_label_table_shows_every_row(qtbot, adapter_project):
    from desktop.gui.dialogs.reports import TrainReportDialog

    _path, result = adapter_project
    dialog = TrainReportDialog(result, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.evaluation.labels_table
    assert table.item(table.rowCount() - 1, 0).text() == "All labels"
    assert table.horizontalHeaderItem(2).text().startswith("This model (adapter)")
    assert rows_out_of_sight(table) == []


def test_the_models_dialogs_per_label_table_shows_every_row(qtbot, adapter_project):
    from desktop.gui.dialogs.models_dialog import SuggesterModelsDialog

    path, _result = adapter_project
    with Project.open(path, annotator="curator") as store:
        dialog = SuggesterModelsDialog(store, lambda *_a: None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.evaluation.labels_table
        assert table is not None and table.rowCount() == 3
        assert rows_out_of_sight(table) == []
        dialog.close()


def test_the_models_dialog_says_the_active_model_is_the_bundled_models_adapter(
    qtbot, adapter_project
):
    """Tools → Suggester models… said only "learned from this project" of a
    kept adapter, so a project owner read the bundled model moved by a few
    weights as a model of the project's own, unlike the training report."""
    from desktop.gui.dialogs.models_dialog import SuggesterModelsDialog
    from models.learn.registry import list_models

    path, result = adapter_project
    with Project.open(path, annotator="curator") as store:
        [record] = list_models(store)
        assert record.active and record.version == result.record.version
        dialog = SuggesterModelsDialog(store, lambda *_a: None)
        qtbot.addWidget(dialog)
        said = dialog.current.text()
        assert record.version in said
        assert "adapter of the bundled model" in said
        dialog.close()
