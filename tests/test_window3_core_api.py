"""The window calls the core's public API only (Anki's ``aqt`` over
``anki``): no module of ``desktop`` reaches into a private name (one with
a leading underscore) of a ``models`` module, by ``from models.x import
_y`` or by ``x._y`` on a module it imported from ``models``. And the
public call the window's redo of Shift+O uses, ``accept_in_documents``,
on real news articles: the name accepted in the documents given, alone,
the ones the annotator finished left as they are but ``here``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from models import Project
from models.learn import occurrences
from models.progress import NoProgress
from tests.conftest import REPO, news_train_texts


def _private_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    modules: set[str] = set()  # local names bound to models modules
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("models"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    out.append(f"{path.name}:{node.lineno} from {node.module} import {alias.name}")
                else:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("models"):
                    modules.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            out.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
    return out


def test_the_desktop_layer_uses_no_private_name_of_the_core():
    found = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        found += [f"{path.relative_to(REPO)}: {use}" for use in _private_uses(path)]
    assert found == []


NAME = "国家能源集团"
HERE, THERE, ELSE = (
    "t1_chn_energy_investment_2024",
    "t1_soe_projects_2026",
    "t3_cpi_dec_2023",
)


@pytest.fixture
def project(tmp_path):
    from models.suggest.project import suggest_project

    texts = news_train_texts()
    with Project.create(tmp_path / "names.biaozhu", annotator="tester") as store:
        for doc_id in (HERE, ELSE, THERE):
            store.add_document(texts[doc_id], doc_id=doc_id)
        suggest_project(store)
        yield store


def gold(store, doc_id):
    return sorted((a.start, a.end, a.label, a.text) for a in store.annotations(doc_id, "tester"))


def test_accept_in_documents_accepts_the_name_in_those_alone(project):
    done = occurrences.accept_in_documents(
        project, NAME, "COMPANY", "tester", occurrences.new_token(), [THERE], NoProgress()
    )
    assert done.docs == {THERE}
    assert gold(project, HERE) == [] and gold(project, ELSE) == []
    assert [g[3] for g in gold(project, THERE)] == [NAME]
    assert [a.doc_id for _s, a in done.accepted] == [THERE]
    assert done.skipped == frozenset()
    assert project.verify().ok


def test_accept_in_documents_leaves_finished_ones_but_here(project):
    for doc_id in (HERE, THERE):
        project.set_status(doc_id, "done", annotator="tester")
    done = occurrences.accept_in_documents(
        project,
        NAME,
        "COMPANY",
        "tester",
        occurrences.new_token(),
        [HERE, THERE],
        NoProgress(),
        here=HERE,
    )
    assert done.docs == {HERE}
    assert {g[3] for g in gold(project, HERE)} == {NAME}
    assert gold(project, THERE) == []
    assert project.verify().ok


def test_accept_in_documents_stops_between_batches_on_cancel(project, monkeypatch):
    monkeypatch.setattr(occurrences, "EVERYWHERE_BATCH", 1)

    class CancelAfterOne(NoProgress):
        def __init__(self):
            self.done = 0

        def advance(self, n: int = 1, note: str = "") -> None:
            self.done += n

        def cancelled(self) -> bool:
            return self.done >= 1

    done = occurrences.accept_in_documents(
        project, NAME, "COMPANY", "tester", occurrences.new_token(), [HERE, THERE], CancelAfterOne()
    )
    assert done.docs == {HERE}
    assert gold(project, THERE) == []
    assert project.verify().ok
