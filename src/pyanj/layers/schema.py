"""Every layer's fields, in output order, with their types: one table drives the GeoJSON, the
GeoPackage column types, the GeoDataFrames and ``docs/layers.md`` (a test checks they agree)."""

from __future__ import annotations

#: Field types: ``str`` text, ``int`` integer, ``float`` real, ``bool`` boolean, ``date`` ISO-8601 date.
TYPES = ("str", "int", "float", "bool", "date")

#: Properties shared by every per-place layer (districts … coordinates).
PLACE_FIELDS = (
    ("id", "str", "stable feature id: the gazetteer place id (``camps@<place id>`` for camps known only "
                  "from a \"camps in X\" phrase, ``coordinate:<lat>,<lon>`` for coordinates)"),
    ("name", "str", "the gazetteer's name for the place"),
    ("names_seen", "str", "the distinct spellings the texts use, sorted, joined with \"; \""),
    ("feature_type", "str", "gazetteer feature type (admin2, admin1, crossing, camp, bazaar, military, "
                            "settlement, river, coordinate)"),
    ("country", "str", "ISO2 country code(s); \"AF;TJ\" for features on both banks"),
    ("admin1", "str", "province / region name"),
    ("admin2", "str", "district name"),
    ("mention_count", "int", "number of mentions of the place"),
    ("doc_count", "int", "number of documents that mention it"),
    ("documents", "str", "ids of those documents, sorted, joined with \"; \""),
    ("first_doc", "str", "document of the first mention (earliest date, undated documents last, then "
                         "document id, then offset)"),
    ("first_start", "int", "character offset of the first mention in its document"),
    ("first_end", "int", "end offset (exclusive) of the first mention"),
    ("first_sentence", "str", "the sentence quoting the first mention (whitespace collapsed)"),
    ("first_date", "date", "date of the first mention's document, when known"),
    ("last_doc", "str", "document of the last mention"),
    ("last_start", "int", "character offset of the last mention"),
    ("last_end", "int", "end offset of the last mention"),
    ("last_sentence", "str", "the sentence quoting the last mention"),
    ("last_date", "date", "date of the last mention's document, when known"),
    ("precision", "str", "how precisely the geometry places it: exact, minute (its source gives whole "
                         "minutes, ~1.8 km), settlement, district, province, region, country"),
    ("geo_precision", "int", "ACLED geo_precision (1 exact/town, 2 district, 3 province or wider)"),
    ("where_prec", "int", "UCDP GED where_prec (1 exact, 2 within 25 km: minute, 3 district, 4 province, "
                          "5 region, 6 country)"),
    ("confidence", "float", "highest resolution confidence among the mentions, 0–1"),
    ("flags", "str", "distinct flags of the mentions and the feature (ambiguous, coordinate_conflict: …, "
                     "placed_at_district, unlocated, …), sorted, joined with \"; \""),
    ("border_km", "float", "distance to the AF–TJ border line in km, computed in UTM 42N (EPSG:32642); "
                           "0 for polygons and lines that reach it"),
    ("bank", "str", "AF or TJ: the side of the border the feature lies on; null outside both countries "
                    "and for rivers"),
    ("elevation_m", "float", "elevation in metres from the DEM (bilinear) at the feature's point; null "
                             "outside the DEM and for rivers"),
    ("lon", "float", "longitude of the feature's point (the label point of polygons), 6 decimals"),
    ("lat", "float", "latitude of the feature's point, 6 decimals"),
    ("sources", "str", "the documents cited by title and URL (\"<title> <url>\", else the document id), one "
                       "per entry of ``documents`` and in its order, joined with \"; \"; null when no document "
                       "has a title or URL"),
    ("coord_source", "str", "where the point or shape comes from: the gazetteer source's dataset and id or "
                            "cited page, with the coordinate as that source states it (\"(38°27′N 70°50′E)\"); "
                            "for a place placed at its district, the district's; for a coordinate, the text"),
)

MENTION_FIELDS = (
    ("id", "str", "stable mention id: ``<doc_id>#<start>-<end>``"),
    ("doc_id", "str", "document id"),
    ("start", "int", "character offset of the mention in its document"),
    ("end", "int", "end offset (exclusive)"),
    ("surface", "str", "the text as written (whitespace collapsed)"),
    ("sentence", "str", "the sentence quoting it (whitespace collapsed)"),
    ("sentence_start", "int", "offset of the sentence in the document"),
    ("sentence_end", "int", "end offset of the sentence"),
    ("place_id", "str", "gazetteer place id; null for coordinates and unresolved names"),
    ("related_place_id", "str", "a place the sentence speaks of through this one (\"the bridge in Darwaz\" -> "
                                "the Darvaz crossing); the mention also counts for that place's layer"),
    ("name", "str", "resolved place name (or the coordinate in DMS)"),
    ("feature_type", "str", "gazetteer feature type of the resolved place"),
    ("layer", "str", "the per-place layer the mention feeds last (camps / the related place's layer when "
                     "there is one; null for countries, roads, regions …)"),
    ("country", "str", "ISO2 country the mention is attributed to"),
    ("admin1", "str", "province / region name"),
    ("admin2", "str", "district name"),
    ("precision", "str", "precision of the point (see the place layers)"),
    ("geo_precision", "int", "ACLED geo_precision"),
    ("where_prec", "int", "UCDP GED where_prec"),
    ("confidence", "float", "resolution confidence, 0–1"),
    ("literal", "bool", "false when the name is used figuratively (\"Kabul decided …\")"),
    ("cue", "str", "generic word around the name that typed it (district, province, camp, …)"),
    ("flags", "str", "the mention's flags joined with \"; \""),
    ("doc_title", "str", "document title"),
    ("doc_url", "str", "document URL"),
    ("doc_date", "date", "document date"),
    ("border_km", "float", "distance of the point to the AF–TJ border in km (EPSG:32642)"),
    ("bank", "str", "AF or TJ, from the point's country"),
    ("elevation_m", "float", "DEM elevation in metres at the point"),
    ("lon", "float", "longitude, 6 decimals (null when unlocated)"),
    ("lat", "float", "latitude, 6 decimals (null when unlocated)"),
)

BORDER_FIELDS = (
    ("id", "str", "border:afg-tjk"),
    ("name", "str", "Afghanistan–Tajikistan border"),
    ("length_km", "float", "length in km (EPSG:32642)"),
    ("source", "str", "where the line comes from"),
)

FRONTIER_FIELDS = (
    ("id", "str", "district place id"),
    ("name", "str", "district name"),
    ("country", "str", "AF or TJ"),
    ("admin1", "str", "province / region name"),
    ("border_length_km", "float", "length of the border line within 1 km of the district (the tolerance "
                                  "absorbs the mismatch between the boundary datasets)"),
    ("mention_count", "int", "mentions of the district in the texts (0 when none)"),
)

#: Layer name -> (geometry type, fields, one-line description); this is also the output order.
LAYERS = {
    "districts": ("MultiPolygon", PLACE_FIELDS, "district polygons (both countries) the texts mention"),
    "provinces": ("MultiPolygon", PLACE_FIELDS, "province / region polygons the texts mention"),
    "crossings": ("Point", PLACE_FIELDS, "border crossings and bridges"),
    "camps": ("Point", PLACE_FIELDS, "camps: curated camp places and \"camps in X\" phrases, usually placed "
                                     "at a district or province point (see precision)"),
    "bazaars": ("Point", PLACE_FIELDS, "cross-border markets"),
    "military": ("Point", PLACE_FIELDS, "bases, outposts, airfields, training grounds"),
    "settlements": ("Point", PLACE_FIELDS, "towns and villages"),
    "rivers": ("MultiLineString", PLACE_FIELDS, "rivers (whole lines)"),
    "coordinates": ("Point", PLACE_FIELDS, "coordinates written in the texts, with conflicts flagged"),
    "mentions": ("Point", MENTION_FIELDS, "every mention as a point: the evidence layer (null geometry "
                                          "when unlocated)"),
    "border": ("MultiLineString", BORDER_FIELDS, "reference: the AF–TJ border line"),
    "frontier": ("MultiPolygon", FRONTIER_FIELDS, "reference: the districts that touch the border"),
}

#: Layers whose features are points: these also go to CSV.
POINT_LAYERS = tuple(k for k, v in LAYERS.items() if v[0] == "Point")

#: Gazetteer feature type -> per-place layer.
LAYER_OF_TYPE = {"admin2": "districts", "admin1": "provinces", "crossing": "crossings", "camp": "camps",
                 "bazaar": "bazaars", "military": "military", "settlement": "settlements", "river": "rivers",
                 "coordinate": "coordinates"}
