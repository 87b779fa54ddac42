"""A count says its noun as English does: "1 document", "0 documents", "2
documents", never "document(s)". The core's templates choose the word with
``{n:document|documents}`` (models/errors.py), which the zh_CN translation,
Chinese having no plural, leaves out; English-only lines (the CLI's, a
report's summary) with ``counted``; the window's own strings with Qt's
numerus forms, from the English catalogue."""

from __future__ import annotations

import ast
import pickle
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.cli import main
from models import Label, Project
from models.errors import InvalidInput, Message, counted
from models.review.merge import merge_project

REPO = Path(__file__).resolve().parents[1]
EN_TS = REPO / "resources" / "i18n" / "biaozhu_en.ts"
BOTH_FORMS = re.compile(r"[A-Za-z]\((s|es)\)")  # "document(s)", "process(es)"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def corpus_texts(corpus_dir: Path, count: int) -> list[Path]:
    return sorted(corpus_dir.glob("*.txt"))[:count]


# -- the mechanism -------------------------------------------------------------------------


def test_a_count_chooses_its_english_word():
    for n, said in ((0, "0 documents kept"), (1, "1 document kept"), (2, "2 documents kept")):
        assert str(Message("{n} {n:document|documents} kept", n=n)) == said
    exc = InvalidInput(
        "{path}: {n:,} {n:row was|rows were} refused", path="a.csv", n=12000
    )  # the number keeps its own format spec
    assert str(exc) == "a.csv: 12,000 rows were refused"
    assert str(InvalidInput("{n} {n:file was|files were} left", n=1)) == "1 file was left"
    copy = pickle.loads(pickle.dumps(exc))  # a worker process's error reaches the window whole
    assert (str(copy), copy.template) == (str(exc), exc.template)
    assert [counted(n, "document") for n in (0, 1, 2)] == [
        "0 documents",
        "1 document",
        "2 documents",
    ]
    assert counted(1, "process", "processes") == "1 process"
    assert counted(3, "process", "processes") == "3 processes"


# -- real operations, in English ------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 2])
def test_import_says_one_document_and_two_documents(tmp_path, capsys, corpus_dir, count):
    proj = str(tmp_path / "p.biaozhu")
    folder = tmp_path / "in"
    folder.mkdir()
    for path in corpus_texts(corpus_dir, count):
        shutil.copy(path, folder)
    assert run(capsys, "new", proj)[0] == 0
    code, out, _ = run(capsys, "import", proj, str(folder))
    assert code == 0, out
    documents, files = ("1 document", "1 file") if count == 1 else ("2 documents", "2 files")
    assert out.splitlines()[0] == (
        f"imported {documents} with 0 spans from {files}; skipped 0 already in the project"
    )
    code, out, _ = run(capsys, "stats", proj)
    assert out.splitlines()[0].startswith(f"{proj}: {documents}, ")
    assert not BOTH_FORMS.search(out)


@pytest.mark.parametrize("count", [1, 2])
def test_a_merge_report_counts_in_words(tmp_path, capsys, corpus_dir, count):
    a = tmp_path / "a.biaozhu"
    b = tmp_path / "b.biaozhu"
    Project.create(a, annotator="alice").close()
    with Project.create(b, annotator="carol") as other:
        for path in corpus_texts(corpus_dir, count):
            text = path.read_text(encoding="utf-8")
            doc_id, _ = other.add_document(text)
            start = len(text) - len(text.lstrip())
            other.add_span(doc_id, start, start + 2, "COMPANY")
    code, out, _ = run(capsys, "merge", str(a), str(b))
    assert code == 0, out
    line = out.splitlines()[0]
    documents, spans = (
        ("1 new document", "1 span") if count == 1 else ("2 new documents", "2 spans")
    )
    assert f": {documents}, 0 matched; " in line
    assert f"; {spans} added, 0 removed; 0 suggestions" in line
    assert not BOTH_FORMS.search(out), out


@pytest.mark.parametrize("count", [1, 2])
def test_verify_counts_the_decisions_an_old_merge_brought(tmp_path, capsys, count):
    from tests.test_verify import TEXT, rewrite_events, suggestion

    a = tmp_path / "a.biaozhu"
    b = tmp_path / "b.biaozhu"
    Project.create(a, annotator="alice").close()
    with Project.create(b, annotator="carol") as p:
        doc, _ = p.add_document(TEXT)
        p.store_suggestions(doc, [suggestion(TEXT, s) for s in ("13.7%", "18亿元")[:count]])
        for s in p.suggestions(doc):
            p.reject_suggestion(s.id)
    with Project.open(a, annotator="alice") as p:
        assert merge_project(p, b).decisions_added == count

    def as_old_merges_wrote(conn):
        import json

        from models.store.history import dumps

        conn.execute("DELETE FROM events WHERE action = 'decision.merged'")
        (after,) = conn.execute(
            "SELECT after FROM events WHERE action = 'merge.completed'"
        ).fetchone()
        record = json.loads(after)
        del record["decisions"]
        conn.execute(
            "UPDATE events SET after = ? WHERE action = 'merge.completed'", (dumps(record),)
        )

    rewrite_events(a, as_old_merges_wrote)
    code, out, _ = run(capsys, "verify", str(a))
    assert code == 0, out
    decisions = "1 decision" if count == 1 else "2 decisions"
    assert f"{decisions} on suggestions brought in by a merge made before" in out
    assert not BOTH_FORMS.search(out), out


def label_refusal(tmp_path, count: int) -> InvalidInput:
    with Project.create(tmp_path / f"p{count}.biaozhu", annotator="alice") as project:
        doc_id, _ = project.add_document("比亚迪汽车工业有限公司营收932.4亿元，同比增长13.7%。")
        for start in range(count):
            project.add_span(doc_id, start * 3, start * 3 + 2, "COMPANY")
        with pytest.raises(InvalidInput) as refused:
            project.set_labels([lab for lab in project.labels() if lab.name != "COMPANY"])
        assert isinstance(project.labels()[0], Label)
        return refused.value


def overlap_refusal(tmp_path, count: int) -> InvalidInput:
    with Project.create(
        tmp_path / f"o{count}.biaozhu", annotator="alice", allow_overlap=True
    ) as project:
        for n in range(count):
            doc_id, _ = project.add_document(f"比亚迪汽车工业有限公司第{n}次公告。")
            project.add_span(doc_id, 0, 3, "COMPANY")
            project.add_span(doc_id, 0, 11, "COMPANY")
        with pytest.raises(InvalidInput) as refused:
            project.set_allow_overlap(False)
        return refused.value


@pytest.mark.parametrize("count", [1, 2])
def test_the_cores_refusals_count_in_words(tmp_path, count):
    label = str(label_refusal(tmp_path, count))
    spans = "1 span" if count == 1 else "2 spans"
    assert label == f"label COMPANY is used by {spans} and cannot be removed"
    overlaps = str(overlap_refusal(tmp_path, count))
    documents = "1 document" if count == 1 else "2 documents"
    overlap = "1 span overlaps" if count == 1 else "2 spans overlap"
    assert f": {overlap} another of the same annotator in {documents}: " in overlaps
    assert not BOTH_FORMS.search(label + overlaps)


# -- in the window, in both languages -------------------------------------------------------


@pytest.mark.parametrize("count", [1, 2])
def test_the_window_says_the_cores_counts_in_its_language(tmp_path, language, count):
    from desktop.gui.messages import say

    label, overlaps = label_refusal(tmp_path, count), overlap_refusal(tmp_path, count)
    for refusal in (label, overlaps):
        said = say(refusal)
        assert not BOTH_FORMS.search(said) and "|" not in said, said
        if language == "en":
            assert said == str(refusal)
    if language == "zh_CN":  # one form for every count, as before
        assert say(label) == f"标签 COMPANY 被 {count} 个片段使用，不能删除"
        assert say(overlaps).startswith(
            f"仍允许片段重叠：{count} 篇文档中有 {count} 个片段与同一标注员的另一片段重叠："
        )


# -- none come back ------------------------------------------------------------------------


def english_numerus_forms() -> dict[str, list[str]]:
    """Source text of each numerus string of the English catalogue: its forms."""
    forms = {}
    for message in ET.parse(EN_TS).getroot().iter("message"):
        if message.get("numerus") == "yes":
            forms[message.findtext("source")] = [f.text or "" for f in message.iter("numerusform")]
    return forms


def numerus_call(node: ast.Call) -> str | None:
    """The source text of a Qt numerus call, ``self.tr(TEXT, "", n)`` or
    ``translate(CONTEXT, TEXT, None, n)``: Qt's own plural, whose English the
    English catalogue gives in both forms."""
    name = ast.unparse(node.func).rpartition(".")[2]
    args = node.args
    if name == "tr" and len(args) == 3:
        text = args[0]
    elif name == "translate" and len(args) == 4:
        text = args[1]
    else:
        return None
    return text.value if isinstance(text, ast.Constant) and isinstance(text.value, str) else None


def both_forms_in_strings(source: str, numerus: dict[str, list[str]]) -> list[str]:
    """Lines of ``source`` whose string literals (not docstrings, not a Qt
    numerus string the English catalogue says in its forms) write a noun
    in both forms, "document(s)"."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skip.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Call) and (text := numerus_call(node)) is not None:
            forms = numerus.get(text, [])
            if len(forms) == 2 and all(f and not BOTH_FORMS.search(f) for f in forms):
                skip.update(id(a) for a in node.args)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and BOTH_FORMS.search(node.value)
        ):
            found.append((node.lineno, f"{node.lineno}: {node.value[:80]!r}"))
    return [said for _line, said in sorted(found)]


def test_no_string_writes_a_noun_in_both_forms():
    numerus = english_numerus_forms()
    found = [
        f"{path.relative_to(REPO).as_posix()}:{line}"
        for root in ("models", "desktop")
        for path in sorted((REPO / root).rglob("*.py"))
        for line in both_forms_in_strings(path.read_text(encoding="utf-8"), numerus)
    ]
    assert not found, (
        'say "{n} {n:document|documents}" in a template, counted(n, "document") in English'
        ' only, tr("%n document(s)", "", n) with its English forms (models/errors.py):\n'
        + "\n".join(found)
    )


def test_the_scan_finds_both_forms_in_a_string():
    source = (
        '"""A module that counts document(s) in its docstring."""\n'
        "def f(self, n):\n"
        '    """document(s) in a docstring are no message."""\n'
        '    print(f"imported {n} document(s)")\n'
        '    raise InvalidInput("{n} span(s) overlap", n=n)\n'
        '    self.tr("%n hit(s)", "", n)\n'
        '    self.tr("%n untranslated hit(s)", "", n)\n'
        '    return "%d process(es)" % n  # a comment with file(s) is no message\n'
    )
    numerus = {"%n hit(s)": ["%n hit", "%n hits"], "%n untranslated hit(s)": ["", ""]}
    assert [line.split(":")[0] for line in both_forms_in_strings(source, numerus)] == [
        "4",
        "5",
        "7",
        "8",
    ]


@pytest.mark.parametrize("count", [1, 2])
def test_the_history_says_a_merges_counts_in_its_language(tmp_path, corpus_dir, language, count):
    """The history window's words for a merge: "1 new document, 0 conflicts"
    in English (the catalogue's plural forms), one form in Chinese."""
    import json

    from desktop.gui.review.event_names import change_text

    a = tmp_path / "a.biaozhu"
    b = tmp_path / "b.biaozhu"
    Project.create(a, annotator="alice").close()
    with Project.create(b, annotator="carol") as other:
        for path in corpus_texts(corpus_dir, count):
            other.add_document(path.read_text(encoding="utf-8"))
    with Project.open(a, annotator="alice") as p:
        merge_project(p, b)
        event = p.history()[-1]
    assert event.action == "merge.completed"
    after = json.loads(event.after) if isinstance(event.after, str) else event.after
    said = change_text(after, event.action)
    events = after["events"]
    if language == "en":
        documents = "1 new document" if count == 1 else "2 new documents"
        assert said.endswith(f": {events} events, {documents}, 0 conflicts"), said
    else:
        assert said.endswith(f"：{events} 个事件，{count} 篇新文档，0 处冲突"), said
    assert not BOTH_FORMS.search(said)
