"""Sentence spans, so that answers can quote exact text with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# End of sentence: . ! ? (optionally followed by quotes/brackets) then whitespace and an
# upper-case letter, digit, quote, bullet or dash. A line break always ends a sentence.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[\-–•#]?[A-ZÅÄÖÆØÜÉ0-9])|\n+")
_ABBREV = re.compile(r"(?:\b(?:t\.ex|bl\.a|m\.m|d\.v\.s|ca|nr|tel|e\.g|i\.e|etc|dr|mr|mrs|st|jfr|"
                     r"mv|osv|bl|f\.eks|bl\.a|m\.fl|o\.a|z\.b|resp|vs)|\b[A-ZÅÄÖ])\.$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def sentence_spans(text: str, offset: int = 0) -> list[Span]:
    """Split `text` into trimmed sentence spans; offsets are shifted by `offset`."""
    spans: list[Span] = []
    pos = 0
    pending_start: int | None = None
    for m in _BOUNDARY.finditer(text):
        piece_end = m.start()
        start = pos if pending_start is None else pending_start
        candidate = text[start:piece_end]
        if "\n" not in m.group(0) and _ABBREV.search(candidate):
            pending_start = start  # "t.ex. Nässjö": not a boundary
            pos = m.end()
            continue
        pending_start = None
        _append(spans, text, start, piece_end, offset)
        pos = m.end()
    start = pos if pending_start is None else pending_start
    _append(spans, text, start, len(text), offset)
    return spans


def _append(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start + offset, end + offset))
