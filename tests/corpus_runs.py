"""Corpus runs for the tests: a dask cluster in this process reached as
`--scheduler ADDRESS` is, and a finished run of `suggest --corpus`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.cli import main


@contextmanager
def loopback_cluster(n_workers: int = 1) -> Iterator[str]:
    """Workers in this process, reached over TCP, which pickles what goes to
    them, as `--scheduler ADDRESS` is. On the loopback interface only (the
    in-process transport would look up the machine's address and serve on
    every interface). Yields the scheduler's address."""
    import distributed

    with distributed.LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,
        processes=False,
        host="127.0.0.1",
        protocol="tcp://",
        dashboard_address=None,
        # as the product's own cluster: its health routes on a free loopback port
        scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
    ) as local:
        yield local.scheduler_address


def finished_run(folder: Path, documents: int) -> Path:
    """The output folder of `suggest --corpus` over ``documents`` short
    articles written to ``folder``/a.jsonl."""
    lines = [
        json.dumps({"id": f"d{i}", "text": f"比亚迪{i}年营收932.4亿元，同比增长{i % 50}%。"})
        for i in range(documents)
    ]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "out"
    with loopback_cluster() as address:
        argv = ["suggest", "--corpus", str(folder / "a.jsonl"), "--out", str(out)]
        assert main([*argv, "--scheduler", address]) == 0
    return out
