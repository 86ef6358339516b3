"""Organisation and project names that hold a place's name without naming the place.

The guideline leaves out "organisation or unit names containing a place". ``spans._is_org`` knows the
names that end in an organisation word ("Kulob Institute") or run "Ministry … of X"; this module adds
three shapes it does not see, each decided with plain string tests before any regex:

- a name right after a capitalised organisation word: "EU Border Management Badakhshan",
  "Aga Khan Foundation Tajikistan" (the country office);
- a name right after such a name, the same organisation's ("… Management Badakhshan Afghanistan",
  "Central Asia-South Asia …");
- a name opening a project's or programme's title that the text marks as a title, by "the" before it
  or an acronym in brackets after it: "the Central Asia-South Asia Electricity Transmission and Trade
  Project (CASA-1000)". A title-case headline ("Tajikistan Launches Water Project") has neither.
"""

from __future__ import annotations

import re

#: Capitalised words that, right before a place's name, make it part of an organisation's name.
#: (Not "Today", "Post", "Times" …: those also open sentences or end headlines.)
ORG_BEFORE_WORDS = frozenset({
    "management", "foundation", "bank", "agency", "ministry", "committee", "council", "institute", "university",
    "programme", "program", "project", "initiative", "mission", "office", "delegation", "embassy", "consulate",
    "fund", "trust", "network", "association", "society", "corporation", "company", "directorate",
})
#: The heads that end a project's title.
PROJECT_HEADS = ("Project", "Programme", "Program", "Initiative")
_PROJECT_AFTER = re.compile(r"(?:[ \t\-]+(?:[A-Z][\w’'\-]*|and|of|for|the|&)){0,8}?[ \t\-]+"
                            r"(?:Project|Programme|Program|Initiative)\b([ \t]*\([A-Z])?")


def org_name_around(text: str, start: int, end: int, prev: str, org_end: int) -> bool:
    """Whether the name at ``start:end`` is part of an organisation's or project's name (the module's
    three shapes); ``prev`` is the word before it as written, ``org_end`` where the last name this
    rule dropped ended (-1: none)."""
    gap = text[start - 1:start] if start else ""
    if gap in (" ", "-") and org_end == start - 1:
        return True  # the next name of the same organisation's name
    if gap == " " and prev[:1].isupper() and prev.lower() in ORG_BEFORE_WORDS and text[start - 2:start - 1].isalpha():
        return True
    return _opens_project_title(text, end, prev)


def _opens_project_title(text: str, end: int, prev: str) -> bool:
    nxt = text[end:end + 1]
    if nxt not in (" ", "-") or not text[end + 1:end + 2].isupper():
        return False
    window = text[end:end + 160]
    if not any(h in window for h in PROJECT_HEADS):
        return False
    m = _PROJECT_AFTER.match(text, end, end + 160)
    return bool(m) and (prev.lower() == "the" or m.group(1) is not None)
