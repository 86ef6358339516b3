"""Geocoding on a Dask cluster, for corpora beyond one machine (``pip install "pyanj[dask]"``).

>>> from dask.distributed import Client                                  # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")                              # doctest: +SKIP
>>> bag = geocode_bag(documents, client=client)                          # doctest: +SKIP
>>> bag.map(lambda m: m.country).frequencies().compute()                 # doctest: +SKIP

Documents become a ``dask.bag`` (partitions in input order); each partition is geocoded on a worker with
the caller's gazetteer, shipped once per worker by a worker plugin (pickled, run-time places included)
rather than inside every task. ``write_mentions`` has the workers write one part file per partition and
then merges the parts, in partition order, into one output: the same bytes as ``pyanj geocode`` on one
machine. Part files are written to a directory beside the output, so on a real cluster that directory
must be on a file system the workers share (see docs/scale.md).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

try:
    from distributed import WorkerPlugin
except ImportError:  # (the plugin is only registered with a distributed client, which needs the package)
    WorkerPlugin = object

__all__ = ["geocode_bag", "write_mentions", "cluster_client"]

#: Gazetteers the worker plugin installed in this (worker) process, by the sha256 of their pickle.
_GAZETTEERS: dict = {}
#: Documents per partition when the caller gives no ``npartitions``.
PARTITION_DOCS = 64


class GazetteerPlugin(WorkerPlugin):
    """A Dask worker plugin carrying one pickled gazetteer: sent to each worker once, unpickled there."""

    name = "pyanj-gazetteer"

    def __init__(self, payload: bytes):
        self.payload = payload
        self.key = hashlib.sha256(payload).hexdigest()

    def setup(self, worker=None):
        if self.key not in _GAZETTEERS:
            _GAZETTEERS.clear()
            _GAZETTEERS[self.key] = pickle.loads(self.payload)

    def teardown(self, worker=None):
        _GAZETTEERS.pop(self.key, None)


def _as_documents(documents):
    from pyanj.text.load import Document
    for d in documents:
        yield Document(str(d[0]), d[1]) if isinstance(d, tuple) else d


def _geocode_partition(docs, gz_key, gz, weights):
    """Mentions of one partition's documents, in order (on a worker)."""
    from pyanj.resolve.pipeline import document_mentions
    gz = _GAZETTEERS[gz_key] if gz is None else gz
    out = []
    for doc in docs:
        out.extend(document_mentions(doc, gz, weights))
    return out


def geocode_bag(documents, *, gazetteer=None, weights=None, client=None, npartitions: int | None = None):
    """A ``dask.bag`` of the mentions of ``documents`` (``Document`` objects, ``(doc_id, text)`` pairs, or a
    bag of either), in document order. With a ``distributed`` client (given, or the current one) the
    gazetteer travels once per worker as a plugin; without one it is one shared graph value."""
    import dask
    import dask.bag as db
    from pyanj.gazetteer import load

    gz = gazetteer or load()
    if isinstance(documents, db.Bag):
        bag = documents.map_partitions(lambda part: list(_as_documents(part)))
    else:
        docs = list(_as_documents(documents))
        n = npartitions or max(1, -(-len(docs) // PARTITION_DOCS))
        bag = db.from_sequence(docs, npartitions=min(n, max(1, len(docs))))
    client = client or _current_client()
    if client is not None:
        plugin = GazetteerPlugin(pickle.dumps(gz, protocol=pickle.HIGHEST_PROTOCOL))
        client.register_plugin(plugin, name=f"{GazetteerPlugin.name}-{plugin.key[:12]}")
        return bag.map_partitions(_geocode_partition, plugin.key, None, weights)
    return bag.map_partitions(_geocode_partition, None, dask.delayed(gz, traverse=False), weights)


def _current_client():
    try:
        from distributed import get_client
        return get_client()
    except (ImportError, ValueError):
        return None


def _write_part(mentions, path: str, fmt: str) -> int:
    """One partition's mentions to its part file (on a worker); the number written."""
    from pyanj.outputs import encoder, write_parquet
    if fmt == "parquet":
        return write_parquet(mentions, path)
    encode = encoder(fmt)
    with open(path, "w", encoding="utf-8") as fh:
        for m in mentions:
            fh.write(encode(m) + ("\n" if fmt == "geojson" else ""))
    return len(mentions)


def write_mentions(bag, output, fmt: str = "jsonl", *, client=None, progress: bool = False) -> int:
    """Compute ``bag`` (of mentions) with one part file per partition, merged in partition order into
    ``output`` (written atomically); the number of mentions."""
    import dask
    from pyanj.io import atomic_path

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    parts_dir = Path(tempfile.mkdtemp(prefix=f".{output.name}.parts-", dir=output.parent))
    try:
        ext = "parquet" if fmt == "parquet" else "txt"
        paths = [str(parts_dir / f"part-{i:05d}.{ext}") for i in range(bag.npartitions)]
        tasks = [dask.delayed(_write_part)(p, path, fmt) for p, path in zip(bag.to_delayed(), paths)]
        counts = _compute(tasks, client, progress)
        with atomic_path(output) as tmp:
            _merge(paths, tmp, fmt)
        return sum(counts)
    finally:
        shutil.rmtree(parts_dir, ignore_errors=True)


def _compute(tasks, client, progress: bool) -> list:
    client = client or _current_client()
    if client is None:
        import dask
        return list(dask.compute(*tasks))
    from distributed import as_completed
    futures = client.compute(tasks)
    bar = _progress_bar(len(futures)) if progress else None
    try:
        for _ in as_completed(futures):
            if bar is not None:
                bar[0].advance(bar[1])
    finally:
        if bar is not None:
            bar[0].stop()
    return client.gather(futures)


def _progress_bar(total: int):
    from pyanj.text.load import _make_progress
    bar = _make_progress(force=True)
    if bar is None:
        return None
    bar.start()
    return bar, bar.add_task("geocoding partitions", total=total)


def _merge(paths: list[str], out: Path, fmt: str) -> None:
    if fmt == "parquet":
        import pyarrow.parquet as pq
        from pyanj.outputs import _schema
        with pq.ParquetWriter(str(out), _schema(), compression="zstd") as w:
            for p in paths:
                w.write_table(pq.read_table(p))
        return
    with open(out, "wb") as fh:
        if fmt == "geojson":
            fh.write(b'{"type": "FeatureCollection", "features": [')
        sep = b"\n"
        for p in paths:
            with open(p, "rb") as part:
                if fmt != "geojson":
                    shutil.copyfileobj(part, fh)
                    continue
                for line in part:
                    fh.write(sep + line.rstrip(b"\n"))
                    sep = b",\n"
        if fmt == "geojson":
            fh.write(b"\n]}\n")


@contextmanager
def cluster_client(scheduler: str | None = None, n_workers: int | None = None):
    """A ``distributed.Client``: of the scheduler at ``scheduler``, or of a local cluster of ``n_workers``
    single-threaded worker processes (closed on exit)."""
    import logging
    from distributed import Client, LocalCluster
    if scheduler:
        with Client(scheduler, timeout="20s") as client:
            yield client
        return
    n = n_workers or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client
