"""Command-line inputs -> mentions: the one loop ``pyanj geocode``, ``layers`` and ``map`` share.

Mentions JSONL files (``pyanj geocode`` output) are read as they are; texts are geocoded here
(``pipeline.serial_mentions``) or by worker processes (``parallel.parallel_mentions``).
"""

from __future__ import annotations

from pyanj.gazetteer import Gazetteer
from pyanj.resolve.parallel import parallel_mentions
from pyanj.resolve.pipeline import serial_mentions

__all__ = ["mentions_from_inputs"]


def mentions_from_inputs(inputs, gazetteer: Gazetteer | None = None, *, exclude=(), progress: bool = False,
                         warn=None, counts: list[int] | None = None, on_error=None, weights=None,
                         max_bytes: int | None = None, skipped: list[int] | None = None, jobs: int = 1,
                         encode=None, joined: bool = False):
    """Mentions of every input: mentions JSONL files (``pyanj geocode`` output) are read as they are,
    first; everything else (files, folders, ``.jsonl`` texts, ``-``) is loaded and geocoded document by
    document, a huge text in pieces (offsets shifted back) so memory stays bounded.

    Every input is checked at the call: ``pyanj.text.load.InputError`` for one that cannot be used at
    all, before anything is read. The mentions then come from the returned iterator (``ValueError``
    for a malformed mentions JSONL). ``counts``, when given, is ``[documents, mentions]``, kept up to date;
    ``skipped`` ``[n]`` counts the inputs skipped with a warning; ``max_bytes``: the per-file size limit.
    ``jobs`` > 1 geocodes in that many worker processes (``pyanj.resolve.parallel``), same output in the
    same order; ``encode`` (a module-level function of a mention) makes the iterator yield ``encode(m)``
    instead of mentions, worked out in the workers; with ``joined`` too, it yields ``bytes``: the UTF-8 of
    ``encode(m)`` of many mentions at a time (a document's, or a mentions file's in pieces), to be written
    as they come. ``gazetteer`` None is the bundled one (workers then load it themselves, once).
    """
    from pyanj.mention import is_mentions_jsonl
    from pyanj.text.load import MAX_BYTES, iter_documents
    counts = counts if counts is not None else [0, 0]
    done = [i for i in inputs if i != "-" and is_mentions_jsonl(i)]
    texts = [i for i in inputs if i not in done]
    docs = iter_documents(texts, progress=progress, warn=warn, exclude=exclude, max_bytes=max_bytes or MAX_BYTES,
                          skipped=skipped) if texts else iter(())
    if joined and encode is None:
        raise ValueError("joined needs encode")
    return _stream(done, docs, gazetteer, counts, on_error, weights, jobs, encode, joined)


#: Mentions of a mentions file encoded per piece of output (``joined``).
JOINED_MENTIONS = 4096


def _stream(mention_files, docs, gz, counts, on_error, weights=None, jobs: int = 1, encode=None, joined=False):
    from pyanj.mention import read_mentions_jsonl
    for f in mention_files:
        ms = read_mentions_jsonl(f)
        counts[0] += len({m.doc_id for m in ms})
        counts[1] += len(ms)
        if joined:
            for i in range(0, len(ms), JOINED_MENTIONS):
                yield "".join(map(encode, ms[i:i + JOINED_MENTIONS])).encode("utf-8")
        else:
            yield from (map(encode, ms) if encode is not None else ms)
    if jobs > 1 or joined:
        yield from parallel_mentions(docs, gz, jobs, weights=weights, counts=counts, on_error=on_error,
                                     encode=encode, joined=joined)
    else:
        yield from serial_mentions(docs, gz, counts, on_error, weights, encode)
