"""The window's file choosers, which never read a file they list.

Qt's own chooser asks its icon provider for each entry's icon and type
name, and the default provider guesses the type of a file whose name it
does not know (``.biaozhu``, ``-wal``, ``-shm``) from its first bytes: it
opens the file and closes it. POSIX locks belong to the process, so that
close drops every lock the window's SQLite connections hold on a project
in the folder shown, and the next command-line process to close the same
project deletes the -wal the window goes on writing to: its work is lost.
Here icons and types come from names alone. (A native chooser, where the
platform has one, lists files in another process and is unaffected.)"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """A folder or file icon, and the type by the name's suffix."""

    def icon(self, what):  # (IconType) or (QFileInfo)
        if isinstance(what, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if what.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileChooser", "Folder")
        return info.suffix().upper() or QCoreApplication.translate("FileChooser", "File")


# Qt's zh_CN catalogue has these two labels of its chooser only without
# their mnemonics, so they showed in English; ours carries them under Qt's
# own context, where the chooser's tr() finds them.
QT_CHOOSER_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_provider = NameOnlyIconProvider()  # outlives every dialog that points to it


def chooser(
    parent: QWidget | None, caption: str, directory: str = "", filter: str = ""
) -> QFileDialog:
    """A file chooser that reads names only (see the module's docstring)."""
    dialog = QFileDialog(parent, caption, directory, filter)
    dialog.setIconProvider(_provider)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []


def open_file_names(parent: QWidget | None, caption: str, directory: str, filter: str) -> list[str]:
    """Existing files to read (Import, Merge)."""
    dialog = chooser(parent, caption, directory, filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def open_file_name(parent: QWidget | None, caption: str, directory: str, filter: str) -> str:
    """One existing file (Open project)."""
    dialog = chooser(parent, caption, directory, filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_run(dialog)), "")


def existing_folder(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """One existing folder (Import folder: walked as the command line walks it)."""
    dialog = chooser(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return next(iter(_run(dialog)), "")


def save_file_name(parent: QWidget | None, caption: str, directory: str, filter: str = "") -> str:
    """A file to write, confirmed when it exists (New project, Export)."""
    dialog = chooser(parent, caption, directory, filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return next(iter(_run(dialog)), "")


def existing_directory(parent: QWidget | None, caption: str, directory: str) -> str:
    """A folder (Export to a folder)."""
    dialog = chooser(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return next(iter(_run(dialog)), "")
