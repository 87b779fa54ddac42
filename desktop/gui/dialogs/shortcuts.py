"""Help → Keyboard shortcuts: generated from the window's actions, so the
sheet always shows the keys that really work."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from desktop.gui import menus

translate = QCoreApplication.translate


def plain(text: str) -> str:
    """A menu text without its mnemonic marks: "&Open", "打开(&O)"; "&&" is a
    literal ampersand."""
    text = re.sub(r"\s*\(&[^&)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, [(keys, what)]) in the order of menus.ACTION_SPECS."""
    groups: dict[str, list[tuple[str, str]]] = {}
    order: list[str] = []

    def add(group: str, keys: str, text: str) -> None:
        if group not in groups:
            groups[group] = []
            order.append(group)
        groups[group].append((keys, plain(text)))

    def keys_of(action: QAction) -> str:
        return "  /  ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )

    for spec in menus.ACTION_SPECS:
        if spec.group and spec.name in actions:
            add(spec.group, keys_of(actions[spec.name]), menus.action_text(spec.name))
        if spec.name == "mark_done":
            for name, action in actions.items():
                if name.startswith("label:") and action.shortcuts():
                    add("label", keys_of(action), action.text())
            add(
                "label",
                translate("Shortcuts", "select text, then 1–9"),
                translate("Shortcuts", "New span from a mouse or Shift+arrow selection"),
            )
    for name in ("undo", "redo"):
        if name in actions:
            add("undo", keys_of(actions[name]), menus.action_text(name))
    return [(menus.group_title(g), groups[g]) for g in order]


def shortcuts_html(actions: dict[str, QAction]) -> str:
    out = [
        f"<h2>{html.escape(translate('Shortcuts', 'Keyboard shortcuts'))}</h2>",
        "<p>"
        + html.escape(
            translate(
                "Shortcuts",
                "The keys work wherever the focus is in the window, except that "
                "letters and digits type text in the search box and the attribute editor "
                "(Esc returns to the article).",
            )
        )
        + "</p>",
    ]
    for title, rows in shortcut_rows(actions):
        out.append(f"<h3>{html.escape(title)}</h3><table cellspacing='0' cellpadding='3'>")
        for keys, text in rows:
            out.append(
                f"<tr><td width='210'><code><b>{html.escape(keys)}</b></code></td>"
                f"<td>{html.escape(text)}</td></tr>"
            )
        out.append("</table>")
    out.append(
        "<p>"
        + html.escape(
            translate(
                "Shortcuts",
                "Accepting or rejecting moves to the next pending suggestion, so a "
                "document of right suggestions is A A A … then Ctrl+D.",
            )
        )
        + "</p>"
    )
    return "\n".join(out)


class ShortcutsDialog(QDialog):
    def __init__(self, actions: dict[str, QAction], parent=None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        self.resize(620, 720)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(shortcuts_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
