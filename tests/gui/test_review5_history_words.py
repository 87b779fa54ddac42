"""Review → History, the whole project: "Role changed: annotator → reviewer"
said not whose role it was, and an adjudication's row read as raw JSON
(`{"left": [{"attrs": {}, "end": 682, "id": 80, …`), as did "Agreements
accepted" (`∅ → {"layers": ["alice", "bob"], "spans": 15}`)."""

from __future__ import annotations

from models import Project
from models.review.adjudicate import Adjudication
from models.review.compare import LEFT, LayerRef
from tests.gui.conftest import DOC_A


def test_roles_and_adjudications_read_in_words(qtbot, project_path, english):
    from desktop.gui.review import HistoryView

    firm = DOC_A.index("比亚迪")
    with Project.open(project_path, annotator="tester") as store:
        store.add_span("a", firm, firm + 3, "COMPANY", annotator="alice")
        store.add_span("a", firm, firm + 3, "COMPANY", annotator="bob")
        store.add_span("a", 0, 4, "METRIC", annotator="alice")
        store.set_role("rita", "reviewer")
        adj = Adjudication(
            store, "a", "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob")
        )
        adj.accept_agreements()
        adj.choose(next(d for d in adj.differences if d.kind == LEFT), "neither")
    view = HistoryView(str(project_path), "tester", None)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    try:
        view.set_document(None)  # the whole project's history
        qtbot.waitUntil(lambda: view.paged.done)
        rows = {}
        for r in range(view.table.model().rowCount()):
            index = view.table.model().index(r, 3)
            rows[index.data(view.model.ActionRole)] = view.table.model().index(r, 4).data()
        assert rows["annotator.role"] == "rita: annotator → reviewer"
        choice = rows["review.choice"]
        assert "{" not in choice, choice
        assert DOC_A[0:4] in choice and "alice" in choice and "took neither" in choice
        agreements = rows["review.agreements"]
        assert "{" not in agreements, agreements
        assert "1" in agreements and "alice" in agreements and "bob" in agreements
    finally:
        view.close()


def test_a_span_says_where_it_came_from(qtbot, project_path, english):
    """The reviewer's span added by an adjudication read "∅ → 比亚迪 [48–51]
    COMPANY" like one drawn by hand, and an imported span too: `biaozhu history`
    says "(adjudicated: left, from alice's span 1)", the window said nothing."""
    from desktop.gui.review import HistoryView

    firm = DOC_A.index("比亚迪")
    with Project.open(project_path, annotator="tester") as store:
        alice = store.add_span("a", firm, firm + 3, "COMPANY", annotator="alice")
        store.add_span("a", 0, 4, "METRIC", annotator="bob", origin="imported")
        store.set_role("rita", "reviewer")
        adj = Adjudication(
            store, "a", "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob")
        )
        adj.choose(next(d for d in adj.differences if d.left and not d.right), "left")
    view = HistoryView(str(project_path), "tester", "a")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    try:
        model = view.table.model()
        changes = {
            (model.index(r, 2).data(), model.index(r, 3).data(view.model.ActionRole)): model.index(
                r, 4
            ).data()
            for r in range(model.rowCount())
        }
        assert changes[("rita", "span.added")].endswith(
            f"(adjudicated: took left, from alice's span {alice.id})"
        )
        assert changes[("bob", "span.added")].endswith("(imported)")
        assert not changes[("alice", "span.added")].endswith(")")
    finally:
        view.close()


def test_a_span_taken_with_the_agreements_says_so_in_words(qtbot, project_path, english):
    """Shift+Y's spans read "(adjudicated: agreement, …)", the choice's code
    word, untranslated in the Chinese window too."""
    from desktop.gui.review import HistoryView

    firm = DOC_A.index("比亚迪")
    with Project.open(project_path, annotator="tester") as store:
        for who in ("alice", "bob"):
            store.add_span("a", firm, firm + 3, "COMPANY", annotator=who)
        store.set_role("rita", "reviewer")
        Adjudication(
            store, "a", "rita", LayerRef.annotator("alice"), LayerRef.annotator("bob")
        ).accept_agreements()
    view = HistoryView(str(project_path), "tester", "a")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    try:
        model = view.table.model()
        (taken,) = [
            model.index(r, 4).data()
            for r in range(model.rowCount())
            if model.index(r, 2).data() == "rita"
            and model.index(r, 3).data(view.model.ActionRole) == "span.added"
        ]
        assert "(adjudicated: took the agreement, from alice's span" in taken, taken
    finally:
        view.close()


def test_a_merge_reads_in_words(qtbot, project_path, english, tmp_path):
    """ "Project merged in" read `∅ → {"conflicts": [], "decisions": 0,
    "documents": {"000_…": …` (the whole map of document ids)."""
    import shutil

    from desktop.gui.review import HistoryView
    from models.review.merge import merge_project

    other = tmp_path / "laptop.biaozhu"
    shutil.copy(project_path, other)
    with Project.open(other, annotator="carol") as laptop:
        laptop.add_span("b", 0, 4, "COMPANY", annotator="carol")
    with Project.open(project_path, annotator="tester") as store:
        merge_project(store, other)
    view = HistoryView(str(project_path), "tester", "b")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    try:
        view.set_document(None)
        qtbot.waitUntil(lambda: view.paged.done)
        model = view.table.model()
        (merged,) = [
            model.index(r, 4).data()
            for r in range(model.rowCount())
            if model.index(r, 3).data(view.model.ActionRole) == "merge.completed"
        ]
        assert merged.startswith("∅ → laptop.biaozhu: "), merged
        assert "{" not in merged
    finally:
        view.close()
