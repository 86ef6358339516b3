"""The resolver's evidence weights: one named table, so every number has a name and a place.

Each evidence weight multiplies its feature (``features.FEATURES``: 1 when the evidence it names is
present, a share or a closeness otherwise) and is added to a candidate's score (its gazetteer prior);
distances are the scales of the closeness terms. ``TYPED`` holds the values written by hand,
``WEIGHTS`` the ones geocoding uses by default; ``Weights.from_file`` reads a ``pyanj train`` output
(e.g. one a user fitted on their own annotations).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path


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
    # spellings the gazetteer never listed (text/fuzzy.py): confidence lowered by how far the spelling is
    transliterated_penalty: float = 0.1  # another romanisation of a listed name ("Vakhon" for Wakhan)
    fuzzy_penalty: float = 0.25          # a listed name one or two typos away ("Aghanistan")

    def to_dict(self) -> dict[str, float]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Weights":
        """Weights from a mapping of names to numbers (unknown names refused, missing ones keep the typed
        value), or from a whole ``pyanj train`` output (its ``"weights"`` mapping)."""
        if not isinstance(d, dict):
            raise ValueError("weights must be a JSON object of names to numbers")
        if isinstance(d.get("weights"), dict):
            d = d["weights"]
        known = {f.name for f in fields(cls)}
        bad = sorted(set(d) - known)
        if bad:
            raise ValueError(f"unknown weight(s): {', '.join(bad)}")
        vals = {}
        for k, v in d.items():
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                raise ValueError(f"weight {k} is not a number: {v!r}")
            vals[k] = float(v)
        return replace(cls(), **vals)

    @classmethod
    def from_file(cls, path) -> "Weights":
        """Weights from a JSON file (``pyanj train`` output or a plain mapping); ValueError naming the
        file when it cannot be read or is not weights."""
        if Path(path).exists() and not Path(path).is_file():  # (a FIFO would block the read forever)
            raise ValueError(f"cannot read weights {path}: not a regular file")
        try:
            d = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise ValueError(f"cannot read weights {path}: {e.strerror or e}") from None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
            raise ValueError(f"weights {path} is not JSON: {str(e)[:80]}") from None
        try:
            return cls.from_dict(d)
        except ValueError as e:
            raise ValueError(f"weights {path}: {e}") from None


#: The weights written by hand (the dataclass defaults above).
TYPED = Weights()
#: The weights ``pyanj train`` fitted on the bundled gold (dev + dev2), shipped beside this module.
LEARNED_FILE = Path(__file__).with_name("weights.json")
#: The weights geocoding uses unless told otherwise: the learned ones, adopted because on the gold they
#: were fitted on they lower neither dev's nor dev2's right-share (see BENCHMARKS.md, "Accuracy"); the
#: typed ones only while the file is being made (``pyanj train`` runs without it).
WEIGHTS = Weights.from_file(LEARNED_FILE) if LEARNED_FILE.exists() else TYPED

#: Beyond this distance (km, by the place's precision) a coordinate and a named place beside it disagree.
CONFLICT_KM = {"exact": 10.0, "minute": 10.0, "settlement": 15.0, "district": 25.0, "province": 60.0}

#: Confidence of a name the gazetteer lacks, found from its cue word (text/unlisted.py) and placed at the
#: admin unit its text names (resolve/unlisted.py), by that placement: modest, since only the cue word
#: vouches for the name and the point is the unit's, not the place's; less at a province or unplaced.
UNLISTED_CONFIDENCE = {"district": 0.4, "province": 0.3, None: 0.2}
