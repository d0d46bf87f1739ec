"""Follow-ups: which questions refer back to the previous turn, and what retrieval takes from it."""

from __future__ import annotations

import pytest

from assistant.retrieve.conversation import Context, Turn, context_for, is_followup

PREVIOUS = Turn("What is SERN?", "SERN is a network …", ("000_5a2f1cea9eebf880",))


@pytest.mark.parametrize("question", [
    "Who is the contact person for it?",        # en pronoun
    "Vem är kontaktperson för det?",             # sv
    "Hvem er kontaktperson for det?",            # no
    "Wie is de contactpersoon ervan?",           # nl
    "Wer ist dort Ansprechpartner?",             # de
    "Kuka on sen yhteyshenkilö?",                # fi
    "And Lindesberg?",                           # continuation without a pronoun
    "Och Växjö?",
    "Den då?",                                   # a very short question opening with a pronoun
    "Vem leder det nätverket?",                  # a demonstrative before a definite noun refers back
    "Hva koster det å delta?",
    "Wat kost het?",
])
def test_follow_ups_are_recognised(question: str) -> None:
    assert is_followup(question)


@pytest.mark.parametrize("question", [
    "What is ENSA?",
    "Det finns många nätverk i Europa",          # expletive "det" at the start is no reference
    "Which networks does Växjö belong to?",
    "And which networks in Europe work on elderly care and social services?",  # long: states its own topic
    # an article that opens the question's own subject, not a pronoun
    "Hva er målet med det internasjonale kommunenettverket i Viken?",
    "Vilka mål har den nya klimatplanen i Växjö?",
    "Hvad laver de nordiske kommuner sammen?",
    "Wat doet het netwerk voor ouderenzorg?",
    "Hva er SERN?",                               # Norwegian "er" (is) is not German "er" (he)
    "Hvad er ENSA?",
    "",
])
def test_questions_that_stand_alone_are_not_follow_ups(question: str) -> None:
    assert not is_followup(question)


def test_context_carries_the_previous_question_and_its_cited_documents() -> None:
    ctx = context_for("Who is the contact person for it?", [Turn("old", "", ("x",)), PREVIOUS])
    assert ctx == Context(text="What is SERN?", focus=frozenset({"000_5a2f1cea9eebf880"}))


def test_no_history_or_no_follow_up_gives_an_empty_context() -> None:
    assert context_for("Who is the contact person for it?", None) == Context()
    assert context_for("Who is the contact person for it?", []) == Context()
    assert context_for("What is ENSA?", [PREVIOUS]) == Context()
