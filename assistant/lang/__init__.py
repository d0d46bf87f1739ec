"""Language knowledge: one pack per language (`assistant/lang/<code>.py`), detection, term analysis,
sentence spans. Adding a language is one new pack module listed in `PACK_MODULES`, plus its test."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from functools import cache

from assistant.lang.pack import LanguagePack

PACK_MODULES = ("en", "sv", "no", "da", "nl", "de", "fi", "fr", "es", "it", "pt")


@cache
def packs() -> dict[str, LanguagePack]:
    out = {}
    for name in PACK_MODULES:
        pack: LanguagePack = importlib.import_module(f"assistant.lang.{name}").PACK
        out[pack.code] = pack
    return out


def pack(code: str) -> LanguagePack | None:
    return packs().get(code)


@cache
def common_capitals(code: str) -> re.Pattern[str] | None:
    """The capitalised words of language `code` that are no names (its pack's `capitalised_words`: every
    German noun, English months), compiled once; None when the language capitalises nothing but names."""
    p = pack(code)
    return re.compile("|".join(p.capitalised_words)) if p is not None and p.capitalised_words else None


def own_words(select: Callable[[LanguagePack], tuple[str, ...]]) -> dict[str, re.Pattern[str]]:
    """Per language, its pack's regex words as whole words: cues read in the question's own language only."""
    return {code: re.compile(rf"\b(?:{'|'.join(select(p))})\b", re.IGNORECASE)
            for code, p in packs().items() if select(p)}


def union(select: Callable[[LanguagePack], Iterable[str]]) -> list[str]:
    """One field of every pack, in pack order without repeats: the alternatives of a compiled pattern."""
    return list(dict.fromkeys(x for p in packs().values() for x in select(p)))


__all__ = ["LanguagePack", "common_capitals", "pack", "packs", "union"]
