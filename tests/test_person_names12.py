"""A place's name inside a person's name is no mention (``text.spans``): a name right before a Central Asian or
Russian surname ("Surat Moshalamova") is a given name, and one right after an honorific ("Mr. Al Haj Malawi
Abdullah") is part of a name even when it is a country's. Words after the honorific's next one, other
capitalised words after a name, and the same names standing alone stay places."""

import pyanj


def _surfaces(text):
    return [m.surface for m in pyanj.geocode(text)]


def test_a_name_before_a_surname_is_a_given_name():
    assert _surfaces("But Surat Moshalamova, a resident of the Shugnan district, says the smuggling continues.") \
        == ["Shugnan"]
    assert "Khorog" not in _surfaces("The report was signed by Khorog Nazarov, head of the office in Dushanbe.")
    assert "Vanj" not in _surfaces("Deputy chairman Vanj Rasoulzoda visited Rushan on Monday.")
    assert "Kimberley" not in _surfaces("A report by John Mock & Kimberley O’Neil on the Wakhan Pamir.")
    assert "Kimberley" in _surfaces("Kimberley is a town in South Africa.")


def test_a_name_after_an_honorific_is_a_persons_even_a_countrys():
    found = _surfaces("Takhar Province Governor – Mr. Al Haj Malawi Abdullah Qarluq – met officials in Taloqan.")
    assert "Malawi" not in found and {"Takhar Province", "Taloqan"} <= set(found)
    assert "Kabul" not in _surfaces("The shura was led by Haji Kabul, an elder of Imam Sahib.")


def test_places_stay_places_without_a_surname_or_an_honorific():
    assert _surfaces("Surat is a port city in India.") == ["Surat", "India"]
    assert _surfaces("Malawi and Zambia sent observers to Tajikistan.") == ["Malawi", "Zambia", "Tajikistan"]
    assert "Khorog" in _surfaces("Flights to Khorog Airport resumed after the storm.") or \
        "Khorog Airport" in _surfaces("Flights to Khorog Airport resumed after the storm.")
    # an honorific reaches only the word right after it
    assert _surfaces("Dr. Watson flew from Dushanbe to Khorog.") == ["Dushanbe", "Khorog"]
