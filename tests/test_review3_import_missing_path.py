"""A mistyped folder on the import's command line is named as missing, not
as "unknown file type (no ending)" with a hint to give --format (review3,
7 December 2026: the ML engineer's round typed exports/hf for a folder
export that was not there)."""

from __future__ import annotations

from desktop.cli import main


def test_a_missing_folder_is_said_missing(tmp_path, capsys):
    proj = tmp_path / "p.biaozhu"
    assert main(["new", str(proj)]) == 0
    capsys.readouterr()
    code = main(["import", str(proj), str(tmp_path / "exports" / "hf")])
    err = capsys.readouterr().err
    assert code == 1
    assert "no such file or folder" in err and "--format" not in err, err
    assert len(err.strip().splitlines()) == 1
