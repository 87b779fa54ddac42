"""A gold project to export: the five reference articles of ../shared with
their 361 spans (and METRIC attributes), one more whose 𠮷 takes two UTF-16
units, and pending suggestions of two suggesters."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # before datasets is imported

from models import Project, Suggestion  # noqa: E402
from models.io.importers import ImportOptions, import_paths  # noqa: E402
from tests.conftest import write_column_pdf  # noqa: E402

ASTRAL = {
    "id": "astral",
    "text": "𠮷野家全年营收932.4亿元，同比增长13.7%。\n富联精\n密赣州工厂投产。",
    "spans": [
        {"start": 0, "end": 3, "label": "COMPANY", "text": "𠮷野家"},
        {
            "start": 7,
            "end": 14,
            "label": "METRIC",
            "text": "932.4亿元",
            "attrs": {"indicator": "营收", "value": 93240000000.0, "unit": "元", "approx": ""},
        },
        # A company name broken by a line break, as PDF text has them.
        {"start": 26, "end": 31, "label": "COMPANY", "text": "富联精\n密"},
    ],
}


@pytest.fixture(scope="session")
def reference() -> list[dict]:
    from tests.conftest import shared_path

    seeds = shared_path("gold", "seeds.jsonl")
    docs = [json.loads(line) for line in seeds.read_text(encoding="utf-8").splitlines() if line]
    return docs + [ASTRAL]


@pytest.fixture(scope="session")
def gold_master(tmp_path_factory, reference) -> Path:
    """The gold project, built once; tests get copies (``gold_file``)."""
    folder = tmp_path_factory.mktemp("gold-master")
    source = folder / "gold.jsonl"
    source.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in reference), encoding="utf-8"
    )
    path = folder / "gold.biaozhu"
    with Project.create(path, annotator="gold") as project:
        report = import_paths(project, [source], ImportOptions(annotator="gold"))
        assert report.failed == [] and len(report.added) == len(reference)
        text = project.document_text("astral")
        project.store_suggestions(
            "astral",
            [
                Suggestion(19, 24, "METRIC", text[19:24], 0.8, "metric", "1"),
                Suggestion(0, 3, "COMPANY", "𠮷野家", 0.9, "lexicon", "l1"),  # matches gold
                Suggestion(31, 33, "COMPANY", text[31:33], 0.55, "company", "2"),
            ],
        )
    return path


@pytest.fixture
def gold_file(gold_master, tmp_path) -> Path:
    """A closed copy of the gold project in this test's folder."""
    path = tmp_path / "project" / "gold.biaozhu"
    path.parent.mkdir()
    shutil.copy(gold_master, path)
    return path


@pytest.fixture
def gold(gold_file):
    with Project.open(gold_file, annotator="gold") as project:
        yield project


def expected_spans(reference: list[dict]) -> list[tuple]:
    return [
        (d["id"], s["start"], s["end"], s["label"], s["text"])
        for d in reference
        for s in d["spans"]
    ]


def project_docs(project: Project) -> list[tuple]:
    """(id, text, [(start, end, label, text, attrs)]) of every gold document."""
    out = []
    for doc_id, who in project.gold_layers():
        spans = [
            (a.start, a.end, a.label, a.text, a.attrs) for a in project.annotations(doc_id, who)
        ]
        out.append((doc_id, project.document_text(doc_id), spans))
    return out


def round_trip(
    project: Project, fmt: str, out: Path, *, read_as: str | None = None, **export: object
) -> tuple[list[tuple], list[tuple]]:
    """Export ``project`` as ``fmt`` to ``out``, import that into a new project
    (as ``read_as``, default ``fmt``) and return (documents before, after)."""
    from models.io.export import export_project

    export_project(project, fmt, out, **export)
    new_path = out.parent / f"round-trip-{fmt}.biaozhu"
    with Project.create(new_path, annotator="gold") as new:
        options = ImportOptions(fmt=read_as or fmt, annotator="gold")
        report = import_paths(new, [out], options)
        assert report.failed == [], report.failed
        return project_docs(project), project_docs(new)


def without_attrs(docs: list[tuple]) -> list[tuple]:
    return [(i, t, [s[:4] for s in spans]) for i, t, spans in docs]


# -- a PDF imported with --clean ------------------------------------------------------------

REPORT_TEXT = (
    "2024年，抚州高新区全年实现工业营收932.4亿元，同比增长13.7%，连续五年实现百亿元增长；"
    "江西华勤电子科技有限公司完成规模以上工业总产值818.8亿元，同比增长12.4%。"
)


def squeeze(text: str) -> str:
    return "".join(text.split())


def cleaned_pdf_project(tmp_path: Path) -> tuple[Path, Path]:
    """A narrow-column PDF (lines break inside names and numbers), imported with
    --clean through the command line, a company and a figure marked on it
    through the core, and a second document imported without --clean."""
    from desktop.cli import main

    pdf_path, plain = tmp_path / "report.pdf", tmp_path / "news.txt"
    write_column_pdf(pdf_path, [REPORT_TEXT], width=40)
    plain.write_text("比亚迪在抚州投资建厂，营收增长13.7%。\n", encoding="utf-8")
    path = tmp_path / "p.biaozhu"
    Project.create(path, annotator="alice").close()
    assert main(["import", str(path), str(pdf_path), "--clean", "--annotator", "alice"]) == 0
    assert main(["import", str(path), str(plain), "--annotator", "alice"]) == 0
    with Project.open(path, annotator="alice") as project:
        for doc_id in project.document_ids():
            text = project.document_text(doc_id)
            for name, label in (("江西华勤电子科技有限公司", "COMPANY"), ("932.4亿元", "METRIC")):
                if name in text:
                    project.add_span(doc_id, text.index(name), text.index(name) + len(name), label)
            project.add_span(doc_id, text.index("13.7%"), text.index("13.7%") + 5, "METRIC")
            project.set_status(doc_id, "done")
    return path, pdf_path


def open_astral(project) -> None:
    """The article the suggestions are on, back in progress for gold: its
    import marked it done, and a document's annotator marked done is final
    for them (the suggestions there are left, and ``--suggestions`` leaves
    them out)."""
    project.set_status("astral", "in_progress")
