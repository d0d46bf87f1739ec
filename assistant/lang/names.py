"""Names that differ between languages: countries, regions, capitals, languages, months and weekdays.

An English question over Norwegian pages says "Norway", "China", "German", "Tuesday"; the pages say
"Norge", "Kina", "tysk", "tirsdag". No stemmer or shared spelling joins them, and they are often the
question's most specific words. CLDR, the Unicode locale data that Babel ships with its package (no
download), names every country, language, month and weekday in every language of the packs, so a name
found in the question can be looked up in the collection's languages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from assistant.lang import packs
from assistant.lang.gradation import other_grades

# Shorter names collide with ordinary words or particles ("Ga", "Yi", "Ewe"); no country, month or
# weekday of the packs' languages is shorter than 4 letters except "USA", "mai"/"May", kept below.
_MIN_CHARS = 4
_SHORT = frozenset({"usa", "may", "mai", "maj", "mei"})


class NameMatch(NamedTuple):
    """A name in the question (`start`:`end`) and what each other language calls the same thing."""

    start: int
    end: int
    equivalents: tuple[tuple[str, str], ...]  # (language code, name)


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


_CONTINENTS = frozenset({"Europe", "Asia", "Africa", "America", "Atlantic", "Australia", "Pacific", "Indian"})


@functools.cache
def _zones() -> tuple[str, ...]:
    """Time zones some pack's locale names a city for."""
    out: set[str] = set()
    for code in packs():
        loc = _locale(code)
        if loc is not None:
            out.update(z for z, v in loc.time_zones.items() if "city" in v)
    return tuple(sorted(out))


@functools.cache
def _entries(code: str) -> Mapping[str, str]:
    """Key ("T:DE", "L:de", "Mf:3", "Ds:tue") -> this language's name for it."""
    loc = _locale(code)
    if loc is None:
        return {}
    out: dict[str, str] = {}
    # Countries and world regions ("001" World, "150" Europe); not the sub-regions' long names.
    out.update({f"T:{k}": v for k, v in loc.territories.items() if k.isalpha() or len(k) == 3})
    # Languages with an ISO 639-1 code: the three-letter ones include words like "Even" and "Page".
    out.update({f"L:{k}": v for k, v in loc.languages.items() if len(k) == 2 and k.isalpha()})
    # Cities that name a time zone ("Europe/Copenhagen": København, Köpenhamn, Kopenhagen); a locale lists
    # only the names that differ from the zone's own, which is the English one.
    for zone in _zones():
        if zone.split("/")[0] in _CONTINENTS:
            out[f"C:{zone}"] = loc.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
    # Both forms: Finnish dates inflect them ("toukokuuta", "tiistaina"), a heading does not ("toukokuu").
    for form in ("format", "stand-alone"):
        out.update({f"M{form[0]}:{k}": v for k, v in loc.months[form]["wide"].items()})
        out.update({f"D{form[0]}:{k}": v for k, v in loc.days[form]["wide"].items()})
    return out


@functools.cache
def weekdays() -> tuple[str, ...]:
    """Every pack language's names of the weekdays, lower case ("tisdag", "Dienstag", "tiistai"): a day a week
    answers "when" ("Sprechzeiten: Dienstag 9–12 Uhr")."""
    names = {v.casefold() for code in packs() for k, v in _entries(code).items() if k.startswith("D")}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@functools.cache
def _finder(code: str) -> tuple[re.Pattern[str] | None, Mapping[str, tuple[str, ...]]]:
    """One pattern of this language's names, longest first, and each lower-cased name's keys."""
    keys: dict[str, list[str]] = {}
    for key, name in _entries(code).items():
        low = name.casefold()
        if len(low) >= _MIN_CHARS or low in _SHORT:
            keys.setdefault(low, []).append(key)
    if not keys:
        return None, {}
    alts = sorted(keys, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, alts)) + r")(?![\w-])", re.IGNORECASE)
    return pattern, {k: tuple(v) for k, v in keys.items()}


# A concept word may carry an inflection ("mayors", "ordføreren", "Bürgermeisters"): its pack's `inflections`,
# or up to three letters in a pack that lists none; two letters are too few to be one ("ö", "å").
_CONCEPT_SUFFIX = r"\w{0,3}"
_MIN_CONCEPT_CHARS = 3


@functools.cache
def _concept_finder(code: str) -> tuple[re.Pattern[str] | None, Mapping[str, tuple[str, ...]]]:
    """One pattern of this language's concept words (its pack's `concepts`), longest first, the word in group 1,
    and each lower-cased word's concepts."""
    p = packs().get(code)
    keys: dict[str, list[str]] = {}
    for concept, words in (p.concepts.items() if p is not None else ()):
        for w in words:
            if len(w) >= _MIN_CONCEPT_CHARS:
                # in its other grade too, before an ending ("vanhustenhoidon", "kotihoidossa")
                for form in (w, *other_grades(w, code)):
                    keys.setdefault(form.casefold(), []).append(concept)
    if not keys:
        return None, {}
    alts = sorted(keys, key=len, reverse=True)
    endings = sorted(p.inflections, key=len, reverse=True) if p is not None else []
    suffix = f"(?:{'|'.join(map(re.escape, endings))})?" if endings else _CONCEPT_SUFFIX
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, alts)) + rf"){suffix}(?![\w-])", re.IGNORECASE)
    return pattern, {k: tuple(v) for k, v in keys.items()}


# A language's country, for its name used as an adjective: "Which Swedish town is Bad Lindach twinned with?" asks for
# "Ystad-Sandby (Schweden)", and CLDR knows "Swedish" only as the language "Schwedisch" (longform set). Babel's likely
# subtags give the country ("sv" → "sv_Latn_SE"), but for English and Portuguese the USA and Brazil.
_COUNTRY_OF = {"en": "GB", "pt": "PT"}
_NATIONAL_SHARE = 90


@functools.cache
def _country(language: str) -> str:
    """The country whose people most speak `language` (nine in ten or more), or "": "Northern Sami" is no Norway."""
    parts = get_global("likely_subtags").get(language, "").split("_")
    country = _COUNTRY_OF.get(language) or (parts[-1] if len(parts) == 3 and parts[-1].isalpha() else "")
    share = get_global("territory_languages").get(country, {}).get(language, {}).get("population_percent", 0)
    return country if share >= _NATIONAL_SHARE else ""


def _cldr_matches(text: str, lang: str, others: list[str]) -> Iterator[NameMatch]:
    """CLDR's names. A name written with a capital in its own language ("China", "Deutschland") must be
    capitalised in the text too, so "turkey" or "china" (porcelain) in running text is no country. A language's
    name stands for its country too (`_country`)."""
    pattern, keys = _finder(lang)
    if pattern is None:
        return
    own = _entries(lang)
    for m in pattern.finditer(text):
        found = m.group(0)
        low = found.casefold()
        eq: dict[tuple[str, str], None] = {}
        for key in keys.get(low, ()):
            if own[key][:1].isupper() and not found[:1].isupper():
                continue
            country = _country(key[2:]) if key.startswith("L:") else ""
            for o in others:
                for k in (key, f"T:{country}") if country else (key,):
                    name = _entries(o).get(k)
                    if name and name.casefold() != low:
                        eq[(o, name)] = None
        if eq:
            yield NameMatch(m.start(), m.end(), tuple(eq))


_WORD = re.compile(r"\w")


@functools.cache
def _lower_concepts(code: str) -> frozenset[str]:
    """The concept words its pack writes in lower case (German writes its nouns capitalised)."""
    p = packs().get(code)
    words = (w for ws in (p.concepts.values() if p is not None else ()) for w in ws)
    return frozenset(w.casefold() for w in words if w[:1].islower())


_NEIGHBOUR_BEFORE = re.compile(r"(\w+)\W*$")
_NEIGHBOUR_AFTER = re.compile(r"^\W*(\w+)")


def _in_capitalised_run(text: str, start: int, end: int) -> bool:
    """Whether the word right before or after the span is capitalised (the text's first word does not count): a
    concept word written with a capital beside another is part of a name, which another language does not translate
    word by word ("Norwegian Water Resources and Energy Directorate" is "Norges vassdrags- og energidirektorat", and
    "energi" found other pages; "European Social Services Conference" found the pages on social services)."""
    before, after = _NEIGHBOUR_BEFORE.search(text[:start]), _NEIGHBOUR_AFTER.search(text[end:])
    first = before is not None and not _WORD.search(text, 0, before.start(1))  # the sentence's first word
    return any(w is not None and w.group(1)[:1].isupper() and not (w is before and first) for w in (before, after))


def _concept_matches(text: str, lang: str, others: list[str]) -> Iterator[NameMatch]:
    """The packs' concept words: every word the other languages have for the same concept."""
    pattern, keys = _concept_finder(lang)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        low = m.group(1).casefold()
        if m.group(0)[:1].isupper() and low in _lower_concepts(lang) and _WORD.search(text, 0, m.start()) and (
                m.end() > m.end(1) or _in_capitalised_run(text, m.start(), m.end())):
            continue  # capitalised inside a sentence, where its pack writes it small, and inflected ("Havnes") or
            # beside another capitalised word ("European Social Services Conference"): a name
        eq: dict[tuple[str, str], None] = {}
        for concept in keys.get(low, ()):
            for o in others:
                p = packs().get(o)
                for w in (p.concepts.get(concept, ()) if p is not None else ()):
                    if w.casefold() != low:
                        eq[(o, w)] = None
        if eq:
            yield NameMatch(m.start(), m.end(), tuple(eq))


def find(text: str, lang: str, others: Iterable[str], concepts: bool = True) -> Iterator[NameMatch]:
    """Names of language `lang` in `text` whose name in one of `others` is spelt differently: CLDR's countries,
    languages, cities, months and weekdays, and the packs' concept words ("mayor" is "ordfører" to a
    Norwegian page). In order of position; where two overlap, the longer one."""
    others = [o for o in dict.fromkeys(others) if o != lang]
    if not others:
        return
    found = sorted([*_cldr_matches(text, lang, others), *(_concept_matches(text, lang, others) if concepts else ())],
                   key=lambda m: (m.start, -(m.end - m.start)))
    end = -1
    for m in found:
        if m.start >= end:
            yield m
            end = m.end


def concepts(text: str, lang: str, others: Iterable[str]) -> Iterator[NameMatch]:
    """Only the packs' concept words of `find` ("mayor" is "borgmester" to a Danish page), no CLDR names."""
    yield from _concept_matches(text, lang, [o for o in dict.fromkeys(others) if o != lang])


def warm_up(codes: Iterable[str]) -> None:
    """Read CLDR and build the patterns now (0.48 s for all packs, measured) instead of in the first
    question of each language."""
    for code in codes:
        _finder(code)
        _concept_finder(code)
