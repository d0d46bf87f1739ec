"""Sentence spans, so that answers can quote exact text with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lang import tables, union

# End of sentence: . ! ? (and the quotes or brackets that close there, which stay with the sentence)
# then whitespace and an upper-case letter or digit, maybe after an opening quote, bullet or dash. Quotes
# of every pack's languages: «…» (no, sv, fi), »…« (da, de), „…“ (de), ”…” (sv, fi), “…” (en, nl);
# capitals beyond ASCII from Latin-1 and Latin Extended-A ("Østlandet", "Čapek", "Łódź").
_CAPITALS = "A-Z0-9" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_BOUNDARY = re.compile(rf"(?<=[.!?…])(?P<close>[\"'”’“»«)\]]*)\s+(?=[\"'“‘„«»(\[\-–•#]?[{_CAPITALS}])")
# An abbreviation (from the language packs) or a single capital ("A. Nilsson") before the dot.
_ABBREV = re.compile(r"(?:\b(?:" + "|".join(union(lambda p: p.abbreviations)) + r")|\b[A-ZÅÄÖ])\.$", re.IGNORECASE)
# A month abbreviation before a number ("Jan. 2020", "dec. 2025") and an ordinal after an article or
# preposition ("am 3. Oktober 1990", "der 2. Weltkrieg", "das 60. Lebensjahr") or before a month name: the
# dot ends no sentence. Bare numbers still do ("klokken 21. Etter noen timer…", "til TV 2. Den…").
_MONTHS = "|".join(union(lambda p: p.months))
_MONTH_BEFORE_NUMBER = re.compile(rf"\b(?:{_MONTHS})\.$", re.IGNORECASE)
_ORDINAL = re.compile(rf"\b(?:{'|'.join(union(lambda p: p.ordinal_before))})\s+\d{{1,3}}\.$", re.IGNORECASE)
_BARE_ORDINAL = re.compile(r"(?<![\d.,:/])\b\d{1,3}\.$")
_MONTH_NEXT = re.compile(rf"(?:{_MONTHS})\b", re.IGNORECASE)
_SHORT_LINE_WORDS = 6
# A list item's marker: "- ", "• ", "* ", "1. ", "2) ".
BULLET = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+")
# Lower-case particles inside a person's name ("Jan van der Berg", "Konrad von Steinach", "Maria da Silva"): a byline's
# name (ingest/cleaning.py) and a field's names (ingest/chunking.py) go on over them.
NAME_PARTICLES = ("van", "von", "der", "den", "de", "af", "du", "la", "le", "ter", "ten", "zu", "di", "da", "dos")
# National phone numbers with a trunk 0 ("0521-72 23 93") or international ones ("+47 …"); Norway and Denmark dial
# eight digits without a 0, written in pairs or 3-2-3 ("Telefon: 76 11 20 00", "412 34 567"): those were no
# contact, so a Norwegian page's phone line was not part of its contact block.
PHONE = re.compile(r"(?:\+|\b0)\d[\d ()/-]{5,}\d|\b\d{2}(?: \d{2}){3}\b|\b\d{3} \d{2} \d{3}\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# A line that is only a street address with its postcode and town ("Markt 1, 4531 AB Dijkhoven", "Rådhustorvet 4,
# 7480 Vesterå", "Industriestraße 12, 69514 Lindheim"), maybe after the name of the place ("Volkshochschule Lindenau,
# Marktstraße 12, 08451 Lindenau", schools set): postcodes of NL, DE/FI, SE and DK/NO.
_POSTAL = (r" \d{1,4}\s?[a-zA-Z]?,\s*(?:[A-Z]{1,2}-)?(?:\d{4}\s?[A-Z]{2}|\d{3}\s?\d{2}|\d{4,5})\s+"
           r"[^\W\d][\w-]*(?:\s[^\W\d][\w-]*)?\W*$")  # a house number, a postcode and a place, ending the line
STREET = re.compile(rf"^\W*[^\W\d][\w.'’, -]*{_POSTAL}")
# A line that ends in one, after other text: a PDF table's row read as a line ("Skadeklinikken i Haderup Kl. 8–22
# Torvegade 3, 6100 Haderup")
ENDS_IN_ADDRESS = re.compile(rf"\b[^\W\d][\w.'’-]*{_POSTAL}")
# A label and its value ("Telefon: 76 11 20 00", "Telefontid: måndag–torsdag kl. 9–11", "E-post: a@b.no"): a line
# of a contact block. A number before the colon keeps "Del 1: Historia" out.
_LABELLED_VALUE = re.compile(r"^[^\d:]{1,40}:\s+\S.*[\d@]")


def labelled_value(line: str) -> bool:
    return bool(_LABELLED_VALUE.match(line.strip()))


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _lines(text: str) -> list[tuple[int, int]]:
    """Line groups: a blank line and a list item's marker always separate; short label lines ("Telefon:", a
    name) join the next line so that "Internationell samordnare / Anders Fridén" stays one unit."""
    groups: list[tuple[int, int]] = []
    pos = 0
    cur: tuple[int, int] | None = None
    for raw in text.split("\n"):
        a, b = pos, pos + len(raw)
        pos = b + 1
        s = raw.strip()
        row = tables.is_row(s)
        if not s or row or tables.is_separator(s):
            # A table row is a unit of its own, joined to nothing and split at no dot; a "|---|" line is none.
            if cur:
                groups.append(cur)
            if row:
                groups.append((a, b))
            cur = None
            continue
        if cur is None:
            cur = (a, b)
            continue
        if BULLET.match(s):
            # Each list item is a unit: short items ran together as label lines ("- ateriapalvelu\n-
            # turvapuhelin\n- kauppa- ja asiointipalvelu" was one "sentence" and one quote).
            groups.append(cur)
            cur = (a, b)
            continue
        prev = text[cur[0]:cur[1]].strip()
        prev_short = len(prev.split()) < _SHORT_LINE_WORDS and not prev.endswith((".", "!", "?"))
        if prev_short and len(s.split()) < 2 * _SHORT_LINE_WORDS:
            cur = (cur[0], b)
        else:
            groups.append(cur)
            cur = (a, b)
    if cur:
        groups.append(cur)
    return groups


def sentence_spans(text: str, offset: int = 0) -> list[Span]:
    """Split `text` into trimmed sentence spans; offsets are shifted by `offset`."""
    spans: list[Span] = []
    for la, lb in _lines(text):
        line = text[la:lb]
        if tables.is_row(line):
            _append(spans, text, la, lb, offset)
            continue
        pos = 0
        pending: int | None = None
        for m in _BOUNDARY.finditer(line):
            start = pos if pending is None else pending
            if _continues(line[start:m.start()], line[m.end():]):
                pending = start  # "t.ex. Nässjö": not a boundary
                pos = m.end()
                continue
            pending = None
            _append(spans, text, la + start, la + m.end("close"), offset)
            pos = m.end()
        _append(spans, text, la + (pos if pending is None else pending), lb, offset)
    return spans


def _continues(before: str, after: str) -> bool:
    """Whether the dot that ends `before` is inside a sentence: an abbreviation, or a number's dot."""
    if _ABBREV.search(before):
        return True
    if after[:1].isdigit():
        return bool(_MONTH_BEFORE_NUMBER.search(before))
    return bool(_ORDINAL.search(before) or (_BARE_ORDINAL.search(before) and _MONTH_NEXT.match(after)))


def _append(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start + offset, end + offset))
