"""Extractive, grounded answers: every sentence of an answer is quoted from a cited passage."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.lang.sentences import sentence_spans
from assistant.protocols import PassageSource
from assistant.retrieve.rerank import quotable
from assistant.types import Answer, Citation, Passage, Ranked, SentenceScore

PHRASES: dict[str, dict[str, str]] = {
    "en": {"not_found": "I could not find this in the documents.",
           "list_intro": "These parts of the documents match:"},
    "sv": {"not_found": "Jag kunde inte hitta det här i dokumenten.",
           "list_intro": "Följande delar av dokumenten matchar:"},
    "no": {"not_found": "Jeg fant ikke dette i dokumentene.",
           "list_intro": "Disse delene av dokumentene passer:"},
    "nl": {"not_found": "Ik kon dit niet vinden in de documenten.",
           "list_intro": "Deze delen van de documenten komen overeen:"},
    "da": {"not_found": "Jeg kunne ikke finde dette i dokumenterne.",
           "list_intro": "Disse dele af dokumenterne passer:"},
    "de": {"not_found": "Ich konnte dazu nichts in den Dokumenten finden.",
           "list_intro": "Diese Stellen in den Dokumenten passen:"},
    "fi": {"not_found": "En löytänyt tätä asiakirjoista.",
           "list_intro": "Nämä asiakirjojen kohdat vastaavat kysymystä:"},
    "fr": {"not_found": "Je n'ai pas trouvé cela dans les documents.",
           "list_intro": "Ces passages des documents correspondent :"},
}

# Plural interrogatives ("which networks", "vilka", "hvilke", "welke", "welche", "mitkä") or an
# explicit request for a list. Singular forms (vilken, hvilken, which one) stay single answers.
_LIST_PATTERNS = [
    r"\bwhich\s+(?:\w+\s+)?\w+(?:s|ies)\b", r"\bwhat\s+(?:\w+\s+)?\w+(?:s|ies)\s+(?:are|do|does|did|have|has|is)\b",
    r"\blist\b", r"\bname (?:all|the)\b", r"\bvilka\b", r"\blista\b", r"\bhvilke\b", r"\bliste\b",
    r"\bwelke\s+\w+(?:en|s)\b", r"\bwelche\b", r"\bmitkä\b", r"\bquels\b", r"\bquelles\b",
]
_LIST_RE = re.compile("|".join(_LIST_PATTERNS), re.IGNORECASE)


# Expected answer types, from interrogatives in en/sv/no/da/nl/de/fi. A sentence that has the
# kind of thing asked for (a number, a date, a name or an address) is preferred among
# sentences that are about equally similar to the question.
_TYPE_PATTERNS = {
    "number": r"\bhow (?:many|much)\b|\bhur (?:många|mycket)\b|\bhvor (?:mange|mye|meget)\b|\bhoeveel\b|"
              r"\bwie viele?\b|\bkuinka (?:monta|paljon)\b|\bnumber of\b|\bantal\b|\bantall\b|\baantal\b",
    "date": r"\bwhen\b|\bwhat year\b|\bsince when\b|\bnär\b|\bvilket år\b|\bnår\b|\bhvilket år\b|"
            r"\bwanneer\b|\bwelk jaar\b|\bwann\b|\bseit wann\b|\bmilloin\b|\bminä vuonna\b|\bdate\b|\bdatum\b|"
            r"\bdeadline\b|\bfrist|\bsista (?:dag|datum)\b|\buiterlijk\b|\bmääräaika|\bbis wann\b",
    "contact": r"\bcontact\b|\bkontakt|\bcontactpersoon\b|\bansprechpartner|\byhteyshenkilö|\be-?mail\b|"
               r"\be-?post\b|\bphone\b|\btelefon|\btelefoon|\bpuhelin|\bsähköposti|\bwho\b|\bvem\b|\bhvem\b|"
               r"\bwie is\b|\bwer\b|\bkuka\b|\brepresent|\bvertegenwoordig|\bedustaja",
}
_TYPE_RES = {k: re.compile(v, re.IGNORECASE) for k, v in _TYPE_PATTERNS.items()}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"(?:\+|\b0)\d[\d ()/-]{5,}\d")  # national (0…) or international (+…) numbers
_EVIDENCE = {
    "number": re.compile(r"\d"),
    "date": re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}\.? ?(?:jan|feb|mar|apr|ma[iyj]|"
                       r"jun|jul|aug|sep|o[ck]t|nov|de[cz])", re.IGNORECASE),
    "contact": re.compile(f"{_EMAIL.pattern}|{_PHONE.pattern}|"
                          r"\b[A-ZÅÄÖÆØÜ][a-zåäöæøüé]+(?:[ -][A-ZÅÄÖÆØÜ]\.?)?[ -][A-ZÅÄÖÆØÜ][a-zåäöæøüé]+"),
}


# Asking for a way to reach someone (not just "who"): the page's contact block may answer it
# even when it never names the topic ("Who is the contact for SERN?" on a page about SERN).
_CONTACT_ASK = re.compile(
    r"\bcontact (?:person|details|info|information|address|for|at|about|regarding)\b|"
    r"\bwhom?\b[^?]*\bcontact\b|\bcontact\s*\??\s*$|"
    r"\bkontaktperson|\bkontaktuppgift|\bkontaktinformation|\bkontaktopplysning|\bkontaktdaten|"
    r"\bkontakta\b|\bkontakte\b|\bkontakt (?:för|til|till|om|i|på|hos|for)\b|\b(?:vem|hvem|wer)\b[^?]*\bkontakt|"
    r"\bcontactpersoon|\bcontactgegevens|\bcontact opnemen|\bcontacteren\b|\bwie\b[^?]*\bcontact\b|"
    r"\bansprechpartner|\byhteyshenkilö|\byhteystied|"
    r"\be-?mail\b|\be-?post\b|\bsähköpost|\bphone\b|\btelefon|\btelefoon|\bpuhelin",
    re.IGNORECASE)
_DATE_LIKE = re.compile(r"^\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?$")

# Kinds of answer that a sentence either states or does not. A question about a cost needs an
# amount of money and one about a population a head count: a page on the right topic without one
# does not answer it ("What is the budget of SERN?" over a page about SERN), so no such sentence
# means "not found" rather than the nearest sentence on the topic.
_REQUIRED_PATTERNS = {
    "money": r"\bcosts?\b|\bprices?\b|\bfees?\b|\bbudget|\bsalar(?:y|ies)\b|\bhow much (?:do|does|is|are|will)\b|"
             r"\bkosta[rd]?\b|\bkostnad|\bavgift|\blön(?:en)?\b|\bkoste[rt]?\b|\bbudsjett|\blønn(?:en)?\b|"
             r"\b(?:hoeveel|wat) kost|\bkosten\b|\btarie[fv]|\bbegroting|\bsalaris|\bcontributie|"
             r"\bkostet\b|\bgebühr|\bpreis\b|\bgehalt\b|\bmaksaa\b|\bhinta|\bmaksu\b|\bbudjet|\bpalkka",
    "population": r"\bpopulation\b|\binhabitants\b|\binvånare\b|\bbefolkning|\binnbygg|\binwoners\b|"
                  r"\bbevolking|\beinwohner|\bbevölkerung|\basukas|\bväkiluku|\bväestö",
}
_REQUIRED_RES = {k: re.compile(v, re.IGNORECASE) for k, v in _REQUIRED_PATTERNS.items()}
_AMOUNT = (r"\d[\d\s.,]*\s?(?:kr\b|kronor|kroner|sek\b|nok\b|dkk\b|eur\b|euro|€|\$|usd\b|£|gbp\b|mkr\b|mnkr\b|"
           r"msek\b|tkr\b|miljon|miljard|million|milliard|miljoen|mio\b|mrd\b)|[€$£]\s?\d")
_REQUIRED_EVIDENCE = {
    "money": re.compile(_AMOUNT + r"|\bfree\b|\bgratis\b|\bkostnadsfri|\bavgiftsfri|\bvederlagsfri|"
                        r"\bkostenlos|\bgebührenfrei|\bkosteloos|\bilmai|\bmaksuton", re.IGNORECASE),
    # a head count: a grouped or long number that is not a year, or so many million
    "population": re.compile(r"\b\d{1,3}(?:[  .,]\d{3})+\b|\b(?!1[89]\d\d\b|20\d\d\b)\d{4,}\b|"
                             r"\d\s?(?:miljon|million|miljoen|miljoon)", re.IGNORECASE),
}


def strong_contact(text: str) -> int:
    """How many e-mail addresses and phone numbers the text holds (not years, ranges or dates)."""
    phones = [m for m in _PHONE.findall(text)
              if sum(ch.isdigit() for ch in m) >= 7 and not _DATE_LIKE.match(m.replace(" ", ""))]
    return len(_EMAIL.findall(text)) + len(phones)


def asks_for_contact(question: str) -> bool:
    return bool(_CONTACT_ASK.search(question))


def answer_types(question: str) -> set[str]:
    return {k for k, rx in _TYPE_RES.items() if rx.search(question)}


def type_match(types: set[str], sentence: str) -> bool:
    return any(_EVIDENCE[t].search(sentence) for t in types)


def required_types(question: str) -> set[str]:
    return {k for k, rx in _REQUIRED_RES.items() if rx.search(question)}


def contact_line(sentence: str) -> bool:
    """Only an address or a number under a label ("E-post: a@b.se"): it answers nothing but a contact question."""
    if not strong_contact(sentence):
        return False
    rest = _PHONE.sub(" ", _EMAIL.sub(" ", sentence))
    return len(re.findall(r"\w{2,}", rest)) <= 3


def answers_kind(sentence: str, asks_contact: bool, required: set[str]) -> bool:
    """Whether a sentence can answer a question of these kinds at all (whatever its similarity)."""
    if not asks_contact and contact_line(sentence):
        return False
    return all(_REQUIRED_EVIDENCE[k].search(sentence) for k in required)


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
    # A question and a passage in different languages score lower for the same meaning. Chosen over
    # both question sets: 0.015 gave answer-term hit +0.026 (default) and +0.085 (services), at the
    # cost of 2 more of the 28 unanswerable questions answered (the meatball recipe's best sentence
    # scores 0.799: similarity alone cannot tell it from the weakest right answers).
    cross_language_margin: float = 0.015
    sentence_margin: float = 0.03  # extra sentences must be this close to the best one
    max_sentences: int = 3
    list_margin: float = 0.03      # list items must be this close to the best passage (tune split: 0.05 gave
                                   # 4.2 items, citation precision 0.40; 0.03 gives 2.8 and 0.48, same hits)
    max_items: int = 8
    topic_margin: float = 0.03     # an asked-for amount must come from a passage this close to the best one
    min_item_words: int = 4        # a list item is quoted by a sentence, not a bare name line
    type_bonus: float = 0.02       # preference for sentences holding the asked-for kind of answer (tuned on
                                   # the tune split: answer-term hit 0.653 -> 0.674; held-out 0.586 -> 0.621)


class Composer:
    """The extractive generator: every answer sentence is quoted from a cited passage."""

    def __init__(self, params: ComposerParams | None = None) -> None:
        self.params = params or ComposerParams()

    def answers(self, language: str, ranked: Sequence[Ranked]) -> bool:
        """Whether the best sentence is similar enough to the question to answer from these passages."""
        best = max((r.best_sentence.score for r in ranked if r.best_sentence), default=0.0)
        return bool(ranked) and best >= self.threshold(language, ranked)

    def compose(self, question: str, language: str, ranked: Sequence[Ranked], source: PassageSource) -> Answer:
        doc_texts = {r.passage.doc_id: source.document(r.passage.doc_id).text for r in ranked}
        # The page the best passage is on: a contact question may be answered from its contact block.
        doc_passages = source.passages_of(ranked[0].passage.doc_id) if ranked else []
        return self._compose(question, language, list(ranked), doc_texts, doc_passages)

    def _compose(self, question: str, lang: str, ranked: list[Ranked], doc_texts: dict[str, str],
                 doc_passages: list[Passage] | None = None) -> Answer:
        passages = tuple(r.passage for r in ranked)
        types, required, contact = answer_types(question), required_types(question), asks_for_contact(question)
        # An amount asked for must come from where the topic is (the passages near the top), not from
        # whichever other page happens to hold some amount.
        near = (ranked[0].passage.score - self.params.topic_margin) if ranked and required else float("-inf")
        ranked = [replace(r, sentences=tuple(
            x for x in r.sentences if r.passage.score >= near
            and answers_kind(doc_texts[r.passage.doc_id][x.start:x.end], contact, required))) for r in ranked]
        if not self.answers(lang, ranked):
            return Answer(phrase(lang, "not_found"), (), False, lang, passages)
        if is_list_question(question):
            return self._list(lang, ranked, doc_texts, passages)
        answer = self._single(lang, ranked, doc_texts, passages, types)
        if contact and doc_passages is not None:
            return self._page_contact(answer, ranked, doc_passages, doc_texts) or answer
        return answer

    def _page_contact(self, answer: Answer, ranked: list[Ranked], doc_passages: list[Passage],
                      doc_texts: dict[str, str]) -> Answer | None:
        """Answer a contact question from the contact block of the page the topic was found on."""
        block: Passage | None = None
        if answer.citations and strong_contact(answer.citations[0].quote):
            block = answer.citations[0].passage  # the best sentence is an address: give its whole block
        else:
            doc_id = ranked[0].passage.doc_id
            best: tuple[int, int] | None = None
            for i, p in enumerate(doc_passages):
                n = strong_contact(p.text) if p.doc_id == doc_id else 0
                if n and (best is None or (n, i) > best):  # most addresses; later blocks win ties
                    best, block = (n, i), p
        if block is None:
            return None
        holder = Ranked(block, ())
        spans = [(sp, block.text[sp.start - block.start:sp.end - block.start])
                 for sp in sentence_spans(block.text, block.start)]
        spans = [(sp, t) for sp, t in spans if quotable(t, block.section)]
        strong = [i for i, (_, t) in enumerate(spans) if strong_contact(t)]
        if not strong:
            return None
        # The run of address lines, plus the line before it when it is short and names someone
        # ("Internationell samordnare / Anders Fridén"); a long sentence before it is other content.
        first, last = strong[0], strong[-1]
        if first > 0:
            prev = spans[first - 1][1]
            if len(prev.split()) <= 8 and _EVIDENCE["contact"].search(prev):
                first -= 1
        picks = [(holder, SentenceScore(sp.start, sp.end, 0.0)) for sp, _ in spans[first:last + 1]]
        citations, parts = self._cite(picks[: self.params.max_sentences + 1], doc_texts)
        return Answer(" ".join(parts), tuple(citations), True, answer.language, answer.passages)

    def threshold(self, lang: str, ranked: Sequence[Ranked]) -> float:
        p = self.params
        top = ranked[0].passage
        coverage = top.scores.coverage or 0.0
        if top.language == lang and coverage < p.min_coverage:
            return p.min_score + p.same_language_margin
        return self.floor(lang, ranked[0])

    def floor(self, lang: str, r: Ranked) -> float:
        """The least similarity at which a sentence of this passage may be quoted."""
        p = self.params
        return p.min_score - (p.cross_language_margin if r.passage.language != lang else 0.0)

    def _single(self, lang: str, ranked: list[Ranked], doc_texts: dict[str, str],
                passages: tuple, types: set[str]) -> Answer:
        p = self.params

        def adjusted(r: Ranked, s: SentenceScore) -> float:
            if not types or p.type_bonus <= 0:
                return s.score
            text = doc_texts[r.passage.doc_id][s.start:s.end]
            return s.score + (p.type_bonus if type_match(types, text) else 0.0)

        scored = [(adjusted(r, s), r, s) for r in ranked for s in r.sentences if s.score >= self.floor(lang, r)]
        if not scored:
            return Answer(phrase(lang, "not_found"), (), False, lang, passages)
        best = max(a for a, _, _ in scored)
        chosen = sorted((x for x in scored if x[0] >= best - p.sentence_margin), key=lambda x: -x[0])
        picks = _dedupe([(r, s) for _, r, s in chosen], doc_texts)[: p.max_sentences]
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
        # Items keep the plain floor, without the cross-language margin: lists already over-include,
        # and the margin let other-language passages crowd out the right one ("elderly care" -> ESN).
        for r in ranked:
            bs = self._item_sentence(r, doc_texts)
            key = (r.passage.doc_id, r.passage.section)
            if bs is None or key in seen or r.passage.score < top - p.list_margin or bs.score < p.min_score:
                continue
            seen.add(key)
            picks.append((r, bs))
            if len(picks) >= p.max_items:
                break
        if not picks:  # no passage holds an item sentence: answer as a single question, never an empty list
            return self._single(lang, ranked, doc_texts, passages, set())
        citations, parts = self._cite(picks, doc_texts)
        lines = [phrase(lang, "list_intro")]
        for (r, _), part in zip(picks, parts, strict=True):
            label = r.passage.section or r.passage.title
            lines.append(f"- {label} ({r.passage.publisher or r.passage.title}): {part}")
        return Answer("\n".join(lines), tuple(citations), True, lang, passages)

    def _item_sentence(self, r: Ranked, doc_texts: dict[str, str]) -> SentenceScore | None:
        """The best sentence of a list item that says something (a bare name line does not)."""
        text = doc_texts[r.passage.doc_id]
        ok = [s for s in r.sentences if len(text[s.start:s.end].split()) >= self.params.min_item_words]
        return max(ok, key=lambda s: s.score) if ok else None

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
        # One citation entry per passage number (the first quote); later quotes reuse the marker
        # and are listed in `spans` so that every quoted sentence can be highlighted.
        unique: dict[int, Citation] = {}
        spans: dict[int, list[tuple[int, int]]] = {}
        for c in citations:
            unique.setdefault(c.n, c)
            spans.setdefault(c.n, []).append((c.quote_start, c.quote_end))
        return [replace(c, spans=tuple(sorted(set(spans[n])))) for n, c in unique.items()], parts


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
