"""A river glossed as "the border between" two countries is not spoken of as a whole (``resolve.evidence.
whole_river``): "the Amu River constitutes a natural border between Afghanistan and Tajikistan" in a text about
Darqad is the river at Darqad, as "separates Afghanistan and Tajikistan" is; a sentence about what lies between the
countries along it ("five bridges cross the Panj River between …") or a length of it keeps the halfway point."""


from built import PANJ_MID as MID, river_points as _river


def test_the_border_between_two_countries_is_a_gloss_the_texts_places_still_place_it():
    text = ("Residents of Yangi Qala district cross by boat to reach Taloqan.\n"
            "The Panj River constitutes a natural border between Afghanistan and Tajikistan.")
    (pt, flags), = _river(text, "Panj River")
    assert flags == ["point_on_line"] and pt != MID
    assert abs(pt[0] - 37.5) < 0.3 and abs(pt[1] - 69.6) < 0.4  # (at Yangi Qala, 37.47 N 69.62 E)
    russian = "Жители Хорога живут у реки.\nПяндж образует границу между Таджикистаном и Афганистаном."
    (pt, flags), = _river(russian, "Пяндж")
    assert flags == ["point_on_line"] and abs(pt[0] - 37.5) < 0.3 and abs(pt[1] - 71.5) < 0.3  # (at Khorog)


def test_what_lies_between_the_countries_along_it_or_its_length_keeps_the_halfway_point():
    assert _river("Five bridges cross the Panj River between Tajikistan and Afghanistan.", "Panj River") == [(MID, [])]
    assert _river("The Panj River forms the border between Tajikistan and Afghanistan for 1,125 km.",
                  "Panj River") == [(MID, [])]
