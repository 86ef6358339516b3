"""The resolver's evidence weights: one named table, so every number has a name and a place.

Each weight is added to a candidate's score (its gazetteer prior) when the evidence it names is
present; distances are the scales of the proximity terms. ``WEIGHTS`` holds today's values;
``Weights`` can be rebuilt from a mapping (e.g. a JSON file a user fitted on their own annotations).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace


@dataclass(frozen=True, slots=True)
class Weights:
    # what a name and its cue say, before context ("Darvaz district", "the bridge at X")
    cue_match: float = 0.35            # the cue names the candidate's type
    cue_mismatch: float = -0.25        # the cue names another candidate's type
    weak_alias: float = -0.3           # the name is one the place answers to only in context
    village_over_facility: float = -0.45  # a crossing/bazaar named after a village: a bare name is the village
    town_over_admin: float = -0.15     # a district/province named after its centre town: a bare name is the town
    # what the words around the name say
    country_hint_match: float = 0.4    # "Tajikistan's Darvaz", "Darwaz (Badakhshan, Afghanistan)"
    country_hint_mismatch: float = -0.3
    the_river: float = 0.3             # "the Panj": rivers and ranges take the article …
    the_river_settlement: float = -0.1  # … towns do not
    list_type: float = 0.25            # list members are things of one kind …
    list_country: float = 0.15         # … and, along the border, on one bank
    # the countries and places the document names
    country_in_sentence: float = 0.1
    country_beside: float = 0.05       # in the sentence before or after
    country_in_paragraph: float = 0.03
    country_in_document: float = 0.05  # times the candidate's share of the document's country mentions
    side_people: float = 0.1           # "Tajikistani authorities", "Afghans" in the paragraph
    anchors_bank: float = 0.08         # times the share of the document's located places on that bank
    parent_near: float = 0.2           # its province/district named in this or the previous paragraph
    parent_in_document: float = 0.08
    near_anchor: float = 0.2           # closeness to the nearest place named around it …
    near_anchor_km: float = 120.0      # … on this scale
    near_centre: float = 0.15          # closeness to the document's centre …
    near_centre_km: float = 250.0      # … on this scale
    # from scores to a decision
    ambiguity_margin: float = 0.06     # a lead smaller than this is a close call, kept "ambiguous"
    margin_confidence_base: float = 0.6  # confidence × min(1, base + slope × lead)
    margin_confidence_slope: float = 2.0
    ambiguous_confidence_cap: float = 0.5
    coordinate_agrees: float = 0.1     # a coordinate beside the name that agrees with its place

    def to_dict(self) -> dict[str, float]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Weights":
        """Weights from a mapping of names to numbers (unknown names refused, missing ones default)."""
        known = {f.name for f in fields(cls)}
        bad = sorted(set(d) - known)
        if bad:
            raise ValueError(f"unknown weight(s): {', '.join(bad)}")
        return replace(cls(), **{k: float(v) for k, v in d.items()})


WEIGHTS = Weights()

#: Beyond this distance (km, by the place's precision) a coordinate and a named place beside it disagree.
CONFLICT_KM = {"exact": 10.0, "settlement": 15.0, "district": 25.0, "province": 60.0}
