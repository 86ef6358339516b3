"""Output snapshot: every text of the bundled corpus and of the dev sets geocoded with the bundled
gazetteer and weights; the mentions' JSON lines (sorted by document, then offset) hashed with sha256.

Run: python bench/snapshot.py [--out FILE]   (prints the sha256; --out keeps the lines
but the held-out set's, to diff)
A speed change must leave the sha unchanged. Only the hash of the held-out set is looked at.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev_ru")


def documents():
    for p in sorted((REPO / "src" / "pyanj" / "bundled_data" / "corpus").glob("*.txt")):
        yield "corpus", p.stem, p.read_text(encoding="utf-8"), None, None, None
    for s in SETS:
        with open(REPO / "tests" / "data" / f"{s}.jsonl", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    yield s, d["doc_id"], d["text"], d.get("title"), d.get("url"), d.get("date")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", help="write the sorted lines here (to diff two trees)")
    a = ap.parse_args()
    from pyanj import gazetteer
    from pyanj.resolve import geocode
    gz = gazetteer.load()
    lines = []
    for s, doc_id, text, title, url, date in documents():
        for m in geocode(text, doc_id, gz, title=title, url=url, date=date):
            lines.append((s, doc_id, m.start, m.end, m.to_json()))
    lines.sort()
    blob = "".join(f"{s}\t{line}\n" for s, _d, _a, _b, line in lines).encode("utf-8")
    if a.out:  # the held-out set's lines are left out of the file: only its hash is looked at
        Path(a.out).write_bytes("".join(f"{s}\t{line}\n" for s, _d, _a, _b, line in lines
                                        if s != "dev3").encode("utf-8"))
    print(hashlib.sha256(blob).hexdigest(), len(lines))


if __name__ == "__main__":
    main()
