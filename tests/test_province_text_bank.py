"""A bare province name of both banks takes the bank of the text's other places (``resolve.bank.
province_by_text_bank``): "Badakhshan" in a text about Khorog, Rushan and Murghab is GBAO; with a type word of its
own, in a text on both banks, or beside GBAO named by name, it keeps its reading.

Most tests call the rule on mentions built here, so they do not hang on how today's weights weigh a sentence; the
last ones run the pipeline on sentences written for them."""

import pyanj
from built import mention_at as _m
from pyanj.resolve.bank import province_by_text_bank

GBAO, AF_BADAKHSHAN = "adm1:tj:gorno-badakhshan-autonomous", "adm1:af:badakhshan"
KHOROG, RUSHON, MURGHOB, VANJ = "gn:1221328", "adm2:tj:rushon", "gn:1220962", "adm2:tj:vanj"
FAYZABAD, JURM = "gn:1142170", "adm2:af:badakhshan:jurm"



def _read(ms, surface="Badakhshan"):
    return [(m.place_id, m.flags) for m in ms if m.surface == surface]


def test_a_bare_province_in_a_tajik_text_is_gbao(gz):
    ms = [_m(gz, "Badakhshan", 0, AF_BADAKHSHAN, [GBAO]), _m(gz, "Khorog", 30, KHOROG),
          _m(gz, "Rushan", 50, RUSHON), _m(gz, "Murghab", 70, MURGHOB), _m(gz, "Badakhshan", 90, AF_BADAKHSHAN, [GBAO])]
    province_by_text_bank(ms, gz)
    assert _read(ms) == [(GBAO, ["province_of_text_bank"])] * 2
    assert [c["id"] for c in ms[0].candidates] == [AF_BADAKHSHAN]  # (the reading it had is kept first)


def test_an_afghan_text_keeps_the_afghan_province(gz):
    ms = [_m(gz, "Badakhshan", 0, AF_BADAKHSHAN, [GBAO]), _m(gz, "Faizabad", 30, FAYZABAD),
          _m(gz, "Jurm", 50, JURM), _m(gz, "Khorog", 70, KHOROG)]
    province_by_text_bank(ms, gz)
    assert _read(ms) == [(AF_BADAKHSHAN, [])]


def test_a_text_on_both_banks_or_with_too_few_places_keeps_the_reading(gz):
    both = [_m(gz, "Badakhshan", 0, AF_BADAKHSHAN, [GBAO]), _m(gz, "Khorog", 30, KHOROG), _m(gz, "Vanj", 40, VANJ),
            _m(gz, "Faizabad", 50, FAYZABAD), _m(gz, "Jurm", 70, JURM)]
    few = [_m(gz, "Badakhshan", 0, AF_BADAKHSHAN, [GBAO]), _m(gz, "Khorog", 30, KHOROG), _m(gz, "Vanj", 40, VANJ)]
    for ms in (both, few):
        province_by_text_bank(ms, gz)
        assert _read(ms) == [(AF_BADAKHSHAN, [])]


def test_a_type_word_or_gbao_named_by_name_keeps_the_afghan_province(gz):
    worded = [_m(gz, "Badakhshan", 0, AF_BADAKHSHAN, [GBAO], cue="province"), _m(gz, "Khorog", 30, KHOROG),
              _m(gz, "Rushan", 50, RUSHON), _m(gz, "Murghab", 70, MURGHOB)]
    beside = [_m(gz, "Badakhshan", 0, AF_BADAKHSHAN, [GBAO]), _m(gz, "GBAO", 12, GBAO), _m(gz, "Khorog", 30, KHOROG),
              _m(gz, "Rushan", 50, RUSHON), _m(gz, "Murghab", 70, MURGHOB)]
    for ms in (worded, beside):
        province_by_text_bank(ms, gz)
        assert _read(ms) == [(AF_BADAKHSHAN, [])]


def test_a_name_with_one_reading_is_not_touched(gz):
    ms = [_m(gz, "Jurm", 0, JURM), _m(gz, "Khorog", 30, KHOROG), _m(gz, "Rushan", 50, RUSHON),
          _m(gz, "Murghab", 70, MURGHOB)]
    province_by_text_bank(ms, gz)
    assert _read(ms, "Jurm") == [(JURM, [])]


def test_in_the_pipeline_a_tajik_report_reads_badakhshan_as_gbao():
    text = ("Avalanches closed every road in Badakhshan this week. Drivers from Khorog could not reach the Rushan "
            "district or Murghab, and the Vanj district was cut off. In Badakhshan, schools stayed shut.")
    assert [(m.surface, m.place_id) for m in pyanj.geocode(text) if m.surface == "Badakhshan"] == \
        [("Badakhshan", GBAO)] * 2


def test_in_the_pipeline_an_afghan_report_and_a_worded_province_stay_afghan():
    afghan = ("Avalanches closed every road in Badakhshan this week. Drivers from Faizabad could not reach Jurm or "
              "Baharak, and Zebak was cut off. In Badakhshan, schools stayed shut.")
    worded = ("Avalanches closed roads in Badakhshan province. Drivers from Khorog could not reach the Rushan "
              "district or Murghab, and the Vanj district was cut off.")
    for text in (afghan, worded):
        assert {m.place_id for m in pyanj.geocode(text) if m.surface == "Badakhshan"} == {AF_BADAKHSHAN}


def test_a_name_listed_with_provinces_of_its_reading_keeps_it(gz):
    text = "Badakhshan, Takhar and Kunduz border Tajikistan; posts stand at Khorog, Rushan, Murghab and Vanj."
    at = {w: text.index(w) for w in ("Badakhshan", "Takhar", "Kunduz", "Khorog", "Rushan", "Murghab", "Vanj")}
    ms = [_m(gz, "Badakhshan", at["Badakhshan"], AF_BADAKHSHAN, [GBAO]), _m(gz, "Takhar", at["Takhar"], "adm1:af:takhar"),
          _m(gz, "Kunduz", at["Kunduz"], "adm1:af:kunduz"), _m(gz, "Khorog", at["Khorog"], KHOROG),
          _m(gz, "Rushan", at["Rushan"], RUSHON), _m(gz, "Murghab", at["Murghab"], MURGHOB), _m(gz, "Vanj", at["Vanj"], VANJ)]
    province_by_text_bank(ms, gz, text)
    assert _read(ms) == [(AF_BADAKHSHAN, [])]
