"""A name the text puts on one bank that the gazetteer lists only on the other under that spelling.

"Afghan Shugnan": GeoNames gives the spelling "Shugnan" to the Tajik district only, while the Afghan
district is listed as "Shughnan", "Shighnan". When a span's country hint comes from a bank's word
beside it ("Afghan …", "the Afghan districts of …", "… in Afghan Badakhshan"; not a bare ", Afghanistan"
after it, which a list or table puts there as often) and names a bank none of its candidates is on, the places of
that bank whose listed names share its transliteration key (``pyanj.text.translit``, the key the
spelling index uses) join its candidates — of the same kinds as its own candidates only, so a hint never
turns a district into a village. Without a hint, or with a candidate on the hinted bank, nothing changes.
"""

from __future__ import annotations

from pyanj.text.spans import side_word_beside
from pyanj.text.translit import translit_keys

_BANKS = ("AF", "TJ")


def widen_to_hinted_bank(text: str, spans, gz) -> None:
    """Add the hinted bank's same-spelling places to the candidates of the spans that need them (after a bare
    province name shared by the banks has taken the bank the document's other places are on)."""
    province_by_document(text, spans, gz)
    index = None
    for sp in spans:
        iso = sp.country_hint
        if iso not in _BANKS or not sp.ids or side_word_beside(text, sp) != iso:
            continue
        places = [gz.places[i] for i in sp.ids if i in gz.places]
        if not places or any(iso in p.countries for p in places):
            continue
        kinds = {p.feature_type for p in places}
        index = index or gz.spelling_index()
        extra = []
        for tk in translit_keys(sp.surface):
            for table in (index.exact, index.short):
                hit = table.get(tk)
                if hit is None:
                    continue
                extra += [i for i in hit[1] if i not in sp.ids and i not in extra
                          and gz.places[i].feature_type in kinds and iso in gz.places[i].countries]
        if extra:
            sp.ids = list(sp.ids) + extra
            sp.flags.append("hinted_bank_spelling")


# -- a province name both banks share ("Бадахшан"), without a hint: the bank of the document's other places ------
#: How many more of the document's places one bank's province must hold than the other's.
_MARGIN = 2


def province_by_document(text: str, spans, gz) -> None:
    """A Cyrillic name read as a province of either bank ("Бадахшан": the Afghan province, or GBAO by its weak
    alias) and given no hint by its words takes the bank of the province that holds more of the text's other
    places (unless it stands in a list of provinces of one country, "Бадахшан, Тахар и Кундуз": that country's),
    each name counted once when its every reading lies in that province (a Tajik travel text's "Хорог",
    "Рушан" town and district, "Ванч": GBAO; not "Шугнан", a district of each bank),
    when that province holds at least ``_MARGIN`` more of them. An Afghan report naming Tajik places has its
    "провинции Бадахшан" hinted by its words already; a text with places on both banks keeps its readings."""
    todo = [sp for sp in spans if sp.country_hint is None and sp.ids and "\u0400" <= sp.surface[:1] <= "\u04ff"
            and _both_banks_provinces(sp.ids, gz)]
    if not todo:
        return
    import shapely
    for sp in todo:
        iso = _list_neighbours_country(text, spans, sp, gz)
        if iso:  # ("афганские провинции — Бадахшан, Тахар и Кундуз": the list's other provinces)
            sp.country_hint = iso
            continue
        provinces = [i for i in sp.ids if i in gz.geoms]
        held = {i: set() for i in provinces}
        for other in spans:
            if other is sp or other.key == sp.key or not other.ids:
                continue
            where = set()
            for pid in other.ids:
                p = gz.places.get(pid)
                if p is None or p.lat is None or p.feature_type in ("admin1", "country"):
                    where.add(None)
                    continue
                pt = shapely.Point(p.lon, p.lat)
                where.add(next((i for i in provinces if gz.geoms[i].covers(pt)), None))
            if len(where) == 1 and None not in where:  # (every reading in one of the provinces: "Рушан")
                held[where.pop()].add(other.key)
        ranked = sorted(provinces, key=lambda i: -len(held[i]))
        if len(ranked) >= 2 and len(held[ranked[0]]) - len(held[ranked[1]]) >= _MARGIN:
            sp.country_hint = gz.places[ranked[0]].country


def _both_banks_provinces(ids, gz) -> bool:
    """Are the readings provinces, at least one on each bank?"""
    places = [gz.places[i] for i in ids if i in gz.places]
    return bool(places) and all(p.feature_type == "admin1" for p in places) \
        and {"AF", "TJ"} <= {p.country for p in places}


_LIST_GAP = frozenset({",", "и", ", и", "—", "-"})


def _list_neighbours_country(text: str, spans, sp, gz) -> str | None:
    """The one country of the provinces listed right before or after the span ("Бадахшан, Тахар и Кундуз")."""
    i = spans.index(sp)
    countries = set()
    for j in (i - 1, i + 1):
        if not 0 <= j < len(spans):
            continue
        o = spans[j]
        a, b = (o.end, sp.start) if j < i else (sp.end, o.start)
        if b < a or " ".join(text[a:b].split()) not in _LIST_GAP:
            continue
        places = [gz.places[k] for k in o.ids if k in gz.places]
        if places and all(p.feature_type == "admin1" for p in places) and len({p.country for p in places}) == 1:
            countries.add(places[0].country)
    return countries.pop() if len(countries) == 1 else None
