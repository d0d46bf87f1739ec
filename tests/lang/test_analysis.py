import pytest

from assistant.lang.analysis import Analyzer
from assistant.lang.detect import detect_language


@pytest.mark.parametrize(("text", "lang"), [
    ("Vilka nätverk arbetar med klimat?", "sv"),
    ("Hvem er kontaktperson for nettverket?", "no"),
    ("Welke netwerken werken aan ouderenzorg?", "nl"),
    ("Which networks cover elderly care?", "en"),
    ("Nätverket består av offentliga aktörer i europeiska städer och regioner som arbetar inom det "
     "sociala området.", "sv"),
])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_compound_split_uses_collection_vocabulary() -> None:
    a = Analyzer()
    a.learn(["äldre personer", "god omsorg", "arbetsmarknaden"])
    assert a.split_compound("äldreomsorg") == ["äldre", "omsorg"]
    assert a.split_compound("okändaord") == []
    terms = a.terms("äldreomsorgen", "sv")
    assert "äldr" in terms  # stem of the head, found through the split


def test_stopwords_removed_and_stemmed_per_language() -> None:
    a = Analyzer()
    assert a.terms("the networks of the cities", "en") == ["network", "citi"]
    assert "och" not in a.terms("nätverk och kommuner", "sv")


def test_a_passage_keeps_its_documents_language_unless_the_model_is_sure() -> None:
    from assistant.lang.detect import detect_language, passage_language

    contact = "Kontakt\n\nÆldrechef Karen Holm, telefon 72 34 56 00, e-mail aeldre@sondervig.dk"
    assert detect_language(contact) != "da"  # alone, n-grams get a Danish contact block wrong
    assert passage_language(contact, "da") == "da"
    english = ("The network was founded in 2005 by municipalities in Sweden and Italy, and it now brings "
               "together schools, universities and local authorities from more than twenty countries.")
    assert passage_language(english, "sv") == "en"  # a real English paragraph in a Swedish page
    assert passage_language(english, "") == "en"
