"""What a newcomer meets in the first hour on the command line: a slip of
the fingers (a mistyped option, format or label, the arguments in the wrong
order, a project name without its ending) is one line that names the fix,
exit status 1, and nothing changed in the project; and every command's
``--help`` names the same things the same way, as the README does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.cli import build_parser, main, subcommands
from models import Project

REPO = Path(__file__).resolve().parents[1]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    """The one line of a refusal, checked to be one line."""
    assert err.startswith("biaozhu: error: ") and err.count("\n") == 1, err
    return err


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "p.biaozhu"
    assert run(capsys, "new", path)[0] == 0
    return path


@pytest.fixture
def texts(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("园区新增企业12家，营收增长13.7%。", encoding="utf-8")
    (folder / "b.txt").write_text("比亚迪营业收入932.4亿元。", encoding="utf-8")
    return folder


def dump(path: Path) -> list[str]:
    """The project file's whole content, read-only: equal before and after
    a refused command when it changed nothing."""
    import sqlite3

    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# -- slips of the fingers ---------------------------------------------------------------------


def test_a_mistyped_option_is_named_with_the_closest_one(capsys, project, texts):
    code, out, err = run(capsys, "import", project, texts, "--fromat", "jsonl")
    assert code == 1 and out == ""
    line = one_error_line(err)
    assert "--fromat" in line and "did you mean --format?" in line
    code, _, err = run(capsys, "export", project, "--format", "jsonl", "--out", "x", "--slpit=8:1")
    assert code == 1 and "did you mean --split?" in one_error_line(err)
    with Project.open(project) as p:
        assert p.document_ids() == []


def test_an_unknown_import_format_is_refused_once_before_any_file_is_read(capsys, project, texts):
    before = dump(project)
    code, out, err = run(capsys, "import", project, texts, "--format", "jsnl")
    assert code == 1 and out == ""
    line = one_error_line(err)
    assert "'jsnl'" in line and "did you mean 'jsonl'?" in line
    assert dump(project) == before


def test_a_mistyped_choice_is_named_with_the_closest_one(capsys, project):
    code, _, err = run(capsys, "export", project, "--format", "jsnol", "--out", "x.jsonl")
    assert code == 1 and "did you mean 'jsonl'?" in one_error_line(err)


def test_a_missing_argument_points_at_the_commands_help(capsys, project):
    code, _, err = run(capsys, "import", project)
    line = one_error_line(err)
    assert code == 1 and "PATH" in line and "biaozhu import --help" in line


def test_one_file_that_fails_is_one_line(capsys, project, tmp_path):
    code, out, err = run(capsys, "import", project, tmp_path / "nofile.txt")
    assert code == 1 and out == ""
    assert one_error_line(err) == f"biaozhu: error: {tmp_path / 'nofile.txt'}: no such file\n"
    notes = tmp_path / "notes.md"
    notes.write_text("# notes", encoding="utf-8")
    code, out, err = run(capsys, "import", project, notes)
    line = one_error_line(err)
    assert code == 1 and out == "" and "unknown file type .md" in line
    assert "--format txt" in line  # the fix, spelled out
    with Project.open(project) as p:
        assert p.document_ids() == []


def test_an_import_where_every_file_failed_does_not_speak_of_the_others(capsys, project, tmp_path):
    paths = [tmp_path / "x.txt", tmp_path / "y.txt"]
    code, out, err = run(capsys, "import", project, *paths)
    first = err.splitlines()[0]
    assert code == 1 and "2 of 2 files failed" in first and "the others" not in first
    assert "imported 0" not in out


def test_the_project_and_the_files_swapped_is_named(capsys, project, texts):
    code, out, err = run(capsys, "import", texts, project)
    line = one_error_line(err)
    assert code == 1 and out == ""
    assert "is a folder" in line and "biaozhu import PROJECT PATH" in line
    with Project.open(project) as p:
        assert p.document_ids() == []


def test_a_missing_project_names_the_one_meant_or_how_to_make_one(capsys, project, tmp_path):
    code, _, err = run(capsys, "stats", tmp_path / "p.biazhu")
    assert code == 1 and f"did you mean {project}?" in one_error_line(err)
    code, _, err = run(capsys, "stats", tmp_path / "p")  # the ending left out
    assert code == 1 and f"did you mean {project}?" in one_error_line(err)
    code, _, err = run(capsys, "stats", tmp_path / "other.biaozhu")
    line = one_error_line(err)
    assert code == 1 and f"biaozhu new {tmp_path / 'other.biaozhu'}" in line
    assert not (tmp_path / "other.biaozhu").exists()


def test_new_in_a_folder_that_does_not_exist_says_so(capsys, tmp_path):
    path = tmp_path / "nowhere" / "p.biaozhu"
    code, _, err = run(capsys, "new", path)
    line = one_error_line(err)
    assert code == 1 and "no such folder" in line and "read-only" not in line
    assert not path.parent.exists()


def cluener_file(tmp_path: Path) -> Path:
    path = tmp_path / "cluener.jsonl"
    rows = [
        {"text": "浙商银行企业信贷部叶老桂博士", "label": {"company": {"浙商银行": [[0, 3]]}}},
        {"text": "比亚迪发布新车", "label": {"company": {"比亚迪": [[0, 2]]}}},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    return path


def test_a_label_map_into_a_near_miss_of_a_label_is_refused(capsys, project, tmp_path):
    """`--label-map company=COMPNY` made COMPNY a label of the project and its
    spans gold under it; a target that is almost a label is a typo."""
    data = cluener_file(tmp_path)
    before = dump(project)
    for typo in ("COMPNY", "company", "Company"):
        code, out, err = run(capsys, "import", project, data, "--label-map", f"company={typo}")
        line = one_error_line(err)
        assert code == 1 and out == ""
        assert f"'{typo}'" in line and "did you mean COMPANY?" in line
    assert dump(project) == before
    code, out, _ = run(capsys, "import", project, data, "--label-map", "company=COMPANY")
    assert code == 0 and "imported 2 documents with 2 spans" in out
    code, out, _ = run(capsys, "import", project, data, "--label-map", "company=ORG")
    assert code == 0  # a new name, unlike any label: a label of its own, said so


def test_history_filters_that_name_nothing_in_the_project_say_so(capsys, project, texts):
    assert run(capsys, "import", project, texts, "--annotator", "ann")[0] == 0
    for option, value, words in (
        ("--doc", "nosuch", "no document 'nosuch'"),
        ("--annotator", "an", "no event by 'an'"),
        ("--action", "span.ad", "no action 'span.ad'"),
    ):
        code, out, err = run(capsys, "history", project, option, value)
        line = one_error_line(err)
        assert code == 1 and out == "" and words in line, line
    code, _, err = run(capsys, "history", project, "--annotator", "an")
    assert "did you mean ann?" in err
    code, out, _ = run(capsys, "history", project, "--action", "doc", "--annotator", "ann")
    assert code == 0 and out.count("doc.imported") == 2


def test_agreement_for_an_annotator_the_project_lacks_says_so(capsys, project):
    code, out, err = run(capsys, "agreement", project, "--annotators", "tester,nobody")
    line = one_error_line(err)
    assert code == 1 and out == "" and "no annotator 'nobody'" in line


def test_a_queue_of_no_documents_is_refused(capsys, project):
    code, _, err = run(capsys, "queue", project, "--limit", "0")
    assert code == 1 and "--limit" in one_error_line(err)


# -- the help ---------------------------------------------------------------------------------


def command_helps() -> dict[str, str]:
    return {name: p.format_help() for name, p in subcommands(build_parser()).items()}


def test_every_command_says_what_it_does_and_what_each_argument_is():
    for name, text in command_helps().items():
        usage, _, rest = text.partition("\n\n")
        description = rest.split("\n\n")[0]
        assert not description.startswith(("positional arguments", "options")), (
            f"biaozhu {name} --help has no description"
        )
        for block in re.findall(r"positional arguments:\n((?:  .*\n?)+)", text):
            for line in block.splitlines():
                if line.startswith("  ") and not line.startswith("   "):
                    assert len(line.split()) > 1, f"biaozhu {name}: {line.strip()} is unexplained"


def test_the_same_thing_has_the_same_name_in_every_command():
    for name, text in command_helps().items():
        usage = text.split("\n\n")[0]
        assert " project" not in usage and "ANNOTATOR" not in usage, (name, usage)
        for option, metavar in (
            ("--annotator", "NAME"),
            ("--doc", "ID"),
            ("--encoding", "ENC"),
            ("--format", "FMT"),
            ("--out", None),
        ):
            for found in re.findall(rf"\[?{option} (\S+?)[\]\s]", usage):
                if metavar is not None:
                    assert found == metavar, (name, option, found)
                else:
                    assert found.isupper() or "." in found, (name, option, found)


WHO_IS_WORKING = "who is working (default: $BIAOZHU_ANNOTATOR, else the OS user)"


def readme_command_lines() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```", 2)[1]
    lines, current = [], ""
    for line in block.splitlines():
        if line.startswith("biaozhu "):
            if current:
                lines.append(current)
            current = line
        elif line.strip().startswith("[") or line.strip().startswith("--"):
            current += " " + line.strip()
    return lines + [current]


def test_every_option_the_readme_names_exists_and_every_option_is_in_the_readme():
    """The README's command list names every option (but the annotator, which
    every command that writes takes and the README gives once, below it)."""
    commands = subcommands(build_parser())
    named: dict[str, set[str]] = {}
    for line in readme_command_lines():
        words = line.split()
        command = words[1]
        if command not in commands:
            continue
        options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", line))
        named.setdefault(command, set()).update(options)
    for command, options in named.items():
        known = set(commands[command]._option_string_actions)
        assert options <= known, (command, options - known)
    for command, parser in commands.items():
        assert command in named, f"the README's command list lacks biaozhu {command}"
        mine = {
            a.option_strings[-1]
            for a in parser._actions
            if a.option_strings and a.dest != "help" and a.help != WHO_IS_WORKING
        }
        missing = {
            o
            for o in mine
            if not any(s in named[command] for s in parser._option_string_actions[o].option_strings)
        }
        assert not missing, f"the README's biaozhu {command} lacks {sorted(missing)}"


def test_the_history_shows_one_event_a_line_though_a_span_holds_a_line_break(
    capsys, project, tmp_path
):
    data = tmp_path / "x.jsonl"
    record = {
        "text": "园区企业富联精\n密扩产。",
        "spans": [{"start": 4, "end": 9, "label": "COMPANY"}],
    }
    data.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(capsys, "import", project, data)[0] == 0
    code, out, _ = run(capsys, "history", project)
    events = run(capsys, "history", project, "--json")[1].splitlines()
    assert code == 0 and len(out.splitlines()) == len(events)
    assert "富联精\\n密[4:9]COMPANY" in out


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ({"labels": ["ORG", "PER"]}, "label 1 ('ORG') is not an object with a \"name\""),
        ({"lables": [{"name": "ORG"}]}, 'no "labels" list'),
        ([{"nme": "ORG"}], "label 1 ({'nme': 'ORG'}) is not an object with a \"name\""),
        ({"labels": {"name": "ORG"}}, 'no "labels" list'),
        (None, "no such file"),
    ],
)
def test_a_label_schema_that_is_not_one_says_what_one_looks_like(capsys, tmp_path, content, said):
    schema = tmp_path / "labels.json"
    if content is not None:
        schema.write_text(json.dumps(content), encoding="utf-8")
    project = tmp_path / "p.biaozhu"
    code, _, err = run(capsys, "new", project, "--labels", schema)
    line = one_error_line(err)
    assert code == 1 and said in line and "Traceback" not in line
    if content is not None:
        assert '{"labels": [{"name": ' in line  # the shape to write
    assert not project.exists()


def test_suggest_refuses_a_file_it_would_read_as_one_text_of_markup(capsys, tmp_path):
    """`suggest table.csv` suggested over the CSV's raw text, header and
    commas included, and offsets into that; a folder was 'no such file'."""
    table = tmp_path / "t.csv"
    table.write_text("id,text\n1,园区新增企业12家。\n", encoding="utf-8")
    code, out, err = run(capsys, "suggest", table)
    line = one_error_line(err)
    assert code == 1 and out == ""
    assert "reads .txt and .jsonl" in line and "biaozhu import" in line
    code, out, err = run(capsys, "suggest", tmp_path)
    assert code == 1 and out == "" and "is a folder" in one_error_line(err)
    text = tmp_path / "a.txt"
    text.write_text("园区新增企业12家。", encoding="utf-8")
    code, out, _ = run(capsys, "suggest", text)
    assert code == 0 and json.loads(out)["spans"][0]["text"] == "12家"


def jsonl(path: Path, *docs: dict) -> Path:
    path.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    return path


def test_evaluate_refuses_predictions_that_are_not_of_the_gold(capsys, tmp_path):
    """A PRED of other documents scored 0.000 everywhere, status 0; one of
    the same ids but other texts was scored on offsets into other texts."""
    span = {"start": 6, "end": 9, "label": "METRIC"}
    gold = jsonl(
        tmp_path / "gold.jsonl", {"id": "a", "text": "园区新增企业12家。", "spans": [span]}
    )
    other = jsonl(
        tmp_path / "other.jsonl", {"id": "b", "text": "园区新增企业12家。", "spans": [span]}
    )
    code, out, err = run(capsys, "evaluate", gold, other)
    line = one_error_line(err)
    assert code == 1 and out == "" and "no document of" in line and "'a'" in line
    moved = jsonl(
        tmp_path / "moved.jsonl", {"id": "a", "text": "今年园区新增企业12家。", "spans": []}
    )
    code, out, err = run(capsys, "evaluate", gold, moved)
    line = one_error_line(err)
    assert code == 1 and out == "" and "document 'a'" in line and "another text" in line
    same = jsonl(
        tmp_path / "same.jsonl", {"id": "a", "text": "园区新增企业12家。", "spans": [span]}
    )
    code, out, _ = run(capsys, "evaluate", gold, same, "--json")
    assert code == 0 and json.loads(out)["exact"]["METRIC"]["f1"] == 1.0


def test_an_export_named_for_another_format_is_refused(capsys, project, tmp_path):
    """`--format spacy --out gold.jsonl` wrote a DocBin under a JSON-lines
    name, and `--format hf --out gold.jsonl` a folder."""
    for fmt, out, meant in (
        ("spacy", "gold.jsonl", "gold.spacy"),
        ("hf", "gold.jsonl", "gold"),
        ("spans-parquet", "spans.csv", "spans.parquet"),
        ("jsonl", "gold.json", "gold.jsonl"),
    ):
        code, _, err = run(capsys, "export", project, "--format", fmt, "--out", tmp_path / out)
        line = one_error_line(err)
        assert code == 1 and f"--out {tmp_path / meant}" in line, line
        assert not (tmp_path / out).exists()
    for fmt, out in (("doccano", "gold.jsonl"), ("spans-csv", "spans.tsv"), ("brat", "brat")):
        code, _, err = run(capsys, "export", project, "--format", fmt, "--out", tmp_path / out)
        assert code == 1 and "nothing to export" in one_error_line(err)  # the name passed


def test_the_annotator_may_come_before_the_command(capsys, project, texts):
    """`biaozhu --annotator bob import …` (the README gives --annotator as
    every command's) was refused as "invalid choice: 'bob'" for COMMAND."""
    code, _, err = run(capsys, "--annotator", "bob", "import", project, texts)
    assert code == 0, err
    code, _, err = run(capsys, "--annotator=carol", "stats", project)
    assert code == 0, err
    with Project.open(project) as p:
        assert {e.annotator for e in p.history(action="doc.imported")} == {"bob"}
    code, _, err = run(capsys, "--lang", "zh_CN", "stats", project)
    line = one_error_line(err)
    assert code == 1 and "--lang" in line and "window" in line and "invalid choice" not in line
