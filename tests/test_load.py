"""Document loading (pyanj.text.load) and the bad-input behaviour of ``pyanj geocode``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pyanj.cli import main
from pyanj.mention import FIELDS
from pyanj.text.load import Document, InputError, iter_documents, read_text_file, split_text

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "src" / "pyanj" / "bundled_data" / "corpus"


def docs(inputs, **kw):
    """(documents, warnings) of ``inputs``."""
    warnings = []
    out = list(iter_documents([str(i) for i in inputs], warn=warnings.append, **kw))
    return out, warnings


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def one_line_error(result, code=2):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pyanj: error: ")
    return lines[0]


def minimal_pdf(text: str) -> bytes:
    """A valid one-page PDF with ``text`` in Helvetica, xref offsets and all, written by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# -- formats -----------------------------------------------------------------------------------
def test_txt_and_md(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling near Khorog.\r\nMore text.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Notes\n\nRoads to *Ishkashim* closed.\n", encoding="utf-8")
    out, warnings = docs([tmp_path / "a.txt", tmp_path / "b.md"])
    assert [d.doc_id for d in out] == ["a", "b"]
    assert out[0].text == "Shelling near Khorog.\r\nMore text."  # as in the file: offsets are the file's
    assert out[1].text == "# Notes\n\nRoads to *Ishkashim* closed.\n"
    assert out[0].path == str(tmp_path / "a.txt")
    assert warnings == []
    assert read_text_file(tmp_path / "b.md") == out[1].text


def test_utf8_bom_and_utf16(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffDushanbe".encode("utf-8"))
    (tmp_path / "u16.txt").write_bytes("Kulob и Вахдат".encode("utf-16"))
    out, warnings = docs([tmp_path / "bom.txt", tmp_path / "u16.txt"])
    assert [d.text for d in out] == ["Dushanbe", "Kulob и Вахдат"]
    assert warnings == []


HTML = """<!DOCTYPE html>
<html><head>
<title>Floods  in Khorog | News</title>
<meta charset="utf-8">
<link rel="canonical" href="https://example.org/floods-khorog">
<meta property="article:published_time" content="2024-05-01T10:00:00Z">
<style>body { font-family: Kabul; }</style>
<script>var city = "Mazar-i-Sharif";</script>
</head>
<body>
<nav>Home</nav>
<h1>Floods in Khorog</h1>
<p>Water rose at <b>Ishkashim</b>&nbsp;and in Rushan.</p>
<script type="text/javascript">document.write("Kunduz");</script>
<noscript>Enable JavaScript in Taloqan</noscript>
<template><p>Faizabad template</p></template>
<div hidden><div>Jalalabad</div>hidden too</div>
<ul><li>Vanj</li><li>Darvoz</li></ul>
<p>Reported<br>from Dushanbe.</p>
</body></html>
"""


def test_html_visible_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (out,), warnings = docs([tmp_path / "page.html"])
    assert warnings == []
    assert out.doc_id == "page"
    assert out.title == "Floods in Khorog | News"
    assert out.url == "https://example.org/floods-khorog"
    assert out.date == "2024-05-01T10:00:00Z"
    t = out.text
    for hidden in ("Kabul", "Mazar", "Kunduz", "Taloqan", "Faizabad", "Jalalabad", "font-family", "News", "var "):
        assert hidden not in t, hidden
    assert "Water rose at Ishkashim and in Rushan." in t
    lines = t.splitlines()
    assert "Floods in Khorog" in lines  # the <h1>, a block of its own
    assert "Vanj" in lines and "Darvoz" in lines
    assert "Reported" in lines and "from Dushanbe." in lines  # <br> is a line break
    assert t.index("Home") < t.index("Floods") < t.index("Water") < t.index("Vanj") < t.index("Dushanbe")


def test_html_og_url_and_time(tmp_path):
    (tmp_path / "b.htm").write_bytes(
        b'<html><head><meta property="og:url" content="https://ex.org/b"></head>'
        b'<body><p>On <time datetime="2023-09-23">23 September</time> in Panj.</p></body></html>')
    (out,), _ = docs([tmp_path / "b.htm"])
    assert out.url == "https://ex.org/b"
    assert out.date == "2023-09-23"
    assert out.title is None
    assert out.text == "On 23 September in Panj."


def test_html_charset(tmp_path):
    (tmp_path / "c.html").write_bytes(
        '<html><head><meta charset="windows-1251"></head><body><p>Хорог</p></body></html>'.encode("cp1251"))
    (out,), warnings = docs([tmp_path / "c.html"])
    assert out.text == "Хорог" and warnings == []


def test_pdf_text_layer(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(minimal_pdf("Fighting near Khorog and Ishkashim."))
    (out,), warnings = docs([pdf])
    assert warnings == []
    assert out.doc_id == "report"
    assert "Fighting near Khorog and Ishkashim." in out.text


def test_pdf_unreadable_is_a_warning(tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    (tmp_path / "fake.pdf").write_bytes(b"just text")
    (tmp_path / "ok.txt").write_text("Khorog", encoding="utf-8")
    out, warnings = docs([tmp_path / "bad.pdf", tmp_path / "fake.pdf", tmp_path / "ok.txt"])
    assert [d.doc_id for d in out] == ["ok"]
    assert len(warnings) == 2
    assert all("skipped" in w and "\n" not in w for w in warnings)


# -- JSONL -------------------------------------------------------------------------------------
def test_jsonl_extra_keys_and_metadata(tmp_path):
    f = tmp_path / "gold.jsonl"
    rows = [
        {"doc_id": "d1", "text": "Shelling near Khorog.", "mentions": [{"start": 14}], "lang": "en",
         "title": "T1", "source_url": "https://ex.org/1", "published": "2024-01-02"},
        {"doc_id": 7, "text": "Roads to Ishkashim.", "url": "https://ex.org/7", "date": "2024-01-03"},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows) + "\n", encoding="utf-8")
    out, warnings = docs([f])
    assert warnings == []
    assert out == [
        Document("d1", "Shelling near Khorog.", str(f), title="T1", url="https://ex.org/1", date="2024-01-02"),
        Document("7", "Roads to Ishkashim.", str(f), url="https://ex.org/7", date="2024-01-03"),
    ]


def test_jsonl_malformed_lines_reported_and_rest_kept(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join([
        json.dumps({"doc_id": "a", "text": "Khorog"}),
        "{not json",
        json.dumps({"doc_id": "b"}),                  # no text
        json.dumps(["doc_id", "text"]),               # not an object
        json.dumps({"text": "no id"}),
        json.dumps({"doc_id": "c", "text": "Rushan"}),
    ]) + "\n", encoding="utf-8")
    out, warnings = docs([f])
    assert [d.doc_id for d in out] == ["a", "c"]
    assert warnings == [f"{f}:{n}: not a JSON object with doc_id and text" for n in (2, 3, 4, 5)]

    r = run(["geocode", str(f), "-o", str(tmp_path / "out.jsonl")])
    assert r.exit_code == 1, r.output  # done, with four lines skipped
    assert f"pyanj: warning: {f}:2: not a JSON object with doc_id and text" in r.stderr.splitlines()
    assert r.stderr.splitlines()[-1] == "pyanj: 4 inputs skipped (see the warnings above)"
    assert "Traceback" not in r.output
    got = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {m["doc_id"] for m in got} == {"a", "c"}


def test_jsonl_many_bad_lines_do_not_flood(tmp_path):
    f = tmp_path / "notes.jsonl"
    f.write_text("garbage\n" * 500 + json.dumps({"doc_id": "x", "text": "Khorog"}) + "\n", encoding="utf-8")
    out, warnings = docs([f])
    assert [d.doc_id for d in out] == ["x"]
    assert 1 < len(warnings) <= 25
    assert "500 malformed lines" in warnings[-1]


# -- directories, order, ids -------------------------------------------------------------------
def test_directory_recursion_order_and_filters(tmp_path):
    root = tmp_path / "in"
    for rel, body in {
        "b.txt": "Khorog",
        "a.md": "Rushan",
        "sub/c.html": "<p>Vanj</p>",
        "sub/deeper/d.txt": "Darvoz",
        "a_sub/e.txt": "Panj",
        "z.jsonl": json.dumps({"doc_id": "j1", "text": "Kulob"}) + "\n",
        "ignored.csv": "x,y",
        "image.png": "\x89PNG",
        ".hidden.txt": "Kabul",
        ".git/config.txt": "Kabul",
        "sub/.cache/x.txt": "Kabul",
    }.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body, encoding="utf-8")
    out, warnings = docs([root])
    assert warnings == []
    # sorted by path relative to the directory: a.md, a_sub/e.txt, b.txt, sub/c.html, sub/deeper/d.txt, z.jsonl
    assert [d.doc_id for d in out] == ["a", "e", "b", "c", "d", "j1"]
    assert [d.text for d in out] == ["Rushan", "Panj", "Khorog", "Vanj", "Darvoz", "Kulob"]
    again, _ = docs([root])
    assert again == out


def test_inputs_in_given_order(tmp_path):
    for n in ("x", "y"):
        (tmp_path / f"{n}.txt").write_text(n, encoding="utf-8")
    out, _ = docs([tmp_path / "y.txt", tmp_path / "x.txt"])
    assert [d.doc_id for d in out] == ["y", "x"]


def test_same_stem_twice_uses_relative_path(tmp_path):
    root = tmp_path / "in"
    for rel in ("2023/report.txt", "2024/report.txt", "2024/other.txt"):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(rel, encoding="utf-8")
    out, _ = docs([root])
    assert [d.doc_id for d in out] == ["2023/report", "other", "2024/report"]  # only the clashing stems


def test_corpus_doc_ids():
    out, warnings = docs([CORPUS])
    assert warnings == []
    assert out[0].doc_id == "000_70af19e81d46dbaf"
    assert [d.doc_id for d in out] == sorted(p.stem for p in CORPUS.glob("*.txt"))


# -- standard input ----------------------------------------------------------------------------
def test_stdin_via_cli(tmp_path):
    r = run(["geocode", "-"], input="Trucks crossed the river at Khorog and Ishkashim.\n")
    assert r.exit_code == 0, r.output
    got = [json.loads(line) for line in r.stdout.splitlines()]
    assert got and all(m["doc_id"] == "stdin" for m in got)
    assert "Khorog" in [m["surface"] for m in got]

    r = run(["geocode", "-", "-o", str(tmp_path / "o.jsonl")], input=b"Khorog \xff\xfe town\n")
    assert r.exit_code == 0
    assert r.stderr.count("undecodable") == 1
    assert (tmp_path / "o.jsonl").exists()


def test_stdin_in_iter_documents(monkeypatch):
    import io
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Rushan".encode()), encoding="utf-8"))
    out, _ = docs(["-"])
    assert out == [Document("stdin", "Rushan")]


# -- bad input ---------------------------------------------------------------------------------
def test_binary_file_skipped_with_warning(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"GIF89a\x00\x01\x02\x00" + bytes(range(256)))
    (tmp_path / "ok.txt").write_text("Khorog", encoding="utf-8")
    out, warnings = docs([tmp_path / "blob.txt", tmp_path / "ok.txt"])
    assert [d.doc_id for d in out] == ["ok"]
    assert warnings == [f"{tmp_path / 'blob.txt'}: binary file, skipped"]

    r = run(["geocode", str(tmp_path), "-o", str(tmp_path / "out.jsonl")])
    assert r.exit_code == 1  # done, with an input skipped (README: exit status)
    assert f"pyanj: warning: {tmp_path / 'blob.txt'}: binary file, skipped" in r.stderr.splitlines()
    assert r.stderr.splitlines()[-1] == "pyanj: 1 input skipped (see the warnings above)"


def test_undecodable_bytes_warned_once(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Khorog café ".encode("latin-1") * 50 + "naïve".encode("latin-1"))
    (out,), warnings = docs([f])
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{f}: undecodable bytes") and "U+FFFD" in warnings[0]
    assert out.text.count("\ufffd") == 51
    assert out.text.startswith("Khorog caf\ufffd ")


def test_empty_files_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text(" \n\n\t\n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Khorog", encoding="utf-8")
    out, warnings = docs([tmp_path])
    assert [d.doc_id for d in out] == ["ok"]
    assert sorted(warnings) == sorted(f"{tmp_path / n}: empty file, skipped" for n in
                                      ("empty.txt", "blank.md", "empty.jsonl"))


def test_only_empty_input_is_an_error_and_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    r = run(["geocode", str(tmp_path / "empty.txt"), "-o", str(out)])
    assert r.exit_code == 2
    assert "pyanj: error: no readable documents in the inputs" in r.stderr
    assert not out.exists()


def test_missing_path_raises_before_anything_is_read(tmp_path):
    (tmp_path / "ok.txt").write_text("Khorog", encoding="utf-8")
    with pytest.raises(InputError, match=r"^no such file or directory: .*nope\.txt$"):
        iter_documents([str(tmp_path / "ok.txt"), str(tmp_path / "nope.txt")])


def test_missing_path_cli_exit_2_one_line_no_output(tmp_path):
    (tmp_path / "ok.txt").write_text("Khorog", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run(["geocode", str(tmp_path / "ok.txt"), str(tmp_path / "missing.txt"), "-o", str(out)])
    line = one_line_error(r)
    assert line == f"pyanj: error: no such file or directory: {tmp_path / 'missing.txt'}"
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "ok.txt"]  # no temporary file left either


def test_missing_path_keeps_an_existing_output(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    r = run(["geocode", str(tmp_path / "missing"), "-o", str(out)])
    one_line_error(r)
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_output_is_a_directory(tmp_path):
    r = run(["geocode", str(CORPUS), "-o", str(tmp_path)])
    assert one_line_error(r) == f"pyanj: error: cannot write {tmp_path}: is a directory"


def test_output_unwritable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    r = run(["geocode", str(CORPUS), "-o", str(blocker / "out.jsonl")])  # parent is a file
    assert one_line_error(r).startswith(f"pyanj: error: cannot write {blocker / 'out.jsonl'}: ")
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        try:
            r = run(["geocode", str(CORPUS), "-o", str(ro / "out.jsonl")])
            one_line_error(r)
        finally:
            ro.chmod(0o700)


def test_output_file_inside_input_directory_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling near Khorog.", encoding="utf-8")
    out = tmp_path / "mentions.jsonl"
    for _ in range(2):
        r = run(["geocode", str(tmp_path), "-o", str(out)])
        assert r.exit_code == 0
        assert "warning" not in r.stderr
    assert {json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()} == {"a"}


def test_progress_bar_does_not_break(tmp_path):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text("Khorog", encoding="utf-8")
    out = list(iter_documents([str(tmp_path)], progress=True))
    assert len(out) == 6


# -- the command on the bundled corpus ---------------------------------------------------------
def test_geocode_corpus_jsonl(tmp_path):
    out = tmp_path / "out.jsonl"
    r = run(["geocode", str(CORPUS), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 50
    assert f"{len(lines)} mentions" in r.stderr
    seen = set()
    for line in lines:
        m = json.loads(line)
        keys = list(m)
        assert keys[:len(FIELDS)] == list(FIELDS)
        assert tuple(FIELDS) == ("doc_id", "start", "end", "surface", "sentence", "place_id", "name",
                                 "feature_type", "country", "lat", "lon", "precision", "geo_precision",
                                 "where_prec", "confidence", "candidates", "flags")
        assert texts[m["doc_id"]][m["start"]:m["end"]] == m["surface"]
        seen.add(m["doc_id"])
    assert seen == set(texts)


def test_split_text_covers_the_text():
    text = ("Khorog is on the Pyanj.\nA line.\n\n" * 40) + "x" * 300
    pieces = list(split_text(text, 100))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 100 for _, p in pieces)
    assert [o for o, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]
    assert all(p.endswith("\n\n") for _, p in pieces[:-5])  # cut at paragraph breaks while there are any
    assert list(split_text("short", 100)) == [(0, "short")]


def test_long_text_offsets_are_document_offsets(tmp_path):
    base = (CORPUS / "002_2b500f95c8c559aa.txt").read_text(encoding="utf-8")
    text = (base + "\n\n") * (600_000 // len(base) + 1)  # longer than one piece
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8", newline="")
    out = tmp_path / "long.jsonl"
    r = run(["geocode", str(f), "-o", str(out)])
    assert r.exit_code == 0, r.output
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert got[-1]["start"] > 500_000
    for m in got:
        assert text[m["start"]:m["end"]] == m["surface"]
        assert " ".join(text[m["sentence_start"]:m["sentence_end"]].split()) == m["sentence"]


# -- a 100 MB text -----------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("PYANJ_SLOW") != "1", reason="slow: set PYANJ_SLOW=1")
def test_100mb_text(tmp_path):
    import resource
    import subprocess

    base = (CORPUS / "004_0e8dfcc676eeae0f.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:
        n = 0
        while n < 100_000_000:
            fh.write(base)
            fh.write("\n\n")
            n += len(base) + 2
    out = tmp_path / "big.jsonl"
    # a child process, so its peak memory is its own
    r = subprocess.run([sys.executable, "-m", "pyanj.cli", "geocode", str(big), "-o", str(out)],
                       capture_output=True, text=True, timeout=3600)
    assert r.returncode == 0, r.stderr[-2000:]
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < 1500, f"peak RSS {peak_mb:.0f} MB"
    text = big.read_text(encoding="utf-8")
    count = 0
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            m = json.loads(line)
            assert text[m["start"]:m["end"]] == m["surface"]
            count += 1
    assert count > 100_000
