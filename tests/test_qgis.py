"""The QGIS side of the layers: project XML, .qml sidecars, one palette with the web map, and real QGIS."""

from __future__ import annotations

import json
import os
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from test_layers import mentions, tgz  # noqa: F401  (the fixed mentions: every layer rule once)

from pyanj.gazetteer.geo import border_line, frontier_box
from pyanj.layers import LAYERS, write_layers
from pyanj.layers import palette as P

REPO = Path(__file__).resolve().parents[1]
QGIS_PY = "/usr/bin/python3"
TREE = ["Border crossings", "Militant camps", "Cross-border bazaars", "Military sites",
        "Coordinates given in the texts", "Settlements & other places", "Every mention (evidence)",
        "Afghanistan–Tajikistan border", "Rivers named", "Districts on the border", "Mentions per district",
        "Provinces named", "Mention density", "Relief (hillshade)"]


@pytest.fixture(scope="module")
def project(mentions, tgz, tmp_path_factory):  # noqa: F811
    d = tmp_path_factory.mktemp("qgis") / "out"
    files = write_layers(mentions, d, gazetteer=tgz, gpkg=d / "frontier.gpkg", qgz=d / "frontier.qgz",
                         density=d / "density.tif", hillshade=d / "hillshade.tif")
    return d, files


def _qgs(d: Path) -> ET.Element:
    with zipfile.ZipFile(d / "frontier.qgz") as z:
        return ET.fromstring(z.read("frontier.qgs"))


def test_project_xml_has_full_crs_groups_titles_extent(project):
    d, files = project
    assert files[-3:] == [d / "density.tif", d / "hillshade.tif", d / "frontier.qgz"]
    root = _qgs(d)
    prj = root.find("projectCrs/spatialrefsys")
    assert (prj.findtext("authid"), prj.findtext("srid"), prj.findtext("srsid")) == ("EPSG:32642", "32642", "3126")
    assert prj.findtext("proj4") == "+proj=utm +zone=42 +datum=WGS84 +units=m +no_defs"
    assert prj.findtext("wkt").startswith('PROJCRS["WGS 84 / UTM zone 42N"')
    for ml in root.iter("maplayer"):
        srs = ml.find("srs/spatialrefsys")
        want = "EPSG:32642" if ml.findtext("id") == "density_pyanj" else "EPSG:4326"
        assert srs.findtext("authid") == want and srs.findtext("wkt") and srs.findtext("proj4"), ml.findtext("id")
    groups = [(g.get("name"), [n.get("name") for n in g.findall("layer-tree-layer")])
              for g in root.findall("layer-tree-group/layer-tree-group")]
    assert [g for g, _ in groups] == ["Places named in the texts", "Evidence", "Frontier", "Areas", "Terrain"]
    assert [n for _, names in groups for n in names] == TREE
    ext = root.find("ProjectViewSettings/DefaultViewExtent")
    box = [float(ext.get(k)) for k in ("xmin", "ymin", "xmax", "ymax")]
    assert box == [round(v, 4) for v in frontier_box()] and ext.find("spatialrefsys/authid").text == "EPSG:4326"
    w, s, e, n = border_line().bounds   # the whole border in view, with a margin, and not the world
    assert box[0] < w and box[1] < s and box[2] > e and box[3] > n and box[2] - box[0] < 12
    sources = {ml.findtext("id"): ml.findtext("datasource") for ml in root.iter("maplayer")}
    assert sources["crossings_pyanj"] == "./frontier.gpkg|layername=crossings"
    assert sources["hillshade_pyanj"] == "./hillshade.tif"


def test_qml_sidecar_beside_every_geojson_and_stale_ones_removed(project, mentions, tgz, tmp_path):  # noqa: F811
    d, _files = project
    for gj in sorted(d.glob("*.geojson")):
        q = gj.with_suffix(".qml").read_text(encoding="utf-8")
        assert q.startswith("<!DOCTYPE qgis") and "<renderer-v2" in q, gj.name
    assert sorted(p.stem for p in d.glob("*.qml")) == sorted(p.stem for p in d.glob("*.geojson"))
    out = tmp_path / "L"
    write_layers(mentions, out, gazetteer=tgz)
    (out / "bazaars.geojson").unlink()
    write_layers([m for m in mentions if m.feature_type != "bazaar"], out, gazetteer=tgz, force=True)
    assert not (out / "bazaars.qml").exists() and (out / "crossings.qml").exists()


def test_qgis_classes_and_colours_are_the_web_maps(project, mentions, tgz):  # noqa: F811
    """One palette: the web map's district classes and colours, point colours and lines are palette's."""
    from pyanj.render.core import make_map
    from pyanj.render.symbols import COLORS
    d, _f = project
    q = (d / "districts.qml").read_text(encoding="utf-8")
    counts = [f["properties"]["mention_count"] for f in json.loads((d / "districts.geojson").read_text())["features"]]
    breaks = P.breaks_for(max(counts))
    for (lo, _hi, label), color in zip(P.classes(breaks), P.ramp(len(breaks))):
        assert f'lower="{lo}"' in q and f'label="{label}"' in q and P.qgis_rgba(color, P.DISTRICT_OPACITY) in q
    m = make_map(mentions, gazetteer=tgz)
    state = next(c for c in m._children.values() if type(c).__name__ == "MapState")
    data = json.loads(state.data_json)
    assert data["colors"] == P.ramp(len(data["breaks"])) and data["breaks"] == P.breaks_for(max(
        dd["k"] for dd in data["districts"]))
    assert COLORS is P.POINT_COLORS
    for layer, color in P.POINT_COLORS.items():
        assert P.qgis_rgba(color) in (d / f"{layer}.qml").read_text(encoding="utf-8"), layer
    js = (REPO / "src" / "pyanj" / "render" / "templates" / "runtime.js").read_text(encoding="utf-8")
    for color, _w, dash in (P.BORDER, P.FRONTIER_RIVER, P.PROVINCE, P.CONFLICT, P.NAMED_RIVER):
        assert f'"{color}"' in js, color
    assert P.qgis_rgba(P.PROVINCE[0]) in (d / "provinces.qml").read_text(encoding="utf-8")


def test_palette_classes():
    assert P.breaks_for(0) == [1] and P.breaks_for(3) == [1, 2, 3] and P.breaks_for(40) == [1, 2, 5, 10, 20]
    assert P.classes([1, 2, 5]) == [(1, 1, "1"), (2, 4, "2–4"), (5, None, "5 or more")]
    assert [P.class_of(k, [1, 2, 5]) for k in (0, 1, 4, 9)] == [-1, 0, 1, 2]
    assert P.qgis_rgba("#7b3294") == "123,50,148,255" and P.qgis_rgba("#ffffff", 0.6) == "255,255,255,153"


def test_project_is_written_without_qgis_and_is_byte_identical(mentions, tgz, tmp_path):  # noqa: F811
    outs = []
    for i in range(2):
        d = tmp_path / f"r{i}"
        write_layers(mentions, d, gazetteer=tgz, gpkg=d / "f.gpkg", qgz=d / "f.qgz")
        outs.append(((d / "f.qgz").read_bytes(), (d / "crossings.qml").read_bytes()))
    assert outs[0] == outs[1]


# -- the real consumer: QGIS -----------------------------------------------------------------------
def _qgis_ok() -> str | None:
    if not Path(QGIS_PY).exists():
        return f"{QGIS_PY} not found"
    r = subprocess.run([QGIS_PY, "-c", "import qgis.core"], capture_output=True, text=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return None if r.returncode == 0 else f"{QGIS_PY} cannot import qgis.core: {r.stderr.strip()[-200:]}"


@pytest.fixture(scope="module")
def qgis_report(project):
    why = _qgis_ok()
    if why:
        pytest.skip(why)
    d, _f = project
    (d / "render").mkdir(exist_ok=True)   # the PNGs stay there to look at
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    r = subprocess.run([QGIS_PY, str(REPO / "tests" / "qgis_check.py"), str(d), str(d / "frontier.gpkg"),
                        str(d / "frontier.qgz"), "--render", str(d / "render" / "gpkg.png")],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout)


COUNTS = {"districts": 2, "provinces": 1, "crossings": 4, "camps": 3, "bazaars": 1, "military": 1,
          "settlements": 1, "rivers": 1, "coordinates": 1, "mentions": 15, "border": 1, "frontier": 35}
SHAPES = {"crossings": "diamond", "camps": "triangle", "bazaars": "square", "military": "circle",
          "settlements": "circle", "coordinates": "circle"}


@pytest.mark.qgis
def test_qgis_loads_every_layer_styled(qgis_report):
    q = qgis_report
    want_layers = list(COUNTS)
    assert q["gpkg_sublayers"] == want_layers  # QGIS hides its layer_styles table
    qtype = {"str": "QString", "int": "int", "float": "double", "bool": "bool", "date": "QDate"}
    for name in want_layers:
        for kind in ("gpkg", "geojson"):  # the GeoPackage's layer_styles and the GeoJSON's .qml: the same style
            g = q[kind][name]
            assert g["valid"] and g["crs"] == "EPSG:4326" and g["features"] == COUNTS[name], (kind, name)
            assert g["geometry"] == LAYERS[name][0], name
            if name == "districts":
                assert g["renderer"] == "graduatedSymbol" and g["attr"] == "mention_count"
                assert [r[2] for r in g["ranges"]] == ["1 or more"]   # both districts are named once
                assert g["range_colors"] == ["#fecc5c"]  # palette.ramp(1), as on the web
            elif name in SHAPES:
                assert g["renderer"] == "RuleRenderer", name
                (f_exact, exact), (f_else, approx) = g["rules"]
                assert (f_exact, f_else) == ("\"precision\" IN ('exact', 'settlement')", "ELSE")
                assert exact["shapes"][0] == SHAPES[name] and approx["outline_styles"][0] == "dash", name
                assert P.qgis_rgba(P.POINT_COLORS[name]) in exact["colors"] + exact["outline_colors"], name
            else:
                assert g["renderer"] == "singleSymbol", name
            assert g["labels"] == (name not in ("mentions", "border")), name
        g = q["gpkg"][name]
        assert g["styles_for_layer"] == 1 and g["style_names"] == [f"pyanj {name}"], name
        assert g["fields"] == {"fid": "qlonglong", **{f: qtype[t] for f, t, _d in LAYERS[name][1]}}, name
        assert q["geojson"][name]["crs_valid"], name
    assert q["gpkg"]["rivers"]["symbol_layers"] == ["SimpleLine"]
    assert q["gpkg"]["provinces"]["outline_styles"] == ["dash"]
    # the coordinates cross-hair is drawn in colour (it was white on white)
    coord = q["gpkg"]["coordinates"]["rules"][0][1]
    assert coord["shapes"] == ["circle", "cross2"] and coord["outline_colors"] == ["123,50,148,255"] * 2


@pytest.mark.qgis
def test_qgis_project_crs_valid_and_renders_in_utm_and_wgs84(qgis_report):
    q = qgis_report
    assert q["project_read"] is True
    assert q["project_crs"] == {"valid": True, "authid": "EPSG:32642", "geographic": False}
    assert [n for n, _ok, _r in q["project_tree"]] == TREE
    assert all(ok for _n, ok, _r in q["project_tree"])
    assert q["project_tree"][-2:] == [["Mention density", True, "singlebandpseudocolor"],
                                      ["Relief (hillshade)", True, "singlebandgray"]]
    assert len(q["project_layer_crs"]) == len(TREE)
    assert all(c["valid"] for c in q["project_layer_crs"].values())
    assert q["project_layer_crs"]["Mention density"]["authid"] == "EPSG:32642"
    assert q["project_extent"] == [*(round(v, 3) for v in frontier_box()), "EPSG:4326"]
    for crs in ("EPSG:32642", "EPSG:4326"):
        r = q["project_render"][crs]
        assert r["saved"] and r["drawn"] > 0.5 * r["sampled"], crs   # relief and layers fill the view
        assert len(r["coordinates_px"]) == 1 and r["coordinates_px"][0] >= 40, crs   # the cross-hair is seen
    gp = q["render"]
    assert gp["saved"] and gp["drawn"] > 2000 and gp["coordinates_px"][0] >= 40


def test_cli_layers_writes_hillshade_density_and_project(tmp_path):
    from click.testing import CliRunner

    from pyanj.cli import main
    text = tmp_path / "a.txt"
    text.write_text("Trucks crossed at Sherkhan-Bandar into Kunduz. Traders reached Khorog.", encoding="utf-8")
    d = tmp_path / "L"
    r = CliRunner().invoke(main, ["layers", str(text), "-o", str(d), "--gpkg", str(d / "f.gpkg"), "--qgz",
                                  str(d / "f.qgz"), "--hillshade", str(d / "relief.tif"), "--density",
                                  str(d / "dens.tif")])
    assert r.exit_code == 0, r.output
    assert r.output.strip().splitlines()[-3:] == [str(d / "dens.tif"), str(d / "relief.tif"), str(d / "f.qgz")]
    sources = {ml.findtext("id"): ml.findtext("datasource") for ml in _qgs_at(d / "f.qgz").iter("maplayer")}
    assert (sources["hillshade_pyanj"], sources["density_pyanj"]) == ("./relief.tif", "./dens.tif")


def _qgs_at(qgz: Path) -> ET.Element:
    with zipfile.ZipFile(qgz) as z:
        return ET.fromstring(z.read(qgz.stem + ".qgs"))
