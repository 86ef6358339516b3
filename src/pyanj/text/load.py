"""Documents from files, directories, JSONL and standard input.

>>> from pyanj.text.load import iter_documents
>>> [d.doc_id for d in iter_documents(["data/corpus"])][:1]  # doctest: +SKIP
['000_70af19e81d46dbaf']

Accepted inputs: ``.txt`` / ``.md`` (and any other explicitly named text file), ``.html`` / ``.htm``
(visible text only), ``.pdf`` (text layer), ``.jsonl`` (one ``{"doc_id": ..., "text": ...}`` object a
line), directories (recursed, sorted, hidden entries skipped) and ``-`` for standard input.

Bad input never raises mid-stream: binary, empty and undecodable files, malformed JSONL lines and
unreadable PDFs become one-line warnings (``warn(msg)``), and the rest goes on. Only a missing input
raises :class:`InputError`, and it does so before any document is produced.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pyanj.text.formats import (BINARY_SNIFF, Skip, decode, html_encoding, html_to_text, is_binary, looks_html,
                                pdf_text)

__all__ = ["Document", "InputError", "iter_documents", "read_text_file", "html_to_text", "split_text", "SUFFIXES"]

#: File types picked up when a directory is recursed.
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".jsonl")
HTML_SUFFIXES = (".html", ".htm")
#: Malformed lines reported one by one per JSONL file before the rest are only counted.
MAX_LINE_WARNINGS = 20
#: More files than this get a progress bar (when asked for and standard error is a terminal;
#: ``progress="always"``: whatever the count and wherever standard error goes).
PROGRESS_MIN_FILES = 3
#: ``pyanj geocode`` reads a longer document in pieces of about this many characters (see split_text).
CHUNK_CHARS = 500_000


class InputError(Exception):
    """An input that cannot be used at all (missing path): a one-line message."""


@dataclass
class Document:
    """One text to geocode, with what its file says about it (title, url, date) for the evidence."""

    doc_id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    #: "en", "ru", "tg" or "fa", from the text's script (set on first use of ``language``)
    lang: str | None = None

    def language(self) -> str:
        """The document's language (kept in ``lang``): the script is enough to tell this frontier's."""
        if self.lang is None:
            from pyanj.text.lang import detect_lang
            from pyanj.text.normalize import code_points
            self.lang = detect_lang(code_points(self.text))
        return self.lang


Warn = Callable[[str], None]


def _default_warn(msg: str) -> None:
    print(f"pyanj: warning: {msg}", file=sys.stderr, flush=True)


def read_text_file(path, warn: Warn | None = None) -> str:
    """A text file's content as ``str``: UTF-8 (or the encoding a byte-order mark announces), undecodable
    bytes replaced with U+FFFD (and a warning). Line endings are kept as they are, so offsets into the
    result are offsets into the file's characters."""
    return decode(Path(path).read_bytes(), str(path), warn or _default_warn)


# -- sources -----------------------------------------------------------------------------------
@dataclass
class _Source:
    kind: str           # "file" or "stdin"
    path: Path | None
    doc_id: str
    rel: str            # path relative to the input it came from (for disambiguating doc ids)
    given: str = ""     # the path as the input names it


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(root: Path) -> list[Path]:
    """Files under ``root`` with a known suffix, sorted by relative path; hidden entries skipped."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for f in sorted(filenames):
            if _hidden(f) or not f.lower().endswith(SUFFIXES):
                continue
            p = Path(dirpath) / f
            if p.is_file():
                out.append(p)
    out.sort(key=lambda p: p.relative_to(root).as_posix())
    return out


def _strip_suffix(rel: str) -> str:
    p = Path(rel)
    return (p.parent / p.stem).as_posix() if p.suffix else rel


def _sources(inputs: Iterable, exclude: Iterable = ()) -> list[_Source]:
    """Every input resolved to files (checked all at once, before anything is read)."""
    inputs = [os.fspath(i) for i in inputs]
    if not inputs:
        raise InputError("no inputs given")
    missing = [i for i in inputs if i != "-" and not os.path.exists(i)]
    if missing:
        raise InputError(f"no such file or directory: {missing[0]}")
    skip = set()
    for e in exclude:
        try:
            skip.add(Path(e).resolve())
        except OSError:
            pass
    out: list[_Source] = []
    seen: set[Path] = set()   # a file named twice (or in two overlapping inputs) is read once

    def add(src: _Source) -> None:
        key = src.path.resolve()
        if key not in seen and key not in skip:
            seen.add(key)
            out.append(src)

    for i in inputs:
        if i == "-":
            out.append(_Source("stdin", None, "stdin", "stdin", "-"))
            continue
        p = Path(i)
        if p.is_dir():
            for f in _walk(p):
                add(_Source("file", f, f.stem, f.relative_to(p).as_posix(), f.as_posix()))
        else:
            if not os.access(p, os.R_OK):
                raise InputError(f"permission denied: {i}")
            add(_Source("file", p, p.stem, p.as_posix(), p.as_posix()))
    # the same stem in two places: the path relative to its input without extension; failing that the
    # path as given without extension; failing that with it
    _disambiguate(out, lambda s: _strip_suffix(s.rel))
    _disambiguate(out, lambda s: _strip_suffix(s.given))
    _disambiguate(out, lambda s: s.given)
    return out


def _disambiguate(sources: list[_Source], key) -> None:
    seen: dict[str, int] = {}
    for s in sources:
        if s.kind == "file" and not s.path.name.lower().endswith(".jsonl"):
            seen[s.doc_id] = seen.get(s.doc_id, 0) + 1
    for s in sources:
        if s.kind == "file" and seen.get(s.doc_id, 0) > 1 and not s.path.name.lower().endswith(".jsonl"):
            s.doc_id = key(s)


# -- reading -----------------------------------------------------------------------------------
def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None:
        return b""
    buf = getattr(stream, "buffer", None)
    if buf is not None:
        return buf.read()
    data = stream.read()
    return data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data


def _document(src: _Source, warn: Warn) -> Document:
    """One non-JSONL source as a document; raises Skip with the warning when there is none."""
    if src.kind == "stdin":
        name, data = "stdin", _read_stdin()
    else:
        name = str(src.path)
        try:
            data = src.path.read_bytes()
        except OSError as e:
            raise Skip(f"{name}: cannot read ({e.strerror or e}), skipped") from None
    if not data.strip():
        raise Skip(f"{name}: empty {'input' if src.kind == 'stdin' else 'file'}, skipped")
    suffix = src.path.suffix.lower() if src.path is not None else ""
    path = str(src.path) if src.path is not None else None
    if suffix == ".pdf":
        text, title = pdf_text(data, name)
        return Document(src.doc_id, text, path, title=title)
    if is_binary(data):
        raise Skip(f"{name}: binary file, skipped")
    if suffix in HTML_SUFFIXES or (src.kind == "stdin" and looks_html(data)):
        html = decode(data, name, warn, html_encoding(data))
        del data
        text, meta = html_to_text(html)
        if not text.strip():
            raise Skip(f"{name}: no visible text, skipped")
        return Document(src.doc_id, text, path, **meta)
    text = decode(data, name, warn)
    del data
    if not text.strip():
        raise Skip(f"{name}: empty {'input' if src.kind == 'stdin' else 'file'}, skipped")
    return Document(src.doc_id, text, path)


def _jsonl(src: _Source, warn: Warn) -> Iterator[Document]:
    """Documents of a JSONL file, read line by line; bad lines are reported as ``file:line`` and skipped."""
    name = str(src.path)
    try:
        fh = open(src.path, "rb")
    except OSError as e:
        warn(f"{name}: cannot read ({e.strerror or e}), skipped")
        return
    bad = 0
    seen_text = False
    decode_warned = False
    with fh:
        head = fh.read(BINARY_SNIFF)
        fh.seek(0)
        if is_binary(head):
            warn(f"{name}: binary file, skipped")
            return
        for lineno, raw in enumerate(fh, 1):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            seen_text = True
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("utf-8", errors="replace")
                if not decode_warned:
                    warn(f"{name}: undecodable bytes (not UTF-8), replaced with U+FFFD")
                    decode_warned = True
            doc = _jsonl_doc(line, src)
            if doc is None:
                bad += 1
                if bad <= MAX_LINE_WARNINGS:
                    warn(f"{name}:{lineno}: not a JSON object with doc_id and text")
                continue
            yield doc
    if bad > MAX_LINE_WARNINGS:
        warn(f"{name}: {bad} malformed lines in all ({bad - MAX_LINE_WARNINGS} more not shown)")
    if not seen_text:
        warn(f"{name}: empty file, skipped")


def _jsonl_doc(line: str, src: _Source) -> Document | None:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    doc_id, text = obj.get("doc_id"), obj.get("text")
    if not isinstance(text, str) or isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        return None
    doc_id = str(doc_id)
    if not doc_id.strip():
        return None

    def opt(*keys):
        for k in keys:
            v = obj.get(k)
            if isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip():
                return str(v)
        return None

    return Document(doc_id, text, str(src.path), title=opt("title"), url=opt("url", "source_url"),
                    date=opt("date", "published"))


# -- the front door ----------------------------------------------------------------------------
def iter_documents(inputs: Iterable, progress: bool = False, warn: Warn | None = None, *,
                   exclude: Iterable = ()) -> Iterator[Document]:
    """The documents of ``inputs`` (paths, directories, ``"-"``), in order; see the module docstring.

    Every input is checked before anything is read: a missing one raises :class:`InputError` here,
    at the call. Everything else that is wrong becomes a ``warn(msg)`` and is skipped.
    ``exclude``: paths never read from a directory (the command's own output file).
    """
    sources = _sources(inputs, exclude)
    return _iterate(sources, progress, warn)


def _iterate(sources: list[_Source], progress: bool, warn: Warn | None) -> Iterator[Document]:
    bar = None
    if progress == "always" or (progress and len(sources) > PROGRESS_MIN_FILES and _stderr_is_tty()):
        bar = _make_progress(force=progress == "always")
    user_warn = warn
    if bar is not None:
        bar.start()
        task = bar.add_task("geocoding", total=len(sources))
        if user_warn is None:
            def warn(msg, _c=bar.console):  # print above the bar, not through it
                _c.print(f"pyanj: warning: {msg}", markup=False, highlight=False, soft_wrap=True)
    warn = warn or _default_warn
    try:
        for src in sources:
            if bar is not None:
                bar.update(task, description=_short(src))
            if src.kind == "file" and src.path.name.lower().endswith(".jsonl"):
                yield from _jsonl(src, warn)
            else:
                try:
                    doc = _document(src, warn)
                except Skip as s:
                    warn(str(s))
                else:
                    yield doc
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _make_progress(force: bool = False):
    """A rich progress bar on standard error (``force``: drawn even when that is not a terminal)."""
    try:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        return Progress(TextColumn("{task.description:<28.28}"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=Console(file=sys.stderr, force_terminal=force or None),
                        transient=True)
    except Exception:  # a progress bar is never worth failing for
        return None


def _short(src: _Source) -> str:
    return src.path.name if src.path is not None else "stdin"


def split_text(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each piece at most ``max_chars`` long, cut at a
    paragraph break if there is one in the piece's second half, else a line break, a sentence end or a
    space. A text no longer than ``max_chars`` is one piece. Keeps a huge text's working set bounded."""
    n = len(text)
    if n <= max_chars:
        yield 0, text
        return
    pos = 0
    while pos < n:
        end = min(n, pos + max_chars)
        if end < n:
            lo = pos + max_chars // 2
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, lo, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        yield pos, text[pos:end]
        pos = end
