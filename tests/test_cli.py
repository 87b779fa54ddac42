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
    assert code == 0 and "imported 5 document(s)" in out
    code, out, _ = run(capsys, "import", proj, str(seeds_path), "--annotator", "gold")
    assert code == 0 and "skipped 5" in out
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
    assert [json.loads(x)["action"] for x in out.splitlines()] == ["doc.imported"]
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
    assert code == 1 and "bad.txt" in err and "imported 1 document(s)" in out


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
