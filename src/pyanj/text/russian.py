"""Russian inflection of place names, so "в Хороге", "из Хорога", "Ванчского района" match like "Хорог".

Russian declines names: the matcher indexes every case form of every Cyrillic alias (and, for
districts and regions, the adjective Russian names them with: Дарваз -> Дарвазский, Дарвазского …),
all compiled into the one Aho–Corasick automaton, so matching stays one pass. Case forms come from
pymorphy3's dictionary where it knows the name as a geographic name, and from endings chosen by the
name's final letter where it does not; indeclinable names (ending in a vowel other than а/я) stay as
they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pyanj.text.vocab import (RU_COUNTRY_ADJECTIVES, RU_CROSSING_WORDS, RU_LEAD_WORDS, RU_REPORTING_STEMS,
                              RU_TITLES)

_VOWELS = "аеёиоуыэюя"
#: Consonants after which Russian writes и for ы and е for unstressed о.
_HUSHING = "жшчщц"
_VELAR_HUSHING = "гкхжшчщ"
#: Singular case endings of adjectives (Дарвазский, Дарвазского … Хатлонская, Хатлонской …).
ADJ_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")
#: Shortest name (letters) that is declined: shorter ones ("Ош") would collide with ordinary words.
MIN_LETTERS = 4


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=8192)
def morph_parses(word: str) -> tuple:
    """pymorphy3's readings of ``word``, likeliest first, kept per word: a word's readings never change, and
    one look-up costs ~0.1 ms (a Russian text asks about the same words again and again)."""
    return tuple(_morph().parse(word))


def _generated(word: str) -> set[str]:
    """Singular case forms of a noun by its final letter (for names pymorphy3 does not know)."""
    low = word.lower()
    last = low[-1]
    stem = word[:-1]
    if last in "оеиуыэю" or (last == "а" and len(low) > 1 and low[-2] in _VOWELS):
        return {word}  # Душанбе, Рудаки: indeclinable
    if last == "а":
        i = "и" if low[-2] in _VELAR_HUSHING else "ы"
        o = "е" if low[-2] in _HUSHING else "о"  # ("Крышей", "Москвой")
        return {word, stem + i, stem + "е", stem + "у", stem + o + "й", stem + o + "ю"}
    if last == "я":
        e = "и" if low.endswith("ия") else "е"
        return {word, stem + "и", stem + e, stem + "ю", stem + "ей"}
    if last == "й":
        return {word, stem + "я", stem + "ю", stem + "ем", stem + "е"}
    if last == "ь":
        return {word, stem + "я", stem + "ю", stem + "ем", stem + "е", stem + "и", stem + "ью"}
    o = "е" if last in _HUSHING else "о"
    return {word, word + "а", word + "у", word + o + "м", word + "е"}


def _known_forms(word: str) -> set[str] | None:
    """Singular forms pymorphy3 gives for a word it knows as a geographic name, in the word's own case."""
    for p in morph_parses(word):
        if "Geox" in p.tag and p.tag.POS == "NOUN":
            forms = {f.word for f in p.lexeme if "plur" not in f.tag}
            return {_recase(word, f) for f in forms}
    return None


def _recase(model: str, word: str) -> str:
    """``word`` (lower case) written with the capitals of ``model`` ("Калай-Хумб" -> "Калай-Хумба")."""
    out = []
    for i, c in enumerate(word):
        out.append(c.upper() if i < len(model) and model[i].isupper() else c)
    return "".join(out)


def is_adjective(word: str) -> bool:
    return word.lower().endswith(("ский", "ская", "ское", "цкий", "цкая"))


def common_adjective(word: str) -> bool:
    """A word pymorphy3's dictionary knows as an ordinary adjective and never as a place ("Малый", "Большого",
    "Старая"): its transliteration meeting a listed name ("Малый" -> "mali", Mali) is chance."""
    parses = morph_parses(word)
    return any(p.tag.POS == "ADJF" and p.is_known for p in parses) and not any("Geox" in p.tag for p in parses)


def adjective_forms(word: str) -> set[str]:
    """Case forms of an adjective written in the nominative (Дарвазский, Хатлонская …)."""
    low = word.lower()
    for nom in ("ский", "ская", "ское", "цкий", "цкая"):
        if low.endswith(nom):
            stem = word[:len(word) - 2]
            return {stem + e for e in ADJ_ENDINGS}
    return {word}


def noun_forms(word: str, short: bool = False) -> set[str]:
    """Singular case forms of one name word (its last hyphenated part is the one declined). A short
    name is declined only where the dictionary knows it as a place ("Ош" -> "Оша") or ``short`` says
    its source is cited (the curated "Тем" -> "Теме")."""
    head, sep, last = word.rpartition("-")
    if is_adjective(last):
        return {head + sep + f for f in adjective_forms(last)}
    forms = _known_forms(last)
    if forms is None:
        if sum(c.isalpha() for c in last) < (3 if short else MIN_LETTERS) and not head:
            return {word}
        forms = _generated(last)
    if last[-1:].lower() in _HUSHING:  # (after ж ш ч щ ц the instrumental is written -ом or -ем: "Вахшом")
        forms = forms | {f[:-2] + o + "м" for f in forms if f.lower().endswith(("ем", "ом")) for o in "ео"}
    return {head + sep + f for f in forms}


def _adjective_lexeme(word: str) -> set[str] | None:
    """Case forms (every gender and number) of a word the dictionary knows as an adjective ("Горный",
    "Нижний", "Памирские")."""
    if is_adjective(word):
        return adjective_forms(word)
    for p in morph_parses(word):
        if p.tag.POS == "ADJF" and "nomn" in p.tag:
            return {_recase(word, f.word) for f in p.lexeme
                    if f.tag.POS == "ADJF" and not {"Supr", "Cmp2"} & f.tag.grammemes}
    return None


def _noun_of_genitive(words: list[str]) -> bool:
    """A name made of a noun and the genitive after it ("Крыша мира"), as the dictionary reads them."""
    if len(words) != 2:
        return False
    head = morph_parses(words[0])[0].tag
    return head.POS == "NOUN" and "nomn" in head and "Geox" not in head \
        and any("gent" in p.tag and p.tag.POS == "NOUN" for p in morph_parses(words[1]))


def name_forms(name: str, adjective_alone: bool = True, short: bool = False) -> set[str]:
    """Every case form of a Cyrillic name. Single words and hyphenated names are declined whole; an
    adjective and its noun both ("Горный Бадахшан" -> "Горного Бадахшана", "Нижнем Пяндже"). In
    "Горно-Бадахшанская автономная область" the capitalised adjective alone names a district or region
    (``adjective_alone``: the span is the name word, lower-case generic words stay outside it, as the
    guideline says); another place keeps its generic word ("Памирского тракта", not "Памирских гор")."""
    words = name.split()
    if not words:
        return set()
    if len(words) == 1:
        return noun_forms(words[0], short)
    first = words[0]
    rest_lower = all(w[:1].islower() for w in words[1:])
    if adjective_alone and rest_lower and is_adjective(first.rpartition("-")[2]):
        return noun_forms(first)
    if _noun_of_genitive(words):  # "Крыша мира" -> "Крыше мира": the head noun declines, its genitive stays
        return {f + " " + " ".join(words[1:]) for f in noun_forms(first)}
    if len(words) == 3 and words[2][:1].islower():  # "Великий шёлковый путь" -> "Великого шёлкового пути",
        # "Старый Памирский тракт" -> "Старому Памирскому тракту"
        return _agreeing_forms(words) | {name}
    if len(words) != 2 or rest_lower:
        return {name}
    adj = _adjective_lexeme(first)
    if adj is None:
        return {name}
    nouns = _known_forms(words[1]) or _generated(words[1])
    return {a + " " + n for a in adj for n in nouns} | {name}


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _agreeing_forms(words: list[str]) -> set[str]:
    """The six singular cases of a name of two adjectives and a noun, each word in the same case ("Великого
    шёлкового пути", "Великим шёлковым путём"); nothing when the dictionary does not read it so."""
    parses = []
    for i, w in enumerate(words):
        pos = "NOUN" if i == len(words) - 1 else "ADJF"
        p = next((p for p in morph_parses(w) if p.tag.POS == pos and "nomn" in p.tag and "sing" in p.tag), None)
        if p is None:
            return set()
        parses.append(p)
    out = set()
    for case in _CASES:
        if case == "accs" and "inan" in parses[-1].tag:
            continue  # (an inanimate noun's accusative is its nominative: "через Великий шёлковый путь")
        forms = [p.inflect({case, "sing"}) for p in parses]
        if all(forms):
            out.add(" ".join(_recase(w, f.word) for w, f in zip(words, forms)))
    return out


def adjective_with_head(name: str) -> tuple[str, set[str], str] | None:
    """("Ваханская", its case forms, "valley") for "Ваханская долина": a name made of an adjective and a
    generic word, where the adjective names the place only before that generic word ("Ваханскую долину";
    "Памирского тракта" is the road, "Памирских гор" not)."""
    words = name.split()
    if len(words) != 2 or not words[1][:1].islower():
        return None
    cue = head_cue(words[1])
    forms = _adjective_lexeme(words[0]) if cue else None
    return (_adjective_lemma(words[0]), forms, cue) if forms else None


def _adjective_lemma(word: str) -> str:
    """The masculine nominative of an adjective ("Ваханская" -> "ваханский"): one key for its every form."""
    if is_adjective(word):
        return word[:-2].lower() + "ий"
    for p in morph_parses(word):
        if p.tag.POS == "ADJF":
            return p.normal_form
    return word.lower()


def with_spellings(ids: list[str], key: str, gz, any_type: bool, prev: str = "") -> list[str]:
    """``ids`` and the places whose other names share the transliteration key of a Cyrillic name: GeoNames
    gives "Ишкашим" to the Tajik town only, but the Afghan district is "Ishkashim" too. Without a cue or
    country hint only districts and provinces are added (the river "Пяндж" does not become the town), and
    none after "на" (Russian puts a district "в", a river "на": "на Пяндже")."""
    from pyanj.text.translit import translit_keys
    out = list(ids)
    if not any_type and prev.lower() == "на":
        return out
    index = gz.spelling_index()
    for tk in translit_keys(key):
        for table in (index.exact, index.short):  # (names of 6+ letters, and of 4-5)
            hit = table.get(tk)
            if hit is not None:
                out += [i for i in hit[1] if i not in out
                        and (any_type or gz.places[i].feature_type in ("admin1", "admin2"))]
    return out


def keep_by_head(ids: list[str], wanted: dict[str, frozenset], cue: str | None) -> list[str]:
    """``ids`` of a derived adjective, without the places whose generic words (``wanted``) do not hold the
    one written after it."""
    return [i for i in ids if i not in wanted or cue in wanted[i]]


#: The generic words whose cue lets the adjective of a range's or valley's name stand for it ("Памирских
#: гор", "Ваханской долины", "Алайского хребта").
PHYSICAL_CUES = frozenset({"mountains", "range", "valley", "pass", "lake", "corridor"})


_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "NPRO", "ADVB", "INTJ", "PRED"})


def ordinary_opening(text: str, start: int, surface: str) -> bool:
    """A name that the dictionary knows as another word ("Тем" in "Тем не менее"), opening a sentence."""
    before = text[max(0, start - 3):start].strip(" \t\"«(")
    if before and before[-1] not in ".!?\n":
        return False
    if "-" in surface or " " in surface:
        return False
    best = morph_parses(surface)[0].tag  # (a function word or pronoun first: "Тем", not "Горно-Бадахшанской")
    return best.POS in _FUNCTION_POS or "Apro" in best


#: pymorphy3's grammemes of a proper name (a person's, a place's, an organisation's) or an abbreviation.
_PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def ordinary_noun(word: str) -> bool:
    """A Cyrillic word every reading of which is a common noun the dictionary knows ("Жители", "Власти",
    "Беженцы"): capitalised only because it opens the sentence, so neither part of the name after it nor a
    person's given name before a surname."""
    if "-" in word or not is_cyrillic(word):
        return False
    from pyanj.text.vocab import RU_PERSON_NOUN_STEMS
    if word.lower().startswith(RU_PERSON_NOUN_STEMS):
        return False  # ("Поэт Шамсиддин Шохин": a noun of a person, whose name follows)
    parses = morph_parses(word)
    return bool(parses) and all(p.is_known and p.tag.POS == "NOUN" and not (_PROPER_TAGS & p.tag.grammemes)
                                for p in parses)


def adjective_of(name: str) -> str | None:
    """The adjective Russian names a district or region with: Дарваз -> Дарвазский, Хатлон -> Хатлонский."""
    if " " in name:
        return None
    head, sep, last = name.rpartition("-")
    low = last.lower()
    if sum(c.isalpha() for c in last) < MIN_LETTERS or is_adjective(last):
        return None
    if low[-1] in "оеиуыэю":
        return None  # (Рудаки, Душанбе: no regular adjective)
    stem = last[:-1] if low[-1] in "аяьй" else last
    return head + sep + stem + "ский"


# -- the rules around a name in a Russian text -------------------------------------------------------
#: The generic words of a historical state's Russian name ("Российская империя", "Бухарский эмират", "Хивинское
#: ханство"): before one, the capitalised adjective alone names the state ("Российской империи", "в Бухарском эмирате"),
#: as "Ваханской" names the valley before "долины". The cue "state" names no feature type: it selects nothing else.
STATE_HEADS = {"империя": "state", "эмират": "state", "ханство": "state"}


def _head_forms() -> dict[str, str]:
    """Every case form (lower case) of the Russian generic words of ``vocab.RU_HEADS`` and ``STATE_HEADS`` -> its
    cue (pymorphy3's lexeme of each word, singular and plural; generated endings for a word it lacks)."""
    from pyanj.text.vocab import RU_HEADS
    out: dict[str, str] = {}
    for lemma, cue in {**RU_HEADS, **STATE_HEADS}.items():
        forms = {lemma}
        for p in morph_parses(lemma):
            if p.tag.POS == "NOUN" and p.normal_form == lemma:
                forms |= {f.word for f in p.lexeme}
                break
        else:
            forms |= _generated(lemma)
        for f in forms:
            out.setdefault(f.lower().replace("ё", "е"), cue)
    return out


_HEADS: dict[str, str] | None = None


def head_cue(word: str) -> str | None:
    """The cue a Russian generic word (in any case) gives: "района" -> "district", "реки" -> "river"."""
    global _HEADS
    if _HEADS is None:
        _HEADS = _head_forms()
    return _HEADS.get(word.lower().replace("ё", "е"))


def _words_before(text: str, start: int, n: int) -> list[str]:
    """Up to ``n`` words before ``start`` in the same sentence (nearest last)."""
    last = _LAST_BEFORE  # (one read: the name's rules ask for the words before the same start up to four times)
    if last[0] is text and last[1] == start:
        return last[2][-n:]
    chunk = text[max(0, start - 80):start]
    k = _NO_STOP_REVERSED.match(chunk[::-1]).end()  # (what follows the last stop: one C-level scan, read backwards)
    words = chunk[len(chunk) - k:].split()
    _keep_before(text, start, words)
    return words[-n:]


#: (text, start, every word before ``start`` back to the last stop) of the last ``_words_before``: a value of the
#: text and the offset alone, kept for the next rule that asks of the same name.
_LAST_BEFORE: tuple = ("", -1, [])


def _keep_before(text: str, start: int, words: list[str]) -> None:
    global _LAST_BEFORE
    _LAST_BEFORE = (text, start, words)  # (one tuple: read and written whole)


#: Characters up to a sentence's or clause's stop (a quote, a bracket) that ``_words_before`` reads back to.
_NO_STOP_REVERSED = re.compile('[^.!?;:\n«»"(]*')


def head_after(text: str, end: int) -> str | None:
    """The cue of the Russian generic word right after ``end`` ("Ваханская долина" -> "valley")."""
    return head_cue(_word_after(text, end))


def language_noun_after(text: str, end: int) -> bool:
    """A noun of a language right after ``end`` ("Шугнанский язык", "на ваханском диалекте")."""
    from pyanj.text.vocab import RU_LANGUAGE_NOUN_STEMS
    return _word_after(text, end).lower().startswith(RU_LANGUAGE_NOUN_STEMS)


def _word_after(text: str, end: int) -> str:
    m = _NEXT.match(text, end, end + 40)
    return m.group(1) if m else ""



_NEXT = re.compile(r"[ \t\-]{1,2}([^\W\d_]+)")
#: Words between a name and its verb that leave the verb the name's ("не раз заявлял", "вновь обвинил").
_ADVERBS = frozenset({"не", "раз", "уже", "вновь", "снова", "ранее", "также", "тоже", "неоднократно",
                      "официально", "вчера", "сегодня", "публично", "резко"})
_PAIR = re.compile(r"\s+и\s+[А-ЯЁ][\w-]+\s+([^\W\d_]+)")
#: A generic word right after a name with a capitalised name after it: the word heads that next name.
_NEXT_NAMED = re.compile(r"[ \t]{1,2}[а-яё]+[ \t]+[А-ЯЁ]")


def _adjectival(surface: str) -> bool:
    """Is the name's last word an adjective ("Дарвазского", "Горно-Бадахшанской"), whose head follows it?"""
    last = surface.split()[-1].lower() if surface.split() else ""
    return len(last) > 4 and last.endswith(ADJ_ENDINGS)


_UNIT_AFTER = re.compile(r"(?:\s*(?:,|и|или)\s+[А-ЯЁа-яё-]+(?:ий|ый|ой|ая|ое|ого|ому|им|ом|ой|ую|ие|их|ими)\b)*\s+(\w+)")


def unit_adjective(text: str, end: int) -> bool:
    """An adjective made from a district's or region's name names it before the generic word, also past
    other adjectives ("Дарвазский и Ванчский районы", "Горно-Бадахшанской автономной области")."""
    m = _UNIT_AFTER.match(text, end, end + 120)
    if not m:
        return False
    word = m.group(1)
    if head_cue(word) in ("district", "province"):
        return True
    nxt = _word_after(text, m.end())  # ("автономной области")
    return word.lower().endswith(("ой", "ая", "ую", "ом", "ого", "ий")) and head_cue(nxt) in ("district", "province")


def is_cyrillic(s: str) -> bool:
    c = s[:1]
    return "\u0400" <= c <= "\u052f"


#: A body "under" a head of state or a government, its capitalised noun up to eight words before ("Агентства по
#: контролю за наркотиками (АКН) при президенте Таджикистана", "Комитета по чрезвычайным ситуациям при правительстве
#: Республики Таджикистан"): the state's name is part of the body's.
_BODY_UNDER = re.compile(r"(?<![\w-])(?:Агентств|Комитет|Служб|Управлени|Инспекци|Совет|Комисси|Фонд|Центр)[а-яё]*"
                         r"(?:[ \t]+[^\s.,;:!?]+){0,8}?[ \t]+при[ \t]+(?:[Пп]резиденте|[Пп]равительстве)"
                         r"(?:[ \t]+(?:Исламской|Республики|Народной))*[ \t]+\Z")


#: A quoted name right after the noun of a club, team, firm, paper, channel or operation ("футбольный клуб
#: «Памир»", "ФК «Хатлон»", "компании «Памир Энерджи»", "операции «Пяндж»"): the body's or the event's name.
_QUOTED_BODY = re.compile(r"(?<![\w-])(?:[Кк]луб|ФК|[Кк]оманд|[Кк]омпани|ООО|ОАО|ЗАО|АО|ОсОО|[Гг]азет|[Жж]урнал"
                          r"|[Тт]елеканал|[Рр]адиостанци|[Ии]здательств|[Аа]нсамбл|[Фф]естивал|[Оо]пераци)[а-яё]*"
                          r"[ \t]+[«\"„“]\Z")


def russian_org(text: str, start: int) -> bool:
    """"ГКНБ Таджикистана", "Министерства иностранных дел Таджикистана": the name is part of an organisation."""
    if _BODY_UNDER.search(text, max(0, start - 140), start) or _QUOTED_BODY.search(text, max(0, start - 16), start):
        return True
    words = _words_before(text, start, 6)
    dash = [i for i, w in enumerate(words) if w in ("—", "–")]
    if dash:  # (a dash ends an organisation's name: "Районный центр — посёлок городского типа Пяндж")
        words = words[dash[-1] + 1:]
    while words and words[-1].lower().startswith(_STATE_WORDS):
        words.pop()  # ("ГКНБ Республики Таджикистан": the state's full name inside the organisation's)
    if not words:
        return False
    last = words[-1].strip(",")
    if _border_troops(words) or _latin_brand(last, text, start):
        return True
    if _branch_of_body(words):
        return True
    if len(last) >= 2 and last.isupper() and is_cyrillic(last) and last not in _COMMON_ABBREVIATIONS \
            and not _capitalised_word(last):
        if last.endswith(")"):  # a bracketed abbreviation of the words before it: a place's after its generic
            # word ("автономную область (ГБАО) Таджикистана"), else a body's ("нацбезопасности (ГКНБ) Таджикистана")
            before = _words_before(text, text.rfind("(", max(0, start - 80), start), 1)
            return not (before and head_cue(before[-1]) is not None)
        return True  # an organisation's abbreviation right before the name (not "СМИ Таджикистана", the media)
    listed = " ".join(words).rpartition(",")[2].split()  # (an organisation's name has no comma in it)
    stems = _org_stems()
    if not any(w.lower().startswith(stems) for w in listed):
        return False  # (no organisation noun at all: most names, decided before the quote is looked for)
    opens = len(words) < 6 and "," not in " ".join(words) and not _after_quote(text, start)  # (opens the sentence)
    words = listed
    # an organisation noun written with a capital ("Министерства") or after one that does not open the
    # sentence ("Пограничных войск"; not "Военнослужащим правительственных войск")
    capital = False
    for i, w in enumerate(words):
        org = _is_org_word(w.lower(), stems)
        if org and w.lower().startswith("центр") and (i + 1 == len(words) and not capital
                                                        or i + 1 < len(words) and head_cue(words[i + 1]) is not None):
            org = False  # the administrative centre of a place ("Центр уезда Даркад", "центром района", "Центр
            # Горно-Бадахшанской автономной области"; not "Районного центра Пянджа", a body's capitalised name)
        if org and (w[:1].isupper() or capital):
            # (not "вывод войск из Афганистана": a preposition ends the organisation's name; not "Войска перешли
            # Пяндж": nor does a finite verb)
            return not any(x.lower() in RU_LEAD_WORDS or _finite_verb(x) for x in words[i + 1:])
        capital = capital or (w[:1].isupper() and not (i == 0 and opens))
    return False


def _branch_of_body(words: list[str]) -> bool:
    """A body's branch for a place: an abbreviation, "по" and perhaps a unit's word before the name ("КЧС по городу
    Душанбе", "УВД по Хатлонской области", "ГКНБ по ГБАО"): the branch's name holds the place."""
    if words and words[-1].lower() != "по" and head_cue(words[-1].strip(",")) in ("city", "district", "province"):
        words = words[:-1]
    if len(words) < 2 or words[-1].lower() != "по":
        return False
    body = words[-2]
    return len(body) >= 2 and body.isupper() and is_cyrillic(body) and body not in _COMMON_ABBREVIATIONS


def _border_troops(words: list[str]) -> bool:
    """The border troops' name right before the name, in any case and capitals ("офицер погранвойск Таджикистана",
    "Пограничные войска Таджикистана" opening a sentence, "пограничных войск России"): an organisation's, as the
    Russian sets annotate it (not "пограничники Таджикистана", the state's guards, nor "войск из Афганистана")."""
    last = words[-1].lower()
    if last.startswith("погранвойск"):
        return True
    return last.startswith("войск") and len(words) > 1 and words[-2].lower().startswith("пограничн")


_LATIN_WORD = re.compile(r"[A-Z][A-Za-z]{2,}")
#: A country's name in the nominative, as an edition's name writes it ("Таджикистан", "Россия", "Беларусь").
_EDITION_COUNTRY = re.compile(r"[А-ЯЁ][а-яё]+(?:стан|ия|усь|жан)(?![\w-])")


def _latin_brand(last: str, text: str, start: int) -> bool:
    """A Latin-script word right before a Cyrillic country name in the nominative is a brand's country edition
    ("Sputnik Таджикистан", "Forbes Казахстан": a news agency or magazine), not the country (a city after a Latin
    name, "сотрудник Tolonews Кабул покинул", stays the city)."""
    return _LATIN_WORD.fullmatch(last) is not None and text[max(0, start - 1):start] == " " \
        and _EDITION_COUNTRY.match(text, start) is not None


#: A region's number before a country's abbreviation: a licence plate's code ("номера – 02 РТ", "04РТ").
_PLATE_NUMBER = re.compile(r"(?<![\d\w])\d{2,3}[ \t]?\Z")


def plate_code(text: str, start: int, surface: str) -> bool:
    """A capitals abbreviation right after a two- or three-digit number is a licence plate's code ("Автомобильные
    номера – 02 РТ"), no mention of the country (a year's four digits are no plate: "в 1991 РТ")."""
    return surface.isupper() and len(surface) <= 3 and _PLATE_NUMBER.search(text, max(0, start - 4), start) is not None


_STATE_WORDS = ("республик", "исламск", "федеративн")


def state_name_words(words: str) -> bool:
    """Capitalised words of a state's full name ("Исламской Республики", "Республики"): after a province's name they
    say whose province it is ("провинции Тахор Исламской Республики Афганистан"), and are no part of that name."""
    ws = words.split()
    return bool(ws) and all(w.lower().startswith(_STATE_WORDS + ("народн", "демократическ")) for w in ws)
#: Organisation nouns beside ``vocab.RU_ORG_STEMS``: "Государственного архива Горно-Бадахшанской автономной области".
_MORE_ORG_STEMS = ("архив",)
#: Abbreviations of common nouns, no organisation's: "СМИ Таджикистана" (the media), "ВВП Афганистана".
_COMMON_ABBREVIATIONS = frozenset({"СМИ", "ВВП", "КПП"})  # (the media, the GDP, a checkpoint: no body's name)


def _capitalised_word(word: str) -> bool:
    """An ordinary Russian word of six letters or more written in capitals (a heading's "В СТОЛИЦУ ПАМИРА"),
    not an organisation's abbreviation (ГКНБ, ОДКБ: short, no dictionary word; ЮНЕСКО: pymorphy3's Abbr/Orgn)."""
    letters = word.strip("(),.").lower()
    if len(letters) < 6 or not _morph().word_is_known(letters):
        return False
    return not any({"Abbr", "Orgn"} & set(str(p.tag).replace(" ", ",").split(",")) for p in _morph().parse(letters))


def _after_quote(text: str, start: int) -> bool:
    """The words before ``start`` follow an opening quote or bracket («Исламское движение …»)."""
    chunk = text[max(0, start - 80):start]
    at = len(chunk) - _NO_STOP_REVERSED.match(chunk[::-1]).end() - 1  # (the last stop: one scan read backwards)
    return at >= 0 and chunk[at] in "«\"("


def _finite_verb(word: str) -> bool:
    """pymorphy3's likeliest reading of a lower-case word is a finite verb ("перешли", "заняли")."""
    if not word[:1].islower():
        return False
    parses = morph_parses(word)
    return bool(parses) and parses[0].tag.POS == "VERB"


def _is_org_word(word: str, stems: tuple[str, ...]) -> bool:
    """An organisation noun in any case: the stem and at most a case ending ("Министерства", not "Советского")."""
    # (one C-level prefix test first: most words start with no stem, and then no stem needs looking at)
    return word.startswith(stems) and any(word.startswith(s) and len(word) - len(s) <= 3 for s in stems)


@lru_cache(maxsize=1)
def _org_stems() -> tuple[str, ...]:
    from pyanj.text.vocab import RU_ORG_STEMS
    return RU_ORG_STEMS + _MORE_ORG_STEMS


def russian_cues(text: str, sp) -> None:
    """Cues, country hints and metonymy of a Cyrillic name in a Russian text."""
    after = _word_after(text, sp.end)
    before = _words_before(text, sp.start, 3)
    prev = before[-1].lower().strip(",") if before else ""
    cue = head_cue(after) if after else None
    if cue is not None and _NEXT_NAMED.match(text, sp.end) and not _adjectival(sp.surface):
        cue = None  # "Султон Ишкашим провинции Бадахшан": the generic word is the next name's ("провинции Бадахшан")
    if cue is None and prev:
        cue = head_cue(prev)
        if cue is None and (prev in RU_CROSSING_WORDS or " ".join(before[-2:]).lower() in RU_CROSSING_WORDS):
            cue = "crossing"
    if cue is None and after in ("и", "") and _adjectival(sp.surface):
        cue = _list_head_cue(text, sp.end)  # ("между Ванчским и Язгулемским хребтами": the plural head is each's)
    if cue is not None and sp.cue is None:
        sp.cue = cue
    for w in before[-2:]:
        lw = w.lower()
        if lw.startswith(_HINT_STEMS):  # (one C-level test first: most words start with no country's stem)
            for stem, iso in _HINT_ADJECTIVES:
                if lw.startswith(stem):
                    sp.country_hint = iso
    if sp.country_hint is None and len(before) == 3 and before[1] in ("—", "–") and head_cue(before[2]) is not None:
        for stem, iso in _BANK_ADJECTIVES:  # ("а левобережный — район Шигнан": the bank's adjective before a dash)
            if before[0].lower().startswith(stem):
                sp.country_hint = iso
    iso = _bank_adjective_after(text, sp.end, after, RU_COUNTRY_ADJECTIVES)
    if iso:
        sp.country_hint = iso
    if sp.country_hint is None and prev.startswith(_AFGHAN_UNIT_WORDS) and before and before[-1][:1].islower():
        sp.country_hint = "AF"  # ("провинции Бадахшан": Russian calls Afghan provinces so, the Tajik ones "область")
    if after == "и":  # "Москва и Душанбе договорились": the verb after the second name
        m = _PAIR.match(text, sp.end, sp.end + 60)
        after = m.group(1) if m else after
    if after.lower() in _ADVERBS:  # "Душанбе не раз заявлял", "Кабул вновь обвинил"
        words = text[sp.end:sp.end + 60].split()
        after = next((w for w in words[words.index(after) + 1:] if w.lower() not in _ADVERBS), "") \
            if after in words else after
    if prev in RU_TITLES or (after and after.lower().startswith(RU_REPORTING_STEMS)
                             and prev not in ("в", "из", "на", "у", "от", "до", "под", "над", "около")):
        sp.literal = False


#: One more capitalised adjective of a list after a name: ", Язгулемским", " и Язгулемским".
_LIST_ADJECTIVE = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+и[ \t]+)([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?)")


def _list_head_cue(text: str, end: int) -> str | None:
    """The cue of the plural generic word after a list of capitalised adjectives that follows a name's
    adjective ("Ванчским и Язгулемским хребтами", "Дарвазского, Ванчского и Рушанского хребтов"), or None."""
    pos, n = end, 0
    while n < 4:
        m = _LIST_ADJECTIVE.match(text, pos)
        if not m or not _adjectival(m.group(1)):
            break
        pos, n = m.end(), n + 1
    if not n:
        return None
    head = _word_after(text, pos)
    if not head or not any("plur" in p.tag for p in morph_parses(head.lower())[:2]):
        return None
    return head_cue(head)


#: The Panj's banks as Russian writes them: its left bank is Afghan, its right bank Tajik ("левобережный Дарваз отошёл к
#: Афганистану"). A hint only picks among a name's readings, so it counts for names of both banks alone.
_BANK_ADJECTIVES = (("левобережн", "AF"), ("правобережн", "TJ"))
#: Russian generic words of Afghanistan's units only: "провинция" (the Tajik provinces are "область", "вилоят")
#: and "уезд" (a Tajik district is "район").
_AFGHAN_UNIT_WORDS = ("провинци", "уезд")
#: The adjectives before a name that hint its country, in the order they are tried (the last that fits wins),
#: and their stems as one tuple for ``str.startswith``.
_HINT_ADJECTIVES = RU_COUNTRY_ADJECTIVES + _BANK_ADJECTIVES
_HINT_STEMS = tuple(stem for stem, _iso in _HINT_ADJECTIVES)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)»\"]|\n|$)")


def _bank_adjective_after(text: str, end: int, after: str, adjectives) -> str | None:
    """The country a bank's adjective written right after a name gives it ("между Ишкашимом Таджикским и
    Ишкашимом Афганским", "Дарваз афганский,"): capitalised, as part of the name, or lower-case closing the
    clause. Not an adjective of the next noun ("Кабул таджикская делегация": "делегация" follows)."""
    low = after.lower()
    iso = next((c for stem, c in adjectives if low.startswith(stem) and low.endswith(ADJ_ENDINGS)), None)
    if iso is None or after[:1].isupper():
        return iso
    m = _NEXT.match(text, end, end + 40)
    return iso if m and _CLAUSE_END.match(text, m.end()) else None


def adjective_nouns(word: str) -> list[str]:
    """The names an adjective in any case may be made from ("Кулябском" -> "Куляб", "Ванджского" ->
    "Вандж", "Сангтудинская" -> "Сангтуда"), for a district or region the matcher lists under no adjective. Of
    a name of two words only the last is an adjective ("Шамсиддин Шохинском" -> "Шамсиддин Шохин")."""
    given, space, word = word.rpartition(" ")
    if space:
        return [given + " " + noun for noun in adjective_nouns(word)] if given[:1].isupper() else []
    low = word.lower()
    for end in sorted(ADJ_ENDINGS, key=len, reverse=True):
        if low.endswith(("ск" + end, "цк" + end)):
            stem = word[:len(word) - len(end) - 2]
            break
    else:
        return []
    if sum(c.isalpha() for c in stem) < MIN_LETTERS - 1:
        return []
    out = [stem, stem + "а", stem + "ь", stem + "я"]
    if stem.lower().endswith("ин"):
        out += [stem[:-2] + "а", stem[:-2], stem[:-2] + "е"]  # (Сангтудинская: Сангтуда; Шохинского: Шохин
        # stays first; Курган-Тюбинской: Курган-Тюбе)
        out.append(stem[:-1])  # (a Tajik name in -и: Хамадонинский, Рудакинского)
    elif stem.lower().endswith("ей"):
        out.append(stem[:-1])  # (a name in -е: Восейский)
    return out


#: The rest of a bracket an adjective stands in, and the word after it: "Хатлонская (Курган-Тюбинская, южная)
#: область", "в Хатлонскую (до 1988 года — Курган-Тюбинскую) область".
_BRACKET_REST = re.compile(r"[^()\n]{0,40}?\)[ \t]*([^\W\d_]+)")


#: Other capitalised adjectives of a list after an adjective, and the generic word after them ("Хамадонинский и
#: Восейский районы", "Дарвазского, Ванчского и Рушанского районов").
_ADJECTIVE_LIST = re.compile(r"(?:\s*(?:,|и|или)\s+[А-ЯЁ][а-яё-]+(?:ий|ый|ой|ая|ое|ого|ому|им|ом|ую|ие|их|ими)\b)+"
                             r"\s+([^\W\d_]+)")


def unit_head_after(text: str, end: int) -> str | None:
    """The cue of the generic word an adjective names its unit before: the word right after it, or, for an
    adjective in a bracket after another unit's adjective (a former or other name), the word after the bracket."""
    cue = head_cue(_word_after(text, end))
    if cue is not None:
        return cue
    listed = _ADJECTIVE_LIST.match(text, end, end + 120)
    if listed is not None:
        return head_cue(listed.group(1))  # (past the list's other adjectives: "Хамадонинский и Восейский районы")
    opening = text.rfind("(", max(0, end - 60), end)
    if opening < 0 or ")" in text[opening:end]:
        return None
    before = _words_before(text, opening, 1)
    if not before or not _adjectival(before[-1]):
        return None  # (the bracket follows a unit's adjective: "Хатлонская (…) область")
    m = _BRACKET_REST.match(text, end)
    return head_cue(m.group(1)) if m else None


def adjective_unit(word: str, text: str, end: int, gz) -> tuple[str, str, tuple[str, ...]] | None:
    """("transliterated", key, ids) of the district or province an adjective names when "район" or
    "область" follows it ("в Кулябском районе", "Ванджского района"), found through the name it is
    made from (listed, or by its transliteration key); None for any other adjective."""
    if unit_head_after(text, end) not in ("district", "province"):
        return None
    from pyanj.text.normalize import join_key
    known = gz.index
    for noun in adjective_nouns(word):
        jk = join_key(noun)
        ids = with_spellings(list(known.get(jk, ())), jk, gz, True)
        units = tuple(i for i in ids if gz.places[i].feature_type in ("admin1", "admin2"))
        if units:
            return ("transliterated", jk, units)
    return _province_of_town(word, text, end, gz) or _district_of_town(word, text, end, gz)


def _district_of_town(word: str, text: str, end: int, gz) -> tuple[str, str, tuple[str, ...]] | None:
    """A district named after its seat, when "район" follows the adjective of the town's name and the gazetteer
    lists the town only ("Пенджикентского района": Panjakent District, whose seat Panjakent the gazetteer names
    Пенджикент): the district that holds the town and has its name; a district of another name (Хорог lies in
    Shughnon) is no reading of it."""
    if unit_head_after(text, end) != "district":
        return None
    from pyanj.text.normalize import join_key
    for noun in adjective_nouns(word):
        jk = join_key(noun)
        units = []
        for i in with_spellings(list(gz.index.get(jk, ())), jk, gz, True):  # (a former name: "Кировабадским районом")
            town = gz.places[i]
            if town.feature_type != "settlement":
                continue
            for pid in town.parents:
                unit = gz.places.get(pid)
                if unit is not None and unit.feature_type == "admin2" and join_key(unit.name) == join_key(town.name):
                    units.append(pid)
        if len(set(units)) == 1:
            return ("transliterated", jk, (units[0],))
    return None


def _province_of_town(word: str, text: str, end: int, gz) -> tuple[str, str, tuple[str, ...]] | None:
    """A province no gazetteer lists, named after its seat as Soviet oblasts were ("Курган-Тюбинской
    области": the Kurgan-Tyube oblast, seat Kurgan-Tyube), read as that town, its seat (a proxy), when
    the adjective is made from exactly one listed town's name."""
    if unit_head_after(text, end) != "province":
        return None
    from pyanj.text.normalize import join_key
    for noun in adjective_nouns(word):
        jk = join_key(noun)
        towns = tuple(i for i in gz.index.get(jk, ()) if gz.places[i].feature_type == "settlement")
        if not towns:  # (a town's former name, listed in its transliteration: "Ленинабадской области", Khujand)
            towns = tuple(i for i in with_spellings([], jk, gz, True) if gz.places[i].feature_type == "settlement"
                          and gz.places[i].country == "TJ")
        if len(towns) == 1:
            return ("transliterated", jk, towns)
    return None


#: Case endings a declined name may carry, longest first (what ``nominatives`` takes off).
_CASE_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ой", "ою", "ом", "ем", "ей", "ью", "ам", "ям", "ах", "ях",
                 "а", "я", "у", "ю", "е", "ы", "и")


def nominatives(word: str) -> list[str]:
    """The nominatives a declined Russian name may have ("Бадахшане" -> "Бадахшан", "Москве" -> "Москва"),
    for looking up a spelling the gazetteer does not list in Russian. The word itself is not included."""
    head, sep, last = word.rpartition("-")
    low = last.lower()
    out: list[str] = []
    for end in _CASE_ENDINGS:
        if low.endswith(end) and len(last) - len(end) >= MIN_LETTERS:
            stem = last[:len(last) - len(end)]
            for tail in ("", "а", "я", "ь", "й"):
                cand = head + sep + stem + tail
                if cand != word and cand not in out:
                    out.append(cand)
    return out

