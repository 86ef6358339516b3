"""One-pass multi-pattern name matching (Aho–Corasick via pyahocorasick).

Every alias is indexed in every way its tokens can be written apart or together,
each padded with the separator, so every hit of the automaton on the folded text
(``pyanj.text.normalize.prepare``) starts and ends on a word boundary: no loop
over names and no boundary checks after the fact.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

import ahocorasick
import numpy as np

from pyanj.text.normalize import SEP, join_key, name_tokens, variants
from pyanj.text.prepare import Prepared, prepared
from pyanj.text.vocab import ALIAS_TAIL_HEADS as _GENERIC_TAIL

_ACRONYM = re.compile(r"^(?:[A-ZА-ЯЁ]\.?){2,5}$")
_DOTTED = re.compile(r"(?:[A-ZА-ЯЁ]\.){1,4}[A-ZА-ЯЁ]\Z")  # "U.S", "U.S.S.R" before their last dot


def is_acronym(alias: str) -> bool:
    """"US", "U.S.", "GBAO": names that only count when written in capitals."""
    return bool(_ACRONYM.match(alias.replace(" ", "")))


class Hit(NamedTuple):
    """A raw match: original offsets, the alias join key, and whether it must be all capitals."""

    start: int
    end: int
    key: str
    acronym: bool


class Matcher:
    def __init__(self, automaton, acronym_keys: frozenset[str], derived_ids: dict[str, list[str]] | None = None,
                 head_of: dict[str, dict[str, str]] | None = None):
        self.automaton = automaton
        self.acronym_keys = acronym_keys
        #: keys of names the matcher derived itself (Russian adjectives of districts and regions) -> place ids
        self.derived_ids = derived_ids or {}
        #: derived keys -> {place id: the cue of the generic word that must follow} ("Ваханская" + долина)
        self.head_of = head_of or {}

    def hits(self, text: str | Prepared) -> list[Hit]:
        """Every alias occurrence in ``text`` on word boundaries (overlaps included)."""
        acr = self.acronym_keys
        return [Hit(s, e, key, key in acr) for s, e, key in self.spans(text)]

    def spans(self, text: str | Prepared) -> list[tuple[int, int, str]]:
        """``hits`` as plain ``(start, end, key)`` tuples."""
        return list(zip(*self.columns(text)))

    def columns(self, text: str | Prepared) -> tuple[list[int], list[int], list[str]]:
        """``spans`` as three parallel lists (starts, ends, keys): the span finder's fast path."""
        prep = prepared(text)
        text = prep.text
        if not text:
            return [], [], []
        folded, index = prep.folded, prep.index
        found = list(self.automaton.iter(folded))
        if not found:
            return [], [], []
        ends, values = zip(*found)
        keys, lens = zip(*values)
        ends = np.array(ends, dtype=np.int64)
        starts = index[ends - np.array(lens, dtype=np.int64)].tolist()
        stop_arr = index[ends - 1] + 1
        stops = stop_arr.tolist()
        n = len(text)
        # combining marks after the last letter belong to the name (only code points above U+02FF can be)
        codes = prep.codes
        high = np.flatnonzero(codes[np.minimum(stop_arr, n - 1)] > 0x2FF)  # (the names a high code point follows)
        for i in high.tolist():
            e = stops[i]
            while e < n and text[e] > "\u02ff" and _is_mark(text[e]):
                e += 1
            stops[i] = e
        # a dotted abbreviation keeps its last full stop ("U.S." as written, not "U.S"): the fold drops dots
        dot = np.flatnonzero((stop_arr < n) & (codes[np.minimum(stop_arr, n - 1)] == 0x2E))
        for i in dot.tolist():
            if _DOTTED.match(text, starts[i], stops[i]):
                stops[i] += 1
        return starts, stops, list(keys)


def _is_mark(c: str) -> bool:
    """A combining mark, or a Cyrillic hard or soft sign, which the fold drops ("область")."""
    return c in "ьъЬЪ" or unicodedata.category(c).startswith("M")


def build_matcher(gz) -> Matcher:
    """Compile the gazetteer's aliases into an automaton."""
    auto = ahocorasick.Automaton()
    acronym_only: dict[str, bool] = {}
    cyrillic: list = []  # (place, alias, key) of Cyrillic aliases, declined once every name is in
    for p in gz.places.values():
        labelled = any(a.name.endswith(")") for a in p.aliases) and any("(" not in a.name for a in p.aliases)
        for a in p.aliases:
            if labelled and a.name.endswith(")"):
                continue  # "Pamir Highway (M41)", "Ishkashim (Afghanistan)": a label; its plain names are indexed
            toks = name_tokens(a.name)
            if not toks:
                continue
            if len(toks) > 1 and (toks[-1] in _GENERIC_TAIL or " ".join(toks[-2:]) in _GENERIC_TAIL
                                  or " ".join(toks[-3:]) in _GENERIC_TAIL):
                continue  # "Sher Khan Bandar border crossing": the name is the span, the head a cue
            key = "".join(toks)
            acr = is_acronym(a.name)
            if not acr and len(key) < 3 and not (a.script == "Cyrl" and p.curated):
                continue  # two-letter names match too much by chance (a curated "Ош" is cited)
            if not acr and len(key) < 4 and not p.curated and p.feature_type not in ("country", "admin1"):
                continue
            acronym_only[key] = acronym_only.get(key, True) and acr
            for v in variants(toks):
                auto.add_word(SEP + v + SEP, (key, len(v)))
            if acr and len(key) >= 3 and key.isalpha() and "." not in a.name:
                dotted = " ".join(key)  # "G.B.A.O." folds to its letters apart
                if not auto.exists(SEP + dotted + SEP):
                    auto.add_word(SEP + dotted + SEP, (key, len(dotted)))
            if a.script == "Cyrl":
                cyrillic.append((p, a.name, key))
    head_of: dict[str, dict[str, str]] = {}
    derived_ids = _add_russian_forms(auto, cyrillic, head_of)
    auto.make_automaton()
    return Matcher(auto, frozenset(k for k, only in acronym_only.items() if only), derived_ids, head_of)


def tajik_in_russian(name: str) -> list[str]:
    """The Russian spelling of a Tajik alias of several words after its generic word: the generic word dropped and
    the izafat's "-и" after a word in "-и" with it ("ноҳияи Мир Сайид Алии Ҳамадонӣ" -> "Мир Сайид Али Ҳамадонӣ",
    which the matcher's folding reads as "Мир Сайид Али Хамадони"). One word after it is left to the other aliases
    (a bare "Руми" of "Ноҳияи Румӣ" is a poet as often)."""
    from pyanj.text.vocab import TAJIK_GENERIC_PREFIXES
    words = name.split()
    if len(words) < 3 or words[0].lower() not in TAJIK_GENERIC_PREFIXES:
        return []
    rest = [w[:-1] if i < len(words) - 2 and w.lower().endswith("ии") else w for i, w in enumerate(words[1:])]
    return [" ".join(rest)]


def _add_russian_forms(auto, cyrillic, head_of: dict) -> dict[str, list[str]]:
    """Case forms of every Cyrillic alias (under the alias's own key), and the adjectives of districts
    and regions (under keys of their own, "Дарвазский" -> the district only). An adjective of another
    place's name counts only before its generic word ("Ваханскую долину": ``head_of``). A form that is
    already a name (of any place) is left to that name."""
    from pyanj.text.russian import PHYSICAL_CUES, adjective_forms, adjective_of, adjective_with_head, name_forms
    derived: dict[str, list[str]] = {}
    for p, name, key in cyrillic:
        admin = p.feature_type in ("admin1", "admin2")
        forms = [(f, key) for f in sorted(name_forms(name, admin, p.curated)) if f != name]
        forms += [(f, key) for f in tajik_in_russian(name)]
        adj = adjective_of(name) if admin else None
        if adj:
            akey = "".join(name_tokens(adj))
            if p.id not in derived.setdefault(akey, []):
                derived[akey].append(p.id)
            forms += [(f, akey) for f in sorted(adjective_forms(adj))]
        headed = None if admin else adjective_with_head(name)
        if headed is None and p.feature_type == "physical" and adjective_of(name):  # "Памирских гор"
            headed = (adjective_of(name).lower(), adjective_forms(adjective_of(name)), PHYSICAL_CUES)
        if headed:
            akey = "".join(name_tokens(headed[0]))
            if p.id not in derived.setdefault(akey, []):
                derived[akey].append(p.id)
            cues = headed[2] if isinstance(headed[2], frozenset) else frozenset({headed[2]})
            head_of.setdefault(akey, {})[p.id] = head_of.get(akey, {}).get(p.id, frozenset()) | cues
            forms += [(f, akey) for f in sorted(headed[1])]
        for form, k in forms:
            toks = name_tokens(form)
            for v in variants(toks):
                word = SEP + v + SEP
                if not auto.exists(word):
                    auto.add_word(word, (k, len(v)))
    return derived


__all__ = ["Matcher", "Hit", "build_matcher", "is_acronym", "join_key"]
