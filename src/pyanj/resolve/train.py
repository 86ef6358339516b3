"""Fit the resolver's weights on gold annotations: a conditional logit over each span's candidates.

Every span with several candidates, one of which is the gold place, is a choice: the model gives
candidate ``c`` the utility ``a * (prior_c + w · f_c)`` and the gold candidate the probability
``softmax(utilities)``. ``a`` (how sharp the choice is) and ``w`` are fitted by Newton's method on the
log-loss plus an L2 penalty that pulls ``w`` towards the typed weights (``lam/2 * ||a*w - a*typed||^2``,
convex in ``(a, a*w)``): evidence the gold never shows keeps its typed weight, evidence it contradicts
moves. No randomness, at most ``ITERATIONS`` steps, no BLAS-ordered sums: the same gold gives the same
bytes. The candidates' features are those the typed weights' resolution sees (a name resolved earlier
in a text is context for later ones), so a fit depends on the code and the gold only.

The decision constants (ambiguity margin, confidence shape) and the closeness scales stay typed: the
evaluator scores the chosen place, not the confidence, and the scales are not linear parameters.

``pyanj train`` (cli/train.py) labels the candidates with the evaluator's rule (evaluate.py) and writes
the result with :func:`write_weights`; ``pyanj geocode --weights FILE`` reads it back.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pyanj.io import atomic_path
from pyanj.resolve.features import FEATURES, SpanFeatures, linear_score, recording, weight_vector
from pyanj.resolve.pipeline import geocode
from pyanj.resolve.weights import TYPED, Weights

#: The L2 strength and Newton iterations ``pyanj train`` uses unless told otherwise.
L2 = 1.0
ITERATIONS = 50
#: Decimals of the weights written (and so of the weights used: a file read back is the file written).
DECIMALS = 6


@dataclass(slots=True)
class Choice:
    """One weighed span of a gold document: its candidates' priors and features, and which one is gold."""
    doc_id: str
    priors: list[float]
    features: list[list[float]]
    gold: int


@dataclass
class Fit:
    weights: Weights
    sharpness: float  # ``a``: utilities per unit of score
    choices: int
    candidates: int
    loss_typed: float  # mean log-loss of the gold candidate under the typed weights (at their best sharpness)
    loss: float  # … and under the fitted ones
    iterations: int
    l2: float


def geocode_recorded(text: str, doc_id, gz, weights: Weights | None = None):
    """(mentions, {(start, end): SpanFeatures}) of a text: its mentions and every weighed span's features."""
    with recording() as spans:
        mentions = geocode(text, doc_id, gz, weights=weights)
    return mentions, {(s.start, s.end): s for s in spans}


def choice(doc_id: str, sf: SpanFeatures, right: list[bool]) -> Choice | None:
    """The training choice of a span whose candidates are marked right or wrong: the gold candidate is the
    right one the typed weights score highest; other right ones are left out (they are not mistakes).
    None when no candidate, or every candidate, is right (nothing to learn)."""
    if not any(right) or all(right):
        return None
    w0 = weight_vector(TYPED)
    best = max((i for i, ok in enumerate(right) if ok), key=lambda i: (linear_score(sf.priors[i], sf.features[i], w0),
                                                                       -i))
    keep = [i for i, ok in enumerate(right) if not ok or i == best]
    return Choice(doc_id, [sf.priors[i] for i in keep], [sf.features[i] for i in keep], keep.index(best))


def _design(choices: list[Choice]):
    """(X rows [prior, features…], (start row of each choice, choice of each row, gold rows))."""
    rows, starts, gold = [], [], []
    for c in choices:
        starts.append(len(rows))
        gold.append(len(rows) + c.gold)
        rows.extend([p, *f] for p, f in zip(c.priors, c.features))
    x = np.array(rows, dtype=np.float64).reshape(len(rows), 1 + len(FEATURES))
    starts = np.array(starts, dtype=np.intp)
    group = np.repeat(np.arange(len(choices)), np.diff(np.append(starts, len(rows))))
    return x, (starts, group, np.array(gold, dtype=np.intp))


def _loss_grad_hess(theta, x, offset, groups, penalty, need_hess=True):
    """Summed log-loss of the gold rows under utilities ``offset + x theta``, plus ``theta' P theta / 2``;
    its gradient and Hessian. ``groups``: (start row of each choice, choice of each row, gold rows)."""
    starts, group, gold = groups
    u = offset + np.einsum("ij,j->i", x, theta)  # (einsum, not BLAS: the same sums in the same order anywhere)
    m = np.maximum.reduceat(u, starts)
    e = np.exp(u - m[group])
    z = np.add.reduceat(e, starts)
    loss = float(np.sum(np.log(z) + m - u[gold])) + 0.5 * float(theta @ penalty @ theta)
    p = e / z[group]
    mean = np.add.reduceat(x * p[:, None], starts)  # expected row per choice
    grad = mean.sum(axis=0) - x[gold].sum(axis=0) + penalty @ theta
    if not need_hess:
        return loss, grad, None
    hess = np.einsum("ij,ik->jk", x * p[:, None], x) - np.einsum("ij,ik->jk", mean, mean) + penalty
    return loss, grad, hess


def _newton(theta, x, offset, groups, penalty, iterations: int):
    """Damped Newton steps (halved until the loss falls), at most ``iterations``; (theta, loss, steps)."""
    loss, grad, hess = _loss_grad_hess(theta, x, offset, groups, penalty)
    done = 0
    for done in range(1, iterations + 1):
        step = np.linalg.solve(hess + 1e-9 * np.eye(len(theta)), grad)
        t = 1.0
        for _ in range(40):
            new = theta - t * step
            new_loss = _loss_grad_hess(new, x, offset, groups, penalty, need_hess=False)[0]
            if new_loss <= loss:
                break
            t *= 0.5
        else:
            break
        improved = loss - new_loss
        theta = new
        loss, grad, hess = _loss_grad_hess(theta, x, offset, groups, penalty)
        if improved <= 1e-12 * max(1.0, abs(loss)):
            break
    return theta, loss, done


def _penalty(centre: np.ndarray, lam: float) -> np.ndarray:
    """``P`` with ``theta' P theta = lam * ||v - a * centre||^2`` for ``theta = (a, v)``."""
    k = len(centre)
    b = np.zeros((k, k + 1))
    b[:, 0] = -centre
    b[:, 1:] = np.eye(k)
    return lam * (b.T @ b)


#: The least sharpness (utility per unit of score) a fit may have: below it the gold would say the
#: gazetteer prior hardly counts, and the weights (scores are prior + w · f) would grow without bound.
MIN_SHARPNESS = 1.0


def fit(choices: list[Choice], l2: float = L2, iterations: int = ITERATIONS, centre: Weights = TYPED) -> Fit:
    """The weights that make the gold candidates likeliest, pulled towards ``centre`` by ``l2``."""
    if not choices:
        raise ValueError("no span of the gold has several candidates among which the gold place is: nothing to fit")
    x, groups = _design(choices)
    c = np.array(weight_vector(centre), dtype=np.float64)
    k = len(c)
    zero = np.zeros(len(x))
    # the centre weights at their best sharpness: the baseline (and the start) of the fit
    typed = np.array([linear_score(p, f, tuple(c)) for ch in choices for p, f in zip(ch.priors, ch.features)])
    a0, loss_typed, _ = _newton(np.ones(1), typed[:, None], zero, groups, np.zeros((1, 1)), iterations)
    a0 = max(float(a0[0]), MIN_SHARPNESS)
    theta, _loss, steps = _newton(np.concatenate([[a0], a0 * c]), x, zero, groups, _penalty(c, l2), iterations)
    a = float(theta[0])
    if a < MIN_SHARPNESS:
        # held at the least sharpness: the gold's departures d from the centre, v = a (c + d), fitted alone
        a = MIN_SHARPNESS
        d, _loss, steps = _newton(np.zeros(k), a * x[:, 1:], a * typed, groups, l2 * a * a * np.eye(k), iterations)
        theta = np.concatenate([[a], a * (c + d)])
    w = np.round(theta[1:] / a, DECIMALS) + 0.0
    learned = Weights.from_dict({**centre.to_dict(), **{n: float(v) for n, v in zip(FEATURES, w)}})
    n = len(choices)
    data_loss = _loss_grad_hess(theta, x, zero, groups, np.zeros((k + 1, k + 1)), need_hess=False)[0]
    return Fit(learned, round(a, DECIMALS), n, int(x.shape[0]), round(loss_typed / n, DECIMALS),
               round(data_loss / n, DECIMALS), steps, l2)


def sha256(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def weights_json(result: Fit, command: str, files: list[str]) -> str:
    """The weights file's text: the command and the training files' sha256 that made it, the fit's figures
    and the learned weights (those of ``FEATURES``; the others keep their typed values when it is read),
    keys sorted, numbers rounded to ``DECIMALS``."""
    w = result.weights.to_dict()
    doc = {
        "command": command,
        "training_files": [{"path": f, "sha256": sha256(f)} for f in files],
        "model": "conditional logit over each span's candidates, L2 towards the typed weights",
        "fit": {"choices": result.choices, "candidates": result.candidates, "l2": result.l2,
                "iterations": result.iterations, "sharpness": result.sharpness,
                "log_loss_typed": result.loss_typed, "log_loss": result.loss},
        "weights": {k: round(w[k], DECIMALS) + 0.0 for k in FEATURES},
    }
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_weights(path, result: Fit, command: str, files: list[str]) -> None:
    text = weights_json(result, command, files)
    with atomic_path(Path(path)) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")
