"""The window's counts in English say "1 document", "2 documents", not
"1 document(s)": Qt's plural forms, from the English catalogue. A sentence
with two counts has each in its own form ("1 new document added, with 2
spans."), and the Chinese wording is the one it had."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")

from models import Project  # noqa: E402
from models.io.importers import import_paths  # noqa: E402


def test_export_notes_and_chosen_files_count_in_english(english, tmp_path):
    from desktop.gui.dialogs.export_dialog import note_text
    from desktop.gui.dialogs.import_options import intro_text

    assert note_text("brat_fragmented_spans", 1) == (
        "1 span across line breaks written as fragments"
    )
    assert note_text("brat_fragmented_spans", 2) == (
        "2 spans across line breaks written as fragments"
    )
    assert note_text("metrics_values_not_numbers", 1).startswith("1 METRIC value is not a number:")
    assert note_text("metrics_values_not_numbers", 2).startswith("2 METRIC values are not numbers:")
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    assert intro_text([str(one)], [one], []) == "1 file chosen."
    assert intro_text([str(one), str(two)], [one, two], []) == "2 files chosen."


def imported(tmp_path, documents: int, spans: int):
    """An import's report: ``documents`` new documents, ``spans`` spans in the first."""
    text = "比亚迪与宁德时代签约，总投资120亿元。"
    names = [("比亚迪", "COMPANY"), ("宁德时代", "COMPANY"), ("120亿元", "METRIC")]
    source = tmp_path / f"in{documents}{spans}.jsonl"
    lines = []
    for n in range(documents):
        found = names[:spans] if n == 0 else []
        record = {
            "id": f"d{n}",
            "text": f"{text}{n}",
            "spans": [
                {"start": text.index(s), "end": text.index(s) + len(s), "label": label}
                for s, label in found
            ],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with Project.create(tmp_path / f"p{documents}{spans}.biaozhu", annotator="tester") as project:
        return import_paths(project, [source])


def test_the_import_report_counts_documents_and_spans_each_in_its_form(qtbot, english, tmp_path):
    from desktop.gui.dialogs.import_dialog import ImportReportDialog

    for documents, spans, said in (
        (1, 2, "1 new document added, with 2 spans."),
        (2, 1, "2 new documents added, with 1 span."),
    ):
        dialog = ImportReportDialog(imported(tmp_path, documents, spans))
        qtbot.addWidget(dialog)
        assert dialog.lines(dialog.report)[0] == said


def test_the_import_report_in_chinese_keeps_its_wording(qtbot, qapp, tmp_path):
    from desktop.gui.dialogs.import_dialog import ImportReportDialog
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    translations.apply("zh_CN")
    try:
        dialog = ImportReportDialog(imported(tmp_path, 1, 2))
        qtbot.addWidget(dialog)
        assert dialog.lines(dialog.report)[0] == "新增文档 1 篇，含片段 2 个。"
    finally:
        translations.remove()
