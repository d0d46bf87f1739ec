"""Language packs: every pack fills every field or declares the gap, and the consumers compile from them."""

from __future__ import annotations

import dataclasses
import re
from types import MappingProxyType

import pytest

from assistant.lang import PACK_MODULES, packs
from assistant.lang.pack import LanguagePack

REQUIRED = ("en", "sv", "no", "da", "nl", "de", "fi", "fr")


def test_every_required_language_has_a_pack() -> None:
    assert set(REQUIRED) <= set(packs())
    assert [p.code for p in packs().values()] == [m for m in PACK_MODULES]


@pytest.mark.parametrize("code", list(PACK_MODULES))
def test_a_pack_fills_every_field_or_declares_the_gap(code: str) -> None:
    p = packs()[code]
    assert p.missing() == [], f"{code}: empty fields without a declared gap: {p.missing()}"
    names = {f.name for f in dataclasses.fields(LanguagePack)}
    assert set(p.gaps) <= names, f"{code}: gaps name unknown fields {set(p.gaps) - names}"
    for field, why in p.gaps.items():
        assert not getattr(p, field), f"{code}: {field} is declared a gap but is filled"
        assert len(why) > 10, f"{code}: the gap of {field} needs its reason"


def test_the_gap_check_fails_on_a_silently_empty_field() -> None:
    hollow = dataclasses.replace(packs()["sv"], list_cues=())
    assert hollow.missing() == ["list_cues"]
    gaps = MappingProxyType({**hollow.gaps, "list_cues": "not collected yet, for a test"})
    declared = dataclasses.replace(hollow, gaps=gaps)
    assert declared.missing() == []


@pytest.mark.parametrize("code", list(PACK_MODULES))
def test_regex_fields_compile_and_packs_are_frozen(code: str) -> None:
    p = packs()[code]
    for f in dataclasses.fields(LanguagePack):
        value = getattr(p, f.name)
        if isinstance(value, tuple) and f.name not in ("aliases", "function_words", "anaphora"):
            for fragment in value:
                re.compile(fragment)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.code = "xx"  # type: ignore[misc]
    with pytest.raises(TypeError):
        p.ui["title"] = "x"  # type: ignore[index]


def test_no_topic_words_of_the_default_pages_in_language_cues() -> None:
    """Detection must not depend on what one collection is about (networks, municipalities)."""
    topical = {"kommunen", "nätverk", "nätverket", "nettverk", "nettverket", "fylkeskommune", "netværk",
               "netwerk", "netwerken", "network", "networks", "netzwerk", "netzwerke"}
    for p in packs().values():
        assert not topical & set(p.function_words), p.code


def test_consumers_read_the_packs() -> None:
    from assistant.answer.extractive import is_list_question, phrase
    from assistant.ingest.cleaning import clean_text
    from assistant.lang.detect import normalize_language
    from assistant.retrieve.conversation import is_followup
    from web.i18n import STRINGS

    assert phrase("da", "not_found") == packs()["da"].not_found
    assert phrase("es", "not_found") == packs()["en"].not_found  # declared gap: English
    assert is_list_question("Quelles villes sont membres ?")  # from the French pack
    assert clean_text("Texte.\nRetour en haut\nSuite.\n") == "Texte.\nSuite.\n"
    assert normalize_language("Français") == "fr" and normalize_language("nb-NO") == "no"
    assert is_followup("Et pour elle ?")
    assert set(STRINGS) == {c for c, p in packs().items() if p.ui}


def test_finnish_function_words_are_not_keyword_terms() -> None:
    """bm25s ships no Finnish list; without one "on", "mikä" and "ja" matched every Finnish passage."""
    from assistant.lang.analysis import Analyzer

    terms = Analyzer().terms("Mikä on Järvelän väkiluku ja kuka on yhteyshenkilö?", "fi")
    assert "on" not in terms and "mikä" not in terms and "ja" not in terms
    assert "väkiluku" in terms and "yhteyshenkilö" in terms


def test_a_field_of_one_string_is_refused_by_name() -> None:
    # (r"\bpourquoi\b") is a string, not a tuple: each of its letters would become a fragment of the union
    with pytest.raises(TypeError, match="reason_cues must be a tuple"):
        LanguagePack(code="xx", name="Test", reason_cues=r"\bpourquoi\b")  # type: ignore[arg-type]


def test_a_concept_listed_twice_is_refused_by_name() -> None:
    """A second line of a key silently replaced the first: "cooperation" added again beside the packs' own line had
    its new words ("samverkan", "Kooperation") dropped without a word."""
    from assistant.lang.pack import concept_table

    assert concept_table("mayor: borgmester\nchair: formand")["chair"] == ("formand",)
    with pytest.raises(ValueError, match="'cooperation' is listed twice"):
        concept_table("cooperation: samarbejde\nmayor: borgmester\ncooperation: samvirke")
