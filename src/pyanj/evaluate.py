"""Score the geoparser against gold toponym annotations (the rules of tests/data/README.md).

Recognition: precision/recall/F1 of predicted spans against gold spans, one-to-one,
a match when spans overlap (strict: identical offsets, reported too).
Resolution, end to end (a missed span is a miss): a COUNTRY span is right when the
predicted country code is right; any other located span is right when its country
agrees (where the gold names one) and the predicted point lies within the label's
tolerance, or, for a district or province, anywhere inside the polygon that holds the gold
point.  A gold span no reference locates is right when found with an agreeing
country.  Also: accuracy within 10/25/161 km and the median error over located
sub-country gold mentions.

The same rule marks which of a span's candidates are right, for ``pyanj train``
(:func:`training_choices`) and for the cross-validated figure (:func:`cross_validate`).
"""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path

from pyanj.gazetteer import haversine_km

TOLERANCE_KM = {
    "SETTLEMENT": 10, "CROSSING": 10, "FACILITY": 10, "COORDINATE": 1, "ADMIN2": 30, "PHYSICAL": 50,
    "ADMIN1": 150, "RIVER": 150, "ROAD": 150, "REGION": 250,
}


class GoldError(ValueError):
    """The gold file cannot be read."""


def read_gold(path: Path) -> list[dict]:
    """The documents of a gold JSONL file, every line checked (``GoldError`` naming the line and the key)
    so that a hand-edited file fails in one line, not deep inside the scoring."""
    path = Path(path)
    if not path.exists():
        raise GoldError(f"no such file: {path}")
    if path.is_dir():
        raise GoldError(f"{path}: is a directory, not a gold JSONL file")
    if not path.is_file():  # (a FIFO would block the read forever)
        raise GoldError(f"{path}: not a regular file")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise GoldError(f"cannot read {path}: {e.strerror or e}") from None
    docs = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line.decode("utf-8-sig" if n == 1 else "utf-8"))
        except UnicodeDecodeError:
            raise GoldError(f"{path}:{n}: not UTF-8") from None
        except (ValueError, RecursionError):
            raise GoldError(f"{path}:{n}: not JSON (or nested too deeply)") from None
        if not isinstance(d, dict) or "text" not in d or "spans" not in d:
            raise GoldError(f"{path}:{n}: a gold line needs 'text' and 'spans'")
        why = _gold_problem(d)
        if why:
            raise GoldError(f"{path}:{n}: {why}")
        docs.append(d)
    if not docs:
        raise GoldError(f"{path}: no documents")
    return docs


def _gold_problem(d: dict) -> str | None:
    """What is wrong with one gold document's types (see tests/data/README.md), or None."""
    if not isinstance(d["text"], str):
        return "'text' must be a string"
    if not isinstance(d["spans"], list):
        return "'spans' must be a list"
    if d.get("doc_id") is not None and not isinstance(d["doc_id"], (str, int)):
        return "'doc_id' must be a string"
    for i, sp in enumerate(d["spans"]):
        if not isinstance(sp, dict):
            return f"span {i} is not an object"
        for k in ("start", "end"):
            if not isinstance(sp.get(k), int) or isinstance(sp.get(k), bool):
                return f"span {i}: {k!r} must be an integer"
        if not 0 <= sp["start"] <= sp["end"] <= len(d["text"]):
            return f"span {i}: offsets {sp['start']}..{sp['end']} outside the text"
        for k in ("label", "surface"):
            if not isinstance(sp.get(k), str):
                return f"span {i}: {k!r} must be a string"
        for k in ("lat", "lon"):
            v = sp.get(k)
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v)):
                return f"span {i}: {k!r} must be a number or null"
        if (sp.get("lat") is None) != (sp.get("lon") is None):
            return f"span {i}: 'lat' and 'lon' go together"
        if sp.get("country") is not None and not isinstance(sp["country"], str):
            return f"span {i}: 'country' must be a string or null"
    return None


def _match(gold: list[dict], pred: list[dict], strict: bool) -> dict[int, int]:
    """One-to-one gold index -> predicted index, by largest overlap (or identical offsets)."""
    used: set[int] = set()
    out: dict[int, int] = {}
    for gi, g in enumerate(gold):
        best, best_ov = None, 0
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            if strict:
                if p["start"] == g["start"] and p["end"] == g["end"]:
                    best, best_ov = pi, 1
                    break
                continue
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > best_ov:
                best, best_ov = pi, ov
        if best is not None:
            used.add(best)
            out[gi] = best
    return out


#: Gold labels whose predicted point is right anywhere inside the polygon holding the gold point.
POLYGON_LEVELS = {"ADMIN2": "adm2:", "ADMIN1": "adm1:"}


def _admin_polygons(gz, prefix: str):
    """(ids, STRtree) of the gazetteer's polygons at one admin level, built once per gazetteer."""
    def build():
        import shapely
        ids = sorted(k for k in gz.geoms if k.startswith(prefix))
        return ids, shapely.STRtree([gz.geoms[k] for k in ids])
    return gz.derived(f"evaluate_polygons:{prefix}", build)


def _same_polygon(g: dict, p: dict, gz) -> bool:
    """Do the gold and the predicted point lie in one district/province polygon (at the gold's level)?"""
    prefix = POLYGON_LEVELS.get(g["label"])
    if prefix is None or gz is None or p.get("lat") is None:
        return False
    import shapely
    ids, tree = _admin_polygons(gz, prefix)
    holders = tree.query(shapely.Point(g["lon"], g["lat"]), predicate="within")
    pt = shapely.Point(p["lon"], p["lat"])
    return any(gz.geoms[ids[i]].covers(pt) for i in holders.tolist())


def _right(g: dict, p: dict, gz=None) -> tuple[bool, float | None]:
    """(resolved right, error km or None) for a matched pair."""
    if g["label"] == "COUNTRY":
        return p.get("country") == g.get("country"), None
    if g.get("country") is not None and p.get("country") != g["country"]:
        err = None
        if g.get("lat") is not None and p.get("lat") is not None:
            err = haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
        return False, err
    if g.get("lat") is None:
        return True, None
    if p.get("lat") is None:
        return False, None
    err = haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
    return err <= TOLERANCE_KM.get(g["label"], 10) or _same_polygon(g, p, gz), err


def _prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "predicted": npred,
            "gold": ngold}


def evaluate_docs(docs: list[dict], gazetteer=None, weights=None) -> dict:
    """The scores of the geoparser (with ``weights``, default the bundled ones) on gold documents."""
    from pyanj.gazetteer import load
    from pyanj.resolve import geocode

    gz = gazetteer or load()
    tot = {"tp": 0, "tp_strict": 0, "pred": 0, "gold": 0, "right": 0}
    labels: dict[str, dict] = {}
    errors, within = [], {10: 0, 25: 0, 161: 0}
    n_sub = 0
    misses, wrong, spurious = [], [], []
    for d in docs:
        gold = sorted(d["spans"], key=lambda s: s["start"])
        pred = [m.to_dict() for m in geocode(d["text"], d.get("doc_id"), gz, weights=weights)]
        match = _match(gold, pred, strict=False)
        strict = _match(gold, pred, strict=True)
        tot["tp"] += len(match)
        tot["tp_strict"] += len(strict)
        tot["pred"] += len(pred)
        tot["gold"] += len(gold)
        matched_pred = set(match.values())
        for pi, p in enumerate(pred):
            if pi not in matched_pred:
                spurious.append({"doc_id": d.get("doc_id"), "start": p["start"], "surface": p["surface"],
                                 "name": p["name"]})
        for gi, g in enumerate(gold):
            lab = labels.setdefault(g["label"], {"gold": 0, "found": 0, "right": 0})
            lab["gold"] += 1
            sub = g["label"] not in ("COUNTRY", "COORDINATE") and g.get("lat") is not None
            if sub:
                n_sub += 1
            if gi not in match:
                misses.append({"doc_id": d.get("doc_id"), "start": g["start"], "surface": g["surface"],
                               "label": g["label"]})
                continue
            lab["found"] += 1
            p = pred[match[gi]]
            ok, err = _right(g, p, gz)
            if ok:
                lab["right"] += 1
                tot["right"] += 1
            else:
                wrong.append({"doc_id": d.get("doc_id"), "start": g["start"], "surface": g["surface"],
                              "gold": g.get("name"), "gold_country": g.get("country"), "predicted": p.get("name"),
                              "predicted_country": p.get("country"),
                              "error_km": None if err is None else round(err, 1)})
            if sub and p.get("lat") is not None:
                e = haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
                errors.append(e)
                for k in within:
                    if e <= k:
                        within[k] += 1
    for lab in labels.values():
        lab["right_share"] = round(lab["right"] / lab["gold"], 4) if lab["gold"] else 0.0
        lab["recall"] = round(lab["found"] / lab["gold"], 4) if lab["gold"] else 0.0
    return {
        "documents": len(docs),
        "recognition": _prf(tot["tp"], tot["pred"], tot["gold"]),
        "recognition_strict": _prf(tot["tp_strict"], tot["pred"], tot["gold"]),
        "resolution": {"right": tot["right"], "gold": tot["gold"],
                       "right_share": round(tot["right"] / tot["gold"], 4) if tot["gold"] else 0.0},
        "accuracy_within_km": {str(k): round(v / n_sub, 4) if n_sub else 0.0 for k, v in within.items()},
        "median_error_km": round(statistics.median(errors), 2) if errors else None,
        "per_label": dict(sorted(labels.items())),
        "misses": misses,
        "wrong": wrong,
        "spurious": spurious,
    }


def evaluate_file(path: Path, gazetteer=None, weights=None) -> dict:
    return evaluate_docs(read_gold(path), gazetteer, weights)


def format_report(r: dict) -> str:
    rec, st, res = r["recognition"], r["recognition_strict"], r["resolution"]
    lines = [
        f"documents: {r['documents']}",
        f"recognition (overlap): P {rec['precision']:.3f}  R {rec['recall']:.3f}  F1 {rec['f1']:.3f}"
        f"  ({rec['tp']} matched, {rec['predicted']} predicted, {rec['gold']} gold)",
        f"recognition (strict):  P {st['precision']:.3f}  R {st['recall']:.3f}  F1 {st['f1']:.3f}",
        f"resolved right: {res['right_share']:.3f} ({res['right']}/{res['gold']})",
        "within km: " + "  ".join(f"{k}: {v:.3f}" for k, v in r["accuracy_within_km"].items()),
        f"median error (km): {r['median_error_km']}",
        "per label:",
    ]
    for k, v in r["per_label"].items():
        lines.append(f"  {k:11s} gold {v['gold']:4d}  found {v['recall']:.3f}  right {v['right_share']:.3f}")
    lines.append(f"misses: {len(r['misses'])}, wrong: {len(r['wrong'])}, spurious: {len(r['spurious'])}")
    return "\n".join(lines)


#: Place types located along their extent: a candidate of these types is judged at its point nearest the gold.
EXTENDED_TYPES = frozenset({"river", "road", "region", "physical"})


def candidate_right(g: dict, place, gz) -> bool:
    """Would the evaluator count ``place`` right for the gold span ``g``? (a river or range at the point
    of its line or area nearest the gold point, as the geocoder places it near the text's focus)"""
    cand = {"country": place.country, "lat": place.lat if place.located else None,
            "lon": place.lon if place.located else None}
    geom = gz.geoms.get(place.id) if place.feature_type in EXTENDED_TYPES else None
    if geom is not None and g.get("lat") is not None:
        import shapely
        pt = shapely.Point(g["lon"], g["lat"])
        near = pt if geom.covers(pt) else shapely.ops.nearest_points(geom, pt)[0]
        cand["lat"], cand["lon"] = near.y, near.x
    return _right(g, cand, gz)[0]


def doc_key(d: dict, n: int) -> str:
    """A gold document's id (its position when it has none)."""
    return str(d["doc_id"]) if d.get("doc_id") is not None else f"#{n}"


def training_choices(docs: list[dict], gz) -> list[list]:
    """Per document, the ``pyanj.resolve.train.Choice`` of every span the geocoder found, weighed among
    several candidates, and whose candidates include a right one (candidates' features as the typed
    weights see them)."""
    from pyanj.resolve.train import choice, geocode_recorded
    from pyanj.resolve.weights import TYPED
    out = []
    for n, d in enumerate(docs):
        key = doc_key(d, n)
        gold = sorted(d["spans"], key=lambda s: s["start"])
        mentions, spans = geocode_recorded(d["text"], d.get("doc_id"), gz, TYPED)
        pred = [{"start": m.start, "end": m.end} for m in mentions]
        got = []
        for gi, pi in sorted(_match(gold, pred, strict=False).items()):
            sf = spans.get((pred[pi]["start"], pred[pi]["end"]))
            if sf is not None:
                c = choice(key, sf, [candidate_right(gold[gi], gz.places[i], gz) for i in sf.ids])
                if c is not None:
                    got.append(c)
        out.append(got)
    return out


def fold_of(key: str, folds: int) -> int:
    """The cross-validation fold of a document: a stable hash of its id (the same on every machine and run)."""
    import hashlib
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") % folds


def _pooled(reports: list[dict]) -> dict:
    """Recognition and resolution over several reports' documents taken together."""
    tp = sum(r["recognition"]["tp"] for r in reports)
    npred = sum(r["recognition"]["predicted"] for r in reports)
    ngold = sum(r["recognition"]["gold"] for r in reports)
    right = sum(r["resolution"]["right"] for r in reports)
    return {"recognition": _prf(tp, npred, ngold),
            "resolution": {"right": right, "gold": ngold, "right_share": round(right / ngold, 4) if ngold else 0.0}}


def cross_validate(docs: list[dict], gazetteer=None, folds: int = 5, l2: float | None = None,
                   iterations: int | None = None) -> dict:
    """``folds``-fold cross-validation of ``pyanj train`` over documents: the weights are fitted on the
    other folds' documents and scored on the held-out fold's; folds by a stable hash of the doc_id. The
    typed weights are scored on the same documents beside them."""
    from pyanj.gazetteer import load
    from pyanj.resolve.train import ITERATIONS, L2, fit
    from pyanj.resolve.weights import TYPED
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    gz = gazetteer or load()
    l2 = L2 if l2 is None else l2
    iterations = ITERATIONS if iterations is None else iterations
    choices = training_choices(docs, gz)
    fold = [fold_of(doc_key(d, n), folds) for n, d in enumerate(docs)]
    learned, typed, per_fold = [], [], []
    for k in range(folds):
        held = [d for d, f in zip(docs, fold) if f == k]
        train = [c for cs, f in zip(choices, fold) if f != k for c in cs]
        if not held:
            continue
        w = fit(train, l2, iterations).weights
        learned.append(evaluate_docs(held, gz, w))
        typed.append(evaluate_docs(held, gz, TYPED))
        per_fold.append({"fold": k, "documents": len(held), "training_choices": len(train),
                         "right_share": learned[-1]["resolution"]["right_share"],
                         "typed_right_share": typed[-1]["resolution"]["right_share"]})
    return {"folds": folds, "documents": len(docs), "l2": l2, "learned": _pooled(learned), "typed": _pooled(typed),
            "per_fold": per_fold}


def format_cv(cv: dict) -> str:
    """The cross-validated figure as text: the held-out folds pooled, learned beside typed weights."""
    lines = [f"cross-validated: {cv['folds']} folds over {cv['documents']} documents (by a hash of doc_id), "
             f"weights fitted on the other folds"]
    for name in ("learned", "typed"):
        rec, res = cv[name]["recognition"], cv[name]["resolution"]
        lines.append(f"  {name:7s} held-out right {res['right_share']:.3f} ({res['right']}/{res['gold']})"
                     f"  F1 {rec['f1']:.3f} (P {rec['precision']:.3f} R {rec['recall']:.3f})")
    for f in cv["per_fold"]:
        lines.append(f"  fold {f['fold']}: {f['documents']:3d} documents, {f['training_choices']:4d} training "
                     f"choices: right {f['right_share']:.3f} (typed {f['typed_right_share']:.3f})")
    return "\n".join(lines)
