from assistant.retrieve.rerank import sentence_units
from assistant.types import Passage, Scores

TABLE = ("Avgifter 2025\n\n| Tjänst | Avgift |\n|---|---|\n| Hemtjänst | 350 kr |\n| Trygghetslarm | 250 kr/månad |\n\n"
         "Maxtaxan är 2 575 kronor per månad.")


def test_a_table_row_is_embedded_with_its_column_names_and_the_header_not_at_all() -> None:
    """What re-ranking compares with the question: "Avgift: 250 kr/månad" says what the number is."""
    p = Passage(id="t", doc_id="x", text=TABLE, title="Avgifter", section="Avgifter 2025", language="sv", start=10,
                end=10 + len(TABLE), score=0.9, scores=Scores())
    units = sentence_units(p)
    assert [k for _, k in units] == ["Avgifter 2025: Tjänst: Hemtjänst; Avgift: 350 kr",
                                     "Avgifter 2025: Tjänst: Trygghetslarm; Avgift: 250 kr/månad",
                                     "Avgifter 2025: Maxtaxan är 2 575 kronor per månad."]
    assert TABLE[units[1][0].start - 10:units[1][0].end - 10] == "| Trygghetslarm | 250 kr/månad |"  # spans: source

