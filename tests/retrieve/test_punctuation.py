from pathlib import Path

import pytest

from assistant.retrieve.punctuation import as_question
from tests.conftest import hash_assistant


@pytest.mark.parametrize(("typed", "asked"), [
    ("who is the contact for sern", "who is the contact for sern?"),
    ("Vilka nätverk arbetar med klimat  ", "Vilka nätverk arbetar med klimat?"),
    ('What does "SERN" stand for', 'What does "SERN" stand for?'),
    ("Hvor gikk MF «Tindholmen» på grunn", "Hvor gikk MF «Tindholmen» på grunn?"),
])
def test_a_question_typed_without_its_mark_gets_one(typed: str, asked: str) -> None:
    assert as_question(typed) == asked


@pytest.mark.parametrize("typed", [
    "Who is the contact for SERN?", "Tell me about SERN.", "Wer leitet das Amt?!", "Hvor gikk «Tindholmen»?»",
    "Welche Netzwerke gibt es:", "(see SERN.)", "Kuka johtaa？", "", "  ", "?!",
])
def test_a_text_that_ends_like_a_sentence_is_left_as_it_is(typed: str) -> None:
    assert as_question(typed) == typed


def test_the_assistant_answers_a_question_without_its_mark_as_with_it(tmp_path: Path) -> None:
    """The model reads the "?" and the answer thresholds were calibrated with it: every shipped question without
    its "?" changed 419 answers and refused 9 fewer unanswerable ones."""
    a = hash_assistant(tmp_path)
    bare, marked = a.ranked("When was SERN founded"), a.ranked("When was SERN founded?")
    assert [r.passage.score for r in bare] == [r.passage.score for r in marked]
    assert a.ask("When was SERN founded").answer == a.ask("When was SERN founded?").answer
    off = hash_assistant(tmp_path / "off", question_mark=False)
    assert [r.passage.score for r in off.ranked("When was SERN founded")] != \
        [r.passage.score for r in off.ranked("When was SERN founded?")]
