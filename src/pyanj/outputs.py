"""Mentions written in the formats of ``pyanj geocode --format``: JSONL (the default contract), GeoJSON
(RFC 7946), GeoJSON text sequences (RFC 8142, for ``fio``/``ogr2ogr`` pipes) and Parquet.

Every encoder is a module-level function of one mention, so worker processes can run it
(``pyanj.resolve.parallel``). In Parquet each sentence is stored once per row group (a dictionary-encoded
column the mentions reference by index), not once per mention as in JSONL.
"""

from __future__ import annotations

import json

from pyanj.mention import EXTRA_FIELDS, FIELDS, Mention

FORMATS = ("jsonl", "geojson", "geojsonseq", "parquet")
#: RFC 8142 record separator, written before each GeoJSON text of a sequence.
RS = "\x1e"
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_PROPERTIES = tuple(k for k in FIELDS + EXTRA_FIELDS if k not in ("lat", "lon"))
#: Mentions per Parquet row group (and per batch held in memory while writing).
ROW_GROUP = 65_536


def jsonl_line(m: Mention) -> str:
    """One line of ``pyanj geocode`` JSONL."""
    return m.to_json() + "\n"


def feature_json(m: Mention) -> str:
    """The mention as a GeoJSON Feature (a Point at lon/lat; null geometry when unlocated)."""
    geom = {"type": "Point", "coordinates": [m.lon, m.lat]} if m.located else None
    return _ENCODER.encode({"type": "Feature", "geometry": geom,
                            "properties": {k: getattr(m, k) for k in _PROPERTIES}})


def geojsonseq_record(m: Mention) -> str:
    """One RFC 8142 text: RS, the Feature, a line feed."""
    return RS + feature_json(m) + "\n"


def feature_record(m: Mention) -> str:
    """The mention as one member of a FeatureCollection's list: a comma, a line feed, the Feature (the
    first one's comma is dropped by ``write_chunks``)."""
    return ",\n" + feature_json(m)


def encoder(fmt: str):
    """The per-mention text encoder of a streamed format (None for Parquet, which is written by columns)."""
    return {"jsonl": jsonl_line, "geojson": feature_json, "geojsonseq": geojsonseq_record}.get(fmt)


def record_encoder(fmt: str):
    """The per-mention encoder whose outputs, one after another, are the format's body, so a document's
    mentions can be joined where they are geocoded (``write_chunks`` adds the GeoJSON frame)."""
    return {"jsonl": jsonl_line, "geojson": feature_record, "geojsonseq": geojsonseq_record}.get(fmt)


def write_chunks(fmt: str, chunks, fh) -> None:
    """Write the UTF-8 ``bytes`` of ``record_encoder(fmt)``'s mention texts, many at a time, to the binary
    file ``fh``: the same bytes as ``write_stream`` of the mentions one by one."""
    if fmt != "geojson":
        for chunk in chunks:
            fh.write(chunk)
        return
    fh.write(b'{"type": "FeatureCollection", "features": [')
    first = True
    for chunk in chunks:
        if first and chunk:
            chunk, first = chunk[1:], False  # (",\n" before the first Feature: "\n")
        fh.write(chunk)
    fh.write(b"\n]}\n")


def write_stream(fmt: str, encoded, fh) -> None:
    """Write already-encoded mentions (``encoder(fmt)`` of each) to the text file ``fh``."""
    if fmt != "geojson":
        for text in encoded:
            fh.write(text)
        return
    fh.write('{"type": "FeatureCollection", "features": [')
    sep = "\n"
    for text in encoded:
        fh.write(sep)
        fh.write(text)
        sep = ",\n"
    fh.write("\n]}\n")


def _schema():
    import pyarrow as pa
    s, i, f = pa.string(), pa.int64(), pa.float64()
    cand = pa.list_(pa.struct([("id", s), ("country", s), ("score", f)]))
    types = {"start": i, "end": i, "sentence": pa.dictionary(pa.int32(), s), "lat": f, "lon": f,
             "geo_precision": i, "where_prec": i, "confidence": f, "candidates": cand, "flags": pa.list_(s),
             "literal": pa.bool_(), "sentence_start": i, "sentence_end": i}
    return pa.schema([(k, types.get(k, s)) for k in FIELDS + EXTRA_FIELDS])


def _table(rows: list[Mention], schema):
    import pyarrow as pa
    cols = []
    for k, field in zip(schema.names, schema):
        values = [getattr(m, k) for m in rows]
        if k == "sentence":
            cols.append(pa.array(values, pa.string()).dictionary_encode())
        else:
            cols.append(pa.array(values, field.type))
    return pa.Table.from_arrays(cols, schema=schema)


def write_parquet(mentions, path) -> int:
    """Mentions to a Parquet file, streamed in row groups; the number written."""
    import pyarrow.parquet as pq
    schema = _schema()
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as w:
        rows: list[Mention] = []
        for m in mentions:
            rows.append(m)
            if len(rows) >= ROW_GROUP:
                w.write_table(_table(rows, schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            w.write_table(_table(rows, schema))
            n += len(rows)
    return n


def read_parquet(path) -> list[Mention]:
    """Mentions back from ``write_parquet``'s file."""
    import pyarrow.parquet as pq
    out = []
    for d in pq.read_table(str(path)).to_pylist():
        d["candidates"] = [dict(c) for c in d["candidates"] or []]
        d["flags"] = list(d["flags"] or [])
        out.append(Mention.from_dict(d))
    return out
