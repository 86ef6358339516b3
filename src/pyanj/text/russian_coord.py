"""Russian names that share one plural noun: "между Британской и Российской империями", "Язгулемским и
Рушанским хребтами".

Two names of one kind coordinated in Russian write their generic noun once, in the plural, after the
second adjective: neither adjective then meets the singular name the gazetteer lists ("Российская
империя"). Each adjective, put in the nominative singular of the noun's gender (pymorphy3), with the noun's
singular nominative after it, is looked up as a name; one found is a span on the adjective (the
guideline's span is the capitalised name word, the lower-case generic outside), unless another span holds
those words already. An organisation's or a unit's noun lists no such name, so they stay out.
"""

from __future__ import annotations

import re

from pyanj.text.normalize import join_key
from pyanj.text.spans import Span, _prev_word

__all__ = ["coordinated_adjectives"]

_ADJ = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
#: Two capitalised adjectives joined by "и" and a lower-case plural noun after them.
COORD = re.compile(r"(?<![\w-])(" + _ADJ + r")[ \t]+и[ \t]+(" + _ADJ + r")[ \t]+([а-яё]{4,})(?![\w-])")


def coordinated_adjectives(text: str, spans: list, gz) -> list:
    """Spans for the adjectives of names sharing one plural noun (see the module), in text order."""
    if " и " not in text:
        return []
    from pyanj.text.russian import _morph
    taken = [(sp.start, sp.end) for sp in spans if sp.ids]
    out = []
    for m in COORD.finditer(text):
        noun = next((p for p in _morph().parse(m.group(3)) if p.tag.POS == "NOUN" and "plur" in p.tag), None)
        if noun is None:
            continue
        lemma = noun.normal_form
        gender = next((p.tag.gender for p in _morph().parse(lemma) if p.tag.POS == "NOUN" and p.tag.gender), None)
        if gender is None:
            continue
        for g in (1, 2):
            s, e = m.span(g)
            if any(a < e and s < b for a, b in taken):
                continue
            ids = _name_ids(m.group(g), gender, lemma, gz)
            if ids:
                out.append(Span(s, e, text[s:e], join_key(text[s:e]), ids, None, None, True, [], False,
                                _prev_word(text, s)))
    return out


def _name_ids(adjective: str, gender: str, noun: str, gz) -> list[str]:
    """The ids of the name the adjective in the nominative singular and ``noun`` make, if listed."""
    from pyanj.text.russian import _morph
    for p in _morph().parse(adjective.lower()):
        if p.tag.POS != "ADJF":
            continue
        form = p.inflect({"nomn", "sing", gender})
        if form is None:
            continue
        ids = gz.index.get(join_key(f"{form.word} {noun}"), ())
        if ids:
            return sorted(ids)
    return []
