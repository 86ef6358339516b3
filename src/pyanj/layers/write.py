"""Writers: RFC 7946 GeoJSON (byte-stable), CSV, one styled GeoPackage, and GeoDataFrames.

Every file is written to a temporary name beside its target and renamed into place, so a layer is
either complete or absent.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import sqlite3
from pathlib import Path

import numpy as np
import shapely

from pyanj.io import atomic_dir, atomic_path, staged_file
from pyanj.layers.schema import LAYERS, POINT_LAYERS


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m


def write_text(path: Path, text: str) -> None:
    """Atomic write, with the usual permissions (temporary files are created private)."""
    with atomic_path(Path(path)) as tmp:
        tmp.write_text(text, encoding="utf-8")
        os.chmod(tmp, 0o666 & ~_umask())


# -- GeoJSON ------------------------------------------------------------------------------------
def _coords(c):
    if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
        return [round(float(v), 6) for v in c[:2]]
    return [_coords(x) for x in c]


def geometry_json(g) -> dict | None:
    if g is None:
        return None
    m = shapely.geometry.mapping(g)
    return {"type": m["type"], "coordinates": _coords(m["coordinates"])}


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_dumps = _ENCODER.encode


def _geometries_json(geoms: list) -> list:
    """``geometry_json`` of each geometry; points (most features) in bulk, from one coordinates array."""
    arr = np.array(geoms, dtype=object)
    is_pt = shapely.get_type_id(arr) == 0
    xy = iter(shapely.get_coordinates(arr[is_pt]).tolist() if is_pt.any() else ())
    out = []
    for g, pt in zip(geoms, is_pt.tolist()):
        if pt:
            x, y = next(xy)
            out.append({"type": "Point", "coordinates": [round(x, 6), round(y, 6)]})
        else:
            out.append(geometry_json(g))
    return out


def geojson_text(layer: str, records) -> str:
    """A FeatureCollection, one feature per line; keys in schema order, so equal input -> equal bytes."""
    return "".join(geojson_pieces(layer, records))


def geojson_pieces(layer: str, records, advance=None):
    """``geojson_text`` in pieces, a chunk of features at a time (a layer that can encode itself by columns,
    like the mentions layer, does); ``advance(n)`` is told of each chunk's features."""
    chunks = records.geojson_lines() if hasattr(records, "geojson_lines") else [_feature_lines(records)]
    yield f'{{"type":"FeatureCollection","name":{_dumps(layer)},"features":[\n'
    sep = ""
    for lines in chunks:
        if lines:
            yield sep + ",\n".join(lines)
            sep = ",\n"
            if advance is not None:
                advance(len(lines))
    yield "\n]}\n"


def _feature_lines(records) -> list[str]:
    lines = []
    for (props, _g), geom in zip(records, _geometries_json([g for _p, g in records])):
        feat = {"type": "Feature", "id": props["id"], "properties": props, "geometry": geom}
        lines.append(_dumps(feat))
    return lines


def write_pieces(path: Path, pieces) -> None:
    """Atomic write of text given in pieces (never all of it in memory), with the usual permissions."""
    with atomic_path(Path(path)) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            for piece in pieces:
                fh.write(piece)
        os.chmod(tmp, 0o666 & ~_umask())


# -- CSV ----------------------------------------------------------------------------------------
def csv_text(layer: str, records) -> str:
    """Point layers for spreadsheets: the properties (lon/lat included), nulls as empty cells."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    names = [f for f, _t, _d in LAYERS[layer][1]]
    w.writerow(names)
    for props, _g in records:
        w.writerow(["" if props[k] is None else ("true" if props[k] is True else "false" if props[k] is False
                                                  else props[k]) for k in names])
    return buf.getvalue()


# -- GeoDataFrame -------------------------------------------------------------------------------
def to_geodataframe(layer: str, records):
    """Records -> GeoDataFrame (EPSG:4326) with typed columns: nullable Int32, float, boolean, datetime."""
    import geopandas as gpd
    import pandas as pd
    fields = LAYERS[layer][1]
    values, geoms = _columns_of(layer, records)
    cols = {}
    for name, t, _d in fields:
        vals = values[name]
        if t == "int":
            cols[name] = pd.array(vals, dtype="Int32")
        elif t == "float":
            cols[name] = pd.array([np.nan if v is None else v for v in vals], dtype="float64")
        elif t == "bool":
            cols[name] = pd.array(vals, dtype="boolean")
        elif t == "date":
            cols[name] = pd.to_datetime(pd.Series(vals, dtype="object"), format="%Y-%m-%d")
        else:
            cols[name] = pd.Series(vals, dtype="object")
    df = pd.DataFrame({k: (v.reset_index(drop=True) if isinstance(v, pd.Series) else v) for k, v in cols.items()})
    return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:4326")


def _columns_of(layer: str, records) -> tuple[dict, list]:
    """(field -> values, geometries) of a layer's records (the mentions layer's straight from its columns)."""
    names = [name for name, _t, _d in LAYERS[layer][1]]
    if not hasattr(records, "column_chunks"):
        return {name: [p[name] for p, _g in records] for name in names}, [g for _p, g in records]
    values: dict = {name: [] for name in names}
    geoms: list = []
    for cols, shapes in records.column_chunks():
        for name in names:
            values[name].extend(cols[name])
        geoms.extend(shapes)
    return values, geoms


def write_geoparquet(path: Path, layer: str, records) -> Path:
    """One layer as GeoParquet (typed columns as in the GeoPackage, WKB geometry, EPSG:4326 metadata)."""
    df = to_geodataframe(layer, records)
    with atomic_path(Path(path), suffix=".parquet") as tmp:
        df.to_parquet(tmp, index=False, compression="zstd", write_covering_bbox=False)
        os.chmod(tmp, 0o666 & ~_umask())
    return Path(path)


# -- GeoPackage ---------------------------------------------------------------------------------
#: Arrow types of the schema's field types.
_ARROW_TYPES = {"int": "int32", "float": "float64", "bool": "bool_", "date": "date32", "str": "string"}


def _arrow_batches(layer: str, records, raised: list | None = None):
    """The layer's records as a ``pyarrow.RecordBatchReader``, a chunk at a time (the geometry column
    ``geom``, WKB, promoted to the layer's Multi* type). ``raised`` gets what a batch raised (Ctrl-C
    among it): GDAL, reading the stream, reports any of them only as "Error while accessing batch"."""
    import pyarrow as pa
    fields = LAYERS[layer][1]
    gtype = LAYERS[layer][0]
    schema = pa.schema([pa.field(name, getattr(pa, _ARROW_TYPES[t])()) for name, t, _d in fields] +
                       [pa.field("geom", pa.binary())])
    if hasattr(records, "column_chunks"):  # (the mentions layer: its columns as they are)
        chunks = records.column_chunks()
    else:
        chunks = [({name: [p[name] for p, _g in records] for name, _t, _d in fields}, [g for _p, g in records])]

    def batches():
        try:
            for columns, shapes in chunks:
                cols = [_arrow_column(columns[name], t) for name, t, _d in fields]
                wkb = shapely.to_wkb(np.array([_promote(g, gtype) for g in shapes], dtype=object)) if shapes else []
                yield pa.record_batch(cols + [pa.array(list(wkb), pa.binary())], schema=schema)
        except GeneratorExit:
            raise
        except BaseException as e:
            if raised is not None:
                raised.append(e)
            raise
    return pa.RecordBatchReader.from_batches(schema, batches())


def _arrow_column(vals: list, t: str):
    import pyarrow as pa
    if t == "date":
        from datetime import date
        return pa.array([None if v is None else date.fromisoformat(v) for v in vals], pa.date32())
    if t == "bool":
        return pa.array([None if v is None else bool(v) for v in vals], pa.bool_())
    return pa.array(vals, getattr(pa, _ARROW_TYPES[t])())


def _promote(g, geometry_type):
    if g is None:
        return None
    if geometry_type == "MultiPolygon" and g.geom_type == "Polygon":
        return shapely.MultiPolygon([g])
    if geometry_type == "MultiLineString" and g.geom_type == "LineString":
        return shapely.MultiLineString([g])
    return g


LAYER_STYLES_DDL = """CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256),
 f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30),
 styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
 update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"""


def write_gpkg(path: Path, layers: dict) -> Path:
    """All layers in one GeoPackage plus a ``layer_styles`` table QGIS applies by default."""
    import pyogrio.errors

    path = Path(path)
    with atomic_path(path, suffix=".gpkg") as tmp:
        tmp.unlink()  # GDAL creates the file itself
        try:
            _fill_gpkg(tmp, layers)
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FieldError,
                sqlite3.Error) as e:
            # GDAL and SQLite report a full disk or an I/O error in their own words, without an errno
            why = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise OSError(f"cannot write {path}: {why}") from None
        finally:
            for side in ("-journal", "-wal", "-shm"):  # what an interrupted SQLite leaves beside the file
                Path(str(tmp) + side).unlink(missing_ok=True)
    return path


def _fill_gpkg(tmp: Path, layers: dict) -> None:
    """Each layer through pyogrio's Arrow path (``write_arrow``), as a stream of record batches: typed
    columns (INTEGER, REAL, BOOLEAN, DATE, TEXT) and WKB geometry, never all of a big layer at once."""
    import pyogrio.raw

    from pyanj.layers.styles import qml
    for i, (layer, records) in enumerate(layers.items()):
        gtype, _fields, desc = LAYERS[layer]
        raised = []
        try:
            pyogrio.raw.write_arrow(_arrow_batches(layer, records, raised), str(tmp), layer=layer, driver="GPKG",
                                    geometry_name="geom", geometry_type=gtype, crs="EPSG:4326", encoding="UTF-8",
                                    append=i > 0,
                                    # 1.2: what the GDAL under Debian's QGIS reads without complaint
                                    dataset_options=None if i else {"VERSION": "1.2"},
                                    layer_options={"IDENTIFIER": layer, "DESCRIPTION": desc, "FID": "fid"})
        except Exception:
            if raised:  # (an interrupt or error of ours inside the stream: itself, not GDAL's wrapper)
                raise raised[0] from None
            raise
    con = sqlite3.connect(tmp)
    try:
        with con:
            con.execute(LAYER_STYLES_DDL)
            con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) "
                        "VALUES ('layer_styles', 'attributes', 'layer_styles')")
            for layer in layers:
                con.execute("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                            "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                            "owner, ui) VALUES ('', '', ?, 'geom', ?, ?, '', 1, ?, '', NULL)",
                            (layer, f"pyanj {layer}", qml(layer, LAYERS[layer][0], records=layers[layer]),
                             f"pyanj default style for {layer}"))
            # GDAL stamps each table with the clock: the latest document date instead, so the
            # same inputs give the same bytes
            stamp = _stamp(layers)
            con.execute("UPDATE gpkg_contents SET last_change = ?", (stamp,))
            con.execute("UPDATE layer_styles SET update_time = ?", (stamp,))
    finally:
        con.close()
    os.chmod(tmp, 0o666 & ~_umask())


def _stamp(layers: dict) -> str:
    """The GeoPackage's change time: the latest document date among the records (a fixed one without)."""
    dates = [d for records in layers.values() for props, _g in records
             for d in (props.get("last_date"), props.get("doc_date")) if d]
    return f"{max(dates) if dates else GPKG_UNDATED}T00:00:00.000Z"


#: The change time written into a GeoPackage whose documents carry no date.
GPKG_UNDATED = "2000-01-01"


# -- the output directory -----------------------------------------------------------------------
def _check_creatable(path: Path) -> None:
    """Fail early (before any geocoding) when ``path``'s nearest existing ancestor is a file or read-only."""
    a = Path(os.path.abspath(path)).parent
    while not a.exists():
        a = a.parent
    if not a.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(a))
    if not os.access(a, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(a))


def check_output(out_dir: Path, force: bool = False, gpkg: Path | None = None, qgz: Path | None = None) -> None:
    """Refuse to overwrite: an existing non-empty directory (or GeoPackage) needs ``force``;
    a path that cannot be created raises the OSError now rather than after the work is done."""
    out_dir = Path(out_dir)
    if not out_dir.exists():
        _check_creatable(out_dir)
    for f in (gpkg, qgz):
        if f is not None and not Path(f).exists():
            _check_creatable(Path(f))
    if out_dir.exists():
        if not out_dir.is_dir():
            raise FileExistsError(f"{out_dir} exists and is not a directory")
        if not force and any(out_dir.iterdir()):
            raise FileExistsError(f"{out_dir} exists and is not empty (use --force to overwrite)")
    for f in (gpkg, qgz):
        if f is not None and Path(f).exists() and not force:
            raise FileExistsError(f"{f} exists (use --force to overwrite)")
    if qgz is not None and gpkg is None:
        raise ValueError("a QGIS project (--qgz) needs a GeoPackage (--gpkg) to open")


def write_files(layers: dict, out_dir: Path, gpkg=None, csv_: bool = False, qgz=None, rasters=None,
                parquet: bool = False, progress=None) -> list[Path]:
    """GeoJSON and its QGIS style (.qml) per layer (+ CSV of point layers, + GeoParquet, + GeoPackage, + a
    QGIS project with the ``rasters`` already written: name -> path). The folder is staged whole and swapped
    in (``pyanj.io.atomic_dir``): our own stale layer files go, anything else in it is kept."""
    from pyanj.layers.progress import QUIET
    from pyanj.layers.styles import qml
    steps = progress if progress is not None else QUIET
    out_dir = Path(out_dir)
    ours = {f"{layer}{ext}" for layer in LAYERS for ext in (".geojson", ".qml", ".csv", ".parquet")}
    final, beside = [], []  # beside: (staged, target) files outside the folder, put in place with it
    with atomic_dir(out_dir, keep=lambda name: name not in ours, with_files=beside) as stage:
        def staged(f):  # a GeoPackage or project asked for inside the folder is written with it
            f = Path(f)
            try:
                return stage / Path(os.path.abspath(f)).relative_to(os.path.abspath(out_dir))
            except ValueError:
                beside.append(staged_file(f))
                return beside[-1][0]
        # the GeoPackage first: the likeliest to fail
        if gpkg is not None:
            steps.step(f"writing {Path(gpkg).name}")
            write_gpkg(staged(gpkg), layers)
        for layer, records in layers.items():
            steps.step(f"writing {layer}.geojson", total=len(records))
            write_pieces(stage / f"{layer}.geojson", geojson_pieces(layer, records, steps.advance))
            # QGIS applies <layer>.qml beside <layer>.geojson when it opens the file
            write_text(stage / f"{layer}.qml", qml(layer, LAYERS[layer][0], records=records))
            final.append(out_dir / f"{layer}.geojson")
        if csv_:
            for layer, records in layers.items():
                if layer in POINT_LAYERS:
                    write_text(stage / f"{layer}.csv", csv_text(layer, records))
                    final.append(out_dir / f"{layer}.csv")
        if parquet:
            for layer, records in layers.items():
                write_geoparquet(stage / f"{layer}.parquet", layer, records)
                final.append(out_dir / f"{layer}.parquet")
        if gpkg is not None:
            final.append(Path(gpkg))
            if qgz is not None:
                write_qgz(staged(qgz), Path(gpkg), layers, rasters, final=Path(qgz))
                final.append(Path(qgz))
    return final


def write_qgz(path: Path, gpkg: Path, layers: dict, rasters: dict | None = None, final=None) -> Path:
    """A zipped QGIS project beside the GeoPackage (fixed timestamps, so reruns give the same bytes).
    ``final``: where the project will end up when ``path`` is a staged file (its references to the
    GeoPackage and rasters are relative to that place)."""
    import zipfile

    from pyanj.layers.project import qgs
    path, gpkg = Path(path), Path(gpkg)
    here = Path(final if final is not None else path).resolve().parent

    def rel(p):
        return os.path.relpath(Path(p).resolve(), here).replace(os.sep, "/")
    text = qgs(rel(gpkg), layers, rasters={k: ("./" + rel(v), Path(v)) for k, v in (rasters or {}).items()})
    with atomic_path(path, suffix=".qgz") as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(zipfile.ZipInfo(path.stem + ".qgs", date_time=(2020, 1, 1, 0, 0, 0)), text.encode("utf-8"),
                        compress_type=zipfile.ZIP_DEFLATED)
        os.chmod(tmp, 0o666 & ~_umask())
    return path
