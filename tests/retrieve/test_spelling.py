import logging
from pathlib import Path

import pytest

from assistant.retrieve.spelling import Speller, one_typo_away
from tests.conftest import hash_assistant

ENGLISH = ("The contact for the network is Anna Berg. The network was founded in 2009; the network meets twice a "
           "year. Members pay a fee. The prize for the best project is a price reduction.")
NORSK = "Kaare Norum ble professor i 1972. Han fikk prisen for sitt arbeid med ernæring. Feber er vanlig hos barn."


def speller(pieces: dict[str, int] | None = None) -> Speller:
    folded = {w.casefold(): n for w, n in (pieces or {}).items()}  # (the same in every case)
    return Speller.from_documents([(ENGLISH, "en"), (NORSK, "no")],
                                  (lambda w: folded.get(w.casefold(), 3)) if pieces is not None else None)


def test_a_typo_is_read_as_the_word_of_the_pages_one_typo_away_in_the_case_typed() -> None:
    s = speller()
    assert s.correct("Who is the cntact for the network?", "en") == "Who is the contact for the network?"
    assert s.correct("Who is the contcat for the netwrok?", "en") == "Who is the contact for the network?"
    assert s.correct("WHO IS THE CONTAACT?", "en") == "WHO IS THE CONTACT?"
    assert s.correct("Cntact for the network?", "en") == "Contact for the network?"


def test_forms_other_languages_short_words_and_far_keys_stay_as_typed() -> None:
    """Each a word the shipped questions hold as written that an unguarded reading changed."""
    s = speller()
    assert s.correct("Which networks meet?", "en") == "Which networks meet?"  # a form of "network"
    assert s.correct("At what temperature is it a fever?", "en") == "At what temperature is it a fever?"  # "feber"
    assert s.correct("Who pays the fe?", "en") == "Who pays the fe?"  # too short to tell
    # a letter is struck for a key beside it: "w" is beside "e", "c" is not beside "z"
    assert s.correct("What is the main prizw?", "en") == "What is the main prize?"
    assert "price" not in one_typo_away("prize", "abcdefghijklmnopqrstuvwxyz")


def test_a_word_of_other_languages_pages_needs_a_typo_the_model_finds_much_rarer() -> None:
    """An English question over Norwegian pages: an ordinary word of those pages is read where the model cuts the
    typed word into two pieces more than it, a name (a capital after the first word) where one more; without the
    model, an ordinary word only from the pages in the question's language."""
    assert speller({"Nroum": 4, "Norum": 2}).meant("Nroum", "en") == "norum"
    assert speller({"Nroum": 3, "Norum": 2}).meant("Nroum", "en") is None
    assert speller({"Nroum": 3, "Norum": 2}).correct("Which prize did Kaare Nroum receive?", "en") \
        == "Which prize did Kaare Norum receive?"
    assert speller({"Nroum": 3, "Norum": 2}).correct("Nroum?", "en") == "Nroum?"  # the first word: no name
    assert speller({"Nroum": 3, "Norum": 2}).meant("Nroum", "no") == "norum"
    assert speller().meant("ernæing", "en") is None and speller().meant("ernæing", "no") == "ernæring"
    assert speller().correct("Who is Kaare Nroum?", "en") == "Who is Kaare Norum?"


def test_a_word_typed_without_the_pages_letters_is_read_with_them() -> None:
    """"Nar ar mottagningen i Malmo oppen?" typed on a keyboard without å, ä, ö: the model reads "ar" and "nar" as no
    Swedish words, and they are words of other languages' pages ("ar" is Danish, "for" Norwegian)."""
    svenska = "Mottagningen i Malmö är öppen på måndagar. När är den stängd? Den är stängd i juli. Här är kartan."
    dansk = "Ingeborg Skov har tre børn. Hun blev født i Tønder."
    s = Speller.from_documents([(svenska, "sv"), (dansk, "da"), ("Le Théâtre Historique ouvre en 1847.", "fr")])
    assert s.correct("Nar ar mottagningen i Malmo oppen?", "sv") == "När är mottagningen i Malmö öppen?"
    assert s.correct("Hvornaar blev hun fodt i Toender?", "da") == "Hvornaar blev hun født i Tønder?"
    # an ordinary word of the question's language stays, a name is read in any page
    assert s.correct("When was Ingeborg Skov born?", "en") == "When was Ingeborg Skov born?"
    assert s.correct("Vem har mottagningen?", "sv") == "Vem har mottagningen?"  # a stop word, though "här" is a page's
    assert s.correct("Hvem grunnla Theatre Historique?", "no") == "Hvem grunnla Théâtre Historique?"


def test_question_words_and_endings_stay_as_typed() -> None:
    """A question word the pages never use ("Milloin" beside "million"), and a word the pages hold with an ending
    added or left off (a Swedish genitive of a Finnish name, "Norums"), are typed as meant."""
    s = Speller.from_documents([("The project cost one million euros.", "en"), (NORSK, "no")])
    assert s.correct("Milloin projekti alkaa?", "fi") == "Milloin projekti alkaa?"
    assert s.correct("Vem är Kaare Norums lärare?", "sv") == "Vem är Kaare Norums lärare?"


def test_a_typo_that_cannot_tell_which_word_was_meant_stays_as_typed() -> None:
    s = Speller.from_documents([("The house is next to the horse and the horde. The house and the horse.", "en")])
    assert s.meant("hourse", "en") is None  # "house" 2, "horse" 2: no word twice as frequent
    s = Speller.from_documents([("The house, the house, the house and the horse.", "en")])
    assert s.meant("hourse", "en") == "house"


def test_a_whole_word_of_the_models_vocabulary_or_a_more_common_one_stays_as_typed() -> None:
    """A word the model holds whole is a word of some language; a typo is cut into at least as many pieces as the
    word meant."""
    assert speller({"cntact": 3, "contact": 1}).meant("cntact", "en") == "contact"
    assert speller({"cntact": 1, "contact": 1}).meant("cntact", "en") is None
    assert speller({"cntact": 2, "contact": 3}).meant("cntact", "en") is None
    # a word of other languages' pages needs the typed word two pieces longer: "ernæring" is in Norwegian pages only
    assert speller({"ernæing": 3, "ernæring": 2}).meant("ernæing", "en") is None
    assert speller({"ernæing": 4, "ernæring": 2}).meant("ernæing", "en") == "ernæring"
    assert speller({"ernæing": 3, "ernæring": 2}).meant("ernæing", "no") == "ernæring"


def test_the_assistant_reads_typos_from_its_index(tmp_path: Path) -> None:
    a = hash_assistant(tmp_path)
    typed, written = "When was the Sweden Emilia Romagna Netwrok founded?", \
        "When was the Sweden Emilia Romagna Network founded?"
    assert a.correct_typos(typed) == written
    assert a.as_asked(typed) == written
    assert a.ask(typed).answer == a.ask(written).answer
    off = hash_assistant(tmp_path / "off", correct_typos=False)
    assert off.correct_typos(typed) == typed


def test_a_question_in_capitals_is_read_as_in_lower_case(tmp_path: Path) -> None:
    """In capitals every word but the first looked like a name, and a name is read in any language's pages: "COVER"
    was read as "OVER", "MENSEN" as "JENSEN" and German "NETZWERK" as Dutch "NETWERK" (26 of the 33 sets' questions
    in capitals read otherwise, 6 in lower case)."""
    a = hash_assistant(tmp_path)
    for typed in ("WHICH NETWORKS COVER ELDERLY CARE?", "WER IST DIE KONTAKTPERSON FÜR DAS NETZWERK IN VIKEN?",
                  "WELK PROJECT VAN VÄXJÖ HELPT MENSEN VER VAN DE ARBEIDSMARKT AAN WERK?"):
        assert a.correct_typos(typed) == typed
    assert a.correct_typos("WHEN WAS THE SWEDEN EMILIA ROMAGNA NETWROK FOUNDED?") \
        == "when was the sweden emilia romagna network founded?"  # (its names' capitals come back in `as_asked`)
    assert a.as_asked("WHEN WAS THE SWEDEN EMILIA ROMAGNA NETWROK FOUNDED?") \
        == a.as_asked("WHEN WAS THE SWEDEN EMILIA ROMAGNA NETWORK FOUNDED?")


def test_a_typed_word_the_model_holds_whole_in_another_case_is_no_typo() -> None:
    """"netzwerk" typed in lower case is the German "Netzwerk" (one piece), no typo of the Dutch pages' "netwerk";
    the word meant is counted in the case typed ("bibliotheek" is no typo of German "Bibliothek", one piece)."""
    pieces = {"netzwerk": 3, "Netzwerk": 1, "netwerk": 1, "bibliotheek": 3, "Bibliotheek": 3, "bibliothek": 2,
              "Bibliothek": 1}
    s = Speller.from_documents([("Het netwerk werkt samen. Het netwerk groeit.", "nl"),
                                ("Die Bibliothek ist offen. Die Bibliothek ist klein.", "de")],
                               lambda w: pieces.get(w, 3))
    assert s.correct("Wer leitet das netzwerk?", "de") == "Wer leitet das netzwerk?"
    assert s.correct("Waar is de bibliotheek?", "nl") == "Waar is de bibliotheek?"


def test_the_words_are_counted_when_an_index_version_is_loaded_not_on_its_first_question(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """0.16 s per MB of text: after a nightly ingest the first user would wait for it."""
    a = hash_assistant(tmp_path)
    with caplog.at_level(logging.INFO, logger="assistant.assistant"):
        a.load()
        loaded = [r.getMessage() for r in caplog.records if "for typos" in r.getMessage()]
        caplog.clear()
        a.ask("Who is the cntact for SERN?")
        asked = [r.getMessage() for r in caplog.records if "for typos" in r.getMessage()]
    assert len(loaded) == 1 and asked == []
    off = hash_assistant(tmp_path / "off", correct_typos=False)
    with caplog.at_level(logging.INFO, logger="assistant.assistant"):
        caplog.clear()
        off.load()
    assert not [r for r in caplog.records if "for typos" in r.getMessage()]


def test_a_word_typed_without_its_letters_is_read_as_the_question_languages_word() -> None:
    """"nar" is Swedish "när" and Norwegian "når": a Norwegian question reads the Norwegian word, however much more
    often the Swedish pages say theirs (the most frequent of both was taken, and then refused as no Norwegian)."""
    s = Speller.from_documents([("När börjar kursen? När slutar den? När är det lov?", "sv"),
                                ("Når åpner biblioteket? Biblioteket ble bygget i 1962.", "no")])
    assert s.correct("Nar apner biblioteket?", "no") == "Når åpner biblioteket?"
    assert s.correct("Nar borjar kursen?", "sv") == "När börjar kursen?"
