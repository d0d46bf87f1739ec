"""Interface language: which of the packs' interface strings a page shows."""

from __future__ import annotations

from assistant.lang import packs

# The chat's strings live in the language packs; languages whose pack has none fall back.
STRINGS: dict[str, dict[str, str]] = {p.code: dict(p.ui) for p in packs().values() if p.ui}
LANGUAGES = tuple(STRINGS)
_ALIASES = {"nb": "no", "nn": "no", "se": "sv"}


def pick_language(accept_language: str, setting: str = "auto", override: str | None = None) -> str:
    """Explicit override, then the setting, then the browser's Accept-Language, then English."""
    for cand in (override, None if setting == "auto" else setting):
        if cand:
            c = _ALIASES.get(cand.lower()[:2], cand.lower()[:2])
            if c in STRINGS:
                return c
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        base = tag.strip().lower()[:2]
        ranked.append((-q, i, _ALIASES.get(base, base)))
    for _, _, lang in sorted(ranked):
        if lang in STRINGS:
            return lang
    return "en"
