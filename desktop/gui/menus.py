"""Every action of the window and every menu, declared in one place.

An action is a name, default keys, the menu it sits in and a translated
text; the window supplies the slot of the same name (``act_<name>``). The
shortcuts sheet is generated from the same table, so it cannot drift.
Adding an action is one line in ``action_specs`` and one method. Other
parts of the app (export, review) hook in here: see ``build_menus``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str  # file, edit, navigate, annotate, view, tools, review, help
    keys: tuple[str, ...] = ()
    group: str = ""  # heading in the shortcuts sheet ("" = not listed)
    checkable: bool = False  # a setting that is on or off; the slot gets the new state


# The keyboard map. No key appears twice (a test checks it).
ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("new_project", "file", ("Ctrl+N",), "file"),
    ActionSpec("open_project", "file", ("Ctrl+O",), "file"),
    ActionSpec("import_files", "file", ("Ctrl+I",), "file"),
    ActionSpec("import_folder", "file", ("Ctrl+Shift+I",), "file"),
    ActionSpec("export", "file", ("Ctrl+E",), "file"),
    ActionSpec("merge_projects", "file", (), ""),
    ActionSpec("restore_backup", "file", (), ""),
    ActionSpec("retry_saving", "file", (), ""),
    ActionSpec("quit", "file", ("Ctrl+Q",), "file"),
    ActionSpec("preferences", "edit", ("Ctrl+,",), "file"),
    ActionSpec("next_span", "navigate", ("Down", "J"), "navigate"),
    ActionSpec("prev_span", "navigate", ("Up", "K"), "navigate"),
    ActionSpec("next_doc", "navigate", ("PgDown",), "navigate"),
    ActionSpec("prev_doc", "navigate", ("PgUp",), "navigate"),
    ActionSpec("focus_search", "navigate", ("/",), "navigate"),
    ActionSpec("focus_text", "navigate", ("Esc",), "navigate"),
    ActionSpec("next_hit", "navigate", ("F3", "N"), "navigate"),
    ActionSpec("prev_hit", "navigate", ("Shift+F3", "Shift+N"), "navigate"),
    ActionSpec("accept", "annotate", ("A",), "decide"),
    ActionSpec("reject", "annotate", ("X",), "decide"),
    ActionSpec("accept_all", "annotate", ("Shift+A",), "decide"),
    ActionSpec("accept_occurrences", "annotate", ("Shift+O",), "decide"),
    ActionSpec("delete_span", "annotate", ("Del",), "decide"),
    ActionSpec("mark_done", "annotate", ("Ctrl+D",), "decide"),
    ActionSpec("allow_overlap", "annotate", (), "", checkable=True),
    ActionSpec("start_left", "boundaries", ("Alt+Left",), "boundaries"),
    ActionSpec("start_right", "boundaries", ("Alt+Right",), "boundaries"),
    ActionSpec("end_left", "boundaries", ("Alt+Shift+Left",), "boundaries"),
    ActionSpec("end_right", "boundaries", ("Alt+Shift+Right",), "boundaries"),
    ActionSpec("start_word_left", "boundaries", ("Ctrl+Alt+Left",), "boundaries"),
    ActionSpec("start_word_right", "boundaries", ("Ctrl+Alt+Right",), "boundaries"),
    ActionSpec("end_word_left", "boundaries", ("Ctrl+Alt+Shift+Left",), "boundaries"),
    ActionSpec("end_word_right", "boundaries", ("Ctrl+Alt+Shift+Right",), "boundaries"),
    ActionSpec("suggest_all", "tools", (), ""),
    ActionSpec("suggest_doc", "tools", (), ""),
    ActionSpec("train_suggester", "tools", (), ""),
    ActionSpec("suggester_models", "tools", (), ""),
    ActionSpec("order_by_uncertainty", "tools", (), "", checkable=True),
    ActionSpec("show_label_names", "view", (), "", checkable=True),
    ActionSpec("review_compare", "review", ("Ctrl+R",), "review"),
    ActionSpec("review_agreement", "review", (), ""),
    ActionSpec("review_history", "review", ("Ctrl+H",), "review"),
    ActionSpec("review_span_history", "review", ("Ctrl+Shift+H",), "review"),
    ActionSpec("review_roles", "review", (), ""),
    ActionSpec("review_verify", "review", (), ""),
    ActionSpec("shortcuts", "help", ("F1",), "help"),
    ActionSpec("guidelines", "help", ("Shift+F1",), "help"),
    ActionSpec("about", "help", (), ""),
)

# Keys that are part of the loop but are not actions of their own.
EXTRA_KEYS = (
    ("Ctrl+Z", "undo"),
    ("Ctrl+Shift+Z", "redo"),
)


def action_text(name: str) -> str:
    return {
        "new_project": translate("Actions", "&New project…"),
        "open_project": translate("Actions", "&Open project…"),
        "import_files": translate("Actions", "&Import files…"),
        "import_folder": translate("Actions", "Import &folder…"),
        "export": translate("Actions", "&Export…"),
        "merge_projects": translate("Actions", "&Merge projects…"),
        "restore_backup": translate("Actions", "Restore from &backup…"),
        "retry_saving": translate("Actions", "Retry &saving"),
        "quit": translate("Actions", "&Quit"),
        "preferences": translate("Actions", "&Preferences…"),
        "undo": translate("Actions", "&Undo"),
        "redo": translate("Actions", "&Redo"),
        "next_span": translate("Actions", "Next span"),
        "prev_span": translate("Actions", "Previous span"),
        "next_doc": translate("Actions", "Next document"),
        "prev_doc": translate("Actions", "Previous document"),
        "focus_search": translate("Actions", "Search documents"),
        "focus_text": translate("Actions", "Back to the article"),
        "next_hit": translate("Actions", "Next search hit"),
        "prev_hit": translate("Actions", "Previous search hit"),
        "accept": translate("Actions", "&Accept suggestion"),
        "reject": translate("Actions", "Re&ject suggestion"),
        "accept_all": translate("Actions", "Accept &all suggestions in this document"),
        "accept_occurrences": translate("Actions", "Accept all &occurrences"),
        "delete_span": translate("Actions", "&Delete gold span"),
        "mark_done": translate("Actions", "Mark document &done / reopen"),
        "allow_overlap": translate("Actions", "Allow o&verlapping spans in this project"),
        "start_left": translate("Actions", "Start one character left"),
        "start_right": translate("Actions", "Start one character right"),
        "end_left": translate("Actions", "End one character left"),
        "end_right": translate("Actions", "End one character right"),
        "start_word_left": translate("Actions", "Start one word left"),
        "start_word_right": translate("Actions", "Start one word right"),
        "end_word_left": translate("Actions", "End one word left"),
        "end_word_right": translate("Actions", "End one word right"),
        "suggest_all": translate("Actions", "&Suggest all documents"),
        "suggest_doc": translate("Actions", "Suggest &this document"),
        "train_suggester": translate("Actions", "T&rain suggester"),
        "suggester_models": translate("Actions", "Suggester &models…"),
        "order_by_uncertainty": translate("Actions", "Order to-do by &uncertainty"),
        "show_label_names": translate("Actions", "Show &label names on spans"),
        "review_compare": translate("Actions", "&Compare && adjudicate"),
        "review_agreement": translate("Actions", "&Agreement"),
        "review_history": translate("Actions", "Document &history"),
        "review_span_history": translate("Actions", "History of the focused &span"),
        "review_roles": translate("Actions", "R&oles…"),
        "review_verify": translate("Actions", "Check the history &now"),
        "shortcuts": translate("Actions", "&Keyboard shortcuts"),
        "guidelines": translate("Actions", "Annotation &guidelines"),
        "about": translate("Actions", "&About Biaozhu"),
    }.get(name, name)


def menu_title(menu: str) -> str:
    return {
        "file": translate("Menus", "&File"),
        "recent": translate("Menus", "Open &recent"),
        "edit": translate("Menus", "&Edit"),
        "navigate": translate("Menus", "&Navigate"),
        "annotate": translate("Menus", "&Annotate"),
        "boundaries": translate("Menus", "&Boundaries"),
        "label": translate("Menus", "&Label"),
        "view": translate("Menus", "&View"),
        "tools": translate("Menus", "&Tools"),
        "review": translate("Menus", "&Review"),
        "help": translate("Menus", "&Help"),
    }[menu]


def group_title(group: str) -> str:
    return {
        "file": translate("Menus", "Project"),
        "navigate": translate("Menus", "Moving around"),
        "decide": translate("Menus", "Deciding"),
        "label": translate("Menus", "Labels (accept as, relabel, or label a selection)"),
        "boundaries": translate("Menus", "Boundaries of the focused span"),
        "review": translate("Menus", "Review"),
        "undo": translate("Menus", "Undo"),
        "help": translate("Menus", "Help"),
    }.get(group, group)


def label_text(label: str) -> str:
    return translate("Actions", "Label as %1").replace("%1", label)


def make_action(window: QMainWindow, spec: ActionSpec) -> QAction:
    action = QAction(window)
    action.setObjectName(f"action_{spec.name}")
    action.setShortcuts([QKeySequence(k) for k in spec.keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setAutoRepeat(spec.menu in ("navigate", "boundaries"))
    slot = getattr(window, f"act_{spec.name}")
    if spec.checkable:
        action.setCheckable(True)
        action.triggered.connect(lambda checked, slot=slot: slot(bool(checked)))
    else:
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
    window.addAction(action)
    return action


def build_menus(window, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """The menu bar. Export is wired to desktop/gui/dialogs/export_dialog.py
    and the Review menu to desktop/gui/review/* (each imported when chosen);
    the Review menu shows once it has actions."""
    bar = window.menuBar()
    bar.clear()
    menus: dict[str, QMenu] = {}

    def menu(name: str, parent: QMenu | None = None) -> QMenu:
        m = QMenu(parent or bar)
        m.setObjectName(f"menu_{name}")
        if parent is None:
            bar.addMenu(m)
        else:
            parent.addMenu(m)
        menus[name] = m
        return m

    file = menu("file")
    file.addAction(actions["new_project"])
    file.addAction(actions["open_project"])
    menu("recent", file)
    file.addSeparator()
    file.addAction(actions["import_files"])
    file.addAction(actions["import_folder"])
    file.addAction(actions["export"])
    file.addSeparator()
    file.addAction(actions["merge_projects"])
    file.addAction(actions["restore_backup"])
    file.addAction(actions["retry_saving"])
    file.addSeparator()
    file.addAction(actions["quit"])

    edit = menu("edit")
    edit.addAction(actions["undo"])
    edit.addAction(actions["redo"])
    edit.addSeparator()
    edit.addAction(actions["preferences"])

    nav = menu("navigate")
    for name in ("next_span", "prev_span", "next_doc", "prev_doc"):
        nav.addAction(actions[name])
    nav.addSeparator()
    nav.addAction(actions["focus_search"])
    nav.addAction(actions["next_hit"])
    nav.addAction(actions["prev_hit"])
    nav.addAction(actions["focus_text"])

    annotate = menu("annotate")
    for name in ("accept", "reject", "accept_all", "accept_occurrences"):
        annotate.addAction(actions[name])
    menu("label", annotate)
    annotate.addAction(actions["delete_span"])
    bounds = menu("boundaries", annotate)
    for name in ("start_left", "start_right", "end_left", "end_right"):
        bounds.addAction(actions[name])
    bounds.addSeparator()
    for name in ("start_word_left", "start_word_right", "end_word_left", "end_word_right"):
        bounds.addAction(actions[name])
    annotate.addSeparator()
    annotate.addAction(actions["mark_done"])
    annotate.addSeparator()
    annotate.addAction(actions["allow_overlap"])

    view = menu("view")
    view.addAction(actions["show_label_names"])

    tools = menu("tools")
    tools.addAction(actions["suggest_all"])
    tools.addAction(actions["suggest_doc"])
    tools.addSeparator()
    tools.addAction(actions["train_suggester"])
    tools.addAction(actions["suggester_models"])
    tools.addAction(actions["order_by_uncertainty"])

    review = menu("review")
    review.addAction(actions["review_compare"])
    review.addAction(actions["review_agreement"])
    review.addSeparator()
    review.addAction(actions["review_history"])
    review.addAction(actions["review_span_history"])
    review.addAction(actions["review_verify"])
    review.addSeparator()
    review.addAction(actions["review_roles"])
    review.menuAction().setVisible(bool(review.actions()))

    help_ = menu("help")
    help_.addAction(actions["shortcuts"])
    help_.addAction(actions["guidelines"])
    help_.addSeparator()
    help_.addAction(actions["about"])
    return menus


def retranslate(actions: dict[str, QAction], menus: dict[str, QMenu]) -> None:
    for name, action in actions.items():
        if name in ("undo", "redo"):
            continue  # QUndoGroup names them after the command (Qt's own catalogue)
        if name.startswith("label:"):
            action.setText(label_text(name.split(":", 1)[1]))
        else:
            action.setText(action_text(name))
    for name, m in menus.items():
        m.setTitle(menu_title(name))
        if name == "review":
            m.menuAction().setVisible(bool(m.actions()))
