"""Write the tutorial notebooks (without outputs) from the cell sources below.

    python notebooks/make_notebooks.py        # rewrites notebooks/*.ipynb

The ``.ipynb`` files are generated: edit the cells here, rerun this script, and commit both
(``tests/test_notebooks.py`` checks that they agree, carry no outputs and run top to bottom).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# 01: a tour of the frontier
# ---------------------------------------------------------------------------------------------
TOUR = [
    ("md", """\
# A tour of the Pyanj frontier

This notebook geoparses the six texts bundled with pyanj (`src/pyanj/bundled_data/corpus/`: five in English, one in Russian) and uses the result to
answer questions about the Afghanistan–Tajikistan frontier with pandas and geopandas:

1. the gazetteer: what pyanj can recognise;
2. the corpus geocoded: every place named, as a table;
3. which districts on each bank are named most;
4. how far each border crossing is from Dushanbe and from Fayzabad;
5. which mentions lie within 10 km of the border;
6. what the texts say about the border's length, against the length measured from the data;
7. the interactive map, inline;
8. GIS layers exported for QGIS.

It needs no network and writes only to a temporary folder (`OUT`, printed below). To geocode your
own texts, see `02_bring_your_own_texts.ipynb`.

To open it: from a checkout, `pip install -e ".[test]" jupyterlab`, then `jupyter lab notebooks/`
(any Jupyter front end works; the kernel is plain `python3`)."""),
    ("code", """\
import re
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import Geod
from shapely.geometry import Point

import pyanj
from pyanj import gazetteer
from pyanj.mention import MentionList
from pyanj.paths import corpus_dir, data_dir
from pyanj.text.load import iter_documents

OUT = Path(tempfile.mkdtemp(prefix="pyanj-tour-"))  # everything this notebook writes goes here
UTM = "EPSG:32642"          # WGS 84 / UTM zone 42N: metres, fits the whole frontier (66-75 E)
GEOD = Geod(ellps="WGS84")  # for distances on the ellipsoid
BOUNDARIES = data_dir() / "boundaries"
pd.set_option("display.max_colwidth", 90)
print("outputs go to", OUT)"""),
    ("md", """\
## 1. The gazetteer

`gazetteer.load()` builds the gazetteer from the bundled data (district and province polygons of
both countries, GeoNames places, Natural Earth rivers and borders, and the curated files in
`src/pyanj/bundled_data/gazetteer/` — each entry with its source). It is cached after the first load. In Jupyter the
gazetteer, its places and look-up candidates show as tables."""),
    ("code", """\
gz = gazetteer.load()
gz"""),
    ("code", """\
stats = gz.stats()
print(stats["places"], "places,", stats["located"], "located,", stats["aliases"], "names")
{c: stats["by_country"].get(c, 0) for c in ("AF", "TJ", "AF;TJ")}"""),
    ("code", """\
# A look-up returns candidates, best first; each has a place and a prior score.
gz.lookup("Sherkhan-Bandar")[0]"""),
    ("code", """\
# The whole gazetteer as a GeoDataFrame of points: here, the border crossings it knows.
places = gz.to_geodataframe()
crossings = places[(places.feature_type == "crossing") & places.located].copy()
crossings[["id", "name", "country", "admin2", "precision"]]"""),
    ("md", """\
## 2. Geocode the bundled corpus

`iter_documents` reads text, Markdown, HTML, PDF and JSONL files (and folders of them);
`pyanj.geocode_documents` finds every place each document names and resolves it against the
gazetteer. The result is a `MentionList`: a list of `Mention`s that shows as a table and converts to
a DataFrame."""),
    ("code", """\
docs = list(iter_documents([corpus_dir()]))
[(d.doc_id, len(d.text)) for d in docs]"""),
    ("code", """\
mentions = pyanj.geocode_documents(docs, gazetteer=gz)
print(len(mentions), "mentions,", sum(m.located for m in mentions), "of them located")
MentionList(mentions[:12])"""),
    ("code", """\
df = mentions.to_dataframe()
df[["doc_id", "surface", "name", "feature_type", "country", "precision", "confidence", "flags"]].head(10)"""),
    ("code", """\
# What kinds of places do the texts name, and what did the geocoder flag?
kinds = df.feature_type.value_counts()
flags = df["flags"].explode().dropna().str.split(":").str[0].value_counts()
kinds.to_frame().join(flags.rename("flag count").to_frame(), how="outer").fillna(0).astype(int)"""),
    ("md", """\
Flags worth knowing: `ambiguous` (a close call between readings — see `candidates`),
`non_literal` (a place standing for its government: "Dushanbe said"), `unlocated` (a known place no
source locates), `coordinate_conflict` (a coordinate in the text disagrees with the place named
beside it). Each mention keeps its sentence, so every point can be traced back:"""),
    ("code", """\
m = next(m for m in mentions if m.feature_type == "crossing")
print(m.surface, "->", m.name, (m.lat, m.lon))
print("   ", m.sentence)"""),
    ("code", """\
# Located mentions as a GeoDataFrame (WGS 84 lon/lat).
located = df[df.lat.notna()]
points = gpd.GeoDataFrame(located, geometry=gpd.points_from_xy(located.lon, located.lat), crs="EPSG:4326")
# Precise points only (a country or province "point" is just a representative point of an area).
precise = points[points.precision.isin(["exact", "settlement"])]
len(points), len(precise)"""),
    ("md", """\
## 3. Which districts on each bank are named most?

The frontier districts are those the border line touches. Two ways to count how often each is
named: as a district ("Darvaz district", "Khwahan"), and through the precise places named *inside*
it (a village, a bridge, a town), found by a spatial join of the points with the district polygons."""),
    ("code", """\
districts = pd.concat([gpd.read_file(BOUNDARIES / "af_districts.geojson"),
                       gpd.read_file(BOUNDARIES / "tj_districts.geojson")], ignore_index=True)
border = gpd.read_file(BOUNDARIES / "border_af_tj.geojson")
border_utm = border.to_crs(UTM).geometry.union_all()
frontier = districts[districts.to_crs(UTM).distance(border_utm) < 1000]  # within 1 km of the border line
frontier = frontier.rename(columns={"name": "district", "country": "bank"})[["id", "district", "province", "bank",
                                                                             "geometry"]]
# The gazetteer knows districts by their current names (the polygons' "Darwaz" is now "Nusay").
frontier["district"] = [gz[i].name if i in gz.places else name for i, name in zip(frontier.id, frontier.district)]
frontier.bank.value_counts()"""),
    ("code", """\
as_district = df[df.feature_type == "admin2"].place_id.value_counts()
inside = gpd.sjoin(precise, frontier, predicate="within").groupby("id").size()
table = frontier.drop(columns="geometry").assign(
    named_as_district=frontier.id.map(as_district).fillna(0).astype(int),
    places_named_inside=frontier.id.map(inside).fillna(0).astype(int))
table["total"] = table.named_as_district + table.places_named_inside
table = table[table.total > 0].sort_values(["bank", "total"], ascending=[True, False])
table.groupby("bank").head(5).drop(columns="id")"""),
    ("md", """\
## 4. How far is each crossing from Dushanbe and from Fayzabad?

Straight-line (geodesic) distances on the WGS 84 ellipsoid with `pyproj.Geod`; for comparison, the
planar distance in UTM zone 42N (a projected CRS in metres) — they agree to within a fraction of a
per cent here. The elevation comes from the bundled DEM (`pyanj.terrain.sample_elevation`)."""),
    ("code", """\
from pyanj.terrain import sample_elevation

dushanbe = gz.lookup("Dushanbe", feature_type="settlement", country="TJ")[0].place
fayzabad = gz.lookup("Fayzabad", feature_type="settlement", country="AF")[0].place
print(dushanbe.name, (dushanbe.lat, dushanbe.lon), "|", fayzabad.name, (fayzabad.lat, fayzabad.lon))

xs = crossings[["id", "name", "country", "geometry"]].copy()
n = len(xs)
for label, city in (("Dushanbe", dushanbe), ("Fayzabad", fayzabad)):
    _, _, metres = GEOD.inv(xs.geometry.x.to_numpy(), xs.geometry.y.to_numpy(), np.full(n, city.lon),
                            np.full(n, city.lat))
    xs[f"km from {label}"] = (metres / 1000).round(1)
city_utm = gpd.GeoSeries([Point(dushanbe.lon, dushanbe.lat)], crs="EPSG:4326").to_crs(UTM).iloc[0]
xs["km from Dushanbe (UTM)"] = (xs.to_crs(UTM).distance(city_utm) / 1000).round(1)
xs["elevation m"] = [None if z is None else round(z) for z in sample_elevation(xs.geometry.x, xs.geometry.y)]
xs["mentions in corpus"] = xs.id.map(df.place_id.value_counts()).fillna(0).astype(int)
xs.drop(columns="geometry").sort_values("km from Dushanbe")"""),
    ("md", """\
## 5. Which mentions lie within 10 km of the border?

Distances are measured in UTM (metres) from each precise point to the Natural Earth border line.
(Mentions of districts, provinces and countries are left out: the distance of an area's
representative point says nothing.) The layers built in section 8 carry the same measure as
`border_km`."""),
    ("code", """\
near = precise.to_crs(UTM)
near["border_km"] = (near.distance(border_utm) / 1000).round(2)
near = near[near.border_km <= 10].sort_values("border_km")
print(len(near), "of", len(precise), "precise mentions lie within 10 km of the border")
near[["doc_id", "surface", "name", "feature_type", "country", "border_km"]]"""),
    ("code", """\
near.groupby(["name", "feature_type"]).size().rename("mentions").sort_values(ascending=False).to_frame()"""),
    ("md", """\
## 6. How long is the border? The texts against the data

The texts state the border's length; we find the figures with a regular expression and compare them
with the length of the border line in the bundled data."""),
    ("code", """\
LENGTH = re.compile(r"(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*-?\\s*(?:km|kilomet(?:re|er)s?)\\b", re.I)
claims = []
for d in docs:
    for mt in LENGTH.finditer(d.text):
        km = int(mt.group(1).replace(",", ""))
        context = " ".join(d.text[max(0, mt.start() - 90):mt.end() + 60].split())
        if km >= 500 and "border" in context.lower():
            claims.append({"doc_id": d.doc_id, "claimed km": km, "context": f"…{context}…"})
claims = pd.DataFrame(claims)
claims"""),
    ("code", """\
line = border.geometry.iloc[0]
measured = {
    "UTM 42N (planar)": border.to_crs(UTM).length.sum() / 1000,
    "WGS 84 ellipsoid (geodesic)": sum(GEOD.geometry_length(g) for g in border.geometry) / 1000,
}
vertices = len(line.coords) if line.geom_type == "LineString" else sum(len(g.coords) for g in line.geoms)
km = measured["UTM 42N (planar)"]
print(f"{border.source.iloc[0]}: {vertices} vertices, one every {km / (vertices - 1):.1f} km on average")
for k, v in measured.items():
    print(f"  measured, {k}: {v:,.0f} km")
for c in sorted(set(claims["claimed km"])):
    print(f"  claimed {c:,} km: the data is {100 * (c - km) / c:.0f}% shorter")"""),
    ("code", """\
# The coarser a line is drawn, the shorter it gets: simplify the border step by step.
utm_border = border.to_crs(UTM)
pd.DataFrame([{"simplified to (m)": tol, "length (km)": round(utm_border.simplify(tol).length.sum() / 1000)}
              for tol in (0, 500, 1000, 2000, 5000, 10000)])"""),
    ("md", """\
**Why ~1,170 km and not 1,344 (or 1,357) km?** The border follows the Panj and Pamir rivers, which
meander. The official figures are measured along the river as surveyed at large scale; the bundled
line is Natural Earth's 1:10 million generalisation, with a vertex every ~2.6 km, so every bend
smaller than that is cut off — the same effect the table above shows as the line is simplified
further (the coastline paradox). The measured length is therefore a lower bound: the projection is
not the issue (planar UTM and geodesic lengths agree to within 0.1%), the scale of the data is. The
two claimed figures also differ from each other by 13 km — sources disagree on the surveyed length
too."""),
    ("md", """\
## 7. The map

`make_map` returns a `folium.Map`, which Jupyter shows inline: districts shaded by how often they
are named, points by kind, every popup with the sentence that put the place there. With
`basemap="offline"` it draws the bundled base layers and needs no tiles from the network; the tile
basemaps (OpenStreetMap, OpenTopoMap, imagery) stay selectable in the layer control."""),
    ("code", """\
from pyanj.render import make_map, write_map

fmap = make_map(mentions, gazetteer=gz, title="The Pyanj frontier in the bundled corpus", basemap="offline")
fmap"""),
    ("md", """\
## 8. GIS layers

`build_layers` aggregates mentions per place into one GeoDataFrame per feature class
(districts, crossings, settlements, …, plus every single mention); `write_layers` writes them as
GeoJSON (and optionally a GeoPackage and CSV) that open styled in QGIS."""),
    ("code", """\
from pyanj.layers import build_layers, write_layers

layers = build_layers(mentions, gazetteer=gz)
{name: len(gdf) for name, gdf in layers.items()}"""),
    ("code", """\
layers["districts"][["name", "country", "mention_count", "doc_count", "border_km", "bank"]].sort_values(
    "mention_count", ascending=False).head(10)"""),
    ("code", """\
written = write_layers(mentions, OUT / "layers", gazetteer=gz, gpkg=OUT / "frontier.gpkg", csv=True)
map_file = write_map(mentions, OUT / "frontier_map.html", gazetteer=gz,
                     title="The Pyanj frontier in the bundled corpus", offline=True)
print(len(written), "files in", OUT)
sorted(p.name for p in written) + [map_file.name]"""),
    ("md", """\
The same from a shell: `pyanj layers src/pyanj/bundled_data/corpus -o layers/ --gpkg frontier.gpkg --csv` and
`pyanj map src/pyanj/bundled_data/corpus -o map.html --offline`. Next: `02_bring_your_own_texts.ipynb`."""),
]

# ---------------------------------------------------------------------------------------------
# 02: bring your own texts
# ---------------------------------------------------------------------------------------------
BYO = [
    ("md", """\
# Bring your own texts

From a text of your own to a map, in five steps:

1. geocode a **pasted article**;
2. geocode a **folder of HTML pages** (or text, Markdown, PDF, JSONL files);
3. **add a place** the gazetteer does not know (a camp from a report), with its source;
4. **inspect an ambiguous mention** and fix it;
5. **re-render** the map and export layers.

Everything runs offline; files go to a temporary folder (`OUT`). To use your own material, replace
`ARTICLE` with your text, or set `MY_FILES` in the last section. No knowledge of pyanj's internals is
needed: the functions used here are listed with examples in `docs/api.md`.

To open it: from a checkout, `pip install -e ".[test]" jupyterlab`, then `jupyter lab notebooks/`."""),
    ("code", """\
import tempfile
from pathlib import Path

import pyanj
from pyanj import gazetteer
from pyanj.gazetteer import Alias, Place, Source
from pyanj.layers import write_layers
from pyanj.mention import MentionList
from pyanj.render import make_map, write_map
from pyanj.resolve import reassign
from pyanj.text.load import iter_documents

OUT = Path(tempfile.mkdtemp(prefix="pyanj-byo-"))  # everything this notebook writes goes here
gz = gazetteer.load()
print("outputs go to", OUT)"""),
    ("md", """\
## 1. A pasted article

Paste any text between the triple quotes. (This one is a made-up news item, written for this
tutorial.) `pyanj.geocode` returns the places it names, in order, each tied to its sentence."""),
    ("code", """\
ARTICLE = \"\"\"Floods cut the Pamir highway again

KHOROG — Heavy rain on Tuesday washed out two stretches of the road between Khorog and
Kalai-Khumb, the centre of Darvaz district, stranding dozens of lorries, officials in
Gorno-Badakhshan said.

Traders who normally cross the Tem bridge to the Afghan side said the Saturday market had been
cancelled. Further south, the crossing at Ishkashim stayed open, and Afghan traders from Wakhan
reported no damage on their bank of the Panj.
\"\"\"

article = pyanj.geocode(ARTICLE, doc_id="pasted-article", gazetteer=gz)
article"""),
    ("code", """\
# The same as a DataFrame, for filtering and plotting.
article.to_dataframe()[["surface", "name", "feature_type", "country", "lat", "lon", "confidence", "flags"]]"""),
    ("md", """\
## 2. A folder of HTML pages

Here we write two small pages into a folder; point `iter_documents` at your own folder instead.
It keeps the visible text only (scripts and styles are skipped) and picks up each page's title,
canonical URL and publication date, which travel with every mention (and drive the map's time
slider)."""),
    ("code", """\
PAGES = OUT / "pages"
PAGES.mkdir()
(PAGES / "bridge-trade.html").write_text(\"\"\"<!doctype html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Trade picks up at Sher Khan Bandar</title>
  <link rel="canonical" href="https://example.org/news/bridge-trade">
  <meta property="article:published_time" content="2024-05-02">
  <script>var edition = "Kabul";  /* not visible text: never geocoded */</script>
</head><body><article>
  <h1>Trade picks up at Sher Khan Bandar</h1>
  <p>Lorries loaded with cement and flour crossed the bridge between Sher Khan Bandar in Kunduz
     province and Panji Poyon on the Tajik bank on Thursday, customs officers said.</p>
  <p>Drivers from Kulob said the queue on the Tajik side of the Panj had shrunk to a few hours.</p>
</article></body></html>\"\"\", encoding="utf-8")
(PAGES / "khwahan-camp.html").write_text(\"\"\"<!doctype html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Families shelter by the river in Khwahan</title>
  <link rel="canonical" href="https://example.org/news/khwahan-camp">
  <meta property="article:published_time" content="2024-06-14">
</head><body><article>
  <h1>Families shelter by the river in Khwahan</h1>
  <p>About forty families who lost their homes to a landslide in Nusay have moved to the
     Khwahan transit camp, a local aid worker said.</p>
  <p>Across the Panj, in Shuroobod district, Tajik farmers could see the tents from their fields.</p>
</article></body></html>\"\"\", encoding="utf-8")

docs = list(iter_documents([PAGES]))
[(d.doc_id, d.title, d.url, d.date) for d in docs]"""),
    ("code", """\
pages = pyanj.geocode_documents(docs, gazetteer=gz)
pages"""),
    ("md", """\
## 3. Add a place at run time: a camp

The second page names the *Khwahan transit camp*, which the gazetteer does not know: the geocoder
only sees "Khwahan" in it. (The camp is invented for this tutorial.) Add it as a `Place` with the
source of its coordinate.

**Where the coordinate comes from.** We have no surveyed position for this (fictional) camp, so we
reuse one already in the bundled gazetteer: the point of the Khwahan district polygon from
geoBoundaries (AFG ADM2, <https://www.geoboundaries.org/>). Such a point only says "somewhere in the
district", so the honest `precision` is `"district"`, not `"exact"`. With a coordinate from a
report, cite the report's URL, say where in it the coordinate is, and use `precision="exact"`."""),
    ("code", """\
print(gz.lookup("Khwahan transit camp"))  # [] : unknown
khwahan = gz.lookup("Khwahan", feature_type="admin2", country="AF")[0].place
khwahan"""),
    ("code", """\
boundary = next(s for s in khwahan.sources if s.dataset)  # the geoBoundaries record of the district
camp = Place(
    id="camp:khwahan-transit",
    name="Khwahan transit camp",
    feature_type="camp",
    country="AF",
    lat=khwahan.lat,
    lon=khwahan.lon,
    precision="district",
    aliases=[Alias("Khwahan transit camp"), Alias("Khwahan camp")],
    sources=[Source(dataset=boundary.dataset, id=boundary.id, url="https://www.geoboundaries.org/",
                    note="coordinate = the Khwahan district point (geoBoundaries AFG ADM2) in pyanj's "
                         "gazetteer; the camp itself is a tutorial example")],
    admin1="Badakhshan",
    admin2="Khwahan",
    curated=True,
)
if camp.id not in gz.places:  # adding twice raises; this keeps the cell re-runnable
    gz.add(camp)
gz.lookup("Khwahan transit camp")[0]"""),
    ("code", """\
# Geocode the pages again with the same gazetteer object: the camp is found now.
pages = pyanj.geocode_documents(docs, gazetteer=gz)
[(m.surface, m.place_id, m.precision) for m in pages if m.doc_id == "khwahan-camp"]"""),
    ("md", """\
(The mention's text is "Khwahan transit": as in the annotation guideline, a lower-case generic word
such as "camp" or "district" stays outside the name it follows.)

`gz.add` changes this gazetteer object for the rest of the session (`gazetteer.load()` returns the
same object within a Python process). To make a place permanent, add it with its source to a
curated file in `src/pyanj/bundled_data/gazetteer/` (see `src/pyanj/bundled_data/gazetteer/CURATION-places.md`).

## 4. An ambiguous mention, and how to fix it

A name can belong to several places. "Ishkashim" is a town on each bank of the Panj (and an Afghan
district): with no other clue in the text, the geocoder cannot tell which is meant. It still picks
one, but flags the mention `ambiguous`, caps its confidence and lists the other readings in
`candidates`."""),
    ("code", """\
NOTE = "Traders from Ishkashim sold dried apricots and mulberries at the Saturday market."
note = pyanj.geocode(NOTE, doc_id="field-note", gazetteer=gz)
m = next(x for x in note if x.surface == "Ishkashim")
print(m.surface, "->", m.place_id, m.name, m.country, "| confidence", m.confidence, "| flags", m.flags)
m"""),
    ("code", """\
# The readings the geocoder weighed: the chosen one, then the candidates with their scores.
import pandas as pd

rows = [{"reading": "chosen", "id": m.place_id, "score": None}] + [
    {"reading": "candidate", **c} for c in m.candidates]
pd.DataFrame([{**r, "name": gz[r["id"]].name, "feature_type": gz[r["id"]].feature_type,
               "country": gz[r["id"]].country, "admin1": gz[r["id"]].admin1} for r in rows])"""),
    ("md", """\
`score` is the resolver's score of each other reading after weighing the text's context. The chosen
reading scored only slightly higher (by less than 0.06): that is what makes the mention `ambiguous`
and caps its `confidence` at 0.5."""),
    ("code", """\
# Any candidate can be looked at in full: its place, coordinate and sources.
gz[m.candidates[0]["id"]]"""),
    ("md", """\
Suppose we know from the note's source (say, the trader was interviewed in Fayzabad) that the
Afghan town is meant. `reassign` returns a copy of the mention located at the place we choose — one
of its candidates or any place in the gazetteer — with `ambiguous` dropped and `reassigned` added.
(Alternatively, give the text the clue: "Ishkashim, in Afghanistan" resolves on its own.)"""),
    ("code", """\
afghan_town = gz.lookup("Ishkashim", feature_type="settlement", country="AF")[0].place
fixed = reassign(m, afghan_town.id, gz)
print(m.name, m.country, m.flags, "->", fixed.name, fixed.country, fixed.flags)
fixed"""),
    ("code", """\
# Any other mention that still needs a look:
MentionList(x for x in article + pages + [fixed] if "ambiguous" in x.flags or x.confidence < 0.5)"""),
    ("md", """\
## 5. Re-render

Put the corrected mention in place of the old one and draw everything again. The map and layers
take any list of mentions, from as many documents as you like."""),
    ("code", """\
note_fixed = MentionList(fixed if x is m else x for x in note)
mine = MentionList(article + pages + note_fixed)
make_map(mine, gazetteer=gz, title="My texts", basemap="offline")"""),
    ("code", """\
written = write_layers(mine, OUT / "layers", gazetteer=gz, gpkg=OUT / "my_texts.gpkg")
map_file = write_map(mine, OUT / "my_texts_map.html", gazetteer=gz, title="My texts", offline=True)
# Mentions as JSON lines: `pyanj layers mentions.jsonl -o DIR` and `pyanj map mentions.jsonl` read them back.
(OUT / "mentions.jsonl").write_text("".join(x.to_json() + "\\n" for x in mine), encoding="utf-8")
sorted(p.name for p in written) + [map_file.name, "mentions.jsonl"]"""),
    ("md", """\
## Your own files

List files or folders (`.txt`, `.md`, `.html`, `.pdf`, `.jsonl`) in `MY_FILES` and run the cell:
it geocodes them and shows the map. The map file is written next to the other outputs."""),
    ("code", """\
MY_FILES = []  # e.g. ["~/reports/", "~/Downloads/article.html"]

if MY_FILES:
    my_mentions = pyanj.geocode_documents(iter_documents([Path(p).expanduser() for p in MY_FILES]), gazetteer=gz)
    print(len(my_mentions), "mentions;", write_map(my_mentions, OUT / "my_files_map.html", gazetteer=gz, offline=True))
    display(make_map(my_mentions, gazetteer=gz, title="My files"))"""),
    ("md", """\
The same from a shell: `pyanj geocode my_folder/ -o mentions.jsonl`, then
`pyanj map mentions.jsonl -o map.html --offline`. The Python functions used here are listed, with
examples, in `docs/api.md`."""),
]


def build(cells) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    out = []
    for i, (kind, src) in enumerate(cells):
        cell = new_markdown_cell(src) if kind == "md" else new_code_cell(src)
        cell["id"] = f"cell-{i:02d}"  # stable ids: regenerating gives the same file
        out.append(cell)
    nb.cells = out
    return nb


NOTEBOOKS = {"01_frontier_tour.ipynb": TOUR, "02_bring_your_own_texts.ipynb": BYO}


def main(argv=None) -> int:
    for name, cells in NOTEBOOKS.items():
        nb = build(cells)
        nbformat.validate(nb)
        path = HERE / name
        path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        print("wrote", path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
