"""Organisation names that hold a place's name are no mentions (``text.spans._is_org``, ``vocab``): "<Name> Mission
in X" and "<Name> Delegation (of the …) to X", an agency's country office written after its bracketed acronym
("World Food Programme (WFP) Afghanistan"), a news agency's edition ("Sputnik-Tajikistan"), a publication named
"… Standard", and "X provincial council". The same words in lower case, an acronym that is no agency's, and a
councillor of a province leave the place a mention."""

import pyanj


def _surfaces(text):
    return [m.surface for m in pyanj.geocode(text)]


def test_a_mission_or_delegation_in_or_to_a_country_is_an_organisation():
    assert _surfaces("The United Nations Assistance Mission in Afghanistan (UNAMA) sent tents to Faizabad.") \
        == ["Faizabad"]
    assert _surfaces("The Delegation of the European Union to Tajikistan funded the bridge at Khorog.") == ["Khorog"]
    assert _surfaces("An EU Delegation to Afghanistan official visited Kunduz.") == ["Kunduz"]


def test_lower_case_or_unnamed_missions_and_delegations_are_places_visits():
    assert "Tajikistan" in _surfaces("A delegation to Tajikistan met the governor of Khatlon.")
    assert "Afghanistan" in _surfaces("The mission in Afghanistan ended in 2014.")
    assert "Kabul" in _surfaces("He was sent on a Mission to Kabul by the king.")


def test_an_agencys_office_after_its_bracketed_acronym_is_an_organisation():
    assert _surfaces("The World Food Programme (WFP) Afghanistan office in Faizabad opened.") == ["Faizabad"]
    # an acronym that is a place's, not an agency's, leaves the country a mention
    assert "Tajikistan" in _surfaces("Mudflow in Gorno-Badakhshan Autonomous Oblast (GBAO) Tajikistan: situation report")


def test_news_agencies_publications_and_councils_are_organisations():
    assert _surfaces("Sputnik-Tajikistan cited border guards in Khorog.") == ["Khorog"]
    assert _surfaces("By IWPR Central Asia. The capture of Kunduz alarmed Dushanbe.") == ["Kunduz", "Dushanbe"]
    assert _surfaces("The Central Eurasia Standard wrote about Langar.") == ["Langar"]
    assert _surfaces("The chairman of Kunduz provincial council spoke in Imam Sahib.") == ["Imam Sahib"]
    assert "Kunduz" in _surfaces("A Kunduz provincial councilor said the road was cut.")
