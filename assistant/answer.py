"""Extractive, grounded answers: every sentence of an answer is quoted from a cited passage."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .retriever import Ranked, SentenceScore
from .types import Answer, Citation

PHRASES: dict[str, dict[str, str]] = {
    "en": {"not_found": "I could not find this in the documents.",
           "list_intro": "These parts of the documents match:"},
    "sv": {"not_found": "Jag kunde inte hitta det här i dokumenten.",
           "list_intro": "Följande delar av dokumenten matchar:"},
    "no": {"not_found": "Jeg fant ikke dette i dokumentene.",
           "list_intro": "Disse delene av dokumentene passer:"},
    "nl": {"not_found": "Ik kon dit niet vinden in de documenten.",
           "list_intro": "Deze delen van de documenten komen overeen:"},
}
PHRASES["da"] = PHRASES["no"]

# Plural interrogatives ("which networks", "vilka", "hvilke", "welke", "welche", "mitkä") or an
# explicit request for a list. Singular forms (vilken, hvilken, which one) stay single answers.
_LIST_PATTERNS = [
    r"\bwhich\s+(?:\w+\s+)?\w+(?:s|ies)\b", r"\bwhat\s+(?:\w+\s+)?\w+(?:s|ies)\s+(?:are|do|does|did|have|has|is)\b",
    r"\blist\b", r"\bname (?:all|the)\b", r"\bvilka\b", r"\blista\b", r"\bhvilke\b", r"\bliste\b",
    r"\bwelke\s+\w+(?:en|s)\b", r"\bwelche\b", r"\bmitkä\b", r"\bquels\b", r"\bquelles\b",
]
_LIST_RE = re.compile("|".join(_LIST_PATTERNS), re.IGNORECASE)


def is_list_question(question: str) -> bool:
    return bool(_LIST_RE.search(question))


def phrase(lang: str, key: str) -> str:
    return PHRASES.get(lang, PHRASES["en"])[key]


@dataclass
class ComposerParams:
    min_score: float = 0.80        # best sentence similarity needed to answer at all
    # Same-language pairs score high on language alone; without keyword support demand more.
    same_language_margin: float = 0.03
    min_coverage: float = 0.5
    sentence_margin: float = 0.03  # extra sentences must be this close to the best one
    max_sentences: int = 3
    list_margin: float = 0.05      # list items must be this close to the best passage
    max_items: int = 8


class Composer:
    def __init__(self, params: ComposerParams | None = None) -> None:
        self.params = params or ComposerParams()

    def compose(self, question: str, lang: str, ranked: list[Ranked], doc_texts: dict[str, str]) -> Answer:
        best = max((r.best_sentence.score for r in ranked if r.best_sentence), default=0.0)
        passages = tuple(r.passage for r in ranked)
        if not ranked or best < self.threshold(lang, ranked):
            return Answer(phrase(lang, "not_found"), (), False, lang, passages)
        if is_list_question(question):
            return self._list(lang, ranked, doc_texts, passages)
        return self._single(lang, ranked, doc_texts, passages, best)

    def threshold(self, lang: str, ranked: list[Ranked]) -> float:
        p = self.params
        top = ranked[0].passage
        coverage = top.scores.coverage or 0.0
        if top.language == lang and coverage < p.min_coverage:
            return p.min_score + p.same_language_margin
        return p.min_score

    def _single(self, lang: str, ranked: list[Ranked], doc_texts: dict[str, str],
                passages: tuple, best: float) -> Answer:
        p = self.params
        picks: list[tuple[Ranked, SentenceScore]] = []
        for r in ranked:
            for s in sorted(r.sentences, key=lambda s: -s.score):
                if s.score >= max(best - p.sentence_margin, p.min_score):
                    picks.append((r, s))
        picks.sort(key=lambda x: -x[1].score)
        picks = _dedupe(picks, doc_texts)[: p.max_sentences]
        # Read in document order when all quotes come from one passage.
        if len({r.passage.id for r, _ in picks}) == 1:
            picks.sort(key=lambda x: x[1].start)
        citations, parts = self._cite(picks, doc_texts)
        return Answer(" ".join(parts), tuple(citations), True, lang, passages)

    def _list(self, lang: str, ranked: list[Ranked], doc_texts: dict[str, str], passages: tuple) -> Answer:
        p = self.params
        top = ranked[0].passage.score
        seen: set[tuple[str, str]] = set()
        picks: list[tuple[Ranked, SentenceScore]] = []
        for r in ranked:
            bs = r.best_sentence
            key = (r.passage.doc_id, r.passage.section)
            if bs is None or key in seen or r.passage.score < top - p.list_margin or bs.score < p.min_score:
                continue
            seen.add(key)
            picks.append((r, bs))
            if len(picks) >= p.max_items:
                break
        citations, parts = self._cite(picks, doc_texts)
        lines = [phrase(lang, "list_intro")]
        for (r, _), part in zip(picks, parts, strict=True):
            label = r.passage.section or r.passage.title
            lines.append(f"- {label} ({r.passage.publisher or r.passage.title}): {part}")
        return Answer("\n".join(lines), tuple(citations), True, lang, passages)

    @staticmethod
    def _cite(picks: list[tuple[Ranked, SentenceScore]], doc_texts: dict[str, str]
              ) -> tuple[list[Citation], list[str]]:
        numbers: dict[str, int] = {}
        citations: list[Citation] = []
        parts: list[str] = []
        for r, s in picks:
            text = doc_texts[r.passage.doc_id]
            quote = text[s.start:s.end]
            if r.passage.id not in numbers:
                numbers[r.passage.id] = len(numbers) + 1
            n = numbers[r.passage.id]
            citations.append(Citation(n, r.passage, quote, s.start, s.end))
            flat = " ".join(quote.split())
            parts.append(f"{flat} [{n}]")
        # One citation entry per passage number (the first quote); later quotes reuse the marker.
        unique: dict[int, Citation] = {}
        for c in citations:
            unique.setdefault(c.n, c)
        return list(unique.values()), parts


def _dedupe(picks: list[tuple[Ranked, SentenceScore]], doc_texts: dict[str, str]
            ) -> list[tuple[Ranked, SentenceScore]]:
    seen: set[str] = set()
    out = []
    for r, s in picks:
        key = " ".join(doc_texts[r.passage.doc_id][s.start:s.end].lower().split())
        if key in seen:
            continue
        seen.add(key)
        out.append((r, s))
    return out
