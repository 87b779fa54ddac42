"""Nothing committed is lost when writers are killed (the short, seeded
version of tests/benchmarks/stress_writers.py).

Two curation windows (the window's controller and store thread, offscreen,
in processes of their own) press keys on one project of real articles while
``biaozhu import`` and ``biaozhu merge`` of a laptop's copy run beside them;
one window is killed with SIGKILL once it has logged 15 saved writes, an
import is killed mid-way. Every write a window logged as saved must be in
the history and the state, ``verify`` must pass, and ``stats`` add up."""

from __future__ import annotations

import json
import random
import time

import pytest

from models import Project, Suggestion
from tests.benchmarks import stress_writers as sw
from tests.conftest import shared_path

SEED = 7


def build(path) -> None:
    """Twelve articles of news-train, their gold spans offered as suggestions
    (the suggesters are not what is tested here, and take seconds to load)."""
    lines = shared_path("gold", "news-train.jsonl").read_text(encoding="utf-8").splitlines()
    with Project.create(path, annotator="setup") as p:
        for line in lines[:12]:
            row = json.loads(line)
            doc, _ = p.add_document(row["text"], doc_id=row["id"])
            p.store_suggestions(
                doc,
                [
                    Suggestion(s["start"], s["end"], s["label"], s["text"], 0.8, "rules", "1")
                    for s in row["spans"]
                ],
            )


def wait_for_lines(log, count: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    n = 0
    while time.monotonic() < deadline:
        n = (
            sum(1 for line in log.read_text(encoding="utf-8").splitlines() if '"events"' in line)
            if log.exists()
            else 0
        )
        if n >= count:
            break
        time.sleep(0.05)
    return n


@pytest.mark.timeout(120)
def test_killed_writers_lose_nothing_committed(tmp_path):
    path = tmp_path / "stress.biaozhu"
    build(path)
    rng = random.Random(SEED)
    laptop = tmp_path / "laptop.biaozhu"
    sw.copy_project(path, laptop)
    sw.edit_laptop(laptop, "laptop1", rng)
    logs = tmp_path / "logs-r1"
    logs.mkdir()
    env = sw.environment(tmp_path)
    rnd = sw.Round(1, SEED)

    def window(who: str, seed: int, seconds: float) -> sw.Proc:
        log = logs / f"{who}-1.jsonl"
        w = sw.Proc(f"window:{who}", sw.window_argv(path, who, log, seed, seconds), log)
        w.start(env)
        return w

    first, second = window("ann1", 1, 30.0), window("ann2", 2, 4.0)
    imp = sw.import_file(tmp_path, 1, 0, rng)
    importer = sw.Proc("import", [*sw.BIAOZHU, "import", str(path), str(imp)], logs / "cli.jsonl")
    try:
        assert wait_for_lines(first.log, 15, 60) >= 15, "the first window saved too little"
        first.kill()  # mid-work: its queue may hold writes not yet saved
        importer.start(env)
        time.sleep(0.4)
        importer.kill()  # mid-import, maybe
        merge = sw.run(["merge", str(path), str(laptop)], env=env)
        assert merge.returncode == 0, merge.stderr
        sw.log_line(logs / "cli.jsonl", {"kind": "merge", "t": time.time()})
        assert second.finish(timeout=60) == 0, second.err[-400:]
        for word in sw.SURFACED:
            assert word not in second.err and word not in merge.stderr
    finally:
        for p in (first, second, importer):
            if p.proc is not None and p.alive():
                p.kill()
        for p in (first, importer):
            if p.proc is not None:
                p.finish(timeout=30)
    sw.check_round(path, logs, rnd, env)
    assert rnd.actions >= 15
    assert not rnd.problems, "\n".join(rnd.problems)
