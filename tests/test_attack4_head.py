"""A head to write down, for work done through the command line alone
(attack4, 7 December 2026).

The tail of the history cut off together with the state it made (the last
30 events, their spans and the status they set, deleted with ``sqlite3``
and the guards put back), an annotator renamed in every table and event, a
span's label changed with its event and the chain recomputed: each leaves a
file consistent with itself, and ``verify`` says "ok", as the README says.
Only a head written down outside the file tells: the window's backups and
the head it remembers, export manifests, merges. A project worked through
the command line alone has no backups, and the only way to see its head was
a whole ``verify`` (6.85 s on 343,000 events). ``history --head`` prints it
at once, in verify's form, for ``verify --expect-head``.

Tried and held (tests/test_tamper.py, tests/test_verify_before.py name
them): the same rewrites with the chain left as it was, an event renumbered
past a gap (``event 1071 is missing: event 1076 follows event 1070``)."""

from __future__ import annotations

import time

from desktop.cli import main
from tests.test_tamper import delete_last_consistently, original, tampered  # noqa: F401


def test_history_head_is_verifys_head_and_catches_a_cut_tail(original, tmp_path, capsys):  # noqa: F811
    started = time.monotonic()
    assert main(["history", str(original), "--head"]) == 0
    noted = capsys.readouterr().out.strip()
    assert time.monotonic() - started < 5
    assert main(["verify", str(original)]) == 0
    assert noted in capsys.readouterr().out.splitlines()
    written = noted.removeprefix("head: ")
    path = tampered(original, tmp_path, delete_last_consistently)
    assert main(["verify", str(path)]) == 0  # consistent with itself
    capsys.readouterr()
    assert main(["verify", str(path), "--expect-head", written]) == 1
    assert "is not in this history" in capsys.readouterr().err
    assert main(["history", str(path), "--head"]) == 0
    assert capsys.readouterr().out.strip() != noted
