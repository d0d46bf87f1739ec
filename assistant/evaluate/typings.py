"""A question set as people type it: in lower case, in capitals, without diacritics.

Robustness is measured by asking the same set typed otherwise (`assistant eval --typed upper`), so every typing is
scored against the same gold answers. Stop 52 found two such weaknesses this way: questions in capitals (every word
read as a name) and Norwegian questions without their letters ("Nar ble spraket occidental offentliggjort?").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from assistant.evaluate.runner import Question
from assistant.lang.analysis import fold


def without_diacritics(text: str) -> str:
    """Every letter without its diacritics, its case kept ("Når døde López?" -> "Nar dode Lopez?")."""
    return "".join(ch if ch.isascii() else fold(ch).upper() if ch.isupper() else fold(ch) for ch in text)


# typing -> how a question is typed; bm25s-style selector
TYPINGS: dict[str, Callable[[str], str]] = {
    "as-written": lambda q: q,
    "lower": str.lower,
    "upper": str.upper,
    "ascii": without_diacritics,
}


def retyped(questions: list[Question], typing: str) -> list[Question]:
    """The questions as typed so; their gold answers and documents unchanged."""
    try:
        typed = TYPINGS[typing]
    except KeyError:
        raise ValueError(f"--typed {typing!r}: choose one of {', '.join(TYPINGS)}") from None
    return [replace(q, question=typed(q.question)) for q in questions]
