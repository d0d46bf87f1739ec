"""BM25 keyword search over passages of several languages."""

from __future__ import annotations

import numpy as np

from assistant.index.keyword import KeywordIndex

# One English page among Finnish ones: "care" is in most English passages and in no other, so its collection-wide IDF
# made it as rare as the Finnish pages' own word for what was asked (care set: "Where is urgent dental care given on
# weekdays?" found the English home-care page first).
ENGLISH = ["Home care workers give personal care at home up to four times a day.",
           "Care at home is free for up to six weeks after a stay in hospital.",
           "Call the contact centre on weekdays between nine and five."]
FINNISH = ["Kiireellistä hammashoitoa annetaan arkisin Keskustan hammashoitolassa.",
           "Hammashoito on maksutonta alle 18-vuotiaille.",
           "Hammashoito on järjestetty kolmessa hammashoitolassa.",
           "Kirjasto on avoinna maanantaista perjantaihin.",
           "Uimahalli on suljettu kesäkuussa huoltotöiden vuoksi.",
           "Kaupunginvaltuusto kokoontuu kerran kuukaudessa.",
           "Jätehuolto tyhjentää astiat kahden viikon välein.",
           "Kesäteatteri esittää tänä vuonna kaksi näytelmää.",
           "Torilla on kauppaa joka lauantai."]


def _index() -> KeywordIndex:
    idx = KeywordIndex()
    idx.build(ENGLISH + FINNISH, ["en"] * len(ENGLISH) + ["fi"] * len(FINNISH))
    return idx


def test_a_word_common_in_its_own_language_counts_less_than_its_collection_rarity() -> None:
    idx = _index()
    care = next(t for t in idx.analyzer.terms("care", "en"))
    assert idx.own_language_weight(care) < 0.8
    # a word as rare in its own language as in the collection keeps its weight
    pool = next(t for t in idx.analyzer.terms("Uimahalli", "fi"))
    assert idx.own_language_weight(pool) > 0.99


def test_an_english_questions_common_word_does_not_outrank_the_page_that_answers() -> None:
    idx = _index()
    # (the concept word "hammashoito" is what an English question's "dental care" brings; see lang/names)
    hits = idx.search("urgent care hammashoito", "en", 3, languages=("en", "fi"))
    assert int(hits.rows[0]) >= len(ENGLISH), [(int(r), float(s)) for r, s in zip(hits.rows, hits.scores, strict=True)]


def test_row_languages_must_match_the_rows() -> None:
    idx = _index()
    try:
        idx.set_languages(["en"])
    except ValueError as exc:
        assert "rebuild the index" in str(exc)
    else:
        raise AssertionError("a wrong number of row languages was accepted")
    assert np.asarray(idx._row_language).shape == (len(ENGLISH) + len(FINNISH),)
