"""Random letters are told from real queries by how a subword vocabulary splits them (lang.nonsense)."""

from __future__ import annotations

import pytest

from assistant.lang.nonsense import letters_per_piece, looks_like_random_letters


def pairs(word: str) -> int:
    """A stand-in vocabulary that knows letter pairs of real words only: 'xq' is not one of them."""
    known = ("kl", "im", "at", "vå", "rd", "el", "de", "rl", "ca", "re", "ys")
    n, i = 0, 0
    while i < len(word):
        i += 2 if word[i:i + 2] in known else 1
        n += 1
    return n


def test_words_that_fall_apart_into_letters_are_random() -> None:
    assert letters_per_piece("klimat", pairs) == 2.0
    assert letters_per_piece("xqzjvbk", pairs) == 1.0
    assert looks_like_random_letters("xqzjvbk qwpoei?", pairs, 1.95)
    assert not looks_like_random_letters("klimat", pairs, 1.95)


@pytest.mark.parametrize("query", ["What is xqzjvbk?", "Vad är xqzjvbk", "hva er xqzjvbk"])
def test_stop_words_are_skipped_and_the_rest_is_judged(query: str) -> None:
    assert letters_per_piece(query, pairs) == 1.0


@pytest.mark.parametrize("query", ["What is Xqzjvbk?", "SERN", "Xqzjvbk", "xqz 2024", "xqz", "what is it", "... ?"])
def test_a_capital_a_digit_only_stop_words_or_only_short_words_are_not_judged(query: str) -> None:
    assert letters_per_piece(query, pairs) is None
    assert not looks_like_random_letters(query, pairs, 9.0)
