"""Abbreviations a text defines in a bracket after a place's name: "Хайбер-Пахтунхва (ХП)", "Gilgit-Baltistan (GB)".

The bracket's capitals are the initials of the name's words (split at spaces and hyphens, small words such as
"of" skipped), so the abbreviation names the same place, there and wherever the text writes it again ("ХП", "GB"
alone later). An organisation's bracket after a place ("Таджикистана (ГКНБ)") spells other initials and is left.
"""

from __future__ import annotations

import re

from pyanj.text.spans import Span, _prev_word

__all__ = ["defined_abbreviations"]

_BRACKET = re.compile(r"[ \t]*\(([A-ZА-ЯЁ]{2,5})\)")
_SMALL = frozenset({"of", "the", "and", "и", "de", "e", "i"})


def _initials(surface: str) -> str:
    words = [w for w in re.split(r"[\s\-‐–]+", surface) if w and w.lower() not in _SMALL]
    return "".join(w[0] for w in words).upper()


def defined_abbreviations(text: str, spans: list) -> list:
    """Spans for the abbreviations the text defines after a place's name and for their later occurrences."""
    taken = [(sp.start, sp.end) for sp in spans]
    out = []
    for sp in spans:
        if not sp.ids:
            continue
        m = _BRACKET.match(text, sp.end)
        if m is None or len(m.group(1)) < 2 or _initials(sp.surface) != m.group(1):
            continue
        abbr = m.group(1)
        for hit in re.finditer(r"(?<![\w-])" + abbr + r"(?![\w-])", text):
            a, b = hit.span()
            if a < sp.end or any(x < b and a < y for x, y in taken):
                continue
            out.append(Span(a, b, abbr, sp.key, list(sp.ids), sp.cue, sp.country_hint, True, list(sp.flags), False,
                            _prev_word(text, a)))
            taken.append((a, b))
    return out
