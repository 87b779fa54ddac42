"""A burst of curation edits through the core, printing each committed event's
hash; the crash test kills this process at random moments."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models import InvalidInput, Project  # noqa: E402


def main(project_path: str, seed: int, count: int) -> None:
    rng = random.Random(seed)
    project = Project.open(project_path, annotator=f"burst{seed % 3}")
    docs = project.document_ids()
    for _ in range(count):
        doc = rng.choice(docs)
        try:
            edit(project, rng, doc)
        except InvalidInput:
            continue
        last = project.history()[-1]
        print(f"committed {last.id} {last.hash}", flush=True)


def edit(project: Project, rng: random.Random, doc: str) -> None:
    pending = project.suggestions(doc, status="pending")
    gold = project.annotations(doc)
    choice = rng.random()
    if pending and choice < 0.35:
        project.accept_suggestion(rng.choice(pending).id)
    elif pending and choice < 0.5:
        project.reject_suggestion(rng.choice(pending).id)
    elif gold and choice < 0.65:
        project.relabel_span(rng.choice(gold).id, rng.choice(project.label_names()))
    elif gold and choice < 0.8:
        project.remove_span(rng.choice(gold).id)
    elif choice < 0.9:
        text = project.document_text(doc)
        start = rng.randrange(0, len(text) - 5)
        project.add_span(doc, start, start + rng.randint(1, 4), "METRIC")
    else:
        project.set_status(doc, rng.choice(["in_progress", "done", "todo"]))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
