from pathlib import Path

from assistant.ingest.chunking import Chunker, sections, split_blocks
from assistant.ingest.corpus import iter_documents
from assistant.ingest.tokens import count_tokens
from assistant.types import Document
from tests.conftest import CORPUS


def _docs() -> list[Document]:
    return list(iter_documents(CORPUS))


def test_headings_detected_as_short_unpunctuated_lines() -> None:
    text = ("Intro text that explains the page in a full sentence.\n\n"
            "European Network of Social Authorities - ENSA\n\n"
            "Nätverket består av offentliga aktörer i europeiska städer och regioner.\n\n"
            "Telefon:\n0521-72 23 93\n")
    blocks = split_blocks(text)
    headings = [b.text for b in blocks if b.heading]
    assert headings == ["European Network of Social Authorities - ENSA"]


def test_a_line_standing_alone_over_an_address_block_heads_it() -> None:
    text = ("Riksfärdtjänst gäller för resor utanför länet, till exempel för att besöka släkt.\n\n"
            "Kontakt\n\nBiståndshandläggare för färdtjänst\nMaria Lindqvist\n\nTelefon: 0345-66 12 40\n")
    assert [b.text for b in split_blocks(text) if b.heading] == ["Kontakt"]
    # a two-line name block that is not followed by more lines stays body text
    text2 = "Intro sentence of the page, written in full.\n\nKontakt\n\nMaria Lindqvist\n"
    assert [b.text for b in split_blocks(text2) if b.heading] == []


def test_a_question_standing_alone_over_body_text_is_a_heading() -> None:
    text = ("Färdtjänst är en form av kollektivtrafik för dig med en funktionsnedsättning.\n\n"
            "Vem kan få färdtjänst?\n\n"
            "Du som är folkbokförd i kommunen kan ansöka om färdtjänst hos kommunen.\n\n"
            "Vill du veta mer? Ring oss.\nVad kostar det?\n")
    assert [b.text for b in split_blocks(text) if b.heading] == ["Vem kan få färdtjänst?"]


def test_offsets_point_at_exact_text_and_sizes_fit() -> None:
    chunker = Chunker(max_tokens=220, min_tokens=40)
    for doc in _docs():
        for p in chunker.chunk(doc):
            assert doc.text[p.start:p.end] == p.text
            assert count_tokens(p.text) <= 400  # soft limit, far below the model's 512
            assert p.language in {"sv", "no", "nl", "en", "da"}
            assert p.doc_id == doc.doc_id and p.title == doc.title


def test_heading_stays_with_its_paragraph_and_sections_do_not_mix() -> None:
    doc = next(d for d in _docs() if d.doc_id.startswith("004"))
    chunks = Chunker().chunk(doc)
    names = ["Energy-Cities", "Mayors Adapt", "Borgmästaravtalet", "ICLEI", "Union of the Baltic Cities - UBC",
             "REVES"]
    for name in names:
        owner = [c for c in chunks if c.section == name]
        assert owner, name
        assert owner[0].text.startswith(name)
        assert len(owner[0].text) > len(name) + 40  # not a heading alone
        for c in owner:
            for other in names:
                if other != name:
                    assert f"\n{other}\n" not in f"\n{c.text}\n"


def test_long_paragraph_is_split_below_budget() -> None:
    sentence = "Kommunen deltar i ett europeiskt nätverk för social inkludering och äldreomsorg. "
    doc = Document(doc_id="long", text="Rubrik\n\n" + sentence * 80, title="T", language="sv")
    chunks = Chunker(max_tokens=100, min_tokens=20).chunk(doc)
    assert len(chunks) > 5
    assert all(count_tokens(c.text) <= 140 for c in chunks)
    assert all(doc.text[c.start:c.end] == c.text for c in chunks)


def test_corpus_manifest_fields_are_used() -> None:
    doc = next(d for d in iter_documents(CORPUS) if d.doc_id.startswith("002"))
    assert doc.publisher == "Viken fylkeskommune"
    assert doc.language == "no"
    assert doc.url == ""  # unknown, never invented


def test_missing_corpus_path_is_a_clear_error(tmp_path: Path) -> None:
    import pytest

    from assistant.ingest.corpus import CorpusError

    with pytest.raises(CorpusError, match="does not exist"):
        list(iter_documents(tmp_path / "nope"))


def test_a_line_that_introduces_a_list_is_not_a_heading() -> None:
    for intro in ["Det kan till exempel vara när", "Exempel på sådana händelser är om det",
                  "Examples of such events are when", "Beispiele dafür sind wenn"]:
        text = f"Vi hjälper dig.\n\n{intro}\n- du har ramlat hemma\n- du behöver hjälp med medicin\n"
        assert [b.text for b in split_blocks(text) if b.heading] == [], intro
    # a heading over a list is still a heading
    text = "Vi hjälper dig.\n\nVanliga orsaker\n- du har ramlat hemma\n- du behöver hjälp med medicin\n"
    assert [b.text for b in split_blocks(text) if b.heading] == ["Vanliga orsaker"]


def test_an_faq_question_over_its_answer_is_a_heading_without_a_blank_line_between() -> None:
    text = ("Vanliga frågor om färdtjänst.\n\n"
            "Vem kan få färdtjänst?\nDu som har en funktionsnedsättning som gör att du inte kan resa med buss.\n\n"
            "Vad kostar en resa?\nEn resa kostar lika mycket som en bussresa i länet, men minst 40 kronor.\n")
    assert [b.text for b in split_blocks(text) if b.heading] == ["Vem kan få färdtjänst?", "Vad kostar en resa?"]


def test_a_spoken_question_or_a_run_of_questions_is_text() -> None:
    spoken = "Han ble spurt.\n\n– Hva skal vi gjøre nå?\nDet er uklart hva som skjer videre med saken i kommunen.\n"
    run = "Vi undrar.\n\nVem bestämmer?\nVem betalar?\nDet vet ingen i kommunen ännu, enligt ordföranden själv.\n"
    assert [b.text for b in split_blocks(spoken) if b.heading] == []
    assert [b.text for b in split_blocks(run) if b.heading] == []


def test_a_long_first_line_gives_its_first_sentence_as_title(tmp_path: Path) -> None:
    first = ("Kommunen inför nya regler för färdtjänst från den första januari nästa år. " * 3).strip()
    (tmp_path / "farj.txt").write_text(f"{first}\n\nMer text om reglerna följer här.\n", encoding="utf-8")
    (tmp_path / "lang.txt").write_text("Ord " * 60 + "\n\nMer.\n", encoding="utf-8")
    titles = {d.doc_id: d.title for d in iter_documents(tmp_path)}
    assert titles["farj"] == "Kommunen inför nya regler för färdtjänst från den första januari nästa år."
    assert titles["lang"].endswith("…") and len(titles["lang"]) <= 120 and titles["lang"].startswith("Ord Ord")


def test_a_heading_over_a_table_heads_it() -> None:
    """A table row is no body line; "Öppettider" over the opening hours was taken for text, and the whole page
    became one section, so the hours were embedded under the page's first heading."""
    text = ("Avgifter inom äldreomsorgen\n\nAvgiften beror på din inkomst och räknas ut varje år av kommunen.\n\n"
            "Öppettider\n\n| Måndag–torsdag | 08.00–16.00 |\n| Fredag | 08.00–12.00 |\n")
    assert [b.text for b in split_blocks(text) if b.heading] == ["Avgifter inom äldreomsorgen", "Öppettider"]


def test_a_table_row_is_no_heading() -> None:
    """DOCX rows ("Trygghetsalarm | 310 kr per måned") are short unpunctuated lines: one headed the table."""
    text = ("Priser\n\nTjeneste | Pris | Merknad\nTrygghetsalarm | 310 kr per måned | Gratis installasjon\n"
            "Praktisk bistand | 225 kr per time | Skjermingsgrense gjelder\n")
    assert [b.text for b in split_blocks(text) if b.heading] == ["Priser"]


def test_a_label_and_its_value_is_no_heading() -> None:
    """"Åpningstider: mandag–fredag kl. 09.00–14.00" headed the sentence under it as its section."""
    text = ("Bostøtte\n\nBostøtte er en statlig støtteordning for deg som har lave inntekter og høye boutgifter.\n\n"
            "Kontakt\n\nBoligkontoret, Havbakken kommune\n\nTelefon: 76 11 20 00\n\n"
            "Åpningstider: mandag–fredag kl. 09.00–14.00\n\nSaksbehandler for bostøtte er Ingrid Solheim.\n\n"
            "Del 1: Historia\n\nKommunen ble opprettet i 1838 da formannskapslovene trådte i kraft.\n")
    assert [b.text for b in split_blocks(text) if b.heading] == ["Bostøtte", "Del 1: Historia"]


def test_a_line_over_a_run_of_labelled_lines_heads_them_but_a_contact_block_keeps_its_name() -> None:
    """An HTML h2 flattened to a line over opening hours ("Donnerstag: 8–18 Uhr") was quoted as a sentence of the
    section before it (district set); a name or an address over "Telefon:" and "E-post:" lines opens a contact block."""
    text = ("Sie erhalten eine Benachrichtigung per SMS oder E-Mail.\n\nÖffnungszeiten des Bürgerbüros\n\n"
            "Montag bis Mittwoch: 8–16 Uhr\n\nDonnerstag: 8–18 Uhr\n\nFreitag: 8–12 Uhr\n\n"
            "Internasjonal rådgiver Ole Haugen\n\nTelefon: 47 12 34 56\n\nE-post: ole@fjordvik.example\n")
    heads = [b.text for b in split_blocks(text) if b.heading]
    assert heads == ["Öffnungszeiten des Bürgerbüros"]


def test_a_field_that_names_someone_is_no_heading_but_a_headline_with_a_colon_is() -> None:
    """"Mødeleder: Borgmester Anders Kofoed (V)" headed the next agenda item as its section, so the chair of the
    meeting was in no sentence (minutes set); a news headline says something after its colon."""
    text = ("Fraværende: Mette Kjær (A) og Lars Holt (V).\n\nMødeleder: Borgmester Anders Kofoed (V)\n\n"
            "Byrådet godkendte dagsordenen uden bemærkninger og gik videre til det første punkt.\n\n"
            "Griffier: mr. R. (Ruben) Smit\n\n"
            "De voorzitter opent de vergadering om 19.31 uur en heet iedereen welkom.\n\n"
            "Forskere: Flere norske isbreer kan forsvinne\n\nDe neste tiårene vil mange små breer smelte helt bort.\n\n"
            "Re: Haaland\n\nSpissen scoret to mål i kveld og ble kåret til kampens beste spiller.\n")
    heads = [b.text for b in split_blocks(text) if b.heading]
    assert heads == ["Forskere: Flere norske isbreer kan forsvinne", "Re: Haaland"]


def test_a_numbered_line_alone_over_text_is_a_heading_but_a_numbered_list_is_not() -> None:
    """An HTML h2 "2. Ny skolestruktur i Havbjerg by" flattened to a line was quoted as a sentence of the item
    before it (minutes set); items of a numbered list, one under the other or with blank lines between, stay text."""
    text = ("1. Godkendelse af dagsorden\n\nBeslutning: Dagsordenen blev godkendt uden bemærkninger.\n\n"
            "2. Ny skolestruktur i Havbjerg by\n\n"
            "Elevtallet på Østre Skole er faldet fra 412 i 2015 til 236 i dag, og bygningerne skal renoveres.\n\n"
            "Sådan søger du:\n\n1. Udfyld skemaet\n\n2. Send det til kommunen\n\n3. Vent på svar\n\n"
            "Du hører fra os inden for fire uger, når vi har behandlet din ansøgning om tilskud.\n\n"
            "§ 31 KOULUKULJETUSTEN HANKINTA\n\nKaupunki kilpailutti perusopetuksen koulukuljetukset keväällä.\n")
    heads = [b.text for b in split_blocks(text) if b.heading]
    assert heads == ["1. Godkendelse af dagsorden", "2. Ny skolestruktur i Havbjerg by",
                     "§ 31 KOULUKULJETUSTEN HANKINTA"]


def test_a_sub_heading_under_a_numbered_item_names_the_item_in_its_section() -> None:
    """Minutes head each item's parts alike: "Avslag 31 röster, bifall 14 röster" under "Omröstning" said nothing of
    the motion it counted (minutes set). An unnumbered page's headings stay as they are."""
    text = ("§ 26 Motion om avgiftsfri kollektivtrafik för pensionärer\n\nDnr KS 2025/233\n\n"
            "Jenny Lund (V) föreslår i en motion att invånare som fyllt 75 år ska åka avgiftsfritt med bussarna.\n\n"
            "Omröstning\n\nOmröstning begärs och verkställs. Avslag 31 röster, bifall 14 röster.\n\n"
            "§ 27 Fyllnadsval av ordförande\n\n"
            "Ewa Sjöberg (S) har begärt entledigande från sitt uppdrag som ordförande.\n")
    heads = [s.heading for s in sections(text, "Protokoll")]
    assert heads == ["§ 26 Motion om avgiftsfri kollektivtrafik för pensionärer › Dnr KS 2025/233",
                     "§ 26 Motion om avgiftsfri kollektivtrafik för pensionärer › Omröstning",
                     "§ 27 Fyllnadsval av ordförande"]
    plain = ("Parkeringstillstånd\n\nDu som har en funktionsnedsättning kan ansöka om ett parkeringstillstånd.\n\n"
             "Avgift\n\nTillståndet är avgiftsfritt och gäller i hela landet i högst fem år.\n\n"
             "Budget 2026\n\nKommunen lägger 2 miljoner kronor på nya parkeringsplatser under året.\n")
    assert [s.heading for s in sections(plain, "Sida")] == ["Parkeringstillstånd", "Avgift", "Budget 2026"]


def test_an_events_name_over_its_fields_is_a_heading_but_a_field_among_fields_is_not() -> None:
    """A calendar page gives each event's "När:", "Var:" and "Pris:" under its name, which headed nothing, so the
    fields' sentences did not say which event they were about (events set); a field after a field is one of them."""
    text = ("Pianisten spelar egna låtar och standards tillsammans med sin trio på stora scenen.\n\n"
            "Teater: Fröken Julie\n\nNär: 8, 9 och 10 maj kl. 19.00\nVar: Kulturhuset Ankaret, stora salen\n"
            "Pris: 280 kr\n\nNorrlandsoperan gästspelar med Strindbergs klassiker i regi av Sara Holm.\n\n"
            "Valborgsfirande\n\nNär: torsdag 30 april kl. 20.00\nVar: Kvarnberget\nPris: gratis\n\n"
            "Beginn: 19:00 Uhr\n\nVorsitzender: Bürgermeister Thomas Reuter\n\nAnwesend: 16 von 18 Gemeinderäten\n\n"
            "Entschuldigt: GR Monika Fuchs\n")
    heads = [b.text for b in split_blocks(text) if b.heading]
    assert heads == ["Teater: Fröken Julie", "Valborgsfirande"]
    # the same with a blank line between the fields, as the page has them: the fields head nothing, so the text under
    # them stays in the event's section
    spaced = ("Påskmarknad på Torget\n\nNär: lördag 4 april kl. 10.00–15.00\n\nVar: Stora torget\n\nPris: gratis\n\n"
              "Ett fyrtiotal knallar säljer hantverk, godis och påskris.\n\n"
              "Föreläsning: Norrhamns hamn under 1800-talet\n\nNär: tisdag 21 april kl. 18.00\n\n"
              "Var: Sjöfartsmuseet\n\nPris: 60 kr\n\nHistorikern Karin Wallin berättar om tiden då Norrhamn var "
              "Norrlands största exporthamn.\n")
    assert [s.heading for s in sections(spaced, "Kulturkalender")] == [
        "Påskmarknad på Torget", "Föreläsning: Norrhamns hamn under 1800-talet"]


def test_a_line_with_a_phone_number_or_an_e_mail_address_is_no_heading() -> None:
    """Contact rows each on a line of their own: the middle one, short and unpunctuated between two others, headed
    the rows after it ("Koulukuljetukset kuljetussihteeri Mikko Laine, puh. 044 718 2290", notices set)."""
    text = ("Lisätietoja\n\nOppilaaksiotto koulutussuunnittelija Sanna Heikkilä, puh. 044 718 2245\n\n"
            "Koulukuljetukset kuljetussihteeri Mikko Laine, puh. 044 718 2290\n\n"
            "Iltapäivätoiminta vapaa-aikasihteeri Laura Niemi, laura.niemi@vaaranniemi.fi\n\nOpetusjohtaja Timo Kallio")
    headings = [b.text for b in split_blocks(text) if b.heading]
    assert headings == ["Lisätietoja"]


def test_a_street_address_is_no_heading_and_one_word_over_it_is() -> None:
    """"Volkshochschule Lindenau, Marktstraße 12, 08451 Lindenau" headed the opening hours under it, so no sentence
    said where the office is (schools set); "Geschäftsstelle" over it heads the block. A name over its address stays
    the block's first line ("Abfallwirtschaftsbetrieb Lindheim (AWL)" under "Zuständige Stelle")."""
    office = ("Geschäftsstelle\n\nVolkshochschule Lindenau, Marktstraße 12, 08451 Lindenau\n\n"
              "Öffnungszeiten: Montag bis Donnerstag 9–12 Uhr und 14–17 Uhr, Freitag 9–12 Uhr\n\n"
              "Leiterin der Volkshochschule: Dr. Sabine Wendt")
    assert [b.text for b in split_blocks(office) if b.heading] == ["Geschäftsstelle"]
    for address in ("Rådhustorvet 4, 7480 Vesterå", "Kerkstraat 15, 4141 AB Leerdam", "Storgatan 1, 123 45 Älvby"):
        text = f"Besöksadress\n\n{address}\n\nVi har öppet måndag till fredag klockan 8 till 16 hela året."
        assert [b.text for b in split_blocks(text) if b.heading] == ["Besöksadress"], address
    named = ("Zuständige Stelle\n\nAbfallwirtschaftsbetrieb Lindheim (AWL)\n\nIndustriestraße 12, 69514 Lindheim\n\n"
             "Telefon: 06201 555-300")
    assert not any(b.heading and b.text.startswith("Abfall") for b in split_blocks(named))


def test_a_label_the_page_repeats_is_a_field_not_a_heading() -> None:
    """Each zone of a waste calendar lists the same fields; the first one, short and unpunctuated, headed its zone's
    lines, so their section no longer said which zone they were (events set). A repeated question label stays free
    to head its answer."""
    text = ("Zone 1 – Skovby by nord for jernbanen\nMad- og restaffald: mandag i lige uger\n"
            "Papir og pap: tirsdag i uge 2, 6, 10, 14 osv.\nPlast, metal og glas: tirsdag i uge 4, 8, 12, 16 osv.\n\n"
            "Zone 2 – Skovby by syd for jernbanen\nMad- og restaffald: tirsdag i ulige uger\n"
            "Papir og pap: onsdag i uge 1, 5, 9, 13 osv.\nPlast, metal og glas: onsdag i uge 3, 7, 11, 15 osv.\n")
    assert [s.heading for s in sections(text, "Affaldskalender")] == [
        "Zone 1 – Skovby by nord for jernbanen", "Zone 2 – Skovby by syd for jernbanen"]
    faq = ("Fråga: Vem kan söka bidraget?\nSvar: Alla föreningar som är registrerade i kommunen kan söka bidraget.\n\n"
           "Fråga: När ska ansökan vara inne?\nSvar: Ansökan ska vara inne senast den 1 mars varje år.\n")
    assert [s.heading for s in sections(faq, "Bidrag")] == ["Fråga: Vem kan söka bidraget?",
                                                             "Fråga: När ska ansökan vara inne?"]


def test_a_line_ending_in_a_street_address_is_no_heading() -> None:
    """A PDF table's row read as a line ("Skadeklinikken i Haderup Kl. 8–22 Torvegade 3, 6100 Haderup") headed the
    text after it (care set)."""
    text = ("Skadeklinikker i Region Sønderdal\n\nSkadeklinikken i Haderup Kl. 8–22 Torvegade 3, 6100 Haderup\n\n"
            "Har du brug for en tolk, kan du sige det, når du ringer, så bestiller vi en tolk til samtalen.\n")
    assert "Skadeklinikken i Haderup Kl. 8–22 Torvegade 3, 6100 Haderup" not in [
        b.text for b in split_blocks(text) if b.heading]
