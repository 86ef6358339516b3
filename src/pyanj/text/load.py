"""Documents from files, directories, JSONL and standard input.

>>> from pyanj.text.load import iter_documents
>>> [d.doc_id for d in iter_documents(["src/pyanj/bundled_data/corpus"])][:1]  # doctest: +SKIP
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
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pyanj.text.formats import (BINARY_SNIFF, Skip, decode, headline, html_encoding, html_to_text, is_binary,
                                looks_html, pdf_text, replace_bad_chars)

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
#: Files (and JSONL lines, and standard input) longer than this many bytes are skipped with a warning
#: (``--max-bytes``): the limit keeps a run's memory bounded whatever it is given.
MAX_BYTES = 200_000_000


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


def read_text_file(path, warn: Warn | None = None, max_bytes: int = MAX_BYTES) -> str:
    """A text file's content as ``str``: UTF-8 (or the encoding a byte-order mark announces), undecodable
    bytes replaced with U+FFFD (and a warning). Line endings are kept as they are, so offsets into the
    result are offsets into the file's characters. A FIFO, device or over-long file raises ``Skip``."""
    return decode(_read_regular(Path(path), str(path), max_bytes), str(path), warn or _default_warn)


def _read_regular(path: Path, name: str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; anything else (a FIFO would block forever,
    /dev/zero never ends) raises Skip without reading."""
    try:
        with open(path, "rb", opener=_nonblocking) as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise Skip(f"{name}: not a regular file (a FIFO, device or socket), skipped")
            if st.st_size > max_bytes:
                raise Skip(f"{name}: {st.st_size:,} bytes is over the {max_bytes:,}-byte limit "
                           "(--max-bytes), skipped")
            data = fh.read(max_bytes + 1)
    except OSError as e:
        raise Skip(f"{name}: cannot read ({e.strerror or e}), skipped") from None
    if len(data) > max_bytes:
        raise Skip(f"{name}: over the {max_bytes:,}-byte limit (--max-bytes), skipped")
    return data


def _nonblocking(path, flags):
    """Open without blocking (a FIFO with no writer would wait forever); regular files ignore the flag."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


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


def _walk(root: Path, problems: list[str]) -> list[Path]:
    """Files under ``root`` with a known suffix, sorted by relative path; hidden entries skipped. Iterative
    (any depth); a folder that cannot be listed is added to ``problems``, not silently left out."""
    out = []
    stack = [root]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = list(it)
        except OSError as e:
            problems.append(f"{_safe(os.fspath(d))}: cannot read folder ({e.strerror or e}), skipped")
            continue
        for e in entries:
            if _hidden(e.name):
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    stack.append(Path(e.path))
                elif e.name.lower().endswith(SUFFIXES) and e.is_file():
                    out.append(Path(e.path))
            except OSError:
                continue
    out.sort(key=lambda p: p.relative_to(root).as_posix())
    return out


def _safe(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogate escapes) become U+FFFD."""
    return replace_bad_chars(name)


def _strip_suffix(rel: str) -> str:
    p = Path(rel)
    return (p.parent / p.stem).as_posix() if p.suffix else rel


def _sources(inputs: Iterable, exclude: Iterable = (), problems: list[str] | None = None) -> list[_Source]:
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
    problems = [] if problems is None else problems
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
            for f in _walk(p, problems):
                add(_Source("file", f, _safe(f.stem), _safe(f.relative_to(p).as_posix()), _safe(f.as_posix())))
        else:
            if not os.access(p, os.R_OK):
                raise InputError(f"permission denied: {i}")
            add(_Source("file", p, _safe(p.stem), _safe(p.as_posix()), _safe(p.as_posix())))
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
def _read_stdin(max_bytes: int = MAX_BYTES) -> bytes:
    stream = sys.stdin
    if stream is None:
        return b""
    buf = getattr(stream, "buffer", None)
    if buf is not None:
        data = buf.read(max_bytes + 1)
    else:
        data = stream.read(max_bytes + 1)
        data = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    if len(data) > max_bytes:
        raise Skip(f"stdin: over the {max_bytes:,}-byte limit (--max-bytes), skipped")
    return data


def _document(src: _Source, warn: Warn, max_bytes: int = MAX_BYTES) -> Document:
    """One non-JSONL source as a document; raises Skip with the warning when there is none."""
    if src.kind == "stdin":
        name, data = "stdin", _read_stdin(max_bytes)
    else:
        name = src.given or _safe(str(src.path))
        data = _read_regular(src.path, name, max_bytes)
    if not data.strip():
        raise Skip(f"{name}: empty {'input' if src.kind == 'stdin' else 'file'}, skipped")
    suffix = src.path.suffix.lower() if src.path is not None else ""
    path = _safe(str(src.path)) if src.path is not None else None
    if suffix == ".pdf":
        text, title = pdf_text(data, name)
        return Document(src.doc_id, replace_bad_chars(text), path, title=title and replace_bad_chars(title))
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
    return Document(src.doc_id, text, path, title=headline(text))


def _jsonl(src: _Source, warn: Warn, max_bytes: int = MAX_BYTES, skipped=None, read=None) -> Iterator[Document]:
    """Documents of a JSONL file, read line by line; bad lines are reported as ``file:line`` and skipped.
    ``read(fraction)``, when given, is told how much of the file has been read after each document."""
    name = src.given or _safe(str(src.path))
    try:
        fh = open(src.path, "rb", opener=_nonblocking)
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            fh.close()
            raise Skip(f"{name}: not a regular file (a FIFO, device or socket), skipped")
    except OSError as e:
        raise Skip(f"{name}: cannot read ({e.strerror or e}), skipped") from None
    bad = 0
    seen_text = False
    decode_warned = False
    with fh:
        size = os.fstat(fh.fileno()).st_size
        head = fh.read(BINARY_SNIFF)
        fh.seek(0)
        if is_binary(head):
            raise Skip(f"{name}: binary file, skipped")
        for lineno, raw in enumerate(_lines(fh, max_bytes), 1):
            if raw is None:
                warn(f"{name}:{lineno}: line over the {max_bytes:,}-byte limit (--max-bytes), skipped")
                _count(skipped)
                continue
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
                _count(skipped)
                if bad <= MAX_LINE_WARNINGS:
                    warn(f"{name}:{lineno}: not a JSON object with doc_id and text")
                continue
            fixed = replace_bad_chars(doc.text)
            if fixed is not doc.text:
                warn(f"{name}:{lineno}: NUL or lone surrogate characters replaced with U+FFFD")
                doc.text = fixed
            if read is not None:
                read(fh.tell() / max(1, size))
            yield doc
    if bad > MAX_LINE_WARNINGS:
        warn(f"{name}: {bad} malformed lines in all ({bad - MAX_LINE_WARNINGS} more not shown)")
    if not seen_text:
        raise Skip(f"{name}: empty file, skipped")


def _lines(fh, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of ``fh``; a line longer than ``max_bytes`` is read past in pieces and given as None."""
    while True:
        raw = fh.readline(max_bytes + 1)
        if not raw:
            return
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)
            yield None
            continue
        yield raw


def _count(skipped: list[int] | None) -> None:
    if skipped is not None:
        skipped[0] += 1


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
    doc_id = replace_bad_chars(str(doc_id))
    if not doc_id.strip():
        return None

    def opt(*keys):
        for k in keys:
            v = obj.get(k)
            if isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip():
                return replace_bad_chars(str(v))
        return None

    return Document(doc_id, text, src.given or _safe(str(src.path)), title=opt("title"), url=opt("url", "source_url"),
                    date=opt("date", "published"))


# -- the front door ----------------------------------------------------------------------------
def iter_documents(inputs: Iterable, progress: bool = False, warn: Warn | None = None, *,
                   exclude: Iterable = (), max_bytes: int = MAX_BYTES,
                   skipped: list[int] | None = None) -> Iterator[Document]:
    """The documents of ``inputs`` (paths, directories, ``"-"``), in order; see the module docstring.

    Every input is checked before anything is read: a missing one raises :class:`InputError` here,
    at the call. Everything else that is wrong becomes a ``warn(msg)`` and is skipped.
    ``exclude``: paths never read from a directory (the command's own output file). ``max_bytes``: the
    per-file (per-line in JSONL) limit. ``skipped``, when given, is ``[n]``: n counts what was skipped
    (documents, malformed lines, unreadable folders). A ``doc_id`` seen before is made unique with a
    ``~2``, ``~3``... suffix and a warning, so two documents are never merged into one.
    """
    problems: list[str] = []
    sources = _sources(inputs, exclude, problems)
    return _iterate(sources, progress, warn, problems, max_bytes, skipped)


def _iterate(sources: list[_Source], progress: bool, warn: Warn | None, problems=(), max_bytes=MAX_BYTES,
             skipped=None) -> Iterator[Document]:
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
    for msg in problems:
        warn(msg)
        _count(skipped)
    unique = _Unique(warn)
    try:
        for i, src in enumerate(sources):
            read = None
            if bar is not None:
                bar.update(task, description=_short(src))
                read = lambda f, _i=i: bar.update(task, completed=_i + f)  # noqa: E731 (a JSONL's share read)
            if src.path is not None and _safe(src.path.name) != src.path.name:
                warn(f"{src.given}: file name is not UTF-8, its undecodable bytes are U+FFFD in the doc_id")
            try:
                if src.kind == "file" and src.path.name.lower().endswith(".jsonl"):
                    for doc in _jsonl(src, warn, max_bytes, skipped, read):
                        yield unique(doc)
                else:
                    yield unique(_document(src, warn, max_bytes))
            except Skip as s:
                warn(str(s))
                _count(skipped)
            if bar is not None:
                bar.update(task, completed=i + 1)
    finally:
        if bar is not None:
            bar.stop()


class _Unique:
    """Gives every document a doc_id of its own: a repeat gets ``~2``, ``~3``... and a warning."""

    def __init__(self, warn: Warn):
        self.warn = warn
        self.seen: set[str] = set()

    def __call__(self, doc: Document) -> Document:
        if doc.doc_id in self.seen:
            n = 2
            while f"{doc.doc_id}~{n}" in self.seen:
                n += 1
            new = f"{doc.doc_id}~{n}"
            self.warn(f"{doc.path or 'stdin'}: doc_id {doc.doc_id!r} already used, renamed {new!r}")
            doc.doc_id = new
        self.seen.add(doc.doc_id)
        return doc


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _make_progress(force: bool = False):
    """A rich progress bar on standard error (``force``: drawn even when that is not a terminal)."""
    try:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                                   TimeRemainingColumn)
        return Progress(TextColumn("{task.description:<28.28}"), BarColumn(), MofNCompleteColumn(),
                        TaskProgressColumn(), TimeRemainingColumn(),
                        console=Console(file=sys.stderr, force_terminal=force or None), transient=True)
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
