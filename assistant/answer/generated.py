"""Answers written by a language model, shown only sentence by sentence as each passes verification.

The extractive composer stays in charge of two things: whether the passages answer at all (no model
call when nothing relevant was found) and the fallback (endpoint down, timed out, or no sentence
verified). Streamed text is cut into sentences; each is verified as soon as it is complete and only
then handed on, so nothing unverified ever reaches a page.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from assistant.answer.chat_client import ChatClient, ChatParams, GeneratorUnavailable
from assistant.answer.extractive import Composer, ComposerParams, phrase
from assistant.answer.prompt import messages
from assistant.answer.verify import MARKER, ClaimStream, Verifier, fold, parse
from assistant.protocols import Embedder, PassageSource
from assistant.retrieve.conversation import Turn
from assistant.retrieve.rerank import SentenceCache, SentenceScorer
from assistant.settings import Settings
from assistant.types import Answer, Citation, Dropped, Passage, Ranked, SentenceScore, StreamItem

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LLMParams:
    passages: int
    passage_chars: int
    max_sentences: int
    verify_similarity: float

    @classmethod
    def from_settings(cls, s: Settings) -> LLMParams:
        return cls(s.llm_passages, s.llm_passage_chars, s.max_sentences, s.verify_similarity)


@dataclass
class _Run:
    """What one answer has kept and dropped so far."""

    passages: list[Passage]
    doc_texts: dict[str, str]
    shown: dict[int, int]  # prompt number -> number shown to the user (order of first use)
    support: dict[int, list[SentenceScore]]
    kept: list[str]
    dropped: list[Dropped]
    not_found: bool = False


class LLMGenerator:
    """An OpenAI-compatible model writes; `Verifier` decides what is shown; `Composer` is the fallback."""

    name = "llm"

    def __init__(self, settings: Settings, embedder: Embedder, client: ChatClient | None = None) -> None:
        self.params = LLMParams.from_settings(settings)
        self.chat = ChatParams.from_settings(settings)  # a missing URL is reported at start, not per question
        self.fallback = Composer(ComposerParams.from_settings(settings))
        self.verifier = Verifier(embedder, SentenceScorer(embedder, SentenceCache(settings.sentence_cache_size)),
                                 self.params.verify_similarity)
        self._client = client

    @property
    def client(self) -> ChatClient:
        if self._client is None:
            self._client = ChatClient(self.chat)
        return self._client

    def answers(self, language: str, ranked: Sequence[Ranked]) -> bool:
        return self.fallback.answers(language, ranked)

    def compose(self, question: str, language: str, ranked: Sequence[Ranked], source: PassageSource,
                history: Sequence[Turn] = ()) -> Answer:
        final = None
        for item in self.stream(question, language, ranked, source, history):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def stream(self, question: str, language: str, ranked: Sequence[Ranked], source: PassageSource,
               history: Sequence[Turn] = ()) -> Iterator[StreamItem]:
        """Verified sentences as they pass (text with the shown [n]), each citation just before the first
        sentence that cites it, then the final `Answer`."""
        extractive = self.fallback.compose(question, language, ranked, source)
        if not extractive.found:
            yield extractive  # nothing relevant was retrieved: no model call
            return
        passages = [r.passage for r in ranked[: self.params.passages]]
        doc_texts = {p.doc_id: source.document(p.doc_id).text for p in passages}
        run = _Run(passages, doc_texts, {}, {}, [], [])
        prompt = messages(question, language, passages, history, self.params.passage_chars,
                          self.params.max_sentences)
        started = time.monotonic()
        splitter = ClaimStream()
        try:
            for piece in self.client.stream(prompt):
                for raw in splitter.feed(piece):
                    yield from self._take(raw, run, language, question)
            for raw in splitter.close():
                yield from self._take(raw, run, language, question)
        except GeneratorUnavailable as e:
            logger.warning("Generator failed, answering extractively: %s", e)
            yield replace(extractive, dropped=tuple(run.dropped), fallback=f"the language model failed: {e}")
            return
        logger.info("Generated answer in %.2f s: %d sentences kept, %d dropped", time.monotonic() - started,
                    len(run.kept), len(run.dropped))
        yield self._final(run, extractive, language)

    def _take(self, raw: str, run: _Run, language: str, question: str) -> Iterator[str | Citation]:
        claim = parse(raw)
        if _is_not_found(claim.text, language):
            run.not_found = True
            return
        if len(run.kept) >= self.params.max_sentences:
            run.dropped.append(Dropped(claim.raw, f"more than {self.params.max_sentences} sentences"))
            return
        verdict = self.verifier.check(claim, run.passages, run.doc_texts, language, question)
        if not verdict.ok:
            run.dropped.append(Dropped(claim.raw, verdict.reason))
            return
        for n, s in verdict.support.items():
            new = n not in run.shown
            run.shown.setdefault(n, len(run.shown) + 1)
            run.support.setdefault(n, []).append(s)
            if new:  # a page can list the source before the sentence that cites it arrives
                yield _citation(run, n)
        markers = "".join(f"[{run.shown[n]}]" for n in sorted(verdict.support, key=run.shown.__getitem__))
        text = claim.text if claim.text.endswith((".", "!", "?")) else claim.text + "."
        sentence = f"{text[:-1]} {markers}{text[-1]}" if len(text) > 1 else text
        run.kept.append(sentence)
        yield sentence if len(run.kept) == 1 else " " + sentence

    def _final(self, run: _Run, extractive: Answer, language: str) -> Answer:
        if not run.kept:
            if run.not_found:
                return Answer(phrase(language, "not_found"), (), False, language, extractive.passages,
                              generator=self.name, dropped=tuple(run.dropped))
            return replace(extractive, dropped=tuple(run.dropped),
                           fallback=f"none of the {len(run.dropped)} generated sentences passed verification")
        citations = [_citation(run, n) for n, _ in sorted(run.shown.items(), key=lambda kv: kv[1])]
        return Answer(" ".join(run.kept), tuple(citations), True, language, extractive.passages,
                      generator=self.name, dropped=tuple(run.dropped))


def _citation(run: _Run, n: int) -> Citation:
    """Prompt passage n as shown so far: its shown number and every sentence that supported a kept claim."""
    p = run.passages[n - 1]
    text = run.doc_texts[p.doc_id]
    spans = sorted({(s.start, s.end) for s in run.support[n]})
    first = run.support[n][0]
    return Citation(run.shown[n], p, text[first.start:first.end], first.start, first.end, tuple(spans))


def _is_not_found(text: str, language: str) -> bool:
    said = _plain(text)
    return bool(said) and any(_plain(phrase(lang, "not_found")) in said for lang in {language, "en"})


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(MARKER.sub(" ", text))))
