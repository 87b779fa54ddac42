"""The command-line contract: exit codes, one-line errors, JSON outputs."""

from __future__ import annotations

import json
import sqlite3

from desktop.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_import_stats_history_verify(tmp_path, capsys, corpus_dir, seeds_path):
    proj = str(tmp_path / "p.biaozhu")
    assert run(capsys, "new", proj)[0] == 0
    code, out, _ = run(capsys, "import", proj, str(corpus_dir))
    assert code == 0 and "imported 5 documents" in out
    code, out, _ = run(capsys, "import", proj, str(seeds_path), "--annotator", "gold")
    # the corpus's texts already: the seeds' spans become gold's layer of each
    assert code == 0 and "added gold's layer to 5 documents already in the project" in out
    code, out, _ = run(capsys, "stats", proj, "--json")
    stats = json.loads(out)
    assert stats["documents"] == 5
    for key in ("annotations", "suggestions_pending", "by_label", "by_annotator", "by_status"):
        assert key in stats
    code, out, _ = run(capsys, "history", proj, "--json")
    events = [json.loads(line) for line in out.splitlines()]
    assert len(events) >= 5
    assert {"annotator", "time", "action", "doc"} <= set(events[0])
    code, out, _ = run(capsys, "history", proj, "--json", "--doc", "001_6931a8134f50e240")
    actions = [json.loads(x)["action"] for x in out.splitlines()]
    assert actions[0] == "doc.imported" and actions[-1] == "doc.status"
    assert set(actions[1:-1]) == {"span.added"}
    assert run(capsys, "verify", proj)[0] == 0


def test_history_csv_audit_report(tmp_path, capsys, corpus_dir):
    proj = str(tmp_path / "p.biaozhu")
    run(capsys, "new", proj)
    run(capsys, "import", proj, str(corpus_dir))
    out_csv = tmp_path / "audit.csv"
    assert run(capsys, "history", proj, "--format", "csv", "--out", str(out_csv))[0] == 0
    lines = out_csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,time,annotator,action") and len(lines) > 5


def test_errors_are_one_line_with_status_1(tmp_path, capsys):
    code, out, err = run(capsys, "stats", str(tmp_path / "missing.biaozhu"))
    assert code == 1 and err.startswith("biaozhu: error:") and err.count("\n") == 1
    junk = tmp_path / "junk.biaozhu"
    junk.write_bytes(b"\x00\x01garbage" * 50)
    code, _, err = run(capsys, "import", str(junk), str(tmp_path))
    assert code == 1 and "not a Biaozhu project" in err and "Traceback" not in err
    code, _, err = run(capsys, "import")
    assert code == 1 and err.startswith("biaozhu: error:")


def test_import_with_a_bad_file_exits_1_and_keeps_the_good(tmp_path, capsys):
    proj = str(tmp_path / "p.biaozhu")
    run(capsys, "new", proj)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.txt").write_text("好的文章。", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    code, out, err = run(capsys, "import", proj, str(tmp_path / "in"))
    assert code == 1 and "bad.txt" in err and "imported 1 document" in out


def test_verify_fails_naming_the_altered_event(tmp_path, capsys, corpus_dir):
    proj = tmp_path / "p.biaozhu"
    run(capsys, "new", str(proj))
    run(capsys, "import", str(proj), str(corpus_dir))
    conn = sqlite3.connect(proj)
    conn.executescript(
        "DROP TRIGGER events_append_only_update;UPDATE events SET after = '{}' WHERE id = 4;"
    )
    conn.close()
    code, _, err = run(capsys, "verify", str(proj))
    assert code == 1 and "event 4" in err


def test_annotator_comes_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BIAOZHU_ANNOTATOR", "carol")
    proj = str(tmp_path / "p.biaozhu")
    run(capsys, "new", proj)
    _, out, _ = run(capsys, "history", proj, "--json")
    assert {json.loads(x)["annotator"] for x in out.splitlines()} == {"carol"}


def test_history_as_of_rebuilds_the_document_at_an_earlier_event(tmp_path, capsys):
    from models import Project

    path = tmp_path / "p.biaozhu"
    text = "今年比亚迪营收18亿元。"
    with Project.create(path, annotator="alice") as project:
        doc, _ = project.add_document(text)
        ann = project.add_span(doc, 2, 5, "COMPANY")
        added = project.history(action="span.added")[-1].id
        project.relabel_span(ann.id, "POLICY")
    code, out, _ = run(capsys, "history", str(path), "--doc", doc, "--as-of", str(added), "--json")
    assert code == 0
    assert [(s["text"], s["label"]) for s in json.loads(out)["alice"]] == [("比亚迪", "COMPANY")]
    code, out, _ = run(capsys, "history", str(path), "--doc", doc, "--json")
    assert json.loads(out.splitlines()[-1])["action"] == "span.relabelled"


# -- one line, always; the help; unknown commands (subprocesses: what a shell sees) ------------

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


# A machine with no display at all (a server, a CI runner, ssh without -X).
NO_DISPLAY = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}


def biaozhu(*argv: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """``biaozhu ARGV`` in a child process, as a shell would run it; ``env``
    changes the environment (None removes a variable)."""
    environ = dict(os.environ)
    for name, value in (env or {}).items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
        env=environ,
        **kw,
    )


def test_help_shows_the_window_its_options_and_the_commands_in_order():
    result = biaozhu("--help")
    assert result.returncode == 0 and result.stderr == ""
    out = result.stdout
    for option in ("--lang", "--screenshot", "--annotator", "PROJECT", "--debug"):
        assert option in out
    listed = [
        line.split()[0]
        for line in out.splitlines()
        if line.startswith("  ") and line.split() and line.split()[0].isalpha()
    ]
    workflow = ["new", "import", "suggest", "train", "export", "history", "verify", "merge"]
    assert [c for c in listed if c in workflow] == workflow


def test_an_unknown_command_is_named_with_the_closest_ones():
    result = biaozhu("imprt", "x.biaozhu")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("biaozhu: error: unknown command 'imprt'")
    assert "import" in result.stderr
    result = biaozhu("nosuchcmd")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "unknown command 'nosuchcmd'" in result.stderr and "--help" in result.stderr


def test_a_missing_project_file_is_one_line_not_a_qt_abort(tmp_path):
    result = biaozhu(str(tmp_path / "absent.biaozhu"), env=NO_DISPLAY)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("biaozhu: error:") and "absent.biaozhu" in result.stderr


def test_without_a_display_the_window_says_so_in_one_line(tmp_path):
    proj = tmp_path / "p.biaozhu"
    assert biaozhu("new", str(proj)).returncode == 0
    result = biaozhu(str(proj), env=NO_DISPLAY)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert (
        result.stderr.startswith("biaozhu: error: no display") and "--screenshot" in result.stderr
    )


def test_a_screenshot_needs_no_display(tmp_path):
    proj = tmp_path / "p.biaozhu"
    assert biaozhu("new", str(proj)).returncode == 0
    out = tmp_path / "shot.png"
    result = biaozhu("--screenshot", str(out), str(proj), env=NO_DISPLAY)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_screenshot_never_writes_over_the_project_or_a_users_file(tmp_path):
    """`--screenshot OUT.png [PROJECT]`: with the project given as OUT (a slip
    of the argument order), the PNG was saved over the project, every edit
    gone; any other file was replaced as well. An earlier PNG still is."""
    proj = tmp_path / "p.biaozhu"
    assert biaozhu("new", str(proj)).returncode == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    for out in (proj, notes):
        result = biaozhu("--screenshot", str(out), str(proj), env=NO_DISPLAY)
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("biaozhu: error:")
    assert notes.read_text(encoding="utf-8") == "my notes"
    assert biaozhu("verify", str(proj)).returncode == 0
    shot = tmp_path / "shot.png"
    for _ in range(2):  # a second run replaces the first PNG
        assert biaozhu("--screenshot", str(shot), str(proj), env=NO_DISPLAY).returncode == 0


def test_missing_qt_libraries_are_named_instead_of_a_qt_abort(tmp_path):
    from desktop.gui.display import missing_libraries, plugin_file

    platforms = ("xcb", "wayland", "eglfs", "vnc", "linuxfb", "minimalegl", "vkkhrdisplay")
    lacking = {
        name: missing_libraries(plugin)
        for name in platforms
        if (plugin := plugin_file(name)) is not None and missing_libraries(plugin)
    }
    if not lacking:
        pytest.skip("every Qt platform plugin finds its libraries on this machine")
    name, missing = next(iter(lacking.items()))
    proj = tmp_path / "p.biaozhu"
    assert biaozhu("new", str(proj)).returncode == 0
    # a display named, so that the libraries are what stands in the way
    result = biaozhu(str(proj), env={**NO_DISPLAY, "QT_QPA_PLATFORM": name, "DISPLAY": ":987"})
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"biaozhu: error: Qt's {name} platform plugin needs")
    assert all(lib in result.stderr for lib in missing)


def test_a_failed_multi_file_import_starts_with_the_error_line(tmp_path):
    proj = tmp_path / "p.biaozhu"
    assert biaozhu("new", str(proj)).returncode == 0
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("好的文章。", encoding="utf-8")
    (folder / "bad1.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "bad2.txt").write_bytes(b"\x00\x01\x02" * 400)
    result = biaozhu("import", str(proj), str(folder))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    first, *reasons = result.stderr.splitlines()
    assert first.startswith("biaozhu: error:") and "2" in first
    assert sorted(Path(r.strip().split(":")[0]).name for r in reasons) == ["bad1.txt", "bad2.txt"]
    assert "imported 1 document" in result.stdout


def test_output_cut_short_by_head_ends_quietly(tmp_path):
    proj = tmp_path / "p.biaozhu"
    lines = [
        json.dumps({"id": f"d{n}", "text": f"第{n}篇文章，园区新增企业{n}家。"})
        for n in range(3000)
    ]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert biaozhu("new", str(proj)).returncode == 0
    assert biaozhu("import", str(proj), str(tmp_path / "docs.jsonl")).returncode == 0
    shell = f"{sys.executable} -m desktop history {proj} --json | head -n 2"
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {shell}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr == ""  # no BrokenPipeError, no "Exception ignored"


FAULT = """
import sys
from models.store.project import Project
def broken(self):
    return {}["no such key"]  # a bug in the core, as a user would meet it
Project.stats = broken
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_unexpected_error_is_one_line_naming_its_type(tmp_path):
    proj = tmp_path / "p.biaozhu"
    assert biaozhu("new", str(proj)).returncode == 0
    run_faulty = [sys.executable, "-c", FAULT, "stats", str(proj)]
    result = subprocess.run(run_faulty, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("biaozhu: error:") and "KeyError" in result.stderr
    for debug in (["--debug"], []):
        env = {**os.environ, "BIAOZHU_DEBUG": "1"} if not debug else None
        argv = [sys.executable, "-c", FAULT, *debug, "stats", str(proj)]
        result = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, env=env)
        assert result.returncode == 1 and "Traceback" in result.stderr
        assert result.stderr.splitlines()[-1].startswith("biaozhu: error:")


def test_history_csv_never_writes_over_the_project_or_a_users_file(tmp_path, capsys, corpus_dir):
    """`history --format csv --out` wrote wherever it was pointed: at the
    project itself (all work gone, the file now a CSV) or at a user's file."""
    proj = tmp_path / "p.biaozhu"
    run(capsys, "new", str(proj))
    run(capsys, "import", str(proj), str(corpus_dir))
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    for out in (proj, proj.with_name("p.biaozhu-wal"), notes):
        code, _, err = run(capsys, "history", str(proj), "--format", "csv", "--out", str(out))
        assert code == 1 and err.startswith("biaozhu: error:") and err.count("\n") == 1, err
    assert notes.read_text(encoding="utf-8") == "my notes"
    code, out, _ = run(capsys, "stats", str(proj), "--json")
    assert code == 0 and json.loads(out)["documents"] == 5
    assert run(capsys, "verify", str(proj))[0] == 0
    audit = tmp_path / "reports" / "audit.csv"  # its folder made, as an export's is
    assert run(capsys, "history", str(proj), "--format", "csv", "--out", str(audit))[0] == 0
    assert run(capsys, "history", str(proj), "--format", "csv", "--out", str(audit))[0] == 0
    assert audit.read_text(encoding="utf-8-sig").startswith("id,time,annotator,action")


def test_history_since_and_until_read_a_time_or_refuse_it(tmp_path, capsys):
    """--since compared its text with the stored UTC times as strings: a time
    with an offset (a curator in UTC+8) or a value that is no time at all
    silently selected the wrong events, or none."""
    proj = str(tmp_path / "p.biaozhu")
    run(capsys, "new", proj)
    code, out, _ = run(capsys, "history", proj, "--json")
    first = json.loads(out.splitlines()[0])["time"]  # e.g. 2026-12-05T09:28:10.280646Z
    day, clock = first[:10], first[11:19]
    hour = int(clock[:2])
    later_here = f"{day}T{(hour + 8) % 24:02d}:{clock[3:]}+08:00"  # the same instant in UTC+8
    if (hour + 8) < 24:
        code, out, _ = run(capsys, "history", proj, "--json", "--since", later_here)
        assert code == 0 and len(out.splitlines()) >= 1
    for bad in ("yesterday", "2026-13-45"):
        code, _, err = run(capsys, "history", proj, "--since", bad)
        assert code == 1 and err.startswith("biaozhu: error:") and err.count("\n") == 1, err


def test_a_folder_with_no_file_of_a_known_type_is_nothing_imported(tmp_path, capsys):
    """A folder of .md or .html articles imported nothing and said
    'imported 0 document(s) … from 0 file(s)' with exit status 0."""
    proj = tmp_path / "p.biaozhu"
    run(capsys, "new", str(proj))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text("# 比亚迪营收增长13.7%", encoding="utf-8")
    code, _, err = run(capsys, "import", str(proj), str(folder))
    assert code == 1 and err.startswith("biaozhu: error: nothing to import") and ".txt" in err
    assert err.count("\n") == 1


def test_an_import_names_the_labels_it_added_to_the_schema(tmp_path, capsys):
    """A label the project lacks joins its schema, as designed, but without a
    word: a file's typo (COMAPNY) became a label of the project unnoticed."""
    proj = tmp_path / "p.biaozhu"
    run(capsys, "new", str(proj))
    data = tmp_path / "x.jsonl"
    record = {"text": "比亚迪营收增长。", "spans": [{"start": 0, "end": 3, "label": "COMAPNY"}]}
    data.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", str(proj), str(data))
    assert code == 0 and "COMAPNY" in out and "label" in out
    code, out, _ = run(capsys, "import", str(proj), str(data))  # nothing new: no such line
    assert "COMAPNY" not in out


@pytest.mark.parametrize(
    ("colour", "hotkey", "said"),
    [
        ("rouge", "1", "colour 'rouge'"),
        ("#12345", "1", "colour '#12345'"),
        ("#f6c343", "12", "hotkey '12'"),
        ("#f6c343", "Ctrl+", "hotkey 'Ctrl+'"),
        ("#f6c343", "Hyper+1", "hotkey 'Hyper+1'"),
        ("#f6c343", "c", "share one hotkey"),  # C and c are one key in the window
    ],
)
def test_new_refuses_a_label_schema_the_window_could_not_use(
    tmp_path, capsys, colour, hotkey, said
):
    schema = tmp_path / "labels.json"
    schema.write_text(
        json.dumps(
            [
                {"name": "METRIC", "colour": colour, "hotkey": hotkey},
                {"name": "COMPANY", "colour": "#6cc6a0", "hotkey": "C"},
            ]
        ),
        encoding="utf-8",
    )
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project), "--labels", str(schema)]) != 0
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1
    assert not project.exists()


def test_new_takes_the_hotkeys_and_colours_the_window_uses(tmp_path):
    schema = tmp_path / "labels.json"
    labels = [
        {"name": "A", "colour": "#abc", "hotkey": "1"},
        {"name": "B", "colour": "#A0B1C2", "hotkey": "Ctrl+Shift+M"},
        {"name": "C", "colour": "#cccccc", "hotkey": "F5"},
        {"name": "D", "colour": "#cccccc", "hotkey": ""},
        {"name": "E", "colour": "#cccccc", "hotkey": "。"},
    ]
    schema.write_text(json.dumps(labels), encoding="utf-8")
    assert main(["new", str(tmp_path / "p.biaozhu"), "--labels", str(schema)]) == 0
    from models import Project

    with Project.open(tmp_path / "p.biaozhu") as project:
        assert [(lab.colour, lab.hotkey) for lab in project.labels()] == [
            (lab["colour"], lab["hotkey"]) for lab in labels
        ]


def test_a_project_whose_labels_predate_the_colour_check_still_takes_new_labels(
    tmp_path, monkeypatch, capsys
):
    """Projects made before colours and hotkeys were checked hold what the
    check now refuses ('red', a hotkey of two letters); importing a file
    with a new label must still add it, and a lower-case key beside an
    upper-case one must not stop the import either."""
    from models.store import project as project_module

    schema = tmp_path / "labels.json"
    schema.write_text(
        json.dumps(
            [
                {"name": "METRIC", "colour": "red", "hotkey": "mm"},
                {"name": "COMPANY", "colour": "#6cc6a0", "hotkey": "1"},
            ]
        ),
        encoding="utf-8",
    )
    project = tmp_path / "p.biaozhu"
    with monkeypatch.context() as older:  # the checks as an older version had them
        older.setattr(project_module, "check_colour", lambda label: None)
        older.setattr(project_module, "hotkey_key", lambda label: label.hotkey)
        assert main(["new", str(project), "--labels", str(schema)]) == 0
    source = tmp_path / "in.jsonl"
    text = "比亚迪发布“双碳”行动方案。"
    span = {"start": 5, "end": 13, "label": "POLICY"}
    source.write_text(json.dumps({"text": text, "spans": [span]}, ensure_ascii=False) + "\n")
    capsys.readouterr()
    assert main(["import", str(project), str(source)]) == 0, capsys.readouterr().err
    from models import Project

    with Project.open(project) as opened:
        assert opened.label_names() == ["METRIC", "COMPANY", "POLICY"]
        assert [lab.colour for lab in opened.labels()][0] == "red"


def test_a_refused_line_is_named_once_with_its_file_and_line(tmp_path, capsys):
    project = tmp_path / "p.biaozhu"
    assert main(["new", str(project)]) == 0
    source = tmp_path / "x.jsonl"
    bad = {"text": "abc", "spans": [{"start": 5, "end": 9, "label": "COMPANY"}]}
    source.write_text('{"text": "fine"}\n' + json.dumps(bad) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(project), str(source)]) != 0
    err = capsys.readouterr().err
    named = [line for line in err.splitlines() if "outside its text" in line]
    assert len(named) == 1 and named[0].count(str(source)) == 1
    assert f"{source}:2" in named[0]


def _two_curators(path) -> None:
    """ann finished the first document (2 spans); bob annotated it too
    (3 spans, not done) and began the second. Suggestions: 3 on each text."""
    from models import Project, Suggestion

    texts = ["比亚迪与宁德时代签约，总投资120亿元。", "吉利集团营收超400亿元，增长8%。"]
    with Project.create(path, annotator="ann") as project:
        project.ensure_annotator("bob")
        for n, text in enumerate(texts):
            doc, _ = project.add_document(text, doc_id=f"d{n}")
            found = [("比亚迪", "COMPANY"), ("宁德时代", "COMPANY"), ("120亿元", "METRIC")]
            if n:
                found = [("吉利集团", "COMPANY"), ("超400亿元", "METRIC"), ("8%", "METRIC")]
            project.store_suggestions(
                doc,
                [
                    Suggestion(text.index(s), text.index(s) + len(s), label, s, 0.9, "t", "1", {})
                    for s, label in found
                ],
            )
        for sugg in project.suggestions("d0", "ann")[:2]:
            project.accept_suggestion(sugg.id, annotator="ann")
        project.set_status("d0", "done", annotator="ann")
        for sugg in project.suggestions("d0", "bob"):
            project.accept_suggestion(sugg.id, annotator="bob")
        project.reject_suggestion(project.suggestions("d1", "bob")[0].id, annotator="bob")


def test_stats_says_pending_per_curator_of_the_project_and_gold_as_the_gold_layers(
    tmp_path, capsys, monkeypatch
):
    """`stats` said "pending for root" (the operating-system user, who is not
    in the project) and called every annotator's spans together "gold spans".
    Pending is per annotator of the project (or for the one --annotator
    names), the gold is the gold layers, one per finished document, and each
    annotator's spans are said apart."""
    monkeypatch.delenv("BIAOZHU_ANNOTATOR", raising=False)
    path = tmp_path / "p.biaozhu"
    _two_curators(path)
    code, out, _ = run(capsys, "stats", str(path))
    assert code == 0
    lines = out.splitlines()
    assert "gold: 1 document done, 2 spans  COMPANY 2" in lines
    # ann's third suggestion of d0 is not pending: ann marked d0 done, so it is final
    assert "suggestions: 6; pending: ann 3, bob 2" in lines
    assert "  ann (annotator): 2 spans, 1 document done, 3 suggestions pending" in lines
    assert "  bob (annotator): 3 spans, 0 documents done, 2 suggestions pending" in lines
    assert not any(line.startswith("gold spans") for line in lines)

    code, out, _ = run(capsys, "stats", str(path), "--annotator", "bob")
    assert "suggestions: 6; pending for bob: 2" in out.splitlines()
    code, out, _ = run(capsys, "stats", str(path), "--annotator", "carol")
    assert "suggestions: 6; pending for carol: 6 (carol is not in this project)" in out

    code, out, _ = run(capsys, "stats", str(path), "--json", "--annotator", "bob")
    stats = json.loads(out)
    # the keys of before keep their meaning: every span, pending for the annotator
    assert stats["annotations"] == 5 and stats["by_label"] == {"COMPANY": 4, "METRIC": 1}
    assert stats["suggestions_pending"] == 2 and stats["annotator"] == "bob"
    assert stats["by_annotator"]["ann"] == {"annotations": 2, "done": 1}
    # and what a curator or reviewer means
    assert stats["gold"] == {"documents": 1, "spans": 2, "by_label": {"COMPANY": 2}}
    assert stats["pending_by_annotator"] == {"ann": 3, "bob": 2}
    assert stats["annotator_in_project"] is True
