"""The language of a document, from its script (enough to tell the languages this frontier is written in).

English texts pay nothing for Russian support: the Russian rules run only where this says "ru".
"""

from __future__ import annotations

import numpy as np

#: Letters only Tajik writes in Cyrillic (ғ ӣ қ ӯ ҳ ҷ, either case).
_TAJIK = np.array([0x493, 0x4E3, 0x49B, 0x4EF, 0x4B3, 0x4B7, 0x492, 0x4E2, 0x49A, 0x4EE, 0x4B2, 0x4B6], dtype=np.uint32)


def detect_lang(codes: np.ndarray) -> str:
    """"ru" (or "tg") for a text mostly in Cyrillic, "fa" for one mostly in Arabic script, else "en".

    ``codes`` are the text's code points (``pyanj.text.normalize.code_points``)."""
    if not len(codes):
        return "en"
    # (unsigned wrap-around: one comparison counts a range) no Cyrillic nor Arabic letter: English, decided cheaply
    if not np.count_nonzero((codes - np.uint32(0x400)) < np.uint32(0x300)):
        return "en"
    latin = int(np.count_nonzero(((codes >= 0x41) & (codes <= 0x7A)) | ((codes >= 0xC0) & (codes < 0x250))))
    cyr = int(np.count_nonzero((codes >= 0x400) & (codes < 0x530)))
    arab = int(np.count_nonzero((codes >= 0x600) & (codes < 0x700)))
    if cyr > latin and cyr >= arab:
        tajik = int(np.count_nonzero(np.isin(codes, _TAJIK)))
        return "tg" if tajik * 100 > cyr else "ru"
    if arab > latin:
        return "fa"
    return "en"
