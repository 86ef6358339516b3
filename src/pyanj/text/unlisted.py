"""Names the gazetteer lacks, found from the words around them; and "X, Country" read as two names.

Frontier texts name many villages, jamoats, passes and posts no open gazetteer lists, but the words
around them say what they are: "Khayom village", "kishlak Vujun", "the villages of Sayod, Khur and Vujun",
"the Somon border crossing", "Khayom, a village on the Panj", a dateline "KHAYOM, Tajikistan --", a
list whose other members are known places ("Khandud, Gazkhan, Sarhad"). Each becomes a :class:`Span`
with no gazetteer ids, the cue word's cue and the flag ``not_in_gazetteer`` (``pyanj.resolve.unlisted``
places it). People, organisations, units and titles stay out by the span finder's own rules; ordinary
capitalised words by ``UNLISTED_STOP``, by the text writing them in lower case, and headlines in title
case are left alone. An alias that carries its country ("Ishkashim, Afghanistan") is split in two: the
guideline counts two mentions, and the country stays the name's bank hint."""

from __future__ import annotations

import bisect
import re

import ahocorasick

from pyanj.text.normalize import join_key, normalize
from pyanj.text.prepare import Prepared
from pyanj.text.spans import Span, _is_given_name, _is_org, _is_person, _prev_word
from pyanj.text.vocab import DATELINE as _DATELINE, DEMONYMS, PERSON_SUFFIXES
from pyanj.text.vocab import PERSON_TITLES, TITLE_DOT as _TITLE_DOT, UNLISTED_APPOSITIVE, UNLISTED_APPOSITIVE_NEXT
from pyanj.text.vocab import UNLISTED_BEFORE, UNLISTED_BEFORE_LIST_ONLY, UNLISTED_BREAKS as _BREAKS, UNLISTED_HEADS
from pyanj.text.vocab import UNLISTED_LIST_TYPES as _LIST_TYPES, UNLISTED_PARTICLES, UNLISTED_PLURALS
from pyanj.text.vocab import UNLISTED_SCAN_WORDS, UNLISTED_SMALL_WORDS as _SMALL_WORDS, UNLISTED_STOPS as _STOPS

FLAG = "not_in_gazetteer"
#: The flag of a name found only as a member of a list of known places.
LIST_FLAG = "list_member"

#: A word of a name: a letter, then letters, digits, apostrophes, or hyphens followed by a letter.
_TOKEN = re.compile(r"[^\W\d_](?:[\w’'ʼ‘]|-(?=[^\W\d_]))*")
_GAP = re.compile(r"[ \t]+")  # between the words of one name
_HEAD_GAP = re.compile(r"[ \t]{1,2}|[ \t]*\n[ \t]*|-")  # between a name and its head ("Khayom-village")
_LIST_GAP = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_LIST_GAP_END = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$")
_LIST_OPEN = re.compile(r"\s*(?::|[—–―]|-{1,2}(?=\s)|\()\s*")  # "villages of Darvoz district – A, B"
_APPOSITION = re.compile(r"(?:,|[ \t][—–])[ \t]+(?:a|an|the)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}$")
_APPOSITION_NEXT = re.compile(r"[ \t]*(?:$|[,.;:)!?\n]|([a-z]+)\b)")
_DATELINE_UNITS = frozenset({"country", "admin1"})  # what may follow a dateline's town: "KHAYOM, Tajikistan —"
_SPACES = re.compile(r"[ \t]*")
_DASH_NEAR = re.compile(r"[—–―-][ \t]")
_CUE_TAIL = re.compile(r"[ \t]+(of|in)\b", re.I)
_ADMIN_JOIN = re.compile(r"[’']s\s+|\s+(?:district|province|region|oblast)\b|,\s+(?=[A-Z])")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,8})\)")
_CAMEL = re.compile(r"[a-z]{2}[A-Z]")
_MAX_WORDS = 4
_AUTOMATON = None


def _scanner():
    """The automaton of every cue word, padded with the fold separator (built once)."""
    global _AUTOMATON
    if _AUTOMATON is None:
        a = ahocorasick.Automaton()
        for w in UNLISTED_SCAN_WORDS:
            a.add_word(f" {w} ", w)
        a.make_automaton()
        _AUTOMATON = a  # (set once made: a half-built automaton is never seen)
    return _AUTOMATON


def add_unlisted(prep: Prepared, spans: list[Span], gz) -> list[Span]:
    """``spans`` with "X, Country" aliases split in two and the names the gazetteer lacks added, in order."""
    if any("," in s.surface or "(" in s.surface for s in spans):
        spans = [t for s in spans for t in split_country(prep.text, s, gz)]
    found = _Finder(prep, spans, gz).run()
    return sorted(spans + found, key=lambda s: s.start) if found else spans


# -- "X, Country" ---------------------------------------------------------------------------------
_COUNTRY_TAIL = re.compile(r"^(.*?[^\s,(])\s*(?:,|\()\s*([^,()]+?)\)?$")


def split_country(text: str, sp: Span, gz) -> list[Span]:
    """["Ishkashim", "Afghanistan"] for the alias "Ishkashim, Afghanistan" (or "Ishkashim (Afghanistan)"):
    the name keeps the alias's places and takes the country as its hint; the country is its own span."""
    m = _COUNTRY_TAIL.match(sp.surface)
    if not m:
        return [sp]
    ckey = join_key(m.group(2))
    ids = gz.index.get(ckey)
    if not ids or len(ids) != 1 or gz.places[ids[0]].feature_type != "country":
        return [sp]
    cs = sp.start + m.start(2)
    ce = cs + len(m.group(2))
    name_end = sp.start + m.end(1)
    country = Span(cs, ce, text[cs:ce], ckey, list(ids), prev_word=_prev_word(text, cs), group=sp.group)
    sp.end, sp.surface = name_end, text[sp.start:name_end]
    sp.country_hint = gz.places[ids[0]].country
    return [sp, country]


# -- names from the words around them ---------------------------------------------------------------
class _Finder:
    """One text's search for unlisted names: the cue words' hits, the names they type, their lists."""

    def __init__(self, prep: Prepared, spans: list[Span], gz):
        self.prep, self.text, self.gz = prep, prep.text, gz
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.ends = [s.end for s in spans]
        self.new: list[Span] = []
        self.bare: dict[int, str] = {}  # id(span) -> the name without a head it was written with
        self.taken: list[tuple[int, int]] = []
        self.lower_words: dict[str, bool] = {}
        self.title_lines: dict[int, bool] = {}

    def run(self) -> list[Span]:
        for pos, end, word in self._hits():
            if word in UNLISTED_HEADS or word in UNLISTED_PLURALS:
                self._before_head(pos, end, word)
            if word in UNLISTED_HEADS or word in UNLISTED_APPOSITIVE:
                self._apposition(pos, end, word)
            self._after_cue(pos, end, word)
        if len(self.spans) > 1:
            self._lists()
        self._datelines()
        if self.new:
            self._propagate()
            self._list_tails()
        return self.new

    def _hits(self):
        """(start, end, cue word) of every cue word in the text, the longest at each start."""
        folded, index = self.prep.folded, self.prep.index
        best: dict[int, tuple[int, str]] = {}
        for e, w in _scanner().iter(folded):  # e: the folded offset of the separator after the word
            if e - len(w) not in best or len(w) > len(best[e - len(w)][1]):
                best[e - len(w)] = (e, w)
        return [(int(index[s]), int(index[e - 1]) + 1, w) for s, (e, w) in sorted(best.items())]

    # "Khayom village", "Sayod, Khur and Vujun villages", "the Somon border crossing"
    def _before_head(self, pos: int, end: int, word: str) -> None:
        text = self.text
        k = pos
        while k > 0 and text[k - 1] in " \t\n-":
            k -= 1
        k -= (quoted := int(1 < k < pos and text[k - 1] in "”\"" and text[k - 2].isalpha()))  # ("“Murchak” village")
        if k == pos or k == 0 or not text[k - 1].isalpha():
            return
        ki = _at(self.ends, k)
        if ki is None:
            j = k
            while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "’'ʼ‘-"):
                j -= 1
            if not text[j].isupper() or _stop(text[j:k], _BREAKS):
                return  # "the district", "mountain villages", "The district": no name before it (most hits)
        if not _HEAD_GAP.fullmatch(text, k + quoted, pos):
            return
        plural = word in UNLISTED_PLURALS
        cue = UNLISTED_HEADS[UNLISTED_PLURALS.get(word, word)][0]
        head = text[pos:end]
        cap_head = False  # a capitalised head joins the name ("Khayom Village"); "BCP" stays outside
        if head[0].isupper():
            if (head.isupper() and len(head) > 4) or self._cap_after(end):
                return  # a headline in capitals, "Village Council", "Border Post Commander"
            cap_head = not head.isupper()
        if ki is not None:  # a known name before the head: only a list's earlier members can be new
            if plural:
                self._list_before(self.starts[ki], cue)
            return
        run = self._run_before(k)
        if run is not None and self._add(run[0], end if cap_head else run[1], cue, run[2], run[1]) and plural:
            self._list_before(run[0], cue)

    def _list_before(self, start: int, cue: str | None) -> None:
        """The earlier members of a list whose member starting at ``start`` is known or added."""
        for _ in range(12):
            k = self._gap_before(start)
            if k is None:
                break
            ki = _at(self.ends, k)
            if ki is not None:
                start = self.starts[ki]
                continue
            run = self._run_before(k)
            if run is None or not self._add(run[0], run[1], cue, run[2], run[1]):
                break
            start = run[0]

    def _gap_before(self, start: int) -> int | None:
        """Where the list separator (", ", " and ") ending at ``start`` begins, or None."""
        text = self.text
        if text[start - 1:start] not in (" ", "\t", ","):
            return None  # (the common case, decided without a regex)
        m = _LIST_GAP_END.search(text, max(0, start - 8), start)
        return m.start() if m else None

    # "Khayom, a village on the Panj", "Nijni Pyandzh, the southern border crossing with …"
    def _apposition(self, pos: int, end: int, word: str) -> None:
        text = self.text
        if not text[pos].islower() or (text.rfind(",", pos - 60, pos) < 0 and text.rfind("—", pos - 60, pos) < 0):
            return
        n = _APPOSITION_NEXT.match(text, end)
        if not n or (n.group(1) and n.group(1) not in UNLISTED_APPOSITIVE_NEXT):
            return  # (a noun after the head makes it an adjective: "Nazarov, the village chairman")
        a = _APPOSITION.search(text, max(0, pos - 60), pos)
        k = a.start() if a else 0
        if k == 0 or _at(self.ends, k) is not None or not text[k - 1].isalpha():
            return
        run = self._run_before(k)
        if run is None or text[run[0]:run[1]].lower().endswith(PERSON_SUFFIXES):
            return  # "… Saidov, a village teacher": a person
        cue = (UNLISTED_HEADS.get(word) or UNLISTED_APPOSITIVE[word])[0]
        self._add(run[0], run[1], cue, run[2], run[1])

    # "the village of X", "kishlak X", "the villages of X, Y and Z", "villages in Vanj district: X, Y"
    def _after_cue(self, pos: int, end: int, word: str) -> None:
        text = self.text
        if not text[pos].islower():
            return
        m = _CUE_TAIL.match(text, end) if text[end:end + 1] in (" ", "\t") else None
        phrase, p = (f"{word} {m.group(1).lower()}", m.end()) if m else (word, end)
        if phrase not in UNLISTED_BEFORE:
            phrase, p = word, end
            if phrase not in UNLISTED_BEFORE:
                return
        p = _SPACES.match(text, p).end()
        head = UNLISTED_BEFORE[phrase]
        plural = head in UNLISTED_PLURALS
        cue = UNLISTED_HEADS[UNLISTED_PLURALS.get(head, head)][0]
        q = self._skip_known(p) if plural else p
        o = _LIST_OPEN.match(text, q) if q != p else None
        if o:  # "villages of Gorno Badakhshan’s Darvoz district – A, B and C"
            p = o.end()
        elif phrase in UNLISTED_BEFORE_LIST_ONLY:
            return
        hint = self._demonym_before(pos)
        for _ in range(12 if plural else 1):
            ki = _at(self.starts, p)
            if ki is not None:
                p = self.ends[ki]
            else:
                cued = phrase in _OF_CUES
                run = self._run_after(p, cued)
                if run is None or not self._add(run[0], run[1], cue, hint, run[1], cued=cued):
                    return
                p = run[1]
            g = _LIST_GAP.match(text, p)
            if not g or not text[g.end():g.end() + 1].isupper():
                return
            p = g.end()

    def _skip_known(self, p: int) -> int:
        """The end of the known names (and their heads) from ``p``: "Gorno Badakhshan’s Darvoz district"."""
        q = p
        for _ in range(4):
            ki = _at(self.starts, q)
            if ki is None:
                break
            q = self.ends[ki]
            m = _ADMIN_JOIN.match(self.text, q)
            if m:
                q = m.end()
        return q

    # lists whose known members are places of one kind: "passing through Khandud, Gazkhan, Sarhad and …"
    def _lists(self) -> None:
        text, spans, gz, ends = self.text, self.spans, self.gz, self.ends
        i, n = 0, len(spans)
        while i < n:
            e = ends[i]
            if not text.startswith((",", " and ", " or "), e) \
                    or not any(gz.places[x].feature_type in _LIST_TYPES for x in spans[i].ids):
                i += 1  # (most names: no list after them, or a list of countries)
                continue
            chain, unknown = self._chain(i)
            i = chain[-1] + 1
            if not unknown or len(chain) < 2 or len(unknown) >= len(chain):
                continue  # (known members are the majority, and of one kind, on one side: a list of places)
            types = set.intersection(*({gz.places[x].feature_type for x in spans[k].ids} for k in chain))
            sides = set.intersection(*({gz.places[x].country for x in spans[k].ids} for k in chain))
            if types & _LIST_TYPES and sides:
                for s, e, hint in unknown:
                    if not self.text[s:e].lower().endswith(PERSON_SUFFIXES):  # "Khorog, Saidov and …": people
                        self._add(s, e, None, hint, e, flags=(LIST_FLAG,))

    def _chain(self, i: int):
        """(indices of the known names, runs of the unknown ones) of the list known name ``i`` starts."""
        text = self.text
        chain, unknown = [i], []
        p = self.ends[i]
        for _ in range(12):  # members after it
            if not (text[p:p + 1] == "," or text.startswith((" and ", " or "), p)):
                break  # (most names: no list after them)
            g = _LIST_GAP.match(text, p)
            if not g:
                break
            ki = _at(self.starts, g.end())
            if ki is not None:
                chain.append(ki)
                p = self.ends[ki]
                continue
            run = self._run_after(g.end()) if text[g.end():g.end() + 1].isupper() else None
            if run is None or self._overlaps(run[0], run[1]):
                break
            unknown.append(run)
            p = run[1]
        start = self.starts[i]
        for _ in range(12 if len(chain) > 1 else 0):  # members before it
            k = self._gap_before(start)
            if k is None or _at(self.ends, k) is not None:
                break
            run = self._run_before(k)
            if run is None or self._overlaps(run[0], run[1]):
                break
            unknown.append(run)
            start = run[0]
        return chain, unknown

    # datelines: "KHAYOM, Tajikistan -- …", "VUJUN (Reuters) — …"
    def _datelines(self) -> None:
        text = self.text
        for ps, pe in self.prep.segments.paragraphs:
            c = text[ps:ps + 2]  # a city in capitals, or a name and a comma: decided before the regex runs
            if not c[:1].isupper() or not (c.isupper() or text.find(",", ps, ps + 40) >= 0) \
                    or not _DASH_NEAR.search(text, ps, ps + 90):
                continue
            m = _DATELINE.match(text, ps, min(pe, ps + 90))
            if not m or not m.group(1)[0].isupper() or self._overlaps(m.start(1), m.end(1)):
                continue
            ki = _at(self.starts, m.start(2)) if m.group(2) else None
            places = [self.gz.places[i] for i in self.spans[ki].ids] if ki is not None else []
            if (not m.group(2) and not m.group(1).isupper()) or (m.group(2) and (  # "VUJUN (Reuters) —"
                    ki is None or self.ends[ki] != m.end(2) or not {p.feature_type for p in places} & _DATELINE_UNITS)):
                continue
            hint = places[0].country if places and len({p.country for p in places}) == 1 else None
            self._add(m.start(1), m.end(1), "dateline", hint, m.end(1), dateline=True)

    # later mentions of a name found once: "KHAYOM, Tajikistan -- When the night falls in Khayom"
    def _propagate(self) -> None:
        text, folded, index = self.text, self.prep.folded, self.prep.index
        seen: dict[str, Span] = {}
        for sp in self.new:  # the name as written ("Tigrovaya Balka Nature Reserve"), and without its head
            seen.setdefault(normalize(sp.surface), sp)
            seen.setdefault(normalize(self.bare.get(id(sp), sp.surface)), sp)
        for name, src in sorted(seen.items(), key=lambda kv: -len(kv[0])):
            pat = f" {name} "  # (the folded text: its words between separators, whatever the case or marks)
            i = folded.find(pat)
            while i >= 0:
                s, e = int(index[i + 1]), int(index[i + len(pat) - 2]) + 1
                i = folded.find(pat, i + 1)
                prev = _prev_word(text, s)  # (a capitalised word before or after: part of a longer name)
                if not text[s].isupper() or self._overlaps(s, e) or self._cap_after(e) or (
                        prev[:1].isupper() and prev.lower() not in _STOPS and text[s - 2:s].strip() == ""):
                    continue
                self._add(s, e, src.cue, src.country_hint, e, again=True, flags=tuple(src.flags[1:]))

    # the last member of a list whose others were found: "four villages, namely, Ittifoq, Mash’al, Vahdat and
    # Toshurobod" (Ittifoq and Mash’al found unlisted before, Vahdat a listed name): the name after "and" is one more
    def _list_tails(self) -> None:
        text = self.text
        members = sorted([(sp.start, sp.end, sp) for sp in self.new]
                         + [(s, e, None) for s, e in zip(self.starts, self.ends)], key=lambda m: m[0])
        for (s0, e0, n0), (s1, e1, n1) in zip(members, members[1:]):
            src = n0 or n1
            if src is None or LIST_FLAG in src.flags or not text.startswith(",", e0) \
                    or not _LIST_GAP.fullmatch(text, e0, s1) or not text.startswith(" and ", e1):
                continue  # (two found names, one unlisted, a comma between them, "and" after the second)
            p = e1 + 5
            if not text[p:p + 1].isupper() or _at(self.starts, p) is not None:
                continue
            run = self._run_after(p)
            if run is None or self._overlaps(run[0], run[1]) or text[run[1]:run[1] + 1] not in (".", ",", ";", ""):
                continue  # (the list ends with the name: "… and Toshurobod.")
            if not text[run[0]:run[1]].lower().endswith(PERSON_SUFFIXES):
                self._add(run[0], run[1], src.cue, src.country_hint, run[1], flags=(LIST_FLAG,))

    # -- the words of a name ---------------------------------------------------------------------------
    def _run_before(self, k: int):
        """(start, end, demonym hint) of the capitalised name ending at ``k``, or None."""
        text = self.text
        toks = list(_TOKEN.finditer(text, max(0, k - 120), k))
        if not toks or toks[-1].end() != k:
            return None
        run: list = []
        hint = None
        i = len(toks) - 1
        while i >= 0:
            t = toks[i]
            if run and not _GAP.fullmatch(text, t.end(), run[0].start()):
                break
            w = t.group()
            if _stop(w, _BREAKS):  # "In Vujun village", "the Afghan Andemin village": the name starts after it
                low = w.lower()
                hint = DEMONYMS.get(low[:-1] if low.endswith("s") and low[:-1] in DEMONYMS else low)
                break
            if not (w[0].isupper() or (w.lower() in UNLISTED_PARTICLES and run and i > 0
                                       and toks[i - 1].group()[0].isupper())):
                break
            run.insert(0, t)
            i -= 1
        while run and _stop(run[0].group()):
            run.pop(0)  # "Mullah Khur": a title, then (``_add`` sees it before the name) a person
        return self._checked(run, hint)

    def _run_after(self, p: int, cued: bool = False):
        """(start, end, None) of the capitalised name starting at ``p``, or None (``cued``: after "the village of",
        where a title or given name may open the name: "Khan Tepa")."""
        text = self.text
        run: list = []
        for t in _TOKEN.finditer(text, p, min(len(text), p + 120)):
            if (run and not _GAP.fullmatch(text, run[-1].end(), t.start())) or (not run and t.start() != p):
                break
            w = t.group()
            if not (w[0].isupper() or (run and w.lower() in UNLISTED_PARTICLES)) or _stop(w, _BREAKS):
                break
            if not run and _stop(w) and not (cued and _stop(w, _TITLE_OPENERS)):
                return None
            run.append(t)
            if len(run) > _MAX_WORDS:
                return None
        while run and not run[-1].group()[0].isupper():
            run.pop()
        if run and text[run[-1].end():run[-1].end() + 1] in (" ", "\t") and self._cap_after(run[-1].end()):
            return None  # a capitalised stop word follows: the words run on ("Sayod Border Guards")
        return self._checked(run, None)

    def _checked(self, run, hint):
        if not run or len(run) > _MAX_WORDS or not run[0].group()[0].isupper():
            return None
        words = [t.group() for t in run]
        if words[-1].endswith(("’s", "'s")) or (len(words) == 1 and words[0].isupper() and len(words[0]) <= 5) \
                or any(_CAMEL.search(w) for w in words):
            return None  # a possessive; "WFP": an abbreviation; "DistrictDarvoz": words run together (an infobox)
        return run[0].start(), run[-1].end(), hint

    # -- the rules that keep a name out ---------------------------------------------------------------
    def _add(self, s: int, e: int, cue: str | None, hint: str | None, name_end: int, *, dateline: bool = False,
             again: bool = False, flags=(), cued: bool = False) -> bool:
        """Add the name ``text[s:e]`` (``text[s:name_end]`` without its head) unless a rule keeps it out
        (``again``: a name found before, in a line of its own or a headline too)."""
        text, gz = self.text, self.gz
        if self._overlaps(s, e):
            return False
        surface, bare = text[s:e], text[s:name_end]
        key = join_key(bare)
        words = bare.split()
        # (after "the village(s) of", a title or given name opening a name of two words or more is the village's:
        # "Khan Tepa", "Sayed Esmayel")
        first_stops = _BREAKS if cued and len(words) > 1 and _stop(words[0], _TITLE_OPENERS) else _STOPS
        if not key or key in gz.index or join_key(surface) in gz.index or _stop(words[0], first_stops) \
                or any(_stop(w, _BREAKS) for w in words[1:]):
            return False  # (a name the gazetteer knows: the span finder has had its say)
        if not (dateline or again) and self._title_line(s):
            return False  # a headline in title case: every word is capitalised
        prev = _prev_word(text, s)
        pl = prev.lower().rstrip(".")
        if _TITLE_DOT.search(text, max(0, s - 6), s):
            return False  # "Mr. Sayod", "Gen. Khur"
        if not dateline:
            if pl in PERSON_TITLES or _is_given_name(text, s, prev) or _is_org(text, s, name_end, False, prev):
                return False
            if prev[:1].isupper() and pl not in _STOPS and _is_person(text, s, name_end):
                return False
        if not again and " " not in bare and "-" not in bare and (bare.endswith("ing") or self._lower(bare)):
            return False  # "Remote villages", "Building bridges": a word the text writes in lower case
        a = _ACRONYM_AFTER.match(text, e)
        if a and len(a.group(1)) > len(surface.split()):
            return False  # "Islamic State of Khorasan Province (ISKP)": part of a longer name
        sp = Span(s, e, surface, key, [], cue, hint, True, [FLAG, *flags], prev.lower() == "the", prev)
        self.new.append(sp)
        self.bare[id(sp)] = bare
        bisect.insort(self.taken, (s, e))
        return True

    def _lower(self, word: str) -> bool:
        """Does the text write ``word`` in lower case somewhere?"""
        low = word.lower()
        if low not in self.lower_words:
            text, n, i = self.text, len(low), self.text.find(low)
            while i >= 0 and (text[i - 1:i].isalnum() or text[i - 1:i] == "-" or text[i + n:i + n + 1].isalnum()
                              or text[i + n:i + n + 1] == "-"):
                i = text.find(low, i + 1)
            self.lower_words[low] = i >= 0
        return self.lower_words[low]

    def _title_line(self, s: int) -> bool:
        """Is the line holding ``s`` a headline in title case (4+ words, the words that are not small nearly all
        capitalised, no full stop at its end)?"""
        text = self.text
        a = text.rfind("\n", max(0, s - 200), s) + 1
        b = text.find("\n", s, s + 200)
        if (a == 0 and s > 200) or (b < 0 and len(text) > s + 200):
            return False  # (a line of 200+ characters is no headline)
        got = self.title_lines.get(a)
        if got is None:
            b = b if b >= 0 else len(text)
            words = [w for w in _TOKEN.findall(text, a, b) if w.lower() not in _SMALL_WORDS]
            caps = sum(1 for w in words if w[0].isupper())
            ends = text[a:b].rstrip()[-1:] in ".!?"  # (a sentence full of names ends as a sentence)
            got = self.title_lines[a] = len(words) >= 4 and caps >= 0.8 * len(words) and not ends
        return got

    def _overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.ends, s + 1)
        if i < len(self.starts) and self.starts[i] < e:
            return True
        j = bisect.bisect_left(self.taken, (s, e))
        return any(a < e and s < b for a, b in self.taken[max(0, j - 1):j + 1])

    def _cap_after(self, e: int) -> bool:
        """Is the next word (same line, no punctuation between) capitalised?"""
        m = _NEXT_WORD.match(self.text, e)
        return bool(m and m.group(1).isupper())


    def _demonym_before(self, pos: int) -> str | None:
        """"the Afghan (border) city of": the country the demonym before a cue phrase names."""
        w = _prev_word(self.text, pos).lower()
        return DEMONYMS.get(w) or DEMONYMS.get(_prev_word(self.text, pos - len(w) - 1).lower())


def _at(offsets: list[int], p: int) -> int | None:
    """The index of the known name starting (or ending) at ``p``, if one does."""
    i = bisect.bisect_left(offsets, p)
    return i if i < len(offsets) and offsets[i] == p else None


#: Cue phrases after which the name is the village's, even when it opens with a title or given name.
_OF_CUES = frozenset({"village of", "villages of", "hamlet of", "hamlets of"})
#: The titles and given names that open village names ("Khan Tepa", "Sayed Abad", "Mir Khel", "Haji Abad").
_TITLE_OPENERS = frozenset({"khan", "sayed", "sayyid", "mir", "haji", "hajji", "shah", "sheikh", "mullah"})


def _stop(word: str, stops: frozenset = _STOPS) -> bool:
    low = word.lower()
    return low in stops or low.split("-")[0] in stops or low.rstrip("’'") in stops
