import numpy as np
import pytest

from assistant.retrieve.rerank import LanguageCentering, quotable, sentence_units
from assistant.types import Passage, Scores

TABLE = ("Avgifter 2025\n\n| Tjänst | Avgift |\n|---|---|\n| Hemtjänst | 350 kr |\n| Trygghetslarm | 250 kr/månad |\n\n"
         "Maxtaxan är 2 575 kronor per månad.")


def test_a_table_row_is_embedded_with_its_column_names_and_the_header_not_at_all() -> None:
    """What re-ranking compares with the question: "Avgift: 250 kr/månad" says what the number is."""
    p = Passage(id="t", doc_id="x", text=TABLE, title="Avgifter", section="Avgifter 2025", language="sv", start=10,
                end=10 + len(TABLE), score=0.9, scores=Scores())
    units = sentence_units(p)
    assert [k for _, k in units] == ["Avgifter › Avgifter 2025: Tjänst: Hemtjänst; Avgift: 350 kr",
                                     "Avgifter › Avgifter 2025: Tjänst: Trygghetslarm; Avgift: 250 kr/månad",
                                     "Avgifter › Avgifter 2025: Maxtaxan är 2 575 kronor per månad."]
    assert TABLE[units[1][0].start - 10:units[1][0].end - 10] == "| Trygghetslarm | 250 kr/månad |"  # spans: source



def test_a_sentence_is_embedded_with_its_documents_title_and_its_section() -> None:
    """The page's subject in every sentence: a question naming it no longer finds the one sentence that names it
    ("Lindewaard is een dorp …") more similar than the one that answers ("De fruitteelt is de belangrijkste …")."""
    text = "Economie\n\nDe fruitteelt is de belangrijkste bron van inkomsten."
    p = Passage(id="e", doc_id="l", text=text, title="Lindewaard", section="Economie", language="nl", start=0,
                end=len(text), score=0.9, scores=Scores())
    assert [k for _, k in sentence_units(p)] == ["Lindewaard › Economie: De fruitteelt is de belangrijkste bron van "
                                                 "inkomsten."]
    same = Passage(id="f", doc_id="l", text="Lindewaard\n\nHet dorp telt 3.150 inwoners.", title="Lindewaard",
                   section="Lindewaard", language="nl", start=0, end=40, score=0.9, scores=Scores())
    assert [k for _, k in sentence_units(same)] == ["Lindewaard: Het dorp telt 3.150 inwoners."]  # named once


def test_a_page_title_that_is_a_headline_stating_a_figure_is_quotable() -> None:
    """The article said what the dam costs only in its headline ("Wie viel kostet der neue Hochwasserschutz?" was
    answered with the flood damage's 9 million, borough set); a page's name or a section heading says nothing."""
    head = "Neuer Hochwasserschutz für Talheim kostet 14 Millionen Euro"
    assert quotable(head, head, head)
    assert not quotable("Avfallstaxa 2025", "Avfallstaxa 2025", "Avfallstaxa 2025")  # a name with a year
    assert not quotable("Charges for care at home 2025", "Charges for care at home 2025", "Care")  # a heading
    assert quotable("Der Damm kostet 14 Millionen Euro.", "Kosten", head)  # a sentence, as always


def test_a_numbered_heading_is_no_sentence_without_its_number_nor_a_sub_heading_under_its_item() -> None:
    """The sentence splitter drops "3. " as a list item's marker, so the heading "3. Salg af grund på Havnevej 14" was
    quoted as a sentence of its own section (minutes set); a sub-heading's section names its item first."""
    assert not quotable("Salg af grund på Havnevej 14", "3. Salg af grund på Havnevej 14")
    assert not quotable("Beslut om taxa", "§ 29 Taxa för bygglov 2026 › Beslut om taxa")
    assert quotable("Kommunen har modtaget tre bud.", "3. Salg af grund på Havnevej 14")


class _Index:
    """What the centering reads of an index: its passages and their vectors."""

    def __init__(self, rows: list[tuple[str, str, list[float]]]) -> None:
        self.passages = [Passage(id=f"{doc}#{i}", doc_id=doc, text="x", title="", section="", language=lang,
                                 start=0, end=1) for i, (doc, lang, _) in enumerate(rows)]
        self._vecs = {p.id: np.array(v, dtype=np.float32) for p, (_, _, v) in zip(self.passages, rows, strict=True)}

    def vectors(self, ids: list[str]) -> np.ndarray:
        return np.stack([self._vecs[i] for i in ids])


def test_a_languages_share_of_the_centering_grows_with_its_documents() -> None:
    """One Danish page about meals: its mean similarity is its topic's, not only its language's; three Swedish pages
    tell the language apart from any one topic better."""
    idx = _Index([("m", "da", [1.0, 0.0]), ("m", "da", [0.8, 0.6]),
                  ("s1", "sv", [0.0, 1.0]), ("s2", "sv", [0.6, 0.8]), ("s3", "sv", [0.6, 0.8])])
    qv = np.array([0.6, 0.8], dtype=np.float32)
    c = LanguageCentering(idx, 1.0, 100, docs=3.0)  # type: ignore[arg-type]
    means = c.means(qv)
    overall = (2 * means["da"] + 3 * means["sv"]) / 5
    off = c.offsets(means)
    assert off["da"] == pytest.approx(1 / 4 * (means["da"] - overall))  # one document: a quarter
    assert off["sv"] == pytest.approx(3 / 6 * (means["sv"] - overall))  # three: half
    flat = LanguageCentering(idx, 1.0, 100, docs=0.0).offsets(means)  # type: ignore[arg-type]
    assert flat["da"] == pytest.approx(means["da"] - overall) and flat["sv"] == pytest.approx(means["sv"] - overall)
