"""Find the spans of a text that name places, with the local cues that type them.

Recognition is the gazetteer matcher plus rules for what English frontier texts do around names:
capitalisation, acronyms, organisation names that contain a place ("Tehrik-e-Taliban Tajikistan", "Radio Free Europe", "China Brief"),
generic heads ("Takhar Province", "Darvaz district"), cue phrases ("camps in X",
"X border crossing"), coordinated lists that share a cue, country hints
("Tajikistan's Darvaz district", "Darwaz (Badakhshan, Afghanistan)") and
metonymy ("Dushanbe said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pyanj.text.normalize import join_key
from pyanj.text.orgnames import org_name_around
from pyanj.text.prepare import Prepared, prepared
from pyanj.text.russian import (_adjectival, language_noun_after, head_after, head_cue, is_cyrillic, keep_by_head,
                                 ordinary_noun, ordinary_opening, plate_code, russian_cues, russian_org, unit_adjective,
                                 with_spellings)
from pyanj.text.russian_units import (after_initials, currency_name, no_river_after_v, no_town_after_river_word, river_after_na,
                                       unit_name, unquoted_unit_name, water_after_bank_word)
from pyanj.text.vocab import (RU_LEAD_WORDS, ARTICLE_HEAD_AFTER, BEFORE_CUE, BEFORE_CUE_LAST_WORDS, BEFORE_CUE_TYPE, DEMONYM_HEAD,
                               DEMONYMS, ETHNONYMS_AFTER, GIVEN_NAMES, HEAD_RE, HEADS, HONORIFICS, ORG_IN_HEADS,
                               SURNAME_BEGINNINGS, SURNAME_ENDINGS, ORG_HEADS, ORG_LAST_HEADS, ORG_OF_HEADS, ORG_PREFIX, PERSON_TITLES,
                               POSSESSIVE_POLICY,
                               PROPER_HEADS, REPORTING, TITLE_OF, TRIMMED_HEAD_TAIL, UNIT_AFTER, UNIT_FIRST_LETTERS,
                               before_cue_possible, head_possible, reporting_possible, title_of_possible)


@dataclass(slots=True)
class Span:
    start: int
    end: int
    surface: str
    key: str
    ids: list[str]
    cue: str | None = None
    country_hint: str | None = None
    literal: bool = True
    flags: list[str] = field(default_factory=list)
    after_the: bool = False  # "the Panj": rivers and ranges take the article, towns do not
    prev_word: str = ""
    group: int | None = None  # coordinated list ("Kuf Ab, Khwahan and Shekay") the span belongs to


def _first_cased(s: str) -> str | None:
    for c in s:
        if c.isalpha():
            return c
    return None


def _is_capitalised(surface: str) -> bool:
    c = _first_cased(surface)
    return c is None or not c.islower()


def _upper_ok(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _prev_word(text: str, start: int) -> str:
    """The word before ``start`` (hyphens and apostrophes kept), skipping spaces and hyphens."""
    c = text[start - 1] if start else ""
    if start > 1 and (c == " " or c == "\n") and text[start - 2] not in " \t\n\r-":
        # the common case, one space (or a line break) after a plain word: found with rfind, no regex
        a = start - 42 if start > 42 else 0
        j = text.rfind(" ", a, start - 1)
        w = text[j + 1:start - 1]
        if j >= 0 and w.isalnum() and len(w) <= 40:
            return w
        k = text.rfind("\n", a, start - 1)  # (a word opening its line)
        if k > j:
            w = text[k + 1:start - 1]
            if w.isalnum() and len(w) <= 40:
                return w
    elif c and c not in " \t\n\r-’'" and not c.isalnum():
        return ""  # ("(Khorog", "“Kabul": no word right before the name)
    lo = start - 64 if start > 64 else 0
    m = _PREV_WORD_REV.match(text[lo:start][::-1])  # (reversed: a regex can then anchor at the end)
    if m.end() < start - lo or lo == 0:
        return m.group(1)[::-1]
    i = start  # the window ran out: walk back without one
    while i > 0 and text[i - 1] in " \t\n\r-":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "’'-") and i - j < 40:
        j -= 1
    return text[j:i]


#: Spaces and hyphens, then up to 40 letters, digits, apostrophes or hyphens: a word, read backwards.
_PREV_WORD_REV = re.compile(r"[ \t\n\r\-]*((?:[^\W_]|[’'\-]){0,40})")


#: A currency named by its country ("US dollars"): no mention of the country.
_CURRENCY_AFTER = re.compile(r" [Dd]ollars?\b")
_OF_CHAIN = re.compile(r"((?:[A-Z][\w\-]*\s+|\([A-Z]{2,8}\)\s+|of\s+|and\s+|for\s+|the\s+){1,8})of\s+(?:the\s+)?$")


def _is_org(text: str, start: int, end: int, hit_is_country: bool, prev_word: str | None = None) -> bool:
    """True when the name is part of an organisation or publication name."""
    prev = (_prev_word(text, start) if prev_word is None else prev_word).lower().strip("’'")
    if prev and (prev in ORG_PREFIX if "-" not in prev else prev.rpartition("-")[2] in ORG_PREFIX
                 and not prev.startswith(("anti-", "pro-", "post-", "pre-"))):
        return True
    nxt = text[end:end + 1]
    c = text[end + 1:end + 2]
    if nxt == "$" or (nxt == " " and c == "$"):  # "US$1,8", "US $313m": a currency
        return True
    if nxt == " " and c in "dD" and _CURRENCY_AFTER.match(text, end, end + 12):
        return True  # "45 million US dollars", "the U.S. dollar": the currency, as "долларов США" (text/russian.py)
    if nxt in "”\"’" and nxt and text[end + 1:end + 2] == " ":  # ("“Shouroobod” border unit": past the quote)
        nxt, c = " ", text[end + 2:end + 3]
    if nxt in (" ", "\t", "\n", "-"):  # only a following word can make an organisation of the name
        # capitalised words that follow directly, up to three (the regex runs only when one does)
        if c in (" ", "\t", "-"):
            c = text[end + 2:end + 3]
        if "A" <= c <= "Z" and nxt != "\n":
            m = _CAP_WORDS.match(text, end, end + 60)
            if m and (any(w and _org_word(w) in ORG_HEADS for w in m.groups()[:3])
                      or (m.group(4) and _org_word(m.group(4)) in FAR_ORG_HEADS)
                      or (not m.group(2) and _org_word(m.group(1)) in ORG_LAST_HEADS)):
                return True  # (a fourth word only for an office's head: "… Launches New Water Project" is a headline)
        if (c in UNIT_FIRST_LETTERS or not c.isalnum()) and UNIT_AFTER.match(text, end, end + 60):
            return True  # ("Kunduz brigade": the regex runs only when such a word may follow)
    if prev in ("in", "to", "the") and _ORG_IN_HEAD.search(text, max(0, start - 90), start) \
            and _ORG_IN.search(text, max(0, start - 90), start):
        return True  # "United Nations Assistance Mission in Afghanistan", "EU Delegation to Afghanistan"
    if not prev and text[start - 2:start - 1] == ")" and (acr := _ACRONYM_BEFORE.search(text, max(0, start - 12), start)) \
            and acr.group(1).lower() in ORG_PREFIX:
        return True  # "Aga Khan Foundation (AKF) Tajikistan": the agency's country office, its acronym bracketed
    if prev == "for" and _ASIA_PACIFIC.match(text, start) and _REGIONAL_FOR.search(text, max(0, start - 60), start):
        return True  # "WFP Regional Director for Asia and the Pacific": the UN's bureau (no continent; "Regional
        # Representative for Central Asia" keeps its region)
    # "<Org head> … of X": Ministry of Energy of Tajikistan, National Resistance Front of Afghanistan
    if prev not in ("of", "the", ""):  # (no "of" just before: the common case, decided cheaply)
        return False
    before = text[max(0, start - 80):start]
    tail = before.rstrip()
    if tail.endswith((" of", "\nof", " of the", "\nof the")):
        # the word before that "of" must be capitalised or "of/and/for/the" for the chain below to
        # reach it ("the capital of Tajikistan" is decided here, without the costly search)
        words = tail.split()
        k = -3 if words[-1] == "the" else -2
        tok = words[k] if len(words) >= -k else ""
        if tok == tok.lower() and not tok.endswith(("of", "and", "for", "the")):
            return False
        m = _OF_CHAIN.search(before)
        if m:
            chain = {w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1))}
            if chain & ORG_OF_HEADS:
                return True
    return False


#: "<Capitalised word> Mission|Delegation [of the <Capitalised words>] in|to [the]" right before a name.
_ORG_IN = re.compile(r"[A-Z][\w\-]*\s+(?:%s)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w\-]*){1,3})?\s+(?:in|to)\s+(?:the\s+)?$"
                     % "|".join(ORG_IN_HEADS))
#: Its head words alone: a literal search, made first (``_ORG_IN`` tries each capital of the window; most windows
#: hold no head).
_ORG_IN_HEAD = re.compile("|".join(ORG_IN_HEADS))
#: "Regional <Title|Bureau|Office> for" right before "Asia and (the) Pacific": the UN agencies' regional bureau
#: ("Regional Director for Asia and the Pacific"), a grouping of their offices, not the continent.
_ASIA_PACIFIC = re.compile(r"Asia\s+and\s+(?:the\s+)?Pacific\b")
_REGIONAL_FOR = re.compile(r"\bRegional\s+(?:[A-Z][a-z]+\s+){1,2}for\s+(?:the\s+)?$")
#: A generic word, then "called"/"named"/"known as", right before a name: "a larger river, called Panj", "a village
#: named Langar" (the cue a head after the name would give).
_CALLED = re.compile(r"\b(rivers?|villages?|towns?|city|lakes?|pass|valley|district)\s*,?\s+(?:(?:is|was)\s+)?(?:also\s+)?"
                     r"(?:called|named|known\s+as)\s+(?:the\s+)?$", re.I)
#: A bracketed acronym right before a name: "(AKF) Tajikistan".
_ACRONYM_BEFORE = re.compile(r"\(([A-Z]{2,8})\)\s+$")
_POSSESSIVE = re.compile(r"^[’']s\b")
#: The organisation heads that count four capitalised words after a name ("Badakhshan Natural Disaster Response
#: Department"); other heads count up to three.
FAR_ORG_HEADS = frozenset({"department", "office", "directorate", "administration", "authority", "commission"})
_CAP_WORDS = re.compile(r"[ \t\-]{1,2}([A-Z][\w’'\-]*)(?:[ \t\-]{1,2}([A-Z][\w’'\-]*))?(?:[ \t\-]{1,2}([A-Z][\w’'\-]*))?"
                        r"(?:[ \t\-]{1,2}([A-Z][\w’'\-]*))?")


def _org_word(word: str) -> str:
    """A capitalised word after a name, as the organisation heads are listed ("Plus’s", "Plus’" -> "plus")."""
    w = word.lower()
    return w[:-2] if w.endswith(("’s", "'s")) else w.rstrip("’'")  # ("Asia-Plus’ note": a plural possessive)


#: Capitalised words (and the small words between them) after a name, then "(ACRONYM)".
_ACRONYM_AFTER = re.compile(r"((?:[ \t]+(?:[A-Z][\w’'\-]*|of|and|for|the))*)[ \t]*\(([A-Z][A-Za-z]{1,9})\)")
#: Capitalised words (and small words between them) right before a name.
_CAPS_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w’'\-]*[ \t]+(?:(?:of|and|for|the)[ \t]+)?){1,5})$")
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "e", "i"})
#: Words that leave a phrase a place's name ("Gorno-Badakhshan Autonomous Oblast (GBAO)").
_PLACE_WORDS = frozenset(HEADS) | PROPER_HEADS | {"autonomous", "northern", "southern", "eastern", "western", "upper",
                                                   "lower", "greater", "central", "north", "south", "east", "west"}


def acronym_name(text: str, start: int, end: int) -> str | None:
    """The acronym of a capitalised name the place's name sits in, when the text defines one right after it
    and the name holds a word no place name has: "Border Management Northern Afghanistan (BOMNAF)",
    "Central Asia Regional Economic Cooperation (CAREC)" are a programme and an organisation."""
    m = _ACRONYM_AFTER.match(text, end, end + 80)
    if not m:
        return None
    after = m.group(1).split()
    b = _CAPS_BEFORE.search(text, max(0, start - 70), start)
    before = b.group(1).split() if b else []
    name = text[start:end].split()
    acr = m.group(2)
    for k in range(len(before) + 1):  # the acronym says where the phrase starts
        extra = before[k:] + after
        if extra and any(w.lower().strip("’'") not in _PLACE_WORDS and w.lower() not in _SMALL_WORDS for w in extra) \
                and _acronym_fits(acr.lower(), [w.lower() for w in before[k:] + name + after]):
            return acr
    return None


def _in_acronym_org(text: str, start: int, end: int, index) -> bool:
    """Whether the name sits in a name the text gives an acronym that no place has (``acronym_name``)."""
    p = text.find("(", end, end + 60)
    if p < 0 or not text[p + 1:p + 2].isupper():  # (the check runs only before a bracket)
        return False
    acr = acronym_name(text, start, end)
    return bool(acr) and not index.get(acr.lower())


def _acronym_fits(acr: str, words: list[str]) -> bool:
    """Whether ``acr`` is made from ``words``: each word gives its first letter and maybe more of its
    letters in order ("BOMNAF": BOrder Management Northern AFghanistan); small words may give none."""
    def go(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(acr)
        w = words[i]
        if w in _SMALL_WORDS and go(i + 1, j):
            return True
        if j >= len(acr) or acr[j] != w[0]:
            return False
        k, pos = j + 1, 1
        while True:
            if go(i + 1, k):
                return True
            if k >= len(acr):
                return False
            pos = w.find(acr[k], pos) + 1
            if not pos:
                return False
            k += 1
    return go(0, 0)


#: What ends a person's name before a word: punctuation, or a dash between spaces ("Dushanbe - Kalai-Humb").
#: Prepositions that, capitalised as a sentence's first word, stand before a place, never in a person's name.
LEAD_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "via", "into", "across", "around", "outside", "inside",
                               "through", "beyond", "between", "within", "toward", "towards", "along", "throughout"})
_PERSON_BREAK = re.compile(r"(?:[.!?:;,\"“”(]\s*|\s[-–—]\s)$")


def _is_person(text: str, start: int, end: int) -> bool:
    """"Nisar Ahmad Ahmadi", "Mullah Kabir": a weak place name that is part of a person's name."""
    prev = _prev_word(text, start)
    if prev and prev[0].isupper() and prev.lower() in PERSON_TITLES:
        return True
    sep = text[max(0, start - 2):start]
    if prev and prev[0].isupper() and "\n" not in sep and not _PERSON_BREAK.search(text[max(0, start - 3):start]) \
            and prev.lower() not in LEAD_PREPOSITIONS:  # ("In Naryn the families …": a sentence's preposition)
        # (not after a Russian generic word or preposition opening the sentence: "Уезд Даркад граничит", "Кишлак
        # Ямчун стоит", "Из Самарканда мы выехали": a capitalised "Из" is no given name)
        return not (is_cyrillic(prev) and (head_cue(prev) is not None or prev.lower() in RU_LEAD_WORDS
                                           or ordinary_noun(prev)))  # ("Жители Шугнана": a common noun)
    nxt = re.match(r"^ ([A-Z][a-z]+)", text[end:end + 30])
    return bool(nxt and nxt.group(1).lower() not in HEADS)


_SURNAME_AFTER = re.compile(r" (?:[A-Z][a-z]{2,}(?:%s)\b(?![-’'])|(?:%s)[A-Z][a-z]{2,}\b)"
                            % ("|".join(sorted(SURNAME_ENDINGS, key=len, reverse=True)), "|".join(SURNAME_BEGINNINGS)))


def _before_surname(text: str, end: int) -> bool:
    """"Surat Moshalamova, a resident", "Kimberley O’Neil": a name right before a capitalised surname
    (``SURNAME_ENDINGS``, ``SURNAME_BEGINNINGS``) is a person's given name. (A regex only when a capital follows the space.)"""
    return text[end:end + 1] == " " and "A" <= text[end + 1:end + 2] <= "Z" and _SURNAME_AFTER.match(text, end) is not None


def _person_noun_before(text: str, start: int) -> bool:
    """A noun of a person or of his memorial right before a name ("поэт", "мавзолея"), in any case."""
    from pyanj.text.vocab import RU_PERSON_NOUN_STEMS
    m = re.search(r"(?<![\w-])([А-ЯЁа-яё]+)[ \t]+\Z", text[max(0, start - 30):start])
    return bool(m) and m.group(1).lower().startswith(RU_PERSON_NOUN_STEMS) and len(m.group(1)) <= 12


#: A domain right after a name, or a site's address before it ("Afghanistan.ru", "asiaplus.tj", "www.")
_WEB_ADDRESS = re.compile(r"\.(?:ru|com|org|net|info|news|tj|af|kg|uz|kz|su|ua|tv|io|de|uk|ir|pk|cn|in)(?![\w-])")
_WEB_BEFORE = re.compile(r"(?:www\.|://)[\w.-]*\Z")


def web_before_possible(text: str, start: int) -> bool:
    """Can ``_WEB_BEFORE`` match right before ``start``? Only when the character there can end it (a word
    character, ".", "-" or the "/" of "://"): after a space, quote or bracket (most names) no regex runs."""
    if not start:
        return False
    c = text[start - 1]
    return c in "./-_" or c.isalnum()


def _is_given_name(text: str, start: int, prev: str | None = None) -> bool:
    prev = _prev_word(text, start) if prev is None else prev
    if not prev or "\n" in text[max(0, start - len(prev) - 2):start]:
        return False
    return prev[0].isupper() and prev.lower().rstrip(".") in GIVEN_NAMES


#: What a matched join key is, worked out once per gazetteer (``_key_row``): the kinds of names.
_COUNTRY, _HEADED, _PLACE = 0, 1, 2


def _key_row(key: str, matcher, gz):
    """(ids, acronym only, any candidate a country, every one weak, kind) of a join key, or False when
    it names nothing: what the span rules ask of a name, once per key instead of once per hit."""
    ids = gz.index.get(key) or matcher.derived_ids.get(key)
    if not ids:
        return False
    is_country, all_weak = gz.key_info(key)
    kind = _HEADED if key in matcher.head_of else _COUNTRY if is_country and len(ids) == 1 else _PLACE
    return ids, key in matcher.acronym_keys, is_country, all_weak, kind


#: Heads that make a name of two or three words a feature's even in lower case ("the pamir highway").
_LOWER_HEADS = frozenset({"highway", "mountains", "corridor", "plateau"})
_LOWER_TYPES = frozenset({"road", "physical"})


def _case_ok(surface: str, ids, gz) -> bool:
    """A name (no acronym) written capitalised, or a lower-case feature's name (``_lower_feature``)."""
    c = surface[0]
    if not (c.islower() if c.isalpha() else not _is_capitalised(surface)):
        return True
    return c.isalpha() and _lower_feature(surface, ids, gz)


def _lower_feature(surface: str, ids, gz) -> bool:
    """A lower-case name that still names a feature: two or three words, a head of ``_LOWER_HEADS`` last,
    the first of 4+ letters, every candidate a curated road or physical feature ("pamir highway", "wakhan
    corridor"; not "silk road" nor a lower-case town)."""
    words = surface.split()
    return (1 < len(words) <= 3 and words[-1] in _LOWER_HEADS and len(words[0]) >= 4 and surface.islower()
            and all(gz.places[i].curated and gz.places[i].feature_type in _LOWER_TYPES for i in ids))


#: What may follow the space after a name when ``ETHNONYMS_AFTER`` matches: a people's first letter, or more space.
_ETHNONYM_FIRST = frozenset("KWTUPHISB \t")


def gazetteer_spans(text: str | Prepared, gz) -> list[Span]:
    """The spans of the gazetteer's names in document order, overlaps resolved longest-first, with
    their cues, country hints and metonymy (``pyanj.text.recognize.find_spans`` adds the rest)."""
    prep = prepared(text)
    text = prep.text
    matcher = gz.matcher()
    rows = gz.derived("span_keys", dict)  # (join key -> _key_row, filled as keys are met)
    raw = []
    for start, end, key in zip(*matcher.columns(prep)):
        row = rows.get(key)
        if row is None:
            row = rows[key] = _key_row(key, matcher, gz)
        if not row:
            continue
        surface = text[start:end]
        if row[1]:  # an acronym counts only in capitals
            if not _upper_ok(surface):
                continue
        else:
            c = surface[0]
            if not (c.isalpha() and not c.islower()) and not _case_ok(surface, row[0], gz):
                continue  # (a name opening with a capital is written capitalised: most hits, decided here)
            if row[3] and len(surface) <= 4 and surface.isupper():
                continue  # "GIL", "NATO"-like capitals are abbreviations, not a small town's name
        raw.append((start, -end, surface, key, row))
    raw.sort()  # by start, the longest first (equal start and end: the same name, in any order)

    spans: list[Span] = []
    last_end = org_end = -1
    ru = prep.lang in ("ru", "tg")  # (the Russian rules cost English texts nothing)
    for start, end, surface, key, (ids, _acr, is_country, all_weak, kind) in raw:
        end = -end
        if start < last_end:
            continue
        prev = _prev_word(text, start)
        if _is_org(text, start, end, is_country, prev):
            last_end = end  # its inner names are the organisation's too ("University of Central Asia")
            continue
        if (text.find("(", end, end + 60) >= 0 and _in_acronym_org(text, start, end, gz.index)  # (its pre-test inline)
                or (org_end == start - 1 or prev[:1].isupper() or text[end + 1:end + 2].isupper())
                and org_name_around(text, start, end, prev, org_end)):  # (what its three shapes need first)
            last_end = org_end = end  # (a name right after it is the same organisation's: ``org_name_around``)
            continue
        if (all_weak and _is_person(text, start, end)) or (not is_country and text[end:end + 1] == " "
                                                           and text[end + 1:end + 2] in _ETHNONYM_FIRST
                                                           and ETHNONYMS_AFTER.match(text, end)):
            continue  # a person's name, or a people's ("the Pamir Kyrgyz")
        if (prev and prev[0].isupper() and prev.lower().rstrip(".") in HONORIFICS
                and "\n" not in text[max(0, start - len(prev) - 2):start]) or _before_surname(text, end):
            continue  # "Mr. Al Haj Malawi Abdullah", "Surat Moshalamova": a person's name, even a country's
        if not surface.isalnum():  # several tokens: a demonym before, or a lower-case head after
            dem = DEMONYM_HEAD.match(surface)
            if dem and dem.end() < len(surface) and join_key(surface[dem.end():]) in gz.index:
                # "Tajik Badakhshan": the alias picks GBAO, the span is the name ("Tajik SSR" is one name)
                start += dem.end()
                surface = text[start:end]
            trimmed = TRIMMED_HEAD_TAIL.search(surface)
            if trimmed and trimmed.start() > 0:  # "Khatlon region": the name is "Khatlon", "region" a cue
                end = start + trimmed.start()
                while end > start + 1 and not (text[end - 1].isalnum() or text[end - 1] in ".’'"):
                    end -= 1  # "Panj) river" -> "Panj"
                surface = text[start:end]
                if surface.lower() in ("the", "a", "an"):
                    continue  # "The valley has …" met the alias "The Valley": only an article is left
        if not is_country and prev and prev[0].isupper() and _is_given_name(text, start, prev):
            continue
        if (text[end:end + 1] == "." and _WEB_ADDRESS.match(text, end)) or (web_before_possible(text, start)
                                                                          and _WEB_BEFORE.search(text, max(0, start - 12), start)):
            continue  # a site's address ("пишет Afghanistan.ru", "www.pamir.tj"): a publication, no place
        russian = ru and is_cyrillic(surface)
        if russian and " " in surface.strip() and _person_noun_before(text, start):
            continue  # ("поэт Мир Сайид Али Хамадони": the person a district is named after)
        if russian and (russian_org(text, start) or ordinary_opening(text, start, surface) or unit_name(text, start, end, surface)
                        or currency_name(text, start, surface) or plate_code(text, start, surface)
                        or after_initials(text, start) or (not is_country and unquoted_unit_name(text, start))):
            continue
        sp = Span(start, end, surface, key, list(ids), None, None, True, [], False, prev)
        if russian:
            if not _russian_span(text, sp, matcher, gz, is_country):
                continue
        elif kind == _HEADED:  # a Russian adjective quoted in another language ("Памирское шоссе")
            sp.ids = keep_by_head(sp.ids, matcher.head_of[key], head_after(text, end))
            if not sp.ids:
                continue
            _add_cues(text, sp, gz)
        elif kind == _COUNTRY:
            _metonymy(text, sp)  # a country needs no cue or bank hint: only whether it is literal
        else:
            _add_cues(text, sp, gz)
        spans.append(sp)
        last_end = end
    return spans


def _russian_span(text: str, sp: Span, matcher, gz, is_country: bool) -> bool:
    """Cues, hints and candidates of a Cyrillic name in a Russian text; False when it is no name there."""
    key = sp.key
    if _adjectival(sp.surface) and language_noun_after(text, sp.end):
        return False  # ("Шугнанский язык": the language)
    russian_cues(text, sp)
    if sp.cue in ("range", "pass", "lake") and _adjectival(sp.surface) \
            and all(gz.places[i].feature_type in ("admin1", "admin2") for i in sp.ids):
        # ("Ванчским хребтом": a district's adjective before a range's word names the range, not it: the listed
        # range of that adjective, "Шугнанского хребта", else none; a valley named by it, "Ишкашимская долина",
        # keeps the district's reading, whose polygon holds the valley)
        sp.ids = _headed_physical(sp, matcher)
        return bool(sp.ids)
    if key not in gz.index and key not in matcher.head_of and not unit_adjective(text, sp.end):
        return False  # "Дарвазского района", "Дарвазский и Ванчский районы"; not "Бадахшанский дневник"
    if key in matcher.head_of:  # ("Ваханская" only before "долина")
        sp.ids = keep_by_head(sp.ids, matcher.head_of[key], sp.cue)
        return bool(sp.ids)
    if not is_country:  # (a cue may point past the listed place; a district shares its town's name)
        sp.ids = with_spellings(sp.ids, key, gz, bool(sp.cue or sp.country_hint), sp.prev_word)
    sp.ids = no_river_after_v(text, sp, gz)  # ("в Пяндже": in a place, never in a river)
    sp.ids = river_after_na(text, sp, gz)  # ("на Вахше": on the river, not in the town)
    sp.ids = no_town_after_river_word(text, sp, gz)  # ("по реке Ванч": the river, never the town)
    sp.ids = water_after_bank_word(text, sp, gz)  # ("на берегах Пянджа": the river's banks, not the town)
    return True


def _headed_physical(sp: Span, matcher) -> list[str]:
    """The listed features whose Russian name is this adjective before the generic word after it ("Шугнанского
    хребта": the Shughnon Range, listed as "Шугнанский хребет"), found under the adjective's nominative."""
    from pyanj.text.normalize import name_tokens
    from pyanj.text.russian import ADJ_ENDINGS
    low = sp.surface.lower()
    end = max((e for e in ADJ_ENDINGS if low.endswith(e)), key=len, default="")
    stem = low[:len(low) - len(end)]
    for nom in (stem + "ий", stem + "ая", stem + "ое", stem + "ие"):
        heads = matcher.head_of.get("".join(name_tokens(nom)), {})
        ids = [i for i, cues in heads.items() if sp.cue in cues]
        if ids:
            return ids
    return []


def _add_cues(text: str, sp: Span, gz) -> None:
    # a generic head after the name ("Darvaz district"): the regex runs only when the next word is one
    m = HEAD_RE.match(text[sp.end:sp.end + 40]) if head_possible(text, sp.end) else None
    if m:
        head = m.group(1)
        lower = head.lower()
        sp.cue = lower.rstrip("s") if lower not in ("bcp", "pass") else lower
        if lower == "districts":
            sp.cue = "district"
        # a capitalised generic head is part of the name ("Takhar Province", "Pyanj River")
        if head[0].isupper() and lower.rstrip("s") in PROPER_HEADS and head != head.upper():
            sp.end += m.end()
            sp.surface = text[sp.start:sp.end]
            if sp.cue == "river" and len(sp.ids) > 1:  # "Pamir and Wakhan Rivers": the name says rivers
                rivers = [i for i in sp.ids if gz.places[i].feature_type == "river"]
                if rivers and rivers != sp.ids:  # (a key of its own: scores are cached by key and cue)
                    sp.ids, sp.key = rivers, join_key(sp.surface)
    before = text[max(0, sp.start - 80):sp.start]
    b60 = before[-60:]
    pw = sp.prev_word.lower()
    m = None
    if sp.cue is None and (pw in BEFORE_CUE_LAST_WORDS or not pw):  # (the phrase ends in the word before the name)
        b45 = before[-45:]
        if before_cue_possible(b45):
            m = BEFORE_CUE.search(b45)
    if m:
        if m.group(1):
            sp.cue = BEFORE_CUE_TYPE[m.group(1).lower()]
        elif m.group(2):
            sp.cue = "camp" if "camp" in m.group(2).lower() else "base"
        elif m.group(3):
            sp.cue = "bazaar"
        elif m.group(4):
            sp.cue = "bridge_in"  # "the cross-border bridge in Darwaz": the place, and its crossing
    if sp.cue is None and ("called" in b60 or "named" in b60 or "known as" in b60) and (m := _CALLED.search(b60)):
        head = m.group(1).lower()  # "a new, larger river, called Panj": the river, not the town
        sp.cue = head if head in HEADS else head[:-1]
    nxt = _metonymy(text, sp)
    sp.after_the = pw == "the" and ARTICLE_HEAD_AFTER.match(text, sp.end) is None
    # country hints from the words around the name
    pl = pw.strip("’'")
    if pl in DEMONYMS:
        sp.country_hint = DEMONYMS[pl]
    if ("’s" in before or "'s" in before) and "stan" in before:
        mpos = _POSSESSOR.search(before)
        if mpos:
            sp.country_hint = "AF" if mpos.group(1) == "Afghanistan" else "TJ"
    if pl in ("of", "the") and _unit_of_possible(b60) and (dem := _DEMONYM_UNIT.search(b60)):  # "the eastern Afghan province of Badakhshan"
        sp.country_hint = DEMONYMS[dem.group(1).lower()]
    if "utonomous" in b60 and _AUTONOMOUS.search(b60):  # "the autonomous province of Badakhshan" = GBAO
        sp.country_hint = "TJ"
    if "Afghanistan" in nxt or "Tajikistan" in nxt:
        m2 = _COUNTRY_AFTER.match(nxt)
        if m2:
            sp.country_hint = "AF" if m2.group(1) == "Afghanistan" else "TJ"
    # "the Afghan districts of Shugnan and Darwaz", "Shugnan district in Afghan Badakhshan"
    if sp.country_hint is None and ("Afghan" in b60 or "Tajik" in b60 or "Afghan" in nxt or "Tajik" in nxt):
        # (the units before the name end in "of" or "of the": the word before it, or none after an odd space)
        side = _side_around(b60, nxt, pl in ("of", "the", ""))
        if side:
            sp.country_hint = side
        # "the first Afghan village is also called X"; "X is an Afghan small town"
        elif m4 := _SIDE_CALLED_BEFORE.search(b60) or _IS_SIDE_UNIT_AFTER.match(nxt):
            sp.country_hint = "AF" if m4.group(1) == "Afghan" else "TJ"


#: A bank's administrative units named before or after the name: "the Afghan districts of X and Y", "the
#: Tajik province of X"; "X district in Afghan Badakhshan", "X (district) of Tajik Darvaz".
_SIDE_UNIT_BEFORE = re.compile(r"\b(Afghan|Tajik|Tajikistani)\s+(?:districts?|provinces?|regions?|villages?|towns?)"
                               r"\s+of\s+(?:the\s+)?$")
_SIDE_UNIT_AFTER = re.compile(r"^\s+(?:district|province|region|village|town)?\s*(?:in|of)\s+(Afghan|Tajik|Tajikistani)"
                              r"\s+[A-Z]")
#: The bank's side of a name: "the Afghan side of Darvaz", "the Tajik part of Wakhan".
_SIDE_OF_BEFORE = re.compile(r"\b(Afghan|Tajik|Tajikistani)\s+(?:side|bank|part)\s+of\s+$")
#: The bank said right after the name: "Ishkashim on the Afghan side", "Darvaz, on the Tajik bank of the Panj".
_ON_SIDE_AFTER = re.compile(r"^\s*,?\s+on\s+the\s+(Afghan|Tajik|Tajikistani|Afghanistan|Tajikistan)\s+(?:side|bank)\b")
#: A bank's unit word, then "called", before the name: "the first Afghan village is also called X"; and the name
#: said to be one after it: "X is an Afghan small town of Badakhshan".
_SIDE_CALLED_BEFORE = re.compile(r"\b(Afghan|Tajik|Tajikistani)\s+(?:[a-z]+\s+){0,2}(?:villages?|towns?|city|district"
                                 r"|province)\s*,?\s+(?:(?:is|was)\s+)?(?:also\s+)?(?:called|named|known\s+as)\s+$")
_IS_SIDE_UNIT_AFTER = re.compile(r"^\s+(?:is|was)\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}(Afghan|Tajik|Tajikistani)\s+"
                                 r"(?:[a-z]+\s+){0,2}(?:village|town|city|district|province|settlement)\b")
def side_word_beside(text: str, sp: Span) -> str | None:
    """"AF"/"TJ" when a bank's word stands right beside the name: "Afghan Shugnan", "the Tajik district of
    Rushan", "Shugnan district in Afghan Badakhshan", "Shugnan on the Afghan side" (else None)."""
    pw = sp.prev_word.strip("’'").lower()
    if pw in ("afghan", "tajik", "tajikistani"):
        return DEMONYMS[pw]
    return _side_around(text[max(0, sp.start - 60):sp.start], text[sp.end:sp.end + 60])


def _side_around(before: str, nxt: str, before_ok: bool = True) -> str | None:
    """"AF"/"TJ" of a bank's unit or side named in the 60 characters ``before`` the name (when ``before_ok``) or
    in those after it (``nxt``): "the Afghan districts of X", "the Tajik side of X", "X in Afghan Badakhshan",
    "X on the Afghan side"."""
    m = (before_ok and (_SIDE_UNIT_BEFORE.search(before) or _SIDE_OF_BEFORE.search(before))) \
        or _SIDE_UNIT_AFTER.match(nxt) or _ON_SIDE_AFTER.match(nxt)
    return ("AF" if m.group(1).startswith("Afghan") else "TJ") if m else None


_DEMONYM_UNIT = re.compile(r"\b(Afghan|Tajik|Tajikistani|Uzbek|Kyrgyz|Pakistani|Chinese|Iranian|Turkmen)\s+"
                           r"(?:border\s+)?(?:province|district|region|city|town|village|capital)\s+of\s+(?:the\s+)?$")
_DEMONYM_UNIT_WORDS = ("province", "district", "region", "city", "town", "village", "capital")


def _unit_of_possible(before: str) -> bool:
    """Can ``_DEMONYM_UNIT`` match the end of ``before``? Only when it ends in a unit word, "of" and an optional
    "the" (a test of its last words; most names after "of"/"the" fail it, and the regex then does not run)."""
    b = before.rstrip()
    if b.endswith("the"):
        b = b[:-3].rstrip()
    return b.endswith("of") and b[:-2].rstrip().endswith(_DEMONYM_UNIT_WORDS)


_AUTONOMOUS = re.compile(r"autonomous\s+(?:province|region|oblast)\s+of\s+(?:the\s+)?$", re.I)
_POSSESSOR = re.compile(r"(Afghanistan|Tajikistan)[’']s\s+(?:[\w,]+\s+){0,4}$")
_COUNTRY_AFTER = re.compile(
    r"^(?:\s*(?:province|district|region|city|town)?\s*(?:\(|,)\s*(?:[A-Z][\w\-]+,\s*)?|\s+(?:province|district)?\s*(?:in|of)\s+)"
    r"(Afghanistan|Tajikistan)\b")


def _metonymy(text: str, sp: Span) -> str:
    """Mark "Dushanbe said", "Pakistan's demands", "President of Tajikistan", "#Kabul" non-literal."""
    nxt = text[sp.end:sp.end + 60]
    pw = sp.prev_word.lower()
    start = sp.start
    if (pw not in ("from", "in", "at", "of", "near") and reporting_possible(nxt) and REPORTING.match(nxt)) \
            or (nxt[:1] in "’'" and POSSESSIVE_POLICY.match(nxt)) \
            or (pw in ("of", "the", "") and title_of_possible(text[max(0, start - 40):start])
                and TITLE_OF.search(text[max(0, start - 40):start])) \
            or (start and text[start - 1] == "#"):
        sp.literal = False  # (but "drivers from Kulob said" is literal)
    return nxt


_LIST_GAP = re.compile(r"\s*(?:,|;)?\s*(?:,?\s*(?:and|or)\s+)?")


def _share_list_cues(text: str, spans: list[Span]) -> None:
    """Members of a coordinated list ("Kuf Ab, Khwahan, and Shekay districts") share one cue."""
    groups: list[list[Span]] = []
    cur: list[Span] = []
    for sp in spans:
        gap = sp.start - cur[-1].end if cur else 99
        if cur and gap <= 8 and _LIST_GAP.fullmatch(text, cur[-1].end, sp.start):
            cur.append(sp)
        else:
            if len(cur) > 1:
                groups.append(cur)
            cur = [sp]
    if len(cur) > 1:
        groups.append(cur)
    for gi, g in enumerate(groups):
        for s in g:
            s.group = gi
        cues = [s.cue for s in g if s.cue]
        if cues:
            for s in g:
                s.cue = s.cue or cues[-1]
        hints = [s.country_hint for s in g if s.country_hint]
        if hints:
            for s in g:
                s.country_hint = s.country_hint or hints[-1]
