"""Random letters ("xqzjvbk", "asdkjfh qwpoei") are not a question: refuse them instead of answering.

The signal is how a multilingual subword vocabulary splits the words. Words of any language this project
reads, names and compounds included, come in pieces of three to four letters (median 4.0 letters per
piece with the e5 model's XLM-R vocabulary, 5th percentile 2.3); random letters fall apart into pieces of
one or two (median 1.6). Stop words and question words of any language pack are skipped ("What is
xqzjvbk?" is judged on "xqzjvbk"); a query is not judged at all when a remaining word has a capital
letter (names and acronyms split unevenly too: "Ibsen", "SERN"), when it has a digit, or when the
collection holds one of its terms (the caller checks that). Measured by `scripts/nonsense_check.py`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from assistant.lang import packs

_WORD = re.compile(r"[^\W\d_]+")
MIN_JUDGED_LETTERS = 4  # "bø", "ice": short words split unevenly in any vocabulary; they are not judged


@functools.lru_cache(maxsize=1)
def skipped_words() -> frozenset[str]:
    """Stop and question words of every pack, lower case: they say nothing about the query's letters."""
    return frozenset(w.lower() for p in packs().values() for w in (*p.stopwords, *p.function_words))


def letters_per_piece(query: str, pieces: Callable[[str], int]) -> float | None:
    """Letters per subword piece over the query's judged words; None when the query is not judged."""
    if any(c.isdigit() for c in query):
        return None
    stop = skipped_words()
    words = [w for w in _WORD.findall(query) if w.lower() not in stop]
    if not words or any(not w.islower() for w in words):
        return None
    judged = [w for w in words if len(w) >= MIN_JUDGED_LETTERS]
    if not judged:
        return None
    return sum(len(w) for w in judged) / sum(max(1, pieces(w)) for w in judged)


def looks_like_random_letters(query: str, pieces: Callable[[str], int], max_letters_per_piece: float) -> bool:
    ratio = letters_per_piece(query, pieces)
    return ratio is not None and ratio <= max_letters_per_piece
