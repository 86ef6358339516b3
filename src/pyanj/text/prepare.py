"""The prepared text: a document's text with everything recognition reads, made once per text.

Matching, coordinates, sentence look-ups and cue searches all read the same folded copy, code points
and segments; building them once here (instead of each finder remembering "the last text seen")
keeps every step a plain function of its inputs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pyanj.text.lang import detect_lang
from pyanj.text.normalize import code_points, fold_text
from pyanj.text.segment import Segments, segment


@dataclass(frozen=True, slots=True)
class Prepared:
    """``text`` with its ``codes`` (code points), ``folded`` copy + ``index`` back to ``text``
    offsets (see ``fold_text``), its sentence/paragraph ``segments`` and its language."""

    text: str
    codes: np.ndarray
    folded: str
    index: np.ndarray
    segments: Segments
    lang: str = "en"


def prepare(text: str) -> Prepared:
    """Prepare ``text`` once for every recognition step."""
    codes = code_points(text)
    folded, index = fold_text(text, codes)
    return Prepared(text, codes, folded, index, segment(text), detect_lang(codes))


def prepared(text_or_prep) -> Prepared:
    """A ``Prepared`` as it is, or a str prepared now (the finders accept either)."""
    return text_or_prep if isinstance(text_or_prep, Prepared) else prepare(text_or_prep)
