"""GeoJSON features encoded column by column: the bytes of ``json`` with the writers' options, made from
one list per field instead of one dict per feature (the mentions layer of a big corpus).

Each column is encoded by the rule for its values' types (str, int, float, bool, null), each distinct
string once; a column holding anything else is encoded value by value with the writers' encoder, so
the output is always what ``json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
allow_nan=False)`` gives for the same feature dict.
"""

from __future__ import annotations

import json
import math

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_dumps = _ENCODER.encode
_encode_str = json.encoder.encode_basestring
_NONE = type(None)


def encode_column(vals: list) -> list[str]:
    """The JSON text of each value of ``vals``."""
    types = set(map(type, vals))
    if types <= {str, _NONE}:
        enc = dict.fromkeys(vals)  # each distinct value encoded once
        for v in enc:
            enc[v] = "null" if v is None else _encode_str(v)
        return list(map(enc.__getitem__, vals))
    if types == {int}:
        return list(map(int.__repr__, vals))
    if types <= {int, _NONE}:
        return ["null" if v is None else int.__repr__(v) for v in vals]
    if types == {float} and all(map(math.isfinite, vals)):
        return list(map(float.__repr__, vals))
    if types <= {float, int, _NONE} and all(math.isfinite(v) for v in vals if type(v) is float):
        return ["null" if v is None else float.__repr__(v) if type(v) is float else int.__repr__(v) for v in vals]
    if types <= {bool, _NONE}:
        return ["null" if v is None else "true" if v else "false" for v in vals]
    return [_dumps(v) for v in vals]  # (anything else, and NaN's ValueError, as the encoder has them)


def point_json(pt) -> str:
    """A (lon, lat) point (or None) as ``geometry_json`` writes it: coordinates rounded to 6 decimals."""
    if pt is None:
        return "null"
    return f'{{"type":"Point","coordinates":[{float.__repr__(round(float(pt[0]), 6))},' \
           f'{float.__repr__(round(float(pt[1]), 6))}]}}'


def feature_lines(columns: list[list], names, geometries: list[str]) -> list[str]:
    """One GeoJSON Feature line per row: ``{"type":"Feature","id":<id>,"properties":{...},"geometry":...}``
    with the properties ``names`` (the first is ``id``) from ``columns`` and the encoded ``geometries``."""
    if not geometries:
        return []
    props = ",".join(f"{_dumps(n)}:%s" for n in names)
    template = '{"type":"Feature","id":%s,"properties":{' + props + '},"geometry":%s}'
    encoded = [encode_column(col) for col in columns]
    return [template % row for row in zip(encoded[0], *encoded, geometries)]
