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

__all__ = ["coordinated_adjectives", "listed_after_colon"]

_ADJ = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?"
#: Two capitalised adjectives joined by "и" and a lower-case plural noun after them.
COORD = re.compile(r"(?<![\w-])(" + _ADJ + r")[ \t]+и[ \t]+(" + _ADJ + r")[ \t]+([а-яё]{4,})(?![\w-])")


def coordinated_adjectives(text: str, spans: list, gz) -> list:
    """Spans for the adjectives of names sharing one plural noun (see the module; and a list after a colon, its
    noun before it: ``listed_after_colon``), in text order."""
    out = _coordinated(text, spans, gz)
    listed = listed_after_colon(text, spans + out, gz)
    return sorted(out + listed, key=lambda sp: sp.start) if listed else out


def _coordinated(text: str, spans: list, gz) -> list:
    if " и " not in text:
        return []
    from pyanj.text.russian import morph_parses
    taken = [(sp.start, sp.end) for sp in spans if sp.ids]
    out = []
    for m in COORD.finditer(text):
        noun = next((p for p in morph_parses(m.group(3)) if p.tag.POS == "NOUN" and "plur" in p.tag), None)
        if noun is None:
            continue
        lemma = noun.normal_form
        gender = next((p.tag.gender for p in morph_parses(lemma) if p.tag.POS == "NOUN" and p.tag.gender), None)
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
    from pyanj.text.russian import morph_parses
    for p in morph_parses(adjective.lower()):
        if p.tag.POS != "ADJF":
            continue
        form = p.inflect({"nomn", "sing", gender})
        if form is None:
            continue
        ids = gz.index.get(join_key(f"{form.word} {noun}"), ())
        if ids:
            return sorted(ids)
    return []


#: A colon closing up to four words (a plural generic noun among them) and the list after it ("трех хребтов:
#: Дарвазского, Академии Наук и Ванчского", "служат хребты Памирских гор: Шахдаринский и Южно-Аличурский на севере и
#: Ваханский на юге").
_COLON_LIST = re.compile(r"((?:[А-ЯЁа-яё-]+[ \t]+){0,3}[А-ЯЁа-яё-]+):[ \t]*([^.\n;:]{1,200})")
_LIST_ADJ = re.compile(r"(?<![\w-])(" + _ADJ + r")(?![\w-])")
#: The run of Russian words and spaces before a colon, read backwards; what may follow the colon.
_WORDS_BACK = re.compile(r"[А-ЯЁа-яё\- \t]*")
_AFTER_COLON = re.compile(r":[ \t]*[^.\n;:]{0,200}")


def _colon_lists(text: str):
    """``_COLON_LIST.finditer(text)``, searched only around each colon: a match holds one colon, its words run
    back from it, so the regex need not be tried at every letter of the text (which cost a Russian text ~10 %)."""
    pos = 0
    c = text.find(":")
    while c >= 0:
        lo, back = c, 64
        while True:  # (where the run of words before the colon starts: no match of this colon starts before)
            a = max(pos, c - back)
            k = _WORDS_BACK.match(text[a:c][::-1]).end()
            if k < c - a or a == pos:
                lo = c - k
                break
            back *= 4
        m = _COLON_LIST.search(text, lo, _AFTER_COLON.match(text, c).end())
        if m:
            yield m
            pos = m.end()
        c = text.find(":", max(pos, c + 1))


def listed_after_colon(text: str, spans: list, gz) -> list:
    """Names a list after a colon makes of a plural generic noun before the colon (the nearest one that names
    any) and each capitalised adjective of the list: spans for the ones no span holds, and the generic word's
    reading for an adjective read before as another place's ("Ванчского" the district): the noun names the kind
    of all of them. A noun the gazetteer names nothing with ("два варианта: Первый и Второй") adds nothing."""
    if ":" not in text:
        return []
    from pyanj.text.russian import morph_parses
    by_start = {sp.start: sp for sp in spans}
    taken = [(sp.start, sp.end) for sp in spans]
    out = []
    for m in _colon_lists(text):
        adjectives = list(_LIST_ADJ.finditer(text, m.start(2), m.end(2)))
        if not adjectives:
            continue
        for word in reversed(m.group(1).split()):
            if not word.islower():
                continue
            noun = next((p for p in morph_parses(word) if p.tag.POS == "NOUN" and "plur" in p.tag), None)
            if noun is None:
                continue
            lemma = noun.normal_form
            gender = next((p.tag.gender for p in morph_parses(lemma) if p.tag.POS == "NOUN" and p.tag.gender), None)
            found = [(a, _name_ids(a.group(1), gender, lemma, gz)) for a in adjectives] if gender else []
            found = [(a, ids) for a, ids in found if ids]
            if not found:
                continue
            for a, ids in found:
                s, e = a.span(1)
                old = by_start.get(s)
                if old is not None and old.end == e:
                    old.ids = ids  # (the list's noun names its kind: "Ванчского" of "хребтов: …" the range)
                elif not any(x < e and s < y for x, y in taken):
                    out.append(Span(s, e, text[s:e], join_key(text[s:e]), ids, None, None, True, [], False,
                                    _prev_word(text, s)))
            break
    return out
