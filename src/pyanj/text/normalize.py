"""Name normalisation shared by the gazetteer and the mention finder.

Names and texts are folded the same way: case, diacritics, Tajik/Russian
Cyrillic letter variants and Arabic/Persian letter variants are folded; every
character that is not a letter or digit becomes a token separator.  A match may
join or split tokens ("Sherkhan-Bandar" = "Sher Khan Bandar"), which the
matcher handles by indexing every way an alias's tokens can be joined.

``fold_text`` folds a whole text through a numpy lookup table and keeps an index
array back to the original offsets, so the matcher can run one pass over the
folded text and still report exact spans.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import product

import numpy as np

from pyanj.text.vocab import ORG_HEADS

IGNORE = "\x00"  # combining marks, zero-width characters, tatweel: dropped, not a boundary
SEP = " "

_SPECIAL = {
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "s", "æ": "a", "œ": "o", "þ": "t", "ð": "d", "ħ": "h",
    # Tajik and Russian Cyrillic
    "ё": "е", "ӯ": "у", "ӣ": "и", "ҳ": "х", "қ": "к", "ғ": "г", "ҷ": "ч", "ә": "а", "ң": "н", "ү": "у",
    "ұ": "у", "ө": "о", "ъ": IGNORE, "ь": IGNORE,
    # Arabic-script variants as Persian/Dari write them
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و",
    # the Pashto, Urdu and Shughni forms of yeh, heh and kaf ("ولسوالۍ", "ولسوالے" = "ولسوالی"; "شہر" = "شهر")
    "ې": "ی", "ۍ": "ی", "ے": "ی", "ۓ": "ی", "ہ": "ه", "ھ": "ه", "ە": "ه", "ۃ": "ه", "ڪ": "ک",
}
_APOSTROPHES = set("'’‘`´ʹʻʼʽʾʿˈ′")


def fold_char(c: str) -> str:
    """Fold one character to one character: a base letter, SEP or IGNORE."""
    if c in _SPECIAL:
        return _SPECIAL[c]
    if c in _APOSTROPHES:
        return SEP
    cat = unicodedata.category(c)
    if cat[0] == "M" or c in "\u00ad\u0640\u200b\u200c\u200d\u200e\u200f\u2060\ufeff":
        return IGNORE
    if cat[0] not in "LN" or cat == "Lm":
        return SEP
    low = c.casefold()
    if len(low) == 1 and low in _SPECIAL:
        return _SPECIAL[low]
    d = "".join(ch for ch in unicodedata.normalize("NFKD", low) if not unicodedata.category(ch).startswith("M"))
    if not d:
        return IGNORE
    d = d[0]
    return _SPECIAL.get(d, d)


class _FoldTable(dict):
    """A translate table that folds characters on first sight and remembers them."""

    def __missing__(self, key: int) -> str:
        v = fold_char(chr(key))
        self[key] = v
        return v


FOLD = _FoldTable()
for _cp in range(0x0000, 0x0700):
    FOLD[_cp]  # warm the table for Latin, Greek, Cyrillic and Arabic


def fold(s: str) -> str:
    """Fold ``s`` character by character (same length as ``s``)."""
    return s.translate(FOLD)


_SPACES = re.compile(r" +")


def name_tokens(name: str) -> list[str]:
    """The folded tokens of a name: ``"Sherkhan-Bandar"`` -> ``["sherkhan", "bandar"]``."""
    return [t for t in _SPACES.split(fold(name).replace(IGNORE, "")) if t]


def normalize(name: str) -> str:
    """The canonical folded key of a name: tokens joined by single spaces."""
    return " ".join(name_tokens(name))


def join_key(name: str) -> str:
    """The key with every separator removed: equal for all ways of writing the tokens apart or together."""
    return "".join(name_tokens(name))


def variants(tokens: list[str], limit: int = 5) -> list[str]:
    """Every way of writing ``tokens`` with or without a space between neighbours."""
    if not tokens:
        return []
    if len(tokens) > limit:
        return [" ".join(tokens), "".join(tokens)]
    out = []
    for seps in product(("", " "), repeat=len(tokens) - 1):
        s = tokens[0]
        for sep, t in zip(seps, tokens[1:]):
            s += sep + t
        out.append(s)
    return out


_LUT_SIZE = 0x3000  # Latin, Greek, Cyrillic, Arabic, general punctuation …
_LUT: np.ndarray | None = None


def _fold_codes(codes: np.ndarray) -> np.ndarray:
    """``fold`` over an array of code points: a lookup table below U+3000, ``fold_char`` above."""
    global _LUT
    if _LUT is None:
        _LUT = np.array([ord(fold_char(chr(i))) for i in range(_LUT_SIZE)], dtype=np.uint32)
    out = _LUT[np.minimum(codes, _LUT_SIZE - 1)]  # (clipped to the table's last entry; those above are redone.
    # Clipping first and indexing plainly reads three times faster than ``np.take(…, mode="clip")``.)
    if len(codes) and int(codes.max()) >= _LUT_SIZE:  # (one pass, no mask, for most texts)
        for cp in np.unique(codes[codes >= _LUT_SIZE]).tolist():
            out[codes == cp] = ord(FOLD[cp])
    return out


def code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as a read-only uint32 array."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


#: An encyclopaedia infobox label at the start of a line, glued by the page's text extraction to the
#: capitalised value after it ("DistrictDarvoz district", "ProvinceBadakhshan", "CapitalShighnan").
_LABELS = r"(?:Country|Region|Province|District|Capital|Oblast|Municipality|Location|Seat|State|Jamoat|Town|Village" \
          r"|City)(?=[A-ZА-ЯЁ][a-zа-яё])"
#: (A newline first: the regex engine then looks for newlines, not at every position; the text's start apart.)
_GLUED_LABEL, _GLUED_FIRST = re.compile(r"\n" + _LABELS), re.compile(_LABELS)


#: A lower-case letter glued to a capitalised word of 4+ letters ("IshkashimIshkashim", "LangarLangar": the
#: texts of two links run together by a page's text extraction); ``glued_word_splits`` checks the letters before.
_GLUED_WORD = re.compile(r"[a-z](?=([A-Z][a-z]{3,}))")
#: Glued second words that end an outlet's name, not a second link's text ("CabarAsia", "ChannelNewsAsia"):
#: a continent is no link glued to a place's name.
_BRAND_TAILS = frozenset({"asia"})


def glued_label_splits(text: str) -> list[int]:
    """Offsets where a glued infobox value starts (``_GLUED_LABEL``): the fold puts a word boundary there."""
    first = _GLUED_FIRST.match(text)
    return ([first.end()] if first else []) + [m.end() for m in _GLUED_LABEL.finditer(text)]


def glued_word_splits(text: str, codes: np.ndarray | None = None) -> list[int]:
    """Offsets where a capitalised word glued to the word before starts: after a capitalised word of 4+
    letters ("IshkashimIshkashim") or a lower-case one of 4+ ("caravanKhargush") — not "McDonald",
    "MacArthur", "DeLorean", "iPhone", whose capital follows one to three letters, nor a name glued to an
    organisation's word ("AsiaPlus", "TajikistanNews": one name). A separator goes there in the fold, so
    each word may match a name. (``codes``: the text's ``code_points``; the candidates — an ASCII lower-case
    letter before a capital — are found on them at numpy speed.)"""
    c = code_points(text) if codes is None else codes
    if len(c) < 2:
        return []
    low = (c >= 97) & (c <= 122)
    at = np.flatnonzero(low[:-1] & (c[1:] >= 65) & (c[1:] <= 90)) + 1
    out = []
    for k in at.tolist():
        m = _GLUED_WORD.match(text, k - 1)
        if m is None or m.group(1).lower() in ORG_HEADS or m.group(1).lower() in _BRAND_TAILS:
            continue
        i = k - 1  # (the last letter of the word before)
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if i - j >= 3 and text[j:i + 1].isascii() and text[j + 1:i + 1].islower():
            out.append(k)
    return out


def fold_text(text: str, codes: np.ndarray | None = None) -> tuple[str, np.ndarray]:
    """Fold ``text`` for matching (``codes``: its ``code_points``, when already made).

    Returns ``(folded, index)``: ``folded`` starts and ends with SEP, has IGNORE
    characters removed and runs of separators collapsed to one; ``index[i]`` is
    the offset in ``text`` of ``folded[i]`` (padding maps to -1 / len(text)).
    """
    if not text:
        return SEP + SEP, np.array([-1, 0], dtype=np.int64)
    arr = _fold_codes(code_points(text) if codes is None else codes)
    keep = arr != 0
    if keep.all():  # (no ignored characters: the common case, one pass fewer)
        sep = arr == 32
        keep[1:] = ~(sep[1:] & sep[:-1])
    else:
        pos = np.flatnonzero(keep)
        sep = arr[pos] == 32
        keep[pos[1:][sep[1:] & sep[:-1]]] = False
    pos = np.flatnonzero(keep)
    glued = glued_label_splits(text)
    words = glued_word_splits(text, codes)
    if words:
        glued = sorted(set(glued) | set(words))
    if glued:  # "DistrictDarvoz": a separator between an infobox label and the value it was glued to
        at = np.searchsorted(pos, glued)
        chars, pos = np.insert(arr[pos], at, 32), np.insert(pos, at, glued)
        folded = SEP + chars.tobytes().decode("utf-32-le") + SEP
    else:
        folded = SEP + arr[keep].tobytes().decode("utf-32-le") + SEP  # (a mask reads faster than positions)
    index = np.concatenate(([-1], pos, [len(text)]))
    index.setflags(write=False)
    return folded, index


_SCRIPTS = (("LATIN", "Latn"), ("CYRILLIC", "Cyrl"), ("ARABIC", "Arab"))


def script_of(s: str) -> str:
    """ISO 15924 code of the first letter's script (Latn, Cyrl, Arab) or 'Zyyy'."""
    for c in s:
        if c.isalpha():
            name = unicodedata.name(c, "")
            for prefix, code in _SCRIPTS:
                if name.startswith(prefix):
                    return code
            return "Zyyy"
    return "Zyyy"


def slugify(s: str) -> str:
    """ASCII slug for stable ids: ``"Roshtqal'a District"`` -> ``"roshtqala-district"``."""
    a = unicodedata.normalize("NFKD", s)
    a = "".join(c for c in a if not unicodedata.combining(c))
    a = "".join("" if c in _APOSTROPHES else c for c in a)
    a = a.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", a).strip("-")
