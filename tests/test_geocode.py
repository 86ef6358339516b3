import json

import pytest
from click.testing import CliRunner

from conftest import REPO
from pyanj.cli import main
from pyanj.evaluate import evaluate_file
from pyanj.resolve import geocode
from pyanj.mention import FIELDS
from pyanj.text.coordinates import find_coordinates


def spans(text, gz):
    return [(m.surface, m.place_id) for m in geocode(text, None, gz)]


def test_seed_000_darvaz_and_the_khorog_coordinate_conflict(gz, corpus):
    ms = geocode(corpus["000_70af19e81d46dbaf"], "000", gz)
    darvaz = next(m for m in ms if m.surface == "Darvaz")
    coord = next(m for m in ms if m.feature_type == "coordinate")
    assert darvaz.place_id == "adm2:tj:darvoz"
    assert (coord.lat, coord.lon, coord.country) == (37.490778, 71.558944, "TJ")
    assert any(f.startswith("coordinate_conflict: 37°29’26.8″N 71°33’32.2″E is 1") for f in darvaz.flags)
    assert any(f.startswith("coordinate_conflict: Darvaz (Darvoz) is") for f in coord.flags)
    km = float(coord.flags[0].split(" is ")[1].split(" km")[0])
    assert km > 100


def test_seed_001_five_badakhshan_border_districts_in_afghanistan(gz, corpus):
    ms = geocode(corpus["001_e4c18857d63eb7e7"], "001", gz)
    five = [m for m in ms if m.surface in ("Kuf Ab", "Khwahan", "Maimai", "Nusai", "Shekay")]
    assert [m.surface for m in five] == ["Kuf Ab", "Khwahan", "Maimai", "Nusai", "Shekay"]
    assert all(m.feature_type == "admin2" and m.country == "AF" and m.lat is not None for m in five)
    assert [m.place_id for m in five] == ["adm2:af:badakhshan:kuf-ab", "adm2:af:badakhshan:khwahan",
                                          "adm2:af:badakhshan:darwazbala", "adm2:af:badakhshan:darwaz",
                                          "adm2:af:badakhshan:shaki"]


def test_seed_004_ishkashims_on_the_right_bank(gz, corpus):
    text = corpus["004_0e8dfcc676eeae0f"]
    ms = {m.start: m for m in geocode(text, "004", gz)}
    assert ms[4450].surface == "Ishkashim" and ms[4450].country == "AF"   # "districts of Ishkashim and Darwaz"
    assert ms[25644].surface == "Ishkashim" and ms[25644].country == "TJ"  # "a friend from Ishkashim" (Tajikistani)
    assert ms[46659].surface == "Eshkashem" and ms[46659].country == "AF"


def test_dev_gold_scores_meet_the_targets():
    r = evaluate_file(REPO / "tests" / "data" / "dev.jsonl")
    assert r["recognition"]["f1"] >= 0.95
    assert r["resolution"]["right_share"] >= 0.95


def test_recognition_rules(gz):
    assert spans("The Tajik-Afghan border is long.", gz) == []
    assert spans("Afghanistan's north.", gz) == [("Afghanistan", "country:af")]
    assert spans("Tehrik-e-Taliban Tajikistan (TTT) spoke to Radio Free Europe.", gz) == []
    assert spans("Trucks at Sher Khan Bandar and the Panjshir Valley.", gz) == [
        ("Sher Khan Bandar", "crossing:sher-khan-bandar"), ("Panjshir Valley", "physical:panjshir-valley")]
    assert spans("In March the US said us.", gz) == [("US", "country:us")]
    assert spans("An article in China Brief and the Kunduz brigade.", gz) == []
    assert spans("Anti-Taliban Tajikistan", gz) == [("Tajikistan", "country:tj")]


def test_country_offices_currencies_and_a_bare_article_are_not_places(gz):
    # an agency's country office is an organisation; the country itself, named apart, is a place
    assert spans("IOM Tajikistan is working with UNDP Afghanistan and WFP Tajikistan.", gz) == []
    assert spans("IOM staff in Tajikistan said.", gz) == [("Tajikistan", "country:tj")]
    assert spans("Trade reached US $313m, or US$2bn.", gz) == []
    assert spans("US troops left.", gz) == [("US", "country:us")]
    # a currency named by its country: "US dollars", "U.S. dollar" (the country named apart stays a place)
    assert spans("The line will earn 45 million US dollars a year; the U.S. dollar rose.", gz) == []
    assert spans("Loans from the US, dollars from Russia.", gz) == [("US", "country:us"), ("Russia", "country:ru")]
    assert spans("Aid from the US Dollar Fund reached the US.", gz)[-1] == ("US", "country:us")
    # a name inside an organisation's or programme's name that the text gives an acronym
    assert spans("the Border Management Northern Afghanistan (BOMNAF) project", gz) == []
    assert spans("The Central Asia Regional Economic Cooperation (CAREC) programme.", gz) == []
    # (a place's own abbreviation in a bracket, its initials, names it too, as the sets annotate "(GBAO)")
    assert spans("the Gorno-Badakhshan Autonomous Region (GBAR) and Sher Khan Bandar (SKB)", gz) == [
        ("Gorno-Badakhshan Autonomous Region", "adm1:tj:gorno-badakhshan-autonomous"),
        ("GBAR", "adm1:tj:gorno-badakhshan-autonomous"), ("Sher Khan Bandar", "crossing:sher-khan-bandar"),
        ("SKB", "crossing:sher-khan-bandar")]
    # "The valley …" meets the alias "The Valley" (Anguilla): with the head trimmed, only "The" is left
    assert spans("The valley has only one harvest per year.", gz) == []


def test_metonymy_is_kept_and_marked(gz):
    m = geocode("Dushanbe said it would reply.", None, gz)[0]
    assert m.place_id == "gn:1221874" and "non_literal" in m.flags and m.literal is False
    m = geocode("He lives in Dushanbe.", None, gz)[0]
    assert m.literal is True and "non_literal" not in m.flags


def test_cue_words_type_a_name(gz):
    m = geocode("Fighting in Kunduz province.", None, gz)[0]
    assert m.place_id == "adm1:af:kunduz"
    m = geocode("He reached Kunduz by noon.", None, gz)[0]
    assert m.feature_type == "settlement"
    m = geocode("Militant camps in Khwahan were reported.", None, gz)[0]
    assert m.cue == "camp" and m.place_id == "adm2:af:badakhshan:khwahan"


def test_unresolved_names_keep_their_span(gz):
    ms = geocode("Tanks at the Harb Maidon training ground and in Kabul.", None, gz)
    assert [m.surface for m in ms] == ["Harb Maidon", "Kabul"]
    assert ms[0].place_id == "military:harb-maidon" and ms[0].lat is None and "unlocated" in ms[0].flags
    assert ms[1].lat is not None


def test_langar_crossing_at_the_pamir_panj_confluence(gz):
    m = geocode("Workers at the Langar BCP.", None, gz)[0]
    assert (m.place_id, m.lat, m.lon, m.country) == ("crossing:langar", 37.029079, 72.657319, "TJ")


@pytest.mark.parametrize("text,lat,lon", [
    ("37°29'26.8\"N 71°33'32.2\"E", 37.490778, 71.558944),
    ("37°29’26.8″N 71°33’32.2″E", 37.490778, 71.558944),
    ("37 29 26.8 N 71 33 32.2 E", 37.490778, 71.558944),
    ("37°29'N, 71°33'E", 37.483333, 71.55),
    ("N37°29.45' E71°33.53'", 37.490833, 71.558833),
    ("37.4908° N, 71.5589° E", 37.4908, 71.5589),
    ("38.5N 68.8E", 38.5, 68.8),
    ("at 37.4908, 71.5589 today", 37.4908, 71.5589),
    ("Coordinates: 38.46639; 70.79667", 38.46639, 70.79667),
    ("33°51'S 151°12'E", -33.85, 151.2),
])
def test_coordinate_forms(text, lat, lon):
    c = find_coordinates(text)
    assert len(c) == 1 and (c[0].lat, c[0].lon) == (lat, lon)


@pytest.mark.parametrize("text,error", [("95°10'N 71°10'E", "latitude 95.1667 outside ±90"),
                                        ("37°70'N 71°10'E", "minutes 70 >= 60")])
def test_invalid_coordinates_are_flagged_not_located(gz, text, error):
    c = find_coordinates(text)
    assert len(c) == 1 and c[0].lat is None and c[0].error == error
    m = geocode(text, None, gz)[0]
    assert m.feature_type == "coordinate" and m.lat is None and m.flags == [f"invalid_coordinate: {error}"]


def test_no_coordinates_in_ordinary_numbers():
    assert find_coordinates("In 2021, 1,344 km; scores 0.54 and 0.43; Route 5 N 10 E.") == []
    # semicolons: two-decimal numbers, and a list of three (a pair needs no third number)
    assert find_coordinates("Prices rose 12.50; 13.75 somoni; weights 1.2345;2.3456;3.4567.") == []


def test_output_key_order_and_offsets(gz, corpus):
    text = corpus["003_7a4dfa99743f7203"]
    for m in geocode(text, "003", gz):
        d = json.loads(m.to_json())
        assert list(d)[:len(FIELDS)] == list(FIELDS)
        assert text[d["start"]:d["end"]] == d["surface"]


def test_evaluate_cli_json(tmp_path):
    r = CliRunner().invoke(main, ["evaluate", str(REPO / "tests/data/dev.jsonl"), "--json"])
    assert r.exit_code == 0
    rep = json.loads(r.output)
    assert rep["recognition"]["gold"] == 589 and rep["documents"] == 5
    assert set(rep["accuracy_within_km"]) == {"10", "25", "161"}
    r = CliRunner().invoke(main, ["evaluate", str(tmp_path / "missing.jsonl")])
    assert r.exit_code == 2


def test_rivers_and_the_article(gz):
    m = geocode("Villagers on the Tajik side of the Panj.", None, gz)[0]
    assert m.place_id == "river:panj" and m.lat is not None  # no other place: the river's own point
    m = geocode("The town of Panj is small.", None, gz)[0]
    assert m.feature_type in ("settlement", "admin2")


def test_people_from_a_place_are_literal(gz):
    assert geocode("Drivers from Kulob said prices rose.", None, gz)[0].literal is True
    assert geocode("Kulob said no.", None, gz)[0].literal is False


def test_codes_and_number_pairs_are_not_places(gz):
    assert [m.surface for m in geocode("Python's GIL; vectors 0.7071067811865476, -0.70710678 and -0.98, 9.808.",
                                       None, gz)] == []
    m = geocode("Location: 37.49, 71.55 (approximate).", None, gz)[0]
    assert (m.feature_type, m.lat, m.lon, m.country) == ("coordinate", 37.49, 71.55, "TJ")


def test_a_geocoding_bug_is_one_line_naming_the_document(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import pyanj.resolve.pipeline as pipeline
    from pyanj.cli import main

    (tmp_path / "a.txt").write_text("Trucks reached Khorog.", encoding="utf-8")

    def broken(*a, **k):
        raise KeyError("boom")
    monkeypatch.setattr(pipeline, "find_spans", broken)
    monkeypatch.delenv("PYANJ_DEBUG", raising=False)
    r = CliRunner().invoke(main, ["geocode", str(tmp_path / "a.txt"), "-o", str(tmp_path / "m.jsonl")])
    assert (r.exit_code, r.output.strip()) == (2, "pyanj: error: internal error geocoding a: KeyError: 'boom'")
    assert not (tmp_path / "m.jsonl").exists()
    monkeypatch.setenv("PYANJ_DEBUG", "1")
    r = CliRunner().invoke(main, ["geocode", str(tmp_path / "a.txt"), "-o", str(tmp_path / "m.jsonl")])
    assert isinstance(r.exception, KeyError)


def test_a_possessive_organisation_name_is_not_a_place(gz):
    ms = geocode("The Asia-Plus’s correspondent in Khorog said so.", None, gz)
    assert [m.surface for m in ms] == ["Khorog"]


def test_a_users_weights_reach_the_coordinate_agreement(gz):
    from dataclasses import replace

    from pyanj.resolve.weights import WEIGHTS
    text = "The parade was held in Khorog. Location: 37°29'26.8\"N 71°33'32.2\"E"
    [base] = [m for m in geocode(text, None, gz) if m.name == "Khorog"]
    [none] = [m for m in geocode(text, None, gz, weights=replace(WEIGHTS, coordinate_agrees=0.0))
              if m.name == "Khorog"]
    assert "coordinate_agrees" in base.flags and "coordinate_agrees" in none.flags
    assert round(base.confidence - none.confidence, 3) == round(min(0.99, none.confidence + WEIGHTS.coordinate_agrees)
                                                                - none.confidence, 3) > 0


def test_a_lower_case_market_or_crossing_head_of_two_words_stays_outside_the_span(gz):
    assert spans("The Ishkashim cross-border market reopened on Saturday.", gz) == [("Ishkashim", "bazaar:ishkashim")]
    assert spans("Traders left the Ishkashim border market.", gz) == [("Ishkashim", "bazaar:ishkashim")]
