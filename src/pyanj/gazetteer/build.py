"""Assemble the gazetteer's places from the bundled data and the curated files.

Sources, in order (see :mod:`pyanj.gazetteer.datasets`): countries (Natural Earth polygons, countryinfo points for the
rest of the world), Afghan provinces and districts (geoBoundaries/AIMS 2014),
Tajik regions and districts (geoBoundaries/OSM), GeoNames populated places of
the frontier window, large world cities (GeoNames), Natural Earth rivers, then
every ``bundled_data/gazetteer/*.toml`` file: new curated places and patches to the
dataset places (extra aliases, renamed polygons).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from shapely.ops import unary_union

from pyanj.gazetteer.datasets import (Assembly, GazetteerDataError, add_datasets, haversine_km, inside_point,
                                      make_alias, unique_aliases)
from pyanj.gazetteer.model import FEATURE_TYPES, PRECISIONS, Alias, Place, Source
from pyanj.gazetteer.resolution import precision_for, stated_resolution
from pyanj.text.normalize import join_key


def build_places(data_dir: Path) -> tuple[list[Place], dict[str, object]]:
    """Every place, and the polygons/lines by id (for point-in-polygon and layers)."""
    g = data_dir / "gazetteer"
    asm = Assembly()
    add_datasets(asm, data_dir)
    _add_curated(asm, g)
    _locate_by_members(asm.places, asm.areas)
    for p in asm.places.values():  # a point its source gives to the whole minute is no "exact point"
        if p.curated:
            p.precision = precision_for(p.precision, stated_resolution(p))

    _add_transliteration_variants(asm.places)
    _apply_stopnames(g / "stopnames.txt", asm.places)
    return sorted(asm.places.values(), key=lambda p: p.id), asm.geoms


def _add_curated(asm: Assembly, g: Path) -> None:
    """Every ``*.toml``: new places first, then the patches that may refer to them."""
    docs = []
    for path in sorted(g.glob("*.toml")):
        try:
            docs.append((path, tomllib.loads(path.read_text(encoding="utf-8"))))
        except tomllib.TOMLDecodeError as e:
            raise GazetteerDataError(f"{path.name}: {e}") from None
    for path, doc in docs:
        for i, entry in enumerate(doc.get("place", [])):
            _add_curated_place(entry, f"{path.name} place {entry.get('id', i)}", asm)
    for path, doc in docs:
        for i, entry in enumerate(doc.get("patch", [])):
            _patch_place(entry, f"{path.name} patch {entry.get('id', i)}", asm)


def _sources(items, where: str) -> list[Source]:
    out = []
    for s in items or []:
        if isinstance(s, str):
            s = {"url": s}
        if not isinstance(s, dict):
            raise GazetteerDataError(f"{where}: a source must be a table or a URL string")
        out.append(Source(s.get("dataset"), None if s.get("id") is None else str(s.get("id")), s.get("url"), s.get("note")))
    return out


def _curated_aliases(items, where: str) -> list[Alias]:
    out = []
    for a in items or []:
        if isinstance(a, str):
            out.append(make_alias(a))
        elif isinstance(a, dict) and "name" in a:
            out.append(make_alias(a["name"], a.get("lang")))
        else:
            raise GazetteerDataError(f"{where}: an alias must be a string or a table with a name")
    return out


def _check_place_entry(entry: dict, where: str) -> None:
    """A curated place has an id, a name, a known feature type and precision, and a whole coordinate."""
    for key in ("id", "name", "feature_type"):
        if key not in entry:
            raise GazetteerDataError(f"{where}: missing '{key}'")
    if entry["feature_type"] not in FEATURE_TYPES:
        raise GazetteerDataError(f"{where}: unknown feature_type {entry['feature_type']!r}")
    precision = entry.get("precision", "exact")
    if precision not in PRECISIONS:
        raise GazetteerDataError(f"{where}: unknown precision {precision!r}")
    lat, lon = entry.get("lat"), entry.get("lon")
    if (lat is None) != (lon is None):
        raise GazetteerDataError(f"{where}: give both lat and lon, or neither")
    if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerDataError(f"{where}: coordinate out of range")


def _add_curated_place(entry: dict, where: str, asm: Assembly) -> None:
    """A ``[[place]]`` entry: a new curated place, or the curated word on a dataset place of that id."""
    _check_place_entry(entry, where)
    ftype, precision = entry["feature_type"], entry.get("precision", "exact")
    lat, lon = entry.get("lat"), entry.get("lon")
    sources = _sources(entry.get("sources"), where)
    aliases = unique_aliases([entry["name"]]) + _curated_aliases(entry.get("aliases"), where)
    pid = entry["id"]
    old = asm.places.get(pid)
    if old is not None and not old.curated:
        _merge_curated(old, entry, sources, aliases)
        return
    if old is not None:
        raise GazetteerDataError(f"{where}: id defined twice")
    country = entry.get("country") or None
    pl = Place(pid, entry["name"], ftype, country, None if lat is None else float(lat),
               None if lon is None else float(lon), precision, aliases=_merge_aliases([], aliases),
               sources=sources, note=entry.get("note"), unlocated_reason=entry.get("unlocated_reason"),
               curated=True, point_country=entry.get("point_country"),
               parents=[f"country:{c.lower()}" for c in (country or "").split(";") if c])
    if entry.get("district"):
        pl.admin2 = entry["district"]
    if entry.get("admin1"):
        pl.admin1 = entry["admin1"]
    if entry.get("members"):
        pl.members = list(entry["members"])
    pl.historical = bool(entry.get("historical"))
    pl.weak = bool(entry.get("weak"))  # (a name that is also a title word: "Silk Road Paper")
    if entry.get("territory"):
        _locate_at_territory(pl, entry["territory"], asm, where)
    if pl.located:
        asm.settle(pl)
    elif not pl.unlocated_reason:
        pl.unlocated_reason = "no cited source locates it"
    asm.places[pid] = pl


def _locate_at_territory(pl: Place, ref: str, asm: Assembly, where: str) -> None:
    """A past state whose territory is today's country (the Tajik SSR is Tajikistan's, Persia is Iran's)
    takes that country's code and point: tied to the bundled polygon or point, never typed in."""
    other = asm.places.get(ref)
    if other is None or other.feature_type != "country" or not other.located:
        raise GazetteerDataError(f"{where}: territory {ref!r} is not a located country")
    pl.country, pl.lat, pl.lon, pl.precision = other.country, other.lat, other.lon, "country"
    pl.parents = [ref]
    pl.unlocated_reason = None
    pl.note = ((pl.note + " ") if pl.note else "") + f"Point: that of {ref} (the same territory today)."


def _merge_curated(old: Place, entry: dict, sources: list[Source], aliases: list[Alias]) -> None:
    """A curated entry for a dataset place (e.g. gn:<id>): merge, the curated word wins."""
    old.aliases = _merge_aliases(old.aliases, aliases)
    old.sources = sources + old.sources
    old.name, old.feature_type, old.curated, old.weak = entry["name"], entry["feature_type"], True, False
    old.precision = entry.get("precision", "exact")
    if entry.get("lat") is not None:
        old.lat, old.lon = float(entry["lat"]), float(entry["lon"])
    old.note = entry.get("note") or old.note
    if entry.get("country"):
        old.country = entry["country"]
    if entry.get("point_country"):
        old.point_country = entry["point_country"]


def _patch_place(entry: dict, where: str, asm: Assembly) -> None:
    """A ``[[patch]]`` entry: names, aliases, sources and a location added to (or taken from) a known place."""
    pid = entry.get("id")
    if pid not in asm.places:
        raise GazetteerDataError(f"{where}: no place with id {pid!r} to patch")
    pl = asm.places[pid]
    if entry.get("name"):
        pl.name = entry["name"]
        pl.aliases = _merge_aliases(pl.aliases, [make_alias(entry["name"])])
    pl.aliases = _merge_aliases(pl.aliases, _curated_aliases(entry.get("aliases"), where))
    if entry.get("weak_aliases"):
        pl.weak_aliases = sorted(set(pl.weak_aliases) | {join_key(a) for a in entry["weak_aliases"]})
        pl.aliases = _merge_aliases(pl.aliases, [make_alias(a) for a in entry["weak_aliases"]])
    remove = {join_key(a) for a in entry.get("remove_aliases", [])}
    if remove:
        pl.aliases = [a for a in pl.aliases if join_key(a.name) not in remove]
    pl.sources = pl.sources + _sources(entry.get("sources"), where)
    if entry.get("note"):
        pl.note = (pl.note + " " if pl.note else "") + entry["note"]
    for key in ("feature_type", "country", "precision", "admin1"):
        if entry.get(key):
            setattr(pl, key, entry[key])
    if entry.get("members"):
        pl.members = list(entry["members"])
    if entry.get("confluence"):
        _locate_at_confluence(pl, entry["confluence"], asm.geoms, where)
        asm.settle(pl)
    if entry.get("union"):
        _locate_in_union(pl, entry["union"], asm.geoms, where)
    if entry.get("lat") is not None and entry.get("lon") is not None:
        if not entry.get("sources"):
            raise GazetteerDataError(f"{where}: a coordinate needs a source")
        pl.lat, pl.lon = float(entry["lat"]), float(entry["lon"])
        pl.unlocated_reason = None
        asm.settle(pl)
    pl.curated = True
    pl.weak = False


def _locate_at_confluence(pl: Place, rivers: list[str], geoms: dict, where: str) -> None:
    """Place a point where two bundled river lines meet (e.g. Langar, where the Pamir and the
    Wakhan rivers form the Panj): a coordinate derived from the data, with the cited description."""
    try:
        a, b = (geoms[r] for r in rivers)
    except KeyError as e:
        raise GazetteerDataError(f"{where}: no river line {e.args[0]!r} for the confluence") from None
    pt = a.intersection(b)
    if pt.is_empty:
        raise GazetteerDataError(f"{where}: {rivers[0]} and {rivers[1]} do not meet")
    pt = pt if pt.geom_type == "Point" else pt.centroid
    pl.lat, pl.lon = round(pt.y, 6), round(pt.x, 6)
    pl.unlocated_reason = None
    pl.note = ((pl.note + " ") if pl.note else "") + (
        f"Point: the confluence of {rivers[0]} and {rivers[1]} in the bundled Natural Earth lines.")


def _locate_in_union(pl: Place, ids: list[str], geoms: dict, where: str) -> None:
    """A region made of bundled polygons (historical Badakhshan = Afghan Badakhshan + GBAO) is placed
    at the centre of their union, and keeps the union as its geometry."""
    try:
        parts = [geoms[i] for i in ids]
    except KeyError as e:
        raise GazetteerDataError(f"{where}: no polygon {e.args[0]!r} for the union") from None
    u = unary_union(parts)
    pt = inside_point(u)
    pl.lat, pl.lon = round(pt.y, 6), round(pt.x, 6)
    pl.unlocated_reason = None
    geoms[pl.id] = u
    pl.note = ((pl.note + " ") if pl.note else "") + "Point: centre of the union of " + ", ".join(ids) + "."


def _locate_by_members(places: dict[str, Place], areas: dict[str, float]) -> None:
    """A macro-region defined by its member countries (e.g. UN M49 Central Asia) is placed at the
    area-weighted mean of their points: derived from the data, never typed in."""
    for pl in places.values():
        if pl.located or not pl.members:
            continue
        pts = [(places[f"country:{c.lower()}"], areas.get(c, 0.0)) for c in pl.members
               if f"country:{c.lower()}" in places and places[f"country:{c.lower()}"].located]
        w = sum(a for _, a in pts)
        if not pts or w <= 0:
            continue
        pl.lat = round(sum(p.lat * a for p, a in pts) / w, 6)
        pl.lon = round(sum(p.lon * a for p, a in pts) / w, 6)
        pl.precision = "region"
        pl.unlocated_reason = None
        pl.note = ((pl.note + " ") if pl.note else "") + (
            "Point: area-weighted mean of the member countries' points (" + ", ".join(pl.members) + ").")


_OBOD = re.compile(r"obod\b", re.I)


def _add_transliteration_variants(places: dict[str, Place]) -> None:
    """Tajik "-obod" is written "-abad" in English and Russian texts ("Muminobod" = "Muminabad")."""
    for pl in places.values():
        if "TJ" not in pl.countries or pl.feature_type == "country":
            continue
        extra = [_OBOD.sub(lambda m: "abad" if m.group(0).islower() else "Abad", a.name)
                 for a in pl.aliases if a.script == "Latn" and _OBOD.search(a.name)]
        if extra:
            pl.aliases = _merge_aliases(pl.aliases, [make_alias(x) for x in extra])


def _merge_aliases(old: list[Alias], new: list[Alias]) -> list[Alias]:
    seen = {a.name for a in old}
    out = list(old)
    for a in new:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def _apply_stopnames(path: Path, places: dict[str, Place]) -> None:
    """Drop dataset aliases that are ordinary words or person names (curated aliases are kept)."""
    if not path.exists():
        return
    stop = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            stop.add(join_key(line))
    for pl in places.values():
        if pl.curated:
            continue
        pl.aliases = [a for a in pl.aliases if join_key(a.name) not in stop]


__all__ = ["build_places", "GazetteerDataError", "haversine_km"]
