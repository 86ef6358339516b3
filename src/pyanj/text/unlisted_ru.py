"""Names the gazetteer lacks in Russian texts, found from the Russian generic word written before them.

The Russian counterpart of ``pyanj.text.unlisted``'s cue rules ("в селе Дованг", "перевал Хабурабат",
"погранзаставой «Саригор»"); the spans it makes are placed by ``pyanj.resolve.unlisted``.
"""

from __future__ import annotations

import re

from pyanj.text.normalize import join_key
from pyanj.text.russian import _words_before, head_cue, russian_org
from pyanj.text.russian_units import post_name
from pyanj.text.spans import Span, _prev_word
from pyanj.text.unlisted import FLAG

__all__ = ["russian_unlisted"]


# -- names the gazetteer lacks, from the Russian generic word before them ------------------------------
#: Cues a generic word before an unknown name gives it ("в селе Дованг", "перевал Хабурабат",
#: "погранзаставой “Саригор”"), as the unlisted-name finder names them.
_UNLISTED_CUES = {"village": "village", "pass": "pass", "valley": "valley", "base": "border post",
                  "district": "district", "camp": "camp"}
_CAP_NAME = re.compile(r"[«“\"]?([А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?)[»”\"]?(?![\w.])")


def russian_unlisted(text: str, spans: list, gz) -> list:
    """Spans (flag ``not_in_gazetteer``) for capitalised Cyrillic names the gazetteer lacks written right
    after a Russian generic word (its every case: "села Овез уезда Хохон", "в населённом пункте Пули
    Моманд"); they are placed at the admin unit the text puts them in (``pyanj.resolve.unlisted``)."""
    taken = [(sp.start, sp.end) for sp in spans]
    out = []
    for m in _CAP_NAME.finditer(text):
        s, e = m.span(1)
        if s and text[s - 1].isalnum() or any(a < e and s < b for a, b in taken):
            continue
        words = _words_before(text, m.start(), 2)
        cue = head_cue(words[-1]) if words and words[-1][:1].islower() else None
        if cue is None and len(words) == 2 and words[-1] == "пункте" and head_cue(words[0]) is None:
            cue = "village" if words[0].startswith("населен") else None
        if cue not in _UNLISTED_CUES or join_key(m.group(1)) in gz.index and not (cue == "base" and post_name(text, s)) \
                or russian_org(text, s):
            continue  # (a listed name quoted after a post's word is the post's: "заставы «Бахорак»")
        out.append(Span(s, e, text[s:e], join_key(text[s:e]), [], _UNLISTED_CUES[cue], None, True, [FLAG], False,
                        _prev_word(text, s)))
    return out
