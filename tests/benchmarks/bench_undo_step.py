"""What ``Project.undo_step`` costs a keypress's write: the window wraps each
undoable write in it (the events written are read back for the undo, and an
undo's or redo's events are marked with what they take back).

A gold span of a real article (../shared/gold/seeds.jsonl) is resized and
resized back N times, plain and inside ``undo_step`` (the second as the
undo of the first), in alternation; the figure is the median CPU time of
RUNS runs per write and the ratio of the two, measured in the same run.

Run: .venv/bin/python tests/benchmarks/bench_undo_step.py [N [RUNS]]"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import Project  # noqa: E402
from models.store.undo import UndoStep  # noqa: E402
from tests.conftest import SHARED  # noqa: E402


def run(seed: dict, n: int, marked: bool) -> float:
    with (
        tempfile.TemporaryDirectory() as folder,
        Project.create(Path(folder) / "p.biaozhu", annotator="a") as p,
    ):
        doc, _ = p.add_document(seed["text"], doc_id=seed["id"])
        s = next(x for x in seed["spans"] if x["label"] == "COMPANY")
        ann = p.add_span(doc, s["start"], s["end"], s["label"])
        started = time.process_time()
        for _ in range(n):
            if marked:
                step = UndoStep()
                with p.undo_step(step):
                    p.resize_span(ann.id, s["start"], s["end"] - 1)
                with p.undo_step(UndoStep(), undoing=[step]):
                    p.resize_span(ann.id, s["start"], s["end"])
            else:
                p.resize_span(ann.id, s["start"], s["end"] - 1)
                p.resize_span(ann.id, s["start"], s["end"])
        return time.process_time() - started


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    lines = (SHARED / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
    seed = json.loads(lines[0])
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(runs):
        for marked in (False, True):
            times[marked].append(run(seed, n, marked))
    plain, marked = statistics.median(times[False]), statistics.median(times[True])
    print(
        f"{n} resizes and their undos: {plain * 1000 / n / 2:.3f} ms CPU a write plain,"
        f" {marked * 1000 / n / 2:.3f} ms in undo_step; ratio {marked / plain:.3f}"
    )


if __name__ == "__main__":
    main()
