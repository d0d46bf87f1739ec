"""Every supported format and encoding, from fixtures generated here; fuzzed extractors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.ingest.chunking import Chunker
from assistant.ingest.corpus import SourceFile, file_hash, read_document
from assistant.ingest.extract import ExtractionError, decode_text, extract
from assistant.types import Document
from tests.pdfs import make_pdf, slow_content

SV = "Växjö kommun är medlem i nätverket ICLEI – för hållbara städer."


def doc(tmp: Path, name: str, data: bytes, sidecar: str | None = None) -> Document:
    p = tmp / name
    p.write_bytes(data)
    side = None
    if sidecar is not None:
        side = tmp / (Path(name).stem + ".meta.json")
        side.write_text(sidecar, encoding="utf-8")
    src = SourceFile(p, name, side)
    return read_document(src, data, file_hash(src, data), pdf_timeout=20)


@pytest.mark.parametrize(("data", "expected"), [
    (SV.encode("utf-8"), SV),
    (b"\xef\xbb\xbf" + SV.encode("utf-8"), SV),
    (b"\xff\xfe" + SV.encode("utf-16-le"), SV),
    (b"\xfe\xff" + SV.encode("utf-16-be"), SV),
    (SV.replace("–", "-").encode("cp1252"), SV.replace("–", "-")),
    ("Økonomi og næringsliv i Viken – «Europa»".encode("cp1252"), "Økonomi og næringsliv i Viken – «Europa»"),
])
def test_encodings_are_detected(data: bytes, expected: str) -> None:
    assert decode_text(data) == expected


@pytest.mark.parametrize("data", [b"\x81\x8d\x8f\x90\x9d garbage", b"abc\x00\x01\x02\x03 binary",
                                  bytes(range(256)) * 4])
def test_invalid_text_is_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(ExtractionError, match=r"UTF-8|binary"):
        decode_text(data)


def test_html_main_content_headings_links_and_metadata(tmp_path: Path) -> None:
    html = ("<html lang='sv'><head><meta charset='windows-1252'><title>Nätverk för äldreomsorg</title>"
            "<meta name='author' content='Vänersborgs kommun'></head><body>"
            "<nav><a href='/'>Startsida</a> | <a href='/om'>Om kommunen</a></nav>"
            "<div id='cookie-banner'>Vi använder kakor. Acceptera alla kakor</div>"
            "<main><article><h1>Nätverk för äldreomsorg</h1><p>Kommunen deltar i ENSA, ett europeiskt nätverk "
            "för sociala frågor, sedan 2012 och arbetar med äldreomsorg.</p>"
            "<h2>Kontakt</h2><p>Kontakta <a href='https://example.se/anna'>Anna Svensson</a> på "
            "socialförvaltningen för frågor om nätverket och dess temagrupper.</p>"
            "<ul><li>Äldre</li><li>Unga</li></ul></article></main>"
            "<footer>© 2024 Vänersborgs kommun. Alla rättigheter förbehållna.</footer></body></html>")
    d = doc(tmp_path, "page.html", html.encode("cp1252"))
    assert "ENSA" in d.text and "äldreomsorg" in d.text  # charset from the <meta> honoured
    assert "https://example.se/anna" in d.text  # link targets kept
    assert "\nKontakt\n" in f"\n{d.text}\n"  # heading on its own line
    assert "Äldre" in d.text
    assert "kakor" not in d.text and "rättigheter" not in d.text and "Startsida" not in d.text
    assert d.title == "Nätverk för äldreomsorg" and d.language == "sv"


def test_a_definition_list_reads_term_colon_definition(tmp_path: Path) -> None:
    """A contact block as <dl>: each term and definition came out as a bullet of its own ("- Telefon" /
    "- 0611-34 80 00"), so the number lost its label."""
    html = ("<html lang='sv'><head><title>Färdtjänst</title></head><body><main><h1>Färdtjänst</h1>"
            "<p>Färdtjänst är en form av kollektivtrafik för dig som har svårt att resa med vanliga bussar.</p>"
            "<h2>Kontakt</h2><dl><dt>Telefon</dt><dd>0611-34 80 00</dd><dt>E-post</dt>"
            "<dd>fardtjanst@norrvik.example</dd><dt>Telefontid</dt><dd>Vardagar 9–12</dd></dl>"
            "<p>Ansökan skickas till kommunens handläggare för färdtjänst och riksfärdtjänst.</p></main></body></html>")
    d = doc(tmp_path, "page.html", html.encode())
    assert "Telefon: 0611-34 80 00" in d.text and "Telefontid: Vardagar 9–12" in d.text
    assert "- Telefon" not in d.text and d.text.index("Telefontid") < d.text.index("Ansökan skickas")


def test_wiki_footnote_references_and_edit_links_are_not_text(tmp_path: Path) -> None:
    """A wiki page saved as HTML: "[1]" after a full stop glued two sentences into one quote."""
    html = ("<html lang='nb'><head><title>Oslo</title></head><body><div class='mw-parser-output'>"
            "<p><b>Oslo</b> er Norges hovedstad og største by.<sup id='cite_ref-1' class='reference'>"
            "<a href='#cite_note-1'>[1]</a></sup> Byen hadde 709 037 innbyggere per 1. januar 2023.<sup>"
            "<a href='#cite_note-2'>[2]</a></sup> Oslo ble grunnlagt rundt år 1000.</p>"  # a mirror without classes
            "<h2><span class='mw-headline'>Historie</span><span class='mw-editsection'>[<a "
            "href='/w/index.php?title=Oslo&amp;action=edit&amp;section=1'>rediger</a> | <a "
            "href='/w/index.php?title=Oslo&amp;action=edit&amp;section=1&amp;veaction=edit'>rediger kilde</a>]"
            "</span></h2><p>Byen brant i 1624, og kong Christian IV lot den gjenreise som Christiania.</p>"
            "<p>Areal: 454 km<sup>2</sup>.</p></div></body></html>")
    d = doc(tmp_path, "oslo.html", html.encode())
    assert "største by. Byen hadde 709 037" in d.text
    assert "cite" not in d.text and "[1]" not in d.text and "<sup>" not in d.text
    assert "rediger" not in d.text and "action=edit" not in d.text and "\nHistorie\n" in f"\n{d.text}\n"
    assert "454 km2" in d.text  # a superscript that is no reference keeps its text


def test_pdf_pages_and_metadata(tmp_path: Path) -> None:
    data = make_pdf([["Rapport om nätverk", "Växjö kommun är medlem i ICLEI sedan många år."],
                     ["Kontakt", "Anna Svensson svarar på frågor om rapporten."]],
                    title="Nätverksrapport", author="Växjö kommun")
    d = doc(tmp_path, "rapport.pdf", data)
    assert d.title == "Nätverksrapport" and d.publisher == "Växjö kommun"
    assert [p for _, p in d.pages] == [1, 2]
    page2 = d.pages[1][0]
    assert d.text[page2:].startswith("Kontakt")
    passages = Chunker(40, 5).chunk(d)
    from assistant.ingest.corpus import page_of

    assert {page_of(d, p.start) for p in passages} == {1, 2}


def test_docx_headings_tables_and_properties(tmp_path: Path) -> None:
    import docx

    w = docx.Document()
    w.core_properties.title = "Internationellt arbete"
    w.core_properties.author = "Lindesbergs kommun"
    w.add_heading("Nätverket #Vemfn", level=1)
    w.add_paragraph("Fyra kommuner samarbetar om mottagande av nyanlända sedan 2013.")
    t = w.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Kontakt", "anna@lindesberg.se"
    w.save(str(tmp_path / "x.docx"))
    d = doc(tmp_path, "x.docx", (tmp_path / "x.docx").read_bytes())
    assert "\nNätverket #Vemfn\n" in f"\n{d.text}\n" and "anna@lindesberg.se" in d.text
    assert d.title == "Internationellt arbete" and d.publisher == "Lindesbergs kommun"


def test_docx_list_items_are_items_of_one_list(tmp_path: Path) -> None:
    """A Word list ("List Number", "List Bullet") reads as a Markdown list, like a page's: its items were
    paragraphs of their own, and a list question quoted sentences from all over the page instead."""
    import docx

    w = docx.Document()
    w.add_heading("Slik søker du", level=1)
    w.add_paragraph("Søknaden sendes elektronisk.")
    for step in ("Fyll ut søknaden.", "Legg ved skattemelding for siste år.", "Kommunen svarer innen tre uker."):
        w.add_paragraph(step, style="List Number")
    w.add_paragraph("Spørsmål besvares av Tjenestetorget.")
    w.add_paragraph("Husk legitimasjon.", style="List Bullet")
    w.save(str(tmp_path / "l.docx"))
    d = doc(tmp_path, "l.docx", (tmp_path / "l.docx").read_bytes())
    assert ("Søknaden sendes elektronisk.\n\n- Fyll ut søknaden.\n- Legg ved skattemelding for siste år.\n"
            "- Kommunen svarer innen tre uker.\n\nSpørsmål besvares av Tjenestetorget.\n\n- Husk legitimasjon."
            ) in d.text


def test_byline_furniture_and_a_tools_default_author_are_no_publisher(tmp_path: Path) -> None:
    """trafilatura read "Anni Heikkinen | 14.5.2026 klo 7:42 | Päivitetty …" as the author "Anni Heikkinen;
    Päivitetty", and python-docx signs every document it makes "python-docx": neither is who published it."""
    import docx

    html = ("<html lang='fi'><head><meta charset='utf-8'><title>Sähköbussit</title>"
            "<meta name='author' content='Anni Heikkinen; Päivitetty'></head><body><article><h1>Sähköbussit</h1>"
            "<p>Jokilaakson kaupunki ottaa elokuussa käyttöön kaksitoista sähköbussia kaupungin sisäiseen "
            "liikenteeseen, ja lippujen hinnat pysyvät ennallaan.</p></article></body></html>")
    assert doc(tmp_path, "b.html", html.encode()).publisher == "Anni Heikkinen"
    w = docx.Document()
    w.add_paragraph("Startlån er et lån fra kommunen til deg som ikke får lån i vanlig bank.")
    w.save(str(tmp_path / "s.docx"))
    assert docx.Document(str(tmp_path / "s.docx")).core_properties.author == "python-docx"  # the library's default
    assert doc(tmp_path, "s.docx", (tmp_path / "s.docx").read_bytes()).publisher == ""


@pytest.mark.parametrize(("title", "h1", "meta", "publisher", "site"), [
    ("Skoleskyss | Brekkestad kommune", "Skoleskyss", "", "", "Brekkestad kommune"),
    ("Garden waste collection - Ashcombe District Council", "Garden waste collection", "", "",
     "Ashcombe District Council"),
    ("Stadt Lindenau – Wohngeld beantragen", "Wohngeld beantragen", "", "", "Stadt Lindenau"),
    ("Fernwärme wird teurer | Ebersfelder Tageblatt", "Fernwärme wird teurer",
     "<meta name='author' content='Julia Brandt'>", "Julia Brandt", "Ebersfelder Tageblatt"),
    ("Skoleskyss | Brekkestad kommune", "Skoleskyss", "<meta property='og:site_name' content='Brekkestad kommune'>",
     "Brekkestad kommune", ""),  # the site's own name is the publisher already
    ("Skoleskyss", "Skoleskyss", "", "", ""),  # no site in the title
    # no part is the page's title, but one end words it otherwise and the other shares nothing with it (minutes set:
    # "Referat af byrådsmødet 27. januar 2026 | Havbjerg Kommune" over "Referat: Byrådet, tirsdag den 27. januar 2026")
    ("Kort om skoleskyss | Brekkestad kommune", "Skoleskyss", "", "", "Brekkestad kommune"),
    ("Brekkestad kommune - Kort om skoleskyss", "Skoleskyss", "", "", "Brekkestad kommune"),
    ("Nyheter | Brekkestad kommune", "Skoleskyss", "", "", ""),  # neither end is like the heading: no guess
])
def test_the_site_beside_the_title_in_a_pages_title_element_is_kept(
        tmp_path: Path, title: str, h1: str, meta: str, publisher: str, site: str) -> None:
    """Municipal pages often name their municipality only in the <title> ("Skoleskyss | Brekkestad kommune"), and
    trafilatura keeps a site name from it only when the name has a dot: the citations named no one, and "school
    transport in Brekkestad" matched nothing but the contact's e-mail address (ledger set)."""
    html = (f"<html lang='no'><head><meta charset='utf-8'><title>{title}</title>{meta}</head><body><main>"
            f"<h1>{h1}</h1><p>Elever i 1. trinn som bor mer enn 2 kilometer fra skolen, har rett til gratis "
            "skoleskyss. For elever i 2.–10. trinn er grensen 4 kilometer.</p></main></body></html>")
    d = doc(tmp_path, "s.html", html.encode())
    assert (d.title, d.publisher, d.site) == (h1, publisher, site)
    assert d.shown_publisher == (publisher or site)
    passages = Chunker(60, 5).chunk(d)
    assert passages and all(p.site == site and p.shown_publisher == (publisher or site) for p in passages)


@pytest.mark.parametrize(("author", "publisher"), [
    ("Af Søren Kjær; Sk Dk ·", "Søren Kjær"),  # the byline word dropped, not the name; no e-mail address's parts
    ("Kari Nilsen; Journalist · Publisert", "Kari Nilsen"),  # a role of one word is no author
    ("Anna Lindqvist · Publicerad", "Anna Lindqvist"),
    ("Av Sara Lindqvist Publicerad", "Sara Lindqvist"),
    ("Teksti Aino Heikkinen", "Aino Heikkinen"),
])
def test_a_news_bylines_author_is_the_name_in_it(tmp_path: Path, author: str, publisher: str) -> None:
    """trafilatura reads a news byline into the author field with its furniture: the Danish article's citation read
    "(Sk Dk ·, hjortbaek-skoler, …)", the Norwegian one's "(Kari Nilsen; Journalist · Publisert, …)" (gazette set)."""
    html = (f"<html lang='da'><head><meta charset='utf-8'><title>Skoler</title><meta name='author' content='{author}'>"
            "</head><body><article><h1>Skoler</h1><p>Et flertal i byrådet besluttede tirsdag aften at lukke to "
            "landsbyskoler ved udgangen af skoleåret, og eleverne flyttes til centralskolen.</p></article>"
            "</body></html>")
    assert doc(tmp_path, "s.html", html.encode()).publisher == publisher


def test_markdown_front_matter_and_sidecar(tmp_path: Path) -> None:
    md = ("---\ntitle: Klimatnätverk\npublisher: Växjö kommun\nlanguage: sv\n---\n# Energy Cities\n\n"
          "Ett [nätverk](https://energy-cities.eu) för energifrågor.\n")
    d = doc(tmp_path, "k.md", md.encode())
    assert d.title == "Klimatnätverk" and d.publisher == "Växjö kommun" and d.language == "sv"
    assert "Energy Cities\n" in d.text and "https://energy-cities.eu" in d.text and "#" not in d.text
    d2 = doc(tmp_path, "n.txt", "Nettverket møtes to ganger i året i Drammen.".encode(),
             sidecar='{"title": "Viken", "publisher": "Viken fylkeskommune", "url": "https://viken.no/x", '
                     '"language": "no", "date": "2021-05-06"}')
    assert (d2.title, d2.publisher, d2.url, d2.language, d2.date) == (
        "Viken", "Viken fylkeskommune", "https://viken.no/x", "no", "2021-05-06")
    d3 = doc(tmp_path, "j.txt", b"Some text about networks here.", sidecar='{"url": "javascript:alert(1)"}')
    assert d3.url == ""  # only http(s) source links


@pytest.mark.parametrize(("declared", "expected"), [
    ("no", "no"),  # YAML 1.1 would read this as False
    ("nb-NO", "no"), ("nn", "no"), ("sv-SE", "sv"), ("Swedish", "sv"), ("Nederlands", "nl"), ("nld", "nl"),
    ("klingon", "sv"), ("yes", "sv"),  # not a language: detected from the text instead
])
def test_declared_language_is_normalised_or_detected(tmp_path: Path, declared: str, expected: str) -> None:
    md = f"---\ntitle: T\nlanguage: {declared}\n---\nKommunen är medlem i nätverket och arbetar med klimatfrågor.\n"
    assert doc(tmp_path, "l.md", md.encode()).language == expected


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("elf.pdf", b"\x7fELF\x02\x01\x01" + bytes(200), "named .pdf but the content is ELF executable"),
    ("bin.txt", b"\x00\x01\x02binary\x00" * 50, "binary content"),
    ("zip.txt", b"PK\x03\x04" + bytes(100), "named .txt but the content is a ZIP archive"),
    ("fake.docx", b"just text", "named .docx but the content is not a Word document"),
    ("trunc.pdf", make_pdf([["Hello world text"]])[:120], "PDF"),
    ("scan.pdf", make_pdf([[]]), "scanned PDF; run OCR"),
    ("notes.odt", b"x", "unsupported file type"),
])
def test_hostile_files_are_refused_with_a_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason.replace("(", r"\(").replace(".", r"\.")):
        doc(tmp_path, name, data)


def test_pdf_that_keeps_the_parser_busy_is_stopped(tmp_path: Path) -> None:
    p = tmp_path / "slow.pdf"
    p.write_bytes(make_pdf([["x"]], content=slow_content()))
    with pytest.raises(ExtractionError, match="did not finish within 1 s"):
        extract(p, p.read_bytes(), pdf_timeout=1)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_fuzz_extractors_never_crash(tmp_path: Path, data: bytes, suffix: str) -> None:
    p = tmp_path / f"f{suffix}"
    try:
        out = extract(p, data)
    except ExtractionError:
        return
    assert isinstance(out.text, str)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=3000))
def test_fuzz_chunker_keeps_offsets(text: str) -> None:
    d = Document(doc_id="d", text=text, title="t")
    for p in Chunker(40, 5).chunk(d):
        assert d.text[p.start:p.end] == p.text


def test_pdf_lines_are_reflowed_into_paragraphs_and_headings_stay(tmp_path: Path) -> None:
    lines = ["Internationella nätverk",
             "Växjö kommun är medlem i flera internationella nätverk som arbetar med klimat och",
             "energi. Nätverken ger möjlighet att påverka EU:s politik och att hitta partner för",
             "projekt. Det viktigaste nätverket är ICLEI som samlar över 1 500 städer i hela",
             "världen.",
             "Energy Cities",
             "Ett tematiskt nätverk för städer som arbetar med energifrågor, förnyelsebar energi",
             "och planering av hållbara energisystem. Växjö är representerat i styrelsen genom",
             "kommunfullmäktiges ordförande."]
    d = doc(tmp_path, "r.pdf", make_pdf([lines]))
    assert "Det viktigaste nätverket är ICLEI som samlar över 1 500 städer i hela världen." in d.text
    sections = {p.section for p in Chunker(60, 5).chunk(d)}
    assert {"Internationella nätverk", "Energy Cities"} <= sections
    # A wrapped line that starts a sentence is not mistaken for a heading.
    assert not any(s.startswith(("projekt.", "Det viktigaste", "och planering")) for s in sections)


def test_a_title_after_a_full_width_line_ending_a_sentence_is_not_glued_to_it(tmp_path: Path) -> None:
    lines = ["Hjemmeplejen besøger i dag omkring 1.400 borgere. Kommunen indfører velfærdsteknologi",
             "som skærmbesøg og elektroniske medicinbokse, så borgerne kan klare flere opgaver selv.",
             "Alle nye medarbejdere i hjemmeplejen får et introduktionsforløb på fire hele uger.",
             "Frivillighed",
             "Kommunen samarbejder med frivillige foreninger om besøgsvenner, spisefællesskaber og",
             "motionshold. Foreninger kan søge om tilskud fra en pulje på 300.000 kr. om året."]
    d = doc(tmp_path, "p.pdf", make_pdf([lines]))
    assert "fire hele uger.\n\nFrivillighed\n\nKommunen samarbejder" in d.text
    assert "Frivillighed" in {p.section for p in Chunker(60, 5).chunk(d)}


def test_an_faq_question_line_after_a_full_line_is_its_own_heading(tmp_path: Path) -> None:
    """"Hvornår skal jeg ringe?" printed as a heading under a full-width line ran into the sentence before it, and the
    answer under it ("Akuttelefonen 1813 har åbent hele døgnet") headed no section of its own (a Danish patient
    leaflet printed by Chromium, care set). A question inside prose, under a line that does not end a sentence or
    followed by more of its paragraph in lower case, stays in its paragraph."""
    lines = ["Hvis du bliver akut syg eller kommer til skade uden for din egen læges",
             "åbningstid, skal du ringe til Akuttelefonen 1813, før du tager på skadeklinikken",
             "eller akutmodtagelsen. Du kan ikke møde op uden at have ringet og fået en tid.",
             "Hvornår skal jeg ringe?",
             "Akuttelefonen 1813 har åbent hele døgnet, alle ugens dage. På hverdage",
             "mellem kl. 8 og 16 skal du dog først kontakte din egen læge. Ved livstruende",
             "sygdom eller ulykke skal du altid ringe 112. Men hvad gør man, når det haster",
             "mere end som så? spørger mange. Svaret er enkelt: ring 112 med det samme."]
    d = doc(tmp_path, "p.pdf", make_pdf([lines]))
    assert "fået en tid.\n\nHvornår skal jeg ringe?\n\nAkuttelefonen 1813 har åbent" in d.text
    assert "Hvornår skal jeg ringe?" in {p.section for p in Chunker(60, 5).chunk(d)}
    assert "når det haster mere end som så? spørger mange." in d.text


def test_a_numbered_paragraph_title_after_a_full_line_is_not_glued_to_it(tmp_path: Path) -> None:
    """Minutes number their items "§ 25 …": after the section before ended on a full-width line, "§ 25 Ny förskola
    vid Lönnvägen" was joined to its last sentence (a printed Swedish protocol, minutes set)."""
    lines = ["Anna Strand, Ekbyn, frågar när gång- och cykelvägen mellan Ekbyn och Åsbacka centrum",
             "ska byggas. Kommunstyrelsens ordförande Mats Engström (S) svarar att bygget är planerat",
             "att starta under hösten 2026 och att Trafikverket står för halva kostnaden i projektet.",
             "§ 25 Ny förskola vid Lönnvägen",
             "Barnantalet i centralorten ökar, och de två förskolorna Solrosen och Humlan har i dag 38",
             "barn i kö. Förvaltningen föreslår att en ny förskola med åtta avdelningar byggs."]
    d = doc(tmp_path, "p.pdf", make_pdf([lines]))
    assert "halva kostnaden i projektet.\n\n§ 25 Ny förskola vid Lönnvägen\n\nBarnantalet" in d.text
    assert "§ 25 Ny förskola vid Lönnvägen" in {p.section for p in Chunker(60, 5).chunk(d)}


def test_a_short_line_whose_sentence_goes_on_in_lower_case_does_not_end_its_paragraph(tmp_path: Path) -> None:
    """In a narrow column a long word wraps early, and a table row's label wraps: the short line had ended a
    paragraph, so "Här sammanfattas det viktigaste om" was quoted alone and "Frågor" headed the contact's section
    (a two-column annual report printed by Chromium, ledger set)."""
    lines = ["Årsredovisning 2025 i korthet",
             "Kommunfullmäktige i Sjöbacka kommun",
             "godkände årsredovisningen för 2025 vid",
             "sitt sammanträde den 22 april 2026. Här",
             "sammanfattas det viktigaste om",
             "kommunens ekonomi, verksamhet och",
             "personal under året.",
             "Nettoinvesteringar,",
             "mnkr 176 212",
             "Frågor om årsredovisningen",
             "Den fullständiga årsredovisningen finns",
             "på kommunens webbplats. Frågor",
             "besvaras av ekonomichef Maria Lindqvist,",
             "telefon 0345-182 00."]
    d = doc(tmp_path, "a.pdf", make_pdf([lines]))
    assert "Här sammanfattas det viktigaste om kommunens ekonomi, verksamhet och personal under året." in d.text
    assert "Nettoinvesteringar, mnkr 176 212" in d.text
    assert "Frågor besvaras av ekonomichef Maria Lindqvist, telefon 0345-182 00." in d.text
    sections = {p.section for p in Chunker(60, 5).chunk(d)}
    assert "Frågor om årsredovisningen" in sections  # a heading followed by a capital still stands alone
    assert not any(s.startswith(("kommunens", "mnkr", "besvaras")) for s in sections)


def test_running_headers_footers_and_page_numbers_are_removed() -> None:
    from assistant.ingest.extract import without_running_lines

    body = ["Byrådet vedtog politikken i marts.", "Hjemmeplejen besøger 1.400 borgere.", "Frivillige hjælper til."]
    pages = [f"Ældrepolitik 2025 – Søndervig Kommune\n{b}\nSide {i} af 3" for i, b in enumerate(body, 1)]
    assert without_running_lines(pages) == body
    assert without_running_lines(pages[:1]) == pages[:1]  # one page: nothing recurs
    # a line that recurs inside the pages, not at their top or bottom, is text
    inner = ["Top one\nmiddle a\nKontakt\nmiddle b\nEnd one", "Top two\nmiddle c\nKontakt\nmiddle d\nEnd two"]
    assert without_running_lines(inner) == inner


def test_a_sentence_across_a_pdf_page_break_stays_one_and_pages_keep_their_offsets(tmp_path: Path) -> None:
    """The title over every page and "Side 1 af 2" were text: they headed sections and split the sentence that
    runs from one page to the next."""
    head = "Aeldrepolitik 2025 - Sondervig Kommune"
    data = make_pdf([[head, "Hjemmeplejen besoeger omkring 1.400 borgere hver uge. Kommunen vil ansaette 25 nye",
                      "Side 1 af 2"],
                     [head, "social- og sundhedsassistenter inden udgangen af 2026.", "", "Frivillige",
                      "Kommunen samarbejder med 14 frivillige foreninger om besoegsvenner.", "Side 2 af 2"]])
    d = doc(tmp_path, "politik.pdf", data)
    assert "Sondervig Kommune" not in d.text and "Side" not in d.text
    assert "Kommunen vil ansaette 25 nye social- og sundhedsassistenter inden udgangen af 2026." in d.text
    (first, one), (second, two) = d.pages
    assert (first, one, two) == (0, 1, 2) and d.text[second:].startswith("social- og")


def test_links_read_as_their_text_unless_the_target_helps_the_reader(tmp_path: Path) -> None:
    """A wiki page saved as HTML links word after word to its own site: "en tätort (/wiki/T%C3%A4tort) i Dalarna
    (/wiki/Dalarna)" was embedded and quoted (regional set)."""
    html = ("<html lang='sv'><head><title>Tallmora</title>"
            "<link rel='canonical' href='https://sv.wikipedia.org/wiki/Tallmora'></head><body><main>"
            "<p><b>Tallmora</b> är en <a href='/wiki/T%C3%A4tort'>tätort</a> i <a href='https://sv.wikipedia.org/"
            "wiki/Dalarna'>Dalarna</a> och centralort i Tallmora kommun, cirka 45 kilometer nordväst om Falun.</p>"
            "<p>Orten ingår i nätverket <a href='https://energy-cities.eu'>Energy Cities</a> sedan 2012, och "
            "frågor besvaras av <a href='mailto:anna.berg@tallmora.example'>Anna Berg</a> eller "
            "<a href='mailto:info@tallmora.example'>info@tallmora.example</a> på kommunen.</p></main></body></html>")
    d = doc(tmp_path, "tallmora.html", html.encode())
    assert "en tätort i Dalarna och centralort" in d.text  # relative and same-site targets dropped
    assert "Energy Cities (https://energy-cities.eu)" in d.text  # another site's address kept
    assert "Anna Berg (anna.berg@tallmora.example)" in d.text  # an e-mail link keeps its address once
    assert d.text.count("info@tallmora.example") == 1 and "mailto" not in d.text


def test_wiki_contents_categories_breadcrumbs_and_emphasis_are_not_text(tmp_path: Path) -> None:
    html = ("<html lang='fi'><head><title>Kotihoito</title></head><body><main>"
            "<p class='crumbs'>Etusivu / Sosiaali- ja terveyspalvelut / Ikäihmiset / Kotihoito</p>"
            "<nav aria-label='Murupolku' class='c-Breadcrumb'><a href='/'>Koti</a> › Palvelut</nav>"
            "<h1>Kotihoito</h1><div id='toc'><h2>Sisällys</h2><ul><li>1 Historia</li><li>2 Maksut</li></ul></div>"
            "<p>Kotihoito tukee ikäihmisiä, jotka tarvitsevat apua arjessa omassa kodissaan, nimeltään "
            "<i>Kotona kaiken ikää</i> -ohjelma.</p><h2>Maksut</h2><p>Tilapäisen kotihoidon käynti maksaa 15 euroa "
            "ja turvapuhelimen kuukausimaksu on 29 euroa kaupungin päätöksen mukaan.</p>"
            "<div class='catlinks'>Luokat: <a href='#'>Palvelut</a></div></main></body></html>")
    d = doc(tmp_path, "kotihoito.html", html.encode())
    assert "Etusivu" not in d.text and "Koti ›" not in d.text and "Sisällys" not in d.text
    assert "1 Historia" not in d.text and "Luokat" not in d.text and "(#)" not in d.text
    assert "nimeltään Kotona kaiken ikää -ohjelma" in d.text and "*" not in d.text
    assert "turvapuhelimen kuukausimaksu on 29 euroa" in d.text
    md = doc(tmp_path, "l.md", b"# Lindewaard\n\nDe naam verwijst naar de *waard*, het land.\n\n* een\n* twee\n")
    assert "naar de waard, het land" in md.text and "* een" in md.text  # a bullet's star stays


def test_contact_rows_a_letterhead_and_a_broken_range_of_a_printed_notice(tmp_path: Path) -> None:
    """A Finnish school notice printed by Chromium (notices set): its letterhead ran into the title, the title's range
    broke after its dash ("2027–" / "2028"), and the three contact rows and the signature under them were one
    sentence, so "Who do I contact about school transport?" could not quote the transport row alone."""
    lines = ["VAARANNIEMEN KAUPUNKI · Kasvatus ja opetus · Tiedote 12.11.2026",
             "Kouluun ilmoittautuminen lukuvuodelle 2027–",
             "2028",
             "Vuonna 2020 syntyneet lapset aloittavat perusopetuksen elokuussa 2027.",
             "Ilmoittautuminen ensimmäiselle luokalle tehdään sähköisesti Wilma-palvelussa",
             "11.–24.1.2027. Huoltaja saa tunnukset Wilmaan lapsen esiopetusyksiköstä. Jos",
             "sähköinen ilmoittautuminen ei ole mahdollista, paperisen lomakkeen saa",
             "koulujen kansliasta.",
             "Lisätietoja",
             "Oppilaaksiotto koulutussuunnittelija Sanna Heikkilä, puh. 044 718 2245",
             "Koulukuljetukset kuljetussihteeri Mikko Laine, puh. 044 718 2290",
             "Iltapäivätoiminta vapaa-aikasihteeri Laura Niemi, puh. 044 718 2301",
             "Opetusjohtaja Timo Kallio"]
    d = doc(tmp_path, "n.pdf", make_pdf([lines]))
    assert d.text.startswith("VAARANNIEMEN KAUPUNKI · Kasvatus ja opetus · Tiedote 12.11.2026\n\n"
                             "Kouluun ilmoittautuminen lukuvuodelle 2027–2028\n\n")
    assert ("\n\nKoulukuljetukset kuljetussihteeri Mikko Laine, puh. 044 718 2290\n\n"
            "Iltapäivätoiminta vapaa-aikasihteeri Laura Niemi, puh. 044 718 2301\n\n"
            "Opetusjohtaja Timo Kallio") in d.text
    # a contact row heads nothing
    assert not any("044 718" in p.section for p in Chunker(60, 5).chunk(d))


def test_prose_that_ends_lines_in_numbers_and_a_wrapped_byline_stay_joined(tmp_path: Path) -> None:
    """The contact rows' rule must not cut a sentence whose lines end in numbers (German "um 12" / "Prozent", then
    "9.400" / "Haushalte"), nor a byline of parts that wraps onto a second line."""
    lines = ["Kari Nilsen, Journalist · Publisert 21. november 2026 kl. 16.45 · Oppdatert 22. november",
             "2026 kl. 09.10",
             "Die Stadtwerke Ebersfeld erhöhen zum 1. Januar 2027 den Preis für Fernwärme um 12",
             "Prozent. Das hat der Aufsichtsrat am Montag beschlossen. Betroffen sind rund 9.400",
             "Haushalte, die an das Fernwärmenetz der Stadt angeschlossen sind. Für einen Haushalt mit 80",
             "Quadratmetern bedeutet das Mehrkosten von etwa 168 Euro im Jahr, sagte Geschäftsführer Jan Roth."]
    d = doc(tmp_path, "p.pdf", make_pdf([lines]))
    assert "Oppdatert 22. november 2026 kl. 09.10" in d.text
    assert "um 12 Prozent. Das hat der Aufsichtsrat am Montag beschlossen. Betroffen sind rund 9.400 Haushalte" \
        in d.text
    assert "mit 80 Quadratmetern" in d.text


def test_a_wikis_notices_above_the_text_are_not_text(tmp_path: Path) -> None:
    """MediaWiki's fundraising banner (siteNotice), "Från Wikipedia, den fria encyklopedin" (siteSub) and "För andra
    betydelser, se …" (hatnote): "Stöd Wikipedia – gör en donation i dag." was quoted as an answer (lexicon set)."""
    html = ("<html lang='sv'><head><title>Hallsberga – Wikipedia</title></head><body>"
            "<div id='siteNotice'>Stöd Wikipedia – gör en donation i dag.</div><h1>Hallsberga</h1>"
            "<div id='siteSub'>Från Wikipedia, den fria encyklopedin</div>"
            "<div class='hatnote navigation-not-searchable'>"
            "För andra betydelser, se Hallsberga (olika betydelser).</div>"
            "<p>Hallsberga är en tätort i Västmanland och centralort i Hallsberga kommun, cirka 25 kilometer väster "
            "om Västerås vid Kolbäcksåns utlopp i Mälaren.</p></body></html>")
    d = doc(tmp_path, "h.html", html.encode())
    assert "donation" not in d.text and "Från Wikipedia" not in d.text and "andra betydelser" not in d.text
    assert "Hallsberga är en tätort i Västmanland" in d.text


@pytest.mark.parametrize("tagline", ["From Wikipedia, the free encyclopedia",
                                     "Uit Wikipedia, de vrije encyclopedie", "Aus Wikipedia, der freien Enzyklopädie",
                                     "Wikipediasta, vapaasta tietosanakirjasta"])
def test_a_wikis_tagline_without_its_id_is_not_text(tmp_path: Path, tagline: str) -> None:
    """Saved without MediaWiki's siteSub id, the tagline headed the article's first passage as its section, in place
    of the article's name (lexicon set: "Uit Wikipedia, de vrije encyclopedie" over Schiermoog's lead)."""
    html = ("<html><head><title>Schiermoog - Wikipedia</title></head><body><h1>Schiermoog</h1>"
            f"<div>{tagline}</div><p>Schiermoog is een Waddeneiland in de provincie Friesland, gelegen tussen Ameland "
            "en Schiermonnikoog. Het eiland is sinds 1989 een zelfstandige gemeente.</p></body></html>")
    d = doc(tmp_path, "s.html", html.encode())
    assert tagline not in d.text
    assert "Schiermoog is een Waddeneiland" in d.text
