"""Language identification for chunks and questions.

py3langid is restricted to the languages a European public-sector collection is
likely to hold; short questions are helped by a function-word vote, since
character n-grams alone confuse Swedish, Norwegian and Danish on a few words.
"""

from __future__ import annotations

import functools
import re
from typing import Any

SUPPORTED = ("en", "sv", "no", "nl", "da", "de", "fi", "fr", "es", "it", "pl", "pt", "et", "lv", "lt", "is")

# High-frequency function words that tell the Scandinavian languages and Dutch apart.
_MARKERS: dict[str, set[str]] = {
    "sv": {"och", "är", "vilka", "vilket", "vilken", "vem", "hur", "för", "med", "som", "inte", "av",
           "kommunen", "nätverk", "nätverket", "det", "till", "vad", "när", "har", "om", "finns", "ett"},
    "no": {"og", "er", "hvilke", "hvilken", "hvem", "hvordan", "for", "med", "som", "ikke", "av",
           "kommunen", "nettverk", "nettverket", "det", "til", "hva", "når", "har", "om", "finnes", "ett",
           "ei", "jeg", "meg", "vi", "dere", "fylkeskommune", "gjennom"},
    "da": {"og", "er", "hvilke", "hvem", "hvordan", "for", "med", "som", "ikke", "af", "netværk", "til",
           "hvad", "hvornår", "har", "om", "findes", "et", "jeg", "mig"},
    "nl": {"en", "is", "welke", "welk", "wie", "hoe", "voor", "met", "die", "niet", "van", "het", "de",
           "een", "netwerk", "netwerken", "wat", "wanneer", "heeft", "zijn", "over", "er", "waar"},
    "en": {"and", "is", "which", "who", "how", "for", "with", "that", "not", "of", "the", "a", "an",
           "network", "networks", "what", "when", "has", "have", "about", "are", "does", "do", "where"},
    "de": {"und", "ist", "welche", "wer", "wie", "für", "mit", "nicht", "von", "der", "die", "das",
           "netzwerk", "netzwerke", "was", "wann", "hat", "über", "sind", "gibt", "es"},
}
_WORD = re.compile(r"\w+", re.UNICODE)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


# Names people write in metadata for the languages they mean ("nb-NO", "Swedish", "svenska").
_ALIASES = {"nb": "no", "nn": "no", "nor": "no", "swe": "sv", "eng": "en", "nld": "nl", "dut": "nl",
            "dan": "da", "deu": "de", "ger": "de", "fin": "fi", "norwegian": "no", "norsk": "no", "bokmål": "no",
            "nynorsk": "no", "swedish": "sv", "svenska": "sv", "english": "en", "dutch": "nl",
            "nederlands": "nl", "danish": "da", "dansk": "da", "german": "de", "deutsch": "de", "finnish": "fi",
            "suomi": "fi"}


def normalize_language(value: str) -> str:
    """An ISO 639-1 code from a metadata value ("nb-NO" -> "no", "Swedish" -> "sv"); "" when not recognised."""
    v = value.strip().lower().replace("_", "-")
    if v in _ALIASES:
        return _ALIASES[v]
    base = v.split("-")[0]
    base = _ALIASES.get(base, base)
    return base if len(base) == 2 and base.isalpha() else ""


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of `text` ("no" for Norwegian Bokmål/Nynorsk)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return default
    lang, prob = _identifier().classify(text)
    lang = {"nb": "no", "nn": "no"}.get(lang, lang)
    if len(words) <= 12 or prob < 0.9:
        votes = {code: sum(w in marks for w in words) for code, marks in _MARKERS.items()}
        best = max(votes.values())
        if best > 0:
            leaders = [code for code, v in votes.items() if v == best]
            if lang not in leaders:
                # ties between close relatives: prefer the model's guess if it is among them
                lang = leaders[0] if len(leaders) == 1 else lang
    return lang
