"""The frontier gazetteer: every place texts are resolved against.

>>> from pyanj import gazetteer
>>> gz = gazetteer.load()
>>> gz.lookup("Sherkhan-Bandar")[0].place.feature_type
'crossing'
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from pyanj.gazetteer.build import GazetteerDataError, build_places, haversine_km
from pyanj.gazetteer.model import GEO_PRECISION, WHERE_PREC, Alias, Place, Source
from pyanj.paths import cache_dir, cache_key, data_dir, sign, verified
from pyanj.text.normalize import join_key, name_tokens
from pyanj.text.vocab import SUFFIX_TYPES

__all__ = ["Gazetteer", "Candidate", "Place", "Alias", "Source", "load", "GazetteerDataError", "haversine_km",
           "GEO_PRECISION", "WHERE_PREC"]

_CACHE_VERSION = "5"

TYPE_PRIOR = {
    "country": 0.95, "admin1": 0.75, "crossing": 0.8, "admin2": 0.6, "river": 0.62, "physical": 0.6,
    "region": 0.55, "bazaar": 0.55, "military": 0.6, "facility": 0.6, "road": 0.6, "camp": 0.4, "settlement": 0.5,
}

@dataclass
class Candidate:
    """A place a name may refer to, with a score in [0, 1] (higher is likelier)."""

    place: Place
    score: float

    def to_dict(self) -> dict:
        d = self.place.to_dict()
        d["score"] = round(self.score, 4)
        return d

    def _repr_html_(self) -> str:
        from pyanj.display import table_html
        from pyanj.gazetteer.model import place_rows
        return table_html(["field", "value"], [("score", round(self.score, 4))] + place_rows(self.place),
                          caption=f"Candidate {self.place.name} ({self.place.id})")


def prior(place: Place) -> float:
    """How likely a bare mention of one of this place's names means this place, before context."""
    p = TYPE_PRIOR.get(place.feature_type, 0.5)
    if place.feature_type == "settlement":
        p = min(0.84, 0.5 + 0.05 * math.log10(place.population + 1))
    if place.curated:
        p += 0.05
    if place.weak:
        p -= 0.2
    if not place.located:
        p -= 0.05
    return round(max(0.05, min(0.99, p)), 4)


class Gazetteer:
    """Places by id, an alias index and the geometries of polygon/line places."""

    def __init__(self, places: list[Place], geoms: dict[str, object] | None = None):
        self.places: dict[str, Place] = {p.id: p for p in places}
        self.geoms: dict[str, object] = geoms or {}
        self.index: dict[str, list[str]] = defaultdict(list)
        for p in places:
            for a in p.aliases:
                k = join_key(a.name)
                if k and p.id not in self.index[k]:
                    self.index[k].append(p.id)
        self.index = dict(self.index)
        self.priors = {pid: prior(p) for pid, p in self.places.items()}
        self._matcher = None

    # -- look-ups -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.places)

    def __getitem__(self, place_id: str) -> Place:
        return self.places[place_id]

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def key_info(self, key: str) -> tuple[bool, bool]:
        """(any candidate is a country, every candidate is weak) for a join key — cached, asked per mention."""
        ki = self.derived("key_info", dict)
        if key not in ki:
            ps = [self.places[i] for i in self.index.get(key, [])]
            ki[key] = (any(p.feature_type == "country" for p in ps), bool(ps) and all(p.weak for p in ps))
        return ki[key]

    def candidates(self, key: str) -> list[str]:
        """Place ids indexed under a join key (see ``pyanj.text.normalize.join_key``)."""
        return self.index.get(key, [])

    def lookup(self, name: str, feature_type: str | None = None, country: str | None = None) -> list[Candidate]:
        """Places called ``name``, best first.

        A trailing generic word ("Darwaz district", "Panj river") narrows the
        kind of place; ``feature_type``/``country`` narrow further.
        """
        tokens = name_tokens(name)
        hint: tuple[str, ...] = ()
        ids = self.candidates("".join(tokens))
        if not ids:
            for n in (3, 2, 1):
                suffix = " ".join(tokens[-n:])
                if len(tokens) > n and suffix in SUFFIX_TYPES:
                    hint = SUFFIX_TYPES[suffix]
                    ids = self.candidates("".join(tokens[:-n]))
                    break
        out = []
        for pid in ids:
            p = self.places[pid]
            if feature_type and p.feature_type != feature_type:
                continue
            if country and country.upper() not in p.countries:
                continue
            s = self.priors[pid]
            if hint:
                s = s + 0.3 if p.feature_type in hint else s - 0.2
            out.append(Candidate(p, max(0.01, min(0.99, s))))
        out.sort(key=lambda c: (-c.score, c.place.id))
        return out

    def ambiguous_aliases(self) -> dict[str, list[str]]:
        """Join keys shared by more than one place: the homonyms resolution must choose between."""
        return {k: v for k, v in self.index.items() if len(v) > 1}

    def derived(self, name: str, build):
        """A value worked out from the places (by resolution, layers, maps), built on first use by
        ``build()`` and kept under ``name`` until :meth:`add` changes the places. This is the one
        store of such values: nothing else is kept on the gazetteer, and none of it is pickled."""
        store = self.__dict__.setdefault("_derived", {})
        got = store.get(name)
        if got is None:
            got = store[name] = build()
        return got

    def seat_districts(self) -> dict[str, str]:
        """Town id -> the district named after it, the town its seat: a district whose name is one of the town's
        names and which holds it ("Shahritus" is a spelling of the town only; its district is listed as
        "Shahrtuz"). Texts write "X district" with the town's spelling; the district is then X's reading too."""
        def build():
            out = {}
            for p in self.places.values():
                if p.feature_type != "settlement":
                    continue
                keys = {join_key(p.name)} | {join_key(a.name) for a in p.aliases}
                units = [u for u in map(self.places.get, p.parents) if u is not None and u.feature_type == "admin2"
                         and join_key(u.name) in keys]
                if len(units) == 1:
                    out[p.id] = units[0].id
            return out
        return self.derived("seat_districts", build)

    def __getstate__(self) -> dict:
        state = {k: v for k, v in self.__dict__.items() if k != "_derived"}
        # (the spelling index, once built, goes with the places it was built from: rebuilding it costs a
        # third of a second in every process and every ``--jobs`` worker, unpickling it a fiftieth)
        si = self.__dict__.get("_derived", {}).get("spelling_index")
        if si is not None:
            state["_spelling_index"] = si
        return state

    def __setstate__(self, state: dict) -> None:
        si = state.pop("_spelling_index", None)
        self.__dict__.update(state)
        if si is not None:
            self.__dict__["_derived"] = {"spelling_index": si}

    def add(self, place: Place) -> None:
        """Add a place at run time (e.g. a camp from a new report); the matcher is rebuilt on next use."""
        if place.id in self.places:
            raise GazetteerDataError(f"a place with id {place.id} exists")
        self.places[place.id] = place
        self.priors[place.id] = prior(place)
        self.__dict__.pop("_derived", None)  # (every derived value: see `derived`)
        for a in place.aliases:
            k = join_key(a.name)
            if k:
                self.index.setdefault(k, [])
                if place.id not in self.index[k]:
                    self.index[k].append(place.id)
        self._matcher = None

    # -- views --------------------------------------------------------------------------------
    def stats(self) -> dict:
        by_type = Counter(p.feature_type for p in self.places.values())
        by_country = Counter(p.country or "-" for p in self.places.values())
        return {
            "places": len(self.places),
            "located": sum(p.located for p in self.places.values()),
            "unlocated": sum(not p.located for p in self.places.values()),
            "curated": sum(p.curated for p in self.places.values()),
            "aliases": sum(len(p.aliases) for p in self.places.values()),
            "by_type": dict(sorted(by_type.items())),
            "by_country": dict(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))),
        }

    def to_geodataframe(self):
        """All places as a GeoDataFrame of points (unlocated places have no geometry)."""
        import geopandas as gpd
        from shapely.geometry import Point

        rows = []
        for p in sorted(self.places.values(), key=lambda p: p.id):
            rows.append({
                "id": p.id, "name": p.name, "feature_type": p.feature_type, "country": p.country,
                "admin1": p.admin1, "admin2": p.admin2, "precision": p.precision,
                "aliases": "|".join(a.name for a in p.aliases),
                "sources": "; ".join(_source_text(s) for s in p.sources),
                "located": p.located, "unlocated_reason": p.unlocated_reason,
                "geometry": Point(p.lon, p.lat) if p.located else None,
            })
        return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")

    def matcher(self):
        """The compiled name matcher (built once, then cached with the gazetteer)."""
        if self._matcher is None:
            from pyanj.text.match import build_matcher
            self._matcher = build_matcher(self)
        return self._matcher

    def spelling_index(self):
        """The transliteration-key and typo index of the aliases (``pyanj.text.fuzzy``), for names the
        matcher did not find: built on first use, pickled with the gazetteer (its look-up caches left out)."""
        from pyanj.text.fuzzy import SpellingIndex
        return self.derived("spelling_index", lambda: SpellingIndex(self.places.values(), _stop_keys()))

    def _repr_html_(self) -> str:
        from pyanj.display import table_html
        s = self.stats()
        rows = [(k, v) for k, v in s["by_type"].items()]
        return table_html(["feature type", "places"], rows, caption=f"Gazetteer: {s['places']} places")


def _stop_keys() -> frozenset[str]:
    """Join keys of the bundled stop names (``bundled_data/gazetteer/stopnames.txt``): ordinary words, never a name."""
    f = data_dir() / "gazetteer" / "stopnames.txt"
    if not f.exists():
        return frozenset()
    lines = (ln.split("#", 1)[0].strip() for ln in f.read_text(encoding="utf-8").splitlines())
    return frozenset(join_key(ln) for ln in lines if ln)


def _source_text(s: Source) -> str:
    parts = [x for x in (s.dataset, s.id, s.url) if x]
    return " ".join(parts)


def _fingerprint(d: Path) -> str:
    h = hashlib.sha1(_CACHE_VERSION.encode())
    files = sorted(list((d / "boundaries").glob("*.geojson")) + list((d / "gazetteer").glob("*")))
    for f in files:
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    for f in sorted(Path(__file__).parent.parent.rglob("*.py")):
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


_LOADED: dict[str, Gazetteer] = {}


def _read_cache(cfile: Path) -> Gazetteer | None:
    """The compiled gazetteer from its cache, only if signed with the user's key (``paths.cache_key``):
    a pickle runs code when loaded, so one that anyone else could have written is never unpickled."""
    try:
        data = cfile.read_bytes()
        payload = verified(data, cache_key(cfile.parent))
    except OSError:
        return None
    if payload is None:
        return None
    try:
        gz = pickle.loads(payload)
    except Exception:  # (signed by us, but from an incompatible build)
        return None
    return gz if isinstance(gz, Gazetteer) else None


def _write_cache(cfile: Path, gz: Gazetteer) -> None:
    """Sign and write the cache atomically; a full disk or a read-only cache folder only costs speed."""
    from pyanj.io import atomic_write_bytes
    try:
        atomic_write_bytes(cfile, sign(pickle.dumps(gz, protocol=pickle.HIGHEST_PROTOCOL), cache_key(cfile.parent)))
    except OSError:
        pass


def load(path: str | os.PathLike | None = None, cache: bool = True) -> Gazetteer:
    """Load the gazetteer from the bundled data (or ``path``), using a compiled cache when fresh."""
    d = Path(path) if path else data_dir()
    if not (d / "gazetteer").is_dir():
        raise GazetteerDataError(f"no gazetteer data under {d}")
    fp = _fingerprint(d)
    key = f"{d.resolve()}:{fp}"
    if cache and key in _LOADED:
        return _LOADED[key]
    cfile = cache_dir() / f"gazetteer-{fp}.cache" if cache else None
    gz = _read_cache(cfile) if cfile is not None else None
    if gz is not None:
        _LOADED[key] = gz
        return gz
    places, geoms = build_places(d)
    gz = Gazetteer(places, geoms)
    if cfile is not None:
        gz.matcher()
        gz.spelling_index()  # (kept in the cache with the matcher)
        _write_cache(cfile, gz)
        _LOADED[key] = gz
    return gz
