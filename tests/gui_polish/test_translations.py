"""Every string a user can read, in every window and dialog, comes from the
translations (issue 15.7): each is opened in zh_CN on a real project and
walked widget by widget; what is left in English once the data it shows
(titles, names, labels, span texts, numbers, paths) and the names that stay
as they are (tests/gui_polish/ui_strings.py GLOSSARY) are taken out was
not translated. And the catalogues are complete: pyside6-lupdate finds no
string without its translation, and the compiled .qm files are current."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import shutil
import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget  # noqa: E402

from tests.gui_polish.ui_strings import untranslated, visible_strings  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"


def met_classes(roots: list[QWidget]) -> set[type]:
    seen: set[type] = set()
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            seen.update(type(widget).__mro__)
    return seen


def gui_widget_classes() -> set[type]:
    """Every QWidget subclass the window's code defines."""
    import desktop.gui

    found = set()
    for info in pkgutil.walk_packages(desktop.gui.__path__, "desktop.gui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QWidget) and cls.__module__ == info.name:
                found.add(cls)
    return found


@pytest.fixture
def zh_window(qtbot, tmp_path, project_path):
    """The main window in zh_CN on a project with two annotators, a reviewer,
    gold, suggestions and history."""
    from desktop.gui.context import AppContext
    from desktop.gui.i18n import Translations
    from desktop.gui.mainwindow import MainWindow
    from desktop.gui.settings import Settings
    from models import Project

    with Project.open(project_path, annotator="tester") as p:
        text = p.document_text("a")
        start = text.index("比亚迪")
        p.add_span("a", start, start + 3, "COMPANY", annotator="alice")
        p.add_span("a", start, start + 5, "COMPANY", annotator="bob")
        p.set_status("a", "done", annotator="alice")
        p.set_role("rita", "reviewer")
    translations = Translations(QApplication.instance())
    translations.apply("zh_CN")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.show_label_names = True
    ctx = AppContext(settings, translations, "tester")
    ctx.open_project(project_path)
    window = MainWindow(ctx, restore_state=False)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    window.controller.accept()  # gold, history, a status
    ctx.tasks.wait(20_000)
    yield window
    ctx.tasks.wait(20_000)
    window.close()
    ctx.close()
    # the source strings, as the other tests expect: the English catalogue
    # left installed made a later test of the worker read "4 hits" for "4 hit(s)"
    translations.remove()


def data_of(window) -> set[str]:
    """Everything the project holds that a window may show as it is."""
    from models.io.export import formats
    from models.learn.bundled import bundled_model

    project = window.ctx.project
    data = {"tester", "alice", "bob", "rita", project.path.name, project.path.stem}
    data |= set(formats())
    data |= set(project.label_names())
    for row in project.documents_overview("tester"):
        data |= {row.id, row.title}
    for doc in project.document_ids():
        data |= {a.text for a in project.annotations(doc, None)}
        for s in project.suggestions(doc, "tester"):
            data |= {s.text, s.source, s.version}
    base = bundled_model()
    if base is not None:
        data.add(base.version)  # a model's version is a name, as written
    for event in project.history():
        data |= {event.time, event.annotator}
        if event.action.startswith("model.") and isinstance(event.after, dict):
            data.add(str(event.after.get("version", "")))
    return data


def check(window, roots: list[QWidget], extra_data: set[str] = frozenset()) -> list[str]:
    """What is left in English. The guideline pane shows a document of its
    own (checked for its language apart); the core's messages (a file's
    reason for failing an import, why a file is no project) are translated
    too, and only what they fill in (a path, SQLite's own words) counts as
    data (``arguments_of``)."""
    data = data_of(window) | set(extra_data)
    dock = getattr(window, "_guidelines", None)
    skip = [dock.browser] if dock is not None else []
    problems = []
    for root in roots:
        problems += untranslated(visible_strings(root, skip), data)
    return problems


def arguments_of(error) -> set[str]:
    """What a core error or Message shows as it is: its arguments, and those
    of the errors and Messages among them."""
    found: set[str] = set()
    for value in getattr(error, "params", {}).values():
        found |= arguments_of(value) if hasattr(value, "template") else {str(value)}
    return found


def open_every_window(window, qtbot, tmp_path) -> tuple[list[QWidget], set[str]]:
    """The main window and every window and dialog it opens, each in the state
    that shows the most text; and the core's messages they show."""
    from desktop.gui.dialogs.backups import RestoreBackupDialog
    from desktop.gui.dialogs.export_dialog import ExportDialog
    from desktop.gui.dialogs.import_dialog import ImportReportDialog
    from desktop.gui.dialogs.import_options import ImportOptionsDialog
    from desktop.gui.dialogs.models_dialog import SuggesterModelsDialog
    from desktop.gui.dialogs.preferences import PreferencesDialog
    from desktop.gui.dialogs.reports import TrainReportDialog
    from desktop.gui.dialogs.shortcuts import ShortcutsDialog
    from desktop.gui.review import open_agreement, open_history, open_review
    from desktop.gui.review.roles import RolesDialog
    from models.io.importers import ImportOptions, import_paths
    from models.learn.train import train_project
    from models.store.backup import list_backups, make_backup

    path = str(window.ctx.project.path)
    window.act_guidelines()
    window.controller.set_current(next(i.key for i in window.controller.items if i.is_gold))
    roots: list[QWidget] = [window, PreferencesDialog(window.ctx, window)]
    roots.append(ShortcutsDialog(window.actions_by_name, window))
    review = open_review(window, path, "tester", "a")
    review.set_layers("alice", "bob")
    roots += [
        review,
        open_agreement(window, path, "tester"),
        open_history(window, path, "tester", "a"),
    ]
    roots.append(RolesDialog(window.ctx.project, window))
    # the history check's full report (of a file that verifies: what was checked)
    window.history_bar.show_report(window.ctx.project.verify(), window._restore_menu_path)
    roots.append(window.history_bar.show_details())
    make_backup(Path(path))
    roots.append(RestoreBackupDialog(list_backups(Path(path)), window))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("园区新增企业12家。", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    from models import Project

    # the window reads through a read-only project; what the test changes
    # goes through a project of its own, as another program would
    writer = Project.open(path, annotator="tester")
    report = import_paths(writer, [folder], ImportOptions())
    roots.append(ImportReportDialog(report, window))
    roots.append(ImportOptionsDialog([str(folder / "ok.txt"), "scan.pdf"], window.ctx.settings))
    writer.set_status("c", "done")  # training cross-validates: two gold documents
    trained = train_project(writer)
    roots.append(TrainReportDialog(trained, window, choose=lambda *_a: None))
    writer.close()
    roots.append(SuggesterModelsDialog(window.ctx.project, lambda *_a: None, window))
    export = ExportDialog(window, path, "tester")
    export.out_path.setText(str(tmp_path / "out.jsonl"))
    export.start_export()
    export.runner.wait(30_000)
    roots.append(export)
    for root in roots[1:]:
        qtbot.addWidget(root)
        root.show()
    return roots, set().union(*map(arguments_of, report.errors.values()))


def test_every_window_and_dialog_is_in_chinese(zh_window, qtbot, tmp_path):
    roots, core_messages = open_every_window(zh_window, qtbot, tmp_path)
    problems = check(zh_window, roots, core_messages)
    assert "标注规范" in zh_window._guidelines.browser.toPlainText()
    assert not problems, "untranslated in zh_CN:\n" + "\n".join(problems)
    missing = gui_widget_classes() - met_classes(roots)
    assert not missing, (
        f"widgets no window of this test shows: {sorted(c.__name__ for c in missing)}"
    )


def test_every_export_format_and_its_result_in_chinese(zh_window, qtbot, tmp_path):
    from desktop.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(zh_window, str(zh_window.ctx.project.path), "tester")
    qtbot.addWidget(dialog)
    problems = []
    for i in range(dialog.format_box.count()):
        dialog.format_box.setCurrentIndex(i)
        name = dialog.current_format()
        dialog.out_path.setText(str(tmp_path / f"out-{name}"))
        dialog.start_export()
        dialog.runner.wait(60_000)
        problems += check(zh_window, [dialog])
    assert not problems, "untranslated in zh_CN:\n" + "\n".join(sorted(set(problems)))


def test_messages_boxes_and_progress_in_chinese(zh_window, qtbot, tmp_path):
    from desktop.gui.dialogs.reports import show_merge_reports
    from models import Project
    from models.errors import BiaozhuError
    from models.review.merge import merge_project

    other = tmp_path / "other.biaozhu"
    with Project.create(other, annotator="bob") as p:
        doc, _ = p.add_document("另一台电脑上的文章，营收18亿元。", doc_id="z")
        p.add_span(doc, 11, 15, "METRIC")
    with Project.open(zh_window.ctx.project.path, annotator="tester") as writer:
        report = merge_project(writer, other)
    boxes: list[QWidget] = [show_merge_reports(zh_window, [report])]
    junk = tmp_path / "not-a-project.biaozhu"
    junk.write_bytes(b"\x00junk" * 100)
    with pytest.raises(BiaozhuError) as refused:
        Project.open(junk)
    zh_window.open_project(str(junk))  # refused, with a message box
    release = threading.Event()
    zh_window.ctx.tasks.run(lambda _p: release.wait(10), title="…", parent=zh_window)
    qtbot.waitUntil(lambda: zh_window.findChild(QProgressDialog) is not None, timeout=5000)
    boxes += [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    boxes.append(zh_window.findChild(QProgressDialog))
    zh_window.act_about()
    try:
        problems = check(zh_window, boxes, arguments_of(refused.value) | {"other.biaozhu", "z"})
    finally:
        release.set()
        zh_window.ctx.tasks.wait(10_000)
        for box in boxes:
            box.close()
    assert len(boxes) >= 3
    assert not problems, "untranslated in zh_CN:\n" + "\n".join(problems)


def test_history_names_every_action_the_core_writes():
    """Each action models/ writes to the history has a name in both languages."""
    import ast

    from desktop.gui.review.event_names import action_names

    written: set[str] = set()
    for path in (REPO / "models").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ("append", "append_many") or len(node.args) < 2:
                continue
            target = node.func.value
            if not (isinstance(target, ast.Attribute) and target.attr == "events"):
                continue
            action = node.args[1]
            if isinstance(action, ast.Constant) and isinstance(action.value, str):
                written.add(action.value)
    written |= {"span.added", "suggestion.accepted", "suggestion.corrected"}  # passed by name
    named = action_names()
    assert written - set(named) == set(), "history actions without a name"
    assert all(name != action for action, name in named.items())


def i18n_tool():
    """resources/i18n/update.py, the one command that updates the catalogues."""
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_lupdate_leaves_no_unfinished_entry(tmp_path, language):
    tool = i18n_tool()
    ts = tmp_path / f"biaozhu_{language}.ts"
    shutil.copy(I18N / ts.name, ts)
    count = tool.unfinished(tool.lupdate(language, ts))
    assert count == 0, f"{count} string(s) without a {language} translation: run {I18N}/update.py"


def test_compiled_catalogues_are_current(tmp_path):
    tool = i18n_tool()
    for language in ("zh_CN", "en"):
        qm = tool.lrelease(I18N / f"biaozhu_{language}.ts", tmp_path / f"biaozhu_{language}.qm")
        assert qm.read_bytes() == (I18N / qm.name).read_bytes(), f"{qm.name} is older than its .ts"
