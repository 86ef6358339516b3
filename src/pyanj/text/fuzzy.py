"""Spellings the gazetteer never listed: transliteration variants and typos of names it has.

The matcher finds the names the gazetteer lists, in one Aho–Corasick pass. Texts also write the same
names in romanisations nobody listed ("Vakhon" for Wakhan, "Khamadoni" for Hamadoni, Cyrillic
"Калай-Хумб") or misspell them ("Aghanistan", "Uzbekstan", "Krygyz Republic"). ``add_spelling_spans``
looks at what the matcher left: runs of one to three capitalised words that overlap no span. Each is
looked up in a ``SpellingIndex`` (one per gazetteer, ``Gazetteer.spelling_index``):

- the same transliteration key (``pyanj.text.translit``) as a listed name -> a span flagged
  ``transliterated``: another romanisation of that name (6+ letters; 4+ when written with letters
  English does not use, Cyrillic or diacritics);
- failing that, a listed spelling one typo away (names of 6+ letters; two from 10+; a dropped, added
  or swapped letter, a replaced one only from 10 letters; never the first letter) -> a span flagged
  ``fuzzy``. Typos are counted on the letters as written, not on the keys, whose one letter may stand
  for two ("Spherical" is one key letter from "Sirikol").

Ties between two places, and words made from a name ("Pamiri", "Russian", "Tajikistani": adjectives,
demonyms, surnames) match nothing, and neither does a typo at a sentence's start. The index holds only
the places a frontier text is likely to respell (countries, provinces, districts, curated places, towns
of the frontier countries), not small villages or world cities, whose likeness to a person's name is
likelier than a variant. The spans then pass the checks gazetteer spans pass (people, organisations,
titles) and go through the normal resolution, which lowers their confidence by
``Weights.transliterated_penalty`` / ``fuzzy_penalty``. A spelling found so replaces the unlisted-name
finder's guess (``not_in_gazetteer``) on the same words.
"""

from __future__ import annotations

import bisect
import re

import numpy as np

from pyanj.text import spans as S
from pyanj.text.normalize import join_key, name_tokens
from pyanj.text.translit import deletes, edit_allowance, osa_distance, translit_keys
from pyanj.text.unlisted import FLAG as UNLISTED_FLAG  # (the unlisted finder's guesses, which a listed name replaces)
from pyanj.text.vocab import (DEMONYMS, GIVEN_NAMES, HEADS, LEAD_WORDS, ORG_HEADS, ORG_PREFIX, PERSON_TITLES,
                              SPELLING_COUNTRIES, SPELLING_ORDINARY)

#: Fewest letters a name needs for a transliterated match (shorter keys meet by chance: Molly/Mali).
MIN_LETTERS = 6
#: … unless written with letters English does not use (Cyrillic, diacritics: "Panç", "Ванч"): a deliberate
#: romanisation, not a chance likeness, down to this many letters.
MIN_LETTERS_EXOTIC = 4
#: A word of Cyrillic letters (and hyphens) only: the world's cities are looked up by transliteration for it alone.
_CYRILLIC_ONLY = re.compile(r"[\u0400-\u04ff-]+")
#: Endings (on transliteration keys) that make a word from a name: -i (Pamiri, Kabuli), -n/-an/-ian
#: (Russian, Indian), -s/-is/-ns (Pakistanis, Russians).
DERIVED_ENDINGS = ("i", "n", "s", "an", "in", "is", "ns", "ian", "ans", "ins", "ians")
_UPPER = "".join(chr(i) for i in range(0x41, 0x530) if chr(i).isupper() and chr(i).isalpha())
#: (a combining accent is a word's: Russian encyclopaedias mark the stress, "Пя́нджский", "Дарва́з")
_WORD = r"[" + _UPPER + r"][\w’'ʼ‘ʻ\-\u0300-\u036f]*"
#: A run of capitalised words from where it starts: one space apart (hyphens join a word's parts).
_CAP_RUN = re.compile(_WORD + r"(?: " + _WORD + r")*")
#: By code point (Latin, Greek, Cyrillic; others count as neither): a capital, a character of a word.
_LUT_SIZE = 0x530
_IS_UPPER = np.array([chr(i).isupper() and chr(i).isalpha() for i in range(_LUT_SIZE)] + [False])
_IN_WORD = np.array([chr(i).isalnum() or chr(i) in "_’'ʼ‘ʻ-" or 0x300 <= i <= 0x36F for i in range(_LUT_SIZE)] + [True])
#: Both in one table (read in one pass): 3 a capital, 2 another character of a word, 0 neither.
_CLASS = (_IN_WORD * 2 + _IS_UPPER).astype(np.uint8)
#: The low opening quotes „ ‚ (U+201E, U+201A: Russian and German typography, "захватили „Шерхан-Бандар“") are no
#: word's characters: a capital after one starts a word. (Other code points past the table still count as word
#: characters, the English quotes “ ” among them, as before.)
_CLASS = np.concatenate([_CLASS[:-1], np.full(0x201F - _LUT_SIZE, 2, np.uint8), _CLASS[-1:]])
_CLASS[0x201E] = _CLASS[0x201A] = 0
#: Words that make a run no place name: demonyms, persons' titles and given names, organisations' words,
#: ordinary words near a place name.
_NOT_NAME_WORDS = frozenset(DEMONYMS) | PERSON_TITLES | GIVEN_NAMES | ORG_PREFIX | ORG_HEADS | SPELLING_ORDINARY
_TRAILING = re.compile(r"(?:[’'ʼ]s|[’'ʼ‘ʻ\-])+$")  # "Kulob’s", "Vakhon-"
_CACHE_MAX = 200_000
#: Characters before a word that may make it a sentence's first (else it follows a word: not the first).
_ENDS_OPENERS = frozenset(".!?:;…\n\r \t\"'“‘(*-•")
_SEPARATED = re.compile(r"[\s\-’'ʼ‘ʻ]")


class SpellingIndex:
    """Transliteration keys of a gazetteer's aliases, and a deletion index (SymSpell) for typos.

    ``exact[translit key]`` is (join key, place ids) of the aliases with that key; ``typo[join key]`` the
    letters of the shortest alias a typo may reach with that join key, ``deleted[s]`` the ``typo`` keys
    ``s`` is made from by deleting one character, and ``typo_words`` the words of those of several words
    (a run of several words is looked at for typos only when it shares one)."""

    def __init__(self, places, stop_keys=frozenset()):
        self.typo: dict[str, int] = {}
        self.typo_words: set[str] = set()
        self.stop = frozenset(stop_keys)
        self.cache: dict[tuple[str, bool], tuple | None] = {}
        #: a capitalised run as written ("\n" before it: opening a sentence) -> what it holds
        self.runs: dict[str, tuple | None] = {}
        exact: dict[str, dict[str, list[str]]] = {}
        short: dict[str, dict[str, list[str]]] = {}
        capitals: dict[str, dict[str, list[str]]] = {}
        for p in places:
            if p.weak:
                continue  # small villages and far towns: a chance likeness is likelier than a variant
            if not (p.curated or p.feature_type in ("country", "admin1", "admin2")
                    or (p.country or "") in SPELLING_COUNTRIES):
                # world cities: a person's name is likelier than a variant of one; but a capital's or a city of a
                # million's own name written in Cyrillic ("Баку" for Baku, which GeoNames gives no Cyrillic
                # name) is its transliteration, looked up for a Cyrillic word only
                if p.feature_type == "settlement" and not p.curated and len(join_key(p.name)) >= MIN_LETTERS_EXOTIC:
                    for tk in translit_keys(p.name):
                        _put(capitals, tk, join_key(p.name), p.id)
                continue
            for a in p.aliases:
                toks = name_tokens(a.name)
                jk = "".join(toks)  # (the join key)
                n = len(jk)
                if n < MIN_LETTERS_EXOTIC or a.name.replace(".", "").isupper():
                    continue
                for tk in translit_keys(a.name):
                    _put(exact if n >= MIN_LETTERS else short, tk, jk, p.id)
                if n >= 6:
                    self.typo[jk] = min(n, self.typo.get(jk, n))
                    if len(toks) > 1:
                        self.typo_words.update(t for t in toks if len(t) > 2)
        self.exact: dict[str, tuple[str, tuple[str, ...]]] = {tk: _entry(by) for tk, by in exact.items()}
        #: the same for aliases of 4–5 letters, which only a name written with exotic letters reaches
        self.short: dict[str, tuple[str, tuple[str, ...]]] = {tk: _entry(by) for tk, by in short.items()}
        #: the world's strong cities by their own name's transliteration, for a Cyrillic word only
        self.capitals: dict[str, tuple[str, tuple[str, ...]]] = {tk: _entry(by) for tk, by in capitals.items()}
        # (tuples of strings, not lists: the cyclic garbage collector stops tracking them)
        self.deleted: dict[str, tuple[str, ...]] = {}
        get = self.deleted.get
        for jk in self.typo:
            for d in deletes(jk, 1):  # (one deletion a side: queries delete up to their allowance)
                self.deleted[d] = get(d, ()) + (jk,)

    def __getstate__(self) -> dict:
        # (the look-up caches stay out: a pickle of the index is the same whatever was looked up before)
        state = {k: v for k, v in self.__dict__.items() if k not in ("cache", "runs")}
        state["typo_words"] = sorted(self.typo_words)  # (sets sorted: the same bytes under any hash seed)
        state["stop"] = sorted(self.stop)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.typo_words = set(self.typo_words)
        self.stop = frozenset(self.stop)
        self.cache = {}
        self.runs = {}

    def lookup(self, surface: str, known, initial: bool = False) -> tuple[str, str, tuple[str, ...]] | None:
        """(flag, join key, place ids) for a spelling the matcher did not find, or None. ``known``: the
        gazetteer's join-key index; ``initial``: the word opens a sentence (then no typo is looked for:
        an ordinary word is likelier there)."""
        got = self.cache.get((surface, initial), 0)
        if got != 0:
            return got
        got = self._lookup(surface, known, initial)
        if len(self.cache) >= _CACHE_MAX:
            self.cache.clear()
        self.cache[(surface, initial)] = got
        return got

    def _lookup(self, surface: str, known, initial: bool):
        jk = join_key(surface)
        n = len(jk)  # (its letters: the join key keeps every letter and nothing else but digits)
        exotic = not surface.isascii()
        if n < (MIN_LETTERS_EXOTIC if exotic else MIN_LETTERS) or jk in self.stop:
            return None
        if jk in known:  # a name the gazetteer lists, written apart ("Қалъаи Хумб" for "Қалаихумб"):
            if not _SEPARATED.search(surface):  # (written as listed, it was the matcher's to take)
                return None
            return ("transliterated", jk, tuple(known[jk]))
        keys = translit_keys(surface)
        if not keys:
            return None
        base = self._derived_from(keys[0])
        for tk in keys:
            hit = self.exact.get(tk) or (self.short.get(tk) if exotic else None)
            if hit is None and exotic and _CYRILLIC_ONLY.fullmatch(surface) and tk in self.capitals \
                    and _russian_place_word(surface):
                hit = self.capitals[tk]
            if hit is not None:
                if base is not None and set(base[1]) & set(hit[1]):
                    return None  # "Tajikistani": a word made from the name, for all it is a name elsewhere
                return ("transliterated", hit[0], tuple(known.get(hit[0], hit[1])))
        allow = edit_allowance(n)
        if not allow or initial or base is not None or (jk.endswith(DERIVED_ENDINGS) and any(
                jk.endswith(e) and jk[:-len(e)] in known for e in DERIVED_ENDINGS)):
            return None  # ("Pamiris": made from a name the gazetteer lists, however short)
        toks = name_tokens(surface)
        if len(toks) > 1 and not any(t in self.typo_words for t in toks):
            return None
        found = sorted(self._typos(jk, allow), key=lambda k: (-len(known.get(k, ())), k))
        if not found or any(not set(known.get(k, ())) <= set(known[found[0]]) for k in found[1:]):
            return None  # nothing near, or equally near two places: no evidence for either
        return ("fuzzy", found[0], tuple(known[found[0]]))

    def _typos(self, jk: str, allow: int) -> list[str]:
        """The listed spellings nearest ``jk`` within its allowance (and theirs), counted on the letters as
        written: a dropped, added or swapped letter (a replaced one only in names of 10+ letters), never
        the first letter, never a name the word merely lengthens or shortens ("Turkic", "German")."""
        best, found = allow + 1, []
        deleted = self.deleted
        cands = {c for d in deleted.keys() & deletes(jk, allow) for c in deleted[d]}  # (set operations: C speed)
        for cand in sorted(cands):
            if jk.startswith(cand) or cand.startswith(jk):
                continue
            lim = min(allow, edit_allowance(self.typo[cand]))
            dist = osa_distance(jk, cand, lim)
            if dist > lim or dist > best or (lim == 1 and _substitution(jk, cand)
                                             and not (len(jk) >= MIN_VOWEL_SWAP and _vowel_swap(jk, cand))):
                continue
            if dist < best:
                best, found = dist, []
            found.append(cand)
        return found

    def _derived_from(self, tk: str):
        """The name ``tk`` is made from by an ending ("Pamiri", "Russian", "Pakistanis", "Kabuli":
        adjectives, demonyms, plurals and surnames), as its ``exact`` entry, or None."""
        if not tk.endswith(DERIVED_ENDINGS):
            return None
        for end in DERIVED_ENDINGS:
            if tk.endswith(end) and len(tk) - len(end) >= MIN_LETTERS - 1:
                got = self.exact.get(tk[:-len(end)])
                if got is not None:
                    return got
        return None


#: Fewest letters a name needs for one vowel written as another to count as its spelling ("Eshkeshem" for
#: Eshkashem): the romanisations of one Persian short vowel differ so ("Kuran"/"Keran", "Darqad"/"Durqad").
MIN_VOWEL_SWAP = 8
_VOWELS = frozenset("aeiouy")


def _vowel_swap(a: str, b: str) -> bool:
    """``b`` is ``a`` with one vowel written as another, and nothing else changed."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


def _substitution(a: str, b: str) -> bool:
    """One letter of ``a`` replaced in ``b`` (not a letter dropped, added or two swapped): the one-edit
    typo of a short name that meets other words most ("Russell" / "Russia"), so it does not count."""
    return len(a) == len(b) and sorted(a) != sorted(b)


def _russian_place_word(word: str) -> bool:
    """pymorphy3's likeliest reading of the word is a place name ("Баку", "Вена"; not "Колонна", "Линии",
    "Викторией", whose transliterations meet Kalyan, Linyi, Victoria)."""
    from pyanj.text.russian import morph_parses
    parses = morph_parses(word)
    return bool(parses) and "Geox" in parses[0].tag


def _put(table: dict, tk: str, jk: str, pid: str) -> None:
    ids = table.setdefault(tk, {}).setdefault(jk, [])
    if pid not in ids:
        ids.append(pid)


def _entry(by_key: dict[str, list[str]]) -> tuple[str, tuple[str, ...]]:
    """One (join key, ids) for a translit key: the alias's own key when one name has it, else the
    ids of all (under a key of their own, so cached scores of one name never stand for another)."""
    if len(by_key) == 1:
        (jk, ids), = by_key.items()
        return jk, tuple(ids)
    ids: list[str] = []
    for jk in sorted(by_key):
        ids += [i for i in by_key[jk] if i not in ids]
    return "~" + "|".join(sorted(by_key)), tuple(ids)


def _candidates(text: str, start: int, end: int):
    """The name part of a capitalised run: its words without a leading function or title word ("In",
    "The") or demonym, or trailing heads ("Province"); None when more than three words remain, or one is
    an acronym, a person's title or name, an organisation's word or an ordinary word ("Soviet")."""
    words = text[start:end].split(" ")  # (the run's words are one space apart)
    s, e = start, end
    while words and words[0].lower() in LEAD_WORDS:
        s += len(words.pop(0)) + 1
    while len(words) > 1 and words[0].lower() in DEMONYMS:
        s += len(words.pop(0)) + 1
    while words and words[-1].lower() in HEADS:
        e -= len(words.pop()) + 1
    pos = s
    for i, w in enumerate(words[:-1]):  # a possessive inside the run ends the name: "Tajikstan’s Gorny" is two names
        if w.endswith(("’s", "'s")):
            e, words = pos + len(w) - 2, words[:i] + [w[:-2]]
            break
        pos += len(w) + 1
    if not words or len(words) > 3 or e - s < MIN_LETTERS_EXOTIC:
        return None
    for w in words:
        w = w.strip("’'ʼ‘ʻ-")
        if w.lower() in _NOT_NAME_WORDS or (len(w) > 1 and w.isupper()):
            return None
    m = _TRAILING.search(text, s, e)
    if m:
        e = m.start()
    return (s, e) if e > s else None


def _opens_sentence(prep, s: int) -> bool:
    """Whether ``s`` is where a sentence starts (after quotes, brackets or a bullet)."""
    seg = prep.segments
    ss = seg.sentences[seg.sentence_of(s)][0]
    return s - ss < 4 and prep.text[ss:s].strip(" \t\n\"'“‘(*-•") == ""


def _sentence_initial_ordinary(prep, s: int, word: str) -> bool:
    """A sentence's first word that the text also writes in lower case: an ordinary word."""
    if not _opens_sentence(prep, s):
        return False
    return re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", prep.text) is not None


def _unit_name(text: str, a: int, b: int) -> bool:
    from pyanj.text.russian_units import after_initials, unit_name, unquoted_unit_name
    return unit_name(text, a, b, text[a:b]) or unquoted_unit_name(text, a) or after_initials(text, a)


def add_spelling_spans(prep, spans: list, gz) -> list:
    """``spans`` with a span added for each capitalised run the matcher left that is a transliterated
    or misspelt gazetteer name (flag ``transliterated`` / ``fuzzy``), in document order. A name found
    so replaces a guess of the unlisted-name finder (flag ``not_in_gazetteer``) on the same words."""
    russian = getattr(prep, "lang", "en") in ("ru", "tg")  # (a declined name is tried without its ending)
    text = prep.text
    index = gz.spelling_index()
    known = gz.index
    starts = [sp.start for sp in spans]
    ends = [sp.end for sp in spans]
    runs = index.runs
    new, replaced = [], set()
    last = -1
    taken = [sp for sp in spans if sp.ids or UNLISTED_FLAG not in sp.flags]  # (guesses may be replaced)
    taken_starts = [sp.start for sp in taken]
    run_starts, word_ends = _run_starts(prep, taken_starts, [sp.end for sp in taken], True)
    # (what ``_DISTRICT_AFTER`` / ``_PROVINCE_AFTER`` need: a text without either word has no such cue)
    district_word = "district" in text or "province" in text
    for s, we in zip(run_starts, word_ends):
        if s < last:
            continue  # (a word inside the run before)
        k = bisect.bisect_right(taken_starts, s)  # (a run stops where a found name starts: "Бадахшан Афганистана")
        lim = taken_starts[k] if k < len(taken_starts) else len(text)
        # a lone ASCII word ends where its letters do (most runs); the regex reads the others
        e = last = (we if we < lim else lim) if we >= 0 else _CAP_RUN.match(text, s, lim).end()
        if e - s < MIN_LETTERS and (e - s < MIN_LETTERS_EXOTIC or text[s:e].isascii()):
            continue  # ("The", "In", "He": most runs)
        run = word_run = text[s:e]
        after_word = s > 1 and text[s - 1] == " " and text[s - 2] not in _ENDS_OPENERS  # (the common case)
        # (a sentence's first word is often an ordinary capitalised word, so only its transliterations count;
        # one a place's head word follows, "Ishkasim market straddles …", is a name)
        initial = not after_word and _opens_sentence(prep, s) and not _PLACE_HEAD_AFTER.match(text, e) \
            and not _HEAD_BEFORE_NAME.match(run)  # (nor one a head word opens: "Lake Karakol is cold")
        if initial:
            run = "\n" + run  # (the cache key of the run at a sentence's start)
        got = runs.get(run, 0)
        if got is None:  # (a run seen before with no spelling of its own: most runs, in a corpus)
            # the cache holds what the run is alone; what its neighbours make of it is decided here, on
            # every sight ("Wardoj district", "Ванджского района"), so no document reads another's
            got = _cued_district(index, known, gz, text, s, e, word_run, district_word) \
                if _head_may_follow(text, e, word_run, district_word) else None
            if got is None and not russian:
                continue
        i = j = bisect.bisect_left(starts, e)
        if i and ends[i - 1] > s:
            while j and ends[j - 1] > s:
                j -= 1
            if any(sp.ids or UNLISTED_FLAG not in sp.flags for sp in spans[j:i]):
                continue  # the run holds a name the matcher (or another finder) found: it is that name's
        if got == 0:  # (a run seen before is decided from the cache)
            got = _look_up_run(index, known, text, s, e, initial, russian)
            if len(runs) >= _CACHE_MAX:
                runs.clear()
            runs[run] = got
            if got is None and _head_may_follow(text, e, word_run, district_word):
                got = _cued_district(index, known, gz, text, s, e, word_run, district_word)
        unit = False  # (an adjective before "района" is no person's name: "Жители Ванджского района")
        if got is None and russian:  # "в Кулябском районе" (the next word decides)
            a = e - len(word_run.rpartition(" ")[2])
            got = _russian_adjective(text, a, e, gz)
            if got is None and word_run.count(" ") == 1 and not initial:  # ("в Шамсиддин Шохинском районе": a
                a = s  # district named after a person, its given name and the adjective of his surname)
                got = _russian_adjective(text, s, e, gz)
            got = unit = got and (a - s, got[1] + a - s, got[2])
        if got is None or russian and _unit_name(text, s + got[0], s + got[1]):
            continue  # (nor "Московского пограничного отряда": a unit's name)
        unit = unit or (len(got) > 3 and got[3])
        a, b = s + got[0], s + got[1]
        if got[2][0] == "fuzzy" and (text[a - 1:a] == "-" or text[b:b + 1] == "-") \
                and _vowel_swap(join_key(text[a:b]), got[2][1]):
            continue  # (a vowel apart, in a hyphened compound: "Shughnun-Rushan" is one statelet's name)
        last = s + got[1]  # (the rest of the run may hold another name: "Хумроги Ванджского")
        sp = _spelling_span(S, prep, s + got[0], s + got[1], got[2], gz, bool(unit))
        if sp is not None:
            for old in spans[j:i]:
                if old.start < sp.end and sp.start < old.end:  # (not a guess before it: "в селе Сурхоб Фархорского")
                    replaced.add(id(old))
                    sp.cue = sp.cue or old.cue
            new.append(sp)
    if not new:
        return spans
    out = sorted([sp for sp in spans if id(sp) not in replaced] + new, key=lambda sp: (sp.start, sp.end))
    S._share_list_cues(text, out)
    return out


#: Leading words ``_candidates`` drops that listed names also begin with ("Central Asia", "North Waziristan").
_LEAD_IN_NAMES = frozenset({"central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "upper", "lower", "greater", "little", "great", "big", "new", "old"})
#: A place's lower-case head word right after a run ("Ishkasim market", "Eshkeshem village").
_PLACE_HEAD_AFTER = re.compile(r"[ \t]+(?:market|bazaar|village|town|district|province|river|valley|bridge|pass"
                               r"|border crossing)s?\b")
#: A run opened by the capitalised head English writes before a name: "Lake Karakol", "Mount Imeon".
_HEAD_BEFORE_NAME = re.compile(r"(?:Lake|Mount) [A-Z]")
#: A run that is one name and its capitalised head word: "Durqad District".
_CAPITAL_DISTRICT = re.compile(r"(?:^| )([A-Z][\w’'\-]+) Districts?$")
#: "X district", "X and Y districts", "X, Y and Z districts" after a run.
_DISTRICT_AFTER = re.compile(r"(?:[ \t]*,[ \t]*[A-Z][\w’'\-]+|[ \t]+and[ \t]+[A-Z][\w’'\-]+)*[ \t]+districts?\b")
#: … and a province's: "Kundoz province", "Kundoz Province", "Takhar and Kundoz provinces".
_CAPITAL_PROVINCE = re.compile(r"(?:^| )([A-Z][\w’'\-]+) Provinces?$")
_PROVINCE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*[A-Z][\w’'\-]+|[ \t]+and[ \t]+[A-Z][\w’'\-]+)*[ \t]+provinces?\b")


def _head_may_follow(text: str, e: int, word_run: str, head_in_text: bool) -> bool:
    """May ``_cued_district`` find its cue: the run's capitalised head (" District", " Province"), or a head word
    after it? (Tested before the call, which most runs fail.)"""
    return " District" in word_run or " Province" in word_run or head_in_text and _district_may_follow(text, e)


def _district_may_follow(text: str, e: int) -> bool:
    """Can ``_DISTRICT_AFTER`` or ``_PROVINCE_AFTER`` match at ``e``? Each opens with a comma, or spaces and then a
    comma, another space, "and", "district" or "province": the next two characters decide."""
    c = text[e:e + 1]
    if c == ",":
        return True
    return (c == " " or c == "\t") and text[e + 1:e + 2] in _DISTRICT_SECOND


#: What may stand right after the first space of a ``_DISTRICT_AFTER`` match.
_DISTRICT_SECOND = frozenset({" ", "\t", ",", "a", "d", "p"})


def _cued_district(index, known, gz, text: str, s: int, e: int, word: str, district_word: bool = True):
    """A district's name with one letter replaced ("Wardoj" for Warduj, "Shukhnan" for Shughnan), taken only
    when the text calls it a district (or a province's, "Kundoz province", among provinces) ("Wardoj district", "Jurm, Wardoj and Shuhada districts", or the head
    written capitalised in the run itself, "Durqad District" in a headline): the one typo a plain run may not
    have (``SpellingIndex._typos``), in the (start, end, hit) of ``_look_up_run``, the span holding a
    capitalised head as the guideline's span does; None when no district's name, or two, is one letter away."""
    kind = "admin2"
    # (the run's last name word: "Taliban Capture Durqad District"; each regex runs only where its word occurs)
    head = _CAPITAL_DISTRICT.search(word) if " District" in word else None
    cued = head or district_word and _DISTRICT_AFTER.match(text, e)
    if not cued:  # (a province's name so cued, "Kundoz province", the same way, among provinces)
        kind = "admin1"
        head = _CAPITAL_PROVINCE.search(word) if " Province" in word else None
        cued = head or _PROVINCE_AFTER.match(text, e)
    off = 0
    if head:
        word, off = head.group(1), head.start(1)
    if " " in word or not word.isascii() or not cued:
        return None
    jk = join_key(word)
    if len(jk) < MIN_LETTERS or jk in index.stop:
        return None
    cands = {c for d in index.deleted.keys() & deletes(jk, 1) for c in index.deleted[d]}
    near = [c for c in sorted(cands) if len(c) == len(jk) and c[0] == jk[0] and osa_distance(jk, c, 1) == 1
            and any(gz.places[i].feature_type == kind for i in known.get(c, ()))]
    districts = {tuple(i for i in known[c] if gz.places[i].feature_type == kind) for c in near}
    if len(districts) != 1:
        return None  # none, or two districts' names equally near (two spellings of one district are one: "Shukai"
        # is one letter from both "Shekai" and "Shikai", Shekay district's)
    ids = districts.pop()
    # (a fourth item: a run ending in its capitalised head is no person's name, "Taliban Capture Durqad District")
    return (off, e - s, ("fuzzy", near[0], ids), bool(head))  # (a name both banks' districts share: the resolver decides)


def _run_starts(prep, starts: list[int], ends: list[int], with_ends: bool = False):
    """Where capitalised words start (no word character before) outside the spans found: found on the
    code points at numpy speed, so the loop sees only the capitals the matcher left. ``with_ends``: also
    where each run ends when it is one ASCII word (-1 for the others, whose end the regex reads)."""
    codes = prep.codes
    cls = np.take(_CLASS, codes, mode="clip")  # (code points past the table: word characters)
    gap = cls < 2
    at = cls == 3
    at[1:] &= gap[:-1]
    pos = np.flatnonzero(at)
    if starts and len(pos):
        k = np.searchsorted(np.asarray(starts), pos, side="right") - 1
        pos = pos[~((k >= 0) & (pos < np.asarray(ends)[np.maximum(k, 0)]))]
    if not len(pos):
        return ([], []) if with_ends else []
    we, goes_on, ascii_word = _word_ends(codes, cls, pos, np.flatnonzero(gap))
    keep = ~_short_single(codes, pos, words=(we, goes_on, ascii_word))
    if not with_ends:
        return pos[keep].tolist()
    n = len(codes)
    lone = ascii_word & ~goes_on & ((we >= n) | (codes[np.minimum(we, n - 1)] < 128))  # (its end is ASCII too)
    return pos[keep].tolist(), np.where(lone, we, -1)[keep].tolist()


def _word_ends(codes: np.ndarray, cls: np.ndarray, pos: np.ndarray, word_end: np.ndarray):
    """(end of the word at each of ``pos``, whether a space and a capitalised word follow it, whether it is
    ASCII), from the code points, their ``_CLASS`` and where the non-word characters are. Code points past
    the table count as word characters, so a word is never judged shorter than ``_CAP_RUN`` would read it."""
    n = len(codes)
    we = word_end[np.minimum(np.searchsorted(word_end, pos), len(word_end) - 1)] if len(word_end) else pos
    we = np.where(we < pos, n, we)
    nxt = np.minimum(we + 1, n - 1)
    goes_on = (we + 1 < n) & (codes[np.minimum(we, n - 1)] == 32) & (cls[nxt] == 3)
    high = np.flatnonzero(codes > 127)  # (no character past ASCII between a word's start and end)
    return we, goes_on, np.searchsorted(high, we) == np.searchsorted(high, pos)


def _short_single(codes: np.ndarray, pos: np.ndarray, words=None) -> np.ndarray:
    """Which capitals at ``pos`` start a lone word too short to look up ("The", "In", "He": most runs),
    decided for all at once (``words``: their ``_word_ends``, when made); a word followed by another
    capitalised one is kept."""
    if words is None:
        cls = np.take(_CLASS, codes, mode="clip")
        words = _word_ends(codes, cls, pos, np.flatnonzero(cls < 2))
    we, goes_on, ascii_word = words
    length = we - pos
    return ~goes_on & ((length < MIN_LETTERS_EXOTIC) | ((length < MIN_LETTERS) & ascii_word))


def _look_up_run(index, known, text: str, s: int, e: int, initial: bool, russian: bool = False):
    """(start, end relative to the run, hit) of the spelling a capitalised run holds, or None. In a
    Russian text a Cyrillic word is also tried as the nominatives its case ending allows ("Шурабаде" ->
    "Шурабад"), whose transliteration may meet a listed name."""
    if russian:
        from pyanj.text.russian import head_cue, ordinary_noun
        first, _, rest = text[s:e].partition(" ")
        if rest and (head_cue(first) is not None or initial and ordinary_noun(first)):  # ("Город Нурек", "Уезд
            # Дашти-Арчи", "Жители Шугнана": a generic word or a common noun opens the sentence; the name after it
            # does not)
            got = _look_up_run(index, known, text, s + len(first) + 1, e, False, russian)
            return None if got is None else (got[0] + len(first) + 1, got[1] + len(first) + 1, got[2])
    got = _candidates(text, s, e)
    if got is None:
        return _capitals_word(index, known, text, s, e) if russian else None
    word = text[got[0]:got[1]]
    initial = initial and got[0] == s  # ("The Shakdara valley": the name itself does not open the sentence)
    if russian and " " not in word:
        from pyanj.text.russian import common_adjective, is_cyrillic
        if is_cyrillic(word) and common_adjective(word):
            return None  # ("Малый Памир": "Малый" is no spelling of Mali)
    hit = index.lookup(word, known, initial)
    if hit is None and not russian:
        # a listed name holds its head or leading word ("Wakhan Corridor", "Central Asia"): its typo is looked for
        # with them, whose letters give the long name's allowance ("Wakkan Corridor", "Central Asis"), as the name
        # alone ("Wakkan", "Asis") has none
        headed = got[1] < e and text[got[1]:e].strip().lower() in HEADS
        led = got[0] > s and " " not in text[s:got[0]].strip() and text[s:got[0]].strip().lower() in _LEAD_IN_NAMES
        for a, b in [(got[0], e)] * headed + [(s, got[1])] * led:
            hit = index.lookup(text[a:b], known, initial)
            if hit is not None:
                return a - s, b - s, hit
        hit = None
    if hit is None and russian:
        from pyanj.text.russian import adjective_nouns, is_cyrillic, nominatives, state_name_words
        if is_cyrillic(word):
            # (a district's adjective or initial after a name: "Хумроги Ванджского района", "Шохон Ш. Шохинского")
            first, _, rest = word.partition(" ")
            # (or the state's full name after a province's: "провинции Тахор Исламской Республики Афганистан")
            tried = [word, first] if rest and (all(len(w) == 1 or adjective_nouns(w) for w in rest.split())
                                               or state_name_words(rest)) else [word]
            for w in tried:
                for nom in ([w] if w != word else []) + nominatives(w):
                    hit = index.lookup(nom, known, initial)
                    if hit is not None:
                        return got[0] - s, got[0] - s + len(w), hit
            words = word.split()
            if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
                # a name of two or three declined words, each in the nominative ("района Шамсиддина Шохина",
                # "Бободжона Гафурова": the districts named after people)
                from itertools import product
                for combo in product(*[[w] + nominatives(w)[:4] for w in words]):
                    if list(combo) != words:
                        hit = index.lookup(" ".join(combo), known, initial)
                        if hit is not None:
                            return got[0] - s, got[1] - s, hit
    return None if hit is None else (got[0] - s, got[1] - s, hit)


_RU_VOWELS = frozenset("АЕЁИОУЫЭЮЯ")


def _capitals_word(index, known, text: str, s: int, e: int):
    """A Russian name written in capitals, one word of five letters or more with two vowels or more (a keyword
    list's "РУШАН / ШУГНАН / ВАХАН", a heading's "В РУШАНЕ"; an acronym, "ГКНБ", "ВЛКСМ", has fewer), looked up
    as the capitalised word would be at a sentence's start (its transliteration only), or its nominatives."""
    from pyanj.text.russian import is_cyrillic, nominatives
    word = text[s:e]
    if " " in word or len(word) < 5 or not word.isupper() or not is_cyrillic(word) \
            or sum(c in _RU_VOWELS for c in word) < 2:
        return None
    name = word[:1] + word[1:].lower()
    if name.lower() in _NOT_NAME_WORDS:
        return None
    for nom in [name] + nominatives(name):
        hit = index.lookup(nom, known, True)
        if hit is not None:
            return 0, e - s, hit
    return None


def _russian_adjective(text: str, s: int, e: int, gz):
    from pyanj.text.russian import adjective_unit, is_cyrillic
    hit = adjective_unit(text[s:e], text, e, gz) if is_cyrillic(text[s:e]) else None
    return None if hit is None else (0, e - s, hit)


def _spelling_span(S, prep, s: int, e: int, hit, gz, unit: bool = False):
    """The span of a spelling found at ``text[s:e]``, unless the words around make it no place name: an
    organisation, a person (the checks gazetteer spans pass), an ordinary word opening a sentence."""
    text = prep.text
    surface = text[s:e]
    prev = S._prev_word(text, s)
    if S._is_org(text, s, e, False, prev) or S._is_given_name(text, s, prev):
        return None
    if prep.lang in ("ru", "tg") and S.is_cyrillic(surface) and S.russian_org(text, s):
        return None  # ("ГКНБ Таджикистана", "Министерства … Таджикистана")
    headed = " " in surface and surface.rpartition(" ")[2].lower() in HEADS  # ("Asia Wakkan Corridor": a tag list)
    headed = headed or bool(_HEAD_BEFORE_NAME.match(surface))  # ("Tajikistan’s Lake Karakol": no person's name)
    if not unit and not headed and prev.lower() not in LEAD_WORDS and S._is_person(text, s, e):  # ("In Vakhon")
        return None
    if " " not in surface and _sentence_initial_ordinary(prep, s, surface):
        return None
    flag, key, ids = hit
    sp = S.Span(s, e, surface, key, list(ids), None, None, True, [flag], False, prev)
    if len(ids) == 1 and gz.places[ids[0]].feature_type == "country":
        S._metonymy(text, sp)
    elif prep.lang in ("ru", "tg") and S.is_cyrillic(surface):
        S.russian_cues(text, sp)  # ("города Ишкашим", "афганского Файзабада", "Кулябском районе")
    else:
        S._add_cues(text, sp, gz)
    return sp


#: Persian and Arabic names joined by a lower-case word ("Kuran wa Munjan", "Dahan e Ghori", "Lal wa Sarjangal"):
#: "wa"/"va" (and), the ezafe "e"/"i" written apart, "ud"/"ul"/"al" (of the). A capitalised run stops at them.
_JOINERS = (" wa ", " va ", " e ", " i ", " ud ", " ul ", " al ")
_JOINED = re.compile(r"(?<![\w’'\-])[A-Z][a-z’'\-]+(?: (?:wa|va|e|i|ud|ul|al) [A-Z][a-z’'\-]+)+(?![\w’'\-])")
#: ``_JOINED`` without its look-behind (which makes the regex engine try every position, not only capitals).
_JOINED_FROM_CAPITAL = re.compile(_JOINED.pattern.replace(r"(?<![\w’'\-])", "", 1))


def _joined_names(text: str):
    """``_JOINED.finditer(text)``, tried only at the capitals right before a joining word: a match's first word is
    followed by one (`` wa ``, `` e `` …), so each start it can have is found by one scan for those words and a
    walk back over the word's small letters; the look-behind is tested on each match (a rejected one is tried again one
    character on, as the engine would)."""
    starts = set()
    for jm in _JOINER.finditer(text):  # (one scan for the seven words, each space tried once)
        i = k = jm.start()
        while k > 0 and text[k - 1] in _JOINED_TAIL:
            k -= 1
        if k < i and k > 0 and "A" <= text[k - 1] <= "Z":
            starts.add(k - 1)
    pos = 0
    for s in sorted(starts):
        if s < pos:
            continue
        m = _JOINED_FROM_CAPITAL.match(text, s)
        if m is None:
            continue
        if s and ((c := text[s - 1]).isalnum() or c in "_’'-"):
            pos = s + 1
            continue
        yield m
        pos = m.end()


#: The letters of a joined name's word after its capital (``_JOINED``'s ``[a-z’'\-]``).
_JOINED_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
#: The space before a joining word of ``_JOINERS`` (a look-ahead, so "Dahan e i …" finds both).
_JOINER = re.compile(r" (?=(?:wa|va|e|i|ud|ul|al) )")


def add_joined_spellings(prep, spans: list, gz) -> list:
    """``spans`` with a span for each name of words joined by a lower-case word that the matcher did not
    find as listed and that is a listed name's transliteration or typo ("Keran wa Munjan" for Kuran wa
    Munjan): the run of ``add_spelling_spans`` never crosses the lower-case word, so the whole name is tried
    here, in the same ``SpellingIndex`` and with the same checks (people, organisations). A name found in
    one of its parts ("Munjan") keeps the text to that finder; only the unlisted finder's guesses give way."""
    text = prep.text
    found = list(_joined_names(text))
    if not found:
        return spans  # (most texts: no joining word)
    index = gz.spelling_index()
    known = gz.index
    new, replaced = [], set()
    for m in found:
        s, e = m.start(), m.end()
        inside = [sp for sp in spans if sp.start < e and s < sp.end]
        if any(sp.ids or UNLISTED_FLAG not in sp.flags for sp in inside):
            continue  # a found name in it: that finder's
        hit = index.lookup(m.group(), known, False)
        if hit is None:
            continue
        sp = _spelling_span(S, prep, s, e, hit, gz)
        if sp is not None:
            replaced.update(id(old) for old in inside)
            new.append(sp)
    if not new:
        return spans
    return sorted([sp for sp in spans if id(sp) not in replaced] + new, key=lambda sp: (sp.start, sp.end))
