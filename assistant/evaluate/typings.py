"""A question set as people type it: in lower case, in capitals, without diacritics, with a typo.

Robustness is measured by asking the same set typed otherwise (`assistant eval --typed upper`), so every typing is
scored against the same gold answers. Stop 52 found two such weaknesses this way: questions in capitals (every word
read as a name) and Norwegian questions without their letters ("Nar ble spraket occidental offentliggjort?").
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import replace

from assistant.evaluate.runner import Question
from assistant.lang.analysis import fold


def without_diacritics(text: str) -> str:
    """Every letter without its diacritics, its case kept ("Når døde López?" -> "Nar dode Lopez?")."""
    return "".join(ch if ch.isascii() else fold(ch).upper() if ch.isupper() else fold(ch) for ch in text)


# Neighbouring keys of a Nordic/German QWERTY keyboard's letter rows: the letter a slip of the finger gives instead.
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")
_NEIGHBOURS = {row[i]: row[max(0, i - 1):i] + row[i + 1:i + 2] for row in _ROWS for i in range(len(row))}
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def with_typo(text: str) -> str:
    """One typo in one word of five letters or more, the same each run (chosen by the question's CRC-32): two
    letters swapped, one dropped, one doubled or one struck with the key beside it, never the first letter, which
    people rarely miss ("Vem är kontaktperson för SERN?" -> "Vem är kontkatperson för SERN?")."""
    found = list(_LONG_WORD.finditer(text))
    if not found:
        return text
    h = zlib.crc32(text.encode("utf-8"))
    m = found[h % len(found)]
    w = m.group(0)
    i = 1 + (h >> 8) % (len(w) - 2)  # an inner letter: one follows it
    kind = (h >> 16) % 4
    if kind == 0 and w[i].casefold() != w[i + 1].casefold():
        typo = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind == 1:
        typo = w[:i] + w[i + 1:]
    elif kind == 2 or not _NEIGHBOURS.get(w[i].casefold()):
        typo = w[:i + 1] + w[i:]
    else:
        near = _NEIGHBOURS[w[i].casefold()]
        key = near[(h >> 24) % len(near)]
        typo = w[:i] + (key.upper() if w[i].isupper() else key) + w[i + 1:]
    return text[:m.start()] + typo + text[m.end():]


# typing -> how a question is typed; bm25s-style selector
TYPINGS: dict[str, Callable[[str], str]] = {
    "as-written": lambda q: q,
    "lower": str.lower,
    "upper": str.upper,
    "ascii": without_diacritics,
    "typos": with_typo,
}


def retyped(questions: list[Question], typing: str) -> list[Question]:
    """The questions as typed so; their gold answers and documents unchanged."""
    try:
        typed = TYPINGS[typing]
    except KeyError:
        raise ValueError(f"--typed {typing!r}: choose one of {', '.join(TYPINGS)}") from None
    return [replace(q, question=typed(q.question)) for q in questions]
