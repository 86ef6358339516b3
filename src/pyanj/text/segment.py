"""Sentences and paragraphs, with offsets into the original text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import numpy as np

_PARA = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "no", "nos", "vol", "pp", "p", "fig", "gen", "col", "lt", "sgt", "capt",
           "prof", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "al", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "approx", "ca", "cf",
           # Russian: "ул. Ленина", "т.е.", "Отв. ред.", "им. Рудаки", "обл.", "тыс.", "гг."
           "ул", "им", "обл", "пос", "тыс", "млн", "млрд", "руб", "гг", "вв", "ст", "кв", "корп", "проф", "акад",
           "ген", "полк", "т.е", "т.к", "т.д", "т.п", "т.н", "др", "пр", "см", "напр", "отв", "ред", "изд", "н.э",
           "с.ш", "в.д", "пгт", "тов", "гос"}
# ("[.!?…][.!?…]*" is "[.!?…]+" written so that the regex engine scans for it twice as fast)
_END = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9#А-ЯЁ])")


@dataclass(frozen=True)
class Segments:
    """Sentence and paragraph boundaries: ``sentences[i] = (start, end)``."""

    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]

    def __post_init__(self):
        object.__setattr__(self, "_s_starts", [s for s, _ in self.sentences])
        object.__setattr__(self, "_p_starts", [s for s, _ in self.paragraphs])

    def sentence_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._s_starts, pos)
        return i - 1 if i else 0

    def paragraph_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._p_starts, pos)
        return i - 1 if i else 0

    def locate(self, positions: list[int]) -> list[tuple[int, int]]:
        """``(sentence_of(p), paragraph_of(p))`` for many positions at once."""
        if not positions:
            return []
        pos = np.asarray(positions)
        s = np.maximum(np.searchsorted(self._s_starts, pos, side="right") - 1, 0).tolist()
        p = np.maximum(np.searchsorted(self._p_starts, pos, side="right") - 1, 0).tolist()
        return list(zip(s, p))


#: A line ending so ("… on the", "… and", "…,", "fron-") breaks a sentence that the next line goes on with.
_CONTINUES = re.compile(r"(?:,|\b(?:the|a|an|of|on|in|at|to|and|or|with|from|by|for|as|that|its|their|between|"
                        r"into|over|near|across|along)|[^\W\d_]-)[ \t]*$", re.I)


#: The words ``_CONTINUES`` ends a line with, lower-case (``_continues`` reads them without the regex).
_CONTINUE_WORDS = frozenset("the a an of on in at to and or with from by for as that its their between into over "
                            "near across along".split())
_CONTINUE_LONGEST = max(map(len, _CONTINUE_WORDS))


def _continues(text: str, s: int, e: int) -> bool:
    """Whether the line ``text[s:e]`` ends so that the next line goes on with its sentence: what
    ``_CONTINUES.search(text, lo, e)`` says, read from the line's last word (the regex, tried at every
    position from ``lo``, decides only a hyphen or a word that is not ASCII). The search starts near the
    end (a match is a short word and the spaces after it); a line ending in spaces is searched whole."""
    lo = s if e - s <= 40 or text[e - 1] in " \t" else e - 40
    t = e
    while t > lo and text[t - 1] in " \t":
        t -= 1
    if t == lo:
        return False
    c = text[t - 1]
    if c == ",":
        return True
    if c == "-":
        return _CONTINUES.search(text, lo, e) is not None
    r = t  # the word before the spaces: it must start at a word boundary, at or after ``lo``
    while r > 0 and t - r <= _CONTINUE_LONGEST and (text[r - 1].isalnum() or text[r - 1] == "_"):
        r -= 1
    if r < lo or t - r > _CONTINUE_LONGEST or r == t:
        return False
    w = text[r:t]
    if not w.isascii():  # (case-insensitive matching of other letters is the regex's to decide)
        return _CONTINUES.search(text, lo, e) is not None
    return w.lower() in _CONTINUE_WORDS


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank lines separate paragraphs; in text with short single lines (news), each line is one."""
    blocks, pos = [], 0
    for m in _PARA.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    out = []
    for s, e in blocks:
        if text.find("\n", s, e) < 0:  # (most blocks: one line)
            if e > s and not text[s:e].isspace():
                out.append((s, e))
            continue
        block = text[s:e]
        lines = block.split("\n")
        wrapped = len(lines) > 2 and (len(block) - len(lines) + 1) / len(lines) < 110 and sum(
            [x.rstrip().endswith((".", "!", "?", "”", '"')) for x in lines]) < len(lines) / 2
        if wrapped:
            if block and not block.isspace():
                out.append((s, e))
            continue
        p = s
        for line in lines:
            q = p + len(line)
            if line and not line.isspace():
                if out and out[-1][1] == p - 1 and _continues(text, *out[-1]):
                    out[-1] = (out[-1][0], q)  # a printed line break inside a sentence ("… (BCP) on the")
                else:
                    out.append((p, q))
            p = q + 1
    return out or [(0, len(text))]


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_WORD_TAIL = re.compile(r"[\w.]{0,9}\Z")  # the word before a full stop, dots kept ("U.S", "e.g")


def segment(text: str) -> Segments:
    paras = _paragraphs(text)
    sents = []
    tail = _WORD_TAIL.search
    for ps, pe in paras:
        start = ps
        for m in _END.finditer(text, ps, pe):
            j = m.start()  # the word before the full stop: "U.S.", "Dr", "p" are no sentence end
            k = text.rfind(" ", j - 10 if j - 10 > ps else ps, j)
            w = text[k + 1:j] if k >= 0 else ""  # (k == -1: never the whole prefix, which made it quadratic)
            if k >= 0 and w.isalpha():  # a plain word after a space (most sentence ends): no regex
                if len(w) < 9 and (len(w) == 1 or w.lower() in _ABBREV):
                    continue
            else:
                k = tail(text, max(ps, j - 9), j).start()
                if j - k < 9:  # abbreviations are short; a longer word ends a sentence
                    w = text[k:j].rstrip(".").lower()
                    if w in _ABBREV or (len(w) == 1 and w.isalpha()) or _INITIALS.fullmatch(w):
                        continue  # ("Н.М. Емельянова": initials)
            end = m.end()
            sents.append((start, end))
            start = end
            while start < pe and text[start].isspace():
                start += 1
        if start < pe:
            sents.append((start, pe))
    sents = [(s, e) for s, e in sents if e > s]
    return Segments(sents or [(0, len(text))], paras)


def sentence_text(text: str, span: tuple[int, int]) -> str:
    """A sentence with its internal line breaks and runs of spaces folded to single spaces."""
    s = text[span[0]:span[1]]
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s  # nothing to fold (isprintable is False for any line break, tab or other space)
    return " ".join(s.split())
