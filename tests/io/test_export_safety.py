"""Exports never destroy and appear whole (issue 12, items 4 and 5).

Refusals: the project, its companions and backups, database names, links,
devices, a user's file or folder, an earlier export without --force, an
edited export. Kills: an export is killed before each step that changes what
is visible (a hook in the staging code), and what is left is checked against
the manifests' SHA-256s; the next export finishes or clears it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from models import Project
from models.errors import InvalidInput
from models.io.export import Selection, export_project
from models.io.export.staging import KILL_AT_ENV, KILLED_EXIT


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every file below ``folder`` (hidden ones too)."""
    return {
        p.relative_to(folder).as_posix(): sha(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(capsys, argv: list[str], folder: Path, words: str) -> None:
    before = tree(folder)
    code, _, err = run_cli(capsys, *argv)
    assert code == 1, err
    assert err.startswith("biaozhu: error:") and err.count("\n") == 1, err
    assert words in err, err
    assert tree(folder) == before  # nothing written, nothing left behind


# -- refusals ----------------------------------------------------------------------------------


def test_the_project_its_companions_and_backups_are_refused(gold_file, capsys):
    folder = gold_file.parent
    base = ["export", str(gold_file), "--format", "jsonl", "--force", "--out"]
    assert_refused(capsys, [*base, str(gold_file)], folder, "SQLite database")
    hard_link = folder / "same-project.jsonl"
    os.link(gold_file, hard_link)  # the project under another name: the same file
    assert_refused(capsys, [*base, str(hard_link)], folder, "the project itself")
    hard_link.unlink()
    for companion in ("-wal", "-shm", "-journal"):
        out = str(gold_file) + companion
        assert_refused(capsys, [*base, out], folder, "SQLite database")
    for name in ("other.db", "x.sqlite3", "y.biaozhu"):
        assert_refused(capsys, [*base, str(folder / name)], folder, "SQLite database")
    backups = folder / "gold.biaozhu.backups"
    backups.mkdir()
    assert_refused(capsys, [*base, str(backups / "b.jsonl")], folder, "backups")
    brat = ["export", str(gold_file), "--format", "brat", "--force", "--out"]
    assert_refused(capsys, [*brat, str(folder)], folder, "holds the project")


def test_a_users_file_or_folder_is_never_replaced(gold_file, tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.jsonl").write_text("my notes\n", encoding="utf-8")
    (mine / "folder").mkdir()
    (mine / "folder" / "keep.txt").write_text("keep", encoding="utf-8")
    for force in ([], ["--force"]):
        base = ["export", str(gold_file), *force]
        assert_refused(
            capsys,
            [*base, "--format", "jsonl", "--out", str(mine / "notes.jsonl")],
            mine,
            "no earlier Biaozhu export wrote it",
        )
        assert_refused(
            capsys,
            [*base, "--format", "brat", "--out", str(mine / "folder")],
            mine,
            "no Biaozhu export wrote",
        )
        assert_refused(
            capsys,
            [*base, "--format", "jsonl", "--split", "8:1:1", "--out", str(mine / "folder")],
            mine,
            "no Biaozhu export wrote",
        )
    (mine / "link.jsonl").symlink_to(mine / "notes.jsonl")
    assert_refused(
        capsys,
        ["export", str(gold_file), "--format", "jsonl", "--out", str(mine / "link.jsonl")],
        mine,
        "symbolic link",
    )


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null on this system")
def test_a_device_is_refused(gold_file, capsys):
    code, _, err = run_cli(
        capsys, "export", str(gold_file), "--format", "jsonl", "--force", "--out", "/dev/null"
    )
    assert code == 1 and "device" in err and err.count("\n") == 1
    assert Path("/dev/null").exists() and not Path("/dev/null").is_file()


def test_an_earlier_export_is_replaced_only_with_force_and_only_unedited(
    gold_file, tmp_path, capsys
):
    out = tmp_path / "exports" / "gold.jsonl"
    argv = ["export", str(gold_file), "--format", "jsonl", "--out", str(out)]
    assert run_cli(capsys, *argv)[0] == 0
    first = tree(out.parent)
    assert_refused(capsys, argv, out.parent, "--force")
    assert run_cli(capsys, *argv, "--force")[0] == 0
    assert tree(out.parent).keys() == first.keys()
    with out.open("a", encoding="utf-8") as fh:  # a curator corrects the export by hand
        fh.write('{"id": "mine", "text": "手改的。", "spans": []}\n')
    assert_refused(capsys, [*argv, "--force"], out.parent, "was changed since")


def test_a_folder_export_keeps_the_users_files(gold_file, tmp_path, capsys):
    out = tmp_path / "brat"
    argv = ["export", str(gold_file), "--format", "brat", "--out", str(out), "--force"]
    assert run_cli(capsys, *argv)[0] == 0
    ours = set(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"])
    (out / "README-mine.txt").write_text("notes on this export", encoding="utf-8")
    (out / "sub").mkdir()
    (out / "sub" / "draft.ann").write_text("T1\tX 0 1\ta\n", encoding="utf-8")
    with Project.open(gold_file, annotator="gold") as project:  # a new document, then again
        doc_id, _ = project.add_document("比亚迪抚州基地投产。")
        project.add_span(doc_id, 0, 3, "COMPANY")
        project.set_status(doc_id, "done")
    assert run_cli(capsys, *argv)[0] == 0
    after = tree(out)
    assert after["README-mine.txt"] == hashlib.sha256(b"notes on this export").hexdigest()
    assert "sub/draft.ann" in after
    new = set(after) - ours - {"manifest.json", "README-mine.txt", "sub/draft.ann"}
    assert len(new) == 2  # the new document's .txt and .ann
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_exports_into_one_folder_keep_their_own_manifests(gold_file, tmp_path, capsys):
    folder = tmp_path / "exports"
    for fmt, name in (("jsonl", "gold.jsonl"), ("doccano", "doccano.jsonl"), ("conll", "g.conll")):
        code, out, err = run_cli(
            capsys, "export", str(gold_file), "--format", fmt, "--out", str(folder / name)
        )
        assert code == 0, err
        assert f"manifest: {folder / (name + '.manifest.json')}" in out
    manifests = sorted(folder.glob("*.manifest.json"))
    assert len(manifests) == 3
    for manifest in manifests:
        listed = json.loads(manifest.read_text(encoding="utf-8"))["files"]
        for name, entry in listed.items():
            assert sha(folder / name) == entry["sha256"]


def test_a_refused_or_failed_export_leaves_no_folder_it_made(gold, tmp_path):
    deep = tmp_path / "a" / "b" / "x.jsonl"
    with pytest.raises(InvalidInput, match="does not apply"):
        export_project(gold, "jsonl", deep, options={"segmenter": "jieba"})
    with pytest.raises(InvalidInput, match="nothing to export"):
        export_project(gold, "jsonl", deep, selection=Selection("annotator", "nobody"))
    assert not (tmp_path / "a").exists()


# -- kills ------------------------------------------------------------------------------------


def export_in_child(project: Path, argv: list[str], kill_at: int | None) -> int:
    """``biaozhu export`` in a forked process, killed (os._exit) before step
    ``kill_at`` by the staging code's hook; its exit status."""
    pid = os.fork()
    if pid == 0:  # the child: run the command, never return into pytest
        code = 99
        try:
            if kill_at is not None:
                os.environ[KILL_AT_ENV] = str(kill_at)
            else:
                os.environ.pop(KILL_AT_ENV, None)
            sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
            code = main(["export", str(project), *argv])
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, KILLED_EXIT), code
    return code


def manifests_hold(folder: Path) -> None:
    """Every manifest in ``folder`` (and below) describes the files beside it exactly."""
    for manifest in folder.rglob("*manifest.json"):
        if any(part.startswith(".") for part in manifest.relative_to(folder).parts):
            continue  # a hidden, staged copy: not what anyone sees
        data = json.loads(manifest.read_text(encoding="utf-8"))
        for name, entry in data["files"].items():
            assert sha(manifest.parent / name) == entry["sha256"], (manifest, name)


def change_the_gold(project_path: Path) -> None:
    with Project.open(project_path, annotator="gold") as project:
        doc_id, _ = project.add_document("比亚迪抚州基地投产，营收超400亿元。")
        project.add_span(doc_id, 0, 3, "COMPANY")
        project.add_span(doc_id, 12, 18, "METRIC")
        project.set_status(doc_id, "done")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills are injected in a forked process")
@pytest.mark.parametrize(
    "argv",
    [
        ["--format", "jsonl", "--out", "{out}/gold.jsonl"],
        ["--format", "label-studio", "--out", "{out}/tasks.json"],
        ["--format", "brat", "--out", "{out}/brat"],
        ["--format", "jsonl", "--split", "2:1", "--out", "{out}/split"],
    ],
    ids=["file", "file+sidecar", "folder", "split"],
)
def test_a_kill_between_any_two_steps_leaves_the_old_export_or_the_new(gold_file, tmp_path, argv):
    out = tmp_path / "out"
    out.mkdir()
    argv = [a.replace("{out}", str(out)) for a in argv] + ["--force"]
    assert export_in_child(gold_file, argv, None) == 0
    (out / "mine.txt").write_text("mine", encoding="utf-8")
    inside = next((p for p in out.iterdir() if p.is_dir()), None)
    if inside is not None:  # a user's file inside a folder export too
        (inside / "mine.txt").write_text("mine too", encoding="utf-8")
    saved = tmp_path / "saved"
    shutil.copytree(out, saved, symlinks=True)
    old = data_of(out)
    change_the_gold(gold_file)
    assert export_in_child(gold_file, argv, None) == 0
    new = data_of(out)
    assert new != old
    step = 0
    while True:
        step += 1
        shutil.rmtree(out)
        shutil.copytree(saved, out, symlinks=True)
        code = export_in_child(gold_file, argv, step)
        manifests_hold(out)  # never data beside a manifest that does not describe it
        now = data_of(out)
        assert now in (old, new), f"neither the old export nor the new after step {step}"
        if code == 0:
            break
        assert export_in_child(gold_file, argv, None) == 0  # the next run finishes or clears
        assert not list(out.rglob(".*")), f"hidden leftovers after step {step}"
        manifests_hold(out)
        assert data_of(out) == new
    assert step > 3  # the hook stopped the runs before the last


def data_of(folder: Path) -> dict[str, str]:
    """The visible files and their hashes, manifests left out (they hold a time)."""
    return {
        k: v
        for k, v in tree(folder).items()
        if not any(p.startswith(".") for p in k.split("/")) and "manifest" not in k
    }


def test_what_an_export_killed_while_writing_left_goes_with_the_next(gold_file, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".gold.jsonl.part-0badc0de").write_text("half a line", encoding="utf-8")
    (out / ".gold.jsonl.manifest.json.part-0badc0de").write_text("{", encoding="utf-8")
    staged = out / ".brat.part-0badc0de"
    staged.mkdir()
    (staged / "x.ann").write_text("T1", encoding="utf-8")
    (out / ".mine.part-0badc0de").write_text("not ours: another name", encoding="utf-8")
    for fmt, name in (("jsonl", "gold.jsonl"), ("brat", "brat")):
        code, _, err = run_cli(
            capsys, "export", str(gold_file), "--format", fmt, "--out", str(out / name)
        )
        assert code == 0, err
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [
        ".mine.part-0badc0de"
    ]


def test_a_folder_of_exports_imports_without_their_manifests(gold_file, tmp_path, capsys):
    folder = tmp_path / "exports"
    for fmt, name in (("jsonl", "a.jsonl"), ("label-studio", "b.json")):
        assert (
            run_cli(capsys, "export", str(gold_file), "--format", fmt, "--out", str(folder / name))[
                0
            ]
            == 0
        )
    new = tmp_path / "new.biaozhu"
    assert run_cli(capsys, "new", str(new))[0] == 0
    code, out, err = run_cli(capsys, "import", str(new), str(folder))
    assert code == 0, err  # the manifests and the labelling config are not taken for data


def test_a_folder_of_many_files_is_flushed_and_shown_whole(project, tmp_path):
    for i in range(40):  # 80 files and more: flushed with one syncfs where there is one
        doc_id, _ = project.add_document(f"第{i}篇：比亚迪投资{i}亿元。")
        project.add_span(doc_id, 4, 7, "COMPANY")
        project.set_status(doc_id, "done")
    out = tmp_path / "brat"
    report = export_project(project, "brat", out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["files"]) == 82 and report.spans == 40
    manifests_hold(tmp_path)
