"""Another project made at the path of one the window closed is said to be
another project, not a history cut (newuser4, 7 December 2026).

A newcomer tries the commands, removes the project and starts again under
the same name (``rm -r P.biaozhu*``, ``biaozhu new P.biaozhu``, ``biaozhu
import``, ``biaozhu P.biaozhu``): the window opened with its warning bar
saying that events "were removed or rewritten since; run biaozhu verify and
compare with a backup", a tampering alarm about a file no one tampered
with. The window remembered the head of the history it closed by path
alone; it now remembers the project's id with it, and a file that is
another project (a new one, or another project copied over it) is said to
be that, still in the bar (a forged file could carry another id), with no
claim that events were removed. The same project's history cut short is
still said as before (``test_history_head.py``).
"""

from __future__ import annotations

from desktop.cli import main
from desktop.gui.widgets.history_bar import HistoryBar
from models import Project
from tests.conftest import shared_path
from tests.gui.conftest import close_window, open_window


def fresh_project(path) -> str:
    for leftover in path.parent.glob(path.name + "*"):
        if leftover.is_file():
            leftover.unlink()
    corpus = sorted(shared_path("corpus").glob("*.txt"))[:2]
    assert main(["--annotator", "tester", "new", str(path)]) == 0
    assert main(["--annotator", "tester", "import", str(path), *map(str, corpus)]) == 0
    with Project.open(path, annotator="tester") as store:
        for doc in store.document_ids():
            store.store_suggestions(doc, [])  # suggested: nothing to wait for
        return store.project_id


def test_a_new_project_at_the_same_path_is_not_called_a_cut_history(qtbot, tmp_path, language):
    path = tmp_path / "P.biaozhu"
    first = fresh_project(path)
    window = open_window(qtbot, path, tmp_path)
    close_window(window)

    second = fresh_project(path)  # removed and made again under the same name
    assert second != first
    window = open_window(qtbot, path, tmp_path)
    try:
        bar = window.findChild(HistoryBar, "historyBar")
        said = window.ctx.history_warning or ""
        assert said, "a different file at the path is still said"
        assert bar.isVisible() and bar.label.text() == said
        if language == "en":
            assert "another project" in said, said
            assert "removed or rewritten" not in said and "no longer in it" not in said, said
        else:
            assert "另一个项目" in said and "删除或改写" not in said, said
        qtbot.waitUntil(lambda: window.history_checked, timeout=20_000)
    finally:
        close_window(window)
    # closed again, it is this project's head the window remembers: no bar
    window = open_window(qtbot, path, tmp_path)
    try:
        assert window.ctx.history_warning is None
        assert not window.findChild(HistoryBar, "historyBar").isVisible()
    finally:
        close_window(window)
