"""A summit named by its height: "Peak 6,094m", "Pik 5800", "Peak 6094 m".

Climbing writing names the Pamir's and Hindu Kush's unnamed summits by their surveyed height, written
after a capitalised "Peak" / "Pik" / "Pic": the whole is the summit's name (the guideline's span is the
proper name; here the height is the name). A gazetteer lists few of them, so each becomes a span the
gazetteer lacks (flag ``not_in_gazetteer``, cue ``peak``), placed like any other unlisted name at the
admin unit the text puts it in (``pyanj.resolve.unlisted``). Only heights a summit can have count
(3,000 to 8,848 m), so a year ("Peak 2020"), a count or a score stays out; so does a product's or a
firm's name, where a capitalised word follows the number ("Peak 6000 Series", "Peak 5000 Ltd"), a
person's ("Mr Peak 4000", after a title) and a lower-case "peak" ("a peak of 6,000 m").
"""

from __future__ import annotations

import re

from pyanj.text.normalize import join_key
from pyanj.text.spans import Span, _prev_word
from pyanj.text.substrings import has
from pyanj.text.unlisted import FLAG
from pyanj.text.vocab import PERSON_TITLES

__all__ = ["height_peaks"]

#: "Peak 6,094m", "Pik 5800", "Peak 6094 m": the height with an optional thousands comma and metre unit.
PEAK = re.compile(r"(?<![\w-])(?:Peak|Pik|Pic)[ \t](?:(\d),?(\d{3})|(\d{4}))(?:[ \t]?(?:m|metres|meters)(?![\w]))?(?![\d,.]\d)")
#: The heights a summit may have (m).
LOWEST, HIGHEST = 3000, 8848
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")


def height_peaks(text: str, spans: list) -> list:
    """Spans for the summits ``text`` names by their height and no other span holds (see the module)."""
    if not has(text, "Pi") and not has(text, "Peak"):
        return []  # (most texts: no summit word, decided by two substring searches, not a regex scan)
    taken = [(sp.start, sp.end) for sp in spans]
    out = []
    for m in PEAK.finditer(text):
        s, e = m.span()
        height = int(m.group(1) + m.group(2)) if m.group(1) else int(m.group(3))
        if not LOWEST <= height <= HIGHEST or _NEXT_CAPITAL.match(text, e) or any(a < e and s < b for a, b in taken):
            continue
        prev = _prev_word(text, s)
        if prev.rstrip(".").lower() in PERSON_TITLES:  # ("Mr Peak", "General Pik")
            continue
        out.append(Span(s, e, text[s:e], join_key(text[s:e]), [], "peak", None, True, [FLAG], False, prev))
    return out


#: A capitalised name of one to three words, then its height in brackets: "Ismoil Somoni (7495 m)", "Lenin (7,134 m)".
NAMED_HEIGHT = re.compile(r"(?<![\w’'\-])((?:[A-Z][\w’'\-]+ ){0,2}[A-Z][\w’'\-]+)[ \t]\((?:(\d),?(\d{3})|(\d{4}))[ \t]?"
                          r"(?:m|metres|meters)\)")
#: How a listed summit's name holds the word the text left out before its height.
_SUMMIT_FORMS = ("{} Peak", "Peak {}", "Pik {}", "Mount {}", "{} Pik")


def height_named_summits(text: str, spans: list, gz) -> list:
    """Spans for listed summits a text names without their summit word, the height after them in brackets
    ("peaks … like Ismoil Somoni (7495 m)": Ismoil Somoni Peak), which no other span holds. The height makes the
    bare name a summit's, as the word "Peak" would: a person or a town ("Ismoil Somoni", the ruler and the
    district) has none. Only heights a summit can have count, and only a listed summit's name."""
    if not has(text, "m)"):
        return []  # (no height in brackets: most texts)
    taken = [(sp.start, sp.end) for sp in spans]
    out = []
    for m in NAMED_HEIGHT.finditer(text):
        s, e = m.span(1)
        height = int(m.group(2) + m.group(3)) if m.group(2) else int(m.group(4))
        if not LOWEST <= height <= HIGHEST or any(a < e and s < b for a, b in taken):
            continue
        name = m.group(1)
        if _prev_word(text, s).rstrip(".").lower() in PERSON_TITLES:
            continue
        for form in _SUMMIT_FORMS:
            key = join_key(form.format(name))
            ids = [i for i in gz.index.get(key, ()) if gz.places[i].feature_type == "physical"]
            if ids:
                out.append(Span(s, e, name, key, ids, "peak", None, True, [], False, _prev_word(text, s)))
                break
    return out
