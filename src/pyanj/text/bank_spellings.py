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
    """Add the hinted bank's same-spelling places to the candidates of the spans that need them."""
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
