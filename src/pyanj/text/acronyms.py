"""An abbreviation a text defines in parentheses right after a place's name names that place.

Reports define their own short forms: "the Districts of Republican Subordination (DRS) … throughout DRS",
"Хайбер-Пахтунхва (ХП)", "Gilgit-Baltistan (GB)". The gazetteer cannot list such ad-hoc initials, so
``defined_acronyms`` adds a span for the parenthesised abbreviation and each later whole-word occurrence of
it, with the defining span's candidates, when the abbreviation is 2-6 capital letters (Latin or Cyrillic) that
are exactly the initials of the name's capitalised words and hyphenated parts ("Gorno-Badakhshan Autonomous
Oblast" -> GBAO; "of", "и" skipped as lower-case words). An organisation's abbreviation after its name
("Afghanistan National Disaster Management Authority (ANDMA)", "Таджикистана (ГКНБ)") is none: the place span
found in it is not the whole name, so its initials do not match.
"""

from __future__ import annotations

import re

from pyanj.text import spans as S

__all__ = ["defined_acronyms"]

#: " (DRS)", " (ХП)" right after a name.
_DEFINED = re.compile(r"[ \t]*\(([A-ZА-ЯЁ]{2,6})\)")
#: Where a name's words and hyphenated parts split.
_PARTS = re.compile(r"[\s\-‐–]+")


def _initials(surface: str) -> str:
    """The first letters of the capitalised words and hyphenated parts; "" for a name of one part."""
    parts = [w for w in _PARTS.split(surface) if w[:1].isupper()]
    return "".join(w[0] for w in parts) if len(parts) > 1 else ""


def defined_acronyms(prep, spans: list, gz) -> list:
    """``spans`` with the uses of each abbreviation a place's name defines added (see the module)."""
    text = prep.text
    if "(" not in text:
        return spans
    found = []
    taken = [(sp.start, sp.end) for sp in spans]
    for sp in spans:
        if not sp.ids:
            continue
        m = _DEFINED.match(text, sp.end)
        if not m or _initials(sp.surface) != m.group(1):
            continue
        abbr = m.group(1)
        for u in re.finditer(r"(?<![\w\-])" + abbr + r"(?![\w\-])", text[m.start(1):]):
            s, e = m.start(1) + u.start(), m.start(1) + u.end()
            if any(a < e and b > s for a, b in taken):
                continue
            found.append(S.Span(s, e, abbr, abbr, list(sp.ids), None, sp.country_hint, True, ["defined_acronym"],
                                False, S._prev_word(text, s)))
            taken.append((s, e))
    if not found:
        return spans
    return sorted(spans + found, key=lambda sp: (sp.start, sp.end))
