"""Does the learning loop help? (a plain script, not collected by pytest)

    .venv/bin/python tests/benchmarks/bench_learn_loop.py [--sets cfsc,news-train-odd]
        [--bundle-cache DIR] [--train-every 5]

Runs ``../shared/tools/simulate.py`` (a curator working through gold
documents in an empty project, each finished document imported as the
project's gold) twice on each set: retraining every N documents
(``biaozhu train``) and never. It prints both figures in actions per gold
span and, for the run that retrains, what each training said (whether it
activated its model, and why). Goal: fewer actions with retraining, never
more.

The sets are documents nobody wrote rules or trained the shipped model on:

- ``cfsc``: the annotated CFSC sentences no model learned from
  (``cfsc-check``, every other sentence of CFSC test), consecutive ones
  grouped into 25 documents of financial news;
- ``news-train-odd``: the odd half of ``news-train.jsonl``, with a bundled
  model trained (``train_bundled``, into a temporary folder, or
  ``--bundle-cache`` to keep and reuse it) on its even half and the seeds,
  so the bundle has not seen the articles worked through;
- ``cluener-policy``: the 304 annotated CLUENER sentences that use a policy
  word, in 15 documents: the set where policy names are as many as company
  names. The POLICY rules were taught on these sentences, so it says how
  the loop treats policy names, not how good the rules are;
- ``zone-study`` and ``zone-check``: the two halves (``meta.half``) of our
  zone-news paragraphs (``tests/data/zone_news``, COMPANY and POLICY gold
  only, so both are priced on those labels alone: ``--labels``), three
  consecutive paragraphs a document. The rules were studied on the study
  half and the bundled scorer learned its COMPANY spans, so there the
  bundled model is at its best and a project's model has the least to add;
  the check half is only ever scored (``zone-check`` alone, once a change
  is decided).

news-dev is never read here: it is measured once, by bench_learn_quality.
Needs ../shared beside the repo."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
BIAOZHU = REPO / ".venv" / "bin" / "biaozhu"
SIMULATE = SHARED / "tools" / "simulate.py"
sys.path.insert(0, str(REPO))

CFSC_DOCUMENTS = 25
CLUENER_DOCUMENTS = 15
ZONE_NEWS = REPO / "tests" / "data" / "zone_news" / "gold.jsonl"
ZONE_PARAGRAPHS = 3  # a zone-news document: this many consecutive paragraphs
ZONE_LABELS = "COMPANY,POLICY"  # what the zone-news gold annotates
TRAIN_MARK = "@@train "
# simulate.py unchanged, but each `biaozhu train`'s message goes to stderr,
# so the benchmark can say why a model was or was not activated.
SIMULATE_SAYING_WHY = f"""
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("simulate", {str(SIMULATE)!r})
simulate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(simulate)
plain_run = simulate.run
def run(bz, args, **kw):
    done = plain_run(bz, args, **kw)
    if args[0] == "train":
        print({TRAIN_MARK!r} + json.dumps(done.stdout + done.stderr), file=sys.stderr, flush=True)
    return done
simulate.run = run
sys.argv = ["simulate.py", *sys.argv[1:]]
simulate.main()
"""


def cfsc_documents(out: Path, documents: int = CFSC_DOCUMENTS) -> Path:
    """The cfsc-check sentences, consecutive ones joined by line breaks into
    ``documents`` documents, as a gold JSONL file."""
    from models.learn.annotated import read_annotated

    return grouped(read_annotated(SHARED, "cfsc-test")[::2], documents, "cfsc", out)


def cluener_policy_documents(out: Path, documents: int = CLUENER_DOCUMENTS) -> Path:
    """The annotated CLUENER policy-word sentences in ``documents`` documents."""
    from models.learn.annotated import read_annotated

    return grouped(read_annotated(SHARED, "cluener-policy"), documents, "clp", out)


def zone_documents(half: str, out: Path) -> Path:
    """One half of the zone-news paragraphs, in id order, three
    consecutive ones a document, as a gold JSONL file."""
    from models.domain import Span
    from models.learn.data import TrainingDoc

    paragraphs = []
    for line in ZONE_NEWS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else None
        if record and record["meta"]["half"] == half:
            spans = [Span(s["start"], s["end"], s["label"]) for s in record["spans"]]
            paragraphs.append(TrainingDoc(record["id"], record["text"], spans))
    return grouped(paragraphs, -(-len(paragraphs) // ZONE_PARAGRAPHS), f"zone-{half}", out)


def grouped(sentences: list, documents: int, prefix: str, out: Path) -> Path:
    """Consecutive sentences joined by line breaks into ``documents``
    documents, written as a gold JSONL file."""
    size = -(-len(sentences) // documents)
    lines = []
    for first in range(0, len(sentences), size):
        text, spans = "", []
        for doc in sentences[first : first + size]:
            if text:
                text += "\n"
            spans += [
                {"start": s.start + len(text), "end": s.end + len(text), "label": s.label}
                for s in doc.spans
            ]
            text += doc.text
        record = {"id": f"{prefix}-{len(lines):02d}", "text": text, "spans": spans}
        lines.append(json.dumps(record, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def news_train_odd_half(tmp: Path, cache: Path | None) -> tuple[Path, Path]:
    """The odd half of news-train as a gold file, and a resources folder
    whose bundled model learned from the even half and the seeds."""
    lines = [x for x in (SHARED / "gold" / "news-train.jsonl").read_text("utf-8").splitlines() if x]
    worked = tmp / "news-train-odd.jsonl"
    worked.write_text("\n".join(lines[1::2]) + "\n", "utf-8")
    resources = cache or tmp / "resources"
    bundle = resources / "models" / "bundled"
    if (bundle / "manifest.json").is_file():
        return worked, resources
    (resources / "models").mkdir(parents=True, exist_ok=True)
    for item in (REPO / "resources").iterdir():
        if item.name != "models" and not (resources / item.name).exists():
            (resources / item.name).symlink_to(item)
    shared = tmp / "shared"
    (shared / "gold").mkdir(parents=True)
    (shared / "data").symlink_to(SHARED / "data")
    shutil.copy(SHARED / "gold" / "seeds.jsonl", shared / "gold")
    (shared / "gold" / "news-train.jsonl").write_text("\n".join(lines[0::2]) + "\n", "utf-8")
    subprocess.run(
        [sys.executable, "-m", "models.learn.train_bundled", "--shared", str(shared),
         "--out", str(bundle)],
        cwd=REPO, capture_output=True, check=True,
    )  # fmt: skip
    return worked, resources


def start_simulation(
    gold: Path, train_every: int, resources: Path | None, labels: str | None = None
) -> subprocess.Popen:
    env = dict(os.environ, BIAOZHU_RESOURCES=str(resources)) if resources else None
    priced = ["--labels", labels] if labels else []
    return subprocess.Popen(
        [sys.executable, "-c", SIMULATE_SAYING_WHY, str(BIAOZHU), str(gold),
         "--train-every", str(train_every), *priced],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def finish_simulation(running: subprocess.Popen) -> tuple[dict, list[str], list[str]]:
    """simulate.py's figures, its per-document rows and what each training said."""
    out, err = running.communicate()
    if running.returncode:
        raise SystemExit(f"simulate.py failed: {err[-2000:]}")
    said = [json.loads(x[len(TRAIN_MARK) :]) for x in err.splitlines() if x.startswith(TRAIN_MARK)]
    rows = out.strip().splitlines()[1:-2]
    return json.loads(out.strip().splitlines()[-1]), rows, said


def compare_loop(
    name: str,
    gold: Path,
    train_every: int,
    resources: Path | None,
    rows: bool = False,
    labels: str | None = None,
    one_at_a_time: bool = False,
) -> bool:
    """Both simulations of one set, side by side (run at once: two cores),
    or one after the other on a machine shared with other work."""
    retraining = start_simulation(gold, train_every, resources, labels)
    if one_at_a_time:
        with_training, rows_with, said = finish_simulation(retraining)
    never = start_simulation(gold, 0, resources, labels)
    if not one_at_a_time:
        with_training, rows_with, said = finish_simulation(retraining)
    without, rows_without, _ = finish_simulation(never)
    print(f"\n{name}: {with_training['documents']} documents, {with_training['gold']} gold spans")
    if rows:
        print("  per document, retraining | never (accept/relabel/boundary/reject/add):")
        for mine, theirs in zip(rows_with, rows_without, strict=True):
            print(f"  {mine.split(maxsplit=1)[1]:<45} | {theirs.split(maxsplit=2)[2]}")
    for n, message in enumerate(said, 1):
        lines = message.strip().splitlines()
        print(f"  training {n}: " + " / ".join(lines[:2]))
    helps = with_training["actions"] < without["actions"]
    print(
        f"  actions per gold span: {with_training['actions_per_span']} retraining every"
        f" {train_every} documents ({with_training['actions']} actions),"
        f" {without['actions_per_span']} never ({without['actions']});"
        f" {'fewer' if helps else 'NOT fewer'} with retraining"
    )
    print(json.dumps({"set": name, "retraining": with_training, "never": without}))
    return with_training["actions"] <= without["actions"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="cfsc,news-train-odd,cluener-policy")
    parser.add_argument("--train-every", type=int, default=5)
    parser.add_argument("--bundle-cache", type=Path, help="keep the even-half bundle here")
    parser.add_argument("--rows", action="store_true", help="print each document's figures")
    parser.add_argument(
        "--one-at-a-time", action="store_true", help="the two simulations one after the other"
    )
    args = parser.parse_args()
    if not (SHARED / "gold").is_dir():
        print(f"skipped: {SHARED} is absent (../shared beside the repo)")
        return 0
    never_more = True
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for name in args.sets.split(","):
            labels = None
            if name == "cfsc":
                gold, resources = cfsc_documents(tmp / "cfsc.jsonl"), None
            elif name == "cluener-policy":
                gold, resources = cluener_policy_documents(tmp / "clp.jsonl"), None
            elif name == "news-train-odd":
                gold, resources = news_train_odd_half(tmp, args.bundle_cache)
            elif name in ("zone-study", "zone-check"):
                half = name.split("-")[1]
                gold, resources = zone_documents(half, tmp / f"{name}.jsonl"), None
                labels = ZONE_LABELS
            else:
                raise SystemExit(
                    f"unknown set {name!r}: cfsc, cluener-policy, news-train-odd,"
                    " zone-study, zone-check"
                )
            never_more &= compare_loop(
                name, gold, args.train_every, resources, args.rows, labels, args.one_at_a_time
            )
    return 0 if never_more else 1


if __name__ == "__main__":
    sys.exit(main())
