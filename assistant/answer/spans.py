"""Which sentence answers: a linear score over a few cheap features of each candidate sentence.

Similarity to the question alone prefers the sentence that echoes the question ("Vilka ska du göra
dig känd bland…?") over the one that answers it. The answer sentence shares the question's rare
words (a name, a verb: "McKinley ble beskrevet som…"), adds words of its own, holds the kind of
thing asked for and sits in a passage near the top. No model call: the sentence vectors were
scored by the re-ranker and the rest is counting words.

The weights are fitted with `scripts/fit_span_weights.py` (listwise: the softmax over a question's
candidates puts its mass on sentences holding the gold answer) and live in `Settings.span_weights`.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

import numpy as np

from assistant.lang import names, own_words, tables
from assistant.lang.analysis import Analyzer
from assistant.types import Ranked, SentenceScore

# Features, in column order. Similarity and passage score are differences to the best candidate,
# scaled so that 0.05 of cosine is 1 (the spread of the top sentences of one question).
FEATURES = ("similarity", "passage", "overlap", "novelty", "answer_type", "length", "lead")
_SCALE = 20.0
_ANALYZER = Analyzer()


class Candidate(NamedTuple):
    """A sentence that may be quoted, with the passage it is in and that passage's rank."""

    ranked: Ranked
    sentence: SentenceScore
    text: str
    rank: int


# A number written in groups of three ("1 020 euroa", "2 400 kronor") is one number: its first group is no "1" that
# "category 1" asks about ("How much is the carer's fee in care category 1?" quoted the row of "Luokka 3 … 1 020").
GROUPED_NUMBER = re.compile(r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+\b")


@functools.lru_cache(maxsize=8192)
def _terms(text: str, lang: str) -> frozenset[str]:
    """Cached: the passages near the top of one question are near the top of the next ones too, and
    stemming their sentences was most of an answer's composing time (NorQuAD: 3.4 of 8.4 ms, profiled)."""
    text = GROUPED_NUMBER.sub(lambda m: re.sub(r"\s", "", m.group(0)), text)
    return frozenset(_ANALYZER.terms(text, lang))


def sentence_terms(text: str, lang: str) -> frozenset[str]:
    """A sentence's terms as its language analyses them (stems; German folds "ü" to "u"), cached."""
    return _terms(text, lang)


def _question_terms(question: str, lang: str, code: str) -> set[str]:
    """The question's terms as a passage in `code` would hold them: its words analysed by that language's
    rules, and its countries, languages, months and weekdays under that language's names ("Germany" is
    "Tyskland" to a Norwegian sentence)."""
    out = set(_terms(question, code))
    if code != lang:
        for m in names.find(question, lang, (code,)):
            out.update(t for _, name in m.equivalents for t in _terms(name, code))
    return out


def names_asked(question: str, lang: str, text: str, code: str, besides: str = "") -> bool:
    """Whether `text` (in language `code`) holds a term of the question that `besides` (the page's title) does not:
    a table row that says what was asked about ("Politiskt parti: Folkpartiet" for "Vilket parti tillhörde hon?",
    "Tilbud: Dans; Elever 2025: 87" for "Hvor mange elever går på dans?")."""
    return bool((_question_terms(question, lang, code) & _terms(text, code)) - _terms(besides, code))


_NAMING = own_words(lambda p: p.naming_cues)


def asks_name(question: str, lang: str) -> bool:
    """Whether the question asks what something is called or stands for (its pack's `naming_cues`)."""
    rx = _NAMING.get(lang)
    return rx is not None and rx.search(question) is not None


def _is_lead(c: Candidate) -> bool:
    """Whether the candidate is the page's opening sentence (the first of its first passage that is no table row):
    an encyclopedia article's definition of its subject, which names the subject every question about it names."""
    p = c.ranked.passage
    if p.start != 0:
        return False
    first = next((a for a, b in p.sentences if not tables.is_row(p.text[a - p.start:b - p.start])), None)
    return first == c.sentence.start


def _lifted(candidates: Sequence[Candidate], lifted: AbstractSet[str]) -> list[float]:
    """Each candidate's passage score; for one of the `lifted` passages, at least its page's best less how far it is
    below the page's best passage by the similarity without the names (`Scores.focus`)."""
    page_best: dict[str, float] = {}
    page_focus: dict[str, float] = {}
    for c in candidates:
        p, f = c.ranked.passage, c.ranked.passage.scores.focus
        page_best[p.doc_id] = max(page_best.get(p.doc_id, p.score), p.score)
        if f is not None:
            page_focus[p.doc_id] = max(page_focus.get(p.doc_id, f), f)
    out = []
    for c in candidates:
        p, f = c.ranked.passage, c.ranked.passage.scores.focus
        out.append(max(p.score, page_best[p.doc_id] - (page_focus[p.doc_id] - f))
                   if p.id in lifted and f is not None else p.score)
    return out


def features(question: str, lang: str, candidates: Sequence[Candidate], has_type: Sequence[bool],
             lifted: AbstractSet[str] = frozenset()) -> np.ndarray:
    """One row of `FEATURES` per candidate.

    Overlap weighs each question term by how rare it is among the candidates (a local IDF): the topic
    word every candidate shares tells them apart less than the verb only the answer repeats. Novelty
    (the share of the sentence's own terms that are not the question's) is for same-language
    candidates only: across languages every word is new.
    """
    if not candidates:
        return np.zeros((0, len(FEATURES)))
    langs = {c.ranked.passage.language for c in candidates} | {lang}
    q_terms = {code: _question_terms(question, lang, code) for code in langs}
    s_terms = [_terms(c.text, c.ranked.passage.language) for c in candidates]
    n = len(candidates)
    df: Counter[str] = Counter(t for st in s_terms for t in st)
    # A question that names what it asks about ("… i startlån fra Fjellvik kommune?") made the sentences that
    # repeat the name the most similar ("Du må ha bodd i Fjellvik kommune …"), not the one that answers: when every
    # candidate was scored without the names too (`SentenceScore.focus`), that similarity tells them apart.
    focus = all(c.sentence.focus is not None for c in candidates)
    sim = [float(c.sentence.focus if focus and c.sentence.focus is not None else c.sentence.score) for c in candidates]
    best_s = max(sim)
    # A passage that does not name what its page names and the question asks about (`lifted`: "Ein Rücktritt ist bis
    # sieben Tage vor Kursbeginn kostenlos" on the Volkshochschule Lindenau's page) is scored as its page's best
    # passage would be, less how far it falls behind it without the names.
    pscore = _lifted(candidates, lifted) if focus and lifted else [c.ranked.passage.score for c in candidates]
    best_p = max(pscore)
    # (the opening sentence is weighed against unless the question asks what something is called: "What is the full
    # name of Akershus Fortress?" is answered by it)
    naming = asks_name(question, lang)
    rows = []
    for c, st, typed, x, ps in zip(candidates, s_terms, has_type, sim, pscore, strict=True):
        q = q_terms[c.ranked.passage.language]
        idf = {t: math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) for t in q}
        mass = sum(idf.values())
        overlap = sum(idf[t] for t in q & st) / mass if mass > 0 else 0.0
        same = c.ranked.passage.language == lang
        novelty = len(st - q) / len(st) if same and st else 0.0
        rows.append((
            _SCALE * (x - best_s),
            _SCALE * (ps - best_p),
            overlap,
            novelty,
            float(typed),
            math.log1p(len(c.text)),
            float(_is_lead(c) and not naming),
        ))
    return np.asarray(rows, dtype=np.float64)


def weight_vector(weights: Mapping[str, float]) -> np.ndarray:
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise ValueError(f"unknown span feature(s) {', '.join(unknown)}; valid: {', '.join(FEATURES)}")
    return np.asarray([float(weights.get(f, 0.0)) for f in FEATURES])


def span_scores(question: str, lang: str, candidates: Sequence[Candidate], has_type: Sequence[bool],
                weights: Mapping[str, float], lifted: AbstractSet[str] = frozenset()) -> np.ndarray:
    """A score per candidate; higher answers better. Differences are log-odds between candidates."""
    return features(question, lang, candidates, has_type, lifted) @ weight_vector(weights)
