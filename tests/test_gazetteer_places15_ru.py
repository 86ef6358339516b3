"""places15_ru.toml: the Russian name of Beijing, cited from a page that is no dev text; exact mentions on sentences of
our own, and its adjective and a medium named after it kept out."""

import json
import re
from pathlib import Path

import pyanj
from pyanj.paths import data_dir

REPO = Path(__file__).resolve().parents[1]
FILE = data_dir() / "gazetteer" / "places15_ru.toml"


def _found(text):
    return [(m.surface, m.place_id, m.country) for m in pyanj.geocode(text)]


def test_no_source_is_a_dev_text():
    cited = FILE.read_text(encoding="utf-8") + (FILE.parent / "CURATION-places15_ru.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "tests/data").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            url = json.loads(line).get("url") or ""
            key = re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")
            assert not key or key not in cited, (path.name, url)


def test_beijing_in_its_cases():
    assert _found("Пекин. 3 марта. Делегация прибыла в Душанбе.")[0] == ("Пекин", "gn:1816670", "CN")
    assert ("Пекине", "gn:1816670", "CN") in _found("Переговоры прошли в Пекине.")
    assert ("Пекина", "gn:1816670", "CN") in _found("Министр вернулся из Пекина в Хорог.")


def test_an_adjective_or_a_medium_named_so_is_no_place():
    assert _found("Гастроли Пекинской оперы прошли в Душанбе.") == [("Душанбе", "gn:1221874", "TJ")]
    assert _found("Агентство «Пекин» сообщило о встрече.") == []
