"""Bytes -> text for each file format: byte-order marks and decoding, HTML's visible text, PDF text layers.

:mod:`pyanj.text.load` decides which of these a source needs; a file that yields nothing raises
:class:`Skip` with the warning to give, so one bad file never stops a run.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable
from contextlib import contextmanager
from html.parser import HTMLParser

from pyanj.text.references import footnote_line

__all__ = ["Skip", "bom_encoding", "is_binary", "decode", "text_codec", "replace_bad_chars", "html_to_text",
           "html_encoding", "looks_html", "pdf_text"]

#: Bytes looked at for NUL bytes before a file is called binary.
BINARY_SNIFF = 8192

Warn = Callable[[str], None]


class Skip(Exception):
    """A file that yields no document; the message is the warning."""


# -- decoding ----------------------------------------------------------------------------------
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, or None."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


#: Share of control bytes (NUL and the C0 controls text never has) in the sniffed head that makes a file binary.
BINARY_SHARE = 0.05
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")
#: Codecs that decode bytes to text but must not be honoured from a page's own declaration: they turn
#: plain ASCII into other characters (a page cannot honestly be in them) or are not text at all.
_REFUSED = {"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined", "palmos", "mbcs"}


def is_binary(data: bytes) -> bool:
    """Many control bytes near the start: binary. A stray NUL in a text is not (it is replaced and reported);
    UTF-16/32 text announced by a byte-order mark is text."""
    if bom_encoding(data) not in (None, "utf-8-sig"):
        return False
    head = data[:BINARY_SNIFF]
    if b"\x00" not in head:
        return False
    return len(head) - len(head.translate(None, _CONTROL)) > BINARY_SHARE * len(head)


def text_codec(label: str | None) -> str | None:
    """The Python codec for a declared charset label, or None when it is unknown or not a text encoding
    (base64, hex, zlib, rot13 and the like map bytes to bytes or str to str; utf-7 and the escapes
    would reinterpret ASCII)."""
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    name = info.name.replace("_", "-")
    if not getattr(info, "_is_text_encoding", True) or name in _REFUSED:
        return None
    return info.name


def decode(data: bytes, name: str, warn: Warn, encoding: str | None = None) -> str:
    """Decode ``data``: a byte-order mark, else the declared ``encoding`` if it is a text codec that fits
    (UTF-16/32 without a BOM never fits: browsers read such a page as ASCII-compatible), else detection.
    Undecodable bytes become U+FFFD and NULs U+FFFD, each said once; lengths stay one char per char."""
    bom = bom_encoding(data)
    if bom:
        return _clean(_decode_as(data, bom, name, warn), name, warn)
    if encoding is not None:
        codec = text_codec(encoding)
        if codec is not None and not codec.startswith(("utf-16", "utf-32")):
            try:
                return _clean(data.decode(codec), name, warn)
            except (UnicodeDecodeError, UnicodeError):
                warn(f"{name}: not {encoding} as declared, encoding detected instead")
        else:
            warn(f"{name}: declared charset {encoding!r} is not a usable text encoding, encoding detected instead")
        return _clean(_detect(data, name, warn), name, warn)
    return _clean(_decode_as(data, "utf-8", name, warn), name, warn)


def _decode_as(data: bytes, enc: str, name: str, warn: Warn) -> str:
    try:
        return data.decode(enc)
    except UnicodeError:
        warn(f"{name}: undecodable bytes (not {_enc_label(enc)}), replaced with U+FFFD")
        return data.decode(enc, errors="replace")


def _detect(data: bytes, name: str, warn: Warn) -> str:
    """UTF-8 when it decodes; else charset_normalizer's best guess (a page whose declaration failed);
    else UTF-8 with replacements."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:1_000_000]).best()
        codec = text_codec(best.encoding) if best is not None else None
        if codec is not None:
            return data.decode(codec)
    except Exception:  # (a guess that does not hold for the whole file, or no guess at all)
        pass
    return _decode_as(data, "utf-8", name, warn)


def _clean(text: str, name: str, warn: Warn) -> str:
    """NULs and lone surrogates replaced with U+FFFD (one char each, so offsets hold), said once."""
    fixed = replace_bad_chars(text)
    if fixed is not text:
        warn(f"{name}: NUL bytes or lone surrogates replaced with U+FFFD")
    return fixed


_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")


def replace_bad_chars(text: str) -> str:
    """``text`` with NULs and lone surrogates as U+FFFD (the same object back when there are none)."""
    if "\x00" not in text and (text.isascii() or _no_surrogates(text)):
        return text  # (C-speed tests: the regex scans a character at a time)
    return _BAD_CHARS.sub("\ufffd", text)


def _no_surrogates(text: str) -> bool:
    """Whether ``text`` holds no lone surrogate (UTF-8 cannot encode one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _enc_label(enc: str) -> str:
    return {"utf-8-sig": "UTF-8", "utf-8": "UTF-8"}.get(enc.lower(), enc)


# -- HTML --------------------------------------------------------------------------------------
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr"}
_PARA_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure",
              "section", "article", "header", "footer", "main", "aside", "nav", "address", "details", "fieldset",
              "form", "hr", "body", "html", "dialog", "hgroup"}
_LINE_TAGS = {"div", "li", "dt", "dd", "tr", "br", "figcaption", "caption", "summary", "legend", "option",
              "thead", "tbody", "tfoot", "center", "label", "output"}
_CELL_TAGS = {"td", "th"}
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
              "dc.date.issued", "dcterms.created", "sailthru.date", "og:published_time")


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, with block elements as line breaks, and its title, url and date."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip: list[str] = []     # open elements whose content is not shown
        self.skip_open: dict[str, int] = {}  # how many of each tag ``skip`` holds (a lookup, not a scan)
        self.pre = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.time_datetime: str | None = None

    # structure
    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
            return
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"].strip()
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and a.get("href") and not self.canonical:
                self.canonical = a["href"].strip()
            return
        if tag == "time" and a.get("datetime") and self.time_datetime is None:
            self.time_datetime = a["datetime"].strip()
        if tag == "body" and self.skip_open.get("head"):       # a <head> never closed
            self._close_skipped("head")
        if self.skip or tag in _SKIP_TAGS or "hidden" in a:
            if tag not in _VOID:       # inside a hidden element every open tag is tracked, for nesting
                self.skip.append(tag)
                self.skip_open[tag] = self.skip_open.get(tag, 0) + 1
            return
        self._block(tag)
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if self.skip:
            if self.skip_open.get(tag):
                self._close_skipped(tag)
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        self._block(tag)

    def _close_skipped(self, tag):
        """Close the innermost open ``tag`` and anything left open inside it."""
        while self.skip:
            top = self.skip.pop()
            self.skip_open[top] -= 1
            if top == tag:
                break

    def _block(self, tag):
        if tag in _PARA_TAGS:
            self.parts.append("\n\n")
        elif tag in _LINE_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        if self.pre:
            self.parts.append(data.replace("\r\n", "\n"))
        else:
            self.parts.append(re.sub(r"\s+", " ", data))

    # results
    def text(self) -> str:
        lines = [" ".join(line.split()) for line in "".join(self.parts).split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    def title(self) -> str | None:
        t = " ".join("".join(self.title_parts).split())
        return t or self.meta.get("og:title") or None

    def url(self) -> str | None:
        return self.canonical or self.meta.get("og:url") or None

    def date(self) -> str | None:
        for k in _DATE_META:
            if self.meta.get(k):
                return self.meta[k]
        return self.time_datetime


def html_to_text(html: str) -> tuple[str, dict]:
    """``(visible text, {"title", "url", "date"})`` of an HTML page."""
    p = _HTMLText()
    try:
        p.feed(html)
        p.close()
    except Exception:  # html.parser is lenient; this is belt and braces for pathological input
        pass
    return p.text(), {"title": p.title(), "url": p.url(), "date": p.date()}


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def html_encoding(data: bytes) -> str | None:
    """The charset a page's ``<meta>`` declares, read as browsers read it (None when it declares none)."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    enc = m.group(1).decode("ascii", "replace").lower()
    # browsers read these labels as windows-1252 / UTF-8
    return {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
            "ascii": "cp1252", "utf8": "utf-8"}.get(enc, enc)


def looks_html(data: bytes) -> bool:
    """Does unnamed input (standard input) start like an HTML page?"""
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


# -- PDF ---------------------------------------------------------------------------------------
@contextmanager
def _quiet_pypdf():
    """pypdf logs recoverable oddities at WARNING; one warning per bad file is ours to give."""
    log = logging.getLogger("pypdf")
    old = log.level
    log.setLevel(logging.ERROR + 10)
    try:
        yield
    finally:
        log.setLevel(old)


def pdf_text(data: bytes, name: str) -> tuple[str, str | None]:
    """``(text layer, title)`` of a PDF's bytes, pages separated by a blank line; raises :class:`Skip`."""
    if b"%PDF-" not in data[:1024]:
        raise Skip(f"{name}: not a PDF file, skipped")
    import io

    from pypdf import PdfReader
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")
                except Exception:
                    ok = 0
                if not ok:
                    raise Skip(f"{name}: encrypted PDF, skipped")
            pages = []
            for page in reader.pages:
                try:
                    pages.append(page.extract_text() or "")
                except Exception:
                    pages.append("")
            title = None
            try:
                meta = reader.metadata
                if meta and meta.title:
                    title = " ".join(str(meta.title).split()) or None
            except Exception:
                pass
    except Skip:
        raise
    except Exception as e:
        raise Skip(f"{name}: unreadable PDF ({type(e).__name__}: {_first_line(e)}), skipped") from None
    text = join_pages([reflow(p) for p in pages])
    if not text.strip():
        raise Skip(f"{name}: PDF has no text layer (scanned?), skipped")
    return text, title


#: A line this much shorter than the page's usual line, ending a sentence, ends its paragraph.
SHORT_LINE = 0.75
_BULLET = re.compile(r"\s*(?:[•▪●◦*–-]\s|\[\d{1,3}\]\s)")
_NUMBERED = re.compile(r"\s*(?:\d{1,3}[.)]?|\(?[a-z]\))\s")
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’)\]]*$")


def reflow(page: str) -> str:
    """A PDF page's text with its printed line breaks undone: lines joined into paragraphs, "fron-\ntier"
    -> "frontier" (a hyphen between two lower-case letters is the typesetter's; "Panji-\nPoyon" keeps
    its own). A break stays where a paragraph ends (a short line ending a sentence), before a list
    item or footnote ("12 Smith …", "• …") and around a heading (a short line with no final stop
    followed by a capital), so quotes are whole sentences and reference lines stay lines."""
    lines = [" ".join(x.split()) for x in page.split("\n")]
    lines = [x for x in lines if x]
    if not lines:
        return ""
    full = sorted(len(x) for x in lines)[int(len(lines) * 0.8)]  # the page's usual (full) line length
    out = [lines[0]]
    for prev, nxt in zip(lines, lines[1:]):  # (prev: the raw line before, out[-1]: its paragraph so far)
        ends = len(prev) < SHORT_LINE * full or _SENTENCE_END.search(prev)
        # a numbered line is a list item or a note after a finished line, or when it reads as a footnote;
        # else its number goes on with the sentence ("more than\n300 fighters")
        if _BULLET.match(nxt) or (_NUMBERED.match(nxt) and (ends or footnote_line(nxt))):
            out.append(nxt)
        elif prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha():
            typeset = prev[-2].islower() and nxt[:1].islower()
            out[-1] = (out[-1][:-1] if typeset else out[-1]) + nxt
        elif len(prev) < SHORT_LINE * full and (_SENTENCE_END.search(prev) or nxt[:1].isupper()):
            out.append(nxt)
        else:
            out[-1] += " " + nxt
    return "\n\n".join(out)  # (a blank line: each block is a paragraph to the sentence splitter)


def join_pages(pages: list[str]) -> str:
    """Re-flowed pages, a blank line between them, except where a sentence runs on to the next page
    (the page ends without a final stop and the next begins in lower case): there, one space."""
    out = ""
    for page in (p for p in pages if p):
        if not out:
            out = page
        elif not _SENTENCE_END.search(out) and page[:1].islower():
            out = out[:-1] + page if out.endswith("-") and out[-2:-1].islower() else out + " " + page
        else:
            out += "\n\n" + page
    return out


def _first_line(e: Exception) -> str:
    s = str(e).strip().splitlines()
    return s[0][:200] if s else "error"


# -- plain text --------------------------------------------------------------------------------
#: A headline is at most this many words (and at least HEADLINE_MIN_WORDS) and characters.
HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, HEADLINE_MAX_CHARS = 25, 3, 160
_DATE_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec updated published posted am pm utc gmt""".split())
_NOT_HEADLINE = re.compile(r"[.,;:…]$|https?://|\bwww\.|\b[\w-]+\.(?:com|org|net|info|tj|af|ru|uk|io)\b|^\W*$")


def headline(text: str) -> str | None:
    """The title of a plain text: its first line when that is a headline (3–25 words, no final full
    stop, no link, more text after it); a date line before it ("Monday, 27 March 2023") is passed over."""
    pos = 0
    for _ in range(3):
        end = text.find("\n", pos)
        if end < 0:
            return None  # (a headline has text after it)
        t = " ".join(text[pos:end].lstrip().lstrip("#").split())
        pos = end + 1
        words = re.findall(r"[^\W\d_]+", t)
        if not t or all(w.lower() in _DATE_WORDS for w in words):
            continue  # a blank line or a dateline is not the title; the line after it may be
        ok = (HEADLINE_MIN_WORDS <= len(t.split()) <= HEADLINE_MAX_WORDS and len(t) <= HEADLINE_MAX_CHARS
              and not _NOT_HEADLINE.search(t))
        return t if ok and text[pos:].strip() else None
    return None
