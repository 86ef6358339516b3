"""Make a rendered map self-contained: every CDN ``<script src>``/``<link href>`` becomes inline text.

CSS ``url(...)`` references (icons, sprites) become ``data:`` URIs, so an offline map needs nothing
but the HTML file.  A script or stylesheet whose address is not vendored is an error, never a silent
network request.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from pathlib import Path

from pyanj.render.assets import BY_URL

_SCRIPT = re.compile(r'<script\b[^>]*\bsrc\s*=\s*"([^"]+)"[^>]*>\s*</script>', re.I)
_LINK = re.compile(r'<link\b[^>]*\bhref\s*=\s*"([^"]+)"[^>]*/?>', re.I)
_CSS_URL = re.compile(r'url\(\s*([\'"]?)([^\'")]+)\1\s*\)')
_SOURCEMAP = re.compile(r"^\s*//[#@]\s*sourceMappingURL=.*$", re.M)
_EXTERNAL = re.compile(r'<(?:script|img|link|iframe|source|embed)\b[^>]*\b(?:src|href)\s*=\s*["\']?(?:https?:)?//',
                       re.I)


class OfflineError(ValueError):
    """The map loads something that is not vendored, so it cannot be made offline."""


def data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if path.suffix == ".svg":
        mime = "image/svg+xml"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def inline_css(path: Path) -> str:
    """A vendored stylesheet with every relative ``url()`` turned into a ``data:`` URI."""
    text = path.read_text(encoding="utf-8")

    def repl(m):
        ref = m.group(2).strip()
        if ref.startswith(("data:", "#")):
            return m.group(0)
        if "//" in ref:
            raise OfflineError(f"{path.name}: external url({ref}) in a vendored stylesheet")
        target = (path.parent / ref.split("?")[0].split("#")[0]).resolve()
        return f'url("{data_uri(target)}")'

    return _SOURCEMAP.sub("", _CSS_URL.sub(repl, text))


def _script_text(text: str) -> str:
    # an inline script ends at the first "</script": vendored code never contains one, but be sure
    return _SOURCEMAP.sub("", text).replace("</script", "<\\/script")


def inline_assets(html: str) -> str:
    """``html`` with every CDN script and stylesheet replaced by its vendored text."""

    def script(m):
        url = m.group(1)
        if url not in BY_URL:
            raise OfflineError(f"script {url} is not vendored: cannot make the map offline")
        return "<script>" + _script_text(BY_URL[url].read_text(encoding="utf-8")) + "</script>"

    def link(m):
        tag, url = m.group(0), m.group(1)
        if "stylesheet" not in tag.lower():
            if re.match(r"(?:https?:)?//", url):
                raise OfflineError(f"link {url} would be fetched: cannot make the map offline")
            return tag
        if url not in BY_URL:
            raise OfflineError(f"stylesheet {url} is not vendored: cannot make the map offline")
        return "<style>" + inline_css(BY_URL[url]).replace("</style", "<\\/style") + "</style>"

    out = _LINK.sub(link, _SCRIPT.sub(script, html))
    bad = _EXTERNAL.search(out)
    if bad:
        raise OfflineError(f"the offline map still loads {bad.group(0)[:120]!r}")
    return out


def external_references(html: str) -> list[str]:
    """Every http(s) address a script/link/img/iframe tag would load (tests use this)."""
    return [m.group(0) for m in _EXTERNAL.finditer(html)]
