"""Table rows in extracted text: one row is one quotable unit, read with its column names.

Extraction writes a table as one line per row: HTML as Markdown rows ("| Trygghetslarm | 250 kr/månad |",
a "|---|" line under the header), DOCX as cells joined by " | ". Read as prose, rows without a final dot
ran together into one "sentence" ("| Måndag–torsdag | 08.00–16.00 | | Fredag | 08.00–12.00 |"), the header
row was quoted as an answer, and a quoted row said "250 kr/månad" without saying what it is the fee of.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_DIGIT = re.compile(r"\d")
# A header without a "|---|" line under it (DOCX): the first row of a table of at least this many rows,
# holding no digit (column names, not values).
_MIN_ROWS_FOR_PLAIN_HEADER = 3


def is_separator(line: str) -> bool:
    """The "|---|---|" line under a Markdown table's header: layout, never a sentence."""
    return bool(_SEPARATOR.match(line))


def is_row(line: str) -> bool:
    """A table row: cells between pipes ("| a | b |") or joined by " | " ("a | b")."""
    s = line.strip()
    if not s or is_separator(s):
        return False
    return (len(s) > 2 and s.startswith("|") and s.endswith("|")) or " | " in s


def cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def _line_at(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _next_line(text: str, b: int) -> tuple[int, int] | None:
    return _line_at(text, b + 1) if b < len(text) else None


def _first_row(text: str, a: int) -> int:
    """The start of the table (its first row or separator line) that the line at `a` is in."""
    while a > 0:
        pa, pb = _line_at(text, a - 1)
        if not (is_row(text[pa:pb]) or is_separator(text[pa:pb])):
            break
        a = pa
    return a


def _rows_from(text: str, a: int) -> int:
    """How many rows the table has from the line at `a` down (separator lines not counted)."""
    n, line = 0, _line_at(text, a)
    while True:
        s = text[line[0]:line[1]]
        if is_row(s):
            n += 1
        elif not is_separator(s):
            return n
        nxt = _next_line(text, line[1])
        if nxt is None:
            return n
        line = nxt


def _title_row(row: str) -> bool:
    """A caption across the table in its first row ("| Tallmora | |", an infobox's name over its "| Land |
    Sverige |" rows): only the first cell filled. It names no column; read as column names it made every row
    "Tallmora: Area; 6,84 km²" (a top-left cell left empty, "| | 2023 | 2024 |", is a real header)."""
    values = cells(row)
    return len(values) >= 2 and bool(values[0]) and not any(values[1:])


# A cell that is only a value: a number, an amount, a time or a range of them ("251", "7.198 kr.", "08.00–16.00").
_BARE_VALUE = re.compile(r"^[\d\s.,:;%/+–—-]*\d[\d\s.,:;%/+–—-]*(?:kr\.?|€|\$|£|euro|eur)?$", re.IGNORECASE)


def _next_row(text: str, b: int) -> tuple[int, int] | None:
    """The row after the line ending at `b`, past separator lines (None: the table ends)."""
    line = _next_line(text, b)
    while line is not None and is_separator(text[line[0]:line[1]]):
        line = _next_line(text, line[1])
    return line if line is not None and is_row(text[line[0]:line[1]]) else None


def _header_line(text: str, first: tuple[int, int]) -> tuple[int, int] | None:
    """The row that names a table's columns, given its first row: that row when a "|---|" line follows it, or
    (DOCX, no such line) when the table has at least three rows and none of its cells is a bare value ("Tilbud |
    Elever 2025 | Venteliste" names columns, "Musikk | 251 | 58" does not). Under a caption row (`_title_row`),
    the row after it, when a "|---|" line follows that one and it holds no digit: an HTML table's <caption> above
    its <thead> ("| Satser for folkepension 2025 | | |" over "| Ydelse | Enlig | Gift |"), where every row read
    "Ældrecheck; 19.700 kr.; 19.700 kr." without what the amounts are; an infobox's first "| Född | 3 april 1921 |"
    row under its name holds a digit and is no header."""
    row, after_title = first, False
    if _title_row(text[first[0]:first[1]]):
        nxt = _next_row(text, first[1])
        if nxt is None:
            return None
        row, after_title = nxt, True
    line = text[row[0]:row[1]]
    below = _next_line(text, row[1])
    if below is not None and is_separator(text[below[0]:below[1]]):
        return None if after_title and _DIGIT.search(line) else row
    if after_title:
        return None
    return row if (_rows_from(text, row[0]) >= _MIN_ROWS_FOR_PLAIN_HEADER
                   and not any(_BARE_VALUE.match(c) for c in cells(line) if c)) else None


def header(text: str, pos: int) -> list[str] | None:
    """The column names of the table row at offset `pos` of `text` (None: no header, or this row is it)."""
    a, b = _line_at(text, pos)
    if not is_row(text[a:b]):
        return None
    first = _line_at(text, _first_row(text, a))
    if not is_row(text[first[0]:first[1]]):
        return None
    head = _header_line(text, first)
    if head is None or head[0] >= a:
        return None
    names = cells(text[head[0]:head[1]])
    return names if len(names) == len(cells(text[a:b])) else None


def is_header(text: str, pos: int) -> bool:
    """Whether the row at `pos` is its table's header or caption row (column names and captions answer nothing)."""
    a, b = _line_at(text, pos)
    if not is_row(text[a:b]):
        return False
    first = _line_at(text, _first_row(text, a))
    if first[0] == a and _title_row(text[a:b]):
        return True
    head = _header_line(text, first) if is_row(text[first[0]:first[1]]) else None
    return head is not None and head[0] == a


def render(row: str, names: list[str] | None) -> str:
    """A row as it reads in an answer: "Tjänst: Trygghetslarm; Avgift: 250 kr/månad"; without column names,
    two cells as "Fredag: 08.00–12.00" and more as "a; b; c". Empty cells are left out."""
    values = cells(row)
    if names is not None:
        pairs = [f"{n}: {v}" if n else v for n, v in zip(names, values, strict=True) if v]
        return "; ".join(pairs)
    values = [v for v in values if v]
    if len(values) == 2:
        return f"{values[0]}: {values[1]}"
    return "; ".join(values)
