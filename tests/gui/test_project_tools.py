"""File → Merge projects…, the session backup and File → Restore from backup…,
Tools → Train suggester and Tools → Order to-do by uncertainty: each driven
through its action on a real project, then the store checked."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.gui.dialogs import file_choosers
from models import Project
from models.learn.active import rank_todo
from models.learn.registry import list_models
from models.store.backup import list_backups
from tests.gui.conftest import DOC_A, close_window, make_project, open_window

OTHER_DOC = "开发区新引进项目41个,总投资超过260亿元。"


def message_boxes(window, name: str | None = None) -> list[QMessageBox]:
    return [
        b
        for b in window.findChildren(QMessageBox)
        if b.isVisible() and (name is None or b.objectName() == name)
    ]


# -- merge ---------------------------------------------------------------------------------


def test_merge_projects_brings_in_the_other_files_spans(window, qtbot, tmp_path, monkeypatch):
    other = tmp_path / "laptop.biaozhu"
    make_project(other)  # the same three documents ...
    with Project.open(other, annotator="alice") as p:
        p.ensure_annotator("alice")
        start = DOC_A.index("比亚迪")
        p.add_span("a", start, start + 3, "COMPANY", annotator="alice")
        p.add_document(OTHER_DOC, doc_id="n")  # ... and a new one
    monkeypatch.setattr(file_choosers, "open_file_names", lambda *a, **k: [str(other)])
    window.actions_by_name["merge_projects"].trigger()
    assert window.ctx.tasks.wait(30_000)
    with Project.open(window.ctx.project.path) as store:
        assert [(a.text, a.label) for a in store.annotations("a", "alice")] == [
            ("比亚迪", "COMPANY")
        ]
        assert store.document_text("n") == OTHER_DOC
        assert store.history()[-1].action == "merge.completed"
    assert window.doc_panel.model.rowCount() == 4
    box = message_boxes(window, "mergeReport")[0]
    assert "laptop.biaozhu" in box.text() and "1 new document(s)" in box.text()
    box.close()
    # the same file again: nothing new
    window.actions_by_name["merge_projects"].trigger()
    assert window.ctx.tasks.wait(30_000)
    assert "nothing new" in message_boxes(window, "mergeReport")[-1].text()


def test_a_cancelled_merge_leaves_the_project_as_it_was(tmp_path, project_path):
    from desktop.gui.jobs import CancellingProgress
    from models.progress import Cancelled, NoProgress
    from models.review.merge import merge_project

    other = tmp_path / "laptop.biaozhu"
    make_project(other)
    with Project.open(other, annotator="alice") as p:
        p.add_document(OTHER_DOC, doc_id="n")

    class Stop(NoProgress):
        def cancelled(self) -> bool:
            return True

    with Project.open(project_path, annotator="tester") as project:
        events = len(project.history())
        with pytest.raises(Cancelled):
            merge_project(project, other, CancellingProgress(Stop()))
        assert len(project.history()) == events and project.document_count() == 3


# -- backups -------------------------------------------------------------------------------


def test_opening_backs_up_and_restore_brings_back_the_older_state(window, qtbot):
    from desktop.gui.dialogs.backups import RestoreBackupDialog

    path = window.ctx.project.path
    qtbot.waitUntil(lambda: window.last_backup is not None, timeout=10_000)
    session = window.last_backup
    assert session.parent == path.with_name(path.name + ".backups")
    # work after the backup
    window.controller.accept()
    window.controller.accept()
    assert window.ctx.host.wait_idle()
    with Project.open(path) as store:
        assert len(store.annotations("a", "tester")) == 2
    assert window.ctx.undo_group.canUndo()

    window.actions_by_name["restore_backup"].trigger()
    dialog = window.findChild(RestoreBackupDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, dialog.DOCUMENTS).text() == "3"
    dialog.select(session)
    dialog.restore_button.click()
    assert window.ctx.host.wait_idle()

    with Project.open(path) as store:
        assert store.annotations("a", "tester") == []
        assert store.history()[-1].action == "project.restored"
    assert [i for i in window.controller.items if i.is_gold] == []
    assert window.controller.doc_id == "a" and window.controller.current_item().is_pending
    assert not window.ctx.undo_group.canUndo()
    reasons = sorted(b.path.name.split("-", 1)[1] for b in list_backups(path))
    assert reasons == ["before-restore.biaozhu", "session.biaozhu"]
    # the window goes on writing to the restored project
    window.controller.accept()
    assert window.ctx.host.wait_idle()
    with Project.open(path) as store:
        assert len(store.annotations("a", "tester")) == 1
        assert store.verify().ok


def test_the_backup_list_marks_a_copy_that_would_not_restore_and_why(window, qtbot):
    """A backup edited by hand fails ``verify``, so restoring it is refused;
    the list offered it plainly beside the good ones, and a curator learnt
    only after choosing it. It is marked unusable, with the reason in one
    line, and Restore is not offered on it; the good copy still is."""

    from desktop.gui.dialogs.backups import RestoreBackupDialog

    path = window.ctx.project.path
    qtbot.waitUntil(lambda: window.last_backup is not None, timeout=10_000)
    good = window.last_backup
    window.controller.accept()
    assert window.ctx.host.wait_idle()
    bad = edited_backup(path)
    with Project.open(path) as store:
        head = store.chain_head()

    window.actions_by_name["restore_backup"].trigger()
    dialog = window.findChild(RestoreBackupDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 2
    qtbot.waitUntil(lambda: dialog.checked(), timeout=30_000)
    rows = {dialog.backups[r].path: r for r in range(2)}
    said = dialog.table.item(rows[bad], dialog.CHECK).text()
    assert said.startswith("Unusable: does not verify") and "\n" not in said
    assert dialog.table.item(rows[good], dialog.CHECK).text() == "Verified"
    assert dialog.selected() == good  # the newest usable one is chosen
    dialog.select(bad)
    assert not dialog.restore_button.isEnabled()
    dialog.accept()  # Enter, or a double click: nothing is restored
    assert dialog.isVisible()
    assert window.ctx.host.wait_idle()
    with Project.open(path) as store:
        assert store.chain_head() == head
    dialog.reject()


def test_a_refused_restore_says_why_once_and_changes_nothing_not_even_the_undo(window, qtbot):
    """A copy chosen before the list's check of it ended (or edited since)
    is refused by the store; the window then showed two dialogs ("Changes
    not saved" and a problem box), cleared the undo history and rolled the
    view back as after a failed write. A refusal is no failed write: one
    box says why, the undo history and the file stay as they were, and the
    window goes on writing."""

    path = window.ctx.project.path
    window.controller.accept()
    assert window.ctx.host.wait_idle()
    bad = edited_backup(path)
    with Project.open(path) as store:
        head = store.chain_head()
        gold = store.annotations("a", "tester")
    assert len(gold) == 1 and window.ctx.undo_group.canUndo()

    window.restore_backup(bad)  # as the dialog does once a copy is chosen
    assert window.ctx.host.wait_idle()
    qtbot.waitUntil(lambda: bool(message_boxes(window)), timeout=5000)
    qtbot.wait(100)
    boxes = message_boxes(window)
    assert [b.objectName() for b in boxes] == ["problemBox"]
    assert "does not verify" in boxes[0].text() and bad.name in boxes[0].text()
    assert window.ctx.host.failure is None and window.controller.writable
    with Project.open(path) as store:
        assert store.chain_head() == head
        assert store.annotations("a", "tester") == gold
    assert window.ctx.undo_group.canUndo()  # the curator's undo is still there
    boxes[0].close()
    window.ctx.undo_group.undo()
    assert window.ctx.host.wait_idle()
    with Project.open(path) as store:
        assert store.annotations("a", "tester") == []
        assert store.verify().ok


# -- training ------------------------------------------------------------------------------

# The last is a bare brand the rules do not draw: the bundled model finds
# the others exactly, and a model of this gold measures better only by
# learning it.
COMPANIES = ["华宝钢铁有限公司", "星海电子集团", "绿源能源股份有限公司", "金鹏"]
TEMPLATES = [
    "{c}今年营收增长了百分之十二。",
    "记者从{c}获悉，新厂房已经投产。",
    "{c}计划明年扩大产能。",
]
INSTITUTE = "{c}研究院今年发布了报告。"
SHORT_NAMES = ["华宝钢铁", "星海电子", "绿源能源", "金鹏"]


@pytest.fixture
def gold_path(tmp_path):
    path = tmp_path / "gold.biaozhu"
    with Project.create(path, annotator="tester") as project, project.transaction():
        for d in range(6):
            text, spans = "", []
            for k in range(3):
                company = COMPANIES[(d + k) % len(COMPANIES)]
                sentence = TEMPLATES[(d + k) % len(TEMPLATES)].format(c=company)
                start = len(text) + sentence.index(company)
                spans.append((start, start + len(company)))
                text += sentence
            # a firm's institute is no firm, but the firm before it is
            # (GUIDELINES: COMPANY leaves out the facility word): the shipped
            # model misses 金鹏 in 金鹏研究院, and this project's gold teaches
            # its own model the line, as real projects' gold does
            company = SHORT_NAMES[d % len(SHORT_NAMES)]
            sentence = INSTITUTE.format(c=company)
            start = len(text) + sentence.index(company)
            spans.append((start, start + len(company)))
            text += sentence
            doc_id, _ = project.add_document(text)
            for start, end in spans:
                project.add_span(doc_id, start, end, "COMPANY", origin="imported")
            project.set_status(doc_id, "done")
    return path


# Training is seconds of work, not a wait for an event: it cross-validates
# three scorer settings over the bundled examples and the gold, 20-30 s of
# one core's time even on six short documents. On a loaded 2-core machine
# (the suite's other worker, a busy process, other work) it took 83-92 s,
# past the 60 s these tests allowed, and failed them though it worked. The
# bound only has to end a training that hangs before pytest's 300 s does.
TRAINING_MS = 240_000


@contextmanager
def trained(qtbot, path, tmp_path):
    """A window on ``path`` after Tools → Train suggester, with its report."""
    from desktop.gui.dialogs.reports import TrainReportDialog

    window = open_window(qtbot, path, tmp_path)
    try:
        window.actions_by_name["train_suggester"].trigger()
        assert window.ctx.tasks.wait(TRAINING_MS)
        yield window, window.findChild(TrainReportDialog)
    finally:
        close_window(window)


def test_train_suggester_stores_a_model_and_shows_the_evaluation(qtbot, gold_path, tmp_path):
    with trained(qtbot, gold_path, tmp_path) as (window, dialog):
        assert dialog is not None and dialog.isVisible()
        assert "cross-validation over 6 gold documents" in dialog.text
        assert any(line.startswith("COMPANY") for line in dialog.text.splitlines())
        with Project.open(gold_path) as store:
            models = list_models(store)
            assert len(models) == 1 and models[0].active
            assert models[0].version in dialog.summary.text()
        dialog.close()


@pytest.fixture
def already_suggested_path(tmp_path):
    """Gold that is exactly what the bundled model suggests: a model trained
    on it cannot measure better, so training stores it without activating it."""
    from models.suggest.pipeline import default_suggester

    path = tmp_path / "known.biaozhu"
    suggester = default_suggester()
    with Project.create(path, annotator="tester") as project, project.transaction():
        for d in range(6):
            text = "".join(
                TEMPLATES[(d + k) % len(TEMPLATES)].format(c=COMPANIES[(d + k) % len(COMPANIES)])
                for k in range(3)
            )
            doc_id, _ = project.add_document(text)
            for s in suggester.suggest(text):
                project.add_span(doc_id, s.start, s.end, s.label, origin="imported")
            project.set_status(doc_id, "done")
    return path


def test_a_training_that_measured_no_better_says_it_was_not_activated(
    qtbot, already_suggested_path, tmp_path
):
    with trained(qtbot, already_suggested_path, tmp_path) as (window, dialog):
        with Project.open(already_suggested_path) as store:
            models = list_models(store)
        assert len(models) == 1 and not models[0].active
        assert "not made active" in dialog.summary.text()
        assert "now the" not in dialog.summary.text()
        assert "not made active" in window.statusBar().currentMessage()
        dialog.close()


@pytest.fixture
def bundled_examples_path(tmp_path):
    """Gold of news-train articles, every one an example the bundled scorer
    learned from: the bundled model cannot be compared on any of them."""
    import json

    from tests.conftest import shared_path

    path = tmp_path / "examples.biaozhu"
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    with Project.create(path, annotator="tester") as project, project.transaction():
        for line in lines[:4]:
            doc = json.loads(line)
            doc_id, _ = project.add_document(doc["text"])
            for s in doc["spans"]:
                project.add_span(doc_id, s["start"], s["end"], s["label"], origin="imported")
            project.set_status(doc_id, "done")
    return path


def test_the_report_says_a_model_nothing_could_be_compared_with_was_not_made_active(
    qtbot, bundled_examples_path, tmp_path
):
    # A model nobody could show to cost less is not activated unmeasured
    # (issue 14, item 5: a learning loop that only helps).
    with trained(qtbot, bundled_examples_path, tmp_path) as (window, dialog):
        with Project.open(bundled_examples_path) as store:
            assert not list_models(store)[0].active
        said = dialog.summary.text()
        assert "not made active" in said and "nothing to compare it with" in said
        assert "measured better" not in said
        dialog.close()


def test_training_again_on_the_same_gold_names_the_active_model_it_replaces(
    qtbot, bundled_examples_path, tmp_path
):
    """The active model learned every tested document, as the bundled model
    did: the report says so instead of saying there was no model to compare,
    and the new model is not activated unmeasured."""
    from desktop.gui.dialogs.reports import TrainReportDialog
    from models.learn.registry import activate

    with trained(qtbot, bundled_examples_path, tmp_path) as (window, dialog):
        dialog.close()
        with Project.open(bundled_examples_path) as store:
            activate(store, list_models(store)[0].version)
        window.actions_by_name["train_suggester"].trigger()
        assert window.ctx.tasks.wait(TRAINING_MS)
        second = [d for d in window.findChildren(TrainReportDialog) if d is not dialog]
        assert second and "the active model and the bundled model both learned" in (
            second[-1].summary.text()
        )
        with Project.open(bundled_examples_path) as store:
            assert [m.active for m in list_models(store)] == [True, False]
        second[-1].close()


def test_the_report_gives_the_figures_the_decision_was_made_on(
    qtbot, already_suggested_path, tmp_path
):
    with trained(qtbot, already_suggested_path, tmp_path) as (window, dialog):
        said = dialog.summary.text()
        assert "actions per gold span against" in said
        assert "held-out document(s)" in said


def model_events(path) -> list[tuple[str, str]]:
    with Project.open(path) as store:
        return [(e.action, e.target) for e in store.history() if e.action.startswith("model.")]


def suggestion_versions(path) -> set[str]:
    """The models the stored suggestions come from (without the project's mark)."""
    with Project.open(path) as store:
        return {
            s.version.partition("+project-")[0]
            for doc in store.document_ids()
            for s in store.suggestions(doc, "tester")
        }


def test_a_model_that_measured_no_better_can_be_activated_anyway(
    qtbot, already_suggested_path, tmp_path
):
    with trained(qtbot, already_suggested_path, tmp_path) as (window, dialog):
        version = dialog.result.record.version
        assert dialog.activate_button.isVisible() and dialog.activate_button.isEnabled()
        assert not dialog.activate_button.autoDefault()  # Enter closes, never activates
        dialog.activate_button.click()
        assert window.ctx.host.wait_idle()
        assert window.ctx.tasks.wait(60_000)  # the suggestions computed again
        with Project.open(already_suggested_path) as store:
            [model] = list_models(store)
        assert model.version == version and model.active
        assert model_events(already_suggested_path)[-2:] == [
            ("model.trained", version),
            ("model.activated", version),
        ]
        assert "You made it the project's active" in dialog.summary.text()
        status = window.statusBar().currentMessage()
        assert f"Suggester {version} is now the active one" in status
        assert not dialog.activate_button.isVisible()
        assert suggestion_versions(already_suggested_path) == {version}
        dialog.close()


def test_a_model_that_was_activated_offers_no_activate_button(qtbot, gold_path, tmp_path):
    from desktop.gui.dialogs.reports import TrainReportDialog
    from models.learn.train import train_project

    with Project.open(gold_path, annotator="tester") as store:
        result = train_project(store)
    assert result.activated
    dialog = TrainReportDialog(result, None, choose=lambda *_a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.activate_button.isVisible()
    # the evaluation is a table of figures per label, not lines of text
    table = dialog.evaluation.labels_table
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert labels == [*result.evaluation["labels"], "All labels"]
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads[:5] == [
        "Label",
        "Gold spans",
        "This model\nPrecision",
        "\nRecall",  # the system named once, over its first column: the table fits
        "\nF1",
    ]
    assert table.horizontalHeaderItem(4).toolTip() == "This model\nF1"
    company = labels.index("COMPANY")
    f1 = result.evaluation["systems"]["new"]["labels"]["COMPANY"]["f1"]
    assert table.item(company, 4).text() == f"{f1:.3f}"


def store_two_models(path) -> tuple[str, str]:
    """Two small models stored in ``path``: the first active, the second not."""
    from models.domain import Span
    from models.learn.calibration import Isotonic
    from models.learn.crf import train_crf
    from models.learn.data import TrainingDoc
    from models.learn.registry import ProjectModel, store_model
    from models.learn.scorer import ScorerModel

    texts = [t.format(c=c) for t, c in zip(TEMPLATES, COMPANIES, strict=False)]
    docs = [
        TrainingDoc(f"d{i}", text, [Span(text.index(c), text.index(c) + len(c), "COMPANY")])
        for i, (text, c) in enumerate(zip(texts, COMPANIES, strict=False))
    ]
    model = ProjectModel(
        train_crf(docs),
        ScorerModel({"bias|COMPANY": 0.0}, Isotonic((0.0,), (0.5,))),
        "",
        [d.doc_id for d in docs],
    )
    cv = {
        "method": "k-fold",
        "folds": 2,
        "documents": 3,
        "test_documents": 3,
        "labels": ["COMPANY"],
        "systems": {
            "new": {
                "actions_per_span": 1.2,
                "labels": {"COMPANY": {"gold": 3, "precision": 1.0, "recall": 0.5, "f1": 0.667}},
            }
        },
    }
    with Project.open(path, annotator="tester") as store:
        first = store_model(store, model, data_hash="a" * 64, evaluation=cv)
        second = store_model(store, model, data_hash="b" * 64, evaluation=cv, activate=False)
    return first.version, second.version


def test_suggester_models_lists_the_stored_models_and_changes_the_active_one(
    window, qtbot, project_path
):
    from desktop.gui.dialogs.models_dialog import SuggesterModelsDialog

    first, second = store_two_models(project_path)
    window.actions_by_name["suggester_models"].trigger()
    dialog = window.findChild(SuggesterModelsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [second, first]
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads == [
        "Version",
        "Trained (UTC)",
        "Gold documents",
        "Actions per gold span",
        "F1 COMPANY",
        "Suggests",
    ]
    assert [table.item(1, c).text() for c in (2, 3, 4, 5)] == ["3", "1.200", "0.667", "active"]
    assert first in dialog.current.text()

    # from the keyboard: ↑/↓ in the list, Alt+A makes the selected one active
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.selected().version == second and dialog.activate_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    # a mnemonic clicks its button a moment later (animateClick)
    qtbot.waitUntil(lambda: model_events(project_path)[-1] == ("model.activated", second))
    assert window.ctx.host.wait_idle() and window.ctx.tasks.wait(30_000)
    with Project.open(project_path) as store:
        assert [(m.version, m.active) for m in list_models(store)] == [
            (first, False),
            (second, True),
        ]
    assert model_events(project_path)[-1] == ("model.activated", second)
    assert suggestion_versions(project_path) <= {second}  # the window suggests with it
    assert second in dialog.current.text() and second in dialog.message.text()
    assert "is now the active one" in window.statusBar().currentMessage()

    assert dialog.bundled_button.isEnabled()
    dialog.bundled_button.click()
    assert window.ctx.host.wait_idle() and window.ctx.tasks.wait(30_000)
    with Project.open(project_path) as store:
        assert not any(m.active for m in list_models(store))
    assert model_events(project_path)[-1] == ("model.retired", second)
    versions = suggestion_versions(project_path)
    assert versions and all(v.startswith("bundled-") for v in versions)
    assert "bundled model" in dialog.current.text()
    assert not dialog.bundled_button.isEnabled()
    dialog.close()


def test_train_without_gold_is_the_cores_one_line_error(window):
    window.actions_by_name["train_suggester"].trigger()
    assert window.ctx.tasks.wait(30_000)
    box = message_boxes(window)[-1]
    assert box.text().startswith("the project has no gold to train on")
    assert "\n" not in box.text()
    with Project.open(window.ctx.project.path) as store:
        assert list_models(store) == []
    box.close()


# -- ordering by uncertainty ----------------------------------------------------------------


def test_order_todo_by_uncertainty_reorders_the_list_and_is_remembered(window, qtbot, store):
    window.controller.toggle_done()  # asks: "a" has suggestions pending
    window.controller.toggle_done()  # "a" is done: it goes after the to-do documents
    assert window.ctx.host.wait_idle()
    with Project.open(window.ctx.project.path) as p:
        project_order = p.document_ids()
        ranked = [r.doc_id for r in rank_todo(p, "tester")]
    assert ranked == ["b", "c"]
    action = window.actions_by_name["order_by_uncertainty"]
    assert action.isCheckable() and not action.isChecked()
    assert window.doc_panel.order() == project_order == ["a", "b", "c"]

    action.trigger()
    assert action.isChecked() and window.ctx.settings.order_by_uncertainty
    qtbot.waitUntil(lambda: window.doc_panel.order() == ranked + ["a"], timeout=10_000)
    # the current document stays selected; PgDown goes on down the ordered list
    assert window.controller.doc_id == "a"
    window.doc_panel.select("b")
    window.act_next_doc()
    assert window.controller.doc_id == "c"

    action.trigger()
    assert not action.isChecked() and not window.ctx.settings.order_by_uncertainty
    assert window.doc_panel.order() == project_order


def test_the_ordering_is_restored_when_a_window_opens(qtbot, project_path, tmp_path):
    with Project.open(project_path, annotator="tester") as p:
        p.set_status("a", "done")
    first = open_window(qtbot, project_path, tmp_path)
    first.actions_by_name["order_by_uncertainty"].trigger()
    assert first.ctx.tasks.wait(20_000)
    first.close()
    first.ctx.close()
    second = open_window(qtbot, project_path, tmp_path)  # same settings file
    try:
        assert second.actions_by_name["order_by_uncertainty"].isChecked()
        qtbot.waitUntil(lambda: second.doc_panel.order() == ["b", "c", "a"], timeout=10_000)
    finally:
        close_window(second)


def edited_backup(path):
    """A backup of ``path`` whose last event someone edited by hand: one a
    restore refuses."""
    import sqlite3

    from models.store.backup import make_backup

    bad = make_backup(path)
    conn = sqlite3.connect(bad, isolation_level=None)
    conn.executescript(
        "DROP TRIGGER IF EXISTS events_append_only_update;"
        "UPDATE events SET annotator = 'mallory' WHERE id = (SELECT max(id) FROM events)"
    )
    conn.close()
    return bad
