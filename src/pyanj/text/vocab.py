"""Every word list recognition and resolution read, as data, and the rules generated from them.

Heads ("district", "bridge"), cue phrases ("camps in", "district of"), organisation, unit, person,
title, reporting and metonymy words live here once. The regexes that apply them *and* the cheap
pre-tests that spare those regexes on most names are both generated from the same lists below, so a
pre-test cannot miss a word its regex knows (``tests/test_fast_paths.py`` checks it on many snippets).
"""

from __future__ import annotations

import re

# -- generic heads: "Darvaz district", "Panj River", "Sher Khan Bandar crossing" ---------------------
#: Generic words written after a name, and the feature types they point to.
HEADS: dict[str, tuple[str, ...]] = {
    "province": ("admin1",), "provinces": ("admin1",), "district": ("admin2",), "districts": ("admin2",),
    "region": ("admin1", "region"), "regions": ("admin1", "region"), "oblast": ("admin1",),
    "river": ("river",), "rivers": ("river",), "valley": ("physical", "region"), "corridor": ("physical",),
    "mountains": ("physical",), "range": ("physical",), "pass": ("physical",), "lake": ("physical",),
    "bridge": ("crossing",), "crossing": ("crossing",), "bcp": ("crossing",), "border crossing": ("crossing",),
    "border crossing point": ("crossing",), "bazaar": ("bazaar",), "bazaars": ("bazaar",), "market": ("bazaar",),
    "city": ("settlement",), "town": ("settlement",), "village": ("settlement",), "airport": ("military", "facility"),
    "highway": ("road",), "road": ("road",),
}
#: Heads that join the name when written with a capital ("Takhar Province", "Pyanj River").
PROPER_HEADS = frozenset({"province", "district", "region", "oblast", "river", "valley", "corridor", "mountains",
                          "range", "pass", "lake", "highway"})
#: Heads ``Gazetteer.lookup`` reads off the end of a name it does not know whole ("Darwaz district").
LOOKUP_SUFFIXES = ("district", "districts", "province", "provinces", "region", "oblast", "river", "rivers",
                   "valley", "bridge", "crossing", "bcp", "border crossing", "border crossing point", "bazaar",
                   "market", "city", "town", "village")
SUFFIX_TYPES = {k: HEADS[k] for k in LOOKUP_SUFFIXES}
#: Cues that are not heads: "camps in X", "the base at X", "the capital X".
OTHER_CUE_TYPES = {"camp": ("admin2", "admin1", "camp"), "base": ("military", "settlement"), "capital": ("settlement",)}
CUE_TYPES = {**HEADS, **OTHER_CUE_TYPES}
#: Lower-case heads the gazetteer's own aliases may end in, which the matcher leaves to the cue.
ALIAS_TAIL_HEADS = frozenset({"bcp", "border crossing", "border crossing point", "crossing point", "checkpoint",
                              "district", "province"})
#: Lower-case heads trimmed off a matched alias ("Khatlon region" -> the name "Khatlon", the cue "region").
TRIMMED_HEADS = ("province", "district", "region", "oblast", "river", "valley", "corridor", "mountains", "range",
                 "pass", "lake", "highway", "bridge", "crossing", "bazaar", "market", "training ground", "base",
                 "camp", "outpost", "airport", "cross-border market", "cross-border bazaar", "border market",
                 "border bazaar", "border crossing")

# -- cue phrases before a name: "the district of X", "camps in X", "the bridge at X" ---------------
#: (cue words, the words that may follow them) per kind of phrase; the kind decides the cue.
BEFORE_CUES = (
    ("admin", ("province", "district", "districts", "region", "city", "town", "village", "valley"), ("of",)),
    ("camp", ("camp", "camps", "base", "bases", "training camp", "training camps"), ("in", "near", "at")),
    ("bazaar", ("bazaar", "bazaars", "market", "markets"), ("in", "at")),
    ("bridge", ("bridge", "bridges", "crossing", "crossings", "crossing point", "crossing points", "bcp", "bcps"),
     ("in", "at", "near", "of")),
)
#: The cue an "admin" phrase gives ("the districts of" -> district).
BEFORE_CUE_TYPE = {"province": "province", "district": "district", "districts": "district", "region": "region",
                   "city": "city", "town": "town", "village": "village", "valley": "valley", "capital": "city"}

# -- organisations, units, people ----------------------------------------------------------------
#: Capitalised words after a name that make the whole an organisation or publication, not a place.
ORG_HEADS = frozenset({
    "institute", "university", "press", "brief", "plus", "post", "times", "analyst", "review", "journal", "bank",
    "airlines", "airways", "foundation", "centre", "center", "council", "committee", "agency", "network", "news",
    "radio", "television", "tv", "daily", "herald", "tribune", "monitor", "insider", "today", "observer", "movement",
    "front", "party", "programme", "program", "project", "initiative", "forum", "studies", "company", "corporation",
    "express", "energy", "telecom", "online", "media", "magazine", "weekly", "gazette", "channel", "society",
    "association", "club", "fc", "league", "cup", "mission", "standard", "caucasus", "ministry", "service", "services",
    "brigade", "battalion", "regiment", "corps", "chronicle", "mail", "telegraph", "inc", "ltd", "llc", "group",
    "diplomat", "forces", "army", "army's", "police", "cooperation", "organization", "organisation", "resistance",
    # offices and departments named after their place ("Shaartuz Area Office", "Badakhshan Natural Disaster
    # Response Department")
    "office", "department", "directorate", "administration", "authority", "commission",
    # businesses named after a place ("Pamir Lodge", "Khorog Hotel")
    "hotel", "lodge", "hostel", "guesthouse", "restaurant", "cafe", "café",
    # awards named after a place ("British Empire Medal", "Order of the British Empire" stays: "of" before)
    "medal", "award", "prize",
    # a news agency named after a country ("Agence France-Presse")
    "presse",
    # a fund named after a place ("Aral Sea Rescue Fund", "Pamir Relief Fund")
    "fund",
})
#: A capitalised word after a name that makes the whole an organisation only as the name's last word ("Afghanistan
#: International", a television channel; not "Dushanbe International Airport").
ORG_LAST_HEADS = frozenset({"international"})
#: Peoples whose name after a place's makes the two a people ("the Pamir Kyrgyz", "Badakhshan Wakhis"), not a place.
ETHNONYMS_AFTER = re.compile(r"[ \t]+(?:Kyrgyz|Kirghiz|Kirgiz|Wakhis?|Tajiks|Uzbeks|Pashtuns|Turkmens|Hazaras|Ismailis"
                             r"|Pamiris|Shughnis|Baluchs?)(?![\w\-’'])")
#: Lower-case unit words that make "Kunduz brigade" a unit, not a place.
UNIT_WORDS = ("battalion", "brigade", "corps", "regiment", "detachment", "border unit", "border detachment",
              "frontier detachment", "police", "provincial council")
#: Words right before a name that make it part of an organisation name ("Tehrik-e-Taliban Tajikistan").
ORG_PREFIX = frozenset({"taliban", "isis", "isil", "state", "free", "daesh", "jamaat", "tehrik", "tehreek", "harakat",
                        # agencies' country offices ("IOM Tajikistan", "UNDP Afghanistan"): an organisation
                        "iom", "undp", "unhcr", "wfp", "unicef", "osce", "usaid", "unodc", "unfpa", "ocha", "unama",
                        "unrcca", "akdn", "akf", "msf", "icrc", "ifrc", "giz", "jica", "fao", "ilo", "unops", "eu",
                        "sputnik", "iwpr"})  # (a news agency's edition or bureau: "Sputnik-Tajikistan", "IWPR Central Asia")
#: Organisation words that, capitalised after a capitalised word, make "… in X", "… to X" an organisation's name
#: ("United Nations Assistance Mission in Afghanistan", "European Union Delegation to Tajikistan").
ORG_IN_HEADS = ("Mission", "Delegation")
#: Organisation words that, followed by "of", make "… of X" an organisation ("Ministry of Energy of Tajikistan").
ORG_OF_HEADS = frozenset({"front", "movement", "ministry", "bank", "university", "institute", "council", "party",
                          "committee", "organization", "organisation", "forces", "union", "association", "army",
                          "directorate", "agency", "department", "service", "school", "academy", "federation",
                          "times"})  # ("The Times of Central Asia": a newspaper)
#: ("Embassy of the Russian Federation": the state the embassy stands for, a mention with literal false,
#: as "President of Tajikistan" is; not in the set above)
#: Titles before a weak name that make it part of a person's name ("Mullah Kabir").
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "mullah", "maulvi", "mawlawi", "general",
                           "sheikh", "commander", "emir", "amir", "governor", "qari", "haji", "hajji", "sayed",
                           "sayyid", "mohammad", "muhammad", "ahmad", "abdul", "khan", "shah", "mir", "professor",
                           "prof", "colonel", "lieutenant"})
#: Given names that, right before a capitalised word, make it a surname ("Abdul Rahim Wardak").
GIVEN_NAMES = frozenset({"abdul", "abdullah", "rahim", "rahman", "mohammad", "mohammed", "muhammad", "ahmad", "ahmed",
                         "ali", "hassan", "hussain", "husain", "karim", "amrullah", "emomali", "mahmud", "mahmoud",
                         "gulbuddin", "ismail", "rashid", "abdulrashid", "atta", "zalmay", "hamid", "ashraf",
                         "burhanuddin", "sher", "mullah", "maulvi", "mawlawi", "qari", "sayed", "sayyid", "haji",
                         "hajji", "gen", "general", "mr", "mrs", "dr", "president", "minister", "commander",
                         "governor", "ambassador",
                         # as Russian writes them
                         "эмомали", "владимир", "сергей", "мухаммад", "мухаммед", "абдулло", "абдул", "саид",
                         "али", "рустам", "шерали", "зариф", "махмадсаид", "амрулло", "ахмад", "ахмед", "гулбуддин",
                         "хаджи", "мулла", "президент", "министр", "генерал", "господин", "г-н"})
#: Honorifics that, right before any name, even a country's, make it part of a person's name ("Mr. Al Haj Malawi
#: Abdullah"): forms of address only, not offices ("President", "Governor" may stand before a place's name).
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "haj", "haji", "hajji", "alhaj", "mullah", "maulvi", "mawlawi",
                        "qari", "sayed", "sayyid"})
#: Endings of Central Asian and Russian surnames ("Moshalamova", "Rahmonov", "Rasoulzoda"): a capitalised word with
#: one, right after a name, makes that name a person's given name ("Surat Moshalamova", "Vahdat Ismoilov").
SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "yev", "yeva", "zoda", "zade", "zada", "ovich", "evich", "ovna", "evna")
#: Beginnings of Irish and Scottish surnames that do the same ("Kimberley O’Neil", "Khorog McLeod").
SURNAME_BEGINNINGS = ("O’", "O'", "Mc", "Mac")
#: Demonyms before a name, and the country they hint at ("Afghan Darwaz").
DEMONYMS = {"afghan": "AF", "tajik": "TJ", "tajikistani": "TJ", "uzbek": "UZ", "kyrgyz": "KG", "pakistani": "PK",
            "chinese": "CN", "russian": "RU", "iranian": "IR", "turkmen": "TM"}
#: Demonyms trimmed off the front of a matched alias ("Tajik Badakhshan" -> the name "Badakhshan").
TRIMMED_DEMONYMS = ("Tajikistani", "Tajik", "Afghan")

# -- metonymy: "Dushanbe said", "Kabul's position", "President of Tajikistan" ----------------------
#: Words between a name and its reporting verb ("Dushanbe has said", "Kabul would refuse").
REPORTING_AUX = ("has", "had", "have", "is", "was", "also", "then", "now", "has been", "had been", "would", "will")
#: Verbs that make the name before them its government or people speaking or acting.
REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "announced", "announces", "accused", "accuses", "refused", "refuses",
    "urged", "urges", "warned", "warns", "denied", "denies", "claimed", "claims", "stated", "insisted", "rejected",
    "rejects", "demanded", "demands", "agreed", "agrees", "called", "calls", "hosted", "hosts", "condemned",
    "condemns", "welcomed", "recognized", "recognised", "considers", "considered", "tried", "wants", "offered",
    "signed", "responded", "pledged", "pushed", "vocal", "does not", "did not", "reported", "reports", "decided",
    "argued", "insists")
#: Nouns after "X's" that make X a government ("Pakistan's demands").
POSSESSIVE_POLICY_NOUNS = (
    "policy", "policies", "position", "rhetoric", "demand", "demands", "government", "authorities", "stance",
    "decision", "verbal", "diplomacy", "response", "leadership", "officials", "regime", "interference", "take",
    "concern", "concerns", "relations", "relationship", "support", "role", "refusal", "reluctance", "experience",
    "tough")
#: Titles before "of X" that make X its state ("President of Tajikistan"); case as written.
TITLES_OF = ("President", "Prime Minister", "Minister", "Government", "government", "Republic", "Foreign Minister",
             "Ambassador", "King", "Emir", "leader", "leaders", "governments", "authorities", "Embassy", "Consulate")

# -- resolution context --------------------------------------------------------------------------
#: Words that make the places named after them in a sentence the sites of militant camps.
CAMP_PHRASES = ("camp", "camps", "training camp", "training camps", "terrorist infrastructure",
                "militant infrastructure", "hideout", "hideouts", "safe haven", "safe havens")
#: Words after a demonym that make it the people of one side ("Tajikistani authorities", "Afghan traders").
SIDE_PEOPLE_WORDS = ("authorities", "citizens", "civil servants", "workers", "soldiers", "border guards", "guards",
                     "officials", "side", "bank", "government", "nationals", "doctors", "traders", "merchants",
                     "villagers", "refugees", "people", "families", "from")
#: Demonyms of the two banks (as written) for those people ("Tajik" alone is an ethnicity on both banks).
SIDE_DEMONYMS = (("TJ", "Tajikistani"), ("AF", "Afghan"))


# == generated rules ================================================================================
def alternation(words) -> str:
    """A regex alternation of ``words`` (escaped; a space stays one space), longest first so none shadows
    another."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def first_words(phrases) -> frozenset[str]:
    """The lower-cased first words of ``phrases``: what a pre-test looks for."""
    return frozenset(p.split()[0].lower() for p in phrases)


def last_words(phrases) -> frozenset[str]:
    return frozenset(p.split()[-1].lower() for p in phrases)


#: The first run of letters after optional spaces/hyphens ("  said." -> "said").
_LEAD_WORD = re.compile(r"[ \t\-]{0,2}([^\W\d_]*)")

# "X district": a head right after the name (spaces, tabs or a hyphen between)
HEAD_RE = re.compile(r"^[ \t\-]{1,2}(" + alternation(HEADS) + r")\b", re.I)
HEAD_FIRST_WORDS = first_words(HEADS)
_HEAD_FIRST_LETTERS = frozenset(w[0] for w in HEAD_FIRST_WORDS)


def head_possible(text: str, end: int) -> bool:
    """Can ``HEAD_RE`` match ``text[end:]``? Only when the next word is a head's first word."""
    if text[end:end + 1] not in (" ", "\t", "-"):
        return False
    j = end + 2 if text[end + 1:end + 2] in (" ", "\t", "-") else end + 1
    if text[j:j + 1].lower() not in _HEAD_FIRST_LETTERS:  # (the word's first letter decides most names)
        return False
    m = _LEAD_WORD.match(text, end, end + 40)
    return m is not None and m.end() > end and m.group(1).lower() in HEAD_FIRST_WORDS


# "the district of X", "camps in X", "bazaars at X", "the bridge near X"
_BEFORE_GROUPS = [
    r"\b(" + alternation(w for w in BEFORE_CUES[0][1]) + r")\s+(?:" + alternation(BEFORE_CUES[0][2]) + r")",
    r"\b(" + alternation(BEFORE_CUES[1][1]) + r")\s+(?:\w+\s+)?(?:" + alternation(BEFORE_CUES[1][2]) + r")",
    r"\b(" + alternation(BEFORE_CUES[2][1]) + r")\s+(?:" + alternation(BEFORE_CUES[2][2]) + r")",
    r"\b(" + alternation(BEFORE_CUES[3][1]) + r")\s+(?:" + alternation(BEFORE_CUES[3][2]) + r")",
]
BEFORE_CUE = re.compile(r"(?:" + "|".join(_BEFORE_GROUPS) + r")\s+(?:the\s+)?$", re.I)
#: The last words a before-cue phrase can end in ("of", "in" …, or "the" after them).
BEFORE_CUE_LAST_WORDS = frozenset({w for _k, _c, preps in BEFORE_CUES for w in preps} | {"the"})
_BEFORE_CUE_ENDS = tuple(sorted(last_words(c for _k, cues, _p in BEFORE_CUES for c in cues)))


def before_cue_possible(before: str) -> bool:
    """Can ``BEFORE_CUE`` match the end of ``before``? Its cue word ends one of the two words before the
    preposition (three with "camps <word> in"), and the preposition is the last word (or "the")."""
    words = before.lower().split()
    if not words:
        return False
    if words[-1] == "the":
        words.pop()
    if not words or words[-1] not in BEFORE_CUE_LAST_WORDS:
        return False
    return any(w.endswith(_BEFORE_CUE_ENDS) for w in words[-3:-1])


# "Dushanbe said", "Kabul has refused", "Tashkent’s … warned", "Moscow, in turn, said"
REPORTING = re.compile(
    r"^(?:[’']s)?\s*(?:,\s*in turn,\s*)?(?:(?:" + alternation(REPORTING_AUX) + r") )?(?:"
    + alternation(REPORTING_VERBS) + r")\b", re.I)
_REPORTING_FIRST = first_words(REPORTING_AUX) | first_words(REPORTING_VERBS)


def reporting_possible(nxt: str) -> bool:
    """Can ``REPORTING`` match ``nxt`` (the text right after a name)? Only when its first word (after an
    optional "’s" and spaces) is an auxiliary or a reporting verb, or ", in turn," follows."""
    i = 2 if nxt[:2] in ("’s", "'s") else 0
    rest = nxt[i:].lstrip()
    if rest[:1] == ",":
        return "turn" in rest[:20].lower()
    word = rest.split(None, 1)[0] if rest else ""
    if word.isalpha():  # (letters up to a space: the word the regex below reads, without it)
        return word.lower() in _REPORTING_FIRST
    m = _LEAD_WORD.match(rest)
    return m.group(1).lower() in _REPORTING_FIRST


POSSESSIVE_POLICY = re.compile(r"^[’']s\s+(?:\w+\s+)?(?:" + alternation(POSSESSIVE_POLICY_NOUNS) + r")\b", re.I)

TITLE_OF = re.compile(r"(?:" + alternation(TITLES_OF) + r")\s+of\s+(?:the\s+)?$")
_TITLE_ENDS = tuple(sorted({t.split()[-1] for t in TITLES_OF}))


def title_of_possible(before: str) -> bool:
    """Can ``TITLE_OF`` match the end of ``before`` ("President of [the]")? A test of its last words."""
    b = before.rstrip()
    if b.endswith("the"):
        b = b[:-3].rstrip()
    if not b.endswith("of"):
        return False
    return b[:-2].rstrip().endswith(_TITLE_ENDS)


# "Kunduz brigade": a unit word right after the name
UNIT_AFTER = re.compile(r"[”\"’]?[\s\-]*(?:" + alternation(UNIT_WORDS) + r")\b")  # (also after a quoted name)
UNIT_FIRST_LETTERS = frozenset(w[0] for w in UNIT_WORDS)

# "Khatlon region" trimmed to "Khatlon"; "Tajik Badakhshan" trimmed to "Badakhshan"
TRIMMED_HEAD_TAIL = re.compile(r"[\s\-]+(?:" + "|".join(re.escape(h) for h in TRIMMED_HEADS) + r")$")
DEMONYM_HEAD = re.compile(r"^(?:" + "|".join(TRIMMED_DEMONYMS) + r")[\s\-]+")

CAMP_WORDS = re.compile(r"\b(?:" + alternation(CAMP_PHRASES) + r")\b", re.I)
#: Lower-case words the camp search looks for first with str.find (each phrase holds one).
CAMP_FIND_WORDS = ("camp", "infrastructure", "hideout", "haven")
SIDE_PEOPLE = [(side, re.compile(word + r"(?:s\b|\s+(?:" + alternation(SIDE_PEOPLE_WORDS) + r"))"))
               for side, word in SIDE_DEMONYMS]


# == Russian ======================================================================================
#: Russian generic words (as lemmas; their case forms are generated) and the cue each gives, whether
#: written after the name ("Ванчского района") or before it ("провинции Бадахшан", "кишлак Тем").
RU_HEADS = {
    "район": "district", "область": "province", "провинция": "province", "вилоят": "province",
    "уезд": "district", "волость": "district", "вулусвали": "district", "кишлак": "village", "село": "village",
    "деревня": "village", "джамоат": "village", "город": "city", "перевал": "pass", "ущелье": "valley",
    "долина": "valley", "река": "river", "мост": "bridge", "переход": "crossing", "лагерь": "camp",
    "рынок": "bazaar", "базар": "bazaar", "погранзастава": "base", "погранпост": "base", "застава": "base",
    "тракт": "road", "шоссе": "road", "дорога": "road", "гора": "mountains", "хребет": "range",
    "коридор": "corridor", "озеро": "lake", "море": "lake", "аэропорт": "airport", "комендатура": "base",
    "полигон": "base", "ледник": "glacier", "пик": "peak", "вершина": "peak", "посёлок": "village",
    "микрорайон": "village", "местность": "village", "селение": "village", "сельсовет": "village",
    "канал": "canal", "крепость": "fortress", "райцентр": "city",
}
#: Word stems before a name of several words that make it the person a district is named after ("поэт Мир Сайид
#: Али Хамадони", "мавзолей Шамсиддина Шохина"); not "имени" ("район имени Шамсиддина Шохина" is the district).
RU_PERSON_NOUN_STEMS = ("поэт", "мавзоле", "памятник", "мыслител", "писател", "учёны", "учены", "шейх", "философ",
                        "святого", "святой", "суфи", "просветител", "герой", "героя", "академик")
#: Tajik generic words written before a name in the gazetteer's Tajik aliases ("ноҳияи Мир Сайид Алии Ҳамадонӣ").
TAJIK_GENERIC_PREFIXES = ("ноҳияи", "шаҳри", "деҳаи", "ҷамоати", "вилояти")
#: Abbreviations that stand for a crossing point ("КПП Ишкашим").
RU_CROSSING_WORDS = ("кпп", "пункт пропуска", "пункта пропуска", "пункте пропуска")
#: Russian verbs after a name that make it its government speaking or acting ("Душанбе заявил").
RU_REPORTING_STEMS = ("заяв", "сообщ", "обвин", "отверг", "потребова", "призва", "предупреди", "выраз",
                      "отказа", "призна", "подписа", "счита", "намерен", "осуди", "опроверг", "настаива",
                      "пригрози", "ответи", "объяви", "решил", "отрица", "направи", "передал", "приветств",
                      "договори", "договар", "согласова", "обсуди", "пообеща", "заключи")
#: Words before a name that make it its state ("президент Таджикистана", "власти Афганистана").
RU_TITLES = ("президент", "президента", "президентом", "правительство", "правительства", "правительству",
             "правительством", "власти", "властей", "властям", "властями", "министр", "министра", "посол",
             "посла", "руководство", "руководства", "лидер", "лидеры", "глава", "главы", "мид", "премьер-министр",
             "граждан", "гражданам", "гражданами", "граждане", "посольство", "посольства", "делегация",
             "делегации", "пограничники", "пограничников", "пограничниками")
#: Capitalised word stems that make the name after them part of an organisation ("Министерства … Таджикистана").
RU_ORG_STEMS = ("министерств", "комитет", "войск", "служб", "агентств", "посольств", "университет",
                "институт", "банк", "фронт", "движени", "парти", "сил", "управлени", "ведомств", "корпораци",
                "компани", "фонд", "совет", "суд", "прокуратур", "академи", "центр", "ассоциаци", "радио",
                # ministries' short names ("Минобороны Таджикистана", "Минтранса Афганистана")
                "минобороны", "минздрав", "минфин", "минтранс", "минюст", "минэнерго", "минсельхоз", "минтруд")
#: Adjectives before a name that hint its country ("афганской провинции Кундуз", "таджикского Дарваза").
RU_COUNTRY_ADJECTIVES = (("афганск", "AF"), ("таджикск", "TJ"), ("таджикистанск", "TJ"))
#: Stems of Russian nouns of a language or a people's speech: a place's adjective before one names the language
#: ("Шугнанский язык", "ваханского диалекта"), not the place.
RU_LANGUAGE_NOUN_STEMS = ("язык", "диалект", "говор", "наречи")
#: Russian prepositions and conjunctions that open a sentence's run of capitals ("В Бадахшане", "Из Хорога").
RU_LEAD_WORDS = frozenset({
    "в", "во", "с", "со", "к", "ко", "у", "о", "об", "на", "из", "от", "до", "по", "за", "под", "над", "при",
    "для", "без", "между", "через", "около", "вдоль", "и", "а", "но", "или", "из-за", "близ"})


# == names the gazetteer lacks, found from their cue words (text/unlisted.py) =======================
#: Generic words written after a name ("Khayom village", "Qizil-Rabot jamoat", "Vujun and Khur villages")
#: -> (the cue, the feature type it gives the name). Heads the matcher's cues already know take their
#: type from ``HEADS``; a plural closes a list of names that share it.
_UNLISTED_FROM_HEADS = ("village", "district", "province", "pass", "valley", "bridge", "border crossing",
                        "border crossing point", "bcp")
UNLISTED_HEADS: dict[str, tuple[str, str]] = {
    **{h: (h, HEADS[h][0]) for h in _UNLISTED_FROM_HEADS},
    "kishlak": ("kishlak", "settlement"), "qishlaq": ("kishlak", "settlement"), "hamlet": ("village", "settlement"),
    "jamoat": ("jamoat", "settlement"), "gorge": ("gorge", "physical"), "crossing point": ("border crossing", "crossing"),
    "border post": ("border post", "military"), "frontier post": ("border post", "military"),
    "outpost": ("border post", "military"), "border outpost": ("border post", "military"),
    "checkpoint": ("border post", "military"),
    # "the Sanobod area", "the Safah and Shakerlab areas": a locality ("the Yol area", "Harb Maidan area")
    "area": ("area", "settlement"), "saddle": ("pass", "physical"),
    # "the Balkhi refugee settlement", "Sakhi refugee camp": a camp for refugees or the displaced
    **{h: ("refugee camp", "camp") for h in ("refugee camp", "refugee settlement", "idp camp", "displacement camp")},
    **{h: (h, "physical") for h in ("lake", "glacier", "peak", "plateau", "plain", "range", "ridge", "mountains",
                                    "nature reserve", "national park")},
    "river": ("river", "river"),
}
#: Plurals of those heads: "Sayod, Khur and Vujun villages".
UNLISTED_PLURALS: dict[str, str] = {
    "villages": "village", "kishlaks": "kishlak", "hamlets": "hamlet", "jamoats": "jamoat", "districts": "district",
    "provinces": "province", "passes": "pass", "valleys": "valley", "gorges": "gorge", "bridges": "bridge",
    "border posts": "border post", "frontier posts": "frontier post", "outposts": "outpost",
    "border crossings": "border crossing", "checkpoints": "checkpoint", "lakes": "lake", "glaciers": "glacier",
    "peaks": "peak", "ranges": "range", "rivers": "river", "areas": "area",
}
#: A lower-case noun right after a name that "the" before the name belongs to: "the Panj border post", "the
#: Panj district" are the post and the district, not "the Panj" the river (``Span.after_the``).
ARTICLE_HEAD_AFTER = re.compile(
    r"[ \t\-]{1,2}(?:(?:border|frontier)(?:ing)?[ \t]+(?:posts?|crossings?|checkpoints?|outposts?|points?|guards?|"
    r"areas?|towns?|districts?|detachments?|units?)|" + "|".join(
        re.escape(h) for h in sorted(set(HEADS) | set(UNLISTED_HEADS) | set(UNLISTED_PLURALS), key=lambda h: (-len(h), h)))
    + r")\b")
#: Heads that name a place only in an apposition ("Khayom, a village on the Panj", "Nijni Pyandzh, the
#: southern border crossing with …"), beside the heads above.
UNLISTED_APPOSITIVE: dict[str, tuple[str, str]] = {"town": ("town", "settlement"), "city": ("town", "settlement"),
                                                   "settlement": ("village", "settlement")}
#: Words that may follow the head of an apposition (a noun after it makes the head an adjective: "Nazarov,
#: the village chairman").
UNLISTED_APPOSITIVE_NEXT = frozenset({"in", "on", "of", "near", "with", "between", "at", "along", "across", "that",
                                      "which", "where", "located", "situated", "some", "about", "close", "just",
                                      "inside", "by", "opposite", "facing", "bordering", "and", "to", "from"})
#: Endings of Tajik and Russian surnames ("Nazarov", "Saidzoda"): a name in an apposition ending so is a person.
PERSON_SUFFIXES = ("ov", "ova", "ev", "eva", "yev", "yeva", "zoda", "zade", "zada", "off")
#: Cue phrases written before the name ("the village of X", "kishlak X", "the villages of X, Y and Z")
#: -> the head whose cue and type they give; a plural head reads a list.
UNLISTED_BEFORE: dict[str, str] = {
    "village of": "village", "villages of": "villages", "hamlet of": "hamlet", "kishlak": "kishlak",
    "qishlaq": "qishlaq", "kishlaks of": "kishlaks", "jamoat of": "jamoat", "jamoats of": "jamoats",
    "town of": "village", "city of": "village", "district of": "district", "districts of": "districts",
    "province of": "province", "provinces of": "provinces", "villages in": "villages",
    "river of": "river",  # "on the banks of the river of Khumb"
}
#: Before-cues that only introduce a list after the admin unit that holds it
#: ("villages in Vanj district: A, B and C"), never a name right after them.
UNLISTED_BEFORE_LIST_ONLY = frozenset({"villages in"})
#: Capitalised words that are not (the start of) a name before a head: function words that open a
#: sentence ("The", "In", "Several"), generic adjectives ("Border", "Remote", "Upper"), numbers,
#: months and days. Demonyms, titles, organisation and unit words are read from their own lists.
UNLISTED_STOP = frozenset("""
the a an this that these those there here his her its their our my your some any each every all both either
neither no not one two three four five six seven eight nine ten dozens several many most more other another
such same which what whose who when where while if in on at of for from to by with near into over under across
along through between among within without after before during since until as and or but nor so yet then also
however meanwhile moreover although though because than only even just via per about around beyond toward
towards inside outside behind beside upon despite like unlike once
always often sometimes usually never still again perhaps mostly nearly formerly generally typically frequently
rarely occasionally seldom
border frontier mountain mountainous remote local nearby neighbouring neighboring northern southern eastern
western central north south east west northeast northwest southeast southwest upper lower high higher old new
small large big tiny entire whole main key former current ancient historic historical rural urban isolated
poor rich last first next second third latest same famous nearest major minor little great greater little
government state national international regional provincial federal official public private military civil
islamic muslim sunni shia shiite sufi salafi ismaili christian jewish soviet persian british american european western islamist
communist
pamiri wakhi shughni badakhshani kazakh pashtun hazara arab turkish kyrgyzstani uzbekistani
january february march april may june july august september october november december spring summer
autumn winter monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
god allah
""".split())
#: Lower-case particles inside a name written apart ("Pul i Khumri", "Dasht e Qala").
UNLISTED_PARTICLES = frozenset({"e", "i", "ye", "yi", "al", "ul", "ud", "ad", "as", "ash", "at", "wa"})
#: The dashes after a dateline ("KHAYOM, Tajikistan -- ...", "Khorog, Tajikistan — ...").
DATELINE_DASHES = ("—", "–", "--", "-", "―")

_UNLISTED_WORDS = sorted(set(UNLISTED_HEADS) | set(UNLISTED_PLURALS) | set(UNLISTED_APPOSITIVE)
                         | {p.split()[0] for p in UNLISTED_BEFORE})
#: Every lower-case word or phrase the recognizer of unlisted names looks for (a small automaton finds
#: them all in one pass over the folded text).
UNLISTED_SCAN_WORDS = tuple(_UNLISTED_WORDS)


# == spellings never seen (pyanj.text.fuzzy) ========================================================
#: Capitalised function and title words that open a run of capitalised words without being part of the
#: name after them ("In Kulyab", "The Vakhon valley").
LEAD_WORDS = frozenset({
    "a", "an", "the", "in", "at", "from", "to", "near", "of", "on", "by", "for", "with", "via", "and", "or", "but",
    "after", "before", "since", "as", "when", "while", "if", "into", "onto", "toward", "towards", "across", "along",
    "around", "outside", "inside", "over", "under", "through", "during", "beyond", "between", "within", "against",
    "this", "that", "these", "those", "its", "their", "his", "her", "our", "both", "all", "some", "many", "most",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "new", "old"}) | RU_LEAD_WORDS
#: Countries whose towns (besides every country, province, district and curated place) a transliterated
#: spelling may reach: the frontier and its neighbours (a world city's variant is rarer than a person's name).
SPELLING_COUNTRIES = frozenset({"TJ", "AF", "AF;TJ", "UZ", "KG", "PK", "TM", "IR"})
#: Ordinary words (and names of people, peoples and languages) within one edit, or one transliteration, of a
#: place name: never a misspelt place. Found by looking every word of a list of English words and names
#: (Debian wamerican), capitalised, up in the spelling index; the real variants it turned up (Ashkhabad,
#: Byelorussia, Kuibyshev, Caracul) are left out.
SPELLING_ORDINARY = frozenset({
    "bacteria", "badges", "caesar", "cameron", "cassava", "frankie", "georgina", "germane", "handout", "hondurans", "hungry",
    "kannada", "karaoke", "lichtenstein", "madagascan", "madagascans", "maiman", "mousey", "philippians",
    "portuguese", "rossini", "saigon", "sharon", "sharron", "sinking", "surname", "turnkey"})
#: The feature type each cue of an unlisted name gives it (a dateline names a town).
UNLISTED_CUE_TYPES: dict[str, str] = {**{c: t for c, t in UNLISTED_HEADS.values()},
                                      **{c: t for c, t in UNLISTED_APPOSITIVE.values()}, "dateline": "settlement",
                                      # Russian generic words with no English head ("канала Дехканабад", "крепости Аламут")
                                      "canal": "physical", "fortress": "facility"}
#: Kinds of known places whose lists type their unknown members ("Khandud, Gazkhan and Sarhad"; a list
#: of countries names people and companies too).
UNLISTED_LIST_TYPES = frozenset({"settlement", "admin2", "admin1", "physical", "river", "crossing"})
#: Words a title-case line leaves in lower case ("Floods Hit Dasht Village in Tajikistan").
UNLISTED_SMALL_WORDS = frozenset({"of", "the", "and", "in", "on", "at", "to", "for", "a", "an", "with", "by", "from",
                                  "or"})
#: Words that end a name before them ("In Vujun", "the Afghan Andemin", "Border Guards") …
UNLISTED_BREAKS = UNLISTED_STOP | frozenset(DEMONYMS) | frozenset(d + "s" for d in DEMONYMS) | ORG_PREFIX \
    | ORG_HEADS | frozenset(UNIT_WORDS) | frozenset(HEADS) | frozenset(UNLISTED_HEADS) | frozenset(UNLISTED_PLURALS) \
    | frozenset(UNLISTED_APPOSITIVE) | {"al-qaeda", "qaeda"}
#: … and those that may be inside a name but never begin one ("Goz Khan", but "Mullah Khur", "Ismail Khan").
UNLISTED_STOPS = UNLISTED_BREAKS | PERSON_TITLES | GIVEN_NAMES
#: Titles written with a full stop before a name ("Mr. Sayod", "Gen. Khur").
DOT_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof")
TITLE_DOT = re.compile(r"\b(?:" + alternation(DOT_TITLES) + r")\.\s*$")
#: A dateline at a paragraph's start: "KHAYOM, Tajikistan -- ", "Vujun (Reuters) — ".
_NAME_WORDS = r"[^\W\d_](?:[\w’'ʼ]|-(?=[^\W\d_]))*(?:[ \t][^\W\d_](?:[\w’'ʼ]|-(?=[^\W\d_]))*){0,2}"
DATELINE = re.compile(r"[ \t]*(" + _NAME_WORDS + r")(?:,[ \t]*(" + _NAME_WORDS + r"))?(?:[ \t]*\([^()\n]{1,40}\))?"
                      r"[ \t]*(?:" + alternation(DATELINE_DASHES) + r")[ \t]")
