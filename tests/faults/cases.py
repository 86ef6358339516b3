"""The fault cases (issue 15): each ``case_*`` takes a fresh directory and returns the promises it saw broken.

Input-side cases here (encodings, devices, sizes, folders, documents); the output side in ``outputs.py``."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.faults.harness import GOOD, doc_ids, is_root, pyanj

CASES: dict[str, callable] = {}


def case(fn):
    CASES[fn.__name__.removeprefix("case_")] = fn
    return fn


def _good(d: Path, name="good.txt") -> Path:
    p = d / name
    p.write_text(GOOD, encoding="utf-8")
    return p


def _with_bad(d: Path, bad_name: str, bad: bytes, want_rc=1, extra=()) -> set[str]:
    """geocode a folder with one good and one bad document: the good one kept, one warning, exit 1."""
    src = d / "in"
    src.mkdir()
    _good(src)
    (src / bad_name).write_bytes(bad)
    r = pyanj("geocode", src, *extra, "-o", d / "m.jsonl", cwd=d)
    p = r.problems(ok_codes=(want_rc,))
    if "good" not in doc_ids(d / "m.jsonl"):
        p.add("data_lost")
    if r.rc == want_rc and "warning" not in r.err:
        p.add("other")
    return p


# -- encodings --------------------------------------------------------------------------------
def _charset_case(enc):
    def run(d: Path) -> set[str]:
        page = f'<html><head><meta charset="{enc}"></head><body><p>Fighting near Khorog.</p></body></html>'
        return _with_bad(d, "page.html", page.encode("ascii"), want_rc=0)
    run.__name__ = f"case_charset_{enc.replace('-', '_')}"
    return case(run)


for _enc in ("base64", "hex", "zlib", "rot13", "undefined", "utf-7", "unicode_escape", "bogus-codec"):
    _charset_case(_enc)


@case
def case_charset_declared_but_wrong(d: Path) -> set[str]:
    """cp1251 bytes declared as utf-8: falls back to detection, the text still found."""
    page = '<html><head><meta charset="utf-8"></head><body><p>Бои у Хорога.</p></body></html>'.encode("cp1251")
    p = _with_bad(d, "page.html", page, want_rc=0)
    ids = doc_ids(d / "m.jsonl")
    if "page" not in ids:
        p.add("data_lost")
    return p


@case
def case_utf16_declared_on_ascii(d: Path) -> set[str]:
    page = b'<html><head><meta charset="utf-16"></head><body><p>Fighting near Khorog.</p></body></html>'
    p = _with_bad(d, "page.html", page, want_rc=0)
    if "page" not in doc_ids(d / "m.jsonl"):
        p.add("data_lost")
    return p


@case
def case_lone_surrogate_in_jsonl(d: Path) -> set[str]:
    line = json.dumps({"doc_id": "bad", "text": "Khorog \ud800 town"})
    p = _with_bad(d, "x.jsonl", line.encode("ascii") + b"\n", want_rc=0)
    out = (d / "m.jsonl").read_bytes() if (d / "m.jsonl").exists() else b""
    try:
        out.decode("utf-8")
    except UnicodeDecodeError:
        p.add("other")
    return p


@case
def case_latin1_file_name(d: Path) -> set[str]:
    p = _with_bad(d, "caf\udce9.txt", GOOD.encode("utf-8"), want_rc=0)
    if len(doc_ids(d / "m.jsonl")) != 2:
        p.add("data_lost")
    return p


@case
def case_nul_byte_in_text(d: Path) -> set[str]:
    p = _with_bad(d, "nul.txt", b"Khorog\x00 is on the Pyanj.\n" + GOOD.encode(), want_rc=0)
    if "nul" not in doc_ids(d / "m.jsonl"):
        p.add("data_lost")
    return p


@case
def case_binary_file(d: Path) -> set[str]:
    return _with_bad(d, "blob.txt", bytes(range(256)) * 40)


@case
def case_only_bad_documents(d: Path) -> set[str]:
    (d / "blob.txt").write_bytes(bytes(range(256)) * 40)
    p = set()
    for cmd, out in (("geocode", "m.jsonl"), ("layers", "L"), ("map", "m.html")):
        r = pyanj(cmd, d / "blob.txt", "-o", d / out, cwd=d)
        p |= r.problems(ok_codes=(2,))
        if (d / out).exists():
            p.add("partial")
    return p


# -- devices, FIFOs, sizes --------------------------------------------------------------------
@case
def case_fifo_input(d: Path) -> set[str]:
    src = d / "in"
    src.mkdir()
    _good(src)
    os.mkfifo(src / "pipe.txt")
    r = pyanj("geocode", src, src / "pipe.txt", "-o", d / "m.jsonl", cwd=d, timeout=30)
    p = r.problems(ok_codes=(1,))
    if not r.hung and "good" not in doc_ids(d / "m.jsonl"):
        p.add("data_lost")
    return p


@case
def case_dev_zero_input(d: Path) -> set[str]:
    _good(d)
    r = pyanj("geocode", d / "good.txt", "/dev/zero", "-o", d / "m.jsonl", cwd=d, timeout=30)
    p = r.problems(ok_codes=(1,))
    if not r.hung and "good" not in doc_ids(d / "m.jsonl"):
        p.add("data_lost")
    return p


@case
def case_fifo_as_gold_weights_or_dem(d: Path) -> set[str]:
    """A FIFO named where a file is read whole (gold, --weights, --dem): one line, exit 2, no hang."""
    _good(d)
    os.mkfifo(d / "pipe")
    p = set()
    for args in (("evaluate", "pipe"), ("geocode", "good.txt", "--weights", "pipe", "-o", "m.jsonl"),
                 ("terrain", "sample", "71", "37", "--dem", "pipe")):
        r = pyanj(*args, cwd=d, timeout=30)
        p |= r.problems(ok_codes=(2,))
        if not r.hung and len(r.err.strip().splitlines()) != 1:
            p.add("other")
    return p


@case
def case_file_over_size_limit(d: Path) -> set[str]:
    p = _with_bad(d, "big.txt", b"Khorog and Darvaz. " * 2000, extra=("--max-bytes", "10000"))
    return p


@case
def case_column_of_names(d: Path) -> set[str]:
    """96 KB of place names one a line (no full stops): output and time linear."""
    names = ["Khorog", "Darvaz", "Ishkashim", "Rushan", "Vanj", "Shughnan", "Faizabad", "Kunduz"]
    (d / "col.txt").write_text("\n".join(names[i % len(names)] for i in range(12_000)), encoding="utf-8")
    r = pyanj("geocode", d / "col.txt", "-o", d / "m.jsonl", cwd=d, timeout=60)
    p = r.problems()
    if not r.hung and (d / "m.jsonl").exists() and (d / "m.jsonl").stat().st_size > 60_000_000:
        p.add("other")
    return p


@case
def case_deep_hidden_html(d: Path) -> set[str]:
    html = "<html><body><p>Khorog.</p><div hidden>" + "<span><b>" * 14_000 + "x" + "</b></span>" * 14_000 + \
        "</div><p>Darvaz.</p></body></html>"
    (d / "deep.html").write_text(html, encoding="utf-8")
    r = pyanj("geocode", d / "deep.html", "-o", d / "m.jsonl", cwd=d, timeout=20)
    return r.problems()


@case
def case_unreadable_subfolder(d: Path) -> set[str]:
    if not is_root():
        return set()  # (needs setpriv to another user)
    src = d / "in"
    (src / "locked").mkdir(parents=True)
    _good(src)
    _good(src / "locked", "hidden.txt")
    os.chown(src / "locked", 65534, 65534)
    os.chmod(src / "locked", 0o700)
    out = d / "out"
    out.mkdir()
    r = pyanj("geocode", src, "-o", out / "m.jsonl", cwd=d, user="nobody", PYANJ_CACHE=str(d / "cache"))
    p = r.problems(ok_codes=(1,))
    if "good" not in doc_ids(out / "m.jsonl"):
        p.add("data_lost")
    if "locked" not in r.err:
        p.add("other")
    return p


@case
def case_too_deep_folders(d: Path) -> set[str]:
    src = d / "in"
    src.mkdir()
    _good(src)
    deep = src
    fd = os.open(src, os.O_RDONLY)
    try:  # deeper than the recursion limit, made with relative paths (no PATH_MAX)
        cur = fd
        for _ in range(1100):
            os.mkdir("d", dir_fd=cur)
            nxt = os.open("d", os.O_RDONLY, dir_fd=cur)
            if cur != fd:
                os.close(cur)
            cur = nxt
        os.close(cur)
    finally:
        os.close(fd)
    del deep
    try:
        r = pyanj("geocode", src, "-o", d / "m.jsonl", cwd=d)
    finally:  # (shutil.rmtree itself recurses too deep here)
        subprocess.run(["rm", "-rf", str(src / "d")], check=False)
    p = r.problems(ok_codes=(0, 1))
    if "good" not in doc_ids(d / "m.jsonl"):
        p.add("data_lost")
    return p


# -- documents ------------------------------------------------------------------------------
@case
def case_duplicate_doc_ids(d: Path) -> set[str]:
    for n in ("a", "b"):
        (d / f"{n}.jsonl").write_text(json.dumps({"doc_id": "same", "text": GOOD}) + "\n", encoding="utf-8")
    r = pyanj("geocode", d / "a.jsonl", d / "b.jsonl", "-o", d / "m.jsonl", cwd=d)
    p = r.problems()
    if "already used" not in r.err:
        p.add("other")
    if len(doc_ids(d / "m.jsonl")) != 2:
        p.add("data_lost")
    return p


from tests.faults import outputs  # noqa: E402,F401  (registers the output-side cases, in this order)
