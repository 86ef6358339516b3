"""Russian names that are no place there: a name inside a border unit's or a party body's name
("Ишкашимского отряда", "Горно-Бадахшанского областного комитета"), a border post's quoted name ("заставы
«Бахорак»": the post, not the Afghan town), a country in a currency's name ("долларов США"), a river's reading
after "в" ("в Пяндже": the town), and only a river's after "реки"/"реку"/"рекой" ("по реке Ванч")."""

from __future__ import annotations

import re

from pyanj.text.russian import _is_org_word, _words_before, head_cue


# -- a name that is part of a unit's or a body's name ------------------------------------------------
#: Nouns of a border unit or a party body a name's adjective stands before ("Ишкашимского отряда",
#: "Московского пограничного отряда", "Горно-Бадахшанского областного комитета"), and before whose
#: quoted name it is that unit's name ("пограничного отряда «Хамадони»").
_UNIT_NOUNS = ("отряд", "погранотряд", "комитет", "обком", "райком", "горком", "управлени", "отдел")
#: the adjectives a unit noun may come after ("пограничного отряда"; shared by a list of names:
#: "Ишкашимского и Московского отрядов", "Рошткалъинским, Ишкашимским и Мургабским отрядами"), then the noun
_UNIT_AFTER_ADJ = re.compile(r"(?:(?:\s*,\s*|\s+и\s+|\s+)[А-ЯЁа-яё-]+(?:ого|его|ой|ей|ому|ему|ым|им|ых|их|ый|ий|ая|ое"
                             r"|ые|ие|ими|ыми))*\s+([а-яё]+)")
_QUOTED_AFTER_UNIT = re.compile(r"(?:отряд|погранотряд)[а-яё]{0,3}\s+[«“\"]$", re.I)
#: a quoted name right after a news medium's noun is the medium ("агентства «Фергана»", "редактору \"Ферганы\"",
#: "газеты «Памир»"), and a name written with a Russian or Latin domain ("Фергана.ру") is the website
_QUOTED_AFTER_MEDIUM = re.compile(r"(?<![а-яё])(?:агентств|информагентств|издани|газет|еженедельник|телеканал|редакци"
                                  r"|редактор|сайт|портал)[а-яё]{0,3}\s+[«“\"]$", re.I)
_DOMAIN_AFTER = re.compile(r"\.(?:ру|ru|tj|kg|uz|kz|com|org)\b", re.I)
_QUOTED_AFTER_POST = re.compile(r"(?:застав|погранзастав|погранпост)[а-яё]{0,3}\s+[«“\"]$", re.I)


def post_name(text: str, start: int) -> bool:
    """A quoted name right after a border post's word is the post's name ("заставы «Бахорак»,
    дислоцированной в районе Шамсиддин Шохин", not the Afghan town Baharak), which
    ``pyanj.text.unlisted_ru`` makes a border post's span, placed in the district its sentence names.
    Without a district in the sentence the name keeps its listed readings."""
    if not _QUOTED_AFTER_POST.search(text, max(0, start - 30), start):
        return False
    lo = max(0, start - 200)
    a = max(text.rfind(".", lo, start), text.rfind("\n", lo, start), lo - 1)
    b = [x for x in (text.find(".", start, start + 200), text.find("\n", start, start + 200)) if x >= 0]
    return "район" in text[a + 1:min(b) if b else start + 200]
_ADJ_ENDINGS = ("ского", "ский", "ской", "ская", "ское", "ском", "скому", "ским", "ских", "цкого", "цкий", "цкой")


def unit_name(text: str, start: int, end: int, surface: str) -> bool:
    """The name belongs to a unit's or a body's name, not to a place: its adjective before a unit noun
    (past one more adjective: "Московского пограничного отряда"), a unit's quoted name
    ("пограничного отряда «Хамадони»"), or a capitalised body noun itself ("Совета коллективной
    безопасности"). Not "Ишкашимского района", "Пянджском участке", "Таджикистана" after "отряда" without
    quotes."""
    from pyanj.text.vocab import RU_ORG_STEMS
    if _QUOTED_AFTER_UNIT.search(text, max(0, start - 30), start) or post_name(text, start):
        return True
    if _QUOTED_AFTER_MEDIUM.search(text, max(0, start - 30), start) or _DOMAIN_AFTER.match(text, end):
        return True  # a news medium named after a place ("агентства «Фергана»", "Фергана.ру")
    if " " not in surface and surface[:1].isupper() and _is_org_word(surface.lower(), RU_ORG_STEMS):
        return True  # ("Совет Европы", "Совета коллективной безопасности")
    if not surface.lower().endswith(_ADJ_ENDINGS):
        return False
    m = _UNIT_AFTER_ADJ.match(text, end, end + 60)
    return bool(m) and m.group(1).lower().startswith(_UNIT_NOUNS)


#: A unit noun right before a name with no quote ("начальник пограничного отряда Шамсиддин Шохин"), and a person's
#: two initials ("в память о С. М. Кирове").
_UNIT_BEFORE = re.compile(r"(?<![а-яё])(?:отряд|погранотряд)[а-яё]{0,3}\s+$", re.I)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?$")


def unquoted_unit_name(text: str, start: int) -> bool:
    """A name right after a border unit's noun is the unit's name, quoted or not ("пограничного отряда Шамсиддин
    Шохин", "погранотряда Ишкашим"); the caller leaves countries out ("отряда Таджикистана": the country's unit)."""
    return bool(_UNIT_BEFORE.search(text, max(0, start - 16), start))


def after_initials(text: str, start: int) -> bool:
    """A name right after a person's two initials is the person's surname ("в память о С. М. Кирове", "А. Н.
    Хорогов"); one capital and a dot may be an abbreviation opening a sentence ("П. Мургаб"), so it is not enough."""
    return bool(_INITIALS_BEFORE.search(text, max(0, start - 8), start))


def no_river_after_v(text: str, sp, gz) -> list[str]:
    """A name right after "в"/"во" with no generic word is a place one is in, never a river ("в Пяндже",
    "приезд в Пяндж": the town or district; "в реке Пяндж" has its head): its other readings, if any."""
    if sp.cue is not None or sp.prev_word.lower() not in ("в", "во"):
        return sp.ids
    if any(w.lower().startswith(_INFLOW_STEMS) for w in _words_before(text, sp.start, 4)[:-1]):
        return sp.ids  # ("у впадения Гунта в Пяндж", "Гунт впадает в Пяндж": a river flows into it)
    return [i for i in sp.ids if gz.places[i].feature_type != "river"] or sp.ids


def river_after_na(text: str, sp, gz) -> list[str]:
    """A name right after "на"/"по"/"вдоль" with no generic word, read as a river and as a town or district, is the
    river ("на Вахше", "сплавляются по Вахшу": Russian puts a town "в", a river "на"); a mountain's reading stays
    beside it ("на Памире": the Pamirs)."""
    if sp.cue is not None or sp.prev_word.lower() not in ("на", "по", "вдоль"):
        return sp.ids
    kinds = {gz.places[i].feature_type for i in sp.ids}
    if not kinds & {"settlement", "admin2"} or kinds - {"settlement", "admin2", "river"}:
        return sp.ids
    if "river" not in kinds:  # ("на Ванче": the river listed only as "Vanch River")
        return _listed_as_river(sp.key, gz) or sp.ids
    return [i for i in sp.ids if gz.places[i].feature_type == "river"]


#: Stems of the words a river flows into another with ("впадает в", "у впадения … в", "сливается в").
_INFLOW_STEMS = ("впад", "влив", "слив", "стека", "нес", "устье", "приток")


def no_town_after_river_word(text: str, sp, gz) -> list[str]:
    """A name right after a form of "река" ("реки Пяндж", "по реке Ванч", "рекой Гунт") names the river, never
    the town or district of the same name: its river readings, if it has any ("реки Хумб" with none listed
    keeps its readings). The word must stand right before the name; a cue word after it may begin the next
    clause ("в Ванче реки разливаются")."""
    before = _words_before(text, sp.start, 1)
    if not before or head_cue(before[-1].strip(",")) != "river":
        return sp.ids
    rivers = [i for i in sp.ids if gz.places[i].feature_type == "river"] or _listed_as_river(sp.key, gz)
    return rivers or sp.ids


#: The forms of "берег" (bank, shore) a river's or lake's name follows in the genitive ("на берегах Пянджа",
#: "с левого берега Вахша", "на берегу Каракуля").
_BANK_WORDS = frozenset({"берег", "берега", "берегу", "берегом", "береге", "берегов", "берегам", "берегами", "берегах",
                         "побережье", "побережья", "побережью"})


def water_after_bank_word(text: str, sp, gz) -> list[str]:
    """A name right after a form of "берег" ("на берегах Пянджа", "с левого берега Ванча") is the water whose bank
    it is: its river and lake (physical) readings, if it has any, never the town or district of the same name ("берега
    Хорога" with no water reading keeps its readings)."""
    if sp.cue is not None:
        return sp.ids
    before = _words_before(text, sp.start, 1)
    if not before or before[-1].lower() not in _BANK_WORDS:
        return sp.ids
    water = [i for i in sp.ids if gz.places[i].feature_type in ("river", "physical")] or _listed_as_river(sp.key, gz)
    return water or sp.ids


def _listed_as_river(key: str, gz) -> list[str]:
    """The rivers listed only with their generic word ("Vanch River" for "реки Ванч"), found by the
    transliteration key of the name and "River" together."""
    from pyanj.text.translit import translit_keys
    index = gz.spelling_index()
    river = translit_keys("River")[0]
    out: list[str] = []
    for tk in translit_keys(key):
        hit = index.exact.get(tk + river)
        if hit is not None:
            out += [i for i in hit[1] if i not in out and gz.places[i].feature_type == "river"]
    return out


#: A country's abbreviation inside a currency's name ("долларов США", "доллар США"): the currency, no place.
_CURRENCY_BEFORE = re.compile(r"(?:доллар|долл\.|цент)[а-яё]{0,4}\s+$", re.I)


def currency_name(text: str, start: int, surface: str) -> bool:
    """"США" right after a form of "доллар" (or "долл.", "цент") is part of the currency's name ("300 долларов
    США", "курс доллара США"), not the country; "в США", "доллары из США" stay mentions (the preposition is
    the word before)."""
    return surface == "США" and bool(_CURRENCY_BEFORE.search(text, max(0, start - 20), start))


#: Between a district's name and the province named right after it: its generic word ("Фархорским районом
#: Хатлонской области", "района Шамсиддин Шохин Хатлонской области").
_DISTRICT_THEN_PROVINCE = re.compile(r"\s+(?:район|уезд)[а-яё]{0,3}\s+$")


def district_in_named_province(text: str, spans, gz) -> None:
    """A district whose generic word is followed by a province's name ("Фархорским районом Хатлонской области")
    lies in that province: the province's country becomes the district's country hint, when every reading of the
    province is in one country and the district has a reading there ("Фархорским" is also Afghan Farkhar)."""
    for a, b in zip(spans, spans[1:]):
        if a.country_hint or a.cue != "district" or not _DISTRICT_THEN_PROVINCE.fullmatch(text, a.end, b.start):
            continue
        if b.cue != "province" or not b.ids:
            continue
        provinces = [gz.places[i] for i in b.ids]
        countries = {p.country for p in provinces}
        if len(countries) == 1 and all(p.feature_type == "admin1" for p in provinces):
            iso = countries.pop()
            if iso and any(gz.places[i].country == iso for i in a.ids):
                a.country_hint = iso
