"""Spellings the gazetteer never listed (text/translit.py, text/fuzzy.py): transliteration variants and
typos of listed names are found; people, organisations, demonyms and ordinary words are not."""

import os

import pytest

import pyanj
from pyanj.resolve.weights import WEIGHTS
from pyanj.text.translit import deletes, edit_allowance, osa_distance, translit_key, translit_keys


# -- the key -------------------------------------------------------------------------------------
@pytest.mark.parametrize("names", [
    ("Kulyab", "Kulob", "Kŭlob", "Куляб", "Кулоб"),
    ("Qurghonteppa", "Kurgan-Tube", "Kurgan-Tyube", "Курган-Тюбе"),
    ("Dzhilikul", "Jilikul", "Джиликуль", "Ҷиликӯл"),
    ("Kumsangir", "Qumsangir", "Кумсангир", "Қумсангир"),
    ("Khavaling", "Khovaling", "Ховалинг"),
    ("Pandzhi Poyon", "Panji Poyon", "Панҷи Поён", "Пянджи Поён"),
    ("Tadzhikistan", "Tajikistan", "Таджикистан", "Тоҷикистон"),
    ("Afganistan", "Afghanistan", "Афганистан"),
    ("Kyrgyz", "Kirghiz", "Кыргыз"),
    ("Vakhon", "Wakhan"),
    ("Khorag", "Khorog", "Хорог"),
    ("Khamadoni", "Hamadoni"),
    ("Fayzobod", "Feyzabad", "Faizabad", "Fayzabad"),  # ay = ey = ai, -obod = -abad
    ("Yovon", "Yavan", "Ёвон", "Явань"),
    ("Shahr-e Buzurg", "Shahri Buzurg"),  # izafa -e- = -i
    ("Kohna-ye Qala", "Kohna-yi Qala", "Kohnai Qala"),  # izafa -ye- = -yi- = -i
    ("Qal'a-i-Khumb", "Qal‘a‘i Xumb", "Qalʼai Khumb", "Калай-Хумб", "Қалъаи Хумб"),  # apostrophes, x = kh
    ("Seleznyov", "Seleznev"),  # yo = e
    ("Qurghonteppa", "Kurgonteppa", "Kurgontepa"),  # doubled letters
    ("Khwahan", "Khohon", "Khahan", "Хвахан"),  # khw = kh (Persian khw-, Russian хв-)
    ("Khwaja Ghar", "Khoja Ghar", "Хваджа Гхар"),
])
def test_romanisations_of_one_name_share_a_key(names):
    assert len({translit_key(n) for n in names}) == 1, [(n, translit_key(n)) for n in names]


@pytest.mark.parametrize("a, b", [("Kulob", "Kabul"), ("Darvoz", "Dushanbe"), ("Shugnan", "Rushan"), ("Khwahan", "Kahan"),
                                  ("Vanj", "Panj"), ("Khorog", "Kharkiv")])
def test_different_names_keep_different_keys(a, b):
    assert translit_key(a) != translit_key(b)


def test_izafa_may_be_written_or_left_out():
    assert translit_keys("Shamsiddini Shokhin")[-1] == translit_keys("Shamsiddin Shohin")[0]
    assert translit_keys("Dushanbe") == [translit_key("Dushanbe")]
    assert translit_key("خواهان") == ""  # Arabic script: no key


def test_edit_allowance_and_distance():
    assert [edit_allowance(n) for n in (4, 5, 6, 9, 10, 14)] == [0, 0, 1, 1, 2, 2]
    assert osa_distance("kyrgyz", "krygyz", 2) == 1  # a transposition is one edit
    assert osa_distance("afghanistan", "aghanistan", 2) == 1
    assert osa_distance("kulob", "kabul", 1) == 2  # (beyond the limit: limit + 1)
    assert sorted(deletes("abcd", 1)) == ["abc", "abcd", "abd", "acd"]  # (the first letter is kept)
    assert len(deletes("abcdef", 2)) == 1 + 5 + 10


# -- spans ---------------------------------------------------------------------------------------
def _found(text):
    return [(m.surface, m.place_id, [f for f in m.flags if f in ("fuzzy", "transliterated")])
            for m in pyanj.geocode(text)]


def test_misspelt_countries(gz):
    got = _found("Refugees crossed from Aghanistan. Trade with Uzbekstan grew, and the Krygyz Republic "
                 "and Tadzhikistan signed the deal.")
    assert got == [("Aghanistan", "country:af", ["fuzzy"]), ("Uzbekstan", "country:uz", ["fuzzy"]),
                   ("Krygyz Republic", "country:kg", ["fuzzy"]), ("Tadzhikistan", "country:tj", [])]


def test_transliterated_names(gz):
    got = _found("Floods hit Khamadoni district and the Vakhon valley; the road from Qal'a-i-Khumb "
                 "to Калай-Хумб was cut.")
    assert [(s, f) for s, _p, f in got] == [("Khamadoni", ["transliterated"]), ("Vakhon", ["transliterated"]),
                                           ("Qal'a-i-Khumb", ["transliterated"]), ("Калай-Хумб", ["transliterated"])]
    assert got[0][1] == "adm2:tj:hamadoni"
    assert got[2][1] == got[3][1] == "gn:1221559"  # Qalaikhumb


def test_typos_of_long_names(gz):
    got = _found("Two smugglers drowned near Khawaja Ghar district, the police in Pul-i-Khumri said.")
    assert got[0] == ("Khawaja Ghar", "adm2:af:takhar:khwaja-ghar", ["fuzzy"])


def test_confidence_is_lowered(gz):
    listed = pyanj.geocode("Refugees crossed from Afghanistan.")[0]
    misspelt = pyanj.geocode("Refugees crossed from Aghanistan.")[0]
    assert misspelt.place_id == listed.place_id
    assert misspelt.confidence == pytest.approx(round(listed.confidence - WEIGHTS.fuzzy_penalty, 3))
    assert WEIGHTS.transliterated_penalty < WEIGHTS.fuzzy_penalty


def test_a_listed_spelling_is_the_matchers():
    got = _found("Kulob and Khorog are far apart.")
    assert [f for _s, _p, f in got] == [[], []]


@pytest.mark.parametrize("text", [
    "Mr Ishkashimi said the road was closed.",  # a person named after a place
    "Ishkashimi, a trader, said the road was closed.",
    "Pamiris, Russians, Pakistanis and Tajikistani traders met; the Badakhshani poet and Kulobi singers came.",
    "Russell Crowe and Sharon Stone arrived; Cameron and Georgina left.",  # names one edit from places
    "The Soviet army and the Taliban fought.",  # words one edit (or a romanisation) from a place
    "Hungry workers wrote their surname on a turnkey form.",
    "He said Hungry men came.",
    "Khovar news agency and Radio Ozodi reported it.",  # organisations
    "UNICEF and UNHCR sent aid to the AFGANISTAN BORDER.",  # acronyms and capitals
    "Compared with last year, Following the talks, Despite the rain.",  # sentence openers
    "Emomali Rahmon met Sadyr Japarov.",
])
def test_no_spelling_spans_on_people_organisations_and_words(text, gz):
    assert [m.surface for m in pyanj.geocode(text) if {"fuzzy", "transliterated"} & set(m.flags)] == []


def test_short_names_get_no_typo_tolerance(gz):
    idx = gz.spelling_index()
    assert idx.lookup("Rushn", gz.index) is None  # (Rushan: five letters, no typo allowed)
    assert idx.lookup("Kulobb", gz.index) is not None  # (doubled letters are no typo)
    assert idx.lookup("Darvozi", gz.index) is None  # (a name lengthened: an adjective or a surname)


def test_a_sentence_opener_is_not_misspelt(gz):
    # "Aghanistan" opening a sentence is still a misspelling … but only a listed romanisation counts there
    assert _found("Vakhon is a valley.")[0][2] == ["transliterated"]
    assert _found("Uzbekstan is a country.") == []


def test_a_found_spelling_replaces_an_unlisted_guess(gz):
    got = pyanj.geocode("WFP project sites in Ishkashim and Roshqala districts were visited.")
    roshqala = [m for m in got if m.surface == "Roshqala"]
    assert len(roshqala) == 1
    assert roshqala[0].place_id == "adm2:tj:roshtqala" and "fuzzy" in roshqala[0].flags
    assert "not_in_gazetteer" not in roshqala[0].flags


def test_the_index_is_pickled_with_the_gazetteer_without_its_caches(gz):
    import pickle
    idx = gz.spelling_index()
    assert gz.spelling_index() is idx
    assert idx.lookup("Kulobb", gz.index) is not None and idx.cache
    g = pickle.loads(pickle.dumps(gz))
    assert list(g.__dict__["_derived"]) == ["spelling_index"]  # (no other derived value goes with it)
    got = g.spelling_index()
    assert got is not idx and got.cache == {} and got.runs == {}
    assert (got.exact, got.short, got.typo, got.deleted, got.typo_words, got.stop) == (
        idx.exact, idx.short, idx.typo, idx.deleted, idx.typo_words, idx.stop)
    assert type(got.typo_words) is set and type(got.stop) is frozenset
    assert got.lookup("Kulobb", g.index) == idx.lookup("Kulobb", gz.index)
    assert pickle.dumps(got) == pickle.dumps(idx)  # (what was looked up before is not in the pickle)


def test_the_pickled_index_is_the_same_bytes_under_any_hash_seed():
    import subprocess
    import sys
    code = ("import hashlib, pickle; from pyanj import gazetteer; "
            "print(hashlib.sha256(pickle.dumps(gazetteer.load(cache=False).spelling_index(), protocol=5)).hexdigest())")
    shas = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(shas) == 1 and len(shas.pop()) == 65


def test_short_names_written_in_exotic_letters(gz):
    idx = gz.spelling_index()
    assert translit_key("Pjandž") == translit_key("Pyandzh") == translit_key("Panç") == translit_key("Panj")
    assert idx.lookup("Panç", gz.index)[0] == "transliterated"  # (Tajik Latin ç = j: a deliberate spelling)
    assert "river:panj" in idx.lookup("Pjandž", gz.index)[2]
    assert idx.lookup("Molly", gz.index) is None  # (plain letters, five of them: a chance likeness of Mali)
    assert idx.lookup("Mollie", gz.index) is None


# -- compounds found only in part (text/compound.py) ----------------------------------------------
def test_a_misspelt_compound_replaces_the_listed_names_inside_it(gz):
    got = _found("We stopped at a hot spring named Garm Chasma on the way.")
    assert got == [("Garm Chasma", "settlement:garm-chashma", ["transliterated"])]  # (not "Garm", old Rasht)
    got = _found("Herders live up the valley as far as Sarhad-e-Boroghil in summer.")
    assert got == [("Sarhad-e-Boroghil", "settlement:sarhad-e-broghil", ["fuzzy"])]  # (not Sarhad + Broghil Pass)
    got = _found("Wakhi farmers live between Ishkashim and Qala-e-Panj.")
    assert got[-1] == ("Qala-e-Panj", "settlement:qala-e-panja", ["fuzzy"])  # (a final -a left out; not the river)
    assert _found("The Panj flows west.") == [("Panj", "river:panj", [])]  # (one part alone: no compound)


@pytest.mark.parametrize("text, expected", [
    ("Garm is a town; Chasma is not.", [("Garm", "gn:1221740", [])]),  # the part alone stays the part
    ("Dushanbe Khorog buses run daily.", [("Dushanbe", "gn:1221874", []), ("Khorog", "gn:1221328", [])]),
    ("Khorog Fried Chicken opened a shop.", [("Khorog", "gn:1221328", [])]),  # no compound spelling
])
def test_names_next_to_other_words_are_left_as_found(text, expected, gz):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Mr Garm Chasmov said the road was closed.",  # a person
    "The Garm Chasma Institute and the Garm Chashma Hotel Company opened.",  # organisations
])
def test_no_compound_on_people_and_organisations(text, gz):
    assert [m.surface for m in pyanj.geocode(text) if m.surface.startswith("Garm ")] == []


def test_a_name_after_a_sentences_lead_word_may_be_misspelt(gz):
    # "The Shakdara valley": the name is not the sentence's first word, so a typo counts
    assert _found("The Shakdara valley cuts between the two.") == [("Shakdara", "river:shakhdara", ["fuzzy"])]
    assert _found("In Uzbekstan the rain fell.") == [("Uzbekstan", "country:uz", ["fuzzy"])]
    assert _found("Uzbekstan is a country.") == []  # (the first word itself: still no typo)
    assert _found("The Hungry men came.") == []


def test_a_spaced_dash_ends_the_name_before(gz):
    got = _found("Day 3 Dushanbe - Kalai-Humb. Departure at 8.")
    assert got == [("Dushanbe", "gn:1221874", []), ("Kalai-Humb", "gn:1221559", ["transliterated"])]


@pytest.mark.parametrize("text", [
    "Rustam Kulobi said it.", "Sharon Vakhon said so.",  # a capitalised word right before: a person
])
def test_a_spelling_after_a_capitalised_word_is_a_persons_name(text, gz):
    assert [m.surface for m in pyanj.geocode(text) if {"fuzzy", "transliterated"} & set(m.flags)] == []


# -- a word a line break split with a hyphen (text/compound.py) ------------------------------------
def test_a_name_split_at_a_lines_end_is_rejoined(gz):
    assert _found("If you are heading from Dush-\nanbe, hop off at Rushan.")[:1] == [("Dush-\nanbe", "gn:1221874", [])]


@pytest.mark.parametrize("text, want", [
    ("A Khorog-\nbased group met.", [("Khorog", "gn:1221328", [])]),  # a name before the hyphen stays itself
    ("Mr Dush-\nanbe said so.", []),  # a person
    ("It was long-\nest and home-\nstays were few.", []),  # ordinary words
    ("Kurgan-\nTube is far.", [("Kurgan-\nTube", "gn:1220747", [])]),  # (a capital after the break: the matcher's)
])
def test_what_is_not_rejoined(text, want, gz):
    assert [(s, p, f) for s, p, f in _found(text)] == want


def test_a_lake_s_spelling_after_its_capitalised_head_is_the_lake_after_a_possessive_and_opening_a_sentence():
    got = [(m.surface, m.place_id) for m in pyanj.geocode("We continued to Tajikistan’s Lake Karakol by noon.")]
    assert got == [("Tajikistan", "country:tj"), ("Lake Karakol", "physical:karakul-lake")]
    got = [(m.surface, m.place_id) for m in pyanj.geocode("We drove on. Lake Karakol is cold.")]
    assert got == [("Lake Karakol", "physical:karakul-lake")]


def test_no_lake_from_a_plural_head_a_name_after_it_or_a_person():
    assert [m.surface for m in pyanj.geocode("Lakes Karakol are cold.")] == []
    assert [m.surface for m in pyanj.geocode("Dear Lake Morgan, thanks.")] == []
    assert [m.surface for m in pyanj.geocode("Mount Karakol is high.")] == []


# -- a possessive inside a capitalised run ends the name (text/fuzzy.py, _candidates) ------------------------------
def test_a_misspelt_possessor_before_a_capitalised_word_is_found():
    # "Tajikstan’s Gorny": the run is two names, the possessor a typo of Tajikistan
    found = [(m.surface, m.place_id) for m in pyanj.geocode("They went via Tajikstan’s Gorny Badakhshan.")]
    assert found[0] == ("Tajikstan", "country:tj")
    assert [(m.surface, m.place_id) for m in pyanj.geocode("Aid crossed from Tajikstan's Khatlon Province.")][0] == (
        "Tajikstan", "country:tj")


def test_a_possessive_person_or_organisation_word_makes_no_place():
    assert [m.surface for m in pyanj.geocode("Mr Ishkashimi’s Office said so.")] == []
    assert [m.surface for m in pyanj.geocode("Rahmon’s Government said so.")] == []
    assert [m.surface for m in pyanj.geocode("The Pamirsky’s Regiment marched.")] == []
