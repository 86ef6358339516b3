"""Explicit coordinates written in texts: DMS, degree-minutes, decimal degrees, "lat, lon" pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from pyanj.text.prepare import Prepared, prepared
from pyanj.text.substrings import find_all

_DEG = r"(?:°|º|˚|\s*deg(?:rees?)?\.?)"
_MIN = r"(?:'|′|’|‘|`|´|\s*min\.?)"
_SEC = r"(?:\"|″|”|“|''|′′|’’|\s*sec\.?)"
_NUM = r"\d{1,3}(?:[.,]\d+)?"
#: Russian hemisphere words after a coordinate: "с. ш." / "ю. ш." (northern / southern latitude),
#: "в. д." / "з. д." (eastern / western longitude), with or without the spaces and the last full stop.
_RU_HEMI = {"lat": r"[сю]\.\s?ш\.?", "lon": r"[вз]\.\s?д\.?"}
_RU_SIGN = {"с": "N", "ю": "S", "в": "E", "з": "W"}


def _part(hemis: str, name: str) -> str:
    """One coordinate: degrees with optional minutes/seconds and a hemisphere before or after."""
    return (
        rf"(?P<{name}_pre>[{hemis}])?\s?"
        rf"(?P<{name}_d>\d{{1,3}}(?:\.\d+)?)(?:{_DEG}|\s)?\s?"
        rf"(?:(?P<{name}_m>\d{{1,2}}(?:[.,]\d+)?)\s?(?:{_MIN}|\s|(?![\w°]|[.,]\d))\s?"
        rf"(?:(?P<{name}_s>\d{{1,2}}(?:[.,]\d+)?)\s?(?:{_SEC})?)?)?"
        rf"\s?(?P<{name}_post>[{hemis}](?![а-яё])|{_RU_HEMI[name]})?"
    )


# Degrees with a symbol or a hemisphere letter: "37°29'26.8"N 71°33'32.2"E", "37 29 26.8 N, 71 33 32 E",
# "N37°29.45' E71°33.53'", "37.4908° N, 71.5589° E".
# An infobox may glue its label to the coordinate on either side ("Coordinates36°52′44″N 74°8′27″E",
# "71°ECoordinates"); a Russian hemisphere word ends with a full stop, which may touch the next word.
_DMS = re.compile(
    r"(?:(?<![\w.°])|(?<=[a-z])(?=\d{1,2}°))" + _part("NSns", "lat") + r"\s?[,;/]?\s{0,3}" + _part("EWew", "lon")
    + r"(?:(?![\w°])|(?<=[EW])(?=[A-Z][a-z])|(?<=\.))"
)
_DIGIT, _HEMI, _SPACE, _PRIME, _DEGREE = 1, 2, 4, 8, 16


def _classes() -> np.ndarray:
    """Character classes of the code points below U+3002 (higher ones are none of these)."""
    lut = np.zeros(0x3002, dtype=np.uint8)
    for i in range(0x3001):
        if chr(i).isspace():
            lut[i] = _SPACE
    lut[48:58] = _DIGIT
    lut[[ord("N"), ord("S")]] = _HEMI
    lut[[ord("'"), ord("’")]] = _PRIME
    lut[[ord(c) for c in "°º˚′″"]] = _DEGREE
    return lut


_CLASS = _classes()
_DEGREE_CODES = np.array([ord(c) for c in "°º˚′″"], dtype=np.uint32)
_DIGIT_DEG = re.compile(r"[0-9]\s*$")


def _anchors(text: str, codes: np.ndarray, digit: np.ndarray) -> list[int]:
    """Where a coordinate may be: a degree or prime sign, "deg" after a digit, or a hemisphere
    letter beside a digit ("26.8 N", "N37"). Found with array operations over the code points:
    a regex alternation over the whole text costs several times more."""
    # every anchor but a degree sign has a digit within two characters: look only around digits
    d = np.flatnonzero(digit)
    n = len(codes)
    if len(d):
        at = np.concatenate((d - 2, d - 1, d + 1, d + 2, d + 3))
        near = np.take(_CLASS, np.minimum(np.take(codes, np.clip(at, 0, n - 1)), len(_CLASS) - 1))
        near[(at < 0) | (at >= n)] = 0  # (beyond the text: no class)
        b2, b1, c1, c2, c3 = near.reshape(5, len(d))
        # digit, optional prime, optional space, hemisphere: "26.8N", "26.8 N", "33'N", "33’ N"
        after = (c1 == _HEMI) | ((c1 & (_SPACE | _PRIME)) > 0) & (c2 == _HEMI) | (c1 == _PRIME) & (
            c2 == _SPACE) & (c3 == _HEMI)
        # hemisphere, optional space, digit: "N37", "N 37" (the anchor is the letter)
        before1 = b1 == _HEMI
        before2 = (b1 == _SPACE) & (b2 == _HEMI)
        hit = np.concatenate((d[after], d[before1] - 1, d[before2] - 2))
    else:
        hit = d
    if any(c in text for c in "°º˚′″"):
        hit = np.concatenate((hit, np.flatnonzero(np.isin(codes, _DEGREE_CODES))))
    hit.sort()
    found = hit.tolist()
    for i in find_all(text, "deg"):  # "37 deg 29 min N"
        m = _DIGIT_DEG.search(text, max(0, i - 8), i)
        if m:
            found.append(m.start())
    return sorted(set(found))


def _dms_matches(text: str, codes: np.ndarray, digit: np.ndarray):
    """DMS matches, searched only around the places a degree sign or hemisphere letter occurs."""
    last_end = -1
    n = len(text)
    for a in _anchors(text, codes, digit):
        if a < last_end:
            continue
        lo = max(0, a - 20, last_end)
        for m in _DMS.finditer(text, lo, min(n, a + 64)):
            if m.end() <= a or m.start() < last_end:
                continue
            last_end = m.end()
            yield m
            break


def _has_pair_hint(text: str, codes: np.ndarray, digit: np.ndarray) -> bool:
    """Can the text hold a bare "37.4908, 71.5589" pair? (a digit, a point, two digits, then a comma or
    a semicolon: "38.46639; 70.79667" is how GeoHack-style pages write the pair)"""
    if ("," not in text and ";" not in text) or "." not in text:
        return False
    cand = digit[:-3] & (codes[1:-2] == 46) & digit[2:-1] & digit[3:]
    return any(_PAIR_HINT.match(text, i) for i in np.flatnonzero(cand).tolist())


# Bare decimal pairs: "37.4908, 71.5589", "38.46639; 70.79667" (at least 2 decimals each, to avoid
# ordinary numbers).
_PAIR_HINT = re.compile(r"[0-9]\.[0-9][0-9]+ *[,;] *-?[0-9]")
_PAIR = re.compile(r"(?<![\w.,;\-])(?P<lat>-?\d{1,2}\.(?P<lat_dec>\d{2,7}))\s*[,;]\s*"
                   r"(?P<lon>-?\d{1,3}\.(?P<lon_dec>\d{2,7}))(?![\w]|[.,;]-?\d)")
#: Words that announce a coordinate: with one of them before it, a short decimal pair counts too.
_PAIR_CUE = re.compile(r"(?:coordinates?|location|located|position|lat(?:itude)?|lon(?:gitude)?|gps|geo)\W{0,20}$",
                       re.I)


@dataclass(frozen=True)
class Coordinate:
    start: int
    end: int
    surface: str
    lat: float | None
    lon: float | None
    error: str | None = None  # why the value is not located (invalid minutes, latitude > 90 …)

    @property
    def valid(self) -> bool:
        return self.error is None


def _num(s: str | None) -> float | None:
    return None if s is None else float(s.replace(",", "."))


def _value(m: re.Match, name: str) -> tuple[float | None, str | None, str | None]:
    d, mi, se = _num(m.group(f"{name}_d")), _num(m.group(f"{name}_m")), _num(m.group(f"{name}_s"))
    hemi = (m.group(f"{name}_pre") or m.group(f"{name}_post") or "").upper() or None
    if hemi and hemi[0].lower() in _RU_SIGN:
        hemi = _RU_SIGN[hemi[0].lower()]
    if mi is not None and mi >= 60:
        return None, hemi, f"minutes {mi:g} >= 60"
    if se is not None and se >= 60:
        return None, hemi, f"seconds {se:g} >= 60"
    v = d + (mi or 0) / 60 + (se or 0) / 3600
    if hemi in ("S", "W"):
        v = -v
    return v, hemi, None


def find_coordinates(text: str | Prepared) -> list[Coordinate]:
    """Every explicit coordinate in ``text``, valid or flagged invalid, in document order."""
    prep = prepared(text)
    text, codes = prep.text, prep.codes
    out: list[Coordinate] = []
    taken: list[tuple[int, int]] = []
    digit = (codes - 48) <= 9  # (unsigned: code points below "0" wrap round to large values)
    for m in _dms_matches(text, codes, digit):
        s = m.group(0)
        has_symbol = any(c in s for c in "°º˚′″'\"’”") or "deg" in s
        has_hemi = bool((m.group("lat_pre") or m.group("lat_post")) and (m.group("lon_pre") or m.group("lon_post")))
        if not (has_hemi or (has_symbol and m.group("lat_m"))):
            continue
        if not has_symbol and not ("." in m.group("lat_d") or m.group("lat_m")):
            continue  # "Route 5 N 10 E": bare integers with letters are not a coordinate
        lat, _, e1 = _value(m, "lat")
        lon, _, e2 = _value(m, "lon")
        err = e1 or e2
        if err is None and not (-90 <= lat <= 90):
            err = f"latitude {lat:g} outside ±90"
        if err is None and not (-180 <= lon <= 180):
            err = f"longitude {lon:g} outside ±180"
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        out.append(Coordinate(start, end, text[start:end], None if err else round(lat, 6),
                              None if err else round(lon, 6), err))
        taken.append((start, end))
    for m in (_PAIR.finditer(text) if _has_pair_hint(text, codes, digit) else ()):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        # a bare decimal pair is a coordinate when it looks like one (4–7 decimals, as GPS and maps give
        # them) or when the text announces it ("Location: 37.49, 71.55"); else it is just numbers
        cue = _PAIR_CUE.search(text[max(0, m.start() - 40):m.start()])
        if not cue and (len(m.group("lat_dec")) < 4 or len(m.group("lon_dec")) < 4):
            continue
        lat, lon = float(m.group("lat")), float(m.group("lon"))
        err = None
        if not -90 <= lat <= 90:
            err = f"latitude {lat:g} outside ±90"
        elif not -180 <= lon <= 180:
            err = f"longitude {lon:g} outside ±180"
        out.append(Coordinate(m.start(), m.end(), m.group(0), None if err else lat, None if err else lon, err))
    out.sort(key=lambda c: c.start)
    return out


def format_dms(lat: float, lon: float) -> str:
    """``37°29'26.8"N 71°33'32.2"E``: the canonical name of a coordinate mention."""
    def one(v: float, pos: str, neg: str) -> str:
        h = pos if v >= 0 else neg
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = round(((v - d) * 60 - m) * 60, 1)
        if s >= 60:
            s, m = 0.0, m + 1
        if m >= 60:
            m, d = 0, d + 1
        return f"{d}°{m:02d}'{s:04.1f}\"{h}"
    return f"{one(lat, 'N', 'S')} {one(lon, 'E', 'W')}"
