"""The core's messages are templates the window can translate
(models/errors.py): every error raised under models/ passes a string
literal with named arguments, never an f-string or a string built at run
time; the catalogue of templates (resources/i18n/core_messages.py) is
current; each zh_CN translation keeps the template's arguments."""

from __future__ import annotations

import ast
import importlib.util
import pickle
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from models.errors import BackupRefused, InvalidInput, Message, fill

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"

# Raise sites that may pass something else than a template (path:line of the
# call, with why). Keep it short: a new entry needs a reason a reviewer accepts.
ALLOWED: dict[str, str] = {}


def i18n_tool():
    spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def offenders(root: Path) -> list[str]:
    """Calls of an error class (or Message) under ``root`` whose message is
    not a string literal template, or whose arguments do not match it."""
    tool = i18n_tool()
    found = []
    for path, call in tool.message_calls(root):
        where = f"{path.relative_to(root.parent).as_posix()}:{call.lineno}"
        if where in ALLOWED:
            continue
        passed = {k.arg for k in call.keywords if k.arg is not None}
        splat = any(k.arg is None for k in call.keywords)
        template = tool.template_of(call)
        if template is None:
            # passing another error's message on: exc.template, **exc.params
            first = call.args[-1] if call.args else None
            if isinstance(first, ast.Attribute) and first.attr == "template" and splat:
                continue
            if not call.args and not call.keywords:
                continue  # no message at all
            found.append(f"{where}: {ast.unparse(call)[:120]}")
        elif not splat and fields(template) != passed:
            found.append(f"{where}: template fields {sorted(fields(template))} != {sorted(passed)}")
        elif not passed and not splat and ("{{" in template or "}}" in template):
            found.append(f"{where}: no arguments, so braces are shown as they are: {template!r}")
    return found


def test_every_core_error_is_a_template():
    problems = offenders(REPO / "models")
    assert not problems, (
        "raise ErrorClass('text {name}', name=value), not an f-string or a string built at "
        "run time (the window translates the template; models/errors.py):\n" + "\n".join(problems)
    )


def test_the_check_finds_an_english_only_error(tmp_path):
    root = tmp_path / "models"
    root.mkdir()
    (root / "errors.py").write_text(
        "class BiaozhuError(Exception): ...\nclass InvalidInput(BiaozhuError): ...\n"
    )
    (root / "bad.py").write_text(
        "from models.errors import InvalidInput\n"
        "def f(path, n):\n"
        "    if n:\n"
        "        raise InvalidInput(f'{path}: no such file')\n"
        "    raise InvalidInput('{path}: no such file', path=path, n=n)\n"
        "def g(path):\n"
        "    raise InvalidInput('{path}: fine', path=path)\n"
    )
    problems = offenders(root)
    assert sorted(p.split(":")[1] for p in problems) == ["4", "5"]


def test_the_catalogue_of_core_messages_is_current():
    tool = i18n_tool()
    assert (I18N / "core_messages.py").read_text(encoding="utf-8") == tool.core_catalogue(), (
        "resources/i18n/core_messages.py is older than models/: run resources/i18n/update.py"
    )


def core_translations() -> list[tuple[str, str]]:
    root = ET.parse(I18N / "biaozhu_zh_CN.ts").getroot()
    out = []
    for context in root.iter("context"):
        if context.findtext("name") == "Core":
            for message in context.iter("message"):
                out.append((message.findtext("source"), message.findtext("translation") or ""))
    return out


def test_each_translation_keeps_the_arguments_of_its_template():
    pairs = core_translations()
    assert len(pairs) >= len(i18n_tool().core_templates()) - 5  # same source, once
    bad = []
    for source, chinese in pairs:
        if not chinese:
            continue  # update.py --check reports these
        if fields(chinese) != fields(source):
            bad.append(f"{source!r} -> {chinese!r}")
            continue
        if fields(source):
            values = {name: 1 for name in fields(source)}
            try:
                fill(chinese, values)  # a count's choice of word, {n:one|other}, too
            except (ValueError, KeyError, IndexError) as exc:
                bad.append(f"{chinese!r}: {exc}")
        # a file's reason is shown without its leading "{path}: " (import report)
        head = source.split(" ", 1)[0]
        if head.endswith(":") and head.startswith("{") and not chinese.startswith(head + " "):
            bad.append(f"{chinese!r} does not begin with {head!r} as its source does")
    assert not bad, "\n".join(bad)


def test_an_error_is_its_english_text_with_its_template_and_arguments():
    exc = InvalidInput("{path}: {n:,} rows (limit {limit})", path="a.csv", n=12000, limit=10)
    assert str(exc) == "a.csv: 12,000 rows (limit 10)"
    assert exc.template == "{path}: {n:,} rows (limit {limit})"
    assert exc.params == {"path": "a.csv", "n": 12000, "limit": 10}
    assert str(InvalidInput("no {braces} formatted without arguments")) == (
        "no {braces} formatted without arguments"
    )
    inner = Message("does not verify: {problem}", problem="chain broken at event 3")
    outer = BackupRefused("{name} was not restored: {refusal}", name="b.biaozhu", refusal=inner)
    assert str(outer) == "b.biaozhu was not restored: does not verify: chain broken at event 3"
    copy = pickle.loads(pickle.dumps(outer))  # a worker process's error reaches the window whole
    assert type(copy) is BackupRefused
    assert (str(copy), copy.template, str(copy.params["refusal"])) == (
        str(outer),
        outer.template,
        str(inner),
    )


@pytest.mark.parametrize("language", ["zh_CN"])
def test_every_core_template_has_a_translation(language):
    missing = [source for source, chinese in core_translations() if not chinese]
    assert not missing, f"run resources/i18n/update.py and translate: {missing[:5]}"


def test_an_import_report_keeps_the_words_of_a_failure_not_the_error(tmp_path):
    """A failed file's reason in the window's language needs the template and
    its arguments, not the exception: its traceback would keep the frames,
    and with them the file's bytes, of every failed file of a large import."""
    from models import Project
    from models.io.importers import ImportOptions, import_paths

    bad = tmp_path / "broken.jsonl"
    bad.write_text(
        '{"text": "营收18亿元", "spans": [{"start": 0, "end": 99, "label": "METRIC"}]}\n'
    )
    with Project.create(tmp_path / "p.biaozhu") as project:
        report = import_paths(project, [bad], ImportOptions())
        assert project.document_count() == 0

    def exceptions_in(message) -> list:
        found = []
        for value in message.params.values():
            if isinstance(value, BaseException):
                found.append(value)
            elif isinstance(value, Message):
                found += exceptions_in(value)
        return found

    words = report.errors[str(bad)]
    assert type(words) is Message and not exceptions_in(words)
    assert report.failures_at(str) == report.failures_at()  # the same English
    assert report.failures_at()[0] == (
        f"{bad}:1",
        "span 0: span 0..99 lies outside its text of 6 characters or is empty",
    )


# verify's problems (models/store/verify.py and what it calls for them) are
# Messages the window translates, never sentences built with an f-string or
# +. Whole modules, or only the named functions of a module that does more.
PROBLEM_SOURCES: dict[str, tuple[str, ...] | None] = {
    "models/store/verify.py": None,
    "models/store/replay.py": None,
    "models/store/triggers.py": None,
    "models/store/history.py": ("verify_chain",),
    "models/store/connection.py": ("schema_record_problem",),
    "models/search.py": ("watermark_problem", "index_problem", "_check_copy"),
}
# Functions of those whose words are not a problem: what `biaozhu verify`
# prints of a file that verifies (its summary, head, the head found, the gaps).
NOT_PROBLEMS = {"summary", "head_line", "_check_expected", "_decision_problems"}
SQL = re.compile(r"\b(SELECT|INSERT|DELETE|CREATE|DROP|PRAGMA|WHERE|FROM|AND)\b")
WORDS = re.compile(r"(?<![\w?&=])[A-Za-z]{2,}(?![\w=])")  # a word, not an identifier or a query


def sentences_built(source: str, only: tuple[str, ...] | None = None) -> list[str]:
    """Lines of ``source`` that build English words at run time (an f-string,
    or + or % with a string literal): outside SQL, in the functions ``only``
    (all when None) other than NOT_PROBLEMS."""

    def words(node: ast.AST) -> str:
        if isinstance(node, ast.JoinedStr):
            return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
            return " ".join(
                side.value
                if isinstance(side, ast.Constant) and isinstance(side.value, str)
                else words(side)
                for side in (node.left, node.right)
            )
        return ""

    found = []

    def visit(node: ast.AST, function: str | None) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        checked = function not in NOT_PROBLEMS and (only is None or function in only)
        text = words(node) if checked else ""
        if WORDS.search(text) and not SQL.search(text):
            found.append(f"{node.lineno}: {ast.unparse(node)[:100]}")
            return
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(ast.parse(source), None)
    return found


def test_verify_problems_are_messages_not_sentences_built_at_run_time():
    found = [
        f"{path}:{line}"
        for path, only in PROBLEM_SOURCES.items()
        for line in sentences_built((REPO / path).read_text(encoding="utf-8"), only)
    ]
    assert not found, (
        "a problem of verify is Message('text {name}', name=value), not an f-string: the"
        " window shows it translated (models/errors.py):\n" + "\n".join(found)
    )


def test_the_scan_finds_a_verify_problem_written_as_an_f_string():
    source = (
        "def check(conn, eid, n):\n"
        "    problems = [Message('event {eid} is broken', eid=eid)]\n"
        "    problems.append(f'event {eid} is broken')\n"
        "    problems.append('rows: ' + str(n))\n"
        "    path = str(n) + '?mode=ro&immutable=1' + f'fts_{n}'\n"
        "    conn.execute(f'SELECT id FROM events WHERE id > {n}')\n"
        "    return problems\n"
        "def summary(n):\n"
        "    return f'ok: {n} events'\n"
    )
    assert [line.split(":")[0] for line in sentences_built(source)] == ["3", "4"]
    assert sentences_built(source, ("other",)) == []
