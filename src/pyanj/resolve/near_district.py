"""A district the text names in a spelling the gazetteer lacks, found among its province's districts.

"the districts of Yawan, Kohistan, … Nasi", "Chah Abab and Khawaja Ghar districts in Takhar", "уездов
Даргад, Янги Кала": the unlisted-name finder (``text.unlisted``) takes the name for a district of its own,
and ``resolve.unlisted`` would place it at the province its sentence names. A province has a few dozen
districts; a written name whose transliteration key (``text.translit``) lies within two edits of exactly one
of them — the same first letter, every other district at least two edits further — is that district
(flag ``fuzzy``, as the spelling finder marks its near matches). A name of fewer than four letters, or one
two districts are alike near, stays the unlisted name at its province.
"""

from __future__ import annotations

from pyanj.text.translit import osa_distance, translit_keys

#: Edits a written name may differ by from its district's key; the runner-up must be this much further.
MAX_EDITS = 2
MARGIN = 2
MIN_LETTERS = 4


def _districts(gz, province_id: str) -> list[tuple[list[str], object]]:
    """(transliteration keys of every name, district) of the province's districts, made once per gazetteer."""
    def build():
        out: dict[str, list] = {}
        for p in sorted(gz.places.values(), key=lambda q: q.id):
            if p.feature_type != "admin2":
                continue
            keys = sorted({k for a in [p.name, *(a.name for a in p.aliases)] for k in translit_keys(a) if k})
            for parent in p.parents:
                if parent.startswith("adm1:"):
                    out.setdefault(parent, []).append((keys, p))
        return out
    return gz.derived("districts_by_province", build).get(province_id, [])


def near_district(surface: str, province, gz):
    """The one district of ``province`` whose name ``surface`` misspells (see the module), or None."""
    keys = [k for k in translit_keys(surface) if len(k) >= MIN_LETTERS]
    if not keys:
        return None
    limit = MAX_EDITS + MARGIN
    scored = []
    for names, p in _districts(gz, province.id):
        d = min((osa_distance(k, n, limit) for k in keys for n in names), default=limit + 1)
        first = any(n[:1].lower() == k[:1].lower() for k in keys for n in names)
        scored.append((d if first else limit + 1, p.id, p))
    scored.sort(key=lambda t: t[:2])
    if not scored or scored[0][0] > MAX_EDITS:
        return None
    if len(scored) > 1 and scored[1][0] < scored[0][0] + MARGIN:
        return None
    return scored[0][2]
