"""Suggestions for a corpus bigger than a laptop, computed on Dask.

The same ensemble ``biaozhu suggest`` uses runs over input partitions (one
Parquet or JSONL file each) on a Dask cluster, local or remote; each output
partition is written atomically beside a ``_manifest.json``, so a rerun
skips what is done and a killed run loses only the partitions in flight.

Only ``models.corpus.cluster`` imports Dask, and only the corpus path of
the command line imports it: the desktop app and its bundle never need it."""
