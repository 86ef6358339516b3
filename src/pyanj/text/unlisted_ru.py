"""Names the gazetteer lacks in Russian texts, found from the Russian generic word written before them.

The Russian counterpart of ``pyanj.text.unlisted``'s cue rules ("в селе Дованг", "перевал Хабурабат",
"погранзаставой «Саригор»"); the spans it makes are placed by ``pyanj.resolve.unlisted``.
"""

from __future__ import annotations

import re

from pyanj.text.normalize import join_key
from pyanj.text.russian import (_adjectival, _words_before, head_cue, nominatives, russian_org, unit_adjective,
                                 unit_head_after)
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
    words = _words_before(text, sp.start, 2)
    if not words or not (words[-1][:1].islower() or len(words) == 1) or head_cue(words[-1]) != "village":
        return False  # (the village word in lower case, or opening the sentence: "Джамоат Бартанг")
    return all(gz.places[i].feature_type in _NO_VILLAGE for i in sp.ids)


# -- names the gazetteer lacks, from the Russian generic word before them ------------------------------
#: Cues a generic word before an unknown name gives it ("в селе Дованг", "перевал Хабурабат",
#: "погранзаставой “Саригор”"), as the unlisted-name finder names them.
_UNLISTED_CUES = {"village": "village", "pass": "pass", "valley": "valley", "base": "border post",
                  "district": "district", "camp": "camp", "river": "river", "lake": "lake", "range": "range",
                  "peak": "peak", "glacier": "glacier", "canal": "canal", "fortress": "fortress"}
#: Abbreviated generic words before a name ("р. Кашалаяк", "пер. Талдык", "п.Тохтамыш", "оз. Зоркуль") -> the cue;
#: not after a number ("в 1895 г. Западный Памир": a year's "г.", "с. 149" a page's).
_ABBREVIATIONS = {"р": "river", "пер": "pass", "п": "village", "пос": "village", "с": "village", "сел": "village", "д": "village",
                  "г": "village", "оз": "lake", "хр": "range"}
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
                                  + r")\.[ \t]*\Z")
_NUMBER_BEFORE = re.compile(r"\d[ \t]*\Z")
_RIVULET = ("речк", "речушк")
_RIVERS_PLURAL = frozenset({"рек", "рекам", "реками", "реках"})
_CAP_NAME = re.compile(r"[«“\"]?([А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)[»”\"]?(?![\w-])(?!\.\w)")
#: The next name of a list after a village's name ("кишлаков Барсем, Бердибеков и Сипондж").
_LIST_NEXT = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+и[ \t]+)([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)(?![\w-])(?!\.\w)")
#: A ruler's title after a capitalised adjective ("местностей Бухарскому эмиру", "Дарвазского бека"): the title's
#: adjective, no place of its own.
_RULER_AFTER = re.compile(r"[ \t]+(?:эмир|хан|бек|шах|мир|хаким|губернатор)(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![\w-])")
#: A plural of the pass's word: the list after it names passes ("к перевалам Вахынч, Дузах-дара и Маас").
_PASSES_PLURAL = frozenset({"перевалы", "перевалов", "перевалам", "перевалами", "перевалах"})
#: A bracket of lower-case words between a generic word and its name ("в кишлаке (населенный пункт) Хостав").
_GLOSS_BEFORE = re.compile(r"\([а-яё ,-]{1,40}\)[ \t]*\Z")


def _abbreviation_cue(text: str, start: int) -> str | None:
    """The cue of an abbreviated generic word right before ``start`` ("пер. Майсара", "п.Бачор"), or None."""
    m = _ABBREVIATION_BEFORE.search(text, max(0, start - 6), start)
    if m is None or _NUMBER_BEFORE.search(text, max(0, m.start() - 3), m.start()):
        return None
    return _ABBREVIATIONS[m.group(1)]


def _cue_words(text: str, start: int) -> list[str]:
    """The two words before a name, past a lower-case bracket that glosses the generic word before it."""
    gloss = _GLOSS_BEFORE.search(text, max(0, start - 50), start)
    return _words_before(text, gloss.start() if gloss else start, 2)


def _listed_after(text: str, end: int) -> list[tuple[int, int]]:
    """The other names of a list that a village's name opens, up to a name of two capitalised words (a person:
    "кишлака Барсем, Ориф Нозимов")."""
    out = []
    m = _LIST_NEXT.match(text, end)
    while m and not _CAPITAL_NEXT.match(text, m.end()):
        out.append(m.span(1))
        m = _LIST_NEXT.match(text, m.end())
    return out


_CAPITAL_NEXT = re.compile(r"[ \t]+[А-ЯЁ]")
#: Words before a unit's generic word that make the two capitalised words after it the unit's head: a person.
_HEAD_OF_UNIT = ("глав", "замглав", "председател", "заместител", "руководител", "хоким", "раис")
#: The cues of an admin unit: one its adjective has named already names nothing after its generic word.
_UNIT_CUES = frozenset({"district", "province"})
#: Words before "канал" that make it a television or online channel.
_MEDIA_BEFORE = re.compile(r"(?:эфир|теле|ютуб|youtube|telegram|видео)[а-яё-]*[ \t]+[а-яё]*[ \t]*канал[а-яё]*[ \t]*\Z",
                           re.IGNORECASE)


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
    out += _physical_adjectives(text, taken)
    taken += [(sp.start, sp.end) for sp in out]
    out += _villages_after_colon(text, taken, gz)
    taken += [(sp.start, sp.end) for sp in out]
    for m in _CAP_NAME.finditer(text):
        s, e = m.span(1)
        first, _, second = m.group(1).partition(" ")
        if second and _adjectival(second) and unit_adjective(text, e):
            e = s + len(first)  # ("в селе Овез Фархорского района": the village, then its district's adjective)
        if s and text[s - 1].isalnum():
            continue
        words = _cue_words(text, m.start())
        # (the generic word in lower case, or opening the sentence: "Село Ямчун стоит высоко")
        cue = head_cue(words[-1]) if words and (words[-1][:1].islower() or len(words) == 1) else None
        if second and not words and head_cue(first) in _UNLISTED_CUES and not _adjectival(second):
            s, cue = s + len(first) + 1, head_cue(first)  # ("Перевал Хабуработ закрыт": the sentence's generic word)
        if cue is None:
            cue = _abbreviation_cue(text, m.start())
        if cue is None and words and words[-1].startswith(_RIVULET):
            cue = "river"  # ("речки Хумб")
        if cue == "river" and words and words[-1].lower() in _RIVERS_PLURAL and not _listed_after(text, e):
            continue  # ("одну из четырех легендарных рек Рая": a plural's genitive, no river's name; "между реками
            # Ванч и Хингоб" is a list of rivers)
        if cue is None and len(words) == 2 and words[-1] == "пункте" and head_cue(words[0]) is None:
            cue = "village" if words[0].startswith("населен") else None
        if cue not in _UNLISTED_CUES or russian_org(text, s):
            continue
        if second and e > s + len(first) and _CAPITAL_NEXT.match(text, e) and not m.group(0).endswith(("»", "”", '"')):
            e, second = s + len(first), ""  # ("сельсовета Ширговад Бекмурод Аловаков": the place, then a person)
        if second and e > s + len(first) and len(words) == 2 and words[0].lower().startswith(_HEAD_OF_UNIT):
            continue  # ("Замглавы района Азимджон Даравов", "глава сельсовета Бекмурод Аловаков": the unit's head, a person)
        if len(words) == 2 and words[0][:1].isupper() and _adjectival(words[0]) and _UNLISTED_CUES[cue] in _UNIT_CUES:
            continue  # ("Председатель Фархорского района Зариф Назири": the district named by its adjective, then a person)
        if cue == "canal" and _MEDIA_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # ("в эфире канала «Звезда»": a television channel)
        if not second and _adjectival(first) and _RULER_AFTER.match(text, e):
            continue
        found = any(a < e and s < b for a, b in taken) or join_key(text[s:e]) in gz.index \
            and not (cue == "base" and post_name(text, s))  # (a listed name quoted after a post's word is the post's)
        if not found:
            out.append(Span(s, e, text[s:e], join_key(text[s:e]), [], _UNLISTED_CUES[cue], None, True, [FLAG], False,
                            _prev_word(text, s)))
            taken.append((s, e))
        if cue not in ("village", "river") and not (cue == "pass" and words and words[-1].lower() in _PASSES_PLURAL):
            continue
        for a, b in _listed_after(text, e):  # ("кишлаков Барсем, Бердибеков", "реками Ванч и Хингоб": the list's others)
            if any(x < b and a < y for x, y in taken) or join_key(text[a:b]) in gz.index:
                continue
            out.append(Span(a, b, text[a:b], join_key(text[a:b]), [], cue, None, True, [FLAG], False,
                            _prev_word(text, a)))
            taken.append((a, b))
    return out + _repeats(text, out, taken)


def _repeats(text: str, found: list, taken) -> list:
    """Later mentions, in any case, of a village, river or pass found once after its generic word ("в селе Хостав
    … Жители Хостава эвакуированы"): the same name with the same cue; an adjective's span is not repeated."""
    from pyanj.text.russian import noun_forms
    out = []
    for src in found:
        if src.cue not in ("village", "river", "pass") or _adjectival(src.surface) or " " in src.surface:
            continue
        forms = sorted({f for f in noun_forms(src.surface) | {src.surface} if len(f) >= 3}, key=len, reverse=True)
        if not forms:
            continue
        for m in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])", text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken) or _CAPITAL_NEXT.match(text, e):
                continue
            out.append(Span(s, e, text[s:e], src.key, [], src.cue, None, True, list(src.flags), False, _prev_word(text, s)))
            taken.append((s, e))
    return out


# -- villages listed after a colon: "4 кишлачных совета: Егид, Нульванд, Сангевн и Хостав" -----------------------------
#: A plural village word, or a village council's ("кишлачных/сельских советов"), and the colon after it.
_VILLAGES_COLON = re.compile(r"(?<![\w-])(?:(?:кишлачн|сельск)[а-яё]*[ \t]+совет[а-яё]*|([а-яё]+))[ \t]*:[ \t]*")
_LIST_FIRST = re.compile(r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])(?!\.\w)")


def _villages_after_colon(text: str, taken, gz) -> list:
    """Spans for the names the gazetteer lacks in a list after a plural village word and a colon ("входят
    кишлаки: Егид, Сангевн", "4 кишлачных совета: Егид, Нульванд"); a name of two capitalised words (a person)
    ends the list."""
    out = []
    for m in _VILLAGES_COLON.finditer(text):
        if m.group(1) is not None and head_cue(m.group(1)) != "village":
            continue
        first = _LIST_FIRST.match(text, m.end())
        if first is None or _CAPITAL_NEXT.match(text, first.end()):
            continue
        for a, b in [first.span(1)] + _listed_after(text, first.end()):
            if any(x < b and a < y for x, y in taken) or join_key(text[a:b]) in gz.index:
                continue
            out.append(Span(a, b, text[a:b], join_key(text[a:b]), [], "village", None, True, [FLAG], False,
                            _prev_word(text, a)))
            taken.append((a, b))
    return out


# -- a range's, pass's, lake's or valley's adjective before its generic word ("Ваханским хребтом", "Таласской долине") --
_PLACE_ADJECTIVE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими))"
                              r"(?![\w-])")
#: The generic words whose adjective names a physical feature the gazetteer lacks -> the unlisted cue.
_PHYSICAL_HEADS = {"range": "range", "pass": "pass", "lake": "lake", "valley": "valley"}


def _physical_adjectives(text: str, taken) -> list:
    """Spans for capitalised adjectives written before a range's, pass's, lake's or valley's generic word (also first in a
    list of such adjectives: "между Язгулемским и Рушанским хребтами") that no listed name took: the feature of that
    name ("Ваханским хребтом", "Южно-Аличурский хребет", "с Хабурабадского перевала")."""
    out = []
    for m in _PLACE_ADJECTIVE.finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken):
            continue
        cue = _PHYSICAL_HEADS.get(unit_head_after(text, e))
        if cue is None or russian_org(text, s):
            continue
        out.append(Span(s, e, text[s:e], join_key(text[s:e]), [], cue, None, True, [FLAG], False, _prev_word(text, s)))
    return out


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
