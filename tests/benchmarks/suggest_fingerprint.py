"""The default suggester's full output over every shared text, as one file
(a plain script, not collected by pytest):

    .venv/bin/python tests/benchmarks/suggest_fingerprint.py OUT.jsonl
    .venv/bin/python tests/benchmarks/suggest_fingerprint.py OUT.jsonl --check BEFORE.jsonl
    ... --extra ../shared/data/cluener/dev.jsonl ../shared/data/cfsc/val.json
    ... --project   (a trained project's suggester instead of the bundled one)
    ... --no-dev    (without news-dev, which a helper must never read)

A speed change must not change what is suggested: write the fingerprint
before it, write it again after, and the two files must be byte-identical
(``--check`` compares them and exits 1 on the first difference). Each line is
one text (the seeds, news-train, news-dev and the five corpus articles):
every suggestion of ``default_suggester()`` (span, label, text, score,
source, version, attrs) and the probability the model gave every candidate
(rounded to 1e-9, in the order the featurizer found them), and the rules'
ensemble output (``default_ensemble()``) beside it. Only aggregate
equality is checked here; no sentence is read or printed.

``--project`` fingerprints instead the suggester a project gets once
``train`` has given it a model of its own (``project_ensemble``): a project
whose finished gold is the seed articles, trained with ``force`` as the
speed bench's ``trained_project`` is. Its own CRF proposes names and reads
every sentence, a path the bundled suggester never takes. Training is
seeded: two projects built from scratch give the same file."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the speed benchmark's project

GOLD_SETS = ("seeds.jsonl", "news-train.jsonl", "news-dev.jsonl")


def texts(no_dev: bool = False) -> list[tuple[str, str]]:
    """(name, text) of every shared text the fingerprint covers (without
    news-dev's when ``no_dev``: a helper must never read it)."""
    out = []
    for name in GOLD_SETS:
        if no_dev and name == "news-dev.jsonl":
            continue
        with (SHARED / "gold" / name).open(encoding="utf-8") as lines:
            for i, line in enumerate(lines):
                if line.strip():
                    out.append((f"{name}:{i}", json.loads(line)["text"]))
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        out.append((f"corpus/{path.name}", path.read_text(encoding="utf-8")))
    return out


def extra_texts(paths: list[Path]) -> list[tuple[str, str]]:
    """(name, text) of more texts: JSON lines or a JSON list of objects
    with a ``text`` (CLUENER, CFSC under ../shared/data)."""
    out = []
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            records = [json.loads(line) for line in raw.splitlines() if line.strip()]
        else:
            records = json.loads(raw)
        out.extend((f"{path.name}:{i}", r["text"]) for i, r in enumerate(records))
    return out


def _suggestion(s) -> list:
    return [s.start, s.end, s.label, s.text, round(s.score, 9), s.source, s.version, s.attrs]


def fingerprint_lines(extra: list[Path] = (), no_dev: bool = False) -> list[str]:
    from models.suggest.engine import default_ensemble
    from models.suggest.pipeline import SuggestPipeline, default_suggester

    model = default_suggester()
    if not isinstance(model, SuggestPipeline):
        raise SystemExit("no bundled model: run python -m models.learn.train_bundled")
    rules = default_ensemble()
    return _lines(model, "model", extra, no_dev, lambda text: {"rules": rules.suggest(text)})


def project_lines(extra: list[Path] = (), no_dev: bool = False) -> list[str]:
    """Every suggestion and candidate probability of a trained project's
    suggester (``project_ensemble``), one line per text: the project is the
    speed benchmark's (the seed articles as finished gold, trained)."""
    from bench_learn_speed import trained_project

    from models.suggest.pipeline import SuggestPipeline
    from models.suggest.project import project_ensemble

    with tempfile.TemporaryDirectory() as tmp:
        project = trained_project(Path(tmp) / "fingerprint.biaozhu")
        try:
            model = project_ensemble(project)
        finally:
            project.close()
    if not isinstance(model, SuggestPipeline):
        raise SystemExit("the trained project has no model of its own")
    return _lines(model, "project", extra, no_dev)


def _lines(
    model, key: str, extra: list[Path], no_dev: bool = False, beside=lambda _text: {}
) -> list[str]:
    """One JSON line per text: the model's suggestions under ``key``, its
    candidates' probabilities, and what ``beside`` adds (other suggesters)."""
    lines = []
    for name, text in texts(no_dev) + extra_texts(list(extra)):
        suggestions, probabilities = model.analyse(text)
        record = {
            "text": name,
            key: [_suggestion(s) for s in suggestions],
            "p": [round(p, 9) for p in probabilities],
        }
        record.update({k: [_suggestion(s) for s in v] for k, v in beside(text).items()})
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--check", type=Path, help="a fingerprint to compare with")
    parser.add_argument(
        "--extra", type=Path, nargs="*", default=[], help="more texts (.jsonl, or a .json list)"
    )
    parser.add_argument(
        "--project",
        action="store_true",
        help="a project's suggester once trained on the seed articles, not the bundled one",
    )
    parser.add_argument(
        "--no-dev", action="store_true", help="leave news-dev unread (a helper must never read it)"
    )
    args = parser.parse_args(argv)
    lines = (project_lines if args.project else fingerprint_lines)(args.extra, args.no_dev)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} texts written to {args.out}")
    if args.check is None:
        return 0
    before = args.check.read_text(encoding="utf-8").splitlines()
    if before == lines:
        print("identical")
        return 0
    differ = [json.loads(a)["text"] for a, b in zip(before, lines, strict=False) if a != b]
    print(f"DIFFERENT: {len(differ)} texts differ, counts {len(before)} vs {len(lines)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
