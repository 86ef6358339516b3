"""A transliteration key: the romanisations of one name, Russian-, English- or Persian-style, meet.

The frontier's names reach English texts through several romanisations: Russian ("Kulyab",
"Kurgan-Tyube", "Dzhilikul", "Pyandzh"), Tajik ("Kulob", "Qurghonteppa", "Jilikul", "Panj") and
Persian/English ("Wakhan", "Khwaja Ghar", "Shahr-e Buzurg"), and in Cyrillic. ``translit_key`` maps them
onto one key so a spelling the gazetteer never listed still finds its place:

- Cyrillic (Russian and Tajik letters) is romanised first (``Куляб`` -> ``kulyab``, ``Ҷиликӯл`` ->
  ``jilikul``), as are the Latin letters with carons and Tajik Latin (``š`` ``č`` ``ž`` ``ç`` ``ş`` ``ƣ``);
  a name written with carons follows the scholarly (ISO 9) usage, where j is a y (``Pjandž`` = ``Pyandzh``);
- apostrophes, hyphens and spaces go (``Qal'a-i-Khum`` = ``Qalai Khum``), diacritics are folded;
- consonants that romanisations write differently become one: dzh/dj/zh/j, kh/x/h, q/k (and c), gh/g, w/v, ph/f,
  and the Persian khw- (Russian khv-) the others write kh- (Khwahan = Khohon, Khwaja = Хваджа = Khoja);
- vowels fall into three classes: a/o (Tajik o is Russian a: Kulob/Kulyab, Khovaling/Khavaling,
  -obod/-abad), e/i/y (izafa -i-/-e-, Kyrgyz/Kirgiz) and u (oo, ou, ŭ); a palatal y after a consonant
  goes (Kulyab, Pyandzh), "yo" after one is the e it is often written (Seleznyov/Seleznev); a vowel
  followed by i/y is one diphthong (ay = ai = ey = oy), so the izafa -yi-/-ye-/-ai- meet too;
- a word's izafa may be written or left out: a name of several words also has a key without it
  (``translit_keys``: Shamsiddini Shohin = Shamsiddin Shohin);
- doubled letters are written once, and the hill of Kurgan-Tyube/Qurghonteppa (tyube/tube/teppa/tepe) is
  one word ending.

The key is for look-ups only (never shown). Arabic-script names get no key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pyanj.text.normalize import name_tokens

#: Cyrillic letters (Russian and Tajik) in a Tajik/English-style romanisation.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ӯ": "u", "ф": "f", "х": "kh", "ҳ": "h", "ц": "ts", "ч": "ch",
    "ҷ": "j", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ў": "u", "ү": "u", "ө": "o", "ң": "n", "ә": "a",
}
#: Latin letters whose diacritic carries a consonant the fold would lose (š -> s), incl. Tajik Latin.
_LATIN = {"š": "sh", "č": "ch", "ž": "zh", "ǰ": "j", "ğ": "gh", "ǧ": "gh", "ƣ": "gh", "ş": "sh", "ç": "j",
          "ẖ": "kh", "ḵ": "kh"}
#: Apostrophes and the like, dropped (not separators): Qal'a = Qala.
_CARONS = re.compile("[šžč]")
_APOSTROPHES = "'’‘`´ʹʻʼʽʾʿˈ′"
_TABLE = str.maketrans({**{c: "" for c in _APOSTROPHES}, **_CYRILLIC, **_LATIN})

#: Consonant spellings that romanisations write differently, in the order they are rewritten
#: (longest first; S and C stand for sh and ch so that a later h or c rule cannot split them).
_CONSONANTS = (("khw", "kh"), ("khv", "kh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("sh", "S"), ("ch", "C"),
               ("kh", "h"), ("gh", "g"), ("ph", "f"), ("x", "h"), ("q", "k"), ("c", "k"), ("w", "v"))
_CLASS = str.maketrans({"a": "a", "o": "a", "e": "i", "i": "i", "y": "i", "u": "u"})
_CONSONANT = "[b-df-hj-np-tv-xzSC]"
_PALATAL_YO = re.compile("(?<=" + _CONSONANT + ")yo")  # Seleznyov = Seleznev
_PALATAL_Y = re.compile("(?<=" + _CONSONANT + ")y(?=[aeiou])")  # Kulyab = Kulab, Pyandzh = Pandzh
_DIPHTHONG = re.compile(r"[aeo][iy](?![aeiouy])")  # ay = ai = ey = oy
#: Word endings one morpheme is written as: Turkic "hill", Russian -tyube, Tajik -teppa (Kurgan-Tyube = Qurghonteppa).
_HILL_ENDS = ("tyube", "tiube", "tube", "teppa", "tepa", "tepe", "tyubya")
_HILL = re.compile("(?:" + "|".join(_HILL_ENDS) + ")$")
_DOUBLE = re.compile(r"(.)\1+")
#: The izafa as a word of its own (Qal'a-i-Khum, Kohna-ye Qala) or a word's ending (Shahri Buzurg, Panji Poyon).
_IZAFA = frozenset({"i", "e", "yi", "ye", "y"})
_IZAFA_END = re.compile(r"(?<=[^\W\daeiouy])[ie]$|(?<=[aeiou])y[ie]$|(?<=a)i$")
_ASCII_KEY = re.compile(r"^[a-z0-9]*$")


def translit_keys(name: str) -> list[str]:
    """The transliteration key of a name, and (a name of several words with an izafa: Shahr-e Buzurg,
    Shamsiddini Shohin, Qal'a-i-Khum) its key without the izafa, which texts write or leave out."""
    return list(_translit_keys(name))


@lru_cache(maxsize=1 << 16)
def _translit_keys(name: str) -> tuple[str, ...]:
    """``translit_keys``, kept per name: a name's keys never change, and texts name the same places again."""
    return tuple(_translit_keys_of(name))


def _translit_keys_of(name: str) -> list[str]:
    toks = name_tokens(_romanised(name))
    key = _key(toks)
    if len(toks) < 2 or not key:
        return [key] if key else []
    bare = [_bare(t) for t in toks[:-1] if t not in _IZAFA] + toks[-1:]
    other = _key(bare) if bare != toks else key
    return [key] if other == key or not other else [key, other]


def _bare(tok: str) -> str:
    b = _IZAFA_END.sub("", tok)
    return b if len(b) >= 3 else tok


def translit_key(name: str) -> str:
    """The transliteration key of a name ("" when it has none: Arabic script, no letters)."""
    return _key(name_tokens(_romanised(name)))


def _romanised(name: str) -> str:
    """``name`` in lower-case Latin letters: Cyrillic romanised, carons spelt out. A name written with
    carons follows the scholarly (ISO 9) convention, where j is the y sound (Pjandž = Pyandzh)."""
    low = name.lower()
    if _CARONS.search(low):
        low = low.replace("j", "y")
    return low.translate(_TABLE)


def _key(toks: list[str]) -> str:
    s = "".join(_HILL.sub("tepa", t) if t.endswith(_HILL_ENDS) else t for t in toks)
    if not s or not _ASCII_KEY.match(s):
        return ""
    for a, b in _CONSONANTS:  # (str.replace, in order: each rule sees what the ones before it left)
        if a in s:
            s = s.replace(a, b)
    if "y" in s:
        s = _PALATAL_Y.sub("", _PALATAL_YO.sub("e", s))
    s = _DIPHTHONG.sub("ai", s.replace("oo", "u").replace("ou", "u"))
    return _DOUBLE.sub(r"\1", s.translate(_CLASS))


def edit_allowance(n_letters: int) -> int:
    """Edits a name of ``n_letters`` tolerates: none below 6 letters, one from 6, two from 10."""
    return 2 if n_letters >= 10 else 1 if n_letters >= 6 else 0


def osa_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a transposition is one edit), or ``limit + 1`` beyond ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = i
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1] if prev[-1] <= limit else limit + 1


def deletes(key: str, depth: int) -> list[str]:
    """``key`` and every string made from it by deleting one, or (``depth`` 2) two characters after the
    first (a typo seldom touches a name's first letter, and keeping it keeps the index small)."""
    n = len(key)
    ones = [key[:i] + key[i + 1:] for i in range(1, n)]
    if depth < 2:
        return [key, *ones]
    # (two deletions i < j: delete j - 1 from the string without i)
    return [key, *ones, *(w[:j] + w[j + 1:] for i, w in enumerate(ones, 1) for j in range(i, n - 1))]
