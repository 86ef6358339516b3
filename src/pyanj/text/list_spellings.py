"""A list member the gazetteer lacks, respelt from a listed place of its list's own kind.

"Afghan provinces like Kunduz, Tahor, and Badakshan": the unlisted-name finder takes "Tahor" as an
unknown list member (``list_member``), and the spelling finder passes it over, its five letters too few
for a transliteration met by chance. But the list says what it is: every member the gazetteer knows is
a province, and "Tahor" has the transliteration key of one province, Takhar (Tajik "Тахор"). So a
list member guessed so, whose list's known members are all provinces, or all districts, or all
countries, and whose transliteration key (``pyanj.text.translit``) is that of places of that one kind
only, is that place (flag ``transliterated``); a Russian adjective in a list of districts is read through
the name it is made from ("Рошткалъинским, Ишкашимским, Рушанским и Мургабским районами": Roshtqala,
as "Рошткалъинским районом" is). Failing both, a district or province one letter off a listed one of that kind
("Darqad, Dasht-e-Qala, Yanqi Qala": Yangi Qala), when only one is (flag ``fuzzy``). Four letters at least (six for
the typo); a person, an organisation or a title stays out by the checks every spelling passes.
"""

from __future__ import annotations

from pyanj.text import spans as S
from pyanj.text.translit import translit_keys
from pyanj.text.unlisted import FLAG, LIST_FLAG

__all__ = ["list_member_spellings"]

#: The kinds of place a list's members may share for a member to be respelt as one of them.
KINDS = frozenset({"admin1", "admin2", "country"})
#: Fewest letters of a member so respelt.
MIN_LETTERS = 4


def list_member_spellings(prep, spans: list, gz) -> list:
    """``spans`` with each unlisted list member respelt as a listed place of its list's kind (see the module)."""
    if not any(LIST_FLAG in sp.flags and FLAG in sp.flags for sp in spans):
        return spans
    from pyanj.text.fuzzy import _spelling_span
    text = prep.text
    index = gz.spelling_index()
    out = list(spans)
    for i, sp in enumerate(spans):
        if LIST_FLAG not in sp.flags or FLAG not in sp.flags or sp.ids or sum(c.isalpha() for c in sp.surface) < MIN_LETTERS:
            continue
        kind = _list_kind(text, spans, i, gz)
        if kind is None:
            continue
        flag = "transliterated"
        ids = _respelt(sp.surface, kind, index, gz)
        if not ids and kind != "country":
            ids, flag = _one_letter_off(sp.surface, kind, index, gz), "fuzzy"
        if not ids or any(gz.places[q].feature_type != kind for q in ids):
            continue
        new = _spelling_span(S, prep, sp.start, sp.end, (flag, sp.key, tuple(ids)), gz)
        if new is not None:
            new.cue = new.cue or sp.cue
            new.group = sp.group
            out[i] = new
    return out


def _list_kind(text: str, spans: list, i: int, gz) -> str | None:
    """The one kind (``KINDS``) every known member of span ``i``'s list may be ("Kunduz": a town or a province), or None."""
    j = k = i
    while j and S._LIST_GAP.fullmatch(text, spans[j - 1].end, spans[j].start) and spans[j].start - spans[j - 1].end <= 8:
        j -= 1
    while k + 1 < len(spans) and S._LIST_GAP.fullmatch(text, spans[k].end, spans[k + 1].start) and \
            spans[k + 1].start - spans[k].end <= 8:
        k += 1
    known = [{gz.places[q].feature_type for q in o.ids} for o in spans[j:k + 1] if o.ids]
    shared = set.intersection(*known) & KINDS if known else set()
    return next(iter(shared)) if len(shared) == 1 else None


def _respelt(surface: str, kind: str, index, gz) -> list[str]:
    """The places a list member's spelling may be: by its transliteration key, or (a Russian adjective,
    "Рошткалъинским, Ишкашимским … районами") by the name it is made from, as "район" after it would."""
    from pyanj.text.russian import adjective_nouns, is_cyrillic, with_spellings
    from pyanj.text.normalize import join_key
    ids = {q for tk in translit_keys(surface) for q in (index.exact.get(tk) or index.short.get(tk) or ("", ()))[1]}
    if not ids and kind != "country" and is_cyrillic(surface):
        for noun in adjective_nouns(surface):
            jk = join_key(noun)
            ids = {q for q in with_spellings(list(gz.index.get(jk, ())), jk, gz, True) if gz.places[q].feature_type == kind}
            if ids:
                break
    return sorted(ids)


def _one_letter_off(surface: str, kind: str, index, gz) -> list[str]:
    """The one district or province (``kind``) whose listed name is one letter replaced, dropped or added away from
    the member's ("Yanqi Qala" among Takhar's districts: Yangi Qala), never its first letter, 6+ letters; none when
    two places' names are so near. A plain run may not have that typo (``SpellingIndex._typos``); the list's kind may."""
    from pyanj.text.fuzzy import MIN_LETTERS as FUZZY_LETTERS
    from pyanj.text.normalize import join_key
    from pyanj.text.translit import deletes, osa_distance
    if not surface.isascii():
        return []
    jk = join_key(surface)
    if len(jk) < FUZZY_LETTERS or jk in index.stop:
        return []
    known = gz.index
    cands = {c for d in index.deleted.keys() & deletes(jk, 1) for c in index.deleted[d]}
    near = {tuple(sorted(q for q in known.get(c, ()) if gz.places[q].feature_type == kind))
            for c in sorted(cands) if c[0] == jk[0] and osa_distance(jk, c, 1) == 1}
    near.discard(())
    return list(near.pop()) if len(near) == 1 else []
