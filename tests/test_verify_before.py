"""What an event says was there before it is what the history made.

An event that changes or removes something records it as it was (its
``before``): the history view, ``biaozhu history`` and the audit CSV show a
reviewer the change as "before → after". ``before`` is hashed, but an
attacker with ``sqlite3`` recomputes the chain after editing it (the hash is
public), and nothing else read it: a span's earlier label, an undone
decision, a status, a role, the labels, a setting, the models that
suggested, a merge conflict's origin, each rewritten so, passed ``biaozhu
verify`` while a reviewer was shown a past the history never had. Likewise
the annotator of an event that adds a span to a layer (who did it, in the
view) moved to someone else.

Each attack edits one event of a project built through the core and the
command line, recomputes the chain after it and puts the guards back, and
``biaozhu verify`` must exit 1 with one line naming the event."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from models import Label, Project
from models.domain import Span
from models.review.adjudicate import Adjudication
from models.review.compare import LABEL, LayerRef
from models.review.conflicts import conflicts, resolve_conflict
from models.review.merge import merge_project
from models.store.bulk import finish_document
from models.store.history import dumps
from models.store.triggers import GUARDS as TRIGGERS
from tests.test_tamper import rechain
from tests.test_verify import TEXT, at, every_kind_of_change, suggestion


def store_two_models(project: Project) -> tuple[str, str]:
    """Two learned models stored through the registry, the first active."""
    from models.learn.calibration import Isotonic
    from models.learn.crf import train_crf
    from models.learn.data import TrainingDoc
    from models.learn.registry import ProjectModel, store_model
    from models.learn.scorer import ScorerModel

    docs = [TrainingDoc("d1", TEXT, [Span(*at(TEXT, "比亚迪"), "COMPANY")])]
    model = ProjectModel(train_crf(docs), ScorerModel({}, Isotonic((0.0,), (0.5,))), "", ["d1"])
    first = store_model(project, model, data_hash="a" * 64, evaluation={})
    second = store_model(project, model, data_hash="b" * 64, evaluation={}, activate=False)
    return first.version, second.version


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    """A project holding every kind of event that records a ``before``
    (closed): span edits and removals, decisions and their undoing,
    statuses, a role, label changes, a setting, models activated and
    retired, a merge conflict resolved, bob's decision standing on a
    suggestion alice accepts, and a span bob adjudicated."""
    folder = tmp_path_factory.mktemp("before")
    path = folder / "a.biaozhu"
    with Project.create(path, annotator="alice") as p:
        doc = every_kind_of_change(p)
        p.store_suggestions(doc, [suggestion(TEXT, "抚州")])
        (pending,) = [s for s in p.suggestions(doc, "bob") if s.text == "抚州"]
        p.reject_suggestion(pending.id, annotator="bob")
        p.accept_suggestion(pending.id, annotator="alice")
        assert finish_document(p, doc, "bob")  # rejects what bob left pending
        first, second = store_two_models(p)
    assert main(["models", str(path), "--activate", second, "--annotator", "alice"]) == 0
    assert main(["models", str(path), "--use-bundled", "--annotator", "alice"]) == 0
    assert main(["settings", str(path), "--allow-overlap", "on", "--annotator", "alice"]) == 0
    assert main(["settings", str(path), "--allow-overlap", "off", "--annotator", "alice"]) == 0
    # a merge conflict: carol's layer of a second text differs in a copy
    with Project.open(path, annotator="carol") as p:
        other, _ = p.add_document("宁德时代宣布在匈牙利建厂。")
        p.add_span(other, 0, 4, "COMPANY")
    copy = folder / "b.biaozhu"
    shutil.copy(path, copy)
    with Project.open(copy, annotator="carol") as p:
        p.add_span(other, 7, 10, "POLICY")
    with Project.open(path, annotator="carol") as p:
        p.add_span(other, 8, 10, "COMPANY")
        assert merge_project(p, copy).conflicts
        (conflict,) = conflicts(p)
        resolve_conflict(p, conflict.id, "theirs", who="alice")
    # bob, a reviewer, takes carol's label of 宁德时代 over dave's
    with Project.open(path, annotator="dave") as p:
        p.add_span(other, 0, 4, "POLICY")
        adjudication = Adjudication(
            p, other, "bob", LayerRef.annotator("carol"), LayerRef.annotator("dave")
        )
        (label,) = [d for d in adjudication.differences if d.kind == LABEL]
        adjudication.choose(label, "left")
        report = p.verify()
        assert report.ok, report.problems
    return path


def edit_event(
    original: Path,
    tmp_path: Path,
    action: str,
    change: Callable[[dict[str, Any]], None],
    nth: int | str = 0,
) -> tuple[Path, int]:
    """A copy whose ``nth`` event of ``action`` (or the first for which the
    SQL condition ``nth`` holds) is changed by ``change`` (on its columns,
    ``before`` and ``after`` parsed), the chain recomputed and the guards put
    back, as an attacker leaves it. Returns it and the event."""
    path = tmp_path / "tampered.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    where, offset = (nth, 0) if isinstance(nth, str) else ("1", nth)
    try:
        eid, annotator, before, after = conn.execute(
            "SELECT id, annotator, before, after FROM events WHERE action = ?"
            f" AND {where} ORDER BY id LIMIT 1 OFFSET ?",
            (action, offset),
        ).fetchone()
        row = {
            "annotator": annotator,
            "before": json.loads(before) if before else None,
            "after": json.loads(after) if after else None,
        }
        change(row)
        rechain(conn)  # drops the guards
        conn.execute(
            "UPDATE events SET annotator = ?, before = ?, after = ? WHERE id = ?",
            (row["annotator"], dumps(row["before"]), dumps(row["after"]), eid),
        )
        rechain(conn)
        conn.executescript(";".join(TRIGGERS.values()))
    finally:
        conn.close()
    return path, eid


def setting(*keys: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Sets row[keys[0]][keys[1]]… to ``value``."""

    def change(row: dict[str, Any]) -> None:
        place = row
        for key in keys[:-1]:
            place = place[key]
        place[keys[-1]] = value

    return change


def drop_last_label(row: dict[str, Any]) -> None:
    row["before"] = row["before"][:-1]


def reword_label(row: dict[str, Any]) -> None:
    row["before"][0]["description"] = "a rewritten description"


ATTACKS = [
    # (name, action, nth event of it, change, the words verify must say)
    (
        "relabelled label",
        "span.relabelled",
        0,
        setting("before", "label", value="COMPANY"),
        "label 'COMPANY' in the event, 'METRIC' in the history",
    ),
    (
        "resized offsets",
        "span.resized",
        0,
        setting("before", "end", value=3),
        "end 3 in the event, 4 in the history",
    ),
    (
        "attributes",
        "span.attrs",
        0,
        setting("before", "attrs", value={"period": "2023"}),
        'attrs {"period":"2023"} in the event',
    ),
    (
        "removed span",
        "span.removed",
        0,
        setting("before", "text", value="28亿元"),
        "its record of span 3 before it differs from event",
    ),
    (
        "undone decision",
        "suggestion.undone",
        0,
        setting("before", "decision", value="rejected"),
        "decision 'rejected' in the event, 'accepted' in the history",
    ),
    (
        "undone span",
        "suggestion.undone",
        0,
        setting("before", "span", "label", value="POLICY"),
        "label 'POLICY' in the event, 'METRIC' in the history",
    ),
    (
        "undone suggestion",
        "suggestion.undone",
        0,
        setting("before", "suggestion", "score", value=0.99),
        "score 0.99 in the event, 0.8 in the history",
    ),
    # the rejection's record of the suggestion is held by the undo after it
    (
        "rejected suggestion",
        "suggestion.rejected",
        0,
        setting("before", "suggestion", "source", value="model"),
        "source 'rules' in the event, 'model' in the history",
    ),
    # bob's rejection stands on 抚州 when alice accepts it
    (
        "accepted suggestion",
        "suggestion.accepted",
        4,
        setting("after", "suggestion", "version", value="9"),
        "version '9' in the event, '1' in the history",
    ),
    (
        "status",
        "doc.status",
        0,
        setting("before", "status", value="in_progress"),
        "status 'in_progress' in the event, 'todo' in the history",
    ),
    (
        "role",
        "annotator.role",
        0,
        setting("before", "role", value="reviewer"),
        "role 'reviewer' in the event, 'annotator' in the history",
    ),
    ("labels", "labels.changed", 0, drop_last_label, "its record of the labels before it"),
    ("label description", "labels.changed", 1, reword_label, "a rewritten description"),
    (
        "setting",
        "settings.changed",
        1,
        setting("before", "allow_overlap", value="0"),
        "value '0' in the event, '1' in the history",
    ),
    (
        "activated",
        "model.activated",
        0,
        setting("before", "active", value=[]),
        "its record of the active models before it differs",
    ),
    (
        "retired",
        "model.retired",
        0,
        setting("before", "active", value=False),
        "active False in the event, True in the history",
    ),
    (
        "conflict origin",
        "merge.conflict_resolved",
        0,
        setting("before", "origin", value="elsewhere"),
        "origin 'elsewhere' in the event",
    ),
    # the removed span a restored one names, which the view follows for its past
    (
        "restored from",
        "span.restored",
        0,
        setting("after", "restored_from", value=1),
        "says it brings back span 1, which no earlier event removed",
    ),
    # who resolved a conflict, and which, as a span kept from it names them
    (
        "conflict resolver",
        "span.added",
        "json_extract(after, '$.conflict') IS NOT NULL",
        setting("after", "resolved_by", value="mallory"),
        "says mallory resolved merge conflict 1, but event",
    ),
    (
        "conflict named",
        "span.added",
        "json_extract(after, '$.conflict') IS NOT NULL",
        setting("after", "conflict", value=2),
        "takes a span of merge conflict 2 into carol's layer, but no event recorded",
    ),
    # the span and layer a reviewer took a span from, which the view follows
    (
        "adjudicated from",
        "span.added",
        "json_extract(after, '$.adjudication') IS NOT NULL",
        setting("after", "adjudication", "from_span", value=1),
        "says it takes span 1 from carol, a span no earlier event of this document wrote",
    ),
    # a rejection of alice's own, shown as one that came with marking it done
    (
        "rejected with done",
        "suggestion.rejected",
        0,
        setting("after", value={"with": "doc.done"}),
        "says it came with alice marking document",
    ),
    # who did it, as the history view shows: bob's span added as alice
    (
        "span added by another",
        "span.added",
        0,
        setting("annotator", value="alice"),
        "names alice as who made it, but the span it adds is in bob's layer",
    ),
    (
        "acceptance by another",
        "suggestion.accepted",
        0,
        setting("annotator", value="bob"),
        "names bob as who made it, but the span it adds is in alice's layer",
    ),
]


@pytest.mark.parametrize(
    "action,nth,change,named", [a[1:] for a in ATTACKS], ids=[a[0] for a in ATTACKS]
)
def test_an_edited_record_of_the_past_is_named(
    original, tmp_path, capsys, action, nth, change, named
):
    path, eid = edit_event(original, tmp_path, action, change, nth)
    assert main(["verify", str(path)]) == 1
    first = capsys.readouterr().err.splitlines()[0]  # the head follows
    assert first.startswith("biaozhu: error: event "), first
    # the edited event, or the one the edit no longer agrees with (a later undo)
    assert f"event {eid} ({action})" in first, first
    assert named in first, first


def test_the_untouched_project_verifies(original, tmp_path, capsys):
    path, _ = edit_event(original, tmp_path, "span.relabelled", lambda row: None)
    assert main(["verify", str(path)]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


def test_an_undo_of_a_decision_never_made_is_named(original, tmp_path, capsys):
    """An undo forged at the end of the history, chained correctly: a
    reviewer would read that carol accepted 932.4亿元 and took it back, while
    nothing in the history made that decision (carol never decided on it; the
    tables are unchanged, as an undo of nothing leaves them)."""
    path = tmp_path / "forged.biaozhu"
    shutil.copy(original, path)
    with Project.open(path, annotator="alice") as p:
        (pending,) = [s for s in p.suggestions(p.document_ids()[0]) if s.text == "932.4亿元"]
        record = {
            "suggestion_id": pending.id,
            "start": pending.start,
            "end": pending.end,
            "label": pending.label,
            "text": pending.text,
            "score": pending.score,
            "source": pending.source,
            "version": pending.version,
            "attrs": pending.attrs,
        }
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        from models.store.history import EventWriter

        origin = conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()[0]
        EventWriter(conn, origin).append(
            "carol",
            "suggestion.undone",
            pending.doc_id,
            None,
            {"decision": "accepted", "span": None, "suggestion": record},
        )
        conn.execute("COMMIT")
        (eid,) = conn.execute("SELECT max(id) FROM events").fetchone()
    finally:
        conn.close()
    assert main(["verify", str(path)]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert f"event {eid} (suggestion.undone): its record of the decision of carol on" in first
    assert "names what no earlier event wrote" in first, first


def test_older_projects_still_verify_with_what_they_recorded(tmp_path, capsys):
    """A project created when only the labels' names were recorded, changed
    by this version, holds a labels.changed whose before has colours the
    history never had: its names are what is held; a decision an older merge
    brought without an event, undone here, is a gap, not a problem."""
    from tests.test_verify import rewrite_events

    a = tmp_path / "a.biaozhu"
    b = tmp_path / "b.biaozhu"
    Project.create(a, annotator="alice").close()
    with Project.create(b, annotator="carol") as p:
        doc, _ = p.add_document(TEXT)
        p.store_suggestions(doc, [suggestion(TEXT, "13.7%")])
        p.reject_suggestion(p.suggestions(doc)[0].id)
    with Project.open(a, annotator="alice") as p:
        assert merge_project(p, b).decisions_added == 1

    def as_older_versions_wrote(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM events WHERE action = 'decision.merged'")
        for action, key in (("merge.completed", "decisions"), ("project.created", "label_schema")):
            (eid, after) = conn.execute(
                "SELECT id, after FROM events WHERE action = ? ORDER BY id LIMIT 1", (action,)
            ).fetchone()
            record = json.loads(after)
            del record[key]
            conn.execute("UPDATE events SET after = ? WHERE id = ?", (dumps(record), eid))

    rewrite_events(a, as_older_versions_wrote)
    with Project.open(a, annotator="alice") as p:
        (merged,) = p.suggestions(p.document_ids()[0], "carol")
        p.undo_decision(merged.id, annotator="carol")
        p.add_label(Label("PERSON", "#123456", "", "a person"))
    assert main(["verify", str(a)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("verified, except what older versions did not record"), out
    assert "1 undo of decisions a merge may have brought before merges recorded" in out


def test_when_a_model_was_trained_is_held_to_its_event(original, tmp_path, capsys):
    """biaozhu models and Suggester models… list when each model was trained,
    from its row: backdated by hand, it is named; a model whose event did
    not record the time (trained by an older version) is not held to it."""

    def backdate(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE learned_models SET created = '2020-01-01T00:00:00.000000Z'")

    path = tmp_path / "backdated.biaozhu"
    shutil.copy(original, path)
    conn = sqlite3.connect(path, isolation_level=None)
    backdate(conn)
    conn.close()
    assert main(["verify", str(path)]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert "learned_models row model-1-aaaaaaaa differs from event" in first, first
    assert "created '2020-01-01T00:00:00.000000Z' in the table" in first, first

    def as_older_versions_wrote(row: dict[str, Any]) -> None:
        del row["after"]["created"]

    older, _ = edit_event(original, tmp_path, "model.trained", as_older_versions_wrote)
    conn = sqlite3.connect(older, isolation_level=None)
    backdate(conn)
    conn.close()
    with Project.open(older) as p:
        problems = [str(m) for m in p.verify().problems]
    # the first model's event no longer says when; the second's still does
    assert not any("model-1-aaaaaaaa" in m for m in problems), problems
    assert any("row model-2-bbbbbbbb" in m and "created '2020-01-01" in m for m in problems)
