import pytest

from assistant.lang.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentence_spans(text)]


@pytest.mark.parametrize("text", [
    "Politiet opplyste i en twittermelding kl. 19.33 at brannen var i kjelleren.",  # no
    "Eriksen (t.h.) er sammen med Alli (t.v.) en av de største stjernene.",  # no
    "Mötet börjar kl. 18 i stadshuset.",  # sv
    "Kommunen deltager bl.a. i to netværk.",  # da
    "Verkosto tekee yhteistyötä esim. Tampereen kanssa.",  # fi
    "Tapahtuma alkaa klo. 18 kaupungintalolla.",  # fi
    "Die Stadt liegt z.B. am Rhein bzw. am Main, d.h. im Westen.",  # de
    "Het netwerk werkt o.a. met gemeenten, bijv. Utrecht.",  # nl
    "Acme Inc. joined the network, e.g. in 2019.",  # en
    "Staden grundades ca 300 f.Kr. av greker.",  # sv
    "Het gesprek met dhr. Jansen en mevr. De Vries duurde lang.",  # nl
    "Sie war geb. Müller und ehem. Bürgermeisterin der Stadt.",  # de
    "Møtet ble utsatt pga. Sykdom i styret.",  # no
    "Vaalit järjestetään ns. Tampereen mallin mukaan.",  # fi
    "Lisätietoja saa puh. 040 123 4567 arkisin.",  # fi
    "The troops under Gen. Patton reached the river.",  # en
    "Since May 2023 the mayor has been Cllr. Dr. Priya Nair of the town council.",  # en, a British title
    "Hallituksen puheenjohtaja on tri. Matti Virtanen Jyväskylästä.",  # fi, tohtori
])
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_sentences_still_end_at_a_full_stop() -> None:
    assert _sentences("Brannen startet kl. 19. Den ble slukket i natt.") == [
        "Brannen startet kl. 19.", "Den ble slukket i natt."]


@pytest.mark.parametrize("text", [
    "Die Wiedervereinigung fand am 3. Oktober 1990 in Berlin statt.",  # de: ordinal date
    "Der 2. Weltkrieg endete in Europa am 8. Mai 1945.",  # de: ordinal after an article
    "Wählen dürfen alle, die das 60. Lebensjahr vollendet haben.",  # de
    "Er wurde im 19. Jh. bekannt.",  # de: ordinal century, then an abbreviation
    "Geboren 3. Oktober 1950 in Berlin, gestorben 2001.",  # de: ordinal before a month name
    "Das Gesetz gilt seit 1. Jan. 2020 für alle Gemeinden.",  # de: month abbreviation before a year
    "Het project loopt t/m 31 dec. 2025 in Utrecht.",  # nl
    "The council met on Jan. 3 to discuss the budget.",  # en
])
def test_ordinals_and_month_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(("text", "first"), [
    ("Ingen ble sist observert rundt klokken 14. Etter noen timer ble den femte funnet.",
     "Ingen ble sist observert rundt klokken 14."),  # no: a bare number ends a sentence
    ("Det sier Solvik-Olsen til TV 2. Den tidligere ministeren svarte ikke.", "Det sier Solvik-Olsen til TV 2."),
    ("Die Feier endete 1990. Danach wurde Berlin Hauptstadt.", "Die Feier endete 1990."),  # de: a year
])
def test_a_bare_number_still_ends_a_sentence(text: str, first: str) -> None:
    assert _sentences(text)[0] == first


@pytest.mark.parametrize(("text", "expected"), [
    ("– Det er fantastisk. «Vi har aldri sett noe lignende», sier han.",  # no: a quote opens the next sentence
     ["– Det er fantastisk.", "«Vi har aldri sett noe lignende», sier han."]),
    ("«Dette er bra.» Han smilte.", ["«Dette er bra.»", "Han smilte."]),  # no: the closing quote stays
    ("Er sagte: „Das ist gut.“ Dann ging er.", ["Er sagte: „Das ist gut.“", "Dann ging er."]),  # de
    ("Hon sa: ”Det är bra.” Sedan gick hon.", ["Hon sa: ”Det är bra.”", "Sedan gick hon."]),  # sv
    ("Møtet var i Oslo. Østlandet fikk mest. Łódź og Čapek kom også.",  # capitals beyond ASCII
     ["Møtet var i Oslo.", "Østlandet fikk mest.", "Łódź og Čapek kom også."]),
])
def test_quotes_and_capitals_of_every_language(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_each_list_item_is_a_sentence_of_its_own() -> None:
    """Short items ran together as label lines: "- ateriapalvelu\\n- turvapuhelin\\n- kauppa- ja asiointipalvelu"
    was one unit, embedded and quoted as one."""
    text = "Tukipalvelut\n- ateriapalvelu\n- turvapuhelin\n- kauppa- ja asiointipalvelu\n- kuljetuspalvelu\n"
    assert _sentences(text) == ["Tukipalvelut", "- ateriapalvelu", "- turvapuhelin", "- kauppa- ja asiointipalvelu",
                                "- kuljetuspalvelu"]
    assert _sentences("Internationell samordnare\nAnders Fridén\n") == ["Internationell samordnare\nAnders Fridén"]
