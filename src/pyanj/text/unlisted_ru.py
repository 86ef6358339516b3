"""Names the gazetteer lacks in Russian texts, found from the Russian generic word written before them.

The Russian counterpart of ``pyanj.text.unlisted``'s cue rules ("в селе Дованг", "перевал Хабурабат",
"погранзаставой «Саригор»"); the spans it makes are placed by ``pyanj.resolve.unlisted``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pyanj.text.normalize import join_key
from pyanj.text.russian import _adjectival, _words_before, head_cue, nominatives, russian_org, unit_adjective
from pyanj.text.russian_units import post_name
from pyanj.text.spans import Span, _prev_word
from pyanj.text.unlisted import FLAG

__all__ = ["russian_unlisted"]

#: Kinds of place no village is: a name after a village's word listed only as these is a village the gazetteer lacks.
_NO_VILLAGE = frozenset({"river", "physical", "road"})


def _village_not_river(text: str, sp, gz) -> bool:
    """A Cyrillic name right after a lower-case form of "село"/"кишлак"/"деревня" ("в селе Сурхоб Фархорского
    района") whose every listed reading is a river, a range, a valley or a road (the Surkhob river): the village
    of that name, not the feature. A name with a town among its readings ("села Пяндж") keeps them."""
    if not sp.ids or not sp.surface[:1].isupper() or not "\u0400" <= sp.surface[:1] <= "\u04ff":
        return False
    words = _words_before(text, sp.start, 1)
    if not words or not words[-1][:1].islower() or head_cue(words[-1]) != "village":
        return False
    return all(gz.places[i].feature_type in _NO_VILLAGE for i in sp.ids)


# -- names the gazetteer lacks, from the Russian generic word before them ------------------------------
#: Cues a generic word before an unknown name gives it ("в селе Дованг", "перевал Хабурабат",
#: "погранзаставой “Саригор”"), as the unlisted-name finder names them.
_UNLISTED_CUES = {"village": "village", "pass": "pass", "valley": "valley", "base": "border post",
                  "district": "district", "camp": "camp"}
_CAP_NAME = re.compile(r"[«“\"]?([А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)[»”\"]?(?![\w.])")


def russian_unlisted(text: str, spans: list, gz) -> list:
    """Spans (flag ``not_in_gazetteer``) for capitalised Cyrillic names the gazetteer lacks written right
    after a Russian generic word (its every case: "села Овез уезда Хохон", "в населённом пункте Пули
    Моманд"); they are placed at the admin unit the text puts them in (``pyanj.resolve.unlisted``)."""
    for sp in spans:
        if _village_not_river(text, sp, gz):
            sp.ids, sp.cue = [], "village"  # ("в селе Сурхоб": a village the gazetteer lacks, not the river)
            sp.flags = sp.flags + [FLAG]
    taken = [(sp.start, sp.end) for sp in spans]
    out = _lower_case_countries(text, taken, gz)
    taken += [(sp.start, sp.end) for sp in out]
    overlaps = _overlap_test(taken)
    for m in _CAP_NAME.finditer(text):
        s, e = m.span(1)
        first, _, second = m.group(1).partition(" ")
        if second and _adjectival(second) and unit_adjective(text, e):
            e = s + len(first)  # ("в селе Овез Фархорского района": the village, then its district's adjective)
        if s and text[s - 1].isalnum() or overlaps(s, e):
            continue
        words = _words_before(text, m.start(), 2)
        cue = head_cue(words[-1]) if words and words[-1][:1].islower() else None
        if cue is None and len(words) == 2 and words[-1] == "пункте" and head_cue(words[0]) is None:
            cue = "village" if words[0].startswith("населен") else None
        if cue not in _UNLISTED_CUES or join_key(text[s:e]) in gz.index and not (cue == "base" and post_name(text, s)) \
                or russian_org(text, s):
            continue  # (a listed name quoted after a post's word is the post's: "заставы «Бахорак»")
        out.append(Span(s, e, text[s:e], join_key(text[s:e]), [], _UNLISTED_CUES[cue], None, True, [FLAG], False,
                        _prev_word(text, s)))
    return out


def _overlap_test(taken: list[tuple[int, int]]):
    """A test of whether (s, e) overlaps any of ``taken``: one bisection, not a pass over every span per name."""
    taken = sorted(taken)
    starts = [a for a, _ in taken]
    reach, far = [], -1  # reach[i]: the furthest end of intervals 0..i
    for _, b in taken:
        far = max(far, b)
        reach.append(far)

    def overlaps(s: int, e: int) -> bool:
        i = bisect_left(starts, e)  # (intervals 0..i-1 start before e)
        return i > 0 and reach[i - 1] > s
    return overlaps


# -- a country's "-стан" name written in lower case ("Настоящий афганистан") ------------------------------------------
#: A lower-case Cyrillic word ending in "стан" and a case ending: no ordinary Russian word but "стан" itself
#: ("стана", "достаточно" do not end so), so a country of that name is meant ("в афганистане", a heading's "афганистан").
_LOWER_STAN = re.compile(r"(?<![\w-])([а-яё]{4,}стан(?:а|у|ом|е)?)(?![\w-])")


def _lower_case_countries(text: str, taken, gz) -> list:
    """Spans for countries whose "-стан" name is written in lower case, when that name capitalised is only a
    country's (Афганистан, Таджикистан, Пакистан, Узбекистан)."""
    out = []
    for m in _LOWER_STAN.finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        word = m.group(1)
        name = word[:1].upper() + word[1:]
        for form in [name] + nominatives(name):  # ("пакистане": Пакистан)
            key = join_key(form)
            ids = list(gz.index.get(key, ()))
            if ids and all(gz.places[i].feature_type == "country" for i in ids):
                out.append(Span(s, e, word, key, ids, None, None, True, [], False, _prev_word(text, s)))
                break
    return out
