"""Evidence and conflicts (issue 14): coordinates against their own sentence, reference lines, PDF
re-flow, documents cited by title and URL, coordinate sources and precision, and a closed pipe."""

import json
import subprocess
import sys

import pytest

from pyanj.resolve.pipeline import geocode
from pyanj.text.references import reference_ranges

from conftest import REPO

KHOROG_COORD = "37.4897 N 71.5531 E"


def _flags(ms, surface):
    return [m.flags for m in ms if m.surface == surface]


# -- conflicts: a coordinate speaks of its own sentence ------------------------------------------
def test_a_coordinate_agreeing_with_khorog_flags_no_other_place_of_its_paragraph(gz):
    text = (f"Officials met in Khorog, at {KHOROG_COORD}, to discuss trade. Delegations came from Kabul "
            "and Kunduz. Dushanbe sent its deputy minister.")
    ms = geocode(text, "t", gz)
    assert _flags(ms, "Khorog") == [["coordinate_agrees"]]
    assert _flags(ms, "Kabul") == _flags(ms, "Kunduz") == _flags(ms, "Dushanbe") == [[]]
    assert _flags(ms, KHOROG_COORD) == [[]]


def test_a_coordinate_sentence_naming_a_far_place_flags_it(gz):
    text = f"Dushanbe sent its deputy minister. Traders said the market is in Kabul, at {KHOROG_COORD}."
    ms = geocode(text, "t", gz)
    assert _flags(ms, "Kabul") == [[f"coordinate_conflict: {KHOROG_COORD} is 392.8 km away"]]
    assert _flags(ms, KHOROG_COORD) == [["coordinate_conflict: Kabul (Kabul) is 392.8 km away"]]
    assert _flags(ms, "Dushanbe") == [[]]


def test_a_coordinate_standing_alone_speaks_of_the_sentence_before(gz):
    text = ("Delegations came from Kabul. The bridge was inspected by engineers in Ishkashim.\n"
            "Location: 37.4897, 71.5531")
    ms = geocode(text, "t", gz)
    assert _flags(ms, "Ishkashim")[0][-1] == "coordinate_conflict: 37.4897, 71.5531 is 89.7 km away"
    assert _flags(ms, "Kabul") == [[]]  # two sentences before: not spoken of
    assert _flags(ms, "37.4897, 71.5531") == [["coordinate_conflict: Ishkashim (Ishkashim) is 89.7 km away"]]


# -- reference lists and footnotes ---------------------------------------------------------------
def _lines(text):
    return [text[s:e] for s, e in reference_ranges(text)]


def test_a_references_heading_makes_what_follows_references():
    text = ("Trade at Sher Khan Bandar grew.\n\nReferences\nSmith, J. (2019). Trade on the Panj.\n"
            "Ahmadi, K. Kunduz and its bridges.")
    assert _lines(text) == ["References", "Smith, J. (2019). Trade on the Panj.", "Ahmadi, K. Kunduz and its bridges."]
    assert _lines("Литература\nИванов И. И. Памир. Душанбе, 1990.") == ["Литература",
                                                                        "Иванов И. И. Памир. Душанбе, 1990."]


def test_footnote_and_citation_lines_are_references():
    text = ("The border was closed.12 Traders waited in Khorog.\n"
            "12 Hermann Kreutzmann. Wakhan Quadrangle (Wiesbaden: Harrassowitz, 2017), p. 239.\n"
            "[3] https://example.org/panj-report\n"
            "4. Mullojanov, P. Darvaz notes.\n"
            "Asia-Plus, Khorog, 3 May 2021. Accessed 4 May 2021.\n"
            "See doi: 10.1080/12345 on Ishkashim.")
    assert _lines(text) == text.split("\n")[1:]


def test_a_numbered_list_of_places_and_prose_with_a_link_are_not_references():
    text = ("The route has three stops:\n1. Khorog, the capital of GBAO.\n2. Ishkashim, on the Panj.\n"
            "3) Langar, at the start of the Wakhan.\n10 Taliban fighters crossed near Darvaz.\n"
            "This post is about the southernmost route on this map, from Khorog to Langar. Map from www.example.com\n"
            "Sources said the bridge at Tem was shut. The notes were accessed by the police.")
    assert _lines(text) == []


def test_reference_mentions_are_flagged_kept_and_left_out_of_the_layers(gz):
    from pyanj.layers.build import build_records
    text = ("Trucks queued at Sherkhan-Bandar on Monday.\n\nReferences\n"
            "Smith, J. (2019). Trade in Khorog and Sherkhan-Bandar. Retrieved from https://example.org/x")
    ms = geocode(text, "d", gz)
    assert [(m.surface, "reference" in m.flags) for m in ms] == [
        ("Sherkhan-Bandar", False), ("Khorog", True), ("Sherkhan-Bandar", True)]
    recs = build_records(ms, gz)
    [(crossing, _g)] = recs["crossings"]
    assert (crossing["mention_count"], crossing["first_start"]) == (1, ms[0].start)
    assert "settlements" not in recs  # Khorog is named only in the reference list
    assert [(p["surface"], p["layer"], p["flags"]) for p, _g in recs["mentions"]] == [
        ("Sherkhan-Bandar", "crossings", None), ("Khorog", None, "reference"), ("Sherkhan-Bandar", None, "reference")]


# -- a closed pipe -------------------------------------------------------------------------------
def test_a_closed_pipe_ends_quietly_with_exit_0():
    """``pyanj geocode src/pyanj/bundled_data/corpus | head -1``: the corpus's mentions far exceed a pipe's buffer."""
    p = subprocess.Popen([sys.executable, "-m", "pyanj.cli", "geocode", "src/pyanj/bundled_data/corpus"], cwd=REPO, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    first = p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read().decode()
    assert (p.wait(timeout=300), err) == (0, "")
    assert first.strip()


# -- PDF text re-flowed --------------------------------------------------------------------------
PDF_LINES = ["Trade on the frontier", "",
             "Traders queued at the Sher Khan Bandar border crossing point (BCP) on the",
             "Panj river on Monday, officials in the fron-",
             "tier district said. Trucks from Panji-",
             "Poyon waited in Kunduz.", "",
             "References",
             "1. Smith, J. (2019). Trade in Khorog. Retrieved from",
             "https://example.org/khorog"]


def _pdf(path, lines, title):
    """A real PDF (matplotlib's PDF backend, TrueType text) with one text line per entry."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = plt.figure(figsize=(8.27, 11.69))
        for i, line in enumerate(lines):
            fig.text(0.08, 0.95 - i * 0.025, line, fontsize=10)
        fig.savefig(path, format="pdf", metadata={"Title": title})
        plt.close(fig)


def test_pdf_lines_are_joined_into_whole_sentences_and_hyphenation_undone(tmp_path, gz):
    from pyanj.text.load import iter_documents
    _pdf(tmp_path / "report.pdf", PDF_LINES, "Border trade report")
    [doc] = list(iter_documents([tmp_path / "report.pdf"]))
    assert doc.text == ("Trade on the frontier\n\n"
                        "Traders queued at the Sher Khan Bandar border crossing point (BCP) on the Panj river on "
                        "Monday, officials in the frontier district said. Trucks from Panji-Poyon waited in Kunduz.\n\n"
                        "References\n\n"
                        "1. Smith, J. (2019). Trade in Khorog. Retrieved from https://example.org/khorog")
    assert doc.title == "Border trade report"
    ms = geocode(doc.text, doc.doc_id, gz, title=doc.title)
    bcp = next(m for m in ms if m.surface.startswith("Sher Khan Bandar"))
    assert bcp.sentence == ("Traders queued at the Sher Khan Bandar border crossing point (BCP) on the Panj river "
                            "on Monday, officials in the frontier district said.")
    assert [(m.surface, "reference" in m.flags) for m in ms if m.surface in ("Kunduz", "Khorog")] == [
        ("Kunduz", False), ("Khorog", True)]
    assert {m.doc_title for m in ms} == {"Border trade report"}


# -- documents cited by title and URL ------------------------------------------------------------
def test_a_txt_headline_is_the_documents_title(tmp_path):
    from pyanj.text.formats import headline
    from pyanj.text.load import iter_documents
    (tmp_path / "a.txt").write_text("Border reopens at Ishkashim\n\nThe bridge opened on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The bridge at Ishkashim opened on Monday.\nTraders came.", encoding="utf-8")
    assert [(d.doc_id, d.title) for d in iter_documents([tmp_path])] == [("a", "Border reopens at Ishkashim"),
                                                                         ("b", None)]
    assert headline("Monday, 27 March 2023\n\nTajikistan Faces Threat from Tajik Taliban\n\nText.") == \
        "Tajikistan Faces Threat from Tajik Taliban"
    assert headline("# Khorog market reopens\ntext") == "Khorog market reopens"
    for not_one in ("Photo: aljazeera.com\nText", "Khorog\n\nText", "Border reopens at Ishkashim",
                    "Officials met in Khorog,\nthen left.", "Traders said so.\n\nMore."):
        assert headline(not_one) is None, not_one


def test_place_layers_cite_documents_and_coordinate_sources(gz):
    from pyanj.layers.build import TEXT_COORDINATE, build_records
    ms = geocode("Trucks queued at Sherkhan-Bandar; the Darvaz bridge at 38.45 N 70.83 E was shut.", "a", gz,
                 title="Frontier; trade report", url="https://example.org/r")
    ms += geocode("The Sher Khan Bandar bridge reopened.", "b", gz)
    recs = build_records(ms, gz)
    by_name = {p["name"]: p for p, _g in recs["crossings"]}
    sk = by_name["Sher Khan Bandar–Panji Poyon bridge"]
    assert (sk["documents"], sk["sources"]) == ("a; b", "Frontier, trade report <https://example.org/r>; b")
    assert sk["coord_source"] == "https://wikimili.com/en/Tajik–Afghan_bridge_at_Panji_Poyon (37°11′41″N 68°36′19″E)"
    assert sk["precision"] == "exact"
    darvaz = by_name["Darvaz (Qalai Khumb–Nusay) Friendship Bridge"]
    assert darvaz["coord_source"] == "http://Wiki2.org/en/Tajik%E2%80%93Afghan_Friendship_Bridge (38°27′N 70°50′E)"
    assert (darvaz["precision"], darvaz["geo_precision"], darvaz["where_prec"]) == ("minute", 1, 2)
    [(coord, _g)] = recs["coordinates"]
    assert coord["coord_source"] == TEXT_COORDINATE
    assert "coordinate_agrees" in darvaz["flags"]  # within the 10 km a minute-precise point allows


def test_stated_resolution_of_a_sources_coordinate():
    from pyanj.gazetteer.resolution import precision_for, stated_coordinate
    assert stated_coordinate("coordinates 38°27′N 70°50′E (38.45, 70.83)") == ("38°27′N 70°50′E", "minute")
    assert stated_coordinate("37°11′41″N 68°36′19″E") == ("37°11′41″N 68°36′19″E", "second")
    assert stated_coordinate("Koordinaten 37° 24′ N, 71° 22′ O") == ("37° 24′ N, 71° 22′ O", "minute")
    assert stated_coordinate("Range coordinates 36°N 76°E") == ("36°N 76°E", "degree")
    assert stated_coordinate("{{coord|37|45|N|73|16|E|source:GNS}}") == ("{{coord|37|45|N|73|16|E}}", "minute")
    assert stated_coordinate("37.1946, 68.6053") is None
    assert [precision_for("exact", r) for r in ("second", "minute", "degree", None)] == [
        "exact", "minute", "region", "exact"]
    assert precision_for("settlement", "minute") == "settlement"


def test_a_map_of_layers_without_mentions_cites_titles_and_coordinate_sources(gz):
    from pyanj.layers.build import build_records
    from pyanj.render.records import from_records
    ms = geocode("Trucks queued at Sherkhan-Bandar.", "a", gz, title="Frontier report", url="https://example.org/r")
    recs = build_records(ms, gz)
    del recs["mentions"]  # as a layers directory written without the evidence layer
    md = from_records(recs, gz)
    [rec] = md.layers["crossings"]
    assert md.docs == [["a", "Frontier report", "https://example.org/r", ""]]
    assert rec["q"][0][3] == 0 and rec["cs"].startswith("https://wikimili.com/")


def test_a_printed_line_break_inside_a_sentence_does_not_cut_the_quote(gz, corpus):
    from pyanj.text.segment import segment, sentence_text
    ms = geocode(corpus["004_0e8dfcc676eeae0f"], "004", gz)
    [bcp] = [m for m in ms if m.surface == "Sher Khan Bandar" and "(BCP)" in m.sentence]
    assert bcp.sentence == ("Afghans seeking refuge and truckers at the Sher Khan Bandar border crossing point (BCP) on "
                            "the Khatlon side of the border.")
    text = "12 Smith, J. Notes.\nTrucks queued at the\nbridge, officials said.\nBorder trade on the frontier\nText."
    assert [sentence_text(text, s) for s in segment(text).sentences] == [
        "12 Smith, J. Notes.", "Trucks queued at the bridge, officials said.", "Border trade on the frontier",
        "Text."]


def test_a_sentence_running_on_to_the_next_pdf_page_is_one_sentence(tmp_path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    from pyanj.text.formats import join_pages
    from pyanj.text.load import iter_documents
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(tmp_path / "two.pdf") as pdf:
        for lines in (["Trucks waited at the Sher Khan Bandar", "crossing for the inspection of the"],
                      ["fron-", "tier post, officials said."], ["Khorog was quiet."]):
            fig = plt.figure(figsize=(8.27, 11.69))
            for i, line in enumerate(lines):
                fig.text(0.08, 0.95 - i * 0.025, line, fontsize=10)
            pdf.savefig(fig)
            plt.close(fig)
    [doc] = list(iter_documents([tmp_path / "two.pdf"]))
    assert doc.text == ("Trucks waited at the Sher Khan Bandar crossing for the inspection of the frontier post, "
                        "officials said.\n\nKhorog was quiet.")
    assert join_pages(["It ended.", "next page", "", "Another"]) == "It ended.\n\nnext page\n\nAnother"


def test_reference_mentions_do_not_feed_the_density_raster(gz, tmp_path):
    from pyanj.layers import write_layers
    body = "Trucks queued at Sherkhan-Bandar on Monday."
    cited = body + "\n\nReferences\nSmith, J. (2019). Trade in Khorog and Ishkashim."
    for name, text in (("body", body), ("cited", cited)):
        write_layers(geocode(text, "d", gz), tmp_path / name, gazetteer=gz, density=tmp_path / f"{name}.tif")
    assert (tmp_path / "body.tif").read_bytes() == (tmp_path / "cited.tif").read_bytes()
    assert (tmp_path / "body" / "mentions.geojson").read_bytes() != (tmp_path / "cited" / "mentions.geojson").read_bytes()


@pytest.mark.browser
def test_browser_popups_say_where_coordinates_and_boundaries_come_from(browser, gz, tmp_path):
    from pyanj.render import write_map
    text = ("Trucks queued at Sherkhan-Bandar and at the Darvaz bridge in Darvoz district.\n\nReferences\n"
            "Smith, J. (2019). Trade in Khorog. Retrieved from https://example.org/x")
    path = write_map(geocode(text, "d", gz, title="Border report", url="https://example.org/r"),
                     tmp_path / "m.html", gazetteer=gz, offline=True)
    page = browser.new_page()
    try:
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.__pyanjReady === true", timeout=20000)
        texts = page.evaluate("""() => {
            const st = pyanj.maps[0], out = {};
            pyanj.rows(st.data.layers.crossings).forEach(r => { out[r.n] = pyanj.popup(st, r).textContent; });
            st.data.districts.filter(d => d.k > 0).forEach(d => {
                out[d.n] = pyanj.popup(st, d, "district").textContent; });
            out.settlements = pyanj.rows(st.data.layers.settlements).length;
            return out;
        }""")
    finally:
        page.close()
    darvaz = texts["Darvaz (Qalai Khumb–Nusay) Friendship Bridge"]
    assert "Precision: within about 1 km (the source gives whole minutes)" in darvaz
    assert "Coordinate from: http://Wiki2.org/en/Tajik%E2%80%93Afghan_Friendship_Bridge (38°27′N 70°50′E)" in darvaz
    assert "— Border report" in darvaz
    assert "Boundary from: geoBoundaries TJK ADM2 16282066B28036456763405" in texts["Darvoz"]
    assert texts["settlements"] == 0  # Khorog is named only in the reference list


def test_a_coordinate_written_to_the_minute_is_no_exact_point(gz):
    ms = geocode("The post lies at 37°29′N 71°33′E. The bridge is at 37°29'26.8\"N 71°33'32.2\"E.", "t", gz)
    assert [(m.surface, m.precision, m.where_prec) for m in ms if m.feature_type == "coordinate"] == [
        ("37°29′N 71°33′E", "minute", 2), ("37°29'26.8\"N 71°33'32.2\"E", "exact", 1)]


def test_reflow_keeps_a_number_in_its_sentence_and_a_footnote_on_its_own_line():
    from pyanj.text.formats import reflow
    page = ("Officials in the district said on Monday that more than\n300 Afghan soldiers crossed the border into "
            "Tajikistan at\nnight, and that the bridge at Sher Khan Bandar was shut for\n"
            "12 Smith, J. (2019). Trade. https://x.org\n• Khorog and Ishkashim were\nquiet.")
    assert reflow(page) == ("Officials in the district said on Monday that more than 300 Afghan soldiers crossed the "
                            "border into Tajikistan at night, and that the bridge at Sher Khan Bandar was shut for\n\n"
                            "12 Smith, J. (2019). Trade. https://x.org\n\n• Khorog and Ishkashim were quiet.")


def test_reference_pre_test_never_hides_a_reference_line(monkeypatch):
    """A text the one-scan pre-test passes over has no reference line by the line rules either (run here on
    the corpus and every gold text, the loop forced)."""
    from pyanj.text import references as R
    texts = [p.read_text(encoding="utf-8") for p in (REPO / "src/pyanj/bundled_data/corpus").glob("*.txt")]
    for f in ("tests/data/dev.jsonl", "tests/data/dev2.jsonl", "tests/data/dev_ru.jsonl"):
        texts += [json.loads(line)["text"] for line in (REPO / f).read_text(encoding="utf-8").splitlines()]
    passed = [t for t in texts if not R._any_sign(t)]
    assert len(passed) >= 50  # (most texts are decided by the pre-test)
    monkeypatch.setattr(R, "_any_sign", lambda text: True)
    assert all(R.reference_ranges(t) == [] for t in passed)
    assert R.reference_ranges("Notes\n1 Smith, J. (2019). Trade. https://x.org\n") == [(0, 5), (6, 46)]
