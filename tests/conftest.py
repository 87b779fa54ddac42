"""Shared fixtures. GUI tests run on Qt's offscreen platform; the reference
data lives in ../shared beside the repository."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BIAOZHU_ANNOTATOR", "tester")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


@pytest.fixture
def english(qapp):
    """The window's English catalogue installed, as the app installs it: it
    holds the plural forms ("1 document", "2 documents") a test may read."""
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    translations.apply("en")
    yield
    translations.remove()


def write_column_pdf(path: Path, paragraphs: list[str], width: int, title: str = "") -> Path:
    """A Chinese PDF set in a column ``width`` mm wide, so that its lines
    break inside sentences, names and numbers as real reports' do."""
    if not CJK_FONT.exists():
        pytest.skip(f"no CJK font at {CJK_FONT} to write a Chinese PDF")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("wqy", "", str(CJK_FONT))
    pdf.set_font("wqy", size=12)
    if title:
        pdf.set_title(title)
    for i, paragraph in enumerate(paragraphs):
        if i:
            pdf.ln()
        pdf.multi_cell(width, 8, paragraph)
    pdf.output(str(path))
    return path


def company_names(suggester, text: str) -> list[str]:
    """The COMPANY rules' names in ``text``, each checked to be its own text
    and to say which rules proposed it."""
    out = suggester.suggest(text)
    for s in out:
        assert text[s.start : s.end] == s.text
        assert s.label == "COMPANY" and s.source == "company" and s.version
    return [s.text for s in out]


def policy_names(suggester, text: str) -> list[str]:
    """The names the POLICY rules find in ``text``, in order."""
    return [s.text for s in suggester.suggest(text)]


def file_dump(project: Path) -> list[str]:
    """Everything a project file holds, as SQL, read through a read-only
    connection of its own: what a refused operation must leave unchanged."""
    import sqlite3

    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    """The window's language, each in turn, applied as the settings switch applies it."""
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    translations.apply(request.param)
    yield request.param
    translations.remove()


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (../shared beside the repo)")
    return path


def news_train_article(n: int = 0) -> dict:
    """The n-th article of ../shared/gold/news-train.jsonl, with its gold spans."""
    line = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()[n]
    return json.loads(line)


def news_train_texts() -> dict[str, str]:
    """Each article of ../shared/gold/news-train.jsonl by its id: its text."""
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row["text"] for row in map(json.loads, lines)}


def grouped_gold_documents(corpus: str, half: str, count: int, prefix: str) -> list[dict]:
    """The first ``count`` documents of one half (``meta.half``) of our gold
    under ``tests/data/<corpus>`` (``zone_news``, ``economy_news``), three
    consecutive paragraphs a document, as ``bench_learn_loop.py`` groups
    them; ids ``{prefix}-00``, ``-01``…"""
    gold = Path(__file__).resolve().parent / "data" / corpus / "gold.jsonl"
    paragraphs = [json.loads(x) for x in gold.read_text("utf-8").splitlines() if x.strip()]
    paragraphs = [p for p in paragraphs if p["meta"]["half"] == half][: 3 * count]
    docs = []
    for first in range(0, len(paragraphs), 3):
        text, spans = "", []
        for p in paragraphs[first : first + 3]:
            if text:
                text += "\n"
            spans += [
                {**s, "start": s["start"] + len(text), "end": s["end"] + len(text)}
                for s in p["spans"]
            ]
            text += p["text"]
        docs.append({"id": f"{prefix}-{first // 3:02d}", "text": text, "spans": spans})
    return docs


def news_train_article_naming(name: str, times: int = 3) -> dict:
    """The first article of news-train.jsonl that names ``name`` ``times`` times or more."""
    for line in shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["text"].count(name) >= times:
            return row
    pytest.skip(f"no article of news-train.jsonl names {name} {times} times")


def copy_project(src, dst) -> None:
    """A project file copied as SQLite copies a live database (its backup
    API): a curator's second laptop, or a copy made while the file is open."""
    import sqlite3

    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def real_news_texts(*gold_files: str) -> list[str]:
    """The texts of the named gold files under ../shared/gold, then the five
    corpus articles: real news for tests that hold a rule's shortcut equal
    to its pattern over every text."""
    texts = []
    for name in gold_files:
        lines = shared_path("gold", name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    corpus = shared_path("corpus")
    return texts + [q.read_text(encoding="utf-8") for q in sorted(corpus.glob("*.txt"))]


@pytest.fixture(autouse=True, scope="session")
def _private_user_dirs(tmp_path_factory):
    """Windows the tests open, here or in a child process, keep their settings
    and sample project in a directory of the test run, not the developer's."""
    root = tmp_path_factory.mktemp("user")
    names = ("XDG_CONFIG_HOME", "XDG_DATA_HOME")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ[name] = str(root / name.lower())
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture
def corpus_dir() -> Path:
    return shared_path("corpus")


@pytest.fixture
def seeds_path() -> Path:
    return shared_path("gold", "seeds.jsonl")


@pytest.fixture
def project(tmp_path):
    from models import Project

    p = Project.create(tmp_path / "test.biaozhu", annotator="alice")
    yield p
    p.close()


@pytest.fixture(scope="module")
def company():
    """The COMPANY rules, for the tests of their kinds (tests/test_suggest_company*.py)."""
    from models.suggest.company import CompanySuggester

    return CompanySuggester()


@pytest.fixture(scope="module")
def metric():
    """The METRIC rules, for the tests of their kinds (tests/test_suggest_metric*.py)."""
    from models.suggest.metric import MetricSuggester

    return MetricSuggester()


@pytest.fixture(scope="module")
def policy():
    """The POLICY rules, for the tests of their kinds (tests/test_suggest_policy*.py)."""
    from models.suggest.policy import PolicySuggester

    return PolicySuggester()
