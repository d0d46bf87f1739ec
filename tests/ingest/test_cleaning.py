from assistant.ingest.cleaning import clean_text
from tests.conftest import CORPUS


def test_drops_boilerplate_lines_and_inline_link_notes() -> None:
    raw = ("Hoppa till innehåll\n\nTranslate site\nRubrik\n\nNätverket #Vemfnlänk till annan webbplats, "
           "öppnas i nytt fönster som kommunen ingår i.\nTill toppen\nBild - Klikk for stort bildeFra venstre: Ola")
    out = clean_text(raw)
    for junk in ("Hoppa till", "Translate site", "Till toppen", "länk till annan", "öppnas i nytt",
                 "Klikk for stort"):
        assert junk.lower() not in out.lower()
    assert "Nätverket #Vemfn som kommunen ingår i." in out
    assert "Rubrik" in out
    assert "Fra venstre: Ola" in out


def test_keeps_every_content_sentence_of_the_default_corpus() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        cleaned = " ".join(clean_text(path.read_text(encoding="utf-8")).split())
        for sentence in ("Nätverket bildades officiellt 2005", "ENSA innebär en utmärkt möjlighet",
                         "Ryberg gav de 25 fremmøtte", "Het ESN is een Europees netwerk",
                         "Växjö kommun skrev 2008 under Covenant of Mayors"):
            if sentence in path.read_text(encoding="utf-8"):
                assert sentence in cleaned, (path.name, sentence)


def test_empty_and_whitespace_only() -> None:
    assert clean_text("") == ""
    assert clean_text("  \n\nHoppa till innehåll\n") == ""
