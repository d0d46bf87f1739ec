import itertools
from dataclasses import replace

import pytest

from assistant.answer.extractive import (
    Composer,
    ComposerParams,
    answer_types,
    answers_kind,
    asked_topic,
    asks_deputy,
    asks_for_contact,
    asks_person_or_place,
    contact_line,
    counted,
    counted_in,
    dated_pages,
    is_list_question,
    measured_only,
    mentions,
    named,
    names_another,
    names_role,
    relative_of,
    required_types,
    role_asked,
    role_asked_in,
    role_verb,
    strong_contact,
    type_match,
    unnamed,
)
from assistant.lang.sentences import sentence_spans
from assistant.protocols import Generator
from assistant.types import Answer, Document, Passage, Ranked, Scores, SentenceScore

DOC = ("ENSA\n\nNätverket arbetar med äldreomsorg i Europa. Det har fem temagrupper.\n\n"
       "SERN\n\nSERN bildades 2005 i Sverige och Italien.\n\n"
       "KONTAKT\n\nInternationell samordnare\nAnders Fridén\n")


def compose(c: Composer, question: str, lang: str, ranked: list[Ranked], texts: dict[str, str],
            page: list[Passage] | None = None) -> Answer:
    """The composition step itself, with the documents given as text (None: no page to look up)."""
    return c._compose(question, lang, ranked, texts, page)


class TextSource:
    """A `PassageSource` over given texts and passages."""

    def __init__(self, texts: dict[str, str], passages: list[Passage]) -> None:
        self.texts, self.passages = texts, passages

    def document(self, doc_id: str) -> Document:
        return Document(doc_id, self.texts[doc_id], title=doc_id)

    def passages_of(self, doc_id: str) -> list[Passage]:
        return [p for p in self.passages if p.doc_id == doc_id]


def test_composer_is_a_generator_reading_documents_through_the_source() -> None:
    c = Composer(ComposerParams(min_score=0.5))
    assert isinstance(c, Generator)
    r = [ranked("SERN", 0.9, [0.9])]
    assert c.answers("sv", r) and not c.answers("sv", [ranked("SERN", 0.9, [0.4])]) and not c.answers("sv", [])
    a = c.compose("När bildades SERN?", "sv", r, TextSource({"d": DOC}, [passage("SERN", 0.9)]))
    assert a.found and "2005" in a.answer and a.citations[0].quote == DOC[a.citations[0].quote_start:
                                                                          a.citations[0].quote_end]


def passage(section: str, score: float) -> Passage:
    start = DOC.index(section + "\n")
    end = DOC.find("\n\n", DOC.index("\n\n", start) + 2)
    end = len(DOC.rstrip()) if end < 0 else end
    return Passage(id=section, doc_id="d", text=DOC[start:end], title="Nätverk", section=section,
                   language="sv", start=start, end=end, publisher="Kommun", score=score, scores=Scores())


def ranked(section: str, score: float, sent_scores: list[float]) -> Ranked:
    p = passage(section, score)
    spans = [s for s in sentence_spans(p.text, p.start) if DOC[s.start:s.end] != section]
    return Ranked(p, tuple(SentenceScore(s.start, s.end, v) for s, v in zip(spans, sent_scores, strict=False)))


def test_citations_point_at_text_that_contains_the_quote() -> None:
    c = Composer(ComposerParams(min_score=0.8))
    a = compose(c, "När bildades SERN?", "sv", [ranked("SERN", 0.9, [0.9]), ranked("ENSA", 0.8, [0.7, 0.6])],
                  {"d": DOC})
    assert a.found
    assert "[1]" in a.answer
    for cit in a.citations:
        assert DOC[cit.quote_start:cit.quote_end] == cit.quote
        assert cit.quote in cit.passage.text
        assert cit.passage.start <= cit.quote_start < cit.quote_end <= cit.passage.end
    assert "2005" in a.answer


def test_every_answer_sentence_is_quoted_from_a_citation() -> None:
    c = Composer(ComposerParams(min_score=0.5, span_margin=20.0, answer_chars=5000))
    a = compose(c, "Tell me about the networks", "en",
                  [ranked("ENSA", 0.9, [0.9, 0.88]), ranked("SERN", 0.85, [0.87])], {"d": DOC})
    body = a.answer
    for cit in a.citations:
        body = body.replace(" ".join(cit.quote.split()), "")
    # what remains are markers and the quotes of repeated citations only
    leftover = body
    for cit_n in range(1, 5):
        leftover = leftover.replace(f"[{cit_n}]", "")
    for s in sentence_spans(DOC):
        leftover = leftover.replace(" ".join(DOC[s.start:s.end].split()), "")
    assert leftover.strip() == ""


def test_refuses_below_threshold_in_question_language() -> None:
    c = Composer(ComposerParams(min_score=0.85))
    weak = [ranked("SERN", 0.5, [0.6])]
    for lang, text in [("en", "could not find"), ("sv", "kunde inte hitta"), ("no", "fant ikke"),
                       ("nl", "niet vinden"), ("da", "kunne ikke finde"), ("de", "nichts in den Dokumenten"),
                       ("fi", "En löytänyt"), ("fr", "pas trouvé"), ("pl", "could not find")]:
        a = compose(c, "q", lang, weak, {"d": DOC})
        assert not a.found and text in a.answer and a.citations == ()


def test_an_answer_is_rephrased_in_a_close_relative_with_its_quotes_as_written() -> None:
    """Only the answer's own phrases change language (`rephrased`): a refusal, a list's heading; never a quote."""
    from assistant.answer.extractive import phrase, rephrased

    quote = "Disse nettverkene jobber med eldreomsorg. [1]"
    listed = Answer(f"{phrase('no', 'list_intro')}\n- ENSA: {quote}", (), True, "no")
    assert rephrased(listed, "da").answer == f"{phrase('da', 'list_intro')}\n- ENSA: {quote}"
    assert rephrased(listed, "da").language == "da"
    refused = Answer(phrase("no", "not_found"), (), False, "no")
    assert rephrased(refused, "da").answer == phrase("da", "not_found")
    single = Answer(quote, (), True, "no")
    assert rephrased(single, "da").answer == quote
    assert rephrased(single, "no") is single


def test_list_question_enumerates_distinct_sections() -> None:
    c = Composer(ComposerParams(min_score=0.5, list_margin=0.2))
    a = compose(c, "Vilka nätverk finns?", "sv",
                  [ranked("ENSA", 0.9, [0.9]), ranked("SERN", 0.85, [0.85]), ranked("KONTAKT", 0.5, [0.5])],
                  {"d": DOC})
    assert a.found
    assert [ci.passage.section for ci in a.citations] == ["ENSA", "SERN"]
    assert a.answer.count("\n- ") == 2


def test_a_list_line_names_its_page_once() -> None:
    """With no publisher the line's source is the page's title; under a section named like the page it said
    "Startlån – slik søker du (Startlån – slik søker du)"."""
    c = Composer(ComposerParams(min_score=0.5, list_margin=0.2))
    nameless = [replace(r, passage=replace(r.passage, publisher="", section=s))
                for r, s in ((ranked("ENSA", 0.9, [0.9]), "Nätverk"), (ranked("SERN", 0.85, [0.85]), "SERN"))]
    a = compose(c, "Vilka nätverk finns?", "sv", nameless, {"d": DOC})
    assert a.found and "\n- Nätverk: " in a.answer and "(Nätverk)" not in a.answer.split("\n- SERN")[0]
    assert "\n- SERN (Nätverk): " in a.answer


def test_a_list_names_a_thing_once_when_a_copy_of_its_page_says_it_again() -> None:
    """A page syndicated under a second name gave the same list line twice (NorQuAD repeats 119 articles)."""
    c = Composer(ComposerParams(min_score=0.5, list_margin=0.2))
    first, sern = ranked("ENSA", 0.9, [0.9]), ranked("SERN", 0.85, [0.85])
    copy = Ranked(replace(first.passage, id="ENSA-copy", doc_id="copy"), first.sentences)
    a = compose(c, "Vilka nätverk finns?", "sv", [first, copy, sern], {"d": DOC, "copy": DOC})
    assert [ci.passage.id for ci in a.citations] == ["ENSA", "SERN"]
    assert a.answer.count("\n- ") == 2


def test_list_question_detection() -> None:
    for q in ["Which networks cover elderly care?", "vilka nätverk arbetar med klimat?", "Hvilke nettverk finnes?",
              "Welke netwerken werken aan zorg?"]:
        assert is_list_question(q), q
    for q in ["Who is the contact for SERN?", "Vilket år bildades SERN?", "Hvilken kommune?",
              # a plural interrogative before a verb or pronoun asks for one thing, not a list
              "Vilka ska du göra dig känd bland?", "Hvilke er med i styret?", "Welche gibt es?",
              "Welke hebben een contactpersoon?", "Mitkä ovat verkoston tavoitteet?", "Which is the largest?",
              "Which club does Eriksen play for?", "In which country is Istanbul?",
              # a verb in -s before its object's article: one town leads it (borough set)
              "Which town leads the tourism working group?", "Which country hosts the conference?",
              # or before a preposition (valley set, default set: answered as a list of one)
              "Which river flows into the Grauensee?", "Which organisation works around the Baltic Sea?",
              # or before a quantifier (climate set: "These parts of the documents match: …")
              "Which sector causes most of the emissions in Solvik?"]:
        assert not is_list_question(q), q
    assert is_list_question("Which parties voted against paid parking?")
    assert is_list_question("Which networks in Sweden work with climate?")  # a plural noun before a preposition
    assert is_list_question("Which large predators live in the park?")
    # one span of hours, not a list (county set: quoted as "These parts of the documents match: …")
    assert not is_list_question("Between what times does the paratransit service operate?")
    assert is_list_question("What documents do I need for the application?")
    # nor "which hours / days" in any pack: they ask when ("Between which hours should physical exertion be
    # avoided?" listed a passage on who should be careful, climate set)
    for q in ["Between which hours should physical exertion be avoided?", "On which days is the centre closed?",
              "Vilka tider är biblioteket öppet?", "Hvilke dager er det stengt?", "Hvilke dage er pladsen lukket?",
              "Welke dagen is de markt open?", "Welche Tage ist das Bad geöffnet?",
              "Mitkä päivät kirjasto on kiinni?"]:
        assert not is_list_question(q), q
    # German "welche" before a feminine noun in the singular asks for one thing (care set: "Welche Nummer …")
    for q in ["Welche Nummer wählt man bei Lebensgefahr?", "Welche Auszeichnung erhielt sie 2008?",
              "Welche Organisation leitet das Projekt?", "Welche Telefonnummer hat das Amt?"]:
        assert not is_list_question(q), q
    for q in ["Welche Parteien sitzen im Rat?", "Welche Unterlagen brauche ich?",
              "Welche Organisationen gehören dazu?"]:
        assert is_list_question(q), q


def test_json_contract_shape() -> None:
    a = compose(Composer(ComposerParams(min_score=0.5)), "När bildades SERN?", "sv",
                                                      [ranked("SERN", 0.9, [0.9])], {"d": DOC})
    j = a.to_json()
    assert set(j) >= {"answer", "citations", "found", "margin"}
    assert j["margin"] == pytest.approx(0.9 - 0.5 - 0.03, abs=1e-4)  # best 0.9, threshold 0.5 + same-language margin
    assert set(j["citations"][0]) >= {"n", "doc_id", "title", "section", "text", "start", "end"}
    assert j["nearest"] == []  # an answer's sources are its citations
    # not answered: the documents that came closest, each once, best first
    sern, ensa = ranked("SERN", 0.9, [0.6]), ranked("ENSA", 0.8, [0.5])
    other = Ranked(replace(ensa.passage, id="o", doc_id="other", title="Annat"), ensa.sentences)
    refused = compose(Composer(ComposerParams(min_score=0.8)), "När bildades SERN?", "sv", [sern, ensa, other],
                      {"d": DOC, "other": DOC}).to_json()
    assert not refused["found"] and [d["doc_id"] for d in refused["nearest"]] == ["d", "other"]
    assert refused["nearest"][1]["title"] == "Annat"


@pytest.mark.parametrize(("question", "types"), [
    ("How many professionals attend the conference?", {"number"}),
    ("Hur många deltog i konferensen?", {"number"}),
    ("Wanneer vindt het congres plaats?", {"date"}),
    ("Når ble SERN startet?", {"date"}),
    ("In which year is Ter Aalst first mentioned?", {"date"}),  # not only "what year"
    ("In welchem Jahr wurde die Kirche gebaut?", {"date"}),
    ("Wer ist die Kontaktperson?", {"contact"}),
    ("Vem är kontaktperson för nätverket?", {"contact"}),
    ("Vad handlar rapporten om?", set()),
    # "what is … called" asks for a name, as "who" does
    ("Hva heter samboeren til Amanda Lind?", {"contact"}),
    ("Vad heter ordföranden i nätverket?", {"contact"}),
    ("Hvad hedder borgmesteren?", {"contact"}),
    ("Wie heißt die Bürgermeisterin?", {"contact"}),
    ("Hoe heet de wethouder?", {"contact"}),
    ("What is the name of the network's chair?", {"contact"}),
    ("Mikä on uuden kirjaston nimi?", {"contact"}),
    ("Minkä nimisessä kaupungissa kokous pidetään?", {"contact"}),
    # Dutch "wie" before a verb asks who; German "wie" is "how" ("werden" is in both, so it is left out)
    ("Wie heeft de fietsbrug ontworpen?", {"contact"}),
    ("Wie was burgemeester van Dijkhoven?", {"contact"}),
    ("Wie leidt het project?", {"contact"}),
    ("Wie werden die Kosten berechnet?", set()),
    ("Wie viel kostet eine Führung?", {"number"}),
])
def test_answer_types_from_interrogatives(question: str, types: set[str]) -> None:
    assert answer_types(question) == types


@pytest.mark.parametrize(("question", "types"), [
    ("What is the period called when England and France launched no campaign against Germany?", set()),
    ("How many passengers were on board when MF Tindholmen ran aground?", {"number"}),
    ("Who led the meeting when the artificial turf grant was discussed?", {"contact"}),
    ("How much does the flu shot cost for people under 60 who are not invited?", {"number"}),
    ("Hur varmt bör det vara i rummet när barnet har feber?", set()),
    ("Hvad skal man have klar, når man ringer til 1813?", set()),
])
def test_a_question_word_in_a_clause_asks_for_nothing(question: str, types: set[str]) -> None:
    # "when", "who", "när" after the question's own word open a clause: the period's name is asked for, no date
    assert answer_types(question) == types


@pytest.mark.parametrize(("question", "types"), [
    ("Hvilket nettverk deltar Waterveld i, og siden når?", {"date"}),  # at the end it asks
    ("Who chairs the network and when was she elected?", {"contact", "date"}),  # after "and" it asks a second time
    ("Hvem leder nettverket, og når ble hun valgt?", {"contact", "date"}),
    ("Can you tell me when the library opens?", {"date"}),  # no question word before it
    ("In which year was the church built?", {"date"}),  # "which year" is the cue itself
    ("What is the deadline for applying?", {"date", "duration"}),  # a cue that is no question word
])
def test_a_question_word_that_asks_keeps_its_type(question: str, types: set[str]) -> None:
    assert answer_types(question) == types


@pytest.mark.parametrize("sentence", [
    "Han skal ha begynt med narkotika da han var elleve år gammel.",
    "Hon började spela fiol vid sju års ålder.",
    "She began to paint at the age of 11.",
    "Hän aloitti soittamisen 8-vuotiaana.",
    "Toen zij tien jaar oud was, verhuisde de familie.",
])
def test_an_age_answers_when(sentence: str) -> None:
    # "Når begynte Steven Adler med dop?" was answered by his date of birth: the age was no evidence of a time
    assert type_match({"date"}, sentence)
    assert not type_match({"date"}, "Han begynte med narkotika i ungdommen.")


def test_type_evidence_in_sentences() -> None:
    assert type_match({"contact"}, "Kontakta Anna Svensson på anna.svensson@vaxjo.se")
    assert type_match({"contact"}, "Telefon: 0521-72 23 93")
    assert type_match({"date"}, "Samarbetet påbörjades 2013.") and type_match({"number"}, "Cirka 50 kommuner")
    assert not type_match({"number"}, "Nätverket samlar kommuner i Europa.")
    # numbers spelt out are numbers: "fem medlemmer" answers "how many members"
    assert type_match({"number"}, "Kommunestyret har et internasjonalt utvalg med fem medlemmer.")
    assert type_match({"number"}, "Der Seniorenbeirat hat elf Mitglieder.")
    assert not type_match({"number"}, "Ett nätverk för en hållbar stad.")  # articles, not "one"


@pytest.mark.parametrize("sentence", [
    "Kokous pidetään 3. lokakuuta Helsingissä.",  # Finnish months are no English prefix
    "De bijeenkomst is op 12 maart in Utrecht.",
    "The conference opens on March 3 in Oslo.",  # month before the day
    "Møtet holdes 4. mai på rådhuset.",
    # a year before 1800: encyclopedias date villages, churches and kings so ("uit 1271", the district set's answer)
    "Ter Aalst wordt voor het eerst genoemd in een oorkonde uit 1271.",
    "Kirken ble bygget i 1512.",
])
def test_a_day_and_a_month_of_any_pack_is_a_date(sentence: str) -> None:
    assert type_match({"date"}, sentence)


def test_a_number_before_a_word_that_starts_like_a_month_is_no_date() -> None:
    assert not type_match({"date"}, "Nätverket finns på 2 marknader och 3 junior-program.")


PAGE = ("Sweden Emilia Romagna Network - SERN\n\nNätverket bildades 2005 och samlar organisationer.\n\n"
        "KONTAKT\n\nInternationell samordnare\nAnna Berg\n\nTelefon:\n0521-72 23 93\n\nE-post:\nanna.berg@kommun.se\n")


def page_passages() -> list[Passage]:
    cut = PAGE.index("KONTAKT")
    return [Passage(id="p#0", doc_id="p", text=PAGE[:cut].rstrip(), title="Nätverk", section="SERN", language="sv",
                    start=0, end=len(PAGE[:cut].rstrip())),
            Passage(id="p#1", doc_id="p", text=PAGE[cut:], title="Nätverk", section="KONTAKT", language="sv",
                    start=cut, end=len(PAGE))]


def test_contact_question_is_answered_from_the_page_contact_block() -> None:
    ps = page_passages()
    first = ps[0]
    spans = sentence_spans(first.text, 0)
    r = Ranked(first.with_score(0.9, Scores(coverage=1.0)),
               tuple(SentenceScore(s.start, s.end, 0.9 - 0.01 * i) for i, s in enumerate(spans)))
    c = Composer(ComposerParams(min_score=0.5))
    plain = compose(c, "Who is the contact for SERN?", "en", [r], {"p": PAGE})
    assert "Anna Berg" not in plain.answer  # the topic passage alone has no contact
    a = compose(c, "Who is the contact for SERN?", "en", [r], {"p": PAGE}, ps)
    assert "Anna Berg" in a.answer and "anna.berg@kommun.se" in a.answer and "0521-72 23 93" in a.answer
    for cit in a.citations:
        assert PAGE[cit.quote_start:cit.quote_end] == cit.quote
    spans = a.citations[0].spans  # every quoted line of the block, for highlighting
    assert len(spans) == 3 and all(" ".join(PAGE[x:y].split()) in a.answer for x, y in spans)
    assert a.to_json()["citations"][0]["quotes"] == [list(x) for x in spans]
    other = compose(c, "When was SERN founded?", "en", [r], {"p": PAGE}, ps)
    assert "Anna Berg" not in other.answer  # only questions that ask how to reach someone


def test_strong_contact_ignores_years_and_dates() -> None:
    assert strong_contact("Telefon: 0521-72 23 93, e-post anna@kommun.se") == 2
    assert strong_contact("+46 470 410 00") == 1
    assert strong_contact("Mellan 2012-2014 koordinerade vi SOSEVO") == 0
    assert strong_contact("Projektet pågår 2020-08-03 till 2022-12-31") == 0


def test_contact_block_excludes_the_content_sentence_before_it() -> None:
    text = ("Das Klima-Bündnis ist ein Netzwerk europäischer Kommunen, die sich zur Reduktion von Treibhausgasen "
            "verpflichtet haben.\n\nKontakt\n\nReferat für Internationales\nMaria Schulz\nTelefon: 0761 201-1234\n"
            "E-Mail: maria.schulz@stadt.freiburg.de\n")
    p = Passage(id="d#0", doc_id="d", text=text, title="Netzwerke", section="Klima-Bündnis", language="de",
                start=0, end=len(text))
    spans = sentence_spans(text, 0)
    r = Ranked(p.with_score(0.9, Scores(coverage=1.0)), (SentenceScore(spans[0].start, spans[0].end, 0.9),))
    a = compose(Composer(ComposerParams(min_score=0.5)), "Wer ist die Ansprechpartnerin für Netzwerke?", "de", [r],
                                                        {"d": text}, [p])
    assert "maria.schulz@stadt.freiburg.de" in a.answer and "Maria Schulz" in a.answer
    assert "Treibhausgasen" not in a.answer


@pytest.mark.parametrize(("question", "asks"), [
    ("Who is the contact for SERN?", True), ("Who can I contact at Vilans about the report?", True),
    ("Vem är kontaktperson för nätverken?", True), ("Hvem er kontaktperson for nettverket i Viken?", True),
    ("Wie is de contactpersoon voor SERN?", True), ("Wer ist die Ansprechpartnerin?", True),
    ("What is the e-mail address of Martine Bonarjee?", True), ("Kuka on yhteyshenkilö?", True),
    ("How do networks help municipalities make contacts?", False),
    ("Hur kan nätverk hjälpa kommuner att knyta kontakter?", False),
    ("When was SERN founded?", False),
])
def test_contact_questions_are_recognised(question: str, asks: bool) -> None:
    assert asks_for_contact(question) is asks


@pytest.mark.parametrize(("question", "kinds"), [
    ("What is the budget of the network for 2024?", {"money"}),
    ("Vad kostar det att vara medlem?", {"money"}),
    ("Hva koster en ny pass?", {"money"}),
    ("Hoeveel kost het lidmaatschap?", {"money"}),
    ("Wie hoch ist die Gebühr?", {"money"}),
    ("Wie hoch ist die Miete im Seniorenheim?", {"money"}),  # rent, in every pack
    ("Hvor høy er husleien?", {"money"}),
    ("Hur hög är hyran?", {"money"}),
    ("What is the rent for a flat?", {"money"}),
    ("How much is the monthly rent?", {"money"}),
    ("Hvordan holdes drikkevannet rent?", set()),  # Norwegian "rent" is "clean", not English "rent"
    ("Wat is de huur van een woning?", {"money"}),
    ("What is the population of Växjö?", {"population"}),
    ("Hoeveel inwoners heeft Amsterdam?", {"count", "population"}),  # as "Wie viele Einwohner"
    ("Hva er folketallet i Bergen?", {"population"}),
    ("Wie viele Einwohner hat Hohenfeld?", {"count", "population"}),
    # naming the inhabitants is not asking how many they are
    ("Hvordan lever de fleste innbyggere i Tsjad?", set()),
    ("Why did the inhabitants leave the island?", set()),
    ("Hoeveel subsidie krijg je per vierkante meter?", set()),  # hoeveel: how many or how much
    ("Hur många bussar har kollektivtrafiken?", {"count"}),  # how many: a count, not an amount
    ("Hvor mange VM-gull har Svindal?", {"count"}),
    ("Wie viele Mitglieder hat der Beirat?", {"count"}),
    ("Kuinka monta jäsentä verkostossa on?", {"count"}),
    ("Mikä on avustuksen määrä?", set()),  # määrä: the amount of a grant is money, not a count
    # Finnish verbs and nouns inflect: the plural verb and "hinnat" ask for an amount as "maksaa" does
    ("Paljonko kesäteatterin liput maksavat?", {"money"}),
    ("Mitkä ovat uimahallin hinnat?", {"money"}),
    ("Montako jäsentä verkostossa on?", {"count"}),
    ("Kan jag hinna till tåget?", set()),
    ("How much does a trip cost?", {"money"}),
    ("Which networks cover elderly care?", set()),
    ("Vilket pris fick kommunen?", set()),  # pris is also a prize: not asking for an amount
    # opening with who, when or where asks for that, whatever the question says of money later
    ("Who runs the grocery price index?", set()),
    ("Vem beslutar om avgiften?", set()),
    ("När ska avgiften betalas?", set()),
    ("Wo zahle ich die Gebühr?", set()),
    ("Hvor mye koster en ny pass?", {"money"}),  # "hvor mye" is how much, not where
    ("Vad var kostnaden?", {"money"}),  # "var" is "was" here, not where: only the opening counts
])
def test_questions_that_need_an_amount(question: str, kinds: set[str]) -> None:
    assert required_types(question) == kinds


def test_contact_lines_are_only_an_address_or_number() -> None:
    assert contact_line("E-post: anders.friden@vanersborg.se")
    assert contact_line("Telefon: 0521-72 23 93")
    assert not contact_line("Neem contact op met afdeling communicatie via 06 460 433 51 of pers@vilans.nl")
    assert not contact_line("SERN bildades 2005 i Sverige och Italien.")


MONEY_DOC = ("Avgifter\n\nFärdtjänsten är ett stöd för den som inte kan åka kollektivt. "
             "En enkelresa kostar 45 kr inom kommunen.\n\nKontakt\n\nE-post: fardtjanst@kommun.se\n")


def money_ranked(scores: dict[str, float]) -> list[Ranked]:
    p = Passage(id="m#0", doc_id="m", text=MONEY_DOC, title="Färdtjänst", section="Avgifter", language="sv",
                start=0, end=len(MONEY_DOC), score=0.9, scores=Scores())
    spans = [sp for sp in sentence_spans(MONEY_DOC, 0) if MONEY_DOC[sp.start:sp.end] in scores]
    return [Ranked(p, tuple(SentenceScore(sp.start, sp.end, scores[MONEY_DOC[sp.start:sp.end]]) for sp in spans))]


def test_a_cost_question_is_answered_by_an_amount_or_not_at_all() -> None:
    c = Composer(ComposerParams(min_score=0.8))
    topical = "Färdtjänsten är ett stöd för den som inte kan åka kollektivt."
    amount = "En enkelresa kostar 45 kr inom kommunen."
    a = compose(c, "Vad kostar en resa med färdtjänst?", "sv", money_ranked({topical: 0.9, amount: 0.86}),
                  {"m": MONEY_DOC})
    assert a.found and "45 kr" in a.answer and topical not in a.answer
    a = compose(c, "Vad kostar en resa med färdtjänst?", "sv", money_ranked({topical: 0.9}), {"m": MONEY_DOC})
    assert not a.found and a.citations == ()
    a = compose(c, "Vem får färdtjänst?", "sv", money_ranked({topical: 0.9}), {"m": MONEY_DOC})
    assert a.found and topical in a.answer  # no amount asked for: the topical sentence answers
    a = compose(c, "Vem beslutar om avgiften för färdtjänst?", "sv", money_ranked({topical: 0.9}), {"m": MONEY_DOC})
    assert a.found and topical in a.answer  # asks who, although it names the fee


def test_an_amount_asked_for_in_the_pages_language_must_be_of_what_was_asked_about() -> None:
    """"Hoeveel kost een parkeervergunning in Deventer?" was answered with another fee of the same page (press
    set): the passage quoted from must name what is priced; its page title counts, other languages cannot be
    checked word for word."""
    assert asked_topic("Hoeveel kost een parkeervergunning in Deventer?", "nl") == ("parke",)
    assert asked_topic("How much does a monthly bus ticket cost in Norrvik?", "en") == ("month", "bus", "ticke")
    assert asked_topic("What does it cost in Norrvik?", "en") == ()  # nothing left to look for
    assert asked_topic("Vem får färdtjänst?", "sv") == ()  # no amount asked for
    c = Composer(ComposerParams(min_score=0.8))
    amount = "En enkelresa kostar 45 kr inom kommunen."
    assert not compose(c, "Vad kostar ett parkeringstillstånd?", "sv", money_ranked({amount: 0.9}),
                       {"m": MONEY_DOC}).found
    a = compose(c, "Vad kostar en enkelresa?", "sv", money_ranked({amount: 0.9}), {"m": MONEY_DOC})
    assert a.found and "45 kr" in a.answer
    # the page's title says what the page prices
    fee = "Avgifter\n\nEn enkelresa kostar 45 kr inom kommunen.\n"
    a = compose(c, "Hur mycket kostar färdtjänst?", "sv", page_ranked("f", fee, "Färdtjänst", "sv"), {"f": fee})
    assert a.found and "45 kr" in a.answer
    assert compose(c, "How much does a parking permit cost?", "en", money_ranked({amount: 0.9}),
                   {"m": MONEY_DOC}).found  # across languages: not checked


def test_a_how_many_question_is_not_answered_by_an_amount_of_money() -> None:
    c = Composer(ComposerParams(min_score=0.8))
    amount = "En enkelresa kostar 45 kr inom kommunen."
    a = compose(c, "Hur många bussar har kollektivtrafiken?", "sv", money_ranked({amount: 0.9}), {"m": MONEY_DOC})
    assert not a.found and a.citations == ()
    a = compose(c, "Hur mycket kostar en enkelresa?", "sv", money_ranked({amount: 0.9}), {"m": MONEY_DOC})
    assert a.found and "45 kr" in a.answer


CARE_DOC = ("Hjemmeplejen\n\nHjemmeplejen besøger i dag omkring 1.400 borgere. "
            "Hjemmeplejen har 220 ansatte fordelt på fire distrikter.\n")


def care_ranked(scores: dict[str, float], language: str = "da") -> list[Ranked]:
    p = Passage(id="c#0", doc_id="c", text=CARE_DOC, title="Hjemmepleje", section="", language=language,
                start=0, end=len(CARE_DOC), score=0.9, scores=Scores())
    spans = [sp for sp in sentence_spans(CARE_DOC, 0) if CARE_DOC[sp.start:sp.end] in scores]
    return [Ranked(p, tuple(SentenceScore(sp.start, sp.end, scores[CARE_DOC[sp.start:sp.end]]) for sp in spans))]


@pytest.mark.parametrize(("question", "lang", "noun"), [
    ("Hvor mange ansatte har hjemmeplejen?", "da", ("ansat",)),
    ("Hur många städer och kommuner ingår i ICLEI?", "sv", ("städ",)),
    ("Hvor mange av hundene har fått påvist bakterien?", "no", ("hund",)),  # "av" is a stop word
    ("Hvor mange store byer er med i Eurocities?", "no", ("stor", "byer")),  # an adjective first
    ("Wie viele Mitglieder hat der Beirat?", "de", ("mitgl",)),
    # German stems fold umlauts ("baum"): the word's own start is what "120 Bäume" holds (borough set)
    ("Wie viele Bäume werden gefällt?", "de", ("bäume",)),
    ("How many young people take part?", "en", ("young", "peopl")),
    # an auxiliary ends the phrase: "does" was taken for a counted word, found in any English sentence with "does"
    ("How many employees does Mølgaard Maskinfabrik have?", "en", ("emplo",)),
    ("Hur många parkeringsplatser finns vid Resecentrum?", "sv", ("parke",)),
    ("What does the network do?", "en", ()),
])
def test_what_a_how_many_question_counts(question: str, lang: str, noun: tuple[str, ...]) -> None:
    assert counted(question, lang) == noun


def test_a_how_many_question_in_the_pages_language_needs_what_it_counts() -> None:
    c = Composer(ComposerParams(min_score=0.8))
    visits = "Hjemmeplejen besøger i dag omkring 1.400 borgere."
    staff = "Hjemmeplejen har 220 ansatte fordelt på fire distrikter."
    a = compose(c, "Hvor mange ansatte har hjemmeplejen?", "da", care_ranked({visits: 0.9}), {"c": CARE_DOC})
    assert not a.found  # 1.400 borgere are not the staff
    a = compose(c, "Hvor mange ansatte har hjemmeplejen?", "da", care_ranked({visits: 0.9, staff: 0.86}),
                {"c": CARE_DOC})
    assert a.found and "220 ansatte" in a.answer and visits not in a.answer
    cities = "Eurocities har over 200 byer som medlemmer."
    a = compose(c, "Hvor mange store byer er med i Eurocities?", "no",
                [Ranked(replace(care_ranked({})[0].passage, text=cities, end=len(cities), language="no"),
                        (SentenceScore(0, len(cities), 0.9),))], {"c": cities})
    assert a.found and "200 byer" in a.answer  # the noun after the adjective
    # across languages the packs' concept words are looked for: "employees" is "ansatte" to a Danish page
    a = compose(c, "How many employees does home care have?", "en", care_ranked({visits: 0.9}), {"c": CARE_DOC})
    assert not a.found
    a = compose(c, "How many employees does home care have?", "en", care_ranked({visits: 0.9, staff: 0.86}),
                {"c": CARE_DOC})
    assert a.found and "220 ansatte" in a.answer and visits not in a.answer
    # a counted word that is no known concept cannot be checked: the sentence stays admissible
    a = compose(c, "How many routes does home care drive?", "en", care_ranked({visits: 0.9}), {"c": CARE_DOC})
    assert a.found


@pytest.mark.parametrize(("question", "lang", "code", "keys"), [
    ("How many pupils does Nordøya school have?", "en", "no", ("elev",)),  # "does" ends the noun phrase
    ("How many votes did Solveig Brattli get in 2013?", "en", "no", ("stemm", "stem")),  # so does "did"
    ("Wie viele Stimmen wurden für Brattli abgegeben?", "de", "no", ("stemm", "stem")),  # and "wurden"
    ("Wie viele Schüler hat das Gymnasium in Lähdenkylä?", "de", "fi", ("oppila", "oppilas")),
    ("How many fish farms are there in Stordøy?", "en", "no", ()),  # "fish" only says what kind of farm
    ("How many pupils does Nordøya school have?", "en", "en", ()),  # the page's own language: `counted` looks
    ("What does the network do?", "en", "no", ()),
    # concepts added with the parish set: an unanswerable "How many schools …?" was answered with a count of others
    ("How many schools are there in Stordøy?", "en", "no", ("skol",)),
    ("Wie viele Besucher hat das Museum?", "de", "sv", ("besöka", "gäst")),
    # and with the atlas set: "How many horses are kept at Rødkilde?" was answered with the estate's hectares
    ("How many horses are kept at Rødkilde?", "en", "da", ("hest",)),
    ("How many ships has Kragsund shipyard built?", "en", "da", ("skib", "både")),
    # Finnish counts in the partitive, whose stem is another grade ("18 204 asukasta"; minutes set: refused)
    ("How many inhabitants did Järvelä have at the end of 2025?", "en", "fi", ("asukka", "asuk", "asukaslu",
                                                                               "väkilu")),
    # a verb after the counted noun, which in English ends unlike a plural (`plural_endings`): "How many cars cross the
    # harbour bridge every day?" (unanswerable) was answered with the cyclists crossing it, the bridge being counted
    ("How many cars cross the harbour bridge every day?", "en", "da", ("bile",)),
    ("How many pupils attend Ekbacksskolan in Sjöbacka today?", "en", "sv", ("elev",)),
    ("How many registered hydropower plants did Norway have in 2012?", "en", "no", ("vannkra",)),  # no plural first
    # guests are visitors ("Omkring 60.000 gæster besøger fyret hvert år", fjord set)
    ("How many visitors come to the lighthouse each year?", "en", "da", ("besøgen", "gæst")),
])
def test_what_a_how_many_question_counts_in_another_language(question: str, lang: str, code: str,
                                                              keys: tuple[str, ...]) -> None:
    assert counted_in(question, lang, code) == keys


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Jokilaakson kaupunginhallitus päätti hankkia kaksitoista sähköbussia.", "fi"),  # one word: 2 + 10
    ("Kaupunki palkkaa kolmekymmentä uutta opettajaa.", "fi"),
    ("Skolan har sjutton lärare.", "sv"), ("Skolen har femten lærere.", "no"), ("Skolen har nitten lærere.", "da"),
    ("Die Schule hat dreizehn Lehrer.", "de"), ("De school heeft achttien leraren.", "nl"),
    ("The school has fifteen teachers.", "en"),
])
def test_teens_and_tens_spelt_out_answer_how_many(sentence: str, lang: str) -> None:
    assert answers_kind(sentence, False, required_types("How many teachers does the school have?", "en"))


@pytest.mark.parametrize(("sentence", "amount"), [
    ("Kertalipun hinta pysyy ennallaan 3,20 eurossa.", True),  # Finnish inflects the currency: was no amount
    ("Lippu maksaa 2 euroa.", True),
    ("Het is een onderzoek in 17 Europese landen.", False),  # "Europese" is no inflected euro
    # pence, pounds, dollars and cents, öre and øre in words: "| Rapid charger | 50 kW | 69p |" held no amount, so
    # "How much does a rapid charger cost per kWh?" quoted the overstay charge (climate set)
    ("| Rapid charger (Market Street hub) | 50 kW | 69p |", True),
    ("A single ticket costs 90 pence.", True), ("The grant is 5,000 pounds.", True),
    ("Das kostet 50 Cent pro Minute.", True), ("Laddningen kostar 80 öre per kWh.", True),
    ("See page 5 p. 7 of the report.", False),  # a page reference is no amount
])
def test_an_inflected_currency_is_an_amount(sentence: str, amount: bool) -> None:
    assert answers_kind(sentence, False, {"money"}) is amount
    if not amount:
        assert answers_kind(sentence, False, {"count"})  # and the count it holds is still a count


ADDRESS = "Internationell samordnare Anders Fridén Vänersborgs kommun 462 85 Vänersborg Besöksadress: Sundsgatan 29"


@pytest.mark.parametrize(("question", "admissible"), [
    ("How do I apply for a parking permit?", False),
    ("Vad gör nätverket?", False),
    ("Who is the international coordinator?", True),  # who: a name in an address block answers it
    ("Var finns kontoret?", True),  # where
    ("Hvor ligger kontoret?", True),
    ("Wo ist das Büro?", True),
    ("Hvor mange ansatte har kontoret?", False),  # "hvor mange" is no where-question
    ("What is the address of the office?", True),  # asks for contact details
])
def test_an_address_line_answers_who_and_where_only(question: str, admissible: bool) -> None:
    reach = asks_person_or_place(question)
    assert answers_kind(ADDRESS, asks_for_contact(question), set(), reach) is admissible
    assert answers_kind("Nätverket samlar kommuner i Europa.", False, set(), reach)  # prose is never affected


@pytest.mark.parametrize("line", ["Markt 1, 4531 AB Dijkhoven", "Rådhustorvet 4, 7480 Vesterå",
                                  "Industriestraße 12, 69514 Lindheim", "Storgatan 5, 352 30 Växjö"])
def test_a_street_address_line_without_a_label_answers_who_and_where_only(line: str) -> None:
    """"What income limit applies to a tax waiver in Dijkhoven?" quoted "Markt 1, 4531 AB Dijkhoven" (parish set):
    only an address under a label ("Adresse: …") counted as one."""
    assert not answers_kind(line, False, set(), asks_person_or_place("What income limit applies to a tax waiver?"))
    assert answers_kind(line, False, set(), asks_person_or_place("Where is the tax office?"))
    assert answers_kind("Het kantoor ligt aan de Markt 1 in Dijkhoven.", False, set(), False)  # prose stays


def test_amounts_are_currency_words_not_words_that_start_like_one() -> None:
    """"17 Europese landen" is a count of countries, not 17 euros; "5 miljoner" may be either."""
    assert answers_kind("Het onderzoek keek naar 17 Europese landen.", False, {"count"})
    assert not answers_kind("Het onderzoek keek naar 17 Europese landen.", False, {"money"})
    assert answers_kind("Biljetten kosten 20 euro.", False, {"money"})
    assert answers_kind("Es kostet 50 Euro pro Jahr.", False, {"money"})
    assert answers_kind("Staden har 1,2 miljoner invånare.", False, {"count", "population"})
    assert not answers_kind("Resan kostar 45 kronor.", False, {"count"})


def test_an_address_line_does_not_answer_a_question_that_is_not_about_contact() -> None:
    c = Composer(ComposerParams(min_score=0.8))
    mail = "E-post: fardtjanst@kommun.se"
    a = compose(c, "What is the recipe for meatballs?", "en", money_ranked({mail: 0.86}), {"m": MONEY_DOC})
    assert not a.found
    a = compose(c, "What is the e-mail address of the service?", "en", money_ranked({mail: 0.86}),
                  {"m": MONEY_DOC})
    assert a.found and "fardtjanst@kommun.se" in a.answer


def test_who_questions_are_not_answered_by_a_bare_address() -> None:
    c = Composer(ComposerParams(min_score=0.8))
    mail = "E-post: fardtjanst@kommun.se"
    a = compose(c, "Who chairs the committee?", "en", money_ranked({mail: 0.9}), {"m": MONEY_DOC})
    assert not a.found


def test_a_list_question_without_item_sentences_gets_a_single_answer_not_an_empty_list() -> None:
    c = Composer(ComposerParams(min_score=0.8, min_item_words=50))  # no sentence is long enough to be an item
    a = compose(c, "Which networks cover elderly care?", "en", [ranked("ENSA", 0.9, [0.9, 0.6])], {"d": DOC})
    assert a.found and a.citations and "äldreomsorg" in a.answer
    assert "These parts" not in a.answer


def test_cross_language_passages_get_a_lower_floor_same_language_ones_do_not() -> None:
    c = Composer(ComposerParams(min_score=0.80, same_language_margin=0.0, cross_language_margin=0.015))
    r = [ranked("SERN", 0.9, [0.79])]  # a Swedish passage, similarity between the two floors
    a = compose(c, "When was SERN founded?", "en", r, {"d": DOC})
    assert a.found and "2005" in a.answer
    assert not compose(c, "När bildades SERN?", "sv", r, {"d": DOC}).found
    strict = Composer(ComposerParams(min_score=0.80, cross_language_margin=0.0))
    assert not compose(strict, "When was SERN founded?", "en", r, {"d": DOC}).found


def test_an_amount_is_not_taken_from_a_page_far_below_the_topic() -> None:
    topic_doc = "Nordic Welfare Network\n\nThe network meets twice a year to share experience of elderly care.\n"
    other_doc = "Grants\n\nAssociations in the network can apply for grants from a pool of 300,000 kr a year.\n"
    texts = {"t": topic_doc, "o": other_doc}

    def one(doc_id: str, score: float, sentence_score: float) -> Ranked:
        text = texts[doc_id]
        p = Passage(id=f"{doc_id}#0", doc_id=doc_id, text=text, title=doc_id, section="S", language="en", start=0,
                    end=len(text), score=score, scores=Scores())
        sp = next(x for x in sentence_spans(text, 0) if len(text[x.start:x.end].split()) > 3)
        return Ranked(p, (SentenceScore(sp.start, sp.end, sentence_score),))

    c = Composer(ComposerParams(min_score=0.8, same_language_margin=0.0, list_margin=0.03))
    far = [one("t", 0.90, 0.88), one("o", 0.80, 0.86)]
    assert not compose(c, "What is the budget of the Nordic Welfare Network?", "en", far, texts).found
    near = [one("t", 0.90, 0.88), one("o", 0.89, 0.86)]
    assert "300,000 kr" in compose(c, "What is the budget of the welfare network?", "en", near, texts).answer
    # unless the question names what the topic page names and the other does not (`named`)
    assert not compose(c, "What is the budget of the Nordic Welfare Network?", "en", near, texts).found


def test_free_answers_a_cost_question() -> None:
    c = Composer(ComposerParams(min_score=0.8))
    doc = "Exchange\n\nThe programme is free for participants; the council pays travel.\n"
    p = Passage(id="x#0", doc_id="x", text=doc, title="x", section="Exchange", language="en", start=0, end=len(doc),
                score=0.9, scores=Scores())
    sp = next(x for x in sentence_spans(doc, 0) if "free" in doc[x.start:x.end])
    a = compose(c, "What does the exchange cost?", "en", [Ranked(p, (SentenceScore(sp.start, sp.end, 0.9),))],
                  {"x": doc})
    assert a.found and "free for participants" in a.answer


@pytest.mark.parametrize(("question", "lang", "sentence", "page"), [
    ("Kostar det något att ta med ledsagare?", "sv", "Ledsagaren reser utan kostnad.", "sv"),
    ("Hva koster det å ha med ledsager?", "no", "Ledsageren reiser uten kostnad.", "no"),
    ("Hvad koster det at tage en ledsager med?", "da", "Ledsageren rejser uden beregning.", "da"),
    ("Was kostet die Begleitperson?", "de", "Die Begleitperson fährt unentgeltlich mit.", "de"),
    ("Wat kost een begeleider?", "nl", "De begeleider reist zonder kosten mee.", "nl"),
    ("How much does a companion cost?", "en", "A companion travels at no cost.", "en"),
    ("Paljonko saattaja maksaa?", "fi", "Saattaja matkustaa maksutta.", "fi"),
    ("Does bulky waste collection cost extra?", "en", "Det koster ikke noget ekstra, da prisen er med i gebyret.",
     "da"),
    ("Vad kostar hämtningen?", "sv", "Hämtningen kostar ingenting extra.", "sv"),
    ("Hva koster henting av storavfall?", "no", "Hentingen koster ikke noe ekstra.", "no"),
])
def test_free_in_other_words_answers_a_cost_question(question: str, lang: str, sentence: str, page: str) -> None:
    """"Ledsagaren reser utan kostnad" answers what it costs as "gratis" does; it was refused for want of an
    amount."""
    ranked, texts = _one_passage(sentence, [0.9], lang=page)
    a = compose(Composer(ComposerParams(min_score=0.8)), question, lang, ranked, texts)
    assert a.found and sentence in a.answer


@pytest.mark.parametrize("question", ["Hvilken e-postadresse kan jeg skrive til om avfall?",
                                      "Vilken e-postadress har kommunen?", "Vilken mejladress har kommunen?",
                                      "Hvad er e-mailadressen til kommunen?",
                                      "Wie lautet die E-Mail-Adresse der Stadt?"])
def test_asking_for_an_e_mail_address_asks_for_contact(question: str) -> None:
    """"e-postadresse" ran past the word end after "e-post", so the page's contact line was not looked for."""
    assert asks_for_contact(question)


def test_consecutive_quotes_from_one_passage_carry_its_marker_once() -> None:
    from assistant.answer.extractive import _joined

    assert _joined(["A. [1]", "B. [1]", "C. [2]", "D. [1]"]) == "A. B. [1] C. [2] D. [1]"
    assert _joined(["Only. [3]"]) == "Only. [3]"
    c = Composer(ComposerParams(min_score=0.5, span_margin=20.0, answer_chars=5000))
    a = compose(c, "Vad gör ENSA?", "sv", [ranked("ENSA", 0.9, [0.9, 0.88])], {"d": DOC})
    assert a.answer.count("[1]") == 1 and a.answer.endswith("[1]") and len(a.citations[0].spans) == 2


def _one_passage(text: str, scores: list[float], lang: str = "sv") -> tuple[list[Ranked], dict[str, str]]:
    """A passage further down its page (under the page's title and opening), so no sentence of it is the page's
    opening sentence (`spans.FEATURES` "lead")."""
    head = "Sida\n\nInledning.\n\n"
    p = Passage(id="p", doc_id="x", text=text, title="Sida", section="", language=lang, start=len(head),
                end=len(head) + len(text), score=0.9, scores=Scores())
    spans = sentence_spans(text, len(head))
    assert len(spans) == len(scores)
    return [Ranked(p, tuple(SentenceScore(s.start, s.end, v) for s, v in zip(spans, scores, strict=True)))], \
        {"x": head + text}


def test_a_question_in_the_text_is_not_quoted_as_the_answer_to_itself() -> None:
    # The echo is the most similar sentence; the one after it answers.
    text = ("Vilka ska du göra dig känd bland när du börjar på skolan? "
            "Du ska göra dig känd bland eleverna och lärarna genom att besöka klasserna.")
    ranked, texts = _one_passage(text, [0.93, 0.89])
    a = compose(Composer(ComposerParams(min_score=0.8)), "Vilka ska du göra dig känd bland?", "sv", ranked, texts)
    assert a.found and "eleverna" in a.answer and "börjar på skolan?" not in a.answer


def test_a_one_fact_question_gets_the_sentence_with_its_words_and_kind_of_answer_only() -> None:
    # The first sentence is a little more similar but shares no word of the question and holds no year.
    text = ("Nätverket samlar kommuner i hela Europa och arbetar med social hållbarhet och välfärd i samhället. "
            "SERN bildades 2005 i Bryssel.")
    ranked, texts = _one_passage(text, [0.90, 0.89])
    a = compose(Composer(ComposerParams(min_score=0.8)), "När bildades SERN?", "sv", ranked, texts)
    assert a.answer == "SERN bildades 2005 i Bryssel. [1]"
    assert len(a.citations) == 1


def test_extra_sentences_stop_at_the_answer_length_budget() -> None:
    text = ("SERN samarbetar med kommuner i Sverige om ungdomsutbyten och projekt. "
            "SERN samarbetar med kommuner i Italien om ungdomsutbyten och projekt. "
            "SERN samarbetar med kommuner i Spanien om ungdomsutbyten och projekt.")
    ranked, texts = _one_passage(text, [0.9, 0.9, 0.9])
    wide = compose(Composer(ComposerParams(min_score=0.8, answer_chars=5000)), "Med vem samarbetar SERN?", "sv",
                   ranked, texts)
    short = compose(Composer(ComposerParams(min_score=0.8, answer_chars=100)), "Med vem samarbetar SERN?", "sv",
                    ranked, texts)
    assert wide.answer.count("samarbetar") == 3 and short.answer.count("samarbetar") == 1


def _with_sentences(ranked: list[Ranked]) -> list[Ranked]:
    """The passage with its quotable sentences listed, as an index stores them."""
    r = ranked[0]
    return [replace(r, passage=replace(r.passage, sentences=tuple((s.start, s.end) for s in r.sentences)))]


def test_a_short_best_sentence_is_quoted_with_the_one_after_it() -> None:
    # The echo of the question is the only sentence similar enough; the next one holds the answer.
    text = ("Fra 2008 har polakker utgjort den største innvandrergruppen. "
            "Dette skyldes at polske statsborgere fikk bevegelsesfrihet i EU. "
            "Kommunene rapporterer om mange nye arbeidsinnvandrere fra flere land i hele perioden etter dette.")
    ranked, texts = _one_passage(text, [0.92, 0.70, 0.71], lang="no")
    q = "Hvordan ble polakker den største innvandrergruppen?"
    a = compose(Composer(ComposerParams(min_score=0.8)), q, "no", _with_sentences(ranked), texts)
    assert a.answer.startswith("Fra 2008") and "bevegelsesfrihet" in a.answer and "Kommunene" not in a.answer
    at = len(texts["x"]) - len(text)  # (the passage starts under the page's opening)
    assert a.citations[0].spans == ((at, at + 60), (at + 61, at + 125))
    never = compose(Composer(ComposerParams(min_score=0.8, follow_chars=0)), q, "no", _with_sentences(ranked), texts)
    assert "bevegelsesfrihet" not in never.answer


def test_the_sentence_beside_the_best_is_quoted_when_only_it_holds_the_kind_asked_for() -> None:
    # The best sentence echoes "when … ended his career" but holds no date; the one before it has the year. Both are
    # too long together for the follower rule (`follow_chars`), short enough for the answer (`answer_chars`).
    text = ("Aksel Lund Svindal la opp som alpinist i 2019 etter å ha vunnet to OL-gull og fem VM-gull i karrieren. "
            "36-åringen rundet av karrieren med VM-sølv i Åre i sitt siste renn som alpinist.")
    ranked, texts = _one_passage(text, [0.70, 0.92], lang="no")
    q = "Når avsluttet Aksel Lund Svindal karrieren som alpinist?"
    a = compose(Composer(ComposerParams(min_score=0.8)), q, "no", _with_sentences(ranked), texts)
    assert a.answer.startswith("Aksel Lund Svindal la opp") and "2019" in a.answer and "VM-sølv i Åre" in a.answer
    at = len(texts["x"]) - len(text)  # (the passage starts under the page's opening)
    assert a.citations[0].spans == ((at, at + 102), (at + 103, at + len(text)))
    # not past the answer's length budget
    short = compose(Composer(ComposerParams(min_score=0.8, answer_chars=120)), q, "no", _with_sentences(ranked), texts)
    assert "2019" not in short.answer and "VM-sølv" in short.answer
    # nor a neighbour that holds no date either
    undated = text.replace("i 2019 ", "")
    ranked, texts = _one_passage(undated, [0.70, 0.92], lang="no")
    b = compose(Composer(ComposerParams(min_score=0.8)), q, "no", _with_sentences(ranked), texts)
    assert b.answer.startswith("36-åringen")


def test_a_table_row_is_not_quoted_beside_the_best_sentence_for_the_kind_it_holds() -> None:
    # A row next to prose is another thing's fact, however well it holds a year.
    text = ("36-åringen rundet av karrieren med VM-sølv i Åre i sitt siste renn som alpinist.\n"
            "| Sesong | 2019 | 12 seirer |")
    ranked, texts = _one_passage(text, [0.92, 0.70], lang="no")
    q = "Når avsluttet Aksel Lund Svindal karrieren som alpinist?"
    a = compose(Composer(ComposerParams(min_score=0.8, follow_chars=0)), q, "no", _with_sentences(ranked), texts)
    assert a.answer.startswith("36-åringen") and "2019" not in a.answer


def test_a_question_for_a_name_prefers_the_sentence_that_names_someone() -> None:
    # NorQuAD: the echo of "Amanda Lind" was quoted; the sentence naming her partner was a little less similar.
    text = ("Kulturminister Amanda Lind er like opptatt av spørsmål knyttet til samene, sier 55-åringen. "
            "Amanda Lind lever sammen med multikunstneren Björn Ola Lind, som lager film.")
    ranked, texts = _one_passage(text, [0.92, 0.91], lang="no")
    a = compose(Composer(ComposerParams(min_score=0.8, follow_chars=0, max_sentences=1)),
                "Hva heter samboeren til Amanda Lind?", "no", _with_sentences(ranked), texts)
    assert "Björn Ola Lind" in a.answer


def test_the_sentence_after_is_not_quoted_when_it_is_a_contact_line_and_no_contact_was_asked() -> None:
    text = "SERN bildades 2005 i Bryssel. E-post: info@sern.eu, telefon 08-123 456 78. Nätverket har 40 medlemmar."
    ranked, texts = _one_passage(text, [0.92, 0.70, 0.71])
    a = compose(Composer(ComposerParams(min_score=0.8)), "När bildades SERN?", "sv", _with_sentences(ranked), texts)
    assert a.answer == "SERN bildades 2005 i Bryssel. [1]"
    asked = compose(Composer(ComposerParams(min_score=0.8)), "Vilken e-post har SERN?", "sv",
                    _with_sentences(ranked), texts)
    assert "info@sern.eu" in asked.answer


def test_a_long_best_sentence_is_quoted_alone() -> None:
    text = ("Fra 2008 har polakker utgjort den største innvandrergruppen i Norge, foran svensker, litauere og "
            "somaliere, ifølge tall fra Statistisk sentralbyrå som ble lagt fram i går. "
            "Samme år fikk polske statsborgere bevegelsesfrihet i EU.")  # (a reason would be quoted: cause_openers)
    ranked, texts = _one_passage(text, [0.92, 0.70], lang="no")
    a = compose(Composer(ComposerParams(min_score=0.8)), "Hvordan ble polakker den største innvandrergruppen?",
                "no", _with_sentences(ranked), texts)
    assert a.found and "bevegelsesfrihet" not in a.answer


def test_an_address_line_does_not_answer_what_something_is_but_does_answer_who() -> None:
    text = ("Directeur strategie Henk Nies h.nies@vilans.nl 06 22 49 88 62 voor vragen over Vilans. "
            "Vilans is het landelijke kenniscentrum voor langdurende zorg.")
    ranked, texts = _one_passage(text, [0.90, 0.88], lang="nl")
    what = compose(Composer(ComposerParams(min_score=0.8)), "Wat is Vilans?", "nl", ranked, texts)
    assert what.answer.startswith("Vilans is het landelijke kenniscentrum") and "@" not in what.answer
    who = compose(Composer(ComposerParams(min_score=0.8)), "Wie is de directeur strategie bij Vilans?", "nl",
                  ranked, texts)
    assert "Henk Nies" in who.answer
    assert asks_for_contact("Wat is het e-mailadres voor persvragen bij Vilans?")


def test_a_contact_sentence_alone_is_refused_for_a_question_that_asks_for_no_contact() -> None:
    """'What is the population of Veldhoven aan Zee?' was answered with the page's contact sentence (the only one
    above the threshold); a contact sentence now counts only for who / contact questions, also when refusing."""
    text = ("Neem contact op met de projectleider klimaatadaptatie, mevr. A. de Wit, via klimaat@gemeente.example "
            "of telefoonnummer 14 0599. De gemeente legt groene daken aan.")
    ranked, texts = _one_passage(text, [0.81, 0.70], lang="nl")
    c = Composer(ComposerParams(min_score=0.8))
    assert not compose(c, "What is the population of Veldhoven aan Zee?", "en", ranked, texts).found
    who = compose(c, "Who is the contact person for climate adaptation?", "en", ranked, texts)
    assert who.found and "de Wit" in who.answer


TABLE = ("Avgifter 2025\n\n| Tjänst | Avgift | Kommentar |\n|---|---|---|\n"
         "| Hemtjänst, per timme | 350 kr | Högst maxtaxan |\n| Trygghetslarm | 250 kr/månad | Installation ingår |\n"
         "| Matdistribution | 68 kr/portion | |\n")


def _table(scores: list[float]) -> tuple[list[Ranked], dict[str, str]]:
    """The table as a passage whose sentences are its rows (the header and the heading are not quotable)."""
    p = Passage(id="t", doc_id="x", text=TABLE, title="Avgifter", section="Avgifter 2025", language="sv", start=0,
                end=len(TABLE), score=0.9, scores=Scores())
    rows = [s for s in sentence_spans(TABLE, 0) if TABLE[s.start:s.end].startswith("| ") and "Tjänst" not in
            TABLE[s.start:s.end]]
    return [Ranked(p, tuple(SentenceScore(s.start, s.end, v) for s, v in zip(rows, scores, strict=True)))], {"x": TABLE}


def test_a_table_row_answers_alone_and_reads_with_its_column_names() -> None:
    ranked, texts = _table([0.86, 0.90, 0.87])
    a = compose(Composer(ComposerParams(min_score=0.8)), "Vad kostar trygghetslarm?", "sv", ranked, texts)
    # one row (the others are other services, alike in every word but one), its column names, not its pipes
    assert a.answer == "Tjänst: Trygghetslarm; Avgift: 250 kr/månad; Kommentar: Installation ingår [1]"
    assert a.citations[0].quote == "| Trygghetslarm | 250 kr/månad | Installation ingår |"


def test_a_list_question_over_a_table_lists_its_rows_in_order() -> None:
    ranked, texts = _table([0.86, 0.90, 0.87])
    a = compose(Composer(ComposerParams(min_score=0.8)), "Vilka tjänster har en avgift?", "sv", ranked, texts)
    items = [line for line in a.answer.splitlines() if line.startswith("- ")]
    assert [i.split("Tjänst: ")[1].split(";")[0] for i in items] == [
        "Hemtjänst, per timme", "Trygghetslarm", "Matdistribution"]


def test_quotes_without_a_final_stop_do_not_run_into_the_next_one() -> None:
    text = "Skovlund bygger 60 nye ældreboliger\n\nBoligerne skal stå klar i 2027. De bliver på 65 m²."
    ranked, texts = _one_passage(text, [0.90, 0.89, 0.88], lang="da")
    a = compose(Composer(ComposerParams(min_score=0.8, span_margin=10.0)), "Hvornår bygges ældreboligerne?", "da",
                ranked, texts)
    assert "ældreboliger. Boligerne" in a.answer


def test_a_quoted_list_item_loses_its_bullet_in_the_answer_but_not_in_the_citation() -> None:
    text = "Du kan få hjälp om\n- du har ramlat och inte kommer upp själv i hemmet"
    p = Passage(id="p", doc_id="x", text=text, title="Sida", section="", language="sv", start=0, end=len(text),
                score=0.9, scores=Scores())
    item = text.index("- du")
    r = [Ranked(p, (SentenceScore(item, len(text), 0.9),))]
    a = compose(Composer(ComposerParams(min_score=0.8)), "När kan jag få hjälp?", "sv", r, {"x": text})
    assert a.answer == "du har ramlat och inte kommer upp själv i hemmet [1]"
    assert a.citations[0].quote.startswith("- du har ramlat")  # the offsets still point at the source text


@pytest.mark.parametrize(("coverage", "threshold"), [(0.3, 0.83), (0.5, 0.83), (0.51, 0.80), (1.0, 0.80)])
def test_a_same_language_passage_holding_at_most_half_the_question_needs_more_similarity(
        coverage: float, threshold: float) -> None:
    """'Vad är huvudstaden i Frankrike?': 'Frankrike' is in the pages, 'huvudstaden' is not (coverage 0.5)."""
    ranked, _ = _one_passage("Andra medlemmar är Paris i Frankrike.", [0.81])
    ranked = [Ranked(ranked[0].passage.with_score(0.9, Scores(coverage=coverage)), ranked[0].sentences)]
    c = Composer(ComposerParams(min_score=0.8, same_language_margin=0.03, min_coverage=0.5))
    assert c.threshold("sv", ranked) == pytest.approx(threshold)
    assert c.answers("sv", ranked) is (threshold < 0.81)


@pytest.mark.parametrize(("below", "answers"), [(0.007, True), (0.03, False)])
def test_a_passage_in_another_language_close_to_a_weakly_supported_best_one_keeps_its_own_threshold(
        below: float, answers: bool) -> None:
    """"How many new full-time positions does the nursing home need?": the best passage was an English one with
    little keyword support, which held the Norwegian passage right under it to the same-language bar (0.83), so its
    answer (0.792) was refused. A passage far below the best one still gets the best one's bar."""
    en = "About\n\nThe network has 38 member cities in nine countries."
    no = "Ansatte\n\nFor å drive sykehjemmet trenger kommunen 45 nye årsverk."

    def one(doc: str, text: str, lang: str, score: float, sentence: float) -> Ranked:
        p = Passage(id=f"{doc}#0", doc_id=doc, text=text, title=doc, section="S", language=lang, start=0,
                    end=len(text), score=score, scores=Scores(coverage=0.09))
        sp = sentence_spans(text, 0)[-1]
        return Ranked(p, (SentenceScore(sp.start, sp.end, sentence),))

    ranked = [one("net", en, "en", 0.787, 0.79), one("home", no, "no", 0.787 - below, 0.792)]
    c = Composer(ComposerParams(min_score=0.8, same_language_margin=0.03, cross_language_margin=0.015,
                                min_coverage=0.5, own_bar_margin=0.015))
    assert c.answers("en", ranked) is answers
    a = compose(c, "How many new full-time positions does the nursing home need?", "en", ranked,
                {"net": en, "home": no})
    assert ("45 nye årsverk" in a.answer) is answers


def test_the_kind_asked_for_must_be_beyond_the_questions_own_words() -> None:
    """The topic's own name is no answer to "who": "Klimabündnis Oberrhein" looked like a person's name."""
    q = "Wer ist Vorsitzende des Klimabündnisses Oberrhein?"
    assert not type_match({"contact"}, "Gegründet wurde es im Klimabündnis Oberrhein von zwölf Kommunen.", q)
    assert type_match({"contact"}, "Vorsitzende ist seit 2022 Dr. Karin Albrecht.", q)
    assert not type_match({"date"}, "Magellan kom til Mactan i 1521.", "Hva skjedde på Mactan i 1521?")
    assert type_match({"contact"}, "Gegründet wurde es im Klimabündnis Oberrhein.")  # no question: as before


@pytest.mark.parametrize(("question", "lang", "kinds"), [
    ("Hvor mange seire har Sverige i Melodi Grand Prix?", "no", {"count"}),  # French "prix" inside a name
    ("What does the Price Index measure?", "en", set()),
    ("Wie hoch ist die Gebühr?", "de", {"money"}),  # German writes every noun with a capital
    ("How much does the March trip cost?", "en", {"money"}),
    ("Hva koster Oslo Pass?", "no", {"money"}),
])
def test_a_cue_inside_a_name_asks_for_nothing(question: str, lang: str, kinds: set[str]) -> None:
    assert required_types(question, lang) == kinds


def test_a_sentence_that_repeats_a_quoted_one_is_not_quoted_again() -> None:
    # A news lead and the body's first sentence say the same; the third sentence says something else.
    text = ("Berlinmuren falt ikke, den ble revet av mennesker som ikke lenger ville leve bak stengsler. "
            "Tida for kommunistiske dinosaurer var ute og folk ville ha noe annet enn det gamle systemet. "
            "Men Berlinmuren falt ikke, den ble revet av mennesker som ikke lenger ville leve bak stengsler. "
            "Tilbake stod den demokratisk styrte kapitalismen som det eneste systemet i hele Europa.")
    ranked, texts = _one_passage(text, [0.92, 0.80, 0.915, 0.90], lang="no")
    a = compose(Composer(ComposerParams(min_score=0.8, follow_chars=0)), "Hvilket system stod igjen etter "
                "Berlinmurens fall?", "no", _with_sentences(ranked), texts)
    assert a.answer.count("Berlinmuren falt ikke") == 1 and "kapitalismen" in a.answer


def test_sentences_that_differ_in_one_word_of_five_are_both_quoted() -> None:
    text = "Oslo har 700 000 innbyggere. Bergen har 700 000 innbyggere. Været var fint."
    ranked, texts = _one_passage(text, [0.92, 0.91, 0.70], lang="no")
    a = compose(Composer(ComposerParams(min_score=0.8, follow_chars=0)), "Hvor mange innbyggere har byene?",
                "no", _with_sentences(ranked), texts)
    assert "Oslo" in a.answer and "Bergen" in a.answer


@pytest.mark.parametrize(("answer", "found"), [
    ("Skarvø havde 1. januar 2024 i alt 486 indbyggere, hvoraf de fleste bor i Østerby.", True),
    ("Tallmora hade 7 912 invånare den 31 december 2023.", True),
    ("Skarvø Skole har 38 elever fordelt på 0.–6. klasse.", False),
])
def test_a_small_population_is_a_head_count_when_it_counts_residents(answer: str, found: bool) -> None:
    """"How many inhabitants does Skarvø have?" was refused: 486 is neither grouped nor four digits long."""
    assert answers_kind(answer, False, required_types("How many inhabitants does Skarvø have?", "en")) is found


@pytest.mark.parametrize(("question", "lang", "asks"), [
    ("What is the monthly fee for a safety phone?", "en", False),  # asks for the fee: answered with the contact block
    ("What is the phone number of the housing office?", "en", True),
    ("Mihin numeroon otan yhteyttä, kun haen kotihoitoa?", "fi", True),  # "yhteyttä", "numeroon": no cue before
    ("Miten otan yhteyttä kotihoitoon?", "fi", True),
])
def test_asking_for_an_amount_is_no_contact_request_and_finnish_asks_by_number(question: str, lang: str,
                                                                               asks: bool) -> None:
    assert asks_for_contact(question, lang) is asks


LIST_PAGE = ("Tukipalvelut\n- ateriapalvelu\n- turvapuhelin\n- kauppa- ja asiointipalvelu\n- kuljetuspalvelu\n\n"
             "Kotihoito toimii ympäri vuorokauden.")


def test_a_list_question_over_a_list_of_short_items_quotes_the_items() -> None:
    """"Which support services does home care offer?" listed other sections' sentences: items of fewer than four
    words could not be quoted."""
    spans = [s for s in sentence_spans(LIST_PAGE, 0) if LIST_PAGE[s.start:s.end] != "Tukipalvelut"]
    p = Passage(id="p", doc_id="x", text=LIST_PAGE, title="Kotihoito", section="Tukipalvelut", language="fi",
                start=0, end=len(LIST_PAGE), score=0.9, scores=Scores())
    scores = [0.81, 0.80, 0.79, 0.80, 0.84]
    r = [Ranked(p, tuple(SentenceScore(s.start, s.end, v) for s, v in zip(spans, scores, strict=True)))]
    a = compose(Composer(ComposerParams(min_score=0.8)), "Which support services does home care offer?", "en", r,
                {"x": LIST_PAGE})
    items = [line.split(": ", 1)[1] for line in a.answer.splitlines() if line.startswith("- ")]
    assert items == ["ateriapalvelu [1]", "turvapuhelin [1]", "kauppa- ja asiointipalvelu [1]", "kuljetuspalvelu [1]"]


def _list_passage(pid: str, doc: str, text: str, section: str, score: float, scores: list[float]) -> Ranked:
    spans = sentence_spans(text, 0)
    p = Passage(id=pid, doc_id=doc, text=text, title="Kwijtschelding", section=section, language="nl", start=0,
                end=len(text), score=score, scores=Scores())
    return Ranked(p, tuple(SentenceScore(s.start, s.end, v) for s, v in zip(spans, scores, strict=True)))


APPLY = ("Stuur de volgende bewijsstukken mee:\n- uw laatste drie bankafschriften van al uw rekeningen\n"
         "- een bewijs van uw inkomen, zoals een loonstrook of uitkeringsspecificatie\n"
         "- een bewijs van uw huur of hypotheek\n\nWij beslissen binnen acht weken.")
APPEAL = "Dan kunt u binnen zes weken beroep instellen. Beschrijf in uw brief waarom u het er niet mee eens bent."


def test_a_list_its_page_introduces_is_quoted_item_by_item_from_the_passage_second() -> None:
    """"Which documents must be sent with the application?" quoted the intro line "Stuur de volgende bewijsstukken
    mee:" as one item and the appeal section as others (parish set): the items were longer than a short list's and
    in the passage ranked second."""
    first = _list_passage("a", "appeal", APPEAL, "Niet eens met de beslissing?", 0.795, [0.80, 0.815])
    second = _list_passage("b", "apply", APPLY, "Aanvragen", 0.793, [0.828, 0.80, 0.79, 0.808, 0.79])
    a = compose(Composer(ComposerParams(min_score=0.8)), "Which documents must be sent with the application?", "en",
                [first, second], {"appeal": APPEAL, "apply": APPLY})
    items = [line.split(": ", 1)[1] for line in a.answer.splitlines() if line.startswith("- ")]
    assert items == ["uw laatste drie bankafschriften van al uw rekeningen [1]",
                     "een bewijs van uw inkomen, zoals een loonstrook of uitkeringsspecificatie [1]",
                     "een bewijs van uw huur of hypotheek [1]"]


def test_a_list_further_down_less_similar_than_what_is_above_it_is_not_the_answer() -> None:
    """A list in the passage second that is less similar than the first passage's sentence is some other list (the
    default set's "Welche Netzwerke …?" quoted another page's activities when any close list counted)."""
    first = _list_passage("a", "appeal", APPEAL, "Niet eens met de beslissing?", 0.795, [0.80, 0.835])
    second = _list_passage("b", "apply", APPLY, "Aanvragen", 0.793, [0.828, 0.80, 0.79, 0.808, 0.79])
    a = compose(Composer(ComposerParams(min_score=0.8)), "Which documents must be sent with the application?", "en",
                [first, second], {"appeal": APPEAL, "apply": APPLY})
    assert "bankafschriften" not in a.answer and "brief" in a.answer


@pytest.mark.parametrize(("text", "n"), [
    ("Telefon: 76 11 20 00", 1),  # Norway and Denmark: eight digits in pairs, no trunk 0
    ("Ring vakttelefonen på 412 34 567.", 1),
    ("Den 31 december 2023 hade tätorten 7 912 invånare.", 0),
    ("Åpent mellom 10 00 og 12 00.", 0),
])
def test_norwegian_and_danish_phone_numbers_are_contact(text: str, n: int) -> None:
    assert strong_contact(text) == n


@pytest.mark.parametrize(("sentence", "date"), [
    ("Bostøtten utbetales den 20. hver måned.", True),  # was no date: the opening hours answered "when"
    ("The allowance is paid on the 20th of each month.", True),
    ("Die Beihilfe wird am 15. jedes Monats ausgezahlt.", True),
    ("Den tyske hæren rykket inn i byen.", False),
])
def test_a_day_of_the_month_answers_when(sentence: str, date: bool) -> None:
    assert type_match({"date"}, sentence) is date


@pytest.mark.parametrize(("sentence", "date"), [
    ("Stil affaldet ved skel senest kl. 6 om morgenen på afhentningsdagen.", True),  # was no date (parish set)
    ("Die Tonne muss am Abfuhrtag um 6 Uhr an der Straße stehen.", True),
    ("Dørene åpner klokka 11.", True),
    ("Put the bin out by 6 am on the collection day.", True),
    ("Det må ikke stå ude mere end to dage før.", False),
    ("Young people aged 15 to 19 can take part.", False),  # a range of numbers is no time of day
])
def test_a_time_of_day_answers_when(sentence: str, date: bool) -> None:
    assert type_match({"date"}, sentence) is date


def test_a_contact_block_keeps_the_labelled_lines_after_it() -> None:
    """"Wann ist das Bauamt telefonisch erreichbar?" got the phone and e-mail lines but not "Telefontid: …"."""
    text = ("Avgift\n\nAvgiften för bygglov för ett skärmtak är 6 200 kronor.\n\nKontakt\n\nBygglovsenheten\n"
            "Telefon: 0521-55 30 00\nE-post: bygglov@alstad.example\nTelefontid: måndag–torsdag kl. 9–11\n")
    cut = text.index("Kontakt")
    ps = [Passage(id="b#0", doc_id="b", text=text[:cut].rstrip(), title="Bygglov", section="Avgift", language="sv",
                  start=0, end=len(text[:cut].rstrip())),
          Passage(id="b#1", doc_id="b", text=text[cut:], title="Bygglov", section="Kontakt", language="sv",
                  start=cut, end=len(text))]
    spans = sentence_spans(ps[0].text, 0)
    r = Ranked(ps[0].with_score(0.9, Scores(coverage=1.0)),
               tuple(SentenceScore(s.start, s.end, 0.9) for s in spans))
    a = compose(Composer(ComposerParams(min_score=0.5)), "Vilket telefonnummer har bygglovsenheten?", "sv", [r],
                {"b": text}, ps)
    assert "0521-55 30 00" in a.answer and "Telefontid: måndag–torsdag kl. 9–11" in a.answer
    # without the colon too: "Telefontid måndag, onsdag och torsdag kl. 9–11." (fjord set)
    bare = text.replace("Telefontid: måndag–torsdag kl. 9–11", "Telefontid måndag, onsdag och torsdag kl. 9–11.")
    ps = [ps[0], replace(ps[1], text=bare[cut:], end=len(bare))]
    a = compose(Composer(ComposerParams(min_score=0.5)), "Vilket telefonnummer har bygglovsenheten?", "sv", [r],
                {"b": bare}, ps)
    assert "0521-55 30 00" in a.answer and "Telefontid måndag, onsdag och torsdag kl. 9–11" in a.answer


@pytest.mark.parametrize(("sentence", "date"), [
    ("Sprechzeiten: Dienstag 9–12 und 14–18 Uhr", True), ("Neuvonta on avoinna tiistaisin klo 9–15.", True),
    ("Open Mondays to Fridays, 9am to 5pm.", True), ("Telefontid: måndag–torsdag kl. 9–11", True),
    ("Die Wohngeldstelle ist im Rathaus.", False),
    ("Kvinnen ble utskrevet fra A-hus søndag, ifølge Romerikes Blad.", False),  # news: a weekday alone is no date
])
def test_opening_hours_answer_when(sentence: str, date: bool) -> None:
    assert type_match({"date"}, sentence) is date


@pytest.mark.parametrize(("sentence", "amount"), [
    ("Sen korjaaminen olisi maksanut arviolta yhdeksän miljoonaa euroa.", True),  # spelt out: was no amount
    ("Ombyggnaden kostar fem miljoner kronor.", True),
    ("Der Umbau kostet drei Millionen Euro.", True),
    ("Nettverket har fem medlemmer.", False),
])
def test_an_amount_spelt_out_answers_a_cost_question(sentence: str, amount: bool) -> None:
    assert answers_kind(sentence, False, required_types("How much would the renovation have cost?", "en")) is amount


def test_by_how_much_asks_for_a_change_that_a_percentage_answers_as_well_as_an_amount() -> None:
    """"By how much does Havnes want to cut its emissions by 2030?" was refused: "55 prosent" is no amount of money.
    "By how much will district heating prices in Ebersfeld rise?" asked for money (it names prices) and quoted the
    sentence with "168 Euro" over the one that answers, "um 12 Prozent" (ledger set). A change asked by how much, in
    any pack's words, is answered by a percentage or an amount, as a share is."""
    for q, lang in [("By how much does Havnes want to cut its emissions by 2030?", "en"),
                    ("By how much will district heating prices in Ebersfeld rise?", "en"),
                    ("Um wie viel steigt der Fernwärmepreis?", "de"), ("Med hur mycket höjs avgiften?", "sv"),
                    ("Med hvor mye øker prisen?", "no"), ("Med hvor meget stiger prisen?", "da"),
                    ("Met hoeveel stijgt de huur?", "nl")]:
        assert required_types(q, lang) == {"share"}, q
        assert answers_kind("Utslippene skal ned med 55 prosent innen 2030.", False, required_types(q, lang), False)
        assert answers_kind("Das bedeutet Mehrkosten von etwa 168 Euro im Jahr.", False, required_types(q, lang), False)
        assert not answers_kind("Der Aufsichtsrat hat am Montag beschlossen.", False, required_types(q, lang), False)
    assert required_types("How much does a ticket cost?", "en") == {"money"}
    assert required_types("How much is a ticket to Sandøy?", "en") == {"money"}


@pytest.mark.parametrize(("question", "lang"), [
    ("Wie viel kostete das neue Heizwerk in Ebersfeld?", "de"),  # ledger set: answered with a price rise in percent
    ("Was kosten die Eintrittskarten?", "de"),
    ("Wie viel hat der Umbau gekostet?", "de"),
    ("Hvad kostede den nye bro?", "da"),
    ("Vad kostade ombyggnaden?", "sv"),
    ("Hva kostet den nye brua?", "no"),
])
def test_a_cost_asked_in_the_past_tense_or_the_plural_asks_for_an_amount(question: str, lang: str) -> None:
    assert required_types(question, lang) == {"money"}


@pytest.mark.parametrize(("question", "lang", "role"), [
    ("Hvem er kommunedirektør i Strandvik?", "no", "kommunedirektør"),
    ("Hvem er sjefen for atomprogrammet i Iran?", "no", "sjef"),  # the stem: "Atomprogrammets sjef, Ali …"
    ("Who is the mayor of Sankt Auen?", "en", "mayor"),
    ("Hvem er formand for Skarvø Beboerforening?", "da", "formand"),
    ("Wer ist Vorsitzende des Klimabündnisses Oberrhein?", "de", "vorsitz"),
    ("Vem är chef för bygglovsenheten i Ålstad?", "sv", "chef"),
    ("Who is Robert Næss?", "en", ""),  # a name is no role
    ("Vem är ansvarig för bygglov?", "sv", ""),  # the answer may say it otherwise
    ("Who chairs the committee?", "en", ""),  # no role named
    # a genitive first names whose role it is: the role is the word after it ("Kuka on Porinlahden
    # kaupunginjohtaja?" was answered with the flood line's phone number, climate set)
    ("Kuka on kirjaston johtaja?", "fi", "johtaj"),
    ("Kuka on Porinlahden kaupunginjohtaja?", "fi", "kaupunginjohtaj"),
    ("Kuka on Vänersborgin kansainvälinen koordinaattori?", "fi", "koordinaattor"),
    ("Kuka on puheenjohtaja?", "fi", "puheenjohtaj"),
    # a possessive name first: whose role it is; the role is the head of the words after it ("Oslos" was taken for a
    # name and no role asked, German "Münchens" for the role)
    ("Hvem er Oslos ordfører?", "no", "ordfør"),
    ("Who is Oslo's mayor?", "en", "mayor"),
    ("Hvem er Aarhus Kommunes borgmester?", "da", "borgmest"),
    ("Wer ist Münchens Oberbürgermeister?", "de", "oberburgermeist"),
    ("Hvem er Danmarks påtroppende statsminister?", "no", "statsminist"),  # not the adjective (NorQuAD)
    ("Who is Växjö's vice president in Energy-Cities?", "en", "presid"),
    ("Who is James Jones?", "en", ""),  # a name ending in s owns nothing
])
def test_the_role_a_who_question_asks_the_holder_of(question: str, lang: str, role: str) -> None:
    assert role_asked(question, lang) == role


SCHOOL = ("Kulturskolen\n\nSpørsmål om årsmeldingen kan rettes til rektor Hanne Solbakken. "
          "Rektor er Hanne Solbakken, som tiltrådte i august 2023.\n")


def school_ranked(language: str = "no") -> list[Ranked]:
    p = Passage(id="k#0", doc_id="k", text=SCHOOL, title="Kulturskole", section="", language=language,
                start=0, end=len(SCHOOL), score=0.9, scores=Scores())
    return [Ranked(p, tuple(SentenceScore(sp.start, sp.end, 0.9) for sp in sentence_spans(SCHOOL, 0)))]


def page_ranked(doc_id: str, text: str, title: str, language: str) -> list[Ranked]:
    """One passage: a whole short page, every sentence at 0.9."""
    p = Passage(id=f"{doc_id}#0", doc_id=doc_id, text=text, title=title, section="", language=language, start=0,
                end=len(text), score=0.9, scores=Scores())
    return [Ranked(p, tuple(SentenceScore(sp.start, sp.end, 0.9) for sp in sentence_spans(text, 0)))]


def test_a_who_question_in_the_pages_language_needs_the_role_it_asks_about() -> None:
    """"Hvem er kommunedirektør i Strandvik?" was answered with the culture school's head (press set)."""
    c = Composer(ComposerParams(min_score=0.8))
    assert not compose(c, "Hvem er kommunedirektør i Strandvik?", "no", school_ranked(), {"k": SCHOOL}).found
    a = compose(c, "Hvem er rektor ved kulturskolen?", "no", school_ranked(), {"k": SCHOOL})
    assert a.found and "Hanne Solbakken" in a.answer
    # across languages the role's word is checked where the packs know it ("municipal director" is "kommunedirektør"
    # since the minutes set's concepts), and cannot be where they do not
    assert not compose(c, "Who is the municipal director of Strandvik?", "en", school_ranked(), {"k": SCHOOL}).found
    assert compose(c, "Who is the rector of Strandvik culture school?", "en", school_ranked(), {"k": SCHOOL}).found
    # the role is found as the page's language analyses it: German folds "ü" in its stems
    town = "Hohenfeld\n\nOberbürgermeisterin ist seit 2020 Anna Weber.\n"
    a = compose(c, "Wer ist Bürgermeister von Hohenfeld?", "de", page_ranked("h", town, "Hohenfeld", "de"), {"h": town})
    assert a.found and "Anna Weber" in a.answer


def test_a_who_question_across_languages_needs_the_role_where_the_packs_know_its_words() -> None:
    """"Who is the mayor of Tallmora municipality?" was answered with the Swedish page's first lines, "Vem är
    borgmästare i Egedal?" with the Danish page's bulky waste: across languages the role is looked for in the packs'
    concept words for it (`role_asked_in`); a role they do not know is not checked."""
    assert role_asked_in("Who is the mayor of Tallmora?", "en", "no") == ("ordfør",)
    assert role_asked_in("Who is the mayor of Tallmora?", "en", "en") == ()
    c = Composer(ComposerParams(min_score=0.8))
    assert not compose(c, "Who is the mayor of Strandvik?", "en", school_ranked(), {"k": SCHOOL}).found
    assert compose(c, "Who is the headmaster of the culture school?", "en", school_ranked(), {"k": SCHOOL}).found
    town = "Strandvik\n\nOrdføreren i Strandvik er Kari Nordli (Sp).\n"
    a = compose(c, "Who is the mayor of Strandvik?", "en", page_ranked("s", town, "Strandvik", "no"), {"s": town})
    assert a.found and "Kari Nordli" in a.answer


def test_a_who_question_answered_by_a_pronoun_quotes_the_sentence_that_names_the_person() -> None:
    """"Hvem fremmet engelsk som et lærd språk?" was answered "Han fremmet engelsk (angelsaksisk) som et lærd språk",
    and the person was in the sentence before it (NorQuAD)."""
    text = ("Alfred av England var konge av Wessex fra 871. Han fremmet engelsk som et lærd språk. "
            "Riket ble delt etter hans død.")
    c = Composer(ComposerParams(min_score=0.8, follow_chars=0))
    ranked, texts = _one_passage(text, [0.82, 0.95, 0.81], lang="no")
    ranked = _with_sentences(ranked)
    a = compose(c, "Hvem fremmet engelsk som et lærd språk?", "no", ranked, texts)
    assert a.answer.startswith("Alfred av England var konge") and "Han fremmet engelsk" in a.answer
    # not for another kind of question, nor when the sentence names someone itself
    a = compose(c, "Hva fremmet han som et lærd språk?", "no", ranked, texts)
    assert "Alfred" not in a.answer and "Han fremmet engelsk" in a.answer
    vague = text.replace("Alfred av England var konge", "Han var konge")  # says "han" too: names no one either
    ranked, texts = _one_passage(vague, [0.82, 0.95, 0.81], lang="no")
    a = compose(c, "Hvem fremmet engelsk som et lærd språk?", "no", _with_sentences(ranked), texts)
    assert a.answer.startswith("Han fremmet engelsk")
    named = text.replace("Han fremmet", "Kong Alfred fremmet")
    ranked, texts = _one_passage(named, [0.82, 0.95, 0.81], lang="no")
    ranked = _with_sentences(ranked)
    a = compose(c, "Hvem fremmet engelsk som et lærd språk?", "no", ranked, texts)
    assert a.answer.startswith("Kong Alfred fremmet")


def test_the_sentence_naming_the_person_is_quoted_even_when_it_is_long() -> None:
    """The sentence before "Han fremmet engelsk …" that names Alfred is 258 characters in NorQuAD: with the answer's
    300 characters it was left out, so the answer named no one. It is quoted up to twice that, in place of the
    sentence after."""
    before = ("Alfred av England, den eneste engelske konge som er blitt karakterisert som «Den store» av engelske "
              "historikere, var den som forente de angelsaksiske kongedømmene mot den felles fiende vikingene, og "
              "således la grunnlaget for et forent England som en nasjon.")
    text = f"{before} Han fremmet engelsk som et lærd språk og var den første engelske monark som skrev en bok. Slik."
    c = Composer(ComposerParams(min_score=0.8))
    ranked, texts = _one_passage(text, [0.82, 0.95, 0.81], lang="no")
    a = compose(c, "Hvem fremmet engelsk som et lærd språk?", "no", _with_sentences(ranked), texts)
    assert a.answer.startswith("Alfred av England") and "Han fremmet engelsk" in a.answer and "Slik" not in a.answer
    # past twice the answer's length it is still left out
    c = Composer(ComposerParams(min_score=0.8, answer_chars=150))
    a = compose(c, "Hvem fremmet engelsk som et lærd språk?", "no", _with_sentences(ranked), texts)
    assert a.answer.startswith("Han fremmet engelsk")


@pytest.mark.parametrize(("role", "text", "lang", "holds"), [
    ("talsperson", "ifølge talskvinne for Sea Watch, Giorgia Linardi.", "no", True),
    ("talsperson", "sier talsmann Ole Hansen.", "no", True),
    ("formand", "Forkvinden Anna Holm glæder sig.", "da", True),
    ("formand", "Forslaget kom fra foreningen.", "da", False),  # "for" alone is no role
    ("spokeswoman", "the council's spokesman, Tom Reid, said", "en", True),
    ("chairman", "Anna Berg is chair of the board.", "en", True),
    ("ordfør", "Rektor er Hanne Solbakken.", "no", False),
])
def test_a_role_is_found_in_its_gendered_forms(role: str, text: str, lang: str, holds: bool) -> None:
    assert names_role(role, text, lang) is holds


def test_a_who_question_is_answered_by_the_role_in_another_gendered_form() -> None:
    """"Hvem er talsperson for Sea Watch?" was refused: the page names "talskvinne for Sea Watch, Giorgia Linardi"
    (NorQuAD)."""
    text = ("Kaptein arrestert\n\nTyskland og Portugal ville ta imot noen hver, ifølge talskvinne for Sea Watch, "
            "Giorgia Linardi. Båten la til kai i natt.\n")
    c = Composer(ComposerParams(min_score=0.8))
    a = compose(c, "Hvem er talsperson for Sea Watch?", "no", page_ranked("s", text, "Kaptein arrestert", "no"),
                {"s": text})
    assert a.found and "Giorgia Linardi" in a.answer
    assert not compose(c, "Hvem er ordfører i Sea Watch?", "no", page_ranked("s", text, "Kaptein arrestert", "no"),
                       {"s": text}).found


@pytest.mark.parametrize(("question", "lang", "noun"), [
    ("Wer leitet die Stadtbibliothek Lindenfels?", "de", "Leiter"),
    ("Who chairs the school board at Lyngby School?", "en", "chair"),
    ("Hvem leder prosjektet?", "no", "leder"),
    ("Wer ist Leiter der Bibliothek?", "de", ""),  # a role by its noun is `role_asked`'s
    ("Who opened the library?", "en", ""),
])
def test_the_role_a_who_question_asks_for_with_a_verb(question: str, lang: str, noun: str) -> None:
    assert role_verb(question, lang) == noun


def test_a_role_asked_by_its_verb_prefers_the_sentence_naming_the_role_and_a_person() -> None:
    """"Wer leitet die Stadtbibliothek Lindenfels?" quoted the library's Sunday opening; "…, sagt Bibliotheksleiterin
    Sabine Krämer" was a little less similar. "Who chairs the school board?" over a Danish page likewise ("formand
    for skolebestyrelsen Rikke Dahl", gazette set). No requirement: without such a sentence the best one answers."""
    c = Composer(ComposerParams(min_score=0.8, follow_chars=0, max_sentences=1))
    text = ("Die Stadtbibliothek öffnet ab dem 1. September auch sonntags. "
            "„Viele Familien haben nur am Wochenende Zeit“, sagt Bibliotheksleiterin Sabine Krämer.")
    ranked, texts = _one_passage(text, [0.89, 0.86], lang="de")
    assert "Sabine Krämer" in compose(c, "Wer leitet die Stadtbibliothek?", "de", ranked, texts).answer
    assert "Sabine Krämer" not in compose(c, "Wann öffnet die Stadtbibliothek?", "de", ranked, texts).answer
    plain = text.replace("Bibliotheksleiterin Sabine Krämer", "eine Besucherin")
    ranked, texts = _one_passage(plain, [0.89, 0.86], lang="de")
    a = compose(c, "Wer leitet die Stadtbibliothek?", "de", ranked, texts)
    assert a.found and a.answer.startswith("Die Stadtbibliothek")
    dansk = ("Forældrene på Lyngby Skole har samlet 2.100 underskrifter. "
             "Skolen er hjertet i landsbyen, siger formand for skolebestyrelsen Rikke Dahl.")
    ranked, texts = _one_passage(dansk, [0.83, 0.80], lang="da")
    assert "Rikke Dahl" in compose(c, "Who chairs the school board at Lyngby School?", "en", ranked, texts).answer


@pytest.mark.parametrize(("sentence", "holds"), [
    ("Dertig procent daarvan wordt sociale huur.", True),
    ("Tjugo procent av platserna går till barnfamiljer.", True),
    ("30 procent daarvan wordt sociale huur.", True),
    ("Dertig woningen worden sociale huur.", False),
])
def test_a_percentage_in_words_answers_a_share(sentence: str, holds: bool) -> None:
    """"What share of the homes in De Weidehoek will be social housing?" was answered with a road's cost: "Dertig
    procent daarvan wordt sociale huur" held no percentage to the share check (gazette set)."""
    assert required_types("What share of the homes will be social housing?", "en") == {"share"}
    assert answers_kind(sentence, False, {"share"}) is holds


def test_opening_hours_are_answered_by_a_time_of_day() -> None:
    """"What are the opening hours of the new indoor pool?" was answered with its entrance fees (press set)."""
    assert required_types("What are the opening hours of the new indoor pool?", "en") == {"hours"}
    assert required_types("Wann sind die Sprechzeiten?", "de") == set()  # a when-question asks for a date
    fees = "Der Eintritt soll für Erwachsene 5 Euro und für Kinder 3 Euro betragen."
    assert not answers_kind(fees, False, {"hours"})
    for hours in ("Genbrugspladsen har åbent alle dage kl. 8-18.", "Telefontid: mandag–fredag 9.00–15.00",
                  "Sprechzeiten: Dienstag 9–12 Uhr", "Open daily from 10 am"):
        assert answers_kind(hours, False, {"hours"}), hours


def test_a_share_is_no_count_unless_one_is_asked_for() -> None:
    """"How many pupils does Nordøya school have?" was answered by "18 prosent av kommunens grunnskoleelever"."""
    share = "Kulturskolen når dermed 18 prosent av kommunens grunnskoleelever."
    assert required_types("How many pupils does Nordøya school have?", "en") == {"count"}
    assert not answers_kind(share, False, {"count"}) and not answers_kind("Det gjelder 45 %.", False, {"count"})
    assert answers_kind("Kulturskolen hadde 412 elever, 18 prosent av elevene.", False, {"count"})
    assert required_types("Hvor mange prosent av elevene går på kulturskolen?", "no") == set()


TABLE_AND_PROSE = ("Ingrid Malmsten\n\n| Ingrid Malmsten | |\n|---|---|\n| Född | 3 april 1921 |\n"
                   "| Död | 17 oktober 2004 |\n| Politiskt parti | Folkpartiet |\n\n"
                   "År 1962 utnämndes hon till professor i analytisk kemi. Hon var folkpartist.\n")


def test_no_table_row_is_quoted_beside_a_best_sentence_of_prose() -> None:
    """An infobox's "Död: 17 oktober 2004" opened the answer to when she became professor (press set)."""
    text = TABLE_AND_PROSE
    p = Passage(id="m#0", doc_id="m", text=text, title="Ingrid Malmsten", section="", language="sv",
                start=0, end=len(text), score=0.9, scores=Scores(coverage=1.0))
    spans = {text[sp.start:sp.end]: sp for sp in sentence_spans(text, 0)}
    prose = next(k for k in spans if k.startswith("År 1962"))
    died = next(k for k in spans if "Död" in k)
    r = Ranked(p, (SentenceScore(spans[prose].start, spans[prose].end, 0.9),
                   SentenceScore(spans[died].start, spans[died].end, 0.89)))
    a = compose(Composer(ComposerParams(min_score=0.8)), "När blev Ingrid Malmsten professor?", "sv", [r], {"m": text})
    assert a.found and "1962" in a.answer and "2004" not in a.answer
    # a row that names what was asked about is quoted beside the prose
    party = next(k for k in spans if "parti" in k)
    prose = next(k for k in spans if k.startswith("Hon var"))
    r = Ranked(p, (SentenceScore(spans[prose].start, spans[prose].end, 0.9),
                   SentenceScore(spans[party].start, spans[party].end, 0.89),
                   SentenceScore(spans[died].start, spans[died].end, 0.89)))
    a = compose(Composer(ComposerParams(min_score=0.8)), "Vilket parti tillhörde Ingrid Malmsten?", "sv", [r],
                {"m": text})
    assert "Politiskt parti: Folkpartiet" in a.answer and "2004" not in a.answer


@pytest.mark.parametrize(("question", "lang", "names"), [
    ("How much does it cost to stay overnight in Toppstugan?", "en", ("toppstug",)),
    ("Who is the mayor of Sankt Auen?", "en", ("sank", "auen")),
    ("How many inhabitants does Norway have?", "en", ()),  # other languages spell it otherwise ("Norge")
    ("Wer ist Vorsitzende des Klimabündnisses?", "de", ()),  # German capitalises every noun
    ("Vem är ordförande i ENSA?", "sv", ("ensa",)),
])
def test_the_names_a_question_asks_about(question: str, lang: str, names: tuple[str, ...]) -> None:
    assert named(question, lang) == names


PARK = "Granfjället\n\nDet finns två raststugor i parken, Myrstugan och Toppstugan, som är öppna för alla.\n"
MANOR = "Rødkilde\n\nParken er åben hver søndag. Entré koster 60 kr. for voksne.\n"


def test_a_name_the_question_asks_about_must_be_on_the_page_quoted() -> None:
    """"How much does it cost to stay overnight in Toppstugan?" was answered with a Danish manor's entrance fee
    (encyclopedia set)."""
    def ranked_on(doc: str, text: str, score: float) -> Ranked:
        p = Passage(id=f"{doc}#0", doc_id=doc, text=text, title=doc, section="", language="sv", start=0,
                    end=len(text), score=score, scores=Scores(coverage=1.0))
        return Ranked(p, tuple(SentenceScore(sp.start, sp.end, 0.9) for sp in sentence_spans(text, 0)))

    c = Composer(ComposerParams(min_score=0.8))
    texts = {"park": PARK, "manor": MANOR}
    both = [ranked_on("park", PARK, 0.9), ranked_on("manor", MANOR, 0.89)]
    assert not compose(c, "How much does it cost to stay overnight in Toppstugan?", "en", both, texts).found
    a = compose(c, "How much does admission to the park cost?", "en", both, texts)  # no name: any page
    assert a.found and "60 kr" in a.answer
    # of several names, one on the page is enough (the other may be written otherwise there)
    a = compose(c, "How much does admission cost at Rødkilde, near Toppstugan?", "en",
                [ranked_on("park", PARK + "Rødkilde.\n", 0.9), ranked_on("manor", MANOR, 0.89)],
                {"park": PARK + "Rødkilde.\n", "manor": MANOR})
    assert a.found and "60 kr" in a.answer
    # a name the best page does not hold asks nothing of the pages (another language may spell it otherwise)
    a = compose(c, "How much does it cost to stay overnight in Toppstugan?", "en", both[1:], {"manor": MANOR})
    assert a.found


@pytest.mark.parametrize(("question", "lang", "without"), [
    ("Hvor mye kan man låne i startlån fra Fjellvik kommune?", "no", "Hvor mye kan man låne i startlån fra kommune?"),
    ("How much does express collection cost in Lindheim?", "en", "How much does express collection cost in?"),
    ("Wie oft ist die Sperrmüllabholung in Lindheim kostenlos?", "de",  # every German noun is capitalised:
     "Wie oft ist die Sperrmüllabholung in Lindheim kostenlos?"),  # no name is told from them
    ("Vilka nätverk arbetar med klimat?", "sv", "Vilka nätverk arbetar med klimat?"),  # no name: the question
    ("When was the study presented in Germany?", "en", "When was the study presented in Germany?"),  # CLDR: kept
])
def test_the_question_without_the_names_it_asks_about(question: str, lang: str, without: str) -> None:
    assert unnamed(question, lang) == without


def test_a_scope_name_the_title_lacks_does_not_pick_the_sentence_that_repeats_it() -> None:
    """Scored without the question's names (`SentenceScore.focus`) when the page's title does not hold them: the
    sentence that repeats "Fjellvik" no longer wins; under a title that names it, every sentence was embedded with
    the name, and the plain similarity decides."""
    text = "Du må ha bodd i Fjellvik kommune i minst 12 måneder. Startlånet kan være inntil 4,2 millioner kroner."
    cut = text.index("Startlånet")
    q = "Hvor mye kan man låne i startlån fra Fjellvik kommune?"

    def ranked(title: str) -> list[Ranked]:
        p = Passage(id="s#0", doc_id="s", text=text, title=title, section="", language="no", start=0,
                    end=len(text), score=0.9, scores=Scores())
        return [Ranked(p, (SentenceScore(0, cut - 1, 0.91, 0.86), SentenceScore(cut, len(text), 0.87, 0.89)))]

    c = Composer(ComposerParams(min_score=0.8, follow_chars=0, span_margin=0.0))  # the best sentence alone
    a = compose(c, q, "no", ranked("Startlån – slik søker du"), {"s": text})
    assert a.found and a.answer.startswith("Startlånet kan være") and "Fjellvik" not in a.answer
    a = compose(c, q, "no", ranked("Fjellvik kommune: startlån"), {"s": text})
    assert a.found and a.answer.startswith("Du må ha bodd i Fjellvik kommune") and "Startlånet" not in a.answer
    # nor when another candidate's page is titled by the name: the question is about that page's subject
    other = "Fjellvik er en kommune i Nordland."
    about = Passage(id="f#0", doc_id="f", text=other, title="Fjellvik", section="", language="no", start=0,
                    end=len(other), score=0.85, scores=Scores())
    both = [*ranked("Startlån – slik søker du"), Ranked(about, (SentenceScore(0, len(other), 0.5, 0.5),))]
    a = compose(c, q, "no", both, {"s": text, "f": other})
    assert a.found and a.answer.startswith("Du må ha bodd i Fjellvik kommune")


@pytest.mark.parametrize(("key", "title", "holds"), [
    ("stordø", "Stordøy", True), ("stordø", "Stordøya kommune", True),
    ("waldkirchenis", "Waldkirchen", True),  # Finnish "Waldkirchenissa" (in Waldkirchen)
    ("fjellv", "Startlån – slik søker du", False),
    ("lind", "Lindheimer Straße", True), ("auen", "Frauenhaus", False),  # a word's start, not inside it
])
def test_a_title_names_a_name_inflected_either_way(key: str, title: str, holds: bool) -> None:
    from assistant.answer.extractive import _titled

    assert _titled(key, title) is holds


def test_an_amount_may_come_from_any_passage_of_the_best_passages_page() -> None:
    """"How much does home care cost per hour in Eastmoor?" was refused: the page's price list is its third passage,
    scored more than `topic_margin` under the page's introduction (district set). Another page's amount that far down
    is still not quoted."""
    intro = "Paying for care\n\nHow much you pay depends on your income and savings.\n"
    prices = "Charges\n\nHome care costs £24.60 per hour.\n"
    other = "Parking\n\nA parking permit costs £60 a year.\n"
    texts = {"care": intro + prices, "park": other}

    def one(doc: str, text: str, start: int, score: float, sentence: str, sim: float) -> Ranked:
        p = Passage(id=f"{doc}#{start}", doc_id=doc, text=text, title="Care charges" if doc == "care" else "Parking",
                    section=text.split("\n")[0], language="en", start=start, end=start + len(text), score=score,
                    scores=Scores())
        a = texts[doc].index(sentence)
        return Ranked(p, (SentenceScore(a, a + len(sentence), sim),))

    c = Composer(ComposerParams(min_score=0.8))
    top = one("care", intro, 0, 0.90, "How much you pay depends on your income and savings.", 0.90)
    listed = one("care", prices, len(intro), 0.86, "Home care costs £24.60 per hour.", 0.86)
    a = compose(c, "How much does home care cost per hour?", "en", [top, listed], texts)
    assert a.found and "£24.60" in a.answer
    elsewhere = one("park", other, 0, 0.86, "A parking permit costs £60 a year.", 0.86)
    assert not compose(c, "How much does home care cost per hour?", "en", [top, elsewhere], texts).found


def test_a_three_letter_stem_of_what_is_priced_is_looked_for_at_a_words_start() -> None:
    """"Hvad koster det at få maden bragt ud?" was refused over "Udbringning er gratis." on a page titled
    "Madservice til ældre": "maden" is "mad" to the Danish stemmer, too short to look for anywhere, not too short at
    a word's start."""
    keys = asked_topic("Hvad koster det at få maden bragt ud?", "da")
    assert "mad" in keys
    assert mentions("madservice til ældre udbringning er gratis.", keys)
    assert not mentions("en nomade betaler 62 kr.", ("mad",))
    assert mentions("gratis parkering", ("parke",))  # four letters or more: inside a word too


def test_a_day_of_a_month_is_no_count() -> None:
    """"Hvor mange søknader fikk kommunen i fjor?" was answered by "Søknadsfristen er 15. mars 2025" (borough set): the
    day of a month is a date. A year is still a number ("How many years was she mayor?" over "fra 1999 til 2011"), and
    a count beside a date still counts."""
    assert not answers_kind("Søknadsfristen er 15. mars 2025.", False, {"count"}, False)
    assert not answers_kind("The deadline is March 3, 2025.", False, {"count"}, False)
    assert answers_kind("Kokous pidettiin 3. lokakuuta 2024, ja siihen osallistui 45 henkeä.", False, {"count"}, False)
    assert answers_kind("Hun var ordfører fra 1999 til 2011.", False, {"count"}, False)


def test_a_share_asked_for_is_answered_by_a_percentage() -> None:
    """"How much of the cost does the state of Baden-Württemberg pay?" was refused: it asked for an amount, and the
    article says "70 Prozent der Kosten" (borough set). A share asked for in any pack's words takes a percentage or an
    amount; a plain price question still needs an amount."""
    share = "Das Land Baden-Württemberg übernimmt 70 Prozent der Kosten."
    for q, lang in [("How much of the cost does the state of Baden-Württemberg pay?", "en"),
                    ("Hur stor del av kostnaden betalar staten?", "sv"),
                    ("Welchen Anteil der Kosten trägt das Land?", "de"),
                    ("Hvor stor andel av utgiftene dekker staten?", "no")]:
        assert required_types(q, lang) == {"share"}, q
        assert answers_kind(share, False, required_types(q, lang), False), q
    assert not answers_kind(share, False, required_types("How much does the dam cost?", "en"), False)
    assert not answers_kind("Der Damm schützt die Altstadt.", False, {"share"}, False)


@pytest.mark.parametrize(("question", "lang", "asks"), [
    ("Vilket nummer har Beställningscentralen?", "sv", True),
    ("Hvilket nummer skal jeg ringe for å bestille?", "no", True),
    ("Hvad er nummeret til Affaldsservice?", "da", True),
    ("Unter welcher Nummer erreiche ich die Wohngeldstelle?", "de", True),
    ("Welk nummer kan ik bellen voor vragen?", "nl", True),
    ("Which number do I call to book a trip?", "en", True),
    ("How many numbers are drawn in the lottery?", "en", False),
    ("Hur många nummer har tidningen gett ut?", "sv", False),
])
def test_asking_which_number_to_call_asks_for_contact(question: str, lang: str, asks: bool) -> None:
    """"Vilket nummer har Beställningscentralen?" was answered with a sentence that names it but has no number: its
    contact line ("Beställningscentralen: 0771-55 66 77") answers only contact questions (county set)."""
    assert asks_for_contact(question, lang) is asks


def test_a_year_the_page_does_not_hold_is_not_answered_from_it() -> None:
    """"Where will the Annual Forum 2027 be held?" was answered with the 2026 forum's town (county set)."""
    text = "The Annual Forum 2026 takes place in Aarhus from 20 to 22 May."
    ranked, texts = _one_passage(text, [0.9], lang="en")
    composer = Composer(ComposerParams(min_score=0.8))
    assert not compose(composer, "Where will the Annual Forum 2027 be held?", "en", ranked, texts).found
    assert compose(composer, "Where does the Annual Forum 2026 take place?", "en", ranked, texts).found
    assert compose(composer, "Where does the Annual Forum take place?", "en", ranked, texts).found
    assert dated_pages("Hvem ledet NKP (1991) fra 1991?", {"a": "NKP ble ledet av … fra 1991", "b": "1990"}) == {"a"}
    assert dated_pages("Hvor mange bor i Bø?", {"a": "2024"}) is None
    # a short span of years holds the years between; a life does not ("How many inhabitants … in 1900?")
    pension = "Er du født mellem 1. januar 1963 og 31. december 1966, kan du få folkepension, når du fylder 68 år."
    assert dated_pages("At what age can you get the state pension if you were born in 1965?", {"a": pension}) == {"a"}
    assert dated_pages("How many inhabitants did Lindewaard have in 1900?", {"a": "Johanna van Asperen (1822–1901)"}) \
        == set()
    # a year before 1800 is a year too ("Hvordan var spanjolene som angrep Mactan i 1521 bevæpnet?"): the pattern
    # meant for it was shadowed by a later one of 1800-2099 of the same name, so the page was not checked for it
    assert dated_pages("Hva skjedde på Mactan i 1521?", {"a": "Slaget på Mactan sto 27. april 1521.", "b": "1522"}) \
        == {"a"}


@pytest.mark.parametrize(("question", "lang", "kinds"), [
    ("Does housing benefit include heating costs?", "en", set()),
    ("Ingår värmekostnaderna i bostadsbidraget? Vad kostar det?", "sv", set()),
    ("Onko hakemus maksuton?", "fi", set()),
    ("Maksaako hakemus jotain?", "fi", {"money"}),  # "does it cost": an amount or "free" answers it
    ("Does it cost anything to apply for Wohngeld?", "en", {"money"}),
    ("What are the heating costs?", "en", {"money"}),
    ("Was kostet ein Reisepass?", "de", {"money"}),  # German "Was" asks what, whatever English "was" does
    ("Paljonko lippu maksaa?", "fi", {"money"}),
])
def test_a_yes_no_question_needs_no_amount(question: str, lang: str, kinds: set[str]) -> None:
    """"Does housing benefit include heating costs?" was refused: no sentence held an amount (county set)."""
    assert required_types(question, lang) == kinds


def test_a_how_many_question_across_languages_needs_the_counted_word_in_the_pages_language() -> None:
    """"How many nurses will work at the new hospital?" was answered with "Sjukhuset får 340 vårdplatser …" (harbour
    set): "nurses" was no concept, so nothing was required of the Swedish sentence."""
    assert counted_in("How many nurses will work at the new hospital?", "en", "sv")[0].startswith("sjukskötersk")
    assert counted_in("How many rooms does the main building have?", "en", "sv") == ("rum",)
    text = "Sjukhuset får 340 vårdplatser, 14 operationssalar och en helikopterplatta på taket."
    ranked, texts = _one_passage(text, [0.9], lang="sv")
    composer = Composer(ComposerParams(min_score=0.8))
    assert not compose(composer, "How many nurses will work at the new hospital?", "en", ranked, texts).found
    assert compose(composer, "How many beds will the new hospital have?", "en", ranked, texts).found


def test_the_answer_threshold_follows_how_similar_the_question_is_to_the_pages_language() -> None:
    """English over an all-Scandinavian collection runs low on every passage: "Which company is the main contractor?"
    was refused 0.009 under the cross-language bar although its Swedish sentence answers it (harbour set)."""
    text = "Byggherre är det regionägda bolaget Regionfastigheter, och huvudentreprenör blir Skanska."
    ranked, texts = _one_passage(text, [0.775], lang="sv")
    composer = Composer(ComposerParams(min_score=0.8, cross_language_margin=0.015, bar_language_weight=0.5,
                                       bar_language_center=0.786))
    q = "Which company is the main contractor?"
    assert not compose(composer, q, "en", ranked, texts).found  # no mean known: 0.785
    low = [replace(r, passage=r.passage.with_score(0.9, Scores(language_mean=0.74))) for r in ranked]
    assert compose(composer, q, "en", low, texts).found  # 0.785 - 0.5 * 0.046 = 0.762
    high = [replace(r, passage=r.passage.with_score(0.9, Scores(language_mean=0.80))) for r in ranked]
    assert not compose(composer, q, "en", high, texts).found


@pytest.mark.parametrize(("question", "kind"), [
    ("How long does it take to get a decision?", "duration"), ("Hur lång tid tar handläggningen?", "duration"),
    ("Wie lange dauert die Bearbeitung?", "duration"), ("Kuinka kauan päätös kestää?", "duration"),
    ("Hvor længe er der åbent?", "duration"), ("Hoe lang duurt de omleiding?", "duration"),
    ("How long is the bridge?", "number"),  # a length, not a duration
])
def test_how_long_something_takes_is_a_duration(question: str, kind: str) -> None:
    assert answer_types(question) == {kind}


@pytest.mark.parametrize("question", ["What is the deadline for an appeal?", "Hva er klagefristen?",
                                      "Wie lang ist die Widerspruchsfrist?", "Wat is de bezwaartermijn?"])
def test_a_deadline_is_a_date_or_a_duration(question: str) -> None:
    """"What is the deadline for an appeal?" quoted phone hours and a year before "… inom tre veckor" (fjord set)."""
    assert answer_types(question) == {"date", "duration"}
    assert type_match(answer_types(question), "Överklagandet ska ha kommit in inom tre veckor.", question)


def test_a_unit_of_time_answers_how_long_it_takes() -> None:
    """"How long does it take to get a decision on carer support?" quoted "… täyttänyt 18 vuotta" (a number) over
    "Päätös tehdään yleensä kuukauden kuluessa" (within a month, no digit), valley set."""
    q = "How long does it take to get a decision?"
    assert type_match(answer_types(q), "Päätös tehdään yleensä kuukauden kuluessa.", q)
    assert type_match(answer_types(q), "Beslut fattas inom en månad.", q)
    assert not type_match(answer_types(q), "Beslut fattas av nämnden.", q)
    assert not type_match(answer_types(q), "Dette er en stor dag for Fjordøya.", q)  # a day, no duration
    for during in ("Arviointi tehdään seitsemän arkipäivän kuluessa.", "Die Bearbeitung dauert etwa acht Wochen.",
                   "Moskva skulle erobres etter 3-4 måneder."):
        assert type_match(answer_types(q), during, q)
    for number in ("Legg ved regnskap for 2024.", "Her bor 18 mennesker går det rygtes."):  # a number, no duration
        assert not type_match(answer_types(q), number, q)
    def one(doc: str, text: str, score: float) -> Ranked:
        p = Passage(id=f"{doc}#0", doc_id=doc, text=text, title=doc, section="", language="fi", start=0,
                    end=len(text), score=0.9, scores=Scores(coverage=1.0))
        return Ranked(p, (SentenceScore(0, len(text), score),))

    age, decision = "Hoitajana voi toimia läheinen, joka on täyttänyt 18 vuotta.", "Päätös tehdään kuukauden kuluessa."
    a = compose(Composer(ComposerParams(min_score=0.7, follow_chars=0, max_sentences=1)), q, "en",
                [one("age", age, 0.79), one("decision", decision, 0.81)], {"age": age, "decision": decision})
    assert a.found and a.answer.startswith("Päätös")


def test_a_sentence_naming_the_asked_role_and_a_person_answers_who_holds_it() -> None:
    """"Who is the mayor of Rheinfeld?" was refused: the only sentence naming her is a quote's attribution, little like
    the question (fjord set)."""
    text = ("Die Bahn fährt in 14 Minuten zum Hauptbahnhof, sagte Oberbürgermeisterin Claudia Hartmann.\n\n"
            "Die Strecke wird 6,8 Kilometer lang.\n")
    first, second = sentence_spans(text, 0)
    p = Passage(id="s#0", doc_id="s", text=text, title="Straßenbahn", section="", language="de", start=0,
                end=len(text), score=0.8, scores=Scores(coverage=0.3))
    r = Ranked(p, (SentenceScore(first.start, first.end, 0.77), SentenceScore(second.start, second.end, 0.76)))
    params = ComposerParams(min_score=0.8, cross_language_margin=0.0, bar_language_weight=0.0)
    a = compose(Composer(params), "Who is the mayor of Rheinfeld?", "en", [r], {"s": text})
    assert a.found and "Claudia Hartmann" in a.answer
    assert not compose(Composer(replace(params, role_bonus=0.0)), "Who is the mayor of Rheinfeld?", "en", [r],
                       {"s": text}).found
    # nor does any sentence with a name get it: the role's word must be there
    other = Ranked(p, (SentenceScore(second.start, second.end, 0.77),))
    assert not compose(Composer(params), "Who is the mayor of Rheinfeld?", "en", [other], {"s": text}).found


OBERAU = ("Oberau · Bildung\n\nMit 23 zu 8 Stimmen hat der Stadtrat von Oberau den Neubau der Lindenschule "
          "beschlossen.\n\nPlatz für 450 Kinder\n\nDie neue Grundschule bietet Platz für 450 Kinder. „Wir bauen "
          "nicht nur eine Schule“, sagte Bürgermeisterin Claudia Wendt (SPD).\n")


def test_a_role_no_passage_near_the_top_names_is_answered_from_the_topics_page() -> None:
    """"Who is the mayor of Oberau?" was refused: the page's only sentence naming her is a quote's attribution in a
    passage far down the ranking (parish set). The page the topic was found on is read for the sentence naming the
    role and a person, as its contact block is for a contact question."""
    cut = OBERAU.index("Platz für")
    top = Passage(id="o#0", doc_id="o", text=OBERAU[:cut].rstrip(), title="Stadtrat beschließt Neubau", section="",
                  language="de", start=0, end=len(OBERAU[:cut].rstrip()), score=0.82, scores=Scores(coverage=0.3))
    rest = Passage(id="o#1", doc_id="o", text=OBERAU[cut:], title="Stadtrat beschließt Neubau",
                   section="Platz für 450 Kinder", language="de", start=cut, end=len(OBERAU), score=0.7,
                   scores=Scores(coverage=0.3))
    top = replace(top, sentences=tuple((s.start, s.end) for s in sentence_spans(top.text, 0)))
    rest = replace(rest, sentences=tuple((s.start, s.end) for s in sentence_spans(rest.text, cut)))
    r = Ranked(top, tuple(SentenceScore(a, b, 0.85) for a, b in top.sentences))
    params = ComposerParams(min_score=0.8, cross_language_margin=0.0, bar_language_weight=0.0)
    c, texts = Composer(params), {"o": OBERAU}
    a = compose(c, "Who is the mayor of Oberau?", "en", [r], texts, [top, rest])
    assert a.found and "Claudia Wendt" in a.answer and a.citations[0].passage.id == "o#1"
    assert not compose(c, "Who is the mayor of Oberau?", "en", [r], texts).found  # no page to read: as before
    # not someone before or beside her, whom the page does not name; not a role the page does not name either
    assert not compose(c, "Who was mayor of Oberau before Claudia Wendt?", "en", [r], texts, [top, rest]).found
    assert not compose(c, "Who is the chair of the Oberau council?", "en", [r], texts, [top, rest]).found
    # and not where the passages near the top do not find the topic at all
    low = Ranked(top, tuple(SentenceScore(a, b, 0.5) for a, b in top.sentences))
    assert not compose(c, "Who is the mayor of Oberau?", "en", [low], texts, [top, rest]).found


@pytest.mark.parametrize(("question", "lang", "kinds"), [
    ("What is the unemployment rate in Koskela?", "en", {"rate"}),
    ("Wie hoch ist die Arbeitslosenquote?", "de", {"rate"}),
    ("Mikä on Koskelan työttömyysaste?", "fi", {"rate"}), ("Hvor høy er renten i Husbanken?", "no", {"rate"}),
    ("What is the hourly rate for home care?", "en", set()),  # an hourly rate is an amount's business
    ("How often is bulky waste collected?", "en", set()),  # not "w-aste"
])
def test_a_rate_asks_for_a_percentage(question: str, lang: str, kinds: set[str]) -> None:
    """"What is the unemployment rate in Vikhavn?" was answered with the light rail's length (valley set)."""
    assert required_types(question, lang) == kinds
    if kinds:
        assert answers_kind("Arbeitslosenquote liegt bei 4,2 Prozent.", False, kinds, False)
        assert not answers_kind("Kunnassa asuu 4 812 ihmistä.", False, kinds, False)


FEES = ("Hoitopalkkiot\n\n| Hoitoisuusluokka | Hoitopalkkio kuukaudessa |\n|---|---|\n"
        "| Luokka 1 | 487 euroa |\n| Luokka 2 | 720 euroa |\n| Luokka 3 | 1 020 euroa |\n")


def test_the_row_that_holds_the_number_the_question_names_answers() -> None:
    """"How much is the carer's fee in care category 1?" quoted the row of "Luokka 3 … 1 020 euroa" (valley set): the
    rows are alike in every word but the key, and "1 020" holds no 1."""
    p = Passage(id="f", doc_id="f", text=FEES, title="Omaishoito", section="Hoitopalkkiot", language="fi", start=0,
                end=len(FEES), score=0.9, scores=Scores())
    rows = [s for s in sentence_spans(FEES, 0) if FEES[s.start:s.end].startswith("| Luokka")]
    ranked = [Ranked(p, tuple(SentenceScore(s.start, s.end, v) for s, v in zip(rows, [0.797, 0.795, 0.800],
                                                                                   strict=True)))]
    c = Composer(ComposerParams(min_score=0.7))
    a = compose(c, "How much is the carer's fee in care category 1?", "en", ranked, {"f": FEES})
    assert a.found and "487 euroa" in a.answer and "1 020" not in a.answer
    # without a number the best-scored row answers
    assert "1 020" in compose(c, "How much is the carer's fee?", "en", ranked, {"f": FEES}).answer


@pytest.mark.parametrize(("question", "kinds"), [
    ("Hoeveel koeien staan er in de polder?", {"count"}),  # atlas set: answered with the polder's area
    ("Hoeveel nieuwe bomen worden er geplant?", {"count"}),  # an adjective before the plural
    ("Hoeveel subsidie krijg je voor een groen dak?", set()),  # how much: no plural after it
    ("Hoeveel kosten de kaartjes?", {"money"}),  # a verb in -en is no plural noun
    ("Hoeveel kost parkeren per uur?", {"money"}),
])
def test_dutch_hoeveel_counts_only_before_a_plural_noun(question: str, kinds: set[str]) -> None:
    """"Hoeveel" asks how many and how much; before a plural noun it asks for a count, which a sentence without a number
    of them does not answer."""
    assert required_types(question, "nl") == kinds


def test_a_sentence_much_less_likely_than_the_best_is_not_quoted_beside_it() -> None:
    # 2.5 log-odds, not 3.0 (2026-12-06: every written set kept every answer-term hit; 17 medians shorter)
    text = ("Samarbetet omfattar i dag arton kommuner i tre länder runt Östersjön och Nordsjön. "
            "Vädret var fint. "
            "Kansliet ligger sedan många år i Karlstad och har fyra anställda på heltid i huset.")
    ranked, texts = _one_passage(text, [0.95, 0.50, 0.875])
    q = "Berätta om det hela?"
    now = compose(Composer(ComposerParams(min_score=0.8, follow_chars=0)), q, "sv", _with_sentences(ranked), texts)
    assert now.found and "Kansliet" not in now.answer
    wider = compose(Composer(ComposerParams(min_score=0.8, follow_chars=0, span_margin=3.0)), q, "sv",
                    _with_sentences(ranked), texts)
    assert "Kansliet" in wider.answer


@pytest.mark.parametrize(("sentence", "only"), [
    ("Elever i 1. trinn som bor mer enn 2 kilometer fra skolen, har rett til gratis skoleskyss.", True),
    ("For elever i 2.–10. trinn er grensen 4 kilometer.", True),
    ("Järven pinta-ala on 38,5 neliökilometriä ja suurin syvyys 47 metriä.", True),
    ("A bin must not weigh more than 60kg.", True),
    ("De to skoler har tilsammen 143 elever.", False),
    ("Die Stadt hat 12.400 Einwohner und liegt 3 km vom Meer.", False),  # a count beside the measurement
    ("Hjemmeplejen besøger omkring 1.400 borgere.", False),  # a thousands dot is no ordinal
    ("Søknadsfristen er 1. mai.", False),  # a date holds no count to begin with
])
def test_a_measurement_or_an_ordinal_is_no_count(sentence: str, only: bool) -> None:
    assert measured_only(sentence) is only


def test_a_how_many_question_is_not_answered_by_a_distance_unless_it_counts_the_unit() -> None:
    """"Hvor mange elever får skoleskyss i Brekkestad?" (the page does not say) was answered by "Elever i 1. trinn som
    bor mer enn 2 kilometer fra skolen …": the sentence names pupils and holds numbers, but counts none (ledger set).
    A question that counts the unit is still answered by it."""
    c = Composer(ComposerParams(min_score=0.8))
    page = ("Elever i 1. trinn som bor mer enn 2 kilometer fra skolen, har rett til gratis skoleskyss. "
            "For elever i 2.–10. trinn er grensen 4 kilometer.")
    ranked, texts = _one_passage(page, [0.9, 0.88], "no")
    assert not compose(c, "Hvor mange elever får skoleskyss?", "no", ranked, texts).found
    route = "Kalliojärven ympäri kulkee 64 kilometriä pitkä pyöräilyreitti, joka avattiin vuonna 2021."
    ranked, texts = _one_passage(route, [0.9], "fi")
    a = compose(c, "Kuinka monta kilometriä pitkä pyöräilyreitti on?", "fi", ranked, texts)
    assert a.found and "64 kilometriä" in a.answer


@pytest.mark.parametrize(("sentence", "holds"), [
    ("Het geld staat uiterlijk in december op uw rekening.", True),  # ledger set: the answer held "no date"
    ("Das Geld kommt im Dezember.", True),
    ("Pengene udbetales i marts.", True),
    ("Rahat maksetaan joulukuussa.", True),  # Finnish names the month in its inessive
    ("U ontvangt binnen acht weken bericht.", False),
    ("Das Mai-Fest ist schön.", False),  # a month's name without a preposition is a word like any other
    ("Elevene får et personlig busskort.", False),
])
def test_a_month_named_alone_answers_when(sentence: str, holds: bool) -> None:
    question = "When will the caregiver appreciation money be paid in Zuiderveen?"  # its "in" is blanked
    assert type_match(answer_types(question), sentence, question) is holds


TOWNS = ("Tätorter\n\nEnligt SCB finns fem tätorter i kommunen:\n\n| Tätort | Invånare 2023 |\n|---|---|\n"
         "| Hallsta | 8 940 |\n| Lidbo | 1 215 |\n| Tuna | 863 |\n")


def test_a_table_row_counts_what_its_column_names_name() -> None:
    """"Hur många invånare hade tätorten Lidbo 2023?" was refused: the row "| Lidbo | 1 215 |" does not say
    "invånare", its column name does (longform set)."""
    rows = [s for s in sentence_spans(TOWNS, 0) if TOWNS[s.start:s.end].startswith("| ")
            and "Tätort |" not in TOWNS[s.start:s.end]]
    p = Passage(id="t", doc_id="x", text=TOWNS, title="Hallsta kommun", section="Tätorter", language="sv", start=0,
                end=len(TOWNS), score=0.9, scores=Scores())
    ranked = [Ranked(p, tuple(SentenceScore(r.start, r.end, v) for r, v in zip(rows, [0.84, 0.91, 0.83],
                                                                                strict=True)))]
    a = compose(Composer(ComposerParams(min_score=0.8)), "Hur många invånare hade tätorten Lidbo 2023?", "sv", ranked,
                {"x": TOWNS})
    assert a.found and "1 215" in a.answer and "8 940" not in a.answer
    # what the columns do not name is still not counted
    assert not compose(Composer(ComposerParams(min_score=0.8)), "Hur många elever hade Lidbo 2023?", "sv", ranked,
                       {"x": TOWNS}).found


@pytest.mark.parametrize(("question", "lang"), [
    ("How much does Eldfjord want to cut its greenhouse gas emissions by 2030?", "en"),
    ("How much have prices risen?", "en"),
    ("Hur mycket minskar elbussarna koldioxidutsläppen per år?", "sv"),
    ("Hvor mye skal utslippene reduseres?", "no"),
    ("Hvor meget er prisen steget?", "da"),
    ("Wie stark sind die Preise gestiegen?", "de"),
    ("Hoeveel is de uitstoot gedaald?", "nl"),
    ("Paljonko päästöt vähenivät?", "fi"),
])
def test_how_much_something_changes_asks_for_a_number_of_any_kind(question: str, lang: str) -> None:
    """"How much does Eldfjord want to cut its emissions by 2030?" asked for an amount of money and was answered
    with the plan's "250 millioner kroner"; the answer is a percentage ("med 55 prosent") or a quantity
    ("1 100 tonnia"), so any number answers and an amount is not required (longform set)."""
    kinds = required_types(question, lang)
    assert kinds == {"change"}
    for sentence in ("Kommunen skal redusere utslippene med 55 prosent innen 2030.",
                     "Sähköbussit vähentävät päästöjä noin 1 100 tonnia vuodessa."):
        assert answers_kind(sentence, False, kinds, False)
    assert not answers_kind("Kommunen skal redusere utslippene kraftig.", False, kinds, False)
    # a cost is still an amount
    assert required_types("How much does a ticket cost?", "en") == {"money"}
    assert required_types("Hvor mye koster det å ta med sykkel?", "no") == {"money"}


def test_a_name_the_best_page_lacks_is_looked_for_as_a_name_on_the_pages_found() -> None:
    """"Who is the mayor of Nørrebæk?" quoted an English network page's "deputy mayor of Aalborg", the page found
    first, before the Danish report that names Nørrebæk and its mayor (longform set). A word that only starts like
    the name ("romanen" for "Roman") does not count."""
    network = "The chair of the board is Kirsten Holm-Andersen, deputy mayor of Aalborg.\n"
    town = "Vi kan sørge for, at husene bliver tørre, siger borgmester Karen Thygesen i Nørrebæk.\n"

    def ranked_on(doc: str, text: str, score: float, lang: str) -> Ranked:
        p = Passage(id=f"{doc}#0", doc_id=doc, text=text, title=doc, section="", language=lang, start=0,
                    end=len(text), score=score, scores=Scores(coverage=1.0))
        return Ranked(p, tuple(SentenceScore(sp.start, sp.end, score) for sp in sentence_spans(text, 0)))

    c = Composer(ComposerParams(min_score=0.8))
    ranked = [ranked_on("network", network, 0.9, "en"), ranked_on("town", town, 0.86, "da")]
    a = compose(c, "Who is the mayor of Nørrebæk?", "en", ranked, {"network": network, "town": town})
    assert a.found and "Karen Thygesen" in a.answer and "Aalborg" not in a.answer
    novel = "Onkel Toms hytte var romanen som ble solgt i flest eksemplarer på 1800-tallet.\n"
    venus = "Planeten er oppkalt etter Venus, den romerske gudinnen for kjærlighet.\n"
    ranked = [ranked_on("venus", venus, 0.9, "no"), ranked_on("novel", novel, 0.89, "no")]
    a = compose(c, "What is the name of the Roman goddess of love?", "en", ranked, {"venus": venus, "novel": novel})
    assert a.found and "Venus" in a.answer


@pytest.mark.parametrize(("question", "lang", "person"), [
    ("Who was mayor of Harrowfield before Priya Nair?", "en", {"priya", "nair"}),
    ("Hvem etterfulgte Ragnhild Voll som ordfører?", "no", {"ragnhild", "voll"}),
    ("Vem var Ingrid Malmsten gift med?", "sv", {"ingrid", "malmsten"}),
    ("Vem var fyrmästare efter Jens Peter Kragh?", "sv", {"jens", "peter", "kragh"}),
    ("Who is the mayor of Harrowfield?", "en", set()),  # no person named
    ("Who is Priya Nair?", "en", set()),  # no relative asked for: who she is
    ("When did Priya Nair become mayor after the election?", "en", set()),  # no who-question
])
def test_the_person_a_question_asks_a_relative_of(question: str, lang: str, person: set[str]) -> None:
    assert relative_of(question, lang) == person


def test_someone_before_after_or_married_to_a_named_person_is_another_person() -> None:
    """"Who was mayor of Trondheim before Ragnhild Voll?" quoted her biography's opening sentence, which names her
    alone (longform set); the sentence that answers names another person."""
    q = "Who was mayor of Trondheim before Ragnhild Voll?"
    lead = "Ragnhild Voll (født 4. februar 1947, død 19. august 2021) var en norsk politiker og lærer."
    assert not names_another(lead, q)
    assert names_another("Hun etterfulgte Marvin Wiseth (Høyre).", q)
    assert not names_another("Since May 2023 the mayor has been Cllr. Dr. Priya Nair.",
                             "Who was mayor of Harrowfield before Priya Nair?")  # a month is no name
    assert names_another("Hon gifte sig 1946 med läkaren Per Hallberg.", "Who was Ingrid Hallberg married to?")
    # a role German writes with a capital is no name: "… sagte Bürgermeisterin Claudia Wendt" names her alone (parish
    # set: "Who was mayor of Oberau before Claudia Wendt?" quoted it); where the language is not known, as before
    said = "„Wir bauen nicht nur eine Schule“, sagte Bürgermeisterin Claudia Wendt (SPD)."
    assert not names_another(said, "Who was mayor of Oberau before Claudia Wendt?", "de")
    assert names_another(said.replace("Claudia", "Petra"), "Who was mayor of Oberau before Claudia Wendt?", "de")
    assert names_another(said, "Who was mayor of Oberau before Claudia Wendt?")
    assert names_another("Hon gifte sig 1946 med läkaren Per Hallberg.", "Who was Ingrid Hallberg married to?", "sv")
    # composed: "Who was she married to?" over her opening sentence (most similar) and the one naming her husband
    q = "Who was Ragnhild Voll married to?"
    text = f"{lead} Hun var fra 1971 gift med adjunkt Arne Solberg (1945–2015).\n"
    p = Passage(id="v", doc_id="v", text=text, title="Ragnhild Voll", section="", language="no", start=0,
                end=len(text), score=0.9, scores=Scores())
    spans = sentence_spans(text, 0)
    ranked = [Ranked(p, (SentenceScore(spans[0].start, spans[0].end, 0.92), SentenceScore(spans[1].start,
                                                                                          spans[1].end, 0.85)))]
    a = compose(Composer(ComposerParams(min_score=0.8)), q, "en", ranked, {"v": text})
    assert a.found and "Arne Solberg" in a.answer and "1947" not in a.answer
    # the page naming her alone does not answer
    only = [Ranked(p, ranked[0].sentences[:1])]
    assert not compose(Composer(ComposerParams(min_score=0.8)), q, "en", only, {"v": text}).found


def test_a_role_named_in_the_sentence_before_a_pronoun_sentence_counts_for_it() -> None:
    """"… ble hun valgt til ordfører i Trondheim. Hun etterfulgte Marvin Wiseth (Høyre)." answers "Who was mayor of
    Trondheim before Ragnhild Voll?": the role asked in another language is named in the sentence before the one
    that goes on about her (longform set; it was refused for want of "ordfører")."""
    text = "Etter kommunevalget i 1991 ble hun valgt til ordfører i Trondheim. Hun etterfulgte Marvin Wiseth (Høyre).\n"
    p = Passage(id="v", doc_id="v", text=text, title="Ragnhild Voll", section="", language="no", start=0,
                end=len(text), score=0.9, scores=Scores())
    spans = sentence_spans(text, 0)
    ranked = [Ranked(p, (SentenceScore(spans[0].start, spans[0].end, 0.86), SentenceScore(spans[1].start,
                                                                                          spans[1].end, 0.9)))]
    q = "Who was mayor of Trondheim before Ragnhild Voll?"
    a = compose(Composer(ComposerParams(min_score=0.8)), q, "en", ranked, {"v": text})
    assert a.found and "Marvin Wiseth" in a.answer
    # a sentence that does not refer back takes no role from the one before it
    other = "Etter kommunevalget i 1991 ble hun valgt til ordfører i Trondheim. Partiet fikk Marvin Wiseth (Høyre).\n"
    spans = sentence_spans(other, 0)
    p2 = replace(p, text=other, end=len(other))
    ranked = [Ranked(p2, (SentenceScore(spans[0].start, spans[0].end, 0.86), SentenceScore(spans[1].start,
                                                                                           spans[1].end, 0.9)))]
    assert not compose(Composer(ComposerParams(min_score=0.8)), q, "en", ranked, {"v": other}).found


@pytest.mark.parametrize(("question", "lang", "deputy"), [
    ("Vem är kommunstyrelsens vice ordförande i Åsbacka?", "sv", True),
    ("Who is the deputy mayor of Lindeskog?", "en", True),
    ("Hvem er varaordfører i Lindeskog?", "no", True),
    ("Wer ist der stellvertretende Bürgermeister von Birkenbach?", "de", True),
    ("Kuka on kaupunginhallituksen varapuheenjohtaja?", "fi", True),
    ("Vem är kommunstyrelsens ordförande i Åsbacka?", "sv", False),
    ("How much does the deputy mayor earn?", "en", False),  # no who-question
    ("Mikä on varaus?", "fi", False),  # "vara…" is no deputy in every word
])
def test_a_who_question_asking_for_a_deputy(question: str, lang: str, deputy: bool) -> None:
    assert asks_deputy(question, lang) is deputy


def test_a_deputy_asked_for_is_not_answered_by_the_holder_of_the_role() -> None:
    """"Vem är kommunstyrelsens vice ordförande i Åsbacka?" quoted "Kommunstyrelsens ordförande Mats Engström …"
    (minutes set); a sentence naming the deputy in any language answers."""
    holder = "Kommunstyrelsens ordförande Mats Engström (S) svarar att bygget startar under hösten.\n"
    ranked, texts = _one_passage(holder, [0.9])
    c = Composer(ComposerParams(min_score=0.8))
    assert not compose(c, "Vem är kommunstyrelsens vice ordförande i Åsbacka?", "sv", ranked, texts).found
    assert compose(c, "Vem är kommunstyrelsens ordförande i Åsbacka?", "sv", ranked, texts).found
    deputy = "Varaordfører Per Haugen ledet møtet i denne saken.\n"
    ranked, texts = _one_passage(deputy, [0.9], lang="no")
    a = compose(c, "Who is the deputy mayor of Lindeskog?", "en", ranked, texts)
    assert a.found and "Per Haugen" in a.answer


def test_the_sentence_holding_the_kind_asked_for_replaces_the_last_quotes_when_the_answer_would_run_long() -> None:
    """"Milloin uusi sivistysjohtaja aloittaa?" quoted three sentences about the post's applicants and the choice,
    and "Virka alkaa 1.5.2026." three sentences further on was left out (minutes set)."""
    text = ("Sivistysjohtajan virkaa haki määräaikaan mennessä 17 henkilöä ympäri Suomea ja myös ulkomailta. "
            "Haastatteluihin kutsuttiin neljä hakijaa, joista kaksi kutsuttiin vielä soveltuvuusarviointiin. "
            "Kaupunginhallitus valitsi sivistysjohtajan virkaan kasvatustieteen maisteri Laura Niskasen. "
            "Virka alkaa 1.5.2026.\n")
    ranked, texts = _one_passage(text, [0.86, 0.85, 0.85, 0.80], lang="fi")
    a = compose(Composer(ComposerParams(min_score=0.75, answer_chars=260)), "Milloin uusi sivistysjohtaja aloittaa?",
                "fi", _with_sentences(ranked), texts)
    assert a.found and "1.5.2026" in a.answer and "17 henkilöä" in a.answer
    assert len(a.answer) <= 2 * 260


def test_a_swedish_round_figure_in_words_is_a_count() -> None:
    """"Ett fyrtiotal knallar säljer hantverk" (about forty) answers how many traders sell at the Easter market (events
    set); it held no number, and a page with "45 kramen" answered instead. "Antal" is no such word."""
    assert answers_kind("Ett fyrtiotal knallar säljer hantverk, godis och påskris.", False, {"count"}, False)
    assert answers_kind("Ett hundratal besökare kom till mässan.", False, {"count"}, False)
    assert not answers_kind("Antalet knallar har ökat i år.", False, {"count"}, False)



@pytest.mark.parametrize(("question", "lang"), [
    ("Hvad er Egebjerg Forsynings vagttelefon?", "da"),
    ("Vad har jourtelefonen för nummer?", "sv"),
    ("Wie erreiche ich das Bürgertelefon?", "de"),
    ("Wat is het nummer van de servicetelefoon?", "nl"),
    ("Mikä on päivystyspuhelimen numero?", "fi"),
    ("What is the council's helpline?", "en"),
])
def test_a_compound_of_phone_asks_for_contact(question: str, lang: str) -> None:
    """"Hvad er Egebjerg Forsynings vagttelefon?" was answered with the press contact's sentence: "vagttelefon" did
    not ask for a phone, so the sentence with the number was no candidate (notices set)."""
    assert asks_for_contact(question, lang)


def test_a_deadline_beside_a_phone_number_answers_when() -> None:
    """"Until when can I order a mobile polling officer?" is answered by the sentence that says until when, though it
    gives the number to call too; a sentence with a phone number still answers no question that asks for no date,
    amount or contact (notices set)."""
    text = ("Du kan också beställa ambulerande röstmottagare, som kommer hem till dig. "
            "Ambulerande röstning beställs senast fredagen den 11 september klockan 12 på telefon 0523-61 40 00.")
    ranked, texts = _one_passage(text, [0.843, 0.85])
    c = Composer(ComposerParams(min_score=0.8, follow_chars=0))
    a = compose(c, "Until when can I order a mobile polling officer to come to my home?", "en",
                _with_sentences(ranked), texts)
    assert a.found and "11 september" in a.answer
    other = compose(c, "Can a mobile polling officer come to my home?", "en", _with_sentences(ranked), texts)
    assert "0523-61" not in other.answer


SITES = ("Waar en wanneer?\n\n| Locatie | Adres | Openingstijden |\n|---|---|---|\n"
         "| Geldermalsen | Sporthal De Plantage, Plantageweg 2 | maandag t/m vrijdag 9.00–16.30 |\n"
         "| Culemborg | GGD-kantoor, Triangel 40 | dinsdag en donderdag 13.00–20.00 |\n"
         "| Leerdam | Dorpshuis De Linde, Kerkstraat 15 | zaterdag 10 en 24 oktober, 9.00–14.00 |\n")


def test_the_row_that_names_the_place_asked_about_answers() -> None:
    """"Where is the vaccination location in Leerdam?" quoted the row of Geldermalsen, scored a little higher: rows
    alike in every word but the place (notices set)."""
    p = Passage(id="g", doc_id="g", text=SITES, title="Griepprik", section="Waar en wanneer?", language="nl",
                start=0, end=len(SITES), score=0.9, scores=Scores())
    rows = [s for s in sentence_spans(SITES, 0) if SITES[s.start:s.end].startswith("| ") and "Locatie" not in
            SITES[s.start:s.end] and "---" not in SITES[s.start:s.end]]
    ranked = [Ranked(p, tuple(SentenceScore(s.start, s.end, v) for s, v in zip(rows, [0.812, 0.795, 0.798],
                                                                                   strict=True)))]
    c = Composer(ComposerParams(min_score=0.7))
    a = compose(c, "Where is the vaccination location in Leerdam?", "en", ranked, {"g": SITES})
    assert a.found and "Dorpshuis De Linde" in a.answer and "Plantage" not in a.answer
    assert "Plantage" in compose(c, "Where is the vaccination location?", "en", ranked, {"g": SITES}).answer


def test_a_duration_counts_nothing_a_how_many_question_asks_about() -> None:
    """"Wie viele Haushalte sind von der Sperrung betroffen?" was answered by "Die Baufirma informiert die betroffenen
    Haushalte zwei Tage vorher …", whose only number counts days (notices set); a measure in a number word too."""
    assert measured_only("Die Baufirma informiert die betroffenen Haushalte zwei Tage vorher mit einem Handzettel.")
    assert measured_only("Bussen kommer fem minutter senere til skolen.")
    assert not measured_only("Rund 340 Haushalte waren betroffen, zwei Tage lang.")
    text = "Die Baufirma informiert die betroffenen Haushalte zwei Tage vorher mit einem Handzettel."
    ranked, texts = _one_passage(text, [0.9], lang="de")
    c = Composer(ComposerParams(min_score=0.8))
    assert not compose(c, "Wie viele Haushalte sind von der Sperrung betroffen?", "de", ranked, texts).found
    # a question that counts the unit itself is answered by it, after an adjective too ("How many extra days do parents
    # of twins get?" is answered by "… får ni 180 dagar extra", agency set)
    assert compose(c, "Wie viele Tage vorher werden die Haushalte informiert?", "de", ranked, texts).found
    twins, texts = _one_passage("Om ni får tvillingar får ni 180 dagar extra.", [0.9])
    assert compose(c, "Hur många extra dagar får föräldrar till tvillingar?", "sv", twins, texts).found


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Etwa jeder siebte Erwachsene im Kreis Wittenau ist betroffen.", "de"),
    ("Ungefär vart tjugonde barn får någon gång en feberkramp.", "sv"),
    ("Omkring hver tredje opringning endte med et råd om at blive hjemme.", "da"),
    ("Halvparten av innbyggerne bor i sentrum.", "no"),
    ("Joka seitsemäs aikuinen kärsii siitepölyallergiasta.", "fi"),
    ("Eén op de vijf inwoners is ouder dan 65.", "nl"),
    ("One in seven adults has hay fever.", "en"),
])
def test_a_share_in_words_answers_a_question_asking_for_a_share(sentence: str, lang: str) -> None:
    """"Hur stor andel av de vuxna i Wittenau har hösnuva?" was refused: "Etwa jeder siebte Erwachsene im Kreis
    Wittenau ist betroffen" holds no percentage (care set)."""
    assert required_types("Hur stor andel av de vuxna i Wittenau har hösnuva?", "sv") == {"share"}
    assert answers_kind(sentence, False, {"share"})
    assert not answers_kind("Heuschnupfen ist eine allergische Reaktion auf Blütenpollen.", False, {"share"})


@pytest.mark.parametrize(("question", "lang", "contact"), [
    ("Hur lång var den genomsnittliga väntetiden i telefonen 2025?", "sv", False),
    ("Hvor lang er ventetiden på telefonen?", "no", False),
    ("How long was the average waiting time on the phone?", "en", False),
    ("Wie lange wartet man am Telefon?", "de", False),
    ("Kuinka kauan puhelimessa joutuu odottamaan?", "fi", False),
    ("Vilket är jourtelefonens nummer?", "sv", True),
    ("Mikä on päivystyspuhelimen numero?", "fi", True),
    ("What is the phone number of the library?", "en", True),
    # a phone line's hours asked for: a when-question, however its name ends
    ("Hvornår har Akuttelefonen 1813 åbent?", "da", False),
    # "the number of the team" is its phone number, "the number of pupils" a count
    ("What is the number of the emergency duty team?", "en", True),
    ("What is the number of pupils at the school?", "en", False),
])
def test_the_phone_as_the_medium_or_a_when_question_asks_for_no_contact(question: str, lang: str,
                                                                         contact: bool) -> None:
    """"Hur lång var den genomsnittliga väntetiden i telefonen 2025?" and "Hvornår har Akuttelefonen 1813 åbent?" were
    answered with the page's contact block; "What is the number of the emergency duty team?" was refused as a count
    question (care set)."""
    assert asks_for_contact(question, lang) is contact
    if "number of the" in question:
        assert required_types(question, lang) == set()


def test_asked_when_the_hours_beside_the_number_to_call_answer() -> None:
    """A when-question asks for no contact, but a sentence with a phone number still answers it with the hours beside
    the number (borough set: "Milloin kotihoidon palveluohjaukseen voi soittaa?")."""
    text = ("Kotihoito on tarkoitettu henkilöille, jotka tarvitsevat apua päivittäisissä toimissa. "
            "Palveluohjaus palvelee arkisin kello 9–11 numerossa 040 612 3300.")
    ranked, texts = _one_passage(text, [0.85, 0.90], lang="fi")
    c = Composer(ComposerParams(min_score=0.8, follow_chars=0))
    a = compose(c, "Milloin kotihoidon palveluohjaukseen voi soittaa?", "fi", _with_sentences(ranked), texts)
    assert a.found and "kello 9–11" in a.answer


@pytest.mark.parametrize(("question", "lang"), [
    ("Hoe vaak worden de tarieven voor kinderopvang in Koivula herzien?", "nl"),
    ("How often are the fees for childcare reviewed?", "en"),
    ("Wie oft werden die Gebühren angepasst?", "de"),
    ("Hur ofta höjs avgiften?", "sv"),
])
def test_how_often_asks_for_a_frequency_not_an_amount(question: str, lang: str) -> None:
    """"Hoe vaak worden de tarieven … herzien?" names fees but asks how often: it was refused for want of an amount,
    and "… ne tarkistetaan joka toinen vuosi" answers it (schools set)."""
    assert required_types(question, lang) == set()
    assert "date" not in answer_types(question)  # "hver uge" answers it; a date would be preferred (events set)


@pytest.mark.parametrize(("question", "lang"), [
    ("What is the early childhood education fee in Koivula based on?", "en"),
    ("Mihin varhaiskasvatusmaksu perustuu?", "fi"),
    ("Wovon hängt die Gebühr ab?", "de"),
    ("Hva avhenger prisen for SFO av?", "no"),
    ("Hur beräknas avgiften för hemtjänst?", "sv"),
    ("Hvad afhænger prisen af?", "da"),
    ("Waar hangt de eigen bijdrage van af?", "nl"),
])
def test_what_a_fee_depends_on_asks_for_no_amount(question: str, lang: str) -> None:
    """"What is the … fee in Koivula based on?" was refused for want of an amount; "Varhaiskasvatuksen maksu määräytyy
    perheen koon, perheen bruttotulojen …" answers it (schools set). The packs' `basis_cues`."""
    assert "money" in required_types("What is the early childhood education fee in Koivula?", "en")
    assert required_types(question, lang) == set()


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Ring 112 om barnet har svårt att andas.", False),
    ("Utenom åpningstiden kan du ringe legevakten på telefon 116 117.", False),
    ("Vaksinasjonskontoret tilbyr TBE-vaksine på drop-in onsdager kl. 12–15.", False),
    ("Kiireellistä hoitoa annetaan arkisin klo 8–14.", False),
    ("Call 999 in an emergency.", False),
    # every pack's `call_words` and `clock_words`
    ("Ring tlf. 70 20 30 40 ved spørgsmål.", False),
    ("Im Notfall wählen Sie 112.", False),
    ("Bel 088 555 2200 voor een afspraak.", False),
    ("Soita numeroon 116 117.", False),
    ("Legevakten åpner klokka 15.", False),
    ("Kommunen har 14 valdistrikt.", True),
    ("Vi ringer 250 hushåll i veckan.", True),
    ("Lessons are given at 15 schools.", True),
])
def test_a_number_to_call_or_a_time_of_day_counts_nothing(sentence: str, counts: bool) -> None:
    """"Hur många barn föds varje år i Region Västmark?" was answered by "Ring 112 om barnet har svårt att andas." and
    "How many people in Lindvik got borreliosis last year?" by the vaccination office's "kl. 12–15" (care set)."""
    assert answers_kind(sentence, False, {"count"}) is counts


HAP = ("Wanneer bel ik de huisartsenpost?\n\nDe huisartsenpost Waalrand is er voor spoedeisende zorg die niet kan "
       "wachten tot uw eigen huisarts weer open is.\n\nAltijd eerst bellen\n\nKom nooit zonder afspraak naar de "
       "huisartsenpost. Bel eerst 088 555 2200.\n\nKlachten en contact\n\nBent u niet tevreden? Neem dan contact op "
       "met onze klachtenfunctionaris, Ingrid van der Meer, via klachten@hapwaalrand.nl.\n")


def test_a_contact_question_asking_for_a_number_is_answered_from_the_block_with_one() -> None:
    """"Welk nummer bel je voor de huisartsenpost Waalrand?" was answered with the complaints officer's e-mail address,
    the page's last block with an address (care set); asked for an e-mail address, that block still answers."""
    cuts = [0, HAP.index("Altijd"), HAP.index("Klachten"), len(HAP)]
    ps = [Passage(id=f"h#{i}", doc_id="h", text=HAP[a:b].rstrip(), title="Huisartsenpost", section="", language="nl",
                  start=a, end=a + len(HAP[a:b].rstrip())) for i, (a, b) in enumerate(itertools.pairwise(cuts))]
    first = ps[0]
    spans = [s for s in sentence_spans(first.text, 0) if "spoedeisende" in first.text[s.start:s.end]]
    r = Ranked(first.with_score(0.9, Scores(coverage=1.0)), (SentenceScore(spans[0].start, spans[0].end, 0.9),))
    c = Composer(ComposerParams(min_score=0.5))
    a = compose(c, "Welk nummer bel je voor de huisartsenpost Waalrand?", "nl", [r], {"h": HAP}, ps)
    assert "088 555 2200" in a.answer and "klachten@" not in a.answer
    mail = compose(c, "Wat is het e-mailadres van de huisartsenpost?", "nl", [r], {"h": HAP}, ps)
    assert "klachten@hapwaalrand.nl" in mail.answer


HEAT = ("Hitzetelefon\n\nÄltere Menschen, die allein leben, können sich für das Hitzetelefon anmelden. Anmeldung beim "
        "Seniorenbüro unter 06421 908-455.\n\nAnsprechpartner\n\nKlimaanpassungsmanagerin der Stadt ist Dr. Lena "
        "Hartmann, Telefon 06421 908-310.\n")


def test_a_number_quoted_after_the_best_sentence_answers_the_contact_question() -> None:
    """The number to register for the heat telephone was quoted after the sentence naming it, yet the page's last
    block with a number (the climate manager's) answered, since only the first quoted sentence was looked at (climate
    set)."""
    cut = HEAT.index("Ansprechpartner")
    ps = [Passage(id="h#0", doc_id="h", text=HEAT[:cut].rstrip(), title="Hitzeschutz", section="Hitzetelefon",
                  language="de", start=0, end=len(HEAT[:cut].rstrip())),
          Passage(id="h#1", doc_id="h", text=HEAT[cut:].rstrip(), title="Hitzeschutz", section="Ansprechpartner",
                  language="de", start=cut, end=cut + len(HEAT[cut:].rstrip()))]
    first = ps[0]
    spans = [s for s in sentence_spans(first.text, 0) if first.text[s.start:s.end] != "Hitzetelefon"]
    r = Ranked(first.with_score(0.9, Scores(coverage=1.0)),
               (SentenceScore(spans[0].start, spans[0].end, 0.9), SentenceScore(spans[1].start, spans[1].end, 0.89)))
    a = compose(Composer(ComposerParams(min_score=0.5)),
                "Unter welcher Nummer meldet man sich für das Hitzetelefon an?", "de", [r], {"h": HEAT}, ps)
    assert "908-455" in a.answer and "908-310" not in a.answer


@pytest.mark.parametrize(("sentence", "code", "measured"), [
    ("Om bussen inte kommit inom 20 minuter ska eleven gå hem eller kontakta skolan.", "sv", True),
    ("Elva renner gjennom bygda i 20 kilometer.", "no", True),
    ("Onze school ligt 3 kilometer van het centrum.", "nl", True),
    ("Eleven pupils walk 3 kilometres to school.", "en", False),
])
def test_number_words_count_in_their_own_language_only(sentence: str, code: str, measured: bool) -> None:
    """Swedish "eleven" is the pupil, Norwegian "elva" the river and Dutch "onze" our: as English and French number
    words they made "How many pupils use school transport in Älvby?" answered by a sentence that counts minutes
    (schools set)."""
    assert measured_only(sentence, code) is measured


def test_passages_not_naming_their_page_s_scope_are_the_ones_lifted() -> None:
    """A name the page says throughout (or as its site) is its scope, and the passages that do not repeat it are scored
    without it (`spans.features`' `lifted`); a name said once, or heading a section, is what that passage is about."""
    from assistant.answer.extractive import _unnamed_passages

    def ranked_page(doc: str, parts: list[tuple[str, str]], site: str = "") -> tuple[list[Ranked], str]:
        text, out, at = "", [], 0
        for i, (section, body) in enumerate(parts):
            chunk = f"{section}\n\n{body}"
            out.append(Ranked(Passage(id=f"{doc}#{i}", doc_id=doc, text=chunk, title="Anmeldung und Gebühren",
                                      section=section, language="de", start=at, end=at + len(chunk), site=site), ()))
            text += chunk + "\n\n"
            at += len(chunk) + 2
        return out, text

    q = "Until when can I cancel a course at the Volkshochschule Lindenau free of charge?"
    ranked, text = ranked_page("vhs", [
        ("Anmeldung", "Die Volkshochschule Lindenau bietet rund 350 Kurse an."),
        ("Rücktritt", "Ein Rücktritt ist bis sieben Tage vor Kursbeginn kostenlos.")], site="Volkshochschule Lindenau")
    assert _unnamed_passages(q, "en", ranked, {"vhs": text}) == {"vhs#1"}
    # said once, without a site: a detail of the one passage that says it
    assert _unnamed_passages(q, "en", [replace(r, passage=replace(r.passage, site="")) for r in ranked],
                             {"vhs": text}) == frozenset()
    # heading a section: that section is about it, the others about other things
    headed, text = ranked_page("net", [
        ("Volkshochschule Lindenau", "Die Volkshochschule Lindenau bietet rund 350 Kurse an."),
        ("Musikschule", "Die Musikschule wurde 1999 gegründet.")], site="Volkshochschule Lindenau")
    assert _unnamed_passages(q, "en", headed, {"net": text}) == frozenset()


@pytest.mark.parametrize(("sentence", "code", "measured"), [
    ("Rakennustöiden on tarkoitus alkaa keväällä 2026.", "fi", True),
    ("Bussit otetaan käyttöön elokuussa 2026.", "fi", True),
    ("Ved utgangen av 2025 hadde kulturskolen 412 elever.", "no", False),
    ("Inwoners: 2.640 (1 januari 2024)", "nl", False),
    ("The park had 2 015 visitors in 2024.", "en", False),
])
def test_a_year_counts_nothing(sentence: str, code: str, measured: bool) -> None:
    """"How many passengers travelled on Jokilaakso's buses last year?" (unanswerable) was answered by when the buses
    start, "… elokuussa 2026 …", its only number a year (civic set); a head count beside a year still counts."""
    assert measured_only(sentence, code) is measured


@pytest.mark.parametrize(("sentence", "code", "counts"), [
    ("Den nye strekningen skal få ni holdeplasser.", "no", True),
    ("Kommunen har to svømmehaller.", "no", True),
    ("Der er ti pladser tilbage.", "da", True),
    ("Ni kan ansöka om bidrag hos kommunen.", "sv", False),  # Swedish "ni" is "you"
    ("You can apply to the council.", "en", False),
])
def test_norwegian_and_danish_small_numbers_count_in_their_own_language(sentence: str, code: str,
                                                                         counts: bool) -> None:
    """"How many stops will the new line have?" is answered by "… skal få ni holdeplasser …" (valley set): "to", "ni"
    and "ti" are numbers in a Norwegian or Danish sentence, and in no other language's."""
    assert answers_kind(sentence, False, {"count"}, True, code) is counts


ZONES = ("Affaldskalender\n\nZone 2 – Skovby syd\n\nPlast, metal og glas: onsdag i uge 3, 7, 11, 15 osv.\n\n"
         "Zone 3 – Lyngå\n\nPapir og pap: torsdag i uge 2, 6, 10, 14 osv.\n"
         "Plast, metal og glas: torsdag i uge 4, 8, 12, 16 osv.\n")


def test_the_item_a_question_names_by_its_number_is_the_only_one_quoted() -> None:
    """Each zone of a waste calendar has its own section and days: "When is plastic, metal and glass collected in zone
    2?" quoted zone 3's and zone 4's days after zone 2's, alike in every word but the day (events set). Zone 3's
    "uge 2" says nothing of zone 2: the number is looked for where the best sentence has it, its section."""
    text = ZONES

    def zone(n: int, score: float, scores: list[float]) -> Ranked:
        start = text.index(f"Zone {n}")
        end = text.find("\n\nZone", start + 1)
        end = len(text) if end < 0 else end
        p = Passage(id=f"z#{n}", doc_id="z", text=text[start:end], title="Affaldskalender", section=text[
            start:text.index("\n", start)], language="da", start=start, end=end, score=scores[0],
                    scores=Scores(coverage=1.0))
        spans = [s for s in sentence_spans(p.text, start) if not text[s.start:s.end].startswith("Zone")]
        return Ranked(p, tuple(SentenceScore(s.start, s.end, v) for s, v in zip(spans, scores, strict=False)))

    r = [zone(2, 0.9, [0.9]), zone(3, 0.89, [0.895, 0.895])]
    # (a wide margin: every sentence is about as likely to answer, as they were on the page)
    a = compose(Composer(ComposerParams(min_score=0.8, span_margin=0.5, answer_chars=2000)),
                "When is plastic, metal and glass collected in zone 2?", "en", r, {"z": text})
    assert a.found and "onsdag" in a.answer and "torsdag" not in a.answer


def test_a_why_question_answered_by_a_consequence_quotes_the_reason_before_it() -> None:
    """"Hvorfor kan det være vanskelig å forutse …?" was answered "Derfor kan det være vanskelig å forutsi …", which
    opens its passage; the reason is the last sentence of the page's passage before it (NorQuAD)."""
    head = "Klima\n\n"
    one = "Tilbakekobling er en prosess. Noen tilbakekoblinger virker isolert, mens andre er nært forbundet."
    two = "Derfor kan det være vanskelig å forutsi hvor mye en prosess bidrar. Havet tar opp varme."
    text = f"{head}{one}\n{two}"
    a0, b0 = len(head), len(head) + len(one)
    first = Passage(id="p1", doc_id="k", text=one, title="Klima", section="", language="no", start=a0, end=b0,
                    score=0.85, scores=Scores(), sentences=tuple((s.start, s.end) for s in sentence_spans(one, a0)))
    s2 = sentence_spans(two, b0 + 1)
    second = Passage(id="p2", doc_id="k", text=two, title="Klima", section="", language="no", start=b0 + 1,
                     end=len(text), score=0.9, scores=Scores(), sentences=tuple((s.start, s.end) for s in s2))
    ranked = [Ranked(second, (SentenceScore(s2[0].start, s2[0].end, 0.95), SentenceScore(s2[1].start, s2[1].end,
                                                                                           0.80)))]
    c = Composer(ComposerParams(min_score=0.8, follow_chars=0))
    a = compose(c, "Hvorfor kan det være vanskelig å forutsi hvor mye en prosess bidrar?", "no", ranked, {"k": text},
                [first, second])
    assert a.answer.startswith("Noen tilbakekoblinger virker isolert") and "Derfor kan det" in a.answer
    assert {x.passage.id for x in a.citations} == {"p1", "p2"}
    # asked what, not why, the consequence alone answers
    a = compose(c, "Hva kan være vanskelig å forutsi?", "no", ranked, {"k": text}, [first, second])
    assert a.answer.startswith("Derfor kan det")


def test_an_open_question_quotes_the_reason_after_the_sentence_that_echoes_it() -> None:
    """"Hvordan ble polakker den største innvandrergruppen i Norge?" quoted only the echo; the sentence after it,
    "Dette skyldes i stor grad at …", is the answer, and both together run past `follow_chars` (NorQuAD)."""
    text = ("Fra 1. januar 2008 har polakker utgjort den største innvandrergruppen. Dette skyldes i stor grad at "
            "polske statsborgere fikk del i bevegelsesfriheten da Polen ble medlem av EU. Mange bor i Oslo.")
    ranked, texts = _one_passage(text, [0.95, 0.85, 0.80], lang="no")
    c = Composer(ComposerParams(min_score=0.8, follow_chars=100, span_margin=0.0))
    a = compose(c, "Hvordan ble polakker den største innvandrergruppen i Norge?", "no", _with_sentences(ranked), texts)
    assert "bevegelsesfriheten" in a.answer and "Oslo" not in a.answer
    # a follower that gives no reason stays out past `follow_chars`
    plain = text.replace("Dette skyldes i stor grad at", "I tillegg har")
    ranked, texts = _one_passage(plain, [0.95, 0.85, 0.80], lang="no")
    a = compose(c, "Hvordan ble polakker den største innvandrergruppen i Norge?", "no", _with_sentences(ranked), texts)
    assert "bevegelsesfriheten" not in a.answer


def test_a_link_line_is_never_quoted_beside_the_answer() -> None:
    """"Växjö kommun antog en klimatanpassningsplan redan april 2013. Mer information om Mayors Adapt på Mayors
    Adapts webbplats." (default set): the follower rule, and the near-best sentences, quoted the page's link line."""
    text = ("Växjö kommun antog en klimatanpassningsplan redan april 2013. "
            "Mer information om Mayors Adapt på Mayors Adapts webbplats. "
            "Planen omfattar skyfall och värmeböljor.")
    ranked, texts = _one_passage(text, [0.95, 0.90, 0.80], lang="sv")
    c = Composer(ComposerParams(min_score=0.8, follow_chars=200, span_margin=1.0))
    a = compose(c, "När antog Växjö en klimatanpassningsplan?", "sv", _with_sentences(ranked), texts)
    assert "2013" in a.answer and "Mer information" not in a.answer
    # a link line with a phone number is a contact, quoted for a contact question
    contact = text.replace("på Mayors Adapts webbplats", "hos Anna Berg, telefon 0470-41 000")
    ranked, texts = _one_passage(contact, [0.95, 0.90, 0.80], lang="sv")
    a = compose(c, "Vem kan jag kontakta om klimatanpassningsplanen i Växjö?", "sv", _with_sentences(ranked), texts)
    assert "0470-41 000" in a.answer
    # an ordinary sentence after the best one is still quoted
    plain = text.replace("Mer information om Mayors Adapt på Mayors Adapts webbplats.", "Den gäller till 2030.")
    ranked, texts = _one_passage(plain, [0.95, 0.90, 0.80], lang="sv")
    a = compose(c, "När antog Växjö en klimatanpassningsplan?", "sv", _with_sentences(ranked), texts)
    assert "2030" in a.answer


@pytest.mark.parametrize("text, code, pointer", [
    ("Mer information om Borgmästaravtalet på Borgmästaravtalets webbplats.", "sv", True),
    ("Les flere saker her.", "no", True),
    ("Read more about the scheme on our website.", "en", True),
    ("Meer informatie en aanmelden via de website van European Social Network.", "nl", True),
    ("Lisätietoja saat kaupungin verkkosivuilta.", "fi", True),
    ("For more information call 01632 960 410.", "en", False),  # a contact
    ("Mer information om bygglov får du av kommunens bygglovshandläggare, som svarar på frågor om vad som gäller "
     "för just din fastighet och om hur lång tid handläggningen tar.", "sv", False),  # long: says something itself
    ("Växjö läser mer än andra kommuner.", "sv", False),
])
def test_what_counts_as_a_link_line(text: str, code: str, pointer: bool) -> None:
    from assistant.answer.extractive import _points_elsewhere

    assert _points_elsewhere(text, code) is pointer


def test_a_link_line_answers_only_where_nothing_else_does_or_where_to_go_is_asked() -> None:
    """"Hva er Organic Cities Network Europe?" was answered with "Mer information om Press release på Ifoams webbplats
    (English)." (default set): the link line names the network and nothing else said as much."""
    text = ("Mer information om Organic Cities Network Europe på Ifoams webbplats. "
            "Nätverket samlar sju europeiska städer som arbetar för ekologisk mat.")
    ranked, texts = _one_passage(text, [0.95, 0.85], lang="sv")
    c = Composer(ComposerParams(min_score=0.8, follow_chars=0, span_margin=0.0))
    a = compose(c, "Vad är Organic Cities Network Europe?", "sv", _with_sentences(ranked), texts)
    assert a.answer.startswith("Nätverket samlar") and "webbplats" not in a.answer
    # asked where to read more, the link line is the answer
    a = compose(c, "Var hittar jag mer information om Organic Cities Network Europe?", "sv", _with_sentences(ranked),
                texts)
    assert a.answer.startswith("Mer information om Organic Cities")
    # and when it is the only sentence similar enough, it is quoted rather than nothing
    ranked, texts = _one_passage(text, [0.95, 0.50], lang="sv")
    a = compose(c, "Vad är Organic Cities Network Europe?", "sv", _with_sentences(ranked), texts)
    assert a.answer.startswith("Mer information om Organic Cities")
