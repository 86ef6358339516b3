"""A name the text itself calls another name of a place: "the Afghan Pamir, known in Persian as the Bam-e
Dunya", "Zorkul, known to the British as Lake Victoria", "Dushanbe, called Stalinabad until 1961",
"Хорог, также известный как …". The writer says the second name is the first place's, so it takes the
first one's reading whatever its own (a homonym elsewhere in the world, a range the name also means).

Only the name right after "as" (after "the" at most) is the other name: "known as the gateway to the
Pamirs" names no other name of the place, nor does "known as Tajikistan's …" (a country is never the other
name, nor is a coordinate).
"""

from __future__ import annotations

import re

from pyanj.resolve.parenthetical import _take_reading

#: The words between a name and its other name: ", also known (locally / in Persian / to the British) as (the)",
#: "became known as", ", called", ", известный как", "называемый"; a generic word the recogniser leaves out of
#: the other name may stand before it ("as Lake Victoria", "как озеро Виктория").
KNOWN_AS = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:also|later|locally|commonly|better|once|formerly|often|became|is|was|are|were|then|now)[ \t]+){0,2}"
    r"(?:(?:known|called|named)(?:[ \t]+(?:locally|in[ \t]+\w+|to[ \t]+(?:the[ \t]+)?\w+|by[ \t]+(?:the[ \t]+)?\w+))?"
    r"[ \t]+as|called|named)[ \t]+(?:the[ \t]+)?(?:(?:Lake|Mount|River|Peak)[ \t]+)?"
    r"|[ \t]*,?[ \t]*(?:(?:также|ранее|иначе)[ \t]+)?(?:известн\w+[ \t]+(?:\w+[ \t]+)?как|называем\w+|именуем\w+)[ \t]+"
    r"(?:(?:озер\w*|рек\w*|гор\w*|пик\w*)[ \t]+)?")
#: How far after a name its "known as" phrase may end (characters).
REACH = 48
_NEVER = frozenset({None, "country", "coordinate"})


def known_as(text: str, mentions) -> None:
    """Give the name a "known as" phrase calls another name of the place before it that place's reading;
    flag ``alternative_name``."""
    if len(mentions) < 2:
        return
    cued = None  # (whether the text has a cue word at all: searched for only once a gap between two names holds one)
    for i in range(len(mentions) - 1):
        m1, m2 = mentions[i], mentions[i + 1]
        if m1.feature_type in _NEVER or m2.feature_type in _NEVER or not m1.located or m2.start - m1.end > REACH:
            continue
        gap = text[m1.end:m2.start]
        if not _CUES.search(gap):  # (most pairs: no cue word between them)
            continue
        if cued is None:
            cued = _CUES.search(text) is not None
        if not cued:
            return
        got = KNOWN_AS.match(text, m1.end, m2.start)
        if got is None or got.end() != m2.start or m2.place_id == m1.place_id:
            continue
        _take_reading(m2, m1)


_CUES = re.compile(r"(?i)\b(?:known|called|named|известн|называем|именуем)")
