"""GIS layers from mentions: one layer per feature class, aggregated per place (see docs/layers.md).

>>> from pyanj.layers import build_layers               # doctest: +SKIP
>>> gdfs = build_layers(pyanj.geocode("Trucks queued at Sherkhan-Bandar."))
>>> gdfs["crossings"][["name", "mention_count", "border_km"]]
"""

from __future__ import annotations

from pathlib import Path

from pyanj.gcpause import gc_paused
from pyanj.layers.schema import LAYERS, POINT_LAYERS

__all__ = ["build_layers", "write_layers", "read_mentions_jsonl", "is_mentions_jsonl", "LAYERS", "POINT_LAYERS"]

#: Bandwidth of the ``--density`` raster's Gaussian kernel.
DENSITY_BANDWIDTH_KM = 10.0
#: Only points at least this precise feed the density raster (country/province centroids would swamp it).
DENSITY_PRECISIONS = ("exact", "minute", "settlement", "district")


@gc_paused()
def build_layers(mentions, gazetteer=None, dem=None) -> dict:
    """Layer name -> GeoDataFrame (EPSG:4326), in output order; empty classes are absent."""
    from pyanj.gazetteer import load
    from pyanj.layers.build import build_records
    from pyanj.layers.write import to_geodataframe
    recs = build_records(mentions, gazetteer or load(), dem=dem)
    return {k: to_geodataframe(k, v) for k, v in recs.items()}


@gc_paused()
def write_layers(mentions, out_dir, gazetteer=None, force=False, gpkg=None, csv=False, dem=None,
                 density=None, qgz=None, hillshade=None, parquet=False, progress=None) -> list[Path]:
    """Write ``<layer>.geojson`` (and its ``.qml`` style) per non-empty layer into ``out_dir`` (+ CSV,
    GeoPackage, density and hillshade GeoTIFFs, and a QGIS project ``qgz`` opening the GeoPackage's
    layers and those rasters; ``parquet``: ``<layer>.parquet`` GeoParquet files too; ``progress``: a
    ``pyanj.layers.progress.Steps`` told of each step).

    No mentions -> nothing is written and ``[]`` returned.  An existing non-empty ``out_dir`` (or
    GeoPackage) raises FileExistsError unless ``force``.
    """
    from pyanj.gazetteer import load
    from pyanj.layers.build import build_records
    from pyanj.layers.columns import MentionColumns
    from pyanj.layers.progress import QUIET
    from pyanj.layers.write import check_output, write_files, write_qgz
    from pyanj.mention import Mention
    if not isinstance(mentions, MentionColumns) and (isinstance(mentions, (str, bytes))
                                                     or not hasattr(mentions, "__iter__")):
        raise TypeError(f"write_layers() takes mentions (pyanj.geocode's output), not {type(mentions).__name__}")
    if not isinstance(mentions, MentionColumns):
        mentions = list(mentions)
        if any(not isinstance(m, Mention) for m in mentions):
            raise TypeError("write_layers() takes Mention objects (pyanj.geocode's output)")
    if not len(mentions):
        return []
    check_output(Path(out_dir), force=force, gpkg=gpkg, qgz=qgz)
    steps = progress if progress is not None else QUIET
    steps.step("building layers")
    recs = build_records(mentions, gazetteer or load(), dem=dem)
    written = write_files(recs, Path(out_dir), gpkg=gpkg, csv_=csv, parquet=parquet, progress=steps)
    rasters = {}
    if density is not None:
        rasters["density"] = _write_density(recs.get("mentions", []), Path(density))
    if hillshade is not None:
        rasters["hillshade"] = _write_hillshade(Path(hillshade), dem)
    written.extend(rasters.values())
    if qgz is not None:
        written.append(write_qgz(Path(qgz), Path(gpkg), recs, rasters))
    return written


def _write_hillshade(path: Path, dem=None) -> Path:
    from pyanj.io import atomic_path
    from pyanj.terrain import write_hillshade
    with atomic_path(path, suffix=".tif") as tmp:
        write_hillshade(tmp, dem=dem)
    return path


def _write_density(mention_records, path: Path) -> Path:
    import warnings

    from pyanj.io import atomic_path
    from pyanj.terrain import TerrainCoverageWarning, write_density
    pts = [(p["lon"], p["lat"]) for p, _g in mention_records
           if p["lon"] is not None and p["precision"] in DENSITY_PRECISIONS
           and "reference" not in (p["flags"] or "").split("; ")]  # a cited title is no report of the place
    with atomic_path(path, suffix=".tif") as tmp, warnings.catch_warnings():
        # texts name far-away places (Moscow, Washington): the raster covers the frontier only
        warnings.simplefilter("ignore", TerrainCoverageWarning)
        write_density([x for x, _ in pts], [y for _, y in pts], tmp, bandwidth_km=DENSITY_BANDWIDTH_KM)
    return path


from pyanj.mention import is_mentions_jsonl, read_mentions_jsonl  # noqa: E402  (re-exported here)
