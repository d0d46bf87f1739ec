"""Hybrid retrieval: dense + keyword, fused per query, re-ranked at sentence level.

Why adaptive: keyword search is strong when the question shares words with the
passages (same language, names, numbers) and pure noise when it does not (an
English question over Swedish pages). The keyword weight therefore scales with
how much of the question's IDF mass the collection actually contains.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from assistant.index.embedder import Embedder
from assistant.index.store import LoadedIndex
from assistant.lang.detect import detect_language
from assistant.lang.sentences import sentence_spans
from assistant.types import Passage, Scores

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SentenceScore:
    start: int  # document offsets
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class Ranked:
    """A ranked passage with its best sentences (document offsets), for answer composition."""

    passage: Passage
    sentences: tuple[SentenceScore, ...] = ()

    @property
    def best_sentence(self) -> SentenceScore | None:
        return max(self.sentences, key=lambda s: s.score) if self.sentences else None


@dataclass(frozen=True, slots=True)
class Filters:
    language: str | None = None
    doc_id: str | None = None
    publisher: str | None = None
    doc_ids: frozenset[str] | None = None  # e.g. the documents a follow-up refers to

    @classmethod
    def of(cls, language: str | None = None, doc_id: str | None = None, publisher: str | None = None) -> Filters:
        """Filters from optional request values; an empty value means no filter."""
        return cls(language=language or None, doc_id=doc_id or None, publisher=publisher or None)

    def accept(self, p: Passage) -> bool:
        return ((self.language is None or p.language == self.language)
                and (self.doc_id is None or p.doc_id == self.doc_id)
                and (self.doc_ids is None or p.doc_id in self.doc_ids)
                and (self.publisher is None or p.publisher.casefold() == self.publisher.casefold()))


@dataclass
class FusionParams:
    mode: str = "adaptive"
    rrf_k: int = 60
    candidates: int = 30
    rerank: bool = True
    rerank_depth: int = 12
    keyword_gain: float = 1.0      # weight of keyword evidence at full coverage
    coverage_power: float = 2.0    # how fast keyword weight falls with poor coverage
    sentence_weight: float = 0.5   # share of the best sentence vs the whole chunk in the dense score
    keyword_bonus: float = 0.03    # score-level keyword contribution in the re-ranker (0.06 before the
                                   # max() above; 0.03 keeps the default set's MRR@10 and adds 0.036 on
                                   # eval/questions/services.jsonl)
    # Share of each passage language's mean similarity to the query (above the collection's mean)
    # taken off in the re-ranker. Multilingual embeddings score a passage in the question's own
    # language higher on language alone, so a Dutch question pulls Dutch pages above the Swedish
    # page that answers it. 0.25: MRR@10 0.837 -> 0.856 (default), 0.933 -> 0.943 (services);
    # 0.5 is about as good, 1.0 overcorrects (0.821 and 0.770).
    language_centering: float = 0.25
    language_sample: int = 4096    # passages per language used to estimate that mean
    extra: dict[str, float] = field(default_factory=dict)


def quotable(sentence: str, section: str) -> bool:
    """Headings and one-word fragments ("Persvragen?") say nothing on their own."""
    flat = " ".join(sentence.split())
    return flat != " ".join(section.split()) and len(flat.split()) >= 2


class Retriever:
    def __init__(self, index: LoadedIndex, embedder: Embedder, params: FusionParams | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.params = params or FusionParams()
        self._sentence_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._language_vectors: dict[str, tuple[int, np.ndarray]] | None = None

    def search(self, query: str, k: int = 5, filters: Filters | None = None,
               language: str | None = None, context: str = "") -> list[Ranked]:
        """Ranked passages for `query`.

        `context` (the earlier question of a follow-up) widens the dense candidates.
        """
        p = self.params
        lang = language or detect_language(query)
        n = len(self.index.passages)
        if n == 0:
            return []
        depth = min(n, max(p.candidates, k))
        # A follow-up's intent is in its own words ("who is the contact?"); its topic is in the
        # context. The context vector widens the candidates, the question alone ranks them.
        if context:
            qv, cv = self.embedder.embed_queries([query, f"{context} {query}"])
        else:
            qv = cv = self.embedder.embed_queries([query])[0]
        allowed = None
        if filters and (filters.language or filters.doc_id or filters.publisher or filters.doc_ids is not None):
            allowed = np.array([filters.accept(x) for x in self.index.passages])
            depth = n  # filters can remove many; look at everything (flat index, cheap)

        dense = self.index.dense.search(qv, depth)
        if context:
            dense = self.index.dense.search(cv, depth).merge(dense, depth)
        # The question itself matters more than the history: its own keyword hits win when it has any.
        kw = self.index.keyword.search(query, lang, depth)
        if context and (kw.coverage == 0 or not len(kw.rows)):
            kw = self.index.keyword.search(f"{query} {context}", lang, depth)
        d_rank = {int(r): i for i, r in enumerate(dense.rows)}
        k_rank = {int(r): i for i, r in enumerate(kw.rows)}
        k_score = {int(r): float(s) for r, s in zip(kw.rows, kw.scores, strict=True)}

        if p.mode == "dense":
            w_d, w_k = 1.0, 0.0
        elif p.mode == "keyword":
            w_d, w_k = 0.0, 1.0
        elif p.mode == "rrf":
            w_d, w_k = 1.0, 1.0
        else:
            w_d, w_k = 1.0, p.keyword_gain * kw.coverage ** p.coverage_power
        fused: dict[int, float] = {}
        for r in set(d_rank) | set(k_rank):
            if allowed is not None and not allowed[r]:
                continue
            s = 0.0
            if r in d_rank:
                s += w_d / (p.rrf_k + d_rank[r] + 1)
            if r in k_rank:
                s += w_k / (p.rrf_k + k_rank[r] + 1)
            if s > 0:
                fused[r] = s
        order = sorted(fused, key=lambda r: -fused[r])
        pool = order[: max(p.rerank_depth, k)] if p.rerank else order[:k]
        if not pool:
            return []
        cos = self.index.dense.vectors(np.array(pool)) @ qv
        dense_of = {r: float(c) for r, c in zip(pool, cos, strict=True)}
        kw_max = max(k_score.values()) if k_score else 1.0

        offset = self._language_offsets(qv) if p.rerank and p.language_centering else {}
        ranked: list[tuple[float, Ranked]] = []
        for r in pool:
            passage = self.index.passages[r]
            sents: tuple[SentenceScore, ...] = ()
            if p.rerank:
                sents = self._sentence_scores(passage, qv)
                best = max((s.score for s in sents), default=dense_of[r])
                # A sentence can lift a passage (one on-topic line in a long mixed page) but never
                # sink it below its own similarity: a short coherent passage, or a contact block
                # whose meaning is spread over lines, is already scored right as a whole.
                sw = p.sentence_weight
                score = max(dense_of[r], (1 - sw) * dense_of[r] + sw * best)
                if p.mode in ("adaptive", "rrf"):
                    score += p.keyword_bonus * (w_k if p.mode == "adaptive" else 1.0) * (
                        k_score.get(r, 0.0) / kw_max if kw_max > 0 else 0.0)
                if p.mode == "keyword":
                    score = k_score.get(r, 0.0) / kw_max if kw_max > 0 else 0.0
                else:
                    score -= offset.get(passage.language, 0.0)
            else:
                score = fused[r]
            scores = Scores(keyword=k_score.get(r), dense=dense_of[r], fused=fused[r],
                            rerank=score if p.rerank else None, coverage=kw.coverage)
            ranked.append((score, Ranked(passage.with_score(score, scores), sents)))
        ranked.sort(key=lambda x: -x[0])
        return [x[1] for x in ranked[:k]]

    def _language_offsets(self, qv: np.ndarray) -> dict[str, float]:
        """How much more than the collection's mean each passage language resembles the query."""
        if self._language_vectors is None:
            rows: dict[str, list[int]] = {}
            for i, ps in enumerate(self.index.passages):
                rows.setdefault(ps.language, []).append(i)
            cap = self.params.language_sample
            self._language_vectors = {
                lang: (len(r), self.index.dense.vectors(np.array(r[:: max(1, len(r) // cap)][:cap])))
                for lang, r in rows.items()}
        if len(self._language_vectors) < 2:
            return {}  # one language: nothing to correct
        means = {lang: (n, float((vecs @ qv).mean())) for lang, (n, vecs) in self._language_vectors.items()}
        total = sum(n for n, _ in means.values())
        overall = sum(n * m for n, m in means.values()) / total
        w = self.params.language_centering
        return {lang: w * (m - overall) for lang, (_, m) in means.items()}

    def _sentence_scores(self, passage: Passage, qv: np.ndarray) -> tuple[SentenceScore, ...]:
        # passage.text == document.text[start:end], so sentence offsets map straight into it.
        spans = []
        texts = []
        for s in sentence_spans(passage.text, passage.start):
            t = passage.text[s.start - passage.start:s.end - passage.start]
            if quotable(t, passage.section):  # skip headings before paying for their embedding
                spans.append(s)
                texts.append(t)
        if not spans:
            return ()
        # The section heading gives each sentence its topic ("it" -> the network).
        keyed = [f"{passage.section}: {t}" if passage.section else t for t in texts]
        missing = [t for t in dict.fromkeys(keyed) if t not in self._sentence_cache]
        fresh = dict(zip(missing, self.embedder.embed_passages(missing), strict=True)) if missing else {}
        out = []
        for s, t in zip(spans, keyed, strict=True):
            vec = fresh.get(t)
            if vec is None:
                vec = self._sentence_cache[t]
                self._sentence_cache.move_to_end(t)
            out.append(SentenceScore(s.start, s.end, float(vec @ qv)))
        for t, v in fresh.items():
            self._sentence_cache[t] = v
            if len(self._sentence_cache) > 20000:
                self._sentence_cache.popitem(last=False)
        return tuple(out)
