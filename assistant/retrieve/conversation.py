"""Follow-up questions: resolve "it"/"den"/"het" against the previous turn.

A follow-up ("Who is the contact person for it?") names nothing itself, so retrieval
adds the previous question to the query and prefers the documents the previous
answer cited. A question that names its own subject is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Anaphoric pronouns and adverbs per language (en, sv, no/da, nl, de, fi).
_ANAPHORA = {
    "en": "it its they them their this that these those there he she him her his",
    "sv": "den det dess de dem deras denna detta där han hon honom henne hans hennes",
    "no": "den det dens dets de dem deres denne dette der han hun ham henne hans hennes",
    "nl": "het die dat deze ze zij hun hen daar ervan erin hij haar zijn",
    "de": "es sie ihr ihre ihm ihn dort dessen deren er",
    "fi": "se sen ne niiden siellä hän hänen",
}
_WORDS = {w for ws in _ANAPHORA.values() for w in ws.split()}
# "What about X?" / "Och X?" / "En X?" continue the topic even without a pronoun.
_CONTINUATION = re.compile(r"^\s*(?:and|what about|how about|och|hva med|og|en|und|entä|ja)\b", re.IGNORECASE)
_TOKEN = re.compile(r"\w+", re.UNICODE)


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
    if _CONTINUATION.match(question) and len(tokens) <= 6:
        return True
    # Expletive "det"/"it" at the start ("Det finns ...", "It is ...") is not a reference.
    return any(t in _WORDS for t in tokens[1:]) or (len(tokens) <= 3 and tokens[0] in _WORDS)


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
