"""Reference-list and footnote lines: where a text cites its sources rather than speaks of places.

A name in "Smith, J. (2019). Trade on the Panj. Retrieved from https://…" is a title, not a report of
the Panj: such mentions are flagged ``reference`` and left out of the map's counts (they stay in the
mentions file). Three signs, each on one line of the text:

* a heading line "References", "Bibliography", "Notes", "Sources", "Литература" … : every line after it,
  to the end of the text or the next Markdown heading, is part of the list;
* a footnote line: a number or "[n]" followed by an author ("Smith, J.", "Smith, John (2019)") or a link,
  and the lines of a block that opens with a number and holds such a footnote or a citation (the notes at
  the foot of a page);
* a citation line: "doi:", "Retrieved from …", "Accessed 3 May 2021", or a link with at most
  ``CITATION_URL_WORDS`` words beside it, on a line of at most ``CITATION_LINE_MAX`` characters (so prose
  that merely links somewhere is still text).

A numbered list of places in the body ("1. Khorog, the capital of GBAO") is none of these.
"""

from __future__ import annotations

import re

from pyanj.text.substrings import has

__all__ = ["reference_ranges", "footnote_line", "REFERENCE_HEADINGS"]

#: Headings that open a reference list (compared lower-case, without numbering and a final colon).
REFERENCE_HEADINGS = frozenset({
    "references", "reference", "bibliography", "notes", "endnotes", "footnotes", "sources", "works cited",
    "literature", "further reading", "notes and references", "references and notes", "sources and notes",
    "citations", "литература", "список литературы", "источники", "примечания", "сноски", "адабиёт",
})
#: Longest line (characters) a URL, "doi:" or "Retrieved/Accessed" alone makes a citation.
CITATION_LINE_MAX = 300

#: Most words besides its links a line may have to be a citation by its links alone.
CITATION_URL_WORDS = 12
_URL = re.compile(r"(?:https?://|www\.)\S+|\bdoi:\s*\S+")
_CITED = re.compile(r"\bdoi:\s*10\.|\bRetrieved\s|\b[Aa]ccessed\s")
_HEADING_NUMBER = re.compile(r"^(?:#{1,6}\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+|[IVX]{1,5}\.\s+)")
_FINISHED = re.compile(r"[.;]\)?\s*$")  # an entry's last line
_NOTE_MARKER = re.compile(r"[^\W\d_][.,;:”’)]?\d{1,3}(?=\s|$)")  # "approval,22 " in body text
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+\S")
#: A footnote's number: bare ("12 Smith …", as a PDF prints notes), "[12]", "^12"; or a list's "12." / "12)".
_NOTE_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\^\d{1,3}|\d{1,3}(?![\d.,)]))\s+(?=\S)")
_FOOTNOTE_MARK = re.compile(r"^\s*(?:\[\d{1,3}\]|\^?\d{1,3}[.)]?|\(\d{1,3}\))\s+(?=\S)")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_SURNAME = rf"[{_UPPER}][\w'’-]+"
#: "Smith, J." / "Smith, J. R." / "Smith J." / "Smith, John (2019)" / "Smith, John, 2019" / "Smith et al."
_AUTHOR = re.compile(rf"^{_SURNAME},?\s+(?:[{_UPPER}]\.\s*)+|^{_SURNAME},\s+{_SURNAME}(?:\s+[A-Z]\.)?[.,]?\s+\(?"
                     rf"(?:1[89]|20)\d\d[a-z]?\)?|^{_SURNAME}\s+et\s+al\.|^(?:Ibid|Op\. cit)\b")
#: After a bare note number: "Hermann Kreutzmann. Wakhan …", "Daniel S. Markey. …", "Author’s interview", "“Title”",
#: "Asia-Plus. “Title”", "Laruelle, Marlène. Title".
_NOTE_AUTHOR = re.compile(rf"^{_SURNAME}(?:\s+(?:[{_UPPER}]\.|{_SURNAME})){{1,3}}[.,]\s|^[\w-]+[’']s\s+"
                          rf"(?:fieldwork|interview|translation|calculation)|^(?:In\s+\w+:\s+)?[“«\"]\w"
                          rf"|^[^“«\"\n]{{1,60}}?[.,]\s+[“«\"]\w|^{_SURNAME},\s+{_SURNAME}(?:\s+\(@?\w+\))?\.\s")
_CITATION = re.compile(r"https?://|\bwww\.[\w-]+\.|\bdoi:\s*10\.|\bdoi\.org/|\bRetrieved\s+(?:on\s+|from\s+)?"
                       r"(?:\d|[A-Z][a-z]+\s+\d|https?:)|\b[Aa]ccessed\s+(?:on\s+)?(?:\d|[A-Z][a-z]+\s+\d)")


def _heading(line: str) -> bool:
    """Is this line a reference-list heading ("References", "5. Notes", "## Sources:")?"""
    if len(line) > 60 or line.count(" ") > 6:  # (a heading is a few words: most lines end here)
        return False
    s = line.strip()
    m = _HEADING_NUMBER.match(s)  # (what ``sub`` removed: its ``^`` matches only at 0, and never empty)
    s = (s[m.end():] if m else s).strip().rstrip(":").strip().strip("*_ ").lower()
    return s in REFERENCE_HEADINGS


def footnote_line(line: str) -> bool:
    """A numbered line that continues with an author or a link: "12. Smith, J. (2019) …", "[3] https://…",
    "12 Hermann Kreutzmann. Wakhan …" (a bare number, as notes are printed)."""
    c = line[:1]
    if c and c not in "[^(" and not c.isdecimal() and not c.isspace():
        return False  # (a note opens with its number, after spaces: most lines are decided here)
    m = _FOOTNOTE_MARK.match(line)
    if not m:
        return False
    rest = line[m.end():]
    if _AUTHOR.match(rest) or _cites(rest):
        return True
    return _NOTE_NUMBER.match(line) is not None and _NOTE_AUTHOR.match(rest) is not None


def _cites(line: str) -> bool:
    """Has the line a link, a DOI, "Retrieved …" or "Accessed …"?"""
    return _citation_word(line) and _CITATION.search(line) is not None


def _citation_word(s: str) -> bool:
    """The cheap pre-test of ``_CITATION``: a link, "doi", "Retrieved" or "Accessed" somewhere in ``s``."""
    return "http" in s or "www." in s or "doi" in s or "Retrieved" in s or "ccessed" in s


#: A run of one to three digits ending at a space or the line's end: where a ``_NOTE_MARKER`` can end.
_SHORT_NUMBER = re.compile(r"\d{1,3}(?=\s|$)")


def _note_marker(line: str) -> bool:
    """``_NOTE_MARKER.search(line)``, found from the line's short numbers (a few) instead of at every letter: a
    number no digit opens, after a letter or after a letter and one of ``.,;:”’)``."""
    for m in _SHORT_NUMBER.finditer(line):
        k = m.start()
        if not k:
            continue
        c = line[k - 1]
        if c.isdecimal():
            continue  # (inside a longer number: no marker ends here)
        if c in ".,;:”’)":
            if k < 2:
                continue
            c = line[k - 2]
        if c.isalnum() and not c.isdecimal():  # (what ``[^\W\d_]`` reads: a word character, no digit nor "_")
            return True
    return False


def _citation(line: str) -> bool:
    """A short line with a citation sign; a link alone makes one only of a line with few words besides it
    ("Source: https://…", not "… from Khorog to Langar. Map from www.caravanistan.com")."""
    if len(line) > CITATION_LINE_MAX or not _cites(line):
        return False
    if _CITED.search(line):
        return True
    return len(_URL.sub(" ", line).split()) <= CITATION_URL_WORDS


#: A line opening with a heading word or a number (after spaces, numbering, "#", "*", "_"): what a heading or
#: a footnote line needs. It starts with a literal newline, so the scan skips to line starts at C speed.
_LINE_SIGN = re.compile(r"\n(?:[^\S\n]|[#*_\d.IVXivx])*(?:(?i:" + "|".join(
    sorted(map(re.escape, REFERENCE_HEADINGS), key=len, reverse=True)) + r")|[\[(^]?\d{1,3}[.)\]]?\s)")


def _any_sign(text: str) -> bool:
    """Has the text any sign a rule below needs (a link, "doi", "Retrieved", "Accessed", a line opening with
    a heading word or a number)? A text with none (most news) has no reference line, decided in one scan."""
    return (has(text, "http") or "www." in text or "doi" in text or has(text, "Retrieved") or "ccessed" in text
            or _LINE_SIGN.search("\n" + text) is not None)  # (``_citation_word``, the slow needles searched so)


def reference_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every reference or footnote line of ``text``, in order (end exclusive).

    Notes run from a footnote line on: each next numbered line, citation, or continuation of an
    unfinished entry, up to a blank line or the first line of body text (after a finished entry, or
    with a note marker of its own: "… the approval,22 very much …"), as where a page's notes run into
    the next page's text."""
    out: list[tuple[int, int]] = []
    if not _any_sign(text):
        return out
    in_list = run = False
    prev, pos = "", 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line or line.isspace():
            run, prev = False, ""
            continue
        span = (start, start + len(line))
        if len(line) <= 60 and line.count(" ") <= 6 and _heading(line):  # (the tests' own pre-tests, inline)
            in_list, prev = True, line
            out.append(span)
            continue
        if in_list and _MD_HEADING.match(line):
            in_list = False
        c = line[0]
        if (c in "[^(" or c.isdecimal() or c.isspace()) and footnote_line(line):
            run = True
        elif run and not (_NOTE_NUMBER.match(line) or _cites(line)):
            run = not _FINISHED.search(prev) and not _note_marker(line)
        if in_list or run or (len(line) <= CITATION_LINE_MAX and _citation_word(line) and _citation(line)):
            out.append(span)
        prev = line
    return out
