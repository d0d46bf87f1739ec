import pytest

from assistant.lang import tables
from assistant.lang.sentences import sentence_spans

MARKDOWN = ("Avgifter 2025\n\n"
            "| Tjänst | Avgift | Kommentar |\n"
            "|---|---|---|\n"
            "| Hemtjänst, per timme | 350 kr | Högst maxtaxan per månad. Avgiften räknas per påbörjad timme |\n"
            "| Trygghetslarm | 250 kr/månad | Installation ingår |\n"
            "| Matdistribution | 68 kr/portion | |\n\n"
            "Maxtaxan är 2 575 kronor per månad.\n")
DOCX = "Tjänst | Avgift\nHemtjänst | 350 kr\nTrygghetslarm | 250 kr\n"
HOURS = "Öppettider\n\n| Måndag–torsdag | 08.00–16.00 |\n| Fredag | 08.00–12.00 |\n"


def _at(text: str, needle: str) -> int:
    return text.index(needle)


@pytest.mark.parametrize(("line", "row"), [("| a | b |", True), ("Hemtjänst | 350 kr", True), ("|---|---|", False),
                                           ("| :--- | ---: |", False), ("En mening utan tabell.", False), ("|", False)])
def test_rows_are_cells_between_pipes(line: str, row: bool) -> None:
    assert tables.is_row(line) is row


def test_a_row_reads_with_its_column_names() -> None:
    at = _at(MARKDOWN, "| Trygghetslarm")
    assert tables.header(MARKDOWN, at) == ["Tjänst", "Avgift", "Kommentar"]
    row = MARKDOWN[at:MARKDOWN.index("\n", at)]
    assert tables.render(row, tables.header(MARKDOWN, at)) == (
        "Tjänst: Trygghetslarm; Avgift: 250 kr/månad; Kommentar: Installation ingår")
    empty = _at(MARKDOWN, "| Matdistribution")
    assert tables.render(MARKDOWN[empty:MARKDOWN.index("\n", empty)], tables.header(MARKDOWN, empty)) == (
        "Tjänst: Matdistribution; Avgift: 68 kr/portion")  # an empty cell is left out


def test_the_header_row_is_known_by_the_line_under_it_or_by_holding_no_digit() -> None:
    assert tables.is_header(MARKDOWN, _at(MARKDOWN, "| Tjänst"))
    assert not tables.is_header(MARKDOWN, _at(MARKDOWN, "| Trygghetslarm"))
    assert tables.header(MARKDOWN, _at(MARKDOWN, "| Tjänst")) is None  # the header has no header
    # DOCX writes no "|---|" line: a first row of names over at least two rows of values
    assert tables.is_header(DOCX, 0) and tables.header(DOCX, _at(DOCX, "Trygghetslarm")) == ["Tjänst", "Avgift"]
    # two rows of values, no names: a key and its value
    at = _at(HOURS, "| Fredag")
    assert not tables.is_header(HOURS, _at(HOURS, "| Måndag")) and tables.header(HOURS, at) is None
    assert tables.render(HOURS[at:HOURS.index("\n", at)], None) == "Fredag: 08.00–12.00"


def test_each_row_is_one_sentence_and_the_separator_none() -> None:
    got = [MARKDOWN[s.start:s.end] for s in sentence_spans(MARKDOWN)]
    assert got == ["Avgifter 2025", "| Tjänst | Avgift | Kommentar |",
                   "| Hemtjänst, per timme | 350 kr | Högst maxtaxan per månad. Avgiften räknas per påbörjad timme |",
                   "| Trygghetslarm | 250 kr/månad | Installation ingår |", "| Matdistribution | 68 kr/portion | |",
                   "Maxtaxan är 2 575 kronor per månad."]
    # rows without a final dot used to run together into one "sentence"
    assert [HOURS[s.start:s.end] for s in sentence_spans(HOURS)] == [
        "Öppettider", "| Måndag–torsdag | 08.00–16.00 |", "| Fredag | 08.00–12.00 |"]


INFOBOX = ("Tallmora\n\n| Tallmora |  |\n|---|---|\n| Land | Sverige |\n| Folkmängd | 7 912 (2023) |\n"
           "| Riktnummer | 0248 |\n")


def test_a_caption_row_over_a_table_names_no_column() -> None:
    """An infobox's name spans its first row: read as column names, every row became "Tallmora: Riktnummer; 0248"."""
    at = _at(INFOBOX, "| Riktnummer")
    assert tables.header(INFOBOX, at) is None
    assert tables.render(INFOBOX[at:INFOBOX.index("\n", at)], tables.header(INFOBOX, at)) == "Riktnummer: 0248"
    assert tables.is_header(INFOBOX, _at(INFOBOX, "| Tallmora |"))  # the caption is not quoted either
    # a header whose top-left cell is empty still names the columns
    stats = "| | 2023 | 2024 |\n|---|---|---|\n| Invånare | 7 912 | 7 880 |\n"
    assert tables.header(stats, _at(stats, "| Invånare")) == ["", "2023", "2024"]


CAPTIONED = ("| Satser for folkepension 2025 (pr. måned før skat) | | |\n|---|---|---|\n"
             "| Ydelse | Enlig | Gift eller samlevende |\n|---|---|---|\n| Grundbeløb | 7.198 kr. | 7.198 kr. |\n"
             "| Ældrecheck (én gang om året) | 19.700 kr. | 19.700 kr. |\n")


def test_under_a_caption_the_row_before_the_rule_names_the_columns() -> None:
    """An HTML table's <caption> over its <thead>: the rows read "Ældrecheck; 19.700 kr.; 19.700 kr." before, with
    nothing saying what the amounts are."""
    at = _at(CAPTIONED, "| Ældrecheck")
    names = tables.header(CAPTIONED, at)
    assert names == ["Ydelse", "Enlig", "Gift eller samlevende"]
    assert tables.render(CAPTIONED[at:CAPTIONED.index("\n", at)], names) == (
        "Ydelse: Ældrecheck (én gang om året); Enlig: 19.700 kr.; Gift eller samlevende: 19.700 kr.")
    assert tables.is_header(CAPTIONED, _at(CAPTIONED, "| Ydelse"))  # column names answer nothing
    assert tables.is_header(CAPTIONED, 0) and not tables.is_header(CAPTIONED, _at(CAPTIONED, "| Grundbeløb"))
    # an infobox's first row under its name, ruled off too, holds a value: no header
    box = "| Ingrid Malmsten | |\n|---|---|\n| Född | 3 april 1921 |\n|---|---|\n| Död | 17 oktober 2004 |\n"
    assert tables.header(box, _at(box, "| Död")) is None and not tables.is_header(box, _at(box, "| Född"))


def test_docx_column_names_may_hold_a_year_but_no_cell_is_a_bare_value() -> None:
    """"Tilbud | Elever 2025 | Venteliste" names columns; the rule "no digit" read it as a row, and every row
    read "Dans; 87; 24"."""
    docx = "Tilbud | Elever 2025 | Venteliste\nMusikk | 251 | 58\nDans | 87 | 24\n"
    at = _at(docx, "Dans")
    assert tables.header(docx, at) == ["Tilbud", "Elever 2025", "Venteliste"] and tables.is_header(docx, 0)
    assert tables.render(docx[at:docx.index("\n", at)], tables.header(docx, at)) == (
        "Tilbud: Dans; Elever 2025: 87; Venteliste: 24")
    values = "Måndag | 08.00–16.00\nTisdag | 08.00–16.00\nFredag | 08.00–12.00\n"  # a first row of values
    assert tables.header(values, _at(values, "Fredag")) is None and not tables.is_header(values, 0)
