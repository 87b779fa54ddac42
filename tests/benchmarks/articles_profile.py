"""Where the time of the gold articles one by one goes (a plain script, not
collected by pytest; news-dev is never read):

    .venv/bin/python tests/benchmarks/articles_profile.py --stages
    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        .venv/bin/python tests/benchmarks/articles_profile.py --callgrind

``--stages``: wall time of each stage of a pass over the 200 articles
(news-train and the zone news, each suggested alone as
``bench_learn_speed.py`` does), a timing wrapper round each, the best of
seven passes; ``--joined`` prints beside it the same stages over the
articles joined into one text, which shows what is paid per text.
``--callgrind``: one pass over the articles as new strings, valgrind's
instruction count switched on by ``callgrind_control`` only around it (the
models loaded and a warm pass made before), so that two runs of the same
code differ by about 0.1 %: the figure the speed rounds of EXPERIMENTS.md
compare. Run from the repository or with it as ``REPO``."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(os.environ.get("REPO", Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))

# the stages timed by --stages: (module, owner in it or None, function)
STAGES = [
    ("models.suggest.pipeline", "SuggestPipeline", "_analyse"),
    ("models.learn.span_features", "Featurizer", "_candidates"),
    ("models.learn.span_features", None, "analyse"),
    ("models.suggest.segment", "Analysis", "segment_all"),
    ("models.suggest.policy", "PolicySuggester", "find"),
    ("models.suggest.company", "CompanySuggester", "find"),
    ("models.suggest.metric", "MetricSuggester", "attributed"),
    ("models.learn.span_features", "Featurizer", "_read"),
    ("models.learn.crf", "CrfTagger", "open_sentence"),
    ("models.learn.crf", "CrfTagger", "_next_items"),
    ("models.learn.span_features", None, "add_company_shapes"),
    ("models.learn.span_features", "WeightTable", "scores"),
    ("models.suggest.pipeline", None, "resolve"),
]


def _wrap(times: dict[str, float]) -> None:
    """Put a timing wrapper round every stage, adding into ``times``."""
    import importlib

    for module_name, owner_name, name in STAGES:
        module = importlib.import_module(module_name)
        owner = getattr(module, owner_name) if owner_name else module
        fn = getattr(owner, name)
        label = f"{owner_name or module_name.rsplit('.', 1)[-1]}.{name}"

        def timed(*args, _fn=fn, _label=label, **kwargs):
            t0 = time.perf_counter()
            try:
                return _fn(*args, **kwargs)
            finally:
                times[_label] = times.get(_label, 0.0) + time.perf_counter() - t0

        setattr(owner, name, functools.wraps(fn)(timed))


def stages(model, texts: list[str], joined: bool) -> None:
    times: dict[str, float] = {}
    _wrap(times)
    best: dict[tuple[str, str], float] = {}
    ways = [("one by one", texts), ("joined", ["\n\n".join(texts)])] if joined else []
    ways = ways or [("one by one", texts)]
    for k in range(7):
        for way, batch in ways:
            times.clear()
            fresh = [t + " " * (k + 2) for t in batch]
            t0 = time.perf_counter()
            for text in fresh:
                model.suggest(text)
            times["a pass"] = time.perf_counter() - t0
            for label, spent in times.items():
                key = (way, label)
                best[key] = min(best.get(key, spent), spent)
    labels = sorted({label for _way, label in best}, key=lambda lb: -best[("one by one", lb)])
    print("ms a pass, best of 7:", "  ".join(way for way, _b in ways))
    for label in labels:
        figures = "  ".join(f"{best.get((way, label), 0.0) * 1000:8.2f}" for way, _b in ways)
        print(f"{figures}  {label}")


def callgrind(model, texts: list[str]) -> None:
    fresh = [t + "   " for t in texts]
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    for text in fresh:
        model.suggest(text)
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)


def main() -> int:
    from bench_learn_speed import gold_articles

    from models.suggest.pipeline import default_suggester

    model = default_suggester()
    texts = gold_articles(no_dev=True)
    for text in texts:  # every table and cache made before anything is measured
        model.suggest(text + " ")
    if "--callgrind" in sys.argv:
        callgrind(model, texts)
    else:
        stages(model, texts, joined="--joined" in sys.argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
