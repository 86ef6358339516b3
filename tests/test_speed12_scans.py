"""Session 12's faster scans give what the scans they replace gave: each is checked against the plain regex or
loop it stands for, on texts of our own and on random texts of the characters that matter (a fixed seed)."""

import random
import re

import pytest

import pyanj
from pyanj.text import fuzzy, glued
from pyanj.text.normalize import code_points
from pyanj.text.russian import _is_org_word, _org_stems, _words_before, morph_parses
from pyanj.text.russian_coord import _COLON_LIST, _colon_lists

#: The scans as they were written before (the look-behinds the engine tried at every position).
_GLUED_BEFORE = re.compile(r"(?<![\w’'\-])(?:[A-Z][a-z]+){2,4}(?![\w’'\-])")


def _random_texts(alphabet, n, longest, seed=12):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest)))


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_glued_words_are_the_look_behind_regex_matches():
    text = "LocationAfghanistanPakistan border; xLocationTajikistan; JavaScript and McDonald’sTajikistan, -AbcDef"
    assert [m.group() for m in glued._glued_words(text, code_points(text))] == ["LocationAfghanistanPakistan",
                                                                               "JavaScript"]
    for t in _random_texts(list("AbCdZz ’'-_1é\n[`") + ["Afghanistan", "Location", "xY"], 20000, 30):
        assert _spans(glued._glued_words(t, code_points(t))) == _spans(_GLUED_BEFORE.finditer(t)), t


def test_joined_names_are_the_look_behind_regex_matches():
    text = "Kuran wa Munjan and xKeran wa Munjan, Dahan e Ghori; Lal wa Sarjangal-e"
    # (not "Keran wa Munjan" glued to the x before it)
    assert [m.group() for m in fuzzy._joined_names(text)] == ["Kuran wa Munjan", "Dahan e Ghori", "Lal wa Sarjangal-e"]
    for t in _random_texts(list("AbCd ’'-_1é\n") + [" wa ", " e ", "Munjan", "Kuran", " i "], 20000, 25):
        assert _spans(fuzzy._joined_names(t)) == _spans(fuzzy._JOINED.finditer(t)), t


def test_colon_lists_are_the_regex_matches():
    text = "служат хребты Памирских гор: Шахдаринский и Южно-Аличурский на севере; трех хребтов: Дарвазского"
    got = [m.group(1) for m in _colon_lists(text)]
    assert got == [m.group(1) for m in _COLON_LIST.finditer(text)] == ["служат хребты Памирских гор", "трех хребтов"]
    alphabet = list("аб Вг\t-:.;\nx ") + ["слово ", "Хребтов", ": ", "Хребтовыыыыыыыыыыыыыыыыыыыыыыыыыы", " " * 30]
    for t in _random_texts(alphabet, 20000, 60):
        assert _spans(_colon_lists(t)) == _spans(_COLON_LIST.finditer(t)), t


def test_words_before_stop_at_the_last_stop():
    assert _words_before("Он сказал. В Хороге", 13, 3) == ["В"]
    assert _words_before("Граница «Министерства обороны Таджикистана", 30, 6) == ["Министерства", "обороны"]

    def before(chunk):  # (the loop it replaces)
        for stop in ".!?;:\n«»\"(":
            chunk = chunk.rpartition(stop)[2]
        return chunk.split()
    for t in _random_texts(list("аб в.!?;:\n«»\"( x"), 20000, 30):
        assert _words_before(t, len(t), 99) == before(t[-80:]), t


def test_organisation_words_by_stem():
    stems = _org_stems()
    assert _is_org_word("министерства", stems) and _is_org_word("архива", stems)
    assert not _is_org_word("советского", stems)  # (the stem "совет" and five letters more: no case ending)
    assert not _is_org_word("хорог", stems) and not _is_org_word("", stems)


def test_morph_readings_are_kept_per_word():
    assert morph_parses("Тем") is morph_parses("Тем")
    assert morph_parses("Тем")[0].tag.POS in ("CONJ", "NPRO", "PREP", "PRCL", "ADVB", "NOUN")


def test_rivers_are_placed_the_same_with_their_measures_kept():
    text = "Khorog lies on the Panj River. Boats crossed the Panj River near Ishkashim."
    gz = pyanj.load_gazetteer()
    first = [(m.surface, m.lat, m.lon, m.flags) for m in pyanj.geocode(text, gazetteer=gz)]
    again = [(m.surface, m.lat, m.lon, m.flags) for m in pyanj.geocode(text, gazetteer=gz)]  # (measures kept)
    assert first == again
    assert [f for s, _a, _b, f in first if s == "Panj River"] == [["point_on_line"], ["point_on_line"]]


@pytest.mark.parametrize("text, facility", [
    ("3,000 people gathered in Vahdat Square outside the Khorog mayor's office.", "Vahdat Square"),
    ("The crowd met in Khorog Park.", "Khorog Park"),
    ("Vahdat squares are many.", None),  # (a lower-case word after a name is no facility's head)
])
def test_facilities_without_the_head_word_search(text, facility):
    got = [m.surface for m in pyanj.geocode(text) if m.feature_type == "facility"]
    assert got == ([facility] if facility else [])
