"""A second annotator's labelled file, end to end in the window: bob imports
his spans on texts the project holds as alice's (File → Import files…, in
bob's window); they become bob's layer of those documents, the Agreement
window compares the two, a reviewer adjudicates them in Review → Compare,
and alice's window opens on her layer as she left it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.spans import GOLD
from models import Project
from models.review.agreement import pair_agreement
from tests.gui.conftest import DOC_A, DOC_C, close_window, open_window
from tests.gui.test_import_options import import_from_window, press_import


def at(text: str, surface: str, label: str) -> tuple[int, int, str]:
    start = text.index(surface)
    return start, start + len(surface), label


POLICY = "《江西省未来产业培育发展行动方案》"
ALICE = {
    "a": [
        at(DOC_A, "932.4亿元", "METRIC"),
        at(DOC_A, "比亚迪", "COMPANY"),
        at(DOC_A, POLICY, "POLICY"),
    ],
    "c": [at(DOC_C, "12家", "METRIC")],
}
BOB = {
    "a": [
        at(DOC_A, "932.4亿元", "METRIC"),
        at(DOC_A, "13.7%", "METRIC"),
        at(DOC_A, "比亚迪抚州基地", "COMPANY"),
        at(DOC_A, POLICY, "POLICY"),
    ],
    "c": [at(DOC_C, "12家", "METRIC"), at(DOC_C, "8.5%左右", "METRIC")],
}
TEXTS = {"a": DOC_A, "c": DOC_C}


def layer(project: Project, who: str) -> dict:
    """Each document's spans (with their ids and attributes) and status for ``who``."""
    return {
        d: (
            [(a.id, a.start, a.end, a.label, a.attrs) for a in project.annotations(d, who)],
            project.status(d, who),
        )
        for d in project.document_ids()
    }


def keys(project: Project, doc: str, who: str) -> list[tuple[int, int, str]]:
    return sorted((a.start, a.end, a.label) for a in project.annotations(doc, who))


def test_bobs_file_becomes_his_layer_is_compared_and_adjudicated_and_alices_stays(
    qtbot, monkeypatch, project_path, tmp_path
):
    with Project.open(project_path, annotator="alice") as project:
        for doc, spans in ALICE.items():
            for start, end, label in spans:
                project.add_span(doc, start, end, label)
            project.set_status(doc, "done")
        project.set_role("rita", "reviewer")
        alice_before = layer(project, "alice")
        documents = project.document_ids()
    bobs_file = tmp_path / "bob.jsonl"
    bobs_file.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"bob-{doc}",
                    "text": TEXTS[doc],
                    "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in spans],
                },
                ensure_ascii=False,
            )
            + "\n"
            for doc, spans in BOB.items()
        ),
        encoding="utf-8",
    )

    # bob's window: File → Import files…, his file, Enter (his spans as finished)
    window = open_window(qtbot, project_path, tmp_path, annotator="bob")
    try:
        import_from_window(window, monkeypatch, bobs_file, press_import)
        with Project.open(project_path, readonly=True) as project:
            assert project.document_ids() == documents  # matched by text, none added
            for doc, spans in BOB.items():
                assert keys(project, doc, "bob") == sorted(spans)
                assert project.status(doc, "bob") == "done"
            assert layer(project, "alice") == alice_before
            expected = pair_agreement(project, "alice", "bob")
        assert expected["documents"] == 2
        # Review → Agreement compares the two layers
        window.actions_by_name["review_agreement"].trigger()
        panel = window.review_windows[-1]
        qtbot.waitUntil(lambda: not panel.computing, timeout=30_000)  # computed on a worker
        (pair,) = panel.report["pairs"]
        assert (pair["a"], pair["b"]) == ("alice", "bob")
        assert pair["overall"] == expected["overall"]
        assert pair["overall"]["exact_matches"] == 3
        rows = {
            (panel.model.item(r, 0).text(), panel.model.item(r, 1).text()): r
            for r in range(panel.model.rowCount())
        }
        metric = rows[("alice × bob", "METRIC")]
        exact = expected["labels"]["METRIC"]["exact_f1"]
        assert panel.model.item(metric, 3).text() == f"{exact:.3f}"
        panel.close()
    finally:
        close_window(window)

    # rita, a reviewer, settles document a: the agreements, then bob's company
    # and alice's lack of 13.7%
    window = open_window(qtbot, project_path, tmp_path, annotator="rita")
    try:
        window.actions_by_name["review_compare"].trigger()
        view = window.review_windows[-1]
        assert view.doc_id() == "a"
        view.set_layers("alice", "bob")
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)
        for r in range(view.model.rowCount()):
            diff = view.model.difference(r)
            if diff.kind != "same":
                view.select_row(r)
                view.choose("right")  # bob's: 比亚迪抚州基地 and 13.7%
        view.close()
    finally:
        close_window(window)
    with Project.open(project_path, readonly=True) as project:
        assert keys(project, "a", "rita") == sorted(BOB["a"])
        assert project.status("a", "rita") == "done"
        assert dict(project.gold_layers())["a"] == "rita"
        assert layer(project, "alice") == alice_before
        assert project.verify().ok

    # alice's window: her layer as she left it
    window = open_window(qtbot, project_path, tmp_path, annotator="alice")
    try:
        gold = sorted((i.start, i.end, i.label) for i in window.controller.items if i.kind == GOLD)
        assert gold == sorted(ALICE["a"])
    finally:
        close_window(window)
    with Project.open(project_path, readonly=True) as project:
        assert layer(project, "alice") == alice_before
