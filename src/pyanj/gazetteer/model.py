"""The place model: what the gazetteer knows about one place."""

from __future__ import annotations

from dataclasses import dataclass, field

FEATURE_TYPES = (
    "country", "admin1", "admin2", "settlement", "river", "physical", "crossing", "bazaar",
    "military", "camp", "road", "region", "facility",
)
#: ``minute``: a point the source states to the whole minute (~1.8 km), see ``gazetteer.resolution``
PRECISIONS = ("exact", "minute", "settlement", "district", "province", "region", "country")

#: ACLED geo_precision (1 exact place, 2 part of a region / near a town, 3 larger region)
GEO_PRECISION = {"exact": 1, "minute": 1, "settlement": 1, "district": 2, "province": 3, "region": 3, "country": 3}
#: UCDP GED where_prec (1 exact, 2 within 25 km, 3 district, 4 province, 5 linear/region, 6 country)
WHERE_PREC = {"exact": 1, "minute": 2, "settlement": 1, "district": 3, "province": 4, "region": 5, "country": 6}


@dataclass(frozen=True)
class Alias:
    """A name a place goes by; ``lang`` is a BCP-47-ish code when known, ``script`` ISO 15924."""

    name: str
    lang: str | None = None
    script: str = "Latn"

    def to_dict(self) -> dict:
        return {"name": self.name, "lang": self.lang, "script": self.script}


@dataclass(frozen=True)
class Source:
    """Where a place (and its coordinate) comes from: a dataset and its id, or a cited page."""

    dataset: str | None = None
    id: str | None = None
    url: str | None = None
    note: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in (("dataset", self.dataset), ("id", self.id), ("url", self.url), ("note", self.note))
                if v is not None}


@dataclass
class Place:
    """One gazetteer entry.

    ``country`` is an ISO2 code, or codes joined by ";" for features on both
    banks (crossings, rivers, the historical Badakhshan); ``point_country`` is
    the country the point itself lies in.  ``lat``/``lon`` are None for a place
    no source locates, with the reason in ``unlocated_reason``.
    """

    id: str
    name: str
    feature_type: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str
    aliases: list[Alias] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    point_country: str | None = None
    geometry_ref: str | None = None  # "<boundaries file stem>#<feature id>" for polygons and lines
    note: str | None = None
    unlocated_reason: str | None = None
    curated: bool = False
    #: join keys of names this place answers to only when the context points to it
    #: ("Badakhshan" is GBAO only in "the autonomous province of Badakhshan", "Tajik Badakhshan")
    weak_aliases: list[str] = field(default_factory=list)
    #: member countries (ISO2) of a macro-region located from them
    members: list[str] = field(default_factory=list)
    #: names of "weak" places (small villages, far-away towns) must clear a higher bar to be matched
    weak: bool = False
    #: a state or region of the past (Soviet Union, Emirate of Bukhara, Bactria): typed "region" or, when
    #: it is today's country under an old name (Tajik SSR, Persia), "country"; never drawn as a polygon
    historical: bool = False

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(self.country.split(";")) if self.country else ()

    @property
    def mention_country(self) -> str | None:
        """The single country a mention of this place is attributed to (None for shared features)."""
        if self.country and ";" not in self.country:
            return self.country
        if self.feature_type in ("crossing", "bazaar", "military", "camp", "settlement", "facility"):
            return self.point_country
        return None

    def to_dict(self) -> dict:
        return {
            "id": self.id, "name": self.name, "feature_type": self.feature_type, "country": self.country,
            "lat": self.lat, "lon": self.lon, "precision": self.precision,
            "aliases": [a.name for a in self.aliases], "sources": [s.to_dict() for s in self.sources],
        }

    def _repr_html_(self) -> str:
        from pyanj.display import table_html
        return table_html(["field", "value"], place_rows(self), caption=f"{self.name} ({self.id})")


def place_rows(p: Place) -> list[tuple[str, object]]:
    """A place's fields as (field, value) rows for an HTML table (values are escaped by the table)."""
    rows = [("id", p.id), ("name", p.name), ("feature_type", p.feature_type), ("country", p.country),
            ("admin1", p.admin1), ("admin2", p.admin2), ("lat", p.lat), ("lon", p.lon), ("precision", p.precision),
            ("aliases", ", ".join(a.name for a in p.aliases))]
    rows += [("source", " ".join(x for x in (s.dataset, s.id, s.url, s.note and f"({s.note})") if x))
             for s in p.sources]
    if p.unlocated_reason:
        rows.append(("unlocated_reason", p.unlocated_reason))
    if p.note:
        rows.append(("note", p.note))
    return rows
