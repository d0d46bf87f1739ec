"""Consonant gradation: a Finnish stem changes its consonant with its ending ("kotihoito", "kotihoidon"; "katu",
"kadun"; "Helsinki", "Helsingin"), and the stemmer leaves two stems. Each pack names its alternations (`gradation`);
most languages have none."""

from __future__ import annotations

import functools

from assistant.lang import pack

_VOWEL = "aeiouyäöå"
_BEFORE_GRADE = _VOWEL + "lrnmh"  # a stop alternates after a vowel or a sonorant ("kortti", "kortin")


@functools.lru_cache(maxsize=32)
def _grades(lang: str) -> tuple[tuple[str, str], ...]:
    """The language's consonant gradation both ways, longest first ("nt" before "t")."""
    p = pack(lang)
    pairs = [*p.gradation.items(), *((w, s) for s, w in p.gradation.items())] if p is not None else []
    return tuple(sorted(pairs, key=lambda x: -len(x[0])))


def other_grades(word: str, lang: str) -> list[str]:
    """The word with the consonant of its last syllables in the other grade ("kotihoidon" -> "kotihoiton", "katu" ->
    "kadu"): each alternating stop or cluster, the last one before a vowel, swapped. Most are no word; the caller keeps
    those whose terms the collection holds."""
    out: list[str] = []
    low = word.lower()
    for a, b in _grades(lang):
        at = low.rfind(a)
        while at > 0 and not (low[at - 1] in _BEFORE_GRADE and at + len(a) < len(low) and low[at + len(a)] in _VOWEL):
            at = low.rfind(a, 0, at)
        if at > 0:
            out.append(low[:at] + b + low[at + len(a):])
    return list(dict.fromkeys(out))
