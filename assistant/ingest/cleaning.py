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

from assistant.lang import union
from assistant.lang.sentences import NAME_PARTICLES

# Lines that are nothing but navigation/UI chrome (compared case-insensitively, trimmed), and link
# annotations inside running text (removed with their joining comma): from every language pack.
# A publication stamp: the packs' words, then only a date and time ("Oppdatert i dag 01:39", "Publicerad 12 mars
# 2024 kl. 10.15").
_STAMP = (r"(?:" + "|".join(union(lambda p: p.publication_stamps)) + r")"
          r"[\d\s.:/,-]*(?:\w+\.?)?[\d\s.:/,-]*(?:kl\.?[\d\s.:]*)?")
_LINE_RE = re.compile(r"^\s*(?:" + "|".join([*union(lambda p: p.boilerplate_lines), _STAMP]) + r")\s*[.!]?\s*$",
                      re.IGNORECASE)
_INLINE_RE = re.compile(
    r"\s*(?:,\s*)?(?:" + "|".join(union(lambda p: p.link_notes)) + r")(?:\s*,)?[ \t]*", re.IGNORECASE
)
# Photo credits, in every language's words for "photo" (the packs' credit_labels), written with a capital
# ("Foto:", "FOTO:"): in brackets, "(Foto: Geir Olsen/NTB Scanpix)"; names then agencies after slashes,
# "FOTO: Fredrik Hagen / NTB scanpix" (the caption that follows is kept); or alone at the end of a
# line, "Foto: GETTY IMAGES". News pages glue them into captions and text, where they were quoted as
# answers ("FOTO: Arkivfoto: Berit Roald / NTB scanpix Ingrid Espelid Hovig…").
_NAME_WORD = r"[A-ZÆØÅÄÖÜÉ][\w'’.-]+"


def _name(word: str, more: str) -> str:
    """A person's name as a pattern: `word`, then `more` (a repeat: "{1,3}") capitalised words, with particles
    between them ("Robin van Lonkhuijsen", "Jan van der Berg"). Photo credits and bylines both read names so."""
    return rf"{word}(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*{word}){more}"


_PHOTO_AGENCIES = r"(?:NTB\s+|Ritzau\s+|TT\s+)?(?i:scanpix)|Lehtikuva|Getty Images|AP Photo|picture alliance"
_LABEL_WORDS = "|".join(union(lambda p: p.credit_labels))
_LABEL = r"(?=[A-ZÆØÅÄÖÜ])(?i:" + _LABEL_WORDS + r"|arkivfoto|arkivbild)\s*:\s*"
# A photographer's name after the agency's slash runs to the line's end when nothing but a name follows ("Foto: ANP /
# Robin van Lonkhuijsen" left "van Lonkhuijsen" behind); a caption after it on the same line is kept as before.
_CREDIT_NAME = _name(_NAME_WORD, "{0,3}")
_CREDITS = re.compile(
    rf"\(\s*{_LABEL}[^()\n]{{1,120}}\)"
    rf"|\b(?:{_LABEL})+(?:[^\n/:]{{1,60}}?\s*/\s*)+{_CREDIT_NAME}[ \t]*$"
    rf"|\b(?:{_LABEL})+(?:[^\n/:]{{1,60}}?\s*/\s*)+[A-ZÆØÅÄÖÜ][\w-]*(?:\s+(?i:scanpix|images|photos?|pressbild))?"
    rf"|\b(?:{_LABEL})+[^\n.:()]{{1,60}}$"
    # a name and an agency after a comma, with the label or without it: "Rune Stoltz Bertinussen, NTB scanpix Lavere
    # temperaturer", "FOTO: Heiko Junge, NTB scanpix Erlend Bjøntegaard jubler …" (9 NorQuAD pages); the agencies
    # that only credit photos, since "…, sier Ola Hansen, NTB" is a reporter's
    rf"|(?:\b(?:{_LABEL})+)?\b{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\s*,\s*(?:{_PHOTO_AGENCIES})\b"
    # a line of an agency alone, or a label and an agency in capitals without the colon ("Getty Images", "Foto ANP",
    # "Bild TT / Janerik Henriksson"): news pages put the credit under the photo on a line of its own
    rf"|^[ \t]*(?:{_PHOTO_AGENCIES})(?:\s*/\s*{_CREDIT_NAME})?[ \t]*$"
    rf"|^[ \t]*(?=[A-ZÆØÅÄÖÜ])(?i:{_LABEL_WORDS})[ \t]+"
    rf"(?:{_PHOTO_AGENCIES}|[A-ZÆØÅÄÖÜ]{{2,}}\b)"
    rf"(?:\s*/\s*{_CREDIT_NAME})?[ \t]*$",
    re.MULTILINE,
)
# An author's byline on a line of its own, in every pack's word for "by" written with a capital: "Av Espen
# Hartvig", "Af Mette Kjærgaard, Skovlund Avis, 14. marts 2025 kl. 09.42", "Door Jan van der Berg", "Teksti:
# Anna Virtanen". Left in, it read as a heading: the Danish article's byline headed its text and the title
# became a sentence (nordic set); 5 NorQuAD articles have one. Two to four capitalised words make the name, so
# a sentence that opens with the word is kept ("Av fire store byutvidelser er tre …", "Von Wahl utviklet …").
_CAP = r"[A-ZÆØÅÄÖÜÉ][\w'’.-]*"
_PERSON = _name(_CAP, "{1,3}")
# The name may follow a role in lower case ("Door onze verslaggever Pieter van Dam", "Von unserem Redakteur …").
# every pack's word for "by", with its capital, as a byline opens with it (also `extract`'s author fields)
BYLINE_WORDS = "|".join(w[:1].upper() + w[1:] for w in union(lambda p: p.byline_words))
_BYLINE = re.compile(
    rf"^\s*(?:{BYLINE_WORDS})" + r"\s*:?\s+"
    r"(?:[a-zæøåäöüé]+\s+){0,3}"
    rf"{_PERSON}(?:\s*(?:,|&|\bog\b|\band\b|\boch\b|\bund\b|\ben\b|\bja\b|\bet\b)\s*{_PERSON})*"
    r"(?:\s*[,·|–—/-]\s*[^\n]{0,80})?\s*$"
)


# A news page's furniture around the text, in every pack's words:
# - "read also" over another article's headline: alone on its line ("Les også", "les også (VG+)"), then the headline
#   on the next line (no final stop: "Penger, rus og kreft: Slik gikk det med Beatles-barna"), or before a colon
#   with the headline after it ("LES OGSÅ: Advarer afroamerikanere …", "Lees ook: Deventer krijgt …"). Another
#   article's headline states facts this page does not ("Koskelan budjetti on 3 miljoonaa euroa alijäämäinen");
# - the reading time ("Leestijd 2 minuten", "3 Min. Lesezeit", "4 min read"), on a byline or a line of its own;
# - comment counts ("12 Kommentare", "Reageer op dit artikel (23 reacties)", "Kommentarer (5)");
# - a copyright line ("© Oberrheinische Rundschau 2025 – Alle Rechte vorbehalten"), in any language.
_RELATED = "|".join(union(lambda p: p.related_cues))
_RELATED_ALONE = re.compile(rf"^\s*(?:{_RELATED})\s*(?:\([^()\n]{{1,20}}\))?\s*:?\s*$", re.IGNORECASE)
_RELATED_LINE = re.compile(rf"^\s*(?:{_RELATED})\s*(?:\([^()\n]{{1,20}}\))?\s*:\s*\S.{{0,160}}$", re.IGNORECASE)
_READ_WORDS = "|".join(union(lambda p: p.reading_time_words))
_READING_TIME = re.compile(rf"\b(?:{_READ_WORDS})\b\s*:?\s*\d+\s*min|\b\d+\s*min\w*\.?\s*(?:{_READ_WORDS})\b",
                           re.IGNORECASE)
_COMMENT_WORDS = "|".join(union(lambda p: p.comment_words))
_COMMENTS = re.compile(rf"^\s*\d+\s+(?:{_COMMENT_WORDS})\s*$|^.{{0,40}}\b(?:{_COMMENT_WORDS})\s*\(\d+\)\s*$|"
                       rf"^.{{0,40}}\(\d+\s+(?:{_COMMENT_WORDS})\)\s*$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b).{0,150}$", re.IGNORECASE)
_HEADLINE_CHARS = 160
# A caption between two labels, on a line of its own: "Kuva: Vanha uimahalli suljetaan, kun uusi valmistuu.
# Kuva: Honkalan kaupunki" (Finnish news label the caption and its credit alike; `_CREDITS` takes the credit at
# the end). It describes a picture the text does not show and was quoted as the answer to what the new hall would
# cost (district set). A line with one label keeps its text: "FOTO: Rune Sævig TØRT: Så langt i november har det
# falt 51,1 millimeter …" (NorQuAD) states what the article does.
_CAPTION = re.compile(rf"^\s*{_LABEL}\S.{{0,300}}\b{_LABEL}\S.{{0,80}}$")


def _news_furniture(line: str) -> bool:
    """Reading time, a comment count, a copyright line or a "read also" line with its headline after a colon (a
    lone "read also" is `clean_text`'s, which drops the headline below it too)."""
    s = line.strip()
    return bool(s) and (bool(_RELATED_LINE.match(s) or _COMMENTS.match(s) or _COPYRIGHT.match(s))
                        or (len(s) <= _HEADLINE_CHARS and bool(_READING_TIME.search(s))))


def _byline(line: str) -> bool:
    """A byline, not a sentence: short, and it does not end like one ("kl. 09.42" may end it)."""
    s = line.strip()
    return len(s) <= 120 and not re.search(r"[^\W\d_]{2}[.!?]$", s) and bool(_BYLINE.match(s))


_SEPARATOR_RUN = re.compile(r"\s*\.{5,}")  # "......" rulers from layout tables
# A footnote marker glued to the text it supports, as copied from a wiki page ("…største by.[1] Byen…",
# "…1925[12]."); a reference list's own "[1] Store norske leksikon" at a line start stays.
# (escaped by the HTML converter too: "…Oosterburen.\\[1\\]", lexicon set)
_FOOTNOTE = re.compile(r"(?<=[^\s\[(\\])\\?\[(?:\d{1,3}|[a-z])\\?\]")
# An encyclopedia article's closing sections (every pack's `back_matter`: "Se även", "Referenser", "Externa länkar",
# "Literatur"): from the first of them, when nothing after it is prose (every line a list item, a numbered or marked
# reference, or at most `BACK_MATTER_MAX_WORDS` words), the rest of the page lists other pages and sources. Left in,
# "Ribe Domkirke" (a "Se også" item) and "↑ CBS Statline, Bevolking per gemeente, 2024" were quoted as answers
# (lexicon set).
_BACK_MATTER = re.compile(rf"^\s*(?:{'|'.join(union(lambda p: p.back_matter))})\s*:?\s*$", re.IGNORECASE)
_LISTED = re.compile(r"^\s*(?:[-*•^↑]|\d{1,3}[.)]|\[\d{1,3}\])\s")
BACK_MATTER_MAX_WORDS = 15
_SPACES = re.compile(r"[ \t\u00a0]+")


def furniture(line: str) -> bool:
    """Whether a line is page furniture: UI chrome, a publication stamp, a byline or news furniture ("Päivitetty",
    "Lesezeit 3 Min."), which `clean_text` drops; metadata fields are cleaned with it too."""
    return bool(_LINE_RE.match(line)) or _byline(line) or _news_furniture(line)


# Typographic ligatures (PDF producers write "inﬂyttning", "ﬁnns" with one glyph for "fl", "fi") become their
# letters, and invisible characters inside words go: soft hyphens (CMSes put "Fernwärme&shy;preis" into long
# compounds), zero-width spaces, the word joiner and a stray BOM (not the zero-width (non-)joiners, which some
# scripts spell with). Left in, each split a word in two for the keyword index, which then matched no question.
_INVISIBLE = {ord(c): None for c in "\u00ad\u200b\u2060\ufeff"}
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
_UNGLUE = {**_INVISIBLE, **_LIGATURES}


def _without_back_matter(lines: list[str]) -> list[str]:
    """The lines before the page's closing sections (`_BACK_MATTER`), or all of them."""
    for i, line in enumerate(lines):
        if _BACK_MATTER.match(line) and all(_LISTED.match(rest) or len(rest.split()) <= BACK_MATTER_MAX_WORDS
                                            for rest in lines[i + 1:]):
            return lines[:i]
    return lines


def clean_text(raw: str) -> str:
    """Return `raw` without boilerplate; paragraphs stay separated by blank lines."""
    text = unicodedata.normalize("NFC", raw.translate(_UNGLUE)).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    out: list[str] = []
    headline_next = False  # the line after a lone "read also" is another article's headline
    for line in text.split("\n"):
        line = line.replace("\u2022", "•")
        if headline_next and line.strip():
            headline_next = False
            s = line.strip()
            if len(s) <= _HEADLINE_CHARS and not re.search(r"[.!?]$", s):
                continue
        if _RELATED_ALONE.match(line):
            headline_next = True
            continue
        if _LINE_RE.match(line) or _byline(line) or _news_furniture(line):
            continue
        stripped = _CREDITS.sub(" ", _INLINE_RE.sub(" ", line))
        stripped = _FOOTNOTE.sub("", _SEPARATOR_RUN.sub("", stripped))
        stripped = _SPACES.sub(" ", stripped).strip()
        # A phrase glued to punctuation leaves " ." behind.
        stripped = re.sub(r"\s+([.,;:!?])", r"\1", stripped)
        if (not stripped and line.strip()) or _CAPTION.match(line):
            continue  # the whole line was boilerplate, or a caption
        out.append(stripped)
    cleaned = "\n".join(_without_back_matter(out))
    cleaned = re.sub(r"\n{3,}", "\n\n", cleaned)
    return cleaned.strip() + "\n" if cleaned.strip() else ""
