"""Every span a text names a place with: the gazetteer's names, then what its matcher cannot find.

The finders run in turn over one prepared text, each adding spans the others left: the gazetteer's
names (``spans``), names the gazetteer lacks found from their cue words and "X, Country" split in two
(``unlisted``), then spellings the gazetteer never listed (``fuzzy``) and compounds found only in part
(``compound``); members of a list share a cue.
"""

from __future__ import annotations

from pyanj.text.acronyms import defined_acronyms
from pyanj.text.bank_spellings import widen_to_hinted_bank
from pyanj.text.compound import joined_alias_pairs, position_compounds, rejoin_broken_words, widen_compounds
from pyanj.text.fuzzy import add_joined_spellings, add_spelling_spans
from pyanj.text.glued import add_glued_names
from pyanj.text.list_spellings import list_member_spellings
from pyanj.text.lowercase import lower_case_repeats
from pyanj.text.prepare import Prepared, prepared
from pyanj.text.spans import Span, _share_list_cues, gazetteer_spans
from pyanj.text.unlisted import add_unlisted
from pyanj.text.unlisted_peaks import height_named_summits, height_peaks
from pyanj.text.unlisted_routes import route_ends
from pyanj.text.russian_coord import coordinated_adjectives
from pyanj.text.unlisted_ru import russian_unlisted
from pyanj.text.russian_units import district_in_named_province


def find_spans(text: str | Prepared, gz) -> list[Span]:
    """Candidate place spans in document order, from every finder."""
    prep = prepared(text)
    spans = gazetteer_spans(prep, gz)
    spans = add_unlisted(prep, spans, gz)  # "X, Country" split in two; names the gazetteer lacks
    routes = route_ends(prep, spans, gz)  # "from Khandut to Digargand": the unknown end of a route
    if routes:
        spans = sorted(spans + routes, key=lambda s: s.start)
    peaks = height_peaks(prep.text, spans)  # ("Peak 6,094m": a summit named by its height)
    peaks += height_named_summits(prep.text, spans, gz)  # ("Ismoil Somoni (7495 m)": a listed peak, its height after)
    if peaks:
        spans = sorted(spans + peaks, key=lambda s: s.start)
    if prep.lang in ("ru", "tg"):  # ("в селе Дованг": the Russian generic word before a name it lacks)
        spans = sorted(spans + russian_unlisted(prep.text, spans, gz), key=lambda s: s.start)
        coord = coordinated_adjectives(prep.text, spans, gz)  # ("Британской и Российской империями")
        if coord:
            spans = sorted(spans + coord, key=lambda s: s.start)
    _share_list_cues(prep.text, spans)
    widen_to_hinted_bank(prep.text, spans, gz)  # ("Afghan Shugnan": the Afghan district, listed as "Shughnan")
    spans = add_spelling_spans(prep, spans, gz)  # spellings the gazetteer never listed
    spans = add_joined_spellings(prep, spans, gz)  # ("Keran wa Munjan": a name joined by a lower-case word)
    spans = add_glued_names(prep, spans, gz)  # ("KBUL (Pajhwok):" misspelt; "LocationAfghanistanPakistan")
    spans = list_member_spellings(prep, spans, gz)  # ("provinces like Kunduz, Tahor": Takhar)
    spans = widen_compounds(prep, spans, gz)  # ("Garm Chasma": a misspelt compound holding a listed name)
    spans = rejoin_broken_words(prep, spans, gz)  # ("Dush-\nanbe": a word a line break split)
    spans = position_compounds(prep.text, spans)  # ("Бар-Пяндж": the village above the Panj, not the river)
    spans = joined_alias_pairs(prep.text, spans, gz)  # ("Тем-Демогане": the bridge's two ends, one place)
    spans = lower_case_repeats(prep, spans, gz)  # ("in shughnan", after "Shughnan" written capitalised)
    spans = defined_acronyms(prep, spans, gz)  # ("Districts of Republican Subordination (DRS) … throughout DRS", "Хайбер-Пахтунхва (ХП)")
    if prep.lang in ("ru", "tg"):
        district_in_named_province(prep.text, spans, gz)  # ("Фархорским районом Хатлонской области": TJ)
    districts_of_seats(spans, gz)  # ("Shahritus district": a spelling of the town, the district named after it)
    return spans


def districts_of_seats(spans: list[Span], gz) -> None:
    """A span the word "district" follows gets, among its readings, the district named after each town it may be
    (``Gazetteer.seat_districts``), when none of its readings is a district already."""
    seats = None
    for sp in spans:
        if sp.cue != "district" or not sp.ids:
            continue
        if seats is None:
            seats = gz.seat_districts()
        if any(gz.places[i].feature_type == "admin2" for i in sp.ids):
            continue
        extra = [seats[i] for i in sp.ids if i in seats]
        if extra:
            sp.ids = sp.ids + [d for d in dict.fromkeys(extra) if d not in sp.ids]
