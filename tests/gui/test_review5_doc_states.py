"""Compare & adjudicate's document chooser says, for each document, whether
its two annotators differ there and how many differences are left for the
reviewer, as INCEpTION's curation list shows each document's state (review5).

Seed articles of ../shared: two where 'gold' (the seed spans) and 'bob' (a
perturbed copy) differ, one where bob's layer is gold's (they agree), one
only gold worked on. The reviewer settles differences with the keys; after
each, what the chooser shows is what the store holds
(``models.review.curation``, read on a connection of its own), and that count
is the differences ``compare_layers`` finds between the two layers."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from models import Project  # noqa: E402
from models.review.compare import SAME, LayerRef, compare_layers, load_layer  # noqa: E402
from models.review.curation import (  # noqa: E402
    ADJUDICATED,
    AGREED,
    DISAGREEMENTS,
    NOT_COMPARED,
    SETTLED,
    curation_states,
)
from tests.gui.conftest import shown_review  # noqa: E402
from tests.test_review_fixtures import build_two_annotators, load_seeds  # noqa: E402


def words(state, language: str) -> str:
    """What the chooser says after a document's title and id."""
    n, left = state.differences, state.left
    if state.state == DISAGREEMENTS:
        if language == "zh_CN":
            return f"{n} 处差异中还剩 {left} 处"
        return f"{left} of {n} difference{'s' if n != 1 else ''} left"
    if state.state == SETTLED:
        if language == "zh_CN":
            return f"{n} 处差异，均已处理"
        return f"{n} difference{'s' if n != 1 else ''}, all settled"
    if state.state == AGREED:
        return "标注者一致" if language == "zh_CN" else "annotators agree"
    if state.state == ADJUDICATED:
        return "已裁决" if language == "zh_CN" else "adjudicated"
    raise AssertionError(state)


@pytest.fixture
def project_path(tmp_path):
    seeds = load_seeds()[:4]
    path = tmp_path / "r.biaozhu"
    project, docs = build_two_annotators(path, seeds[:3])
    with project.transaction():
        agreed = docs[2]["id"]  # bob's layer made gold's: nothing between them
        for a in project.annotations(agreed, "bob"):
            project.remove_span(a.id, annotator="bob")
        for s in docs[2]["spans"]:
            project.add_span(agreed, s["start"], s["end"], s["label"], annotator="bob")
        alone, _ = project.add_document(seeds[3]["text"], doc_id=seeds[3]["id"], source="seeds")
        for s in seeds[3]["spans"]:
            project.add_span(alone, s["start"], s["end"], s["label"], annotator="gold")
    project.set_role("rita", "reviewer")
    project.close()
    return path, [d["id"] for d in seeds]


def stored(path) -> dict:
    with Project.open(path, annotator="rita", readonly=True) as p:
        return curation_states(p, "rita")


def differing(path, doc: str) -> int:
    """The places gold's and bob's layers differ, counted apart from the core's count."""
    with Project.open(path, annotator="rita", readonly=True) as p:
        layers = [load_layer(p, doc, LayerRef.annotator(who)) for who in ("gold", "bob")]
    return sum(1 for d in compare_layers(*layers) if d.kind != SAME)


def shown(view) -> dict[str, str]:
    combo = view.doc_combo
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def check(view, path, language) -> dict:
    states = stored(path)
    for doc, text in shown(view).items():
        state = states[doc]
        name = view._doc_names[doc]
        if state.state == NOT_COMPARED:
            assert text == name, text  # one annotator: nothing to say between two
        else:
            assert text == f"{words(state, language)} · {name}", (text, state)
    return states


def test_the_chooser_shows_each_documents_differences_left(qtbot, project_path, language):
    path, (first, second, agreed, alone) = project_path
    view = shown_review(qtbot, path, first)
    try:
        qtbot.waitUntil(view.states_shown, timeout=5000)  # read a few at a time
        states = check(view, path, language)
        assert [states[d].state for d in (first, second, agreed, alone)] == [
            DISAGREEMENTS,
            DISAGREEMENTS,
            AGREED,
            NOT_COMPARED,
        ]
        total = differing(path, first)
        assert states[first].differences == states[first].left == total > 2
        assert states[second].differences == differing(path, second)
        assert states[agreed].differences == differing(path, agreed) == 0

        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_L)  # one difference settled
        states = check(view, path, language)
        assert (states[first].differences, states[first].left) == (total, total - 1)
        assert states[second].left == states[second].differences  # another document: untouched

        qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
        for _ in range(total - 1):
            qtbot.keyClick(view.table, Qt.Key.Key_R)
        with Project.open(path, annotator="rita", readonly=True) as p:
            assert p.status(first, "rita") == "done"  # the last difference settled it
        states = check(view, path, language)
        assert states[first].state == ADJUDICATED and states[first].left == 0

        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # reopened
        states = check(view, path, language)
        assert states[first].state == SETTLED  # every difference settled, not done
    finally:
        view.close()


def test_the_chooser_follows_a_language_switch(qtbot, project_path, qapp):
    from desktop.gui.i18n import Translations
    from desktop.gui.review.review_view import ReviewView

    path, (first, *_rest) = project_path
    translations = Translations(qapp)
    translations.apply("en")
    qapp.processEvents()
    view = ReviewView(str(path), "rita", first)
    qtbot.addWidget(view)
    try:
        qtbot.waitUntil(view.states_shown, timeout=5000)
        check(view, path, "en")
        for language in ("zh_CN", "en"):
            translations.apply(language)
            qapp.processEvents()  # the LanguageChange events the switch posts
            check(view, path, language)
            assert view.doc_combo.currentData() == first  # the document shown stays
    finally:
        view.close()
        translations.remove()


def test_alt_d_reaches_the_chooser_and_its_words(qtbot, project_path):
    path, (first, second, *_rest) = project_path
    view = shown_review(qtbot, path, first)
    try:
        qtbot.waitUntil(view.states_shown, timeout=5000)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        assert view.doc_combo.hasFocus()
        qtbot.keyClick(view.doc_combo, Qt.Key.Key_Down)
        assert view.doc_combo.currentData() == second
        state = stored(path)[second]
        assert view.doc_combo.currentText().startswith(f"{state.left} of {state.differences} ")
    finally:
        view.close()
