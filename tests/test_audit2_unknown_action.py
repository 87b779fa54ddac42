"""An event whose action this version does not know, in a project of this
version's schema, is damage or tampering (a project written by a newer
version is refused when it is opened, by its schema version): verify
reports it, naming the event and the action, instead of passing."""

from __future__ import annotations

from desktop.cli import main
from models import Project
from tests.test_verify import every_kind_of_change


def test_verify_reports_an_event_of_an_unknown_action(tmp_path, capsys):
    path = tmp_path / "p.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc = every_kind_of_change(p)
        assert p.verify().ok  # every action this version writes is known
        # chained as any event is: only its action is foreign
        with p.transaction():
            p.events.append("alice", "span.teleported", doc, "1", None, {"to": 9})
        (eid,) = [e.id for e in p.history(action="span.teleported")]
        report = p.verify()
    assert not report.ok
    said = [str(m) for m in report.problems]
    assert any(f"event {eid}" in m and "span.teleported" in m for m in said), said
    capsys.readouterr()
    assert main(["verify", str(path)]) == 1
    err = capsys.readouterr().err
    assert "span.teleported" in err and "Traceback" not in err
