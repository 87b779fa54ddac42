"""The agreement report computed over arrays gives the very figures the
character-by-character code it replaced gave (kept, for this comparison and
the benchmark, in tests/benchmarks/agreement_before.py): a reviewer's numbers
must not move because Review → Agreement got faster.

The project: the seed articles, three annotators whose layers differ as
people's do (boundaries shifted, spans dropped, spans added, some of them
overlapping others), a fourth with a few documents in progress, and statuses
mixed (done, in progress, todo with spans), so that pairs and alpha count
different documents."""

from __future__ import annotations

import json

from models import Project
from models.progress import Cancelled
from models.review.agreement import agreement_report, alpha_report, pair_agreement
from tests.benchmarks import agreement_before as before
from tests.test_review_fixtures import load_seeds, perturb


def careless(doc: dict, i: int) -> list[tuple[int, int, str]]:
    """Another annotator's layer: every 4th gold span dropped, every 3rd one
    character longer to the right, every 5th one character earlier, spans of
    another label inside some of them, and one span of their own over the
    start of the text (overlapping what is there)."""
    n = len(doc["text"])
    out = []
    for j, s in enumerate(sorted(doc["spans"], key=lambda s: (s["start"], s["end"]))):
        if (i + j) % 4 == 0:
            continue
        start, end = s["start"], s["end"]
        if j % 3 == 1:
            end = min(n, end + 1)
        if j % 5 == 2:
            start = max(0, start - 1)
        out.append((start, end, s["label"]))
        if end - start > 4 and j % 2 == 0:
            # a company named inside a policy or a figure: at its start (the
            # shorter span is a character's overall label) and one further in
            other = "COMPANY" if s["label"] != "COMPANY" else "METRIC"
            out += [(start, start + 2, other), (start + 1, start + 3, other)]
    out.append((0, min(n, 3 + i % 4), ("METRIC", "COMPANY", "POLICY")[i % 3]))
    text = doc["text"]
    # a span never starts or ends on white space (the store refuses it)
    return sorted({s for s in out if not text[s[0]].isspace() and not text[s[1] - 1].isspace()})


def build(path, texts: list[tuple[str, dict]]) -> None:
    """``texts``: (doc_id, seed) pairs; every layer follows the seed's gold spans."""
    project = Project.create(path, annotator="lead", allow_overlap=True)
    with project.transaction():
        for i, (doc_id, seed) in enumerate(texts):
            text = seed["text"] if doc_id == seed["id"] else f"{seed['text']}（{doc_id}）"
            project.add_document(text, doc_id=doc_id, source="test")
            layers = {
                "gold": [(s["start"], s["end"], s["label"]) for s in seed["spans"]],
                "bob": [(s["start"], s["end"], s["label"]) for s in perturb(seed)],
                "cat": careless(seed, i),
            }
            if i % 4 == 0:
                layers["dan"] = careless(seed, i + 1)[::2]
            for name, spans in layers.items():
                for start, end, label in spans:
                    project.add_span(doc_id, start, end, label, annotator=name)
            project.set_status(doc_id, "done", annotator="gold")
            # bob's layer has spans but is still todo now and then: in the pairs, not in alpha
            project.set_status(doc_id, "todo" if i % 5 == 4 else "done", annotator="bob")
            project.set_status(doc_id, "in_progress" if i % 3 == 2 else "done", annotator="cat")
            if "dan" in layers:
                project.set_status(doc_id, "in_progress", annotator="dan")
    project.close()


def seed_project(tmp_path):
    seeds = load_seeds()
    path = tmp_path / "three.biaozhu"
    build(path, [(seed["id"], seed) for seed in seeds])
    return Project.open(path, annotator="lead"), seeds


def as_json(report: dict) -> str:
    """The report as JSON, without the layers left out as adjudicated (which
    the code before did not list; these projects hold none)."""
    assert not report.get("adjudicated_left_out")
    kept = {k: v for k, v in report.items() if k != "adjudicated_left_out"}
    return json.dumps(kept, ensure_ascii=False, sort_keys=False)


def test_every_figure_of_the_report_is_what_it_was(tmp_path):
    project, seeds = seed_project(tmp_path)
    try:
        old = before.agreement_report(project)
        new = agreement_report(project)
        # the report has something to compare: four annotators, six pairs, alpha defined
        assert len(new["pairs"]) == 6
        assert new["alpha"]["overall"] is not None
        assert len(new["pairs"][0]["by_document"]) == len(seeds)
        # the very same JSON (key order too), every float to the last bit
        assert as_json(new) == as_json(old)
        # one document, as the window's scope gives it, and a subset of annotators
        doc = seeds[len(seeds) // 2]["id"]
        assert as_json(agreement_report(project, doc_ids=[doc])) == as_json(
            before.agreement_report(project, doc_ids=[doc])
        )
        assert as_json(agreement_report(project, annotators=["bob", "cat"])) == as_json(
            before.agreement_report(project, annotators=["bob", "cat"])
        )
        # the window's report: the same, less each pair's figures per document
        lean = json.loads(as_json(old))
        for pair in lean["pairs"]:
            del pair["by_document"]
        assert as_json(agreement_report(project, by_document=False)) == as_json(lean)
        assert pair_agreement(project, "cat", "dan") == before.pair_agreement(project, "cat", "dan")
        assert alpha_report(project, ["cat", "gold", "bob"]) == before.alpha_report(
            project, ["cat", "gold", "bob"]
        )
    finally:
        project.close()


class Counting:
    """Progress that records what the report said and stops it after ``stop_after``."""

    def __init__(self, stop_after: int | None = None):
        self.total = None
        self.done = 0
        self.stop_after = stop_after

    def start(self, total, what) -> None:
        self.total = total

    def advance(self, n: int = 1, note: str = "") -> None:
        self.done += n

    def cancelled(self) -> bool:
        return self.stop_after is not None and self.done >= self.stop_after

    def finish(self) -> None:
        pass


def test_progress_counts_documents_and_cancel_stops_the_report(tmp_path):
    project, seeds = seed_project(tmp_path)
    try:
        progress = Counting()
        agreement_report(project, progress=progress)
        assert progress.total == len(seeds) and progress.done == len(seeds)
        stopper = Counting(stop_after=2)
        try:
            agreement_report(project, progress=stopper)
        except Cancelled:
            pass
        else:
            raise AssertionError("a cancelled report ran to its end")
        assert stopper.done == 2
    finally:
        project.close()
