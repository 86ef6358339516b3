"""A bare name with readings on both banks is the reading the text named before it (``resolve.named_before``):
only for a mention weighed too closely to tell, only forward in the text, and only after a naming — a name with
that one reading or one whose words chose the bank, not a repeat of the same bare name.

The rule is called on mentions built here, so the tests do not hang on how closely today's weights weigh a
given sentence; the seed test ``test_seed_004_ishkashims_on_the_right_bank`` checks it inside the pipeline."""

from built import mention_at as _m
from pyanj.resolve.named_before import named_before

GBAO, AF_BADAKHSHAN = "adm1:tj:gorno-badakhshan-autonomous", "adm1:af:badakhshan"
AF_ISHKASHIM, TJ_ISHKASHIM = "gn:1148268", "gn:1221614"



def _read(ms):
    return [(m.surface, m.place_id, m.flags) for m in ms]


def test_the_shortened_name_after_the_full_one_is_that_place(gz):
    ms = [_m(gz, "Горного Бадахшана", 0, GBAO), _m(gz, "Бадахшане", 40, AF_BADAKHSHAN, [GBAO], ["ambiguous"])]
    named_before(ms, gz)
    assert _read(ms) == [("Горного Бадахшана", GBAO, []), ("Бадахшане", GBAO, ["named_before"])]
    # the reading it had is kept first among the candidates
    assert [c["id"] for c in ms[1].candidates] == [AF_BADAKHSHAN]


def test_a_reading_the_words_chose_is_a_naming(gz):
    ms = [_m(gz, "Ishkashim", 0, AF_ISHKASHIM, [TJ_ISHKASHIM], ["qualified_reading"]),
          _m(gz, "Ishkashim", 50, TJ_ISHKASHIM, [AF_ISHKASHIM], ["ambiguous"])]
    named_before(ms, gz)
    assert _read(ms)[1] == ("Ishkashim", AF_ISHKASHIM, ["named_before"])


def test_a_repeated_bare_name_is_no_naming(gz):
    # the first "Ishkashim" was the scorer's guess among both banks' towns: the close call after it stays
    ms = [_m(gz, "Ishkashim", 0, AF_ISHKASHIM, [TJ_ISHKASHIM]),
          _m(gz, "Ishkashim", 50, TJ_ISHKASHIM, [AF_ISHKASHIM], ["ambiguous"])]
    named_before(ms, gz)
    assert _read(ms)[1] == ("Ishkashim", TJ_ISHKASHIM, ["ambiguous"])


def test_a_name_before_the_full_one_is_left_as_weighed(gz):
    ms = [_m(gz, "Бадахшане", 0, AF_BADAKHSHAN, [GBAO], ["ambiguous"]), _m(gz, "Горного Бадахшана", 40, GBAO)]
    named_before(ms, gz)
    assert _read(ms)[0] == ("Бадахшане", AF_BADAKHSHAN, ["ambiguous"])


def test_a_name_weighed_clearly_or_with_its_own_type_word_is_not_changed(gz):
    ms = [_m(gz, "Горного Бадахшана", 0, GBAO), _m(gz, "Badakhshan", 40, AF_BADAKHSHAN, [GBAO]),
          _m(gz, "Badakhshan", 80, AF_BADAKHSHAN, [GBAO], ["ambiguous"], cue="province")]
    named_before(ms, gz)
    assert _read(ms)[1:] == [("Badakhshan", AF_BADAKHSHAN, []), ("Badakhshan", AF_BADAKHSHAN, ["ambiguous"])]


def test_only_a_reading_of_the_same_kind_and_only_one(gz):
    # a town named before does not turn a close call between two provinces; two named readings decide nothing
    ms = [_m(gz, "Khorog", 0, "gn:1221328"), _m(gz, "Badakhshan", 20, AF_BADAKHSHAN, ["gn:1221328"], ["ambiguous"])]
    named_before(ms, gz)
    assert _read(ms)[1] == ("Badakhshan", AF_BADAKHSHAN, ["ambiguous"])
    ms = [_m(gz, "Горного Бадахшана", 0, GBAO), _m(gz, "провинции Бадахшан", 30, AF_BADAKHSHAN),
          _m(gz, "Бадахшане", 80, "adm1:af:takhar", [GBAO, AF_BADAKHSHAN], ["ambiguous"])]
    named_before(ms, gz)
    assert _read(ms)[2] == ("Бадахшане", "adm1:af:takhar", ["ambiguous"])
