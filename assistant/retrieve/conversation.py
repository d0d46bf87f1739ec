"""Follow-up questions: resolve "it"/"den"/"het" against the previous turn.

A follow-up ("Who is the contact person for it?") names nothing itself, so retrieval
adds the previous question to the query and prefers the documents the previous
answer cited. A question that names its own subject is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.lang import pack, union
from assistant.lang.detect import detect_language

# Anaphoric pronouns and adverbs, and openings that continue the topic without a pronoun
# ("What about X?" / "Och X?" / "En X?"), from every language pack. Pronouns are read in the question's own
# language: German "er" (he) is Norwegian and Danish "er" (is), which made every "Hva er …?" a follow-up.
_WORDS = set(union(lambda p: p.anaphora))
_CONTINUATION = re.compile(r"^\s*(?:" + "|".join(union(lambda p: p.continuations)) + r")\b", re.IGNORECASE)
_TOKEN = re.compile(r"\w+", re.UNICODE)
_ARTICLE_PHRASE = re.compile("|".join(union(lambda p: p.article_phrases)), re.IGNORECASE)
# "And Lindesberg?" continues the topic; a long question opening with "and" states its own.
CONTINUATION_MAX_TOKENS = 6
# A question this short that opens with a pronoun ("Den då?") refers back even from the first word.
SHORT_QUESTION_TOKENS = 3


@dataclass(frozen=True, slots=True)
class Turn:
    """One earlier exchange: the question, the answer text and the documents it cited."""

    question: str
    answer: str = ""
    sources: tuple[str, ...] = ()


def is_followup(question: str) -> bool:
    tokens = [t.casefold() for t in _TOKEN.findall(question)]
    if not tokens:
        return False
    if _CONTINUATION.match(question) and len(tokens) <= CONTINUATION_MAX_TOKENS:
        return True
    # Expletive "det"/"it" at the start ("Det finns ...", "It is ...") is not a reference, nor is an article
    # that opens the question's own subject ("målet med det internasjonale kommunenettverket i Viken").
    own_pack = pack(detect_language(question, question=True))
    words = set(own_pack.anaphora) if own_pack is not None and own_pack.anaphora else _WORDS
    own = [t.casefold() for t in _TOKEN.findall(_ARTICLE_PHRASE.sub(" ", question))]
    return any(t in words for t in own[1:]) or (len(tokens) <= SHORT_QUESTION_TOKENS and tokens[0] in words)


@dataclass(frozen=True, slots=True)
class Context:
    """What retrieval takes from the conversation."""

    text: str = ""                         # earlier question(s), added to the query
    focus: frozenset[str] = frozenset()    # documents the previous answer cited


def context_for(question: str, history: Sequence[Turn] | None) -> Context:
    if not history:
        return Context()
    last = history[-1]
    if not is_followup(question):
        return Context()
    return Context(text=last.question, focus=frozenset(last.sources))
