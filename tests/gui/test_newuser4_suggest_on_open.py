"""Documents imported in a terminal before the window opens get their
suggestions (newuser4, 7 December 2026).

A newcomer runs ``biaozhu new P``, ``biaozhu import P articles/`` and then
``biaozhu P``: every document opened with nothing suggested, ``A`` said
"this text shows no spans", and the keyboard loop of the README (``A A A …
Ctrl+D PgDn``) had nothing to accept, while the same files imported a second
after the window opened got their suggestions in the background. The window
now suggests, in the background when a project opens, the documents no
suggester has run on that no one has finished, as it does for
documents another process imports while it is open: one already suggested
(``suggest --project``) is not suggested again, one the annotator or
another marked done is left as it is.
"""

from __future__ import annotations

from desktop.cli import main
from models import Project
from tests.conftest import shared_path
from tests.gui.conftest import close_window, open_window


def runs(path, doc: str) -> int:
    with Project.open(path, annotator="tester", readonly=True) as store:
        return len(store.history(doc_id=doc, action="suggestions.computed"))


def test_documents_imported_before_the_window_opens_are_suggested(qtbot, tmp_path):
    corpus = sorted(shared_path("corpus").glob("*.txt"))[:4]
    path = tmp_path / "P.biaozhu"
    assert main(["--annotator", "tester", "new", str(path)]) == 0
    assert main(["--annotator", "tester", "import", str(path), *map(str, corpus)]) == 0
    with Project.open(path, annotator="tester") as store:
        first, second, third, fourth = store.document_ids()
        store.set_status(third, "done")  # finished without suggestions: final
        # another annotator's finished gold (a labelled import's): a reviewer's
        # or a second annotator's window does not suggest a gold corpus whole
        store.set_status(fourth, "done", annotator="alice")
    assert main(["--annotator", "tester", "suggest", "--project", str(path), "--doc", second]) == 0
    assert [runs(path, d) for d in (first, second, third, fourth)] == [0, 1, 0, 0]

    window = open_window(qtbot, path, tmp_path)
    try:
        qtbot.waitUntil(lambda: runs(path, first) == 1, timeout=60_000)
        assert window.ctx.tasks.wait(60_000)
        assert window.ctx.host.wait_idle(10_000)
        assert [runs(path, d) for d in (first, second, third, fourth)] == [1, 1, 0, 0]
        with Project.open(path, annotator="tester", readonly=True) as store:
            pending = store.document_counts([first], "tester")[first][2]
        assert pending > 0
        # the document shown has them pending, the list counts them
        qtbot.waitUntil(lambda: window.controller.doc_id == first)
        qtbot.waitUntil(lambda: sum(i.is_pending for i in window.controller.items) == pending)
        model = window.doc_panel.model
        assert model.doc_at(model.row_of(first)).pending == pending
    finally:
        close_window(window)
