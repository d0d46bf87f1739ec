"""Remove web boilerplate from pages saved as plain text, keeping every content sentence.

Boilerplate comes in two shapes: whole lines (skip links, "to top", translate
widgets) and link annotations glued into running text by the page-to-text
step ("Facebooklänk till annan webbplats, öppnas i nytt fönster"). Both are
matched by language-specific phrase lists, never by position, so the rules
carry over to other sites of the same kind.
"""

from __future__ import annotations

import re
import unicodedata

# Lines that are nothing but navigation/UI chrome (compared case-insensitively, trimmed).
_BOILERPLATE_LINES = [
    # sv
    r"hoppa till (huvud)?innehåll(et)?", r"till toppen", r"tillbaka till toppen", r"translate site",
    r"lyssna", r"skriv ut", r"dela( sidan)?", r"meny", r"sök", r"stäng", r"visa undermeny",
    r"länk till annan webbplats\.?", r"öppnas i nytt fönster\.?", r"dela på (facebook|twitter|linkedin)",
    # no
    r"hopp til (hoved)?innhold(et)?", r"til toppen", r"klikk for stort bilde", r"del( siden)?",
    r"skriv ut( siden)?", r"lenke til annen nettside", r"åpnes i nytt vindu",
    # nl
    r"ga (direct )?naar (de )?(hoofd)?inhoud", r"naar boven", r"terug naar boven", r"deel (deze pagina)?",
    r"print( deze pagina)?", r"opent in (een )?nieuw venster", r"externe link",
    # en
    r"skip to (main )?content", r"back to top", r"to top", r"share( this page)?", r"print( this page)?",
    r"opens in (a )?new window", r"external link", r"menu", r"search", r"cookie settings",
    # de / fi, for collections in other languages
    r"zum inhalt springen", r"nach oben", r"siirry sisältöön", r"takaisin ylös",
]
_LINE_RE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE_LINES) + r")\s*[.!]?\s*$", re.IGNORECASE)

# Link annotations that sit inside running text; removed with their joining comma.
_INLINE_PHRASES = [
    r"länk till annan webbplats", r"öppnas i nytt fönster", r"lenke til annen nettside",
    r"åpnes i nytt vindu", r"klikk for stort bilde", r"opent in (?:een )?nieuw venster",
    r"opens in (?:a )?new window", r"link to (?:an)?other website", r"externe link",
]
_INLINE_RE = re.compile(
    r"\s*(?:,\s*)?(?:" + "|".join(_INLINE_PHRASES) + r")(?:\s*,)?[ \t]*", re.IGNORECASE
)
_SEPARATOR_RUN = re.compile(r"\s*\.{5,}")  # "......" rulers from layout tables
_SPACES = re.compile(r"[ \t\u00a0]+")


def clean_text(raw: str) -> str:
    """Return `raw` without boilerplate; paragraphs stay separated by blank lines."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    out: list[str] = []
    for line in text.split("\n"):
        line = line.replace("\u2022", "•")
        if _LINE_RE.match(line):
            continue
        stripped = _INLINE_RE.sub(" ", line)
        stripped = _SEPARATOR_RUN.sub("", stripped)
        stripped = _SPACES.sub(" ", stripped).strip()
        # A phrase glued to punctuation leaves " ." behind.
        stripped = re.sub(r"\s+([.,;:!?])", r"\1", stripped)
        if not stripped and line.strip():
            continue  # the whole line was boilerplate
        out.append(stripped)
    cleaned = "\n".join(out)
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned)
    return cleaned.strip() + "\n" if cleaned.strip() else ""
