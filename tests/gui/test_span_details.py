"""What the window says of a suggestion: who proposed it, with what
calibrated score, and which candidate sources the model judged, in words of
the interface's language; never the stored attributes' raw form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.gui.i18n import Translations
from models import Project
from tests.gui.conftest import close_window, open_window

TEXT = (
    "2024年，抚州高新区全年实现工业营收932.4亿元，同比增长13.7%。"
    "高新区深入实施“十四五”规划，比亚迪抚州基地加快建设。"
)


def suggested_window(qtbot, tmp_path):
    path = tmp_path / "details.biaozhu"
    with Project.create(path, annotator="tester") as project:
        project.add_document(TEXT, doc_id="d")
    window = open_window(qtbot, path, tmp_path)
    window.actions_by_name["suggest_doc"].trigger()  # Tools → Suggest this document
    assert window.ctx.tasks.wait(60_000)
    qtbot.waitUntil(lambda: window.span_panel.model.rowCount() >= 3, timeout=20_000)
    return window


def row_of(window, surface: str) -> int:
    model = window.span_panel.model
    for row in range(model.rowCount()):
        if model.item_at(row).text == surface:
            return row
    raise AssertionError(f"no suggestion {surface}")


def details_of(window, qtbot, surface: str) -> tuple[str, str]:
    """The line under the span list and the span's tooltip, once it is focused."""
    row = row_of(window, surface)
    window.span_panel.table.selectRow(row)
    qtbot.waitUntil(lambda: surface in window.span_panel.model.item_at(row).text)
    tip = window.span_panel.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) or ""
    return window.span_panel.details.text(), tip.replace(
        "\xa0", " "
    )  # tooltips keep spaces as nbsp


def test_a_suggestion_names_its_sources_and_score_in_words(qtbot, tmp_path):
    window = suggested_window(qtbot, tmp_path)
    try:
        details, tip = details_of(window, qtbot, "“十四五”规划")
        assert "calibrated probability" in details
        assert "candidate sources: Policy rules (rule: a quote and its head noun)" in details
        assert "sources: [" not in tip and "['" not in tip  # the stored form never shows
        assert "candidate sources: Policy rules" in tip
        _details, tip = details_of(window, qtbot, "932.4亿元")
        assert "Value: 93240000000" in tip and "93240000000.0" not in tip
    finally:
        close_window(window)


def text_tooltip(window, surface: str) -> str:
    """What hovering the span's characters in the text shows, as plain text."""
    from PySide6.QtGui import QTextDocumentFragment

    pos = TEXT.index(surface) + 1
    html = window.view.tooltip_for(pos)
    return QTextDocumentFragment.fromHtml(html).toPlainText().replace("\xa0", " ")


def test_hovering_a_suggestion_in_the_text_says_the_same_in_words(qtbot, tmp_path):
    window = suggested_window(qtbot, tmp_path)
    try:
        tip = text_tooltip(window, "“十四五”规划")
        assert "candidate sources: Policy rules (rule: a quote and its head noun)" in tip
        assert "calibrated probability" in tip
        assert "sources: [" not in tip and "['" not in tip and "quote+head" not in tip
        tip = text_tooltip(window, "932.4亿元")
        assert "Value: 93240000000" in tip and "93240000000.0" not in tip
    finally:
        close_window(window)


def test_a_chinese_window_says_where_a_suggestion_comes_from_in_chinese(qtbot, qapp, tmp_path):
    window = suggested_window(qtbot, tmp_path)
    translations = Translations(qapp)
    try:
        translations.apply("zh_CN")
        source = window.span_panel.model.index(row_of(window, "“十四五”规划"), 2)
        # the list is re-drawn on the language change event, which comes queued
        qtbot.waitUntil(lambda: source.data(Qt.ItemDataRole.DisplayRole) == "模型", timeout=5_000)
        details, _tip = details_of(window, qtbot, "“十四五”规划")
        tip = text_tooltip(window, "“十四五”规划")
        for said in (details, tip):
            assert "模型" in said and "model" not in said and "quote" not in said
            assert "candidate" not in said and "suggested" not in said
            assert "政策规则" in said and "经校准" in said and "引号名称+中心词" in said
    finally:
        translations.remove()
        close_window(window)


def rule_ids_the_suggesters_store() -> set[str]:
    """Every rule id the rule suggesters can store, read from their code: the
    fourth argument of each Candidate(...) they make, or the ids a variable
    is built from (``f"head:{kind}"`` for the heads' kinds)."""
    import ast

    import models.suggest

    ids = {"head:strong", "head:trigger", "head:listed"}  # policy.py builds these
    for name in ("company.py", "company_projects.py", "policy.py"):
        code = Path(models.suggest.__file__).with_name(name).read_text(encoding="utf-8")
        tree = ast.parse(code)
        for node in ast.walk(tree):
            made = isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Candidate"
            if made and len(node.args) >= 4 and isinstance(node.args[3], ast.Constant):
                ids.add(node.args[3].value)
    return ids | shape_ids()


def shape_ids() -> set[str]:
    """The ids the text's shape gives the candidates it proposes (in
    ``models.suggest.candidates``: the last string of each tuple its
    shape readers yield, and of each shape candidate it adds)."""
    import ast

    import models.suggest

    code = Path(models.suggest.__file__).with_name("candidates.py").read_text(encoding="utf-8")
    ids = set()
    for node in ast.walk(ast.parse(code)):
        last = None
        if isinstance(node, ast.Yield) and isinstance(node.value, ast.Tuple):
            last = node.value.elts[-1]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "add" and node.args:
            last = node.args[-1]
        if isinstance(last, ast.Constant) and isinstance(last.value, str):
            ids.add(last.value)
    return ids


def test_every_rule_is_named_in_words_in_both_languages(qapp):
    from desktop.gui.rule_titles import RULE_TITLES, rule_title

    ids = rule_ids_the_suggesters_store()
    assert len(ids) > 40  # the reading above found the rules
    assert ids <= set(RULE_TITLES), f"rules with no words: {sorted(ids - set(RULE_TITLES))}"
    translations = Translations(qapp)
    try:
        translations.apply("zh_CN")
        untranslated = [i for i in ids if rule_title(i) == RULE_TITLES[i]]
        assert not untranslated, f"rules with no Chinese words: {untranslated}"
    finally:
        translations.remove()
