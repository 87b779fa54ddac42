"""A report left open follows a switch of the window's language, like every
other window: the history check's full report and an import's report,
built in English, speak Chinese once the curator switches, and English again
when they switch back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit

from models import Project
from tests.gui.conftest import close_window, open_window
from tests.gui.test_history_check import checked, decided_and_tampered
from tests.gui.test_project_tools import gold_path, trained  # noqa: F401 (a fixture)
from tests.gui_polish.ui_strings import english_left, untranslated, visible_strings


@pytest.fixture
def translations(qapp):
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    switch(translations, "en")  # the window starts in English, whatever ran before
    yield translations
    translations.remove()
    QCoreApplication.processEvents()


def switch(translations, language: str) -> None:
    """As Preferences does: new catalogues, then every widget's LanguageChange."""
    translations.apply(language)
    QCoreApplication.processEvents()
    # tables built again in the new language: the old ones go
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_history_checks_full_report_follows_a_language_switch(
    qtbot, project_path, tmp_path, translations
):
    sid = decided_and_tampered(project_path)
    window = open_window(qtbot, project_path, tmp_path)
    try:
        bar = checked(qtbot, window)
        bar.details_button.click()
        box = window.findChild(QDialog, "historyReport")
        text = box.findChild(QPlainTextEdit)
        english = text.toPlainText()
        assert english.startswith("biaozhu: error:")
        assert box.windowTitle() == "History check"

        switch(translations, "zh_CN")
        assert box.windowTitle() == "历史校验"
        said = text.toPlainText()
        assert said.startswith(f"biaozhu：错误：suggestions 表第 {sid} 行与对它作出决定的事件")
        assert "表中为 0.12，历史中为 0.9" in said
        assert box.findChild(QLabel).text().startswith("“biaozhu verify”对此文件的结果")
        close = box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        assert english_left(close.text(), []) == []
        # English left: only the names the report quotes (a table, an action,
        # a column) and the history's head
        head = english.splitlines()[-1].removeprefix("head: ")
        data = [head, "biaozhu verify", "suggestions", "suggestion.accepted", "score"]
        assert untranslated(visible_strings(box), data) == []

        switch(translations, "en")
        assert text.toPlainText() == english
        assert box.windowTitle() == "History check"
        box.close()
    finally:
        close_window(window)


def test_an_import_report_follows_a_language_switch(qtbot, project_path, tmp_path, translations):
    from desktop.gui import jobs
    from desktop.gui.dialogs.import_dialog import ImportReportDialog

    good = tmp_path / "good.txt"
    good.write_text("园区新增规上工业企业15家,工业投资增长9.5%左右。", encoding="utf-8")
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "a.txt").write_text("一篇。", encoding="utf-8")
    through = tmp_path / "稿件.txt"
    through.write_text("一篇文章。", encoding="utf-8")
    paths = [good, through / "内文.txt", Path(tmp_path / "不存在.txt")]
    window = open_window(qtbot, project_path, tmp_path)
    try:
        jobs.import_files(window, window.ctx, [str(p) for p in paths])
        assert window.ctx.tasks.wait(30_000)
        qtbot.waitUntil(lambda: window.findChild(ImportReportDialog) is not None, timeout=10_000)
        dialog = window.findChild(ImportReportDialog)
        english = dialog.summary.text()
        assert "1 new document added." in english
        reasons = [dialog.failures.item(r, 1).text() for r in range(dialog.failures.rowCount())]

        switch(translations, "zh_CN")
        assert dialog.windowTitle() == "导入完成"
        said = dialog.summary.text()
        assert "1" in said and english_left(said, []) == []
        header = [dialog.failures.horizontalHeaderItem(c).text() for c in range(2)]
        assert english_left(" ".join(header), []) == []
        zh_reasons = [dialog.failures.item(r, 1).text() for r in range(dialog.failures.rowCount())]
        assert zh_reasons != reasons
        data = [str(p) for p in paths]
        assert untranslated(visible_strings(dialog), data) == []

        switch(translations, "en")
        assert dialog.summary.text() == english
        assert [dialog.failures.item(r, 1).text() for r in range(len(reasons))] == reasons
        dialog.close()
    finally:
        close_window(window)


def test_a_training_report_follows_a_language_switch(
    qtbot,
    gold_path,  # noqa: F811 (the fixture imported above)
    tmp_path,
    translations,
):
    from models.learn.registry import list_models

    with trained(qtbot, gold_path, tmp_path) as (window, dialog):
        english = dialog.summary.text()
        assert english.startswith("Trained ")
        assert "cross-validation" in dialog.text

        switch(translations, "zh_CN")
        assert dialog.windowTitle() == "建议模型已训练"
        with Project.open(gold_path) as store:
            version = list_models(store)[0].version
        data = [version, "COMPANY", "METRIC", "POLICY", *window.ctx.project.label_names()]
        said = dialog.summary.text()
        assert version in said and english_left(said, data) == []
        assert english_left(dialog.text, data) == [], dialog.text
        assert untranslated(visible_strings(dialog), data) == []

        switch(translations, "en")
        assert dialog.summary.text() == english
        dialog.close()
