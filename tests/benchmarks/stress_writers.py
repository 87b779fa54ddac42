"""Many writers and kills: nothing committed is ever lost.

A project of real articles (``../shared/gold/news-train.jsonl`` with its gold
and the five texts of ``../shared/corpus``, suggested; never news-dev), then
ROUNDS rounds. In each, several processes start at once on the one file, each
doing what a user does through the real paths:

- two curation windows (``window`` below: the window's own ``AppContext``,
  ``ProjectHost`` store thread and ``AnnotationController``, without widgets,
  offscreen), each its own annotator, pressing the loop's keys at random:
  accept, reject, accept as another label, correct a boundary, a new span,
  delete, relabel, resize, undo, redo, mark done (twice when suggestions are
  pending) and reopen, next document;
- ``biaozhu import`` of new articles then ``suggest --project``, in a loop;
- ``biaozhu train`` (two folds);
- ``biaozhu merge`` of a copy of the project edited as another laptop's
  annotator (the copy made with SQLite's backup API before the round);
- ``export``, ``verify``, ``history``, ``stats``, in a loop.

Each writer logs to a file of its own (never the project), one JSON line per
action, written only once its commit has returned: a window's once the host
reports the write done (the moment the status bar says it is saved), with
the history events the write made; a command's once it exited 0. At seeded
random moments one or more of the processes running is killed with SIGKILL
(a killed window is started again as a new session).

After each round: ``biaozhu verify`` says ok; every logged action is in the
store (its history event, with its action, document and annotator, and,
where it is the last event on its span, suggestion or status, the state it
left: the span, the decision, the status); every logged import's documents
and train's model are there; no process that was not killed wrote "database
is locked" or a traceback, or failed; and ``stats --json`` adds up to the
rows of the file. The longest a window's key waited for its write (key to
"saved") is printed per round, with the commands running meanwhile.

Run: .venv/bin/python tests/benchmarks/stress_writers.py [--rounds N]
     [--seed S] [--seconds T] [--kills K] [--keep DIR]

The file itself is only ever opened by SQLite (the harness reads it with
``sqlite3`` and the ``biaozhu`` commands)."""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
TRAIN = SHARED / "gold" / "news-train.jsonl"
CORPUS = SHARED / "corpus"
BIAOZHU = [sys.executable, "-m", "desktop"]

# a window's keys: one every KEY_MS, as a quick curator presses them
KEY_MS = 40
LABELS = ("METRIC", "COMPANY", "POLICY")
SURFACED = ("database is locked", "Traceback", "database disk image is malformed")


# -- how long each process holds the write lock ---------------------------------------
def record_holds(log_path: str, name: str, at_least_s: float = 0.05, what=None) -> None:
    """Note in ``log_path`` each write transaction of this process that held
    the write lock ``at_least_s`` or longer (from its BEGIN IMMEDIATE taken to
    the lock let go), calling the store's own methods through."""
    from models.store.connection import Transactions

    begin, let_go = Transactions.begin, Transactions._let_lock_go
    taken: dict[int, float] = {}

    def timed_begin(self) -> None:
        begin(self)
        taken[id(self)] = time.monotonic()

    def timed_let_go(self) -> None:
        started = taken.pop(id(self), None)
        let_go(self)
        if started is not None and time.monotonic() - started >= at_least_s:
            held = time.monotonic() - started
            record = {"hold": round(held, 4), "by": name, "t": time.time()}
            if what is not None:
                record["what"] = what()
            log_line(Path(log_path), record)

    Transactions.begin, Transactions._let_lock_go = timed_begin, timed_let_go


def cli_main(holds: str, name: str, argv: list[str]) -> int:
    """``biaozhu ARGV`` with its lock holds noted in ``holds``."""
    record_holds(holds, name)
    from desktop.cli import main as biaozhu

    return biaozhu(argv)


# -- the window, in a child process ------------------------------------------------
def window_main(path: str, annotator: str, log_path: str, seed: int, seconds: float) -> int:
    """A curation window as ``annotator`` pressing keys for ``seconds``, then
    closing once every write is saved. Logs one line per write saved."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer

    from desktop.gui import commands as cmd
    from desktop.gui.context import AppContext
    from desktop.gui.controller import AnnotationController
    from desktop.gui.launch import make_app
    from desktop.gui.settings import Settings

    rng = random.Random(seed)
    app = make_app(["stress"])
    settings_dir = Path(log_path).with_suffix(".settings")
    settings_dir.mkdir(exist_ok=True)
    settings = Settings(QSettings(str(settings_dir / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(settings, None, annotator, remember_projects=False)
    ctx.open_project(path)

    def running() -> str:
        op = ctx.host._running  # the write on the store thread now
        return getattr(op, "title", "") or getattr(getattr(op, "fn", None), "__qualname__", "")

    record_holds(str(Path(log_path).with_suffix(".holds")), f"window:{annotator}", what=running)
    controller = AnnotationController(ctx)
    # as the window does once it is up (MainWindow._warm_up_words): the word
    # list, then what a METRIC's boundary move reads, in the background
    from models import words
    from models.suggest import attributes

    ctx.tasks.run(
        lambda _progress: words.warm_up(),
        show_progress=False,
        on_done=lambda _r: ctx.tasks.run(
            lambda _progress: attributes.warm_up(), show_progress=False
        ),
    )
    # how long each write of the store thread waited for the write lock (its
    # BEGIN IMMEDIATE), measured around the window's own call
    lock_waits: list[float] = []
    tx = ctx.host._writer.transaction
    begin = tx.begin

    def timed_begin() -> None:
        started = time.monotonic()
        try:
            begin()
        finally:
            lock_waits.append(time.monotonic() - started)

    tx.begin = timed_begin
    logged: set[int] = set()
    # id(command) -> (what, when the key was pressed, the command)
    pressed: dict[int, tuple[str, float, object]] = {}
    state = {"stopping": False, "failed": False}
    last_saved = [0.0]
    docs = controller.project.document_ids()

    def write(record: dict) -> None:
        log_line(Path(log_path), record)  # the writer's own log, never the project

    def saved(_changes, initiator) -> None:
        """A write of the window done: the events a key's command wrote are logged."""
        if isinstance(initiator, cmd.EditCommand):
            log_command(initiator, empty_too=False)

    def all_saved(pending: int) -> None:
        """Nothing queued ("All changes saved"): every key's write has run, so
        one that left no event in the history is logged as such (a problem)."""
        if pending == 0:
            # looked at once the host is done reporting: a refused write counts
            # down before it says it failed (which drops its key: said unsaved)
            QTimer.singleShot(0, saved_all)

    def saved_all() -> None:
        if ctx.host.pending == 0 and ctx.host.failure is None:
            for command in [entry[2] for entry in pressed.values()]:
                log_command(command, empty_too=True)

    def log_command(command, *, empty_too: bool) -> None:
        events = [e for step in command.steps for e in step.events if e.id not in logged]
        if not events and not empty_too:
            return  # not written yet, or a background write behind it (offers elsewhere)
        entry = pressed.pop(id(command), None)
        if entry is None and not events:
            return
        now = time.monotonic()
        what, when, _command = entry or ("?", now, None)
        # its own time: from the key, or from the window's previous write done
        # if it was queued behind it (a key waits for the lock, or for the writes before it)
        own = now - max(when, last_saved[0])
        last_saved[0] = now
        logged.update(e.id for e in events)
        lock = max(lock_waits, default=0.0)  # the writes since the last one logged
        lock_waits.clear()
        write(
            {
                "kind": what,
                "annotator": annotator,
                "events": [[e.id, e.action, e.doc_id] for e in events],
                "wait": round(now - when, 4),
                "own": round(own, 4),
                "lock": round(lock, 4),
                "t": time.time(),
            }
        )

    def failed(failure) -> None:
        """As the window does: the view shows the file as it is; after a
        failure of the file itself, Retry until it can write again."""
        write(
            {
                "kind": "refused",
                "what": failure.what,
                "reason": failure.reason,
                "io": failure.io,
                "meanwhile": failure.meanwhile,
                "t": time.time(),
            }
        )
        pressed.clear()  # the refused write and those queued behind it: said unsaved
        controller.write_failed()
        if failure.io:
            state["failed"] = True

            def retried(ok: bool, _reason: str) -> None:
                if ok:
                    controller.writable_again()
                    state["failed"] = False
                else:
                    QTimer.singleShot(500, lambda: ctx.host.retry(retried))

            ctx.host.retry(retried)

    ctx.host.changed.connect(saved)
    ctx.host.pendingChanged.connect(all_saved)
    ctx.host.writeFailed.connect(failed)

    def top():
        stack = controller.stack()
        return (stack, stack.index()) if stack is not None else (None, 0)

    def key() -> None:
        if state["stopping"] or state["failed"]:
            return
        stack, index = top()
        what = press()
        after, now = top()
        if what and after is not None and after is stack and now > index:
            command = after.command(now - 1)
            pressed[id(command)] = (what, time.monotonic(), command)

    def press() -> str | None:
        """One key, chosen at random as a curator would press it; what it was."""
        if controller.doc_id is None or rng.random() < 0.04:
            controller.open_document(rng.choice(docs))
            return None
        stack = controller.stack()
        r = rng.random()
        if stack is not None and stack.canUndo() and r < 0.08:
            command = stack.command(stack.index() - 1)
            stack.undo()
            pressed[id(command)] = ("undo", time.monotonic(), command)
            return None
        if stack is not None and stack.canRedo() and r < 0.12:
            command = stack.command(stack.index())
            stack.redo()
            pressed[id(command)] = ("redo", time.monotonic(), command)
            return None
        if r < 0.15:
            controller.toggle_done()
            if controller.done_question:  # asked: the second press marks it done
                controller.toggle_done()
            return "status"
        item = controller.current_item()
        if item is None or rng.random() < 0.2:
            controller.step(1)
            if controller.current_item() is None and rng.random() < 0.3:
                start = rng.randrange(max(1, len(controller.text) - 6))
                controller.add_span(start, start + rng.randint(2, 6), rng.choice(LABELS))
                return "add"
            return None
        r = rng.random()
        if item.is_pending:
            if r < 0.45:
                controller.accept()
                return "accept"
            if r < 0.75:
                controller.reject()
                return "reject"
            if r < 0.85:
                controller.apply_label(rng.choice(LABELS))
                return "accept_as"
            controller.move_boundary(rng.choice(("start", "end")), rng.choice((-1, 1)))
            return "correct"
        if item.is_gold:
            if r < 0.3:
                controller.delete()
                return "remove"
            if r < 0.6:
                controller.apply_label(rng.choice(LABELS))
                return "relabel"
            if r < 0.8:
                controller.move_boundary(rng.choice(("start", "end")), rng.choice((-1, 1)))
                return "resize"
        controller.step(1)
        return None

    def stop() -> None:
        state["stopping"] = True
        ctx.host.wait_idle(60_000)
        app.processEvents()
        ctx.close()
        app.quit()

    timer = QTimer()
    timer.setInterval(KEY_MS)
    timer.timeout.connect(key)
    timer.start()
    QTimer.singleShot(int(seconds * 1000), stop)
    write({"kind": "ready", "t": time.time()})
    return app.exec()


# -- the harness --------------------------------------------------------------------
def run(argv: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*BIAOZHU, *argv], cwd=REPO, capture_output=True, text=True, **kw)


def articles() -> list[dict]:
    return [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines() if line]


def build(path: Path, tmp: Path) -> None:
    """The project: news-train's articles as gold, the corpus texts, suggested."""
    for argv in (
        ["new", str(path)],
        ["import", str(path), str(TRAIN), "--annotator", "gold"],
        ["import", str(path), str(CORPUS), "--annotator", "curator", "--status", "todo"],
        ["suggest", "--project", str(path)],
    ):
        result = run(argv)
        if result.returncode:
            raise SystemExit(f"{argv[0]}: {result.stderr}")


def copy_project(src: Path, dst: Path) -> None:
    """A copy as SQLite's backup API makes it (another laptop's project)."""
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close(), b.close()


def edit_laptop(copy: Path, annotator: str, rng: random.Random) -> None:
    """Another laptop's work on its copy: decisions and a status, through the core."""
    from models import Project
    from models.store import bulk

    with Project.open(copy, annotator=annotator) as project:
        project.ensure_annotator(annotator)
        docs = project.document_ids()
        for doc in rng.sample(docs, 3):
            spans = bulk.read_document_spans(project, doc, annotator)
            pending = [s for s in spans.suggestions if s.status == "pending"][:6]
            for s in pending:
                with project.transaction():
                    if rng.random() < 0.6:
                        project.accept_suggestion(s.id, None, annotator=annotator)
                    else:
                        project.reject_suggestion(s.id, annotator=annotator)
                    bulk.mark_begun(project, doc, annotator)


def import_file(tmp: Path, rnd: int, n: int, rng: random.Random) -> Path:
    """A JSONL of three news-train articles, each a reprint of its own (a
    line added), so every import brings documents new to the project."""
    rows = rng.sample(articles(), 3)
    path = tmp / f"import-r{rnd}-{n}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, row in enumerate(rows):
            note = f"\n（本文第{rnd}轮第{n}次转载，编号{i}。）"
            out.write(
                json.dumps(
                    {
                        "id": f"r{rnd}-{n}-{i}-{row['id']}",
                        "text": row["text"] + note,
                        "spans": row.get("spans", []),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return path


@dataclass
class Proc:
    """A process of the round: a window or a command."""

    name: str
    argv: list[str]
    log: Path
    proc: subprocess.Popen | None = None
    started: float = 0.0
    killed: bool = False
    out: str = ""
    err: str = ""

    def start(self, env: dict) -> None:
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            self.argv,
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            os.kill(self.proc.pid, signal.SIGKILL)
            self.killed = True

    def finish(self, timeout: float = 300) -> int:
        self.out, self.err = self.proc.communicate(timeout=timeout)
        return self.proc.returncode


@dataclass
class Round:
    number: int
    seed: int
    kills: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    actions: int = 0
    commands: int = 0
    refused: list[str] = field(default_factory=list)
    worst_wait: float = 0.0
    worst_wait_during: str = ""
    worst_lock: float = 0.0
    worst_lock_at: float = 0.0
    running: list[tuple[float, float, str]] = field(default_factory=list)


def log_line(path: Path, record: dict) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


class Stream(threading.Thread):
    """One command line user: commands one after another until the round
    ends, each logged once it exited 0; a killed one is noted and the next
    starts."""

    def __init__(self, name, make, env, log, rnd: Round, live: list, lock, until):
        super().__init__(daemon=True)
        self.name_, self.make, self.env, self.log = name, make, env, log
        self.rnd, self.live, self.lock, self.until = rnd, live, lock, until

    def run(self) -> None:
        n = 0
        while time.monotonic() < self.until:
            kind, argv, facts = self.make(n)
            n += 1
            p = Proc(f"{self.name_}:{kind}", argv, self.log)
            p.start(self.env)
            with self.lock:
                self.live.append(p)
            code = p.finish()
            with self.lock:
                self.live.remove(p)
                self.rnd.running.append((p.started, time.monotonic(), kind))
            self.rnd.commands += 1
            if p.killed:
                continue
            for word in SURFACED:
                if word in p.err or word in p.out:
                    self.rnd.problems.append(f"{kind} surfaced {word!r}: {p.err.strip()[-400:]}")
            if code:
                self.rnd.problems.append(f"{kind} failed ({code}): {p.err.strip()[-400:]}")
                continue
            record = {"kind": kind, "t": time.time(), **facts}
            if kind == "train":
                try:
                    record["version"] = json.loads(p.out)["version"]
                except (ValueError, KeyError):
                    self.rnd.problems.append(f"train printed no version: {p.out[:200]}")
            log_line(self.log, record)


def environment(tmp: Path) -> dict:
    """The writers' environment: offscreen, settings and data under ``tmp``."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp / "cfg"),
        XDG_DATA_HOME=str(tmp / "data"),
        BIAOZHU_ANNOTATOR="cli",
    )


def window_argv(path: Path, who: str, log: Path, seed: int, seconds: float) -> list[str]:
    """A window process as ``who``, logging to ``log``, for ``seconds``."""
    return [
        sys.executable,
        __file__,
        "window",
        str(path),
        who,
        str(log),
        str(seed),
        f"{seconds:.1f}",
    ]


def play_round(path: Path, tmp: Path, rnd: Round, seconds: float, kills: int) -> None:
    rng = random.Random(rnd.seed)
    env = environment(tmp)
    logs = tmp / f"logs-r{rnd.number}"
    logs.mkdir()
    laptop = tmp / f"laptop-r{rnd.number}.biaozhu"
    copy_project(path, laptop)
    edit_laptop(laptop, f"laptop{rnd.number}", rng)
    until = time.monotonic() + seconds
    live: list[Proc] = []
    lock = threading.Lock()
    p = str(path)

    def cli(*argv: str) -> list[str]:
        """``biaozhu ARGV`` noting its lock holds in the round's logs."""
        return [sys.executable, __file__, "cli", str(logs / "cli.holds"), argv[0], *argv]

    def importer(n):
        if n % 2 == 0:
            f = import_file(tmp, rnd.number, n, rng)
            ids = [json.loads(line)["id"] for line in f.read_text(encoding="utf-8").splitlines()]
            return "import", cli("import", p, str(f), "--annotator", "gold"), {"docs": ids}
        return "suggest", cli("suggest", "--project", p), {}

    def trainer(n):
        return "train", cli("train", p, "--annotator", "gold", "--folds", "2", "--json"), {}

    def merger(n):
        if n == 0:
            return "merge", cli("merge", p, str(laptop)), {"laptop": laptop.name}
        return "history", cli("history", p, "--json"), {}

    def reader(n):
        kind = ("export", "verify", "history", "stats")[n % 4]
        argv = {
            "export": ["export", p, "--format", "jsonl", "--out", str(tmp / f"ex{rnd.number}-{n}")],
            "verify": ["verify", p],
            "history": ["history", p, "--action", "span.added"],
            "stats": ["stats", p, "--json"],
        }[kind]
        return kind, cli(*argv), {}

    streams = [
        Stream(name, make, env, logs / f"{name}.jsonl", rnd, live, lock, until)
        for name, make in (
            ("importer", importer),
            ("trainer", trainer),
            ("merger", merger),
            ("reader", reader),
        )
    ]
    windows: dict[str, Proc] = {}
    sessions = {"ann1": 0, "ann2": 0}

    def start_window(who: str) -> None:
        sessions[who] += 1
        left = max(1.0, until - time.monotonic())
        log = logs / f"{who}-{sessions[who]}.jsonl"
        w = Proc(f"window:{who}", window_argv(path, who, log, rng.randrange(1 << 30), left), log)
        w.start(env)
        with lock:
            live.append(w)
        windows[f"{who}-{sessions[who]}"] = w

    for who in sessions:
        start_window(who)
    for s in streams:
        s.start()
    # the kills, at seeded moments of the round
    moments = sorted(rng.uniform(1.5, seconds - 1.0) for _ in range(kills))
    t0 = time.monotonic()
    for moment in moments:
        time.sleep(max(0.0, t0 + moment - time.monotonic()))
        with lock:
            candidates = [x for x in live if x.alive()]
        if not candidates:
            continue
        for victim in rng.sample(candidates, min(len(candidates), rng.choice((1, 1, 2)))):
            victim.kill()
            rnd.kills.append(f"{victim.name}@{moment:.1f}s")
            if victim.name.startswith("window:") and until - time.monotonic() > 3:
                start_window(victim.name.split(":")[1])
    for s in streams:
        s.join()
    for name, w in windows.items():
        code = w.finish(timeout=120)
        with lock:
            if w in live:
                live.remove(w)
        if w.killed:
            continue
        for word in SURFACED:
            if word in w.err:
                rnd.problems.append(f"window {name} surfaced {word!r}: {w.err.strip()[-400:]}")
        if code:
            rnd.problems.append(f"window {name} exited {code}: {w.err.strip()[-400:]}")
    check_round(path, logs, rnd, env)


# -- the checks -----------------------------------------------------------------------
def check_round(path: Path, logs: Path, rnd: Round, env: dict) -> None:
    verify = run(["verify", str(path)], env=env)
    if verify.returncode or not verify.stdout.startswith("ok"):
        rnd.problems.append(f"verify: {verify.stdout.strip()[:300]} {verify.stderr.strip()[:300]}")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        check_logs(conn, logs, rnd)
        check_counts(conn, path, rnd, env)
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            rnd.problems.append("integrity_check is not ok")
    finally:
        conn.close()


def subject_keys(action, annotator, doc, target, before, after) -> list[tuple]:
    """What an event is about, as the undo code names it (``undo.subjects``):
    a span (its id), a suggestion's decision (per annotator), a status."""
    from models.store.undo import subjects

    if action == "doc.status":
        return [("status", annotator, doc)]
    out = []
    for kind, key in subjects(action, target, before, after):
        if kind == "span":
            out.append(("span", key))
        elif kind == "suggestion" and action != "span.removed":
            out.append(("suggestion", annotator, key))
    return out


def load(text):
    return json.loads(text) if text else None


def latest_on(conn: sqlite3.Connection) -> dict[tuple, int]:
    """The last event on each span, suggestion decision and status."""
    latest: dict[tuple, int] = {}
    for eid, action, annotator, doc, target, before, after in conn.execute(
        "SELECT id, action, annotator, doc_id, target, before, after FROM events ORDER BY id"
    ):
        if action.startswith(("span.", "suggestion.")) or action == "doc.status":
            for key in subject_keys(action, annotator, doc, target, load(before), load(after)):
                latest[key] = eid
    return latest


def check_logs(conn: sqlite3.Connection, logs: Path, rnd: Round) -> None:
    latest = latest_on(conn)
    for log in sorted(logs.glob("*.jsonl")):
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line a kill cut short was never a logged action
            kind = record["kind"]
            if kind in ("ready",):
                continue
            if kind == "refused":
                rnd.refused.append(record["reason"])
                if not record.get("reason") or any(w in record["reason"] for w in SURFACED):
                    rnd.problems.append(f"{log.name}: refused: {record['reason']}")
                continue
            rnd.actions += 1
            if "events" in record and not record["events"]:
                rnd.problems.append(f"{log.name}: {kind} shown saved left no event in the history")
            if "events" in record:
                if record.get("lock", 0) > rnd.worst_lock:
                    rnd.worst_lock, rnd.worst_lock_at = record["lock"], record["t"]
                if record.get("own", 0) > rnd.worst_wait:
                    rnd.worst_wait = record["own"]
                    t = record["t"]
                    rnd.worst_wait_during = f"{log.stem} {kind} at {t:.1f}"
                    rnd.worst_wait_at = t
                for eid, action, doc in record["events"]:
                    check_event(conn, latest, log.name, record, eid, action, doc, rnd)
            elif kind == "import":
                for doc in record["docs"]:
                    if not conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc,)).fetchone():
                        rnd.problems.append(f"{log.name}: imported {doc} is not in the project")
            elif kind == "train":
                if not conn.execute(
                    "SELECT 1 FROM learned_models WHERE version = ?", (record["version"],)
                ).fetchone():
                    rnd.problems.append(f"{log.name}: model {record['version']} is gone")
            elif kind == "merge":
                who = "laptop" + logs.name.split("-r")[1]
                if not conn.execute(
                    "SELECT 1 FROM events WHERE annotator = ? LIMIT 1", (who,)
                ).fetchone():
                    rnd.problems.append(f"{log.name}: nothing of {who} was merged")


def check_event(conn, latest, log, record, eid, action, doc, rnd: Round) -> None:
    """Event ``eid`` is in the history as logged, and where it is the last on
    its span, decision or status, the state is what it left."""
    row = conn.execute(
        "SELECT action, annotator, doc_id, target, before, after FROM events WHERE id = ?", (eid,)
    ).fetchone()
    if row is None or row[0] != action or row[1] != record["annotator"] or row[2] != doc:
        rnd.problems.append(f"{log}: event {eid} {action} on {doc} is lost (found {row})")
        return
    _, annotator, _, target, before, after = row
    before, after = load(before), load(after) or {}
    for key in subject_keys(action, annotator, doc, target, before, after):
        if latest.get(key) != eid:
            continue
        # the span a restore replaced stays gone (the restored one has an id of its own)
        gone = action in ("span.removed", "suggestion.undone") or (
            action == "span.restored" and key[1] == str(after.get("restored_from"))
        )
        if key[0] == "span":
            span = conn.execute(
                "SELECT start_pos, end_pos, label FROM annotations WHERE id = ?", (int(key[1]),)
            ).fetchone()
            if gone:
                if span is not None:
                    rnd.problems.append(f"{log}: span {key[1]} gone by event {eid} is back")
            elif span is None:
                rnd.problems.append(f"{log}: span {key[1]} of event {eid} ({action}) is lost")
            else:
                want = tuple(
                    after.get(k, v) for k, v in zip(("start", "end", "label"), span, strict=True)
                )
                if tuple(span) != want:
                    rnd.problems.append(f"{log}: span {key[1]} is {span}, event {eid} made {want}")
        elif key[0] == "suggestion":
            got = conn.execute(
                "SELECT decision FROM decisions WHERE suggestion_id = ? AND annotator = ?",
                (int(key[2]), annotator),
            ).fetchone()
            want = {
                "suggestion.accepted": "accepted",
                "suggestion.corrected": "corrected",
                "suggestion.rejected": "rejected",
            }.get(action, "?" if action.startswith("span.") else None)
            if want != "?" and (got[0] if got else None) != want:
                rnd.problems.append(f"{log}: suggestion {key[2]} is {got}, event {eid} {action}")
        else:
            got = conn.execute(
                "SELECT status FROM doc_status WHERE doc_id = ? AND annotator = ?",
                (doc, annotator),
            ).fetchone()
            if (got[0] if got else "todo") != after.get("status"):
                rnd.problems.append(f"{log}: {doc} is {got}, event {eid} set {after.get('status')}")


def check_counts(conn: sqlite3.Connection, path: Path, rnd: Round, env: dict) -> None:
    """``stats --json`` adds up to the file's rows."""
    stats = run(["stats", str(path), "--json"], env=env)
    if stats.returncode:
        rnd.problems.append(f"stats failed: {stats.stderr.strip()[:300]}")
        return
    got = json.loads(stats.stdout)
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    spans = conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    suggestions = conn.execute("SELECT count(*) FROM suggestions").fetchone()[0]
    for key, want in (
        ("documents", docs),
        ("annotations", spans),
        ("events", events),
        ("suggestions", suggestions),
    ):
        if got.get(key) != want:
            rnd.problems.append(f"stats: {key} {got.get(key)}, the file holds {want}")
    per = dict(conn.execute("SELECT annotator, count(*) FROM annotations GROUP BY annotator"))
    listed = {a: v.get("annotations") for a, v in got.get("by_annotator", {}).items()}
    for a, n in per.items():
        if listed.get(a) != n:
            rnd.problems.append(f"stats: {a} has {listed.get(a)} spans, the file holds {n}")
    if sum(got.get("by_status", {}).values()) != docs:
        rnd.problems.append(f"stats: statuses {got.get('by_status')} do not add up to {docs}")
    # an import killed mid-way left its file wholly in or wholly out
    per_file: dict[str, int] = {}
    for (doc,) in conn.execute("SELECT id FROM documents WHERE id GLOB 'r[0-9]*-[0-9]*-*'"):
        key = "-".join(doc.split("-")[:2])
        per_file[key] = per_file.get(key, 0) + 1
    for key, n in sorted(per_file.items()):
        if n != 3:
            rnd.problems.append(f"import {key}: {n} of its 3 documents are in the project")
    # every decision names a suggestion that is there, every span of an accept its decision
    orphans = conn.execute(
        "SELECT count(*) FROM decisions d LEFT JOIN suggestions s ON s.id = d.suggestion_id"
        " WHERE s.id IS NULL"
    ).fetchone()[0]
    if orphans:
        rnd.problems.append(f"{orphans} decisions name no suggestion")


def holds(logs: Path) -> list[dict]:
    """Every lock hold of 50 ms or more the round's processes noted."""
    out = []
    for log in sorted(logs.glob("*.holds")):
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue  # a line a kill cut short
    return out


def holders_at(found: list[dict], at: float, waited: float) -> str:
    """Who held the lock, and how long, in the ``waited`` seconds before ``at``."""
    if not at:
        return ""
    over = [h for h in found if h["t"] >= at - waited - 0.05 and h["t"] - h["hold"] <= at]
    return ", ".join(
        f"{h['by']}{' (' + h['what'] + ')' if h.get('what') else ''} {h['hold'] * 1000:.0f} ms"
        for h in over
    )


def running_at(rnd: Round, at: float, waited: float) -> str:
    """The commands that ran in the ``waited`` seconds before wall time ``at``."""
    if not at:
        return ""
    wall = time.time() - time.monotonic()  # the commands' times are monotonic
    names = {k for s, e, k in rnd.running if s + wall <= at and e + wall >= at - waited}
    return ",".join(sorted(names))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--kills", type=int, default=3, help="kill moments per round")
    parser.add_argument("--keep", help="work in this folder and leave it")
    args = parser.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="stress-"))
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "stress.biaozhu"
    build(path, tmp)
    found = 0
    worst_lock = 0.0
    all_holds: dict[str, float] = {}
    for number in range(1, args.rounds + 1):
        rnd = Round(number, args.seed * 1000 + number)
        started = time.monotonic()
        play_round(path, tmp, rnd, args.seconds, args.kills)
        at = getattr(rnd, "worst_wait_at", 0.0)
        print(
            f"seed {args.seed} round {number}: {time.monotonic() - started:5.1f} s"
            f"  actions {rnd.actions:4d}  commands {rnd.commands:3d}"
            f"  killed {len(rnd.kills)} ({' '.join(rnd.kills)})"
            f"  refused {len(rnd.refused)}  problems {len(rnd.problems)}\n"
            f"    worst key {rnd.worst_wait * 1000:6.0f} ms ({rnd.worst_wait_during};"
            f" commands running: {running_at(rnd, at, rnd.worst_wait)})"
            f"  worst lock wait {rnd.worst_lock * 1000:6.0f} ms"
            f" (commands running: {running_at(rnd, rnd.worst_lock_at, rnd.worst_lock)})",
            flush=True,
        )
        worst_lock = max(worst_lock, rnd.worst_lock)
        held = holds(tmp / f"logs-r{number}")
        longest: dict[str, float] = {}
        for h in held:
            kind = h["by"].split(":")[0] if h["by"].startswith("window") else h["by"]
            longest[kind] = max(longest.get(kind, 0.0), h["hold"])
            all_holds[kind] = max(all_holds.get(kind, 0.0), h["hold"])
        print(
            "    longest lock holds: "
            + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in sorted(longest.items()))
            + f"; held during the worst lock wait: {holders_at(held, rnd.worst_lock_at, rnd.worst_lock)}",
            flush=True,
        )
        if any("verify" in problem for problem in rnd.problems):
            # a file verify refuses would fail every round after: start again
            print("    the project is built again for the next round", flush=True)
            path = tmp / f"stress-{number}.biaozhu"  # the refused one is left as it is
            build(path, tmp)
        for reason in sorted(set(rnd.refused)):
            print(f"    refused: {reason}", flush=True)
        for problem in rnd.problems:
            print(f"    PROBLEM: {problem}", flush=True)
        found += len(rnd.problems)
    print(
        f"seed {args.seed}: {args.rounds} rounds, {found} problems,"
        f" worst lock wait of a window's write {worst_lock * 1000:.0f} ms; longest holds: "
        + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in sorted(all_holds.items()))
        + f"; work in {tmp}"
    )
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "window":
        a = sys.argv[2:]
        sys.exit(window_main(a[0], a[1], a[2], int(a[3]), float(a[4])))
    if len(sys.argv) > 1 and sys.argv[1] == "cli":
        sys.exit(cli_main(sys.argv[2], sys.argv[3], sys.argv[4:]))
    main()
