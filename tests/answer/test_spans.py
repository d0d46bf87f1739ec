import numpy as np
import pytest

from assistant.answer.spans import FEATURES, Candidate, features, span_scores, weight_vector
from assistant.types import Passage, Ranked, Scores, SentenceScore


def _cands(sentences: list[tuple[str, float]], lang: str = "no", score: float = 0.9) -> list[Candidate]:
    text = " ".join(t for t, _ in sentences)
    p = Passage(id="p", doc_id="d", text=text, title="t", section="", language=lang, start=0, end=len(text),
                score=score, scores=Scores())
    out, pos = [], 0
    for t, v in sentences:
        out.append(Candidate(Ranked(p, ()), SentenceScore(pos, pos + len(t), v), t, 0))
        pos += len(t) + 1
    return out


def test_overlap_weighs_the_rare_question_word_over_the_shared_topic_word() -> None:
    cands = _cands([("McKinley var president i USA.", 0.9), ("McKinley ble beskrevet som from og sindig.", 0.88),
                    ("McKinley ble skutt i 1901.", 0.87)])
    x = features("Hvordan ble McKinley beskrevet?", "no", cands, [False] * 3)
    overlap = x[:, FEATURES.index("overlap")]
    # every candidate names McKinley; only one repeats "beskrevet"
    assert overlap.argmax() == 1 and overlap[1] > 2 * overlap[0]


def test_novelty_counts_only_within_the_question_language() -> None:
    cands = _cands([("Nettverket ble grunnlagt i 2005 i Brussel.", 0.9)])
    same = features("När grundades nätverket?", "no", cands, [False])
    cross = features("When was the network founded?", "en", cands, [False])
    assert same[0, FEATURES.index("novelty")] > 0 and cross[0, FEATURES.index("novelty")] == 0


def test_similarity_and_passage_are_relative_to_the_best_candidate() -> None:
    x = features("q", "no", _cands([("En setning her.", 0.9), ("En annen setning.", 0.85)]), [False, False])
    assert x[0, 0] == 0 and x[1, 0] == pytest.approx(-1.0)


def test_the_answer_type_and_weights_decide_the_order() -> None:
    cands = _cands([("Nettverket samler kommuner.", 0.9), ("Nettverket ble grunnlagt i 2005.", 0.9)])
    w = {"answer_type": 5.0}
    s = span_scores("Når ble nettverket grunnlagt?", "no", cands, [False, True], w)
    assert np.argmax(s) == 1


def test_unknown_weights_are_refused_with_the_valid_names() -> None:
    with pytest.raises(ValueError, match="valid: similarity, passage"):
        weight_vector({"simlarity": 1.0})


def test_overlap_counts_a_country_under_the_passage_language_s_name_for_it() -> None:
    cands = _cands([("Det begynte i 1939.", 0.9), ("Frankrike og Storbritannia erklærte Tyskland krig.", 0.88)])
    x = features("Which countries declared war on Germany?", "en", cands, [False] * 2)
    overlap = x[:, FEATURES.index("overlap")]
    assert overlap[1] > 0 and overlap[0] == 0


def test_overlap_counts_a_concept_under_the_passage_language_s_word_for_it() -> None:
    """"war" is "krig" to a Norwegian page (the packs' concepts); "Krigen" is that word inflected."""
    cands = _cands([("Krigen begynte i 1939.", 0.9), ("Det regnet hele dagen.", 0.9)])
    x = features("When did the war begin?", "en", cands, [False] * 2)
    overlap = x[:, FEATURES.index("overlap")]
    assert overlap[0] > 0 and overlap[1] == 0


def test_similarity_without_the_asked_names_tells_sentences_apart() -> None:
    """A sentence that repeats the question's name ("Du må ha bodd i Fjellvik kommune …") was the most similar, not
    the one that answers; scored without the names too (`SentenceScore.focus`), the answer is the closer one."""
    cands = _cands([("Du må ha bodd i Fjellvik kommune i minst 12 måneder.", 0.91),
                    ("Startlånet kan ikke være mer enn 4,2 millioner kroner.", 0.86)])
    focused = [c._replace(sentence=SentenceScore(c.sentence.start, c.sentence.end, c.sentence.score, f))
               for c, f in zip(cands, (0.86, 0.88), strict=True)]
    q = "Hvor mye kan man låne i startlån fra Fjellvik kommune?"
    sim = FEATURES.index("similarity")
    assert features(q, "no", cands, [False, False])[:, sim].argmax() == 0
    assert features(q, "no", focused, [False, False])[:, sim].argmax() == 1
    # only when every candidate has it: a mix of the two similarities would not compare
    mixed = [focused[0], cands[1]]
    assert features(q, "no", mixed, [False, False])[:, sim].argmax() == 0


def test_a_number_in_groups_of_three_is_one_number() -> None:
    """"category 1" is in "Luokka 1", not in "1 020 euroa"."""
    rows = _cands([("| Luokka 3 | 1 020 euroa |", 0.80), ("| Luokka 1 | 487 euroa |", 0.797)], lang="fi")
    x = features("How much is the fee in category 1?", "en", rows, [True, True])
    overlap = x[:, FEATURES.index("overlap")]
    assert overlap[0] == 0 and overlap[1] > 0


def _page(sentences: list[tuple[str, float]], start: int = 0) -> list[Candidate]:
    """Candidates of a page's passage that starts at `start`, with its sentence spans as an index stores them."""
    text = " ".join(t for t, _ in sentences)
    spans, pos = [], start
    for t, _ in sentences:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 1
    p = Passage(id="p", doc_id="d", text=text, title="t", section="", language="da", start=start,
                end=start + len(text), score=0.9, scores=Scores(), sentences=tuple(spans))
    return [Candidate(Ranked(p, ()), SentenceScore(a, b, v), t, 0)
            for (a, b), (t, v) in zip(spans, sentences, strict=True)]


def test_the_pages_opening_sentence_is_the_lead_and_weighs_against_itself() -> None:
    """An encyclopedia article's opening sentence names its subject, as every question about the subject does, and
    was quoted for where she studied and which town she worked in (lexicon set): the `lead` feature, weighed by
    `Settings.span_weights`, lets the sentence that answers win by a little less similarity."""
    from assistant.settings import Settings
    rows = [("| Født | 14. februar 1921 |", 0.85),
            ("Ingeborg Marie Skov (født 1921 i Tønder) var en dansk arkitekt og byplanlægger.", 0.90),
            ("Ingeborg Skov uddannede sig på Kunstakademiets Arkitektskole i København.", 0.885)]
    cands = _page(rows)
    lead = features("Where did Ingeborg Skov study architecture?", "en", cands, [False] * 3)[:, FEATURES.index("lead")]
    assert list(lead) == [0.0, 1.0, 0.0]  # a table row before it is no lead
    s = span_scores("Where did Ingeborg Skov study architecture?", "en", cands, [False] * 3, Settings().span_weights)
    assert np.argmax(s) == 2
    # a passage further down the page has no lead
    later = features("q", "en", _page(rows, start=400), [False] * 3)[:, FEATURES.index("lead")]
    assert not later.any()


@pytest.mark.parametrize(("question", "lang"), [
    ("What is the full name of Akershus Fortress?", "en"),
    ("Hva kalles Bådø på nordsamisk?", "no"),
    ("Hva står Nortaship for?", "no"),
    ("Wie heißt die Burg auf Latein?", "de"),
])
def test_a_question_asking_what_something_is_called_does_not_weigh_against_the_opening_sentence(
        question: str, lang: str) -> None:
    """The opening sentence names the subject in full and in other tongues: "What is the full name of Akershus
    Fortress?" and "Hva står Nortaship for?" lost their answers to the `lead` weight (NorQuAD, 2026-12-06)."""
    rows = [("Akershus festning (nordsamisk Akershusa ladni) er en festning i Oslo.", 0.90),
            ("Festningen ble bygget rundt 1300.", 0.88)]
    lead = features(question, lang, _page(rows), [False] * 2)[:, FEATURES.index("lead")]
    assert not lead.any()
    assert features("Når ble festningen bygget?", "no", _page(rows), [False] * 2)[0, FEATURES.index("lead")] == 1.0


def test_a_passage_that_does_not_name_the_page_s_scope_is_scored_without_the_names() -> None:
    """On the Volkshochschule Lindenau's page the passage that names it outranked the one that answers ("Ein Rücktritt
    ist bis sieben Tage vor Kursbeginn kostenlos", schools set): a passage `lifted` (naming none of the question's
    names on a page that does) is scored as the page's best, less how far it falls behind it without the names."""
    def cand(pid: str, text: str, score: float, focus: float) -> Candidate:
        p = Passage(id=pid, doc_id="vhs", text=text, title="Anmeldung", section="", language="de", start=0,
                    end=len(text), score=score, scores=Scores(focus=focus))
        return Candidate(Ranked(p, ()), SentenceScore(0, len(text), 0.8, 0.8), text, 0)

    cands = [cand("a", "Die Volkshochschule Lindenau bietet rund 350 Kurse an.", 0.863, 0.80),
             cand("b", "Ein Rücktritt ist bis sieben Tage vor Kursbeginn kostenlos.", 0.816, 0.83)]
    passage = FEATURES.index("passage")
    q = "Until when can I cancel a course at the Volkshochschule Lindenau free of charge?"
    assert features(q, "en", cands, [False, False])[:, passage].argmax() == 0
    lifted = features(q, "en", cands, [False, False], lifted={"b"})[:, passage]
    assert lifted[1] == lifted[0] == 0  # the answering passage is no longer behind
    # only lifted, never lowered: a passage that falls further behind without the names keeps its own score
    behind = features(q, "en", [cands[0], cand("c", "Anmeldeschluss ist eine Woche vor Kursbeginn.", 0.85, 0.70)],
                      [False, False], lifted={"c"})[:, passage]
    assert behind[1] == pytest.approx(20.0 * (0.85 - 0.863))
