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
])
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_sentences_still_end_at_a_full_stop() -> None:
    assert _sentences("Brannen startet kl. 19. Den ble slukket i natt.") == [
        "Brannen startet kl. 19.", "Den ble slukket i natt."]
