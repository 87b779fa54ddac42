"""User data is drawn as the characters it is, never as markup (issue 13.7:
a title `<img src=…>` was drawn as an image). A project whose title,
document text, label, annotator, attribute, suggester name and file name
hold `<b>`, `<img>` and `<a href>` is opened in every window; every string
that shows such data must show its tags as characters."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from models import Label, Project, Suggestion  # noqa: E402
from tests.gui_polish.ui_strings import shown_text, visible_strings  # noqa: E402

# Each hostile value holds a word found nowhere else: a string showing the
# word must show the value's tags around it.
TITLE = '<b>hostiletitle</b><img src="x.png"><a href="http://example.invalid">link</a>'
LABEL = "<b>HOSTILELAB</b>"
ANNOTATOR = "<i>hostileeve</i>"
INDICATOR = '<a href="http://example.invalid">hostileind</a>'
SOURCE = "<img>hostilesrc"
FILE = "<b>hostilefile.biaozhu"  # no "/": it is a file name
PROJECT = "<i>hostileproj.biaozhu"
REVIEWER = "<b>hostilebob</b>"
# what must surround each word wherever it is shown (titles may be cut after it)
HOSTILE = {
    "hostiletitle": "<b>hostiletitle</b>",
    "HOSTILELAB": LABEL,
    "hostileeve": ANNOTATOR,
    "hostilebob": REVIEWER,
    "hostileind": 'example.invalid">hostileind</a>',
    "hostilesrc": SOURCE,
    "hostilefile": FILE,
    "hostileproj": PROJECT,
}
TEXT = f"{TITLE}\n\n园区<b>新增</b>企业12家，比亚迪营收18亿元。"


@pytest.fixture
def hostile_project(tmp_path):
    path = tmp_path / PROJECT
    labels = [Label("METRIC", "#f6c343", "1"), Label(LABEL, "#6cc6a0", "2")]
    with Project.create(path, labels=labels, annotator=ANNOTATOR) as p:
        doc, _ = p.add_document(TEXT, doc_id="h", title=TITLE)
        # a second finished document: training needs two to cross-validate
        second = "园区今年又新增企业15家。"
        p.add_document(second, doc_id="h2", title=TITLE)
        p.add_span(
            "h2", second.index("15家"), second.index("15家") + 3, "METRIC", annotator=REVIEWER
        )
        p.set_status("h2", "done", annotator=REVIEWER)
        start = TEXT.index("12家")
        company = TEXT.index("比亚迪")
        p.store_suggestions(
            doc,
            [
                Suggestion(start, start + 3, "METRIC", "12家", 0.8, SOURCE, "1", {}),
                Suggestion(company, company + 3, LABEL, "比亚迪", 0.7, SOURCE, "1", {}),
            ],
        )
        ann = p.add_span(doc, start, start + 3, "METRIC", attrs={"indicator": INDICATOR})
        p.add_span(doc, company, company + 3, LABEL, annotator=REVIEWER)
        p.set_role(REVIEWER, "reviewer")
        assert ann.attrs["indicator"] == INDICATOR
    return path


@pytest.fixture
def hostile_window(qtbot, tmp_path, hostile_project):
    from desktop.gui.context import AppContext
    from desktop.gui.mainwindow import MainWindow
    from desktop.gui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.show_label_names = True
    ctx = AppContext(settings, None, ANNOTATOR)
    ctx.open_project(hostile_project)
    window = MainWindow(ctx, restore_state=False)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    ctx.tasks.wait(20_000)
    window.close()
    ctx.close()


def drawn_as_markup(strings: list[tuple[str, str]]) -> list[str]:
    """The strings that show a hostile word without the tags of its value."""
    bad = []
    for where, text in strings:
        for word, value in HOSTILE.items():
            if word in text and value not in text:
                bad.append(f"{where}: {text!r}")
    return bad


def every_window(window, qtbot, tmp_path) -> list[QWidget]:
    from desktop.gui.dialogs.backups import RestoreBackupDialog
    from desktop.gui.dialogs.export_dialog import ExportDialog
    from desktop.gui.dialogs.import_dialog import ImportReportDialog
    from desktop.gui.dialogs.reports import TrainReportDialog, show_merge_reports
    from desktop.gui.dialogs.shortcuts import ShortcutsDialog
    from desktop.gui.review import open_agreement, open_history, open_review
    from desktop.gui.review.roles import RolesDialog
    from models.io.importers import ImportOptions, import_paths
    from models.learn.train import train_project
    from models.review.merge import merge_project
    from models.store.backup import list_backups, make_backup

    path = str(window.ctx.project.path)
    gold = next(i for i in window.controller.items if i.is_gold)
    window.controller.set_current(gold.key)
    review = open_review(window, path, ANNOTATOR, "h")
    review.set_layers(ANNOTATOR, REVIEWER)
    agreement = open_agreement(window, path, ANNOTATOR)
    # its figures come from a worker: the window is drawn once they are in
    qtbot.waitUntil(lambda: not agreement.computing, timeout=30_000)
    roots = [window, review, agreement]
    roots.append(open_history(window, path, ANNOTATOR, "h"))
    roots.append(RolesDialog(window.ctx.project, window))
    export = ExportDialog(window, path, ANNOTATOR)
    roots.append(export)
    # the window reads through a read-only project; the test writes as
    # another program would, through a project of its own
    writer = Project.open(path, annotator=ANNOTATOR)
    writer.set_status("h", "done", annotator=REVIEWER)  # gold: the LABEL span
    roots.append(TrainReportDialog(train_project(writer), window))
    other = tmp_path / "other.biaozhu"
    with Project.create(other, labels=window.ctx.project.labels(), annotator=REVIEWER) as p:
        p.add_document("另一台电脑上的文章。", doc_id="z")
    roots.append(show_merge_reports(window, [merge_project(writer, other)]))
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / f"{FILE}.txt").write_bytes(b"\x00\x01" * 100)
    report = import_paths(writer, [bad], ImportOptions())
    writer.close()
    roots.append(ImportReportDialog(report, window))
    make_backup(window.ctx.project.path)
    roots.append(RestoreBackupDialog(list_backups(window.ctx.project.path), window))
    roots.append(ShortcutsDialog(window.actions_by_name, window))
    junk = tmp_path / FILE
    junk.write_bytes(b"\x00junk" * 100)
    window.open_project(str(junk))  # refused: the message names the file
    roots += [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    for root in roots[1:]:
        qtbot.addWidget(root)
        root.show()
    return roots


def test_hostile_data_is_drawn_as_characters_in_every_window(hostile_window, qtbot, tmp_path):
    roots = every_window(hostile_window, qtbot, tmp_path)
    strings = [s for root in roots for s in visible_strings(root)]
    shown = " ".join(text for _where, text in strings)
    for word in HOSTILE:
        assert word in shown, f"{word} is shown nowhere: the test would prove nothing"
    bad = drawn_as_markup(strings)
    assert not bad, "drawn as markup:\n" + "\n".join(bad)


def test_the_articles_hover_and_text_keep_the_tags(hostile_window):
    view = hostile_window.view
    assert view.toPlainText() == TEXT
    for item in view.items:
        tip = shown_text(view.tooltip_for(item.start))
        assert LABEL in tip or item.label != LABEL
        assert SOURCE in tip or item.is_gold
        if item.attrs.get("indicator"):
            assert INDICATOR in tip
