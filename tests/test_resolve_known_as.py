"""A name the text calls another name of the place before it takes that place's reading
(``resolve.known_as``): "Zorkul, known to the British as Lake Victoria", "the Afghan Pamir, known in Persian
as the Bam-e Dunya"; not a description ("known as the gateway to …"), a country, nor a person's names."""

import pyanj

ZORKUL = ("physical:zorkul", 37.45, 73.7)


def _read(text):
    return [(m.surface, m.place_id, m.lat, m.lon, "alternative_name" in m.flags) for m in pyanj.geocode(text)]


def test_another_name_of_a_lake_is_the_lake_not_a_homonym_elsewhere():
    assert _read("Zorkul, known to the British as Lake Victoria, lies on the border.") == [
        ("Zorkul",) + ZORKUL + (False,), ("Victoria",) + ZORKUL + (True,)]
    # without the phrase, the name keeps its own reading
    assert _read("Lake Victoria is in Africa.")[0][:2] == ("Victoria", "gn:241131")


def test_another_name_of_a_region_and_of_a_town():
    assert _read("The ranges converge in the Afghan Pamir, known in Persian as the Bam-e Dunya.") == [
        ("Pamir", "physical:wakhan-corridor", 37.12924, 73.61868, False),
        ("Bam-e Dunya", "physical:wakhan-corridor", 37.12924, 73.61868, True)]
    assert _read("Dushanbe, called Stalinabad until 1961, is the capital.") == [
        ("Dushanbe", "gn:1221874", 38.53575, 68.77905, False), ("Stalinabad", "gn:1221874", 38.53575, 68.77905, False)]


def test_descriptions_countries_and_people_are_not_other_names():
    assert _read("Khorog is known as the gateway to the Pamirs.") == [
        ("Khorog", "gn:1221328", 37.49039, 71.55337, False), ("Pamirs", "physical:pamir-mountains", 38.5, 73.5, False)]
    assert _read("Khorog, known as Tajikistan's highest town.")[1][:2] == ("Tajikistan", "country:tj")
    assert _read("Ishkashim and Khorog are known for their bazaars.") == [
        ("Ishkashim", "gn:1221614", 36.72484, 71.61331, False), ("Khorog", "gn:1221328", 37.49039, 71.55337, False)]
    assert _read("President Rahmon, known as Emomali, visited Khorog.") == [
        ("Khorog", "gn:1221328", 37.49039, 71.55337, False)]
