"""Running the partitions on Dask: a local cluster sized to the machine, or
the cluster behind a scheduler address. The only module that imports Dask.

The ensemble is built once by the caller, sent to every worker once
(``scatter(broadcast=True)``) and handed to each task from the worker's
memory; workers never see the project file the ensemble came from."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models.corpus.atomic import sweep_temporary
from models.corpus.inputs import InputFile
from models.corpus.manifest import (
    MANIFEST,
    Manifest,
    describes,
    is_manifest,
    read_manifest,
    write_manifest,
)
from models.corpus.partition import partition_metadata
from models.corpus.work import PartitionSummary, suggest_partition
from models.errors import BiaozhuError, InvalidInput, Message, counted
from models.progress import Cancelled, NoProgress, Progress
from models.suggest.base import Suggester

CONNECT_TIMEOUT = "20s"
LOCK_NAME = ".lock"
# A partition is seconds of pure Python: the local cluster's own sampling
# profiler (every 10 ms) and its fast health loops cost a single worker a
# quarter more processor time than the suggesting itself (measured), for
# figures nobody looks at without a dashboard.
QUIET_LOCAL_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@dataclass(frozen=True)
class CorpusRun:
    """What one run did: the manifest of OUT, and this run's own figures."""

    manifest: Manifest
    partitions: list[PartitionSummary]  # as this run found or made them
    seconds: float
    cluster: str

    @property
    def computed(self) -> list[PartitionSummary]:
        return [p for p in self.partitions if p.computed]


def suggest_corpus(
    inputs: Sequence[InputFile],
    out: Path,
    ensemble: Suggester,
    *,
    corpus: str,
    scheduler: str | None = None,
    workers: int | None = None,
    project: str | None = None,
    progress: Progress = NoProgress(),  # noqa: B008 - stateless, safe to share
) -> CorpusRun:
    """Suggestions for every input partition into ``out``, then the manifest.
    Partitions already written for the same input bytes and ensemble version
    are kept as they are."""
    from models.learn.evidence import applied_by

    distributed = _distributed()
    out.mkdir(parents=True, exist_ok=True)
    with exclusive(out):
        sweep_temporary(out)
        _check_targets(out, inputs)
        started = time.perf_counter()
        with _client(distributed, scheduler, workers) as (client, cluster):
            summaries = _run(distributed, client, inputs, out, ensemble, progress)
            peaks = client.run(peak_memory_mb)
        seconds = time.perf_counter() - started
        if not any(s.computed for s in summaries) and describes(out, summaries, ensemble.version):
            # Nothing new: the manifest of the run that made OUT stays, and a
            # rerun writes nothing.
            return CorpusRun(read_manifest(out), summaries, seconds, cluster)
        manifest = Manifest(
            corpus=corpus,
            version=ensemble.version,
            partitions=summaries,
            elapsed_seconds=seconds,
            cluster=cluster,
            project=project,
            workers=dict(sorted(peaks.items())),
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            shifts=applied_by(ensemble),
        )
        write_manifest(out, manifest)
    return CorpusRun(manifest, summaries, seconds, cluster)


def _check_targets(out: Path, inputs: Sequence[InputFile]) -> None:
    """Refuse to replace a file no run wrote: a run replaces its own
    partitions and manifest (a rerun's), and a folder given as ``--out`` may
    hold a user's file under such a name, which the run replaced unasked."""
    for source in inputs:
        target = out / source.output_name
        if (target.exists() or target.is_symlink()) and partition_metadata(target) is None:
            raise InvalidInput(
                "{target}: not a partition a suggest --corpus run wrote, where this run would"
                " write the suggestions of {input}; give another --out, or move the file",
                target=target,
                input=source.name,
            )
    manifest = out / MANIFEST
    if (manifest.exists() or manifest.is_symlink()) and not is_manifest(manifest):
        raise InvalidInput(
            "{manifest}: not the manifest of a suggest --corpus run, where this run would"
            " write its own; give another --out, or move the file",
            manifest=manifest,
        )


def _run(
    distributed: Any,
    client: Any,
    inputs: Sequence[InputFile],
    out: Path,
    ensemble: Suggester,
    progress: Progress,
) -> list[PartitionSummary]:
    shipped = client.scatter(ensemble, broadcast=True, hash=False)
    futures = client.map(
        _refusal_returned, list(inputs), out_dir=str(out), ensemble=shipped, pure=False
    )
    done: dict[str, PartitionSummary] = {}
    progress.start(len(futures), Message("partitions"))
    try:
        for future in distributed.as_completed(futures):
            if progress.cancelled():
                raise Cancelled()
            try:
                summary = future.result()
            except distributed.KilledWorker:
                raise BiaozhuError(
                    "the workers computing a partition died ({n_done} of {n_futures} written are kept): out of memory? Rerun to go on",
                    n_done=len(done),
                    n_futures=len(futures),
                ) from None
            if isinstance(summary, BiaozhuError):
                raise summary
            done[summary.input] = summary
            progress.advance(1, summary.input)
    finally:
        progress.finish()
    return [done[source.name] for source in inputs]


def _refusal_returned(
    source: InputFile, out_dir: str, ensemble: Suggester
) -> PartitionSummary | BiaozhuError:
    """A partition's summary, or Biaozhu's refusal of its input as a value:
    raised on the worker, a refusal (a file too large, a damaged row) is a
    task that failed, which distributed logs on stderr, traceback and all,
    before the user's one-line error. Other exceptions are bugs and stay
    failures, logged."""
    try:
        return suggest_partition(source, out_dir, ensemble)
    except BiaozhuError as refusal:
        return refusal


@contextlib.contextmanager
def _client(distributed: Any, scheduler: str | None, workers: int | None) -> Iterator[Any]:
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise InvalidInput(
                "cannot reach the Dask scheduler at {scheduler} ({exc})",
                scheduler=scheduler,
                exc=exc,
            ) from None
        with client:
            yield client, f"scheduler {scheduler}"
        return
    import dask

    count = workers or machine_cores()
    # Suggesting is pure Python: one single-threaded process per core. The
    # cluster listens on the loopback interface only, with no dashboard.
    # Its workers log nothing below CRITICAL: on a loaded machine a worker's
    # heartbeat can race the scheduler's shutdown and log a traceback after
    # the run ended, over the user's one-line error; a failed task reaches
    # the user through its future, not through the worker's log.
    with (
        dask.config.set(QUIET_LOCAL_CLUSTER),
        distributed.LocalCluster(
            n_workers=count,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # With no dashboard the scheduler still serves its health routes,
            # on 8787 by default: beside a notebook's dashboard that port is
            # taken and distributed warns over the user's output.
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.CRITICAL,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client, f"local, {counted(count, 'worker process', 'worker processes')}"


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise InvalidInput(
            "suggest --corpus runs on Dask, which is not installed: pip install 'biaozhu[dask]'"
        ) from None
    return distributed


def machine_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def peak_memory_mb() -> float | None:
    """This process's peak resident memory (run on each worker)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


@contextlib.contextmanager
def exclusive(out: Path) -> Iterator[None]:
    """One run at a time per output folder: a second would sweep away the
    first one's partitions in flight. The lock dies with its process, so a
    killed run never blocks the rerun."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; one run at a time by agreement
        yield
        return
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InvalidInput(
                "{out}: another suggest --corpus run is writing here", out=out
            ) from None
        yield
    finally:
        os.close(fd)
