"""HTML tables for notebooks: every value escaped, since names and sentences come from documents."""

from __future__ import annotations

from html import escape


def table_html(headers, rows, caption: str | None = None, max_rows: int = 200) -> str:
    head = "".join(f"<th>{escape(str(h))}</th>" for h in headers)
    body = []
    for r in list(rows)[:max_rows]:
        body.append("<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in r) + "</tr>")
    more = len(rows) - max_rows if hasattr(rows, "__len__") and len(rows) > max_rows else 0
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    tail = f"<tr><td colspan='{len(headers)}'>… {more} more</td></tr>" if more > 0 else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}{tail}</tbody></table>"
