"""An abbreviation a text defines in parentheses right after a place's name names that place.

Reports define their own short forms: "the Districts of Republican Subordination (DRS) … throughout DRS",
"Rasht Valley (RV)". The gazetteer cannot list such ad-hoc initials, so ``defined_acronyms`` adds a span for
the parenthesised abbreviation and each later whole-word occurrence of it, with the defining span's
candidates, when the abbreviation is 2-6 capital letters that are exactly the initials of the name's
capitalised words (hyphenated parts count: "Gorno-Badakhshan Autonomous Oblast" -> GBAO). An organisation's
abbreviation after its name ("Afghanistan National Disaster Management Authority (ANDMA)") is none: the
place span found in it ("Afghanistan") is not the whole name, so its initials ("A") do not match.
"""

from __future__ import annotations

import re

from pyanj.text import spans as S

#: " (DRS)" right after a name.
_DEFINED = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")


def _initials(surface: str) -> str:
    """The first letters of the capitalised words and hyphenated parts ("of", "the" skipped)."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", surface) if w[:1].isupper())


def defined_acronyms(prep, spans: list, gz) -> list:
    """``spans`` with the uses of each abbreviation a place's name defines added (see the module)."""
    text = prep.text
    if "(" not in text:
        return spans
    found = []
    taken = [(sp.start, sp.end) for sp in spans]
    for sp in spans:
        if not sp.ids or " " not in sp.surface:
            continue  # (an abbreviation stands for a name of several words)
        m = _DEFINED.match(text, sp.end)
        if not m or _initials(sp.surface) != m.group(1):
            continue
        abbr = m.group(1)
        for u in re.finditer(r"(?<![\w\-])" + abbr + r"(?![\w\-])", text[m.start(1):]):
            s, e = m.start(1) + u.start(), m.start(1) + u.end()
            if any(a < e and b > s for a, b in taken):
                continue
            new = S.Span(s, e, abbr, abbr, list(sp.ids), None, sp.country_hint, True, ["defined_acronym"], False,
                         S._prev_word(text, s))
            taken.append((s, e))
            found.append(new)
    if not found:
        return spans
    return sorted(spans + found, key=lambda sp: (sp.start, sp.end))
