"""Hybrid retrieval: candidates from the index (dense + keyword), fused per query, re-ranked
at sentence level. Three steps, one method each: `candidates`, `fuse`, `rerank`."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, fields

import numpy as np

from assistant.lang.detect import detect_language
from assistant.protocols import Embedder, Hits, SearchIndex, TermQuery
from assistant.retrieve.fusion import fuse, merge_hits, weights
from assistant.retrieve.rerank import LanguageCentering, SentenceCache, SentenceScorer
from assistant.settings import Settings, default
from assistant.types import Filters, Ranked, Scores, SentenceScore

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FusionParams:
    """Retrieval knobs; defaults and their measured reasons live in `Settings` (retrieval section)."""

    mode: str = default("fusion")
    rrf_k: int = default("rrf_k")
    candidates: int = default("candidates")
    rerank: bool = default("rerank")
    rerank_depth: int = default("rerank_depth")
    keyword_gain: float = default("keyword_gain")
    coverage_power: float = default("coverage_power")
    sentence_weight: float = default("sentence_weight")
    keyword_bonus: float = default("keyword_bonus")
    language_centering: float = default("language_centering")
    language_sample: int = default("language_sample")
    centering_docs: float = default("centering_docs")
    sentence_cache_size: int = default("sentence_cache_size")
    feedback_weight: float = default("feedback_weight")
    feedback_passages: int = default("feedback_passages")
    feedback_below_coverage: float = default("feedback_below_coverage")
    feedback_pool: int = default("feedback_pool")
    foreign_share: float = default("foreign_share")
    foreign_names_cap: float = default("foreign_names_cap")

    @classmethod
    def from_settings(cls, s: Settings) -> FusionParams:
        return cls(mode=s.fusion, **{f.name: getattr(s, f.name) for f in fields(cls) if f.name != "mode"})


@dataclass(frozen=True, slots=True)
class Candidates:
    """What the index returned for one question, before fusion."""

    query_vector: np.ndarray
    dense: Hits
    keyword: Hits
    focus_vector: np.ndarray | None = None
    foreign: bool = False  # the question's language is (almost) not the collection's (`FusionParams.foreign_share`)


class Retriever:
    """Ranks the passages of one index version; cheap to build, safe to share between threads."""

    def __init__(self, index: SearchIndex, embedder: Embedder, params: FusionParams | None = None,
                 cache: SentenceCache | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.params = params or FusionParams()
        self.scorer = SentenceScorer(embedder, cache or SentenceCache(self.params.sentence_cache_size))
        self._centering: LanguageCentering | None = None
        self._shares: dict[str, float] | None = None

    def search(self, query: str, k: int = 5, filters: Filters | None = None,
               language: str | None = None, context: str = "", focus: str = "") -> list[Ranked]:
        """Ranked passages for `query`; `context` (the earlier question of a follow-up) widens the candidates;
        `focus` (the question without the names it asks about) scores each sentence a second time
        (`SentenceScore.focus`)."""
        if len(self.index.passages) == 0:
            return []
        cands = self.candidates(query, max(self.params.candidates, k), filters, language, context, focus)
        fused = self.fuse(cands)
        return self.rerank(cands, fused, k)

    def candidates(self, query: str, depth: int, filters: Filters | None = None, language: str | None = None,
                   context: str = "", focus: str = "") -> Candidates:
        lang = language or detect_language(query, question=True)
        depth = min(len(self.index.passages), depth)
        # A follow-up's intent is in its own words ("who is the contact?"); its topic is in the
        # context. The context vector widens the candidates, the question alone ranks them.
        texts = [query, f"{context} {query}"] if context else [query]
        focused = bool(focus) and focus != query and self.params.rerank
        vecs = self.embedder.embed_queries([*texts, focus] if focused else texts)
        qv, cv = vecs[0], vecs[len(texts) - 1]
        fv = vecs[-1] if focused else None
        if not (np.isfinite(qv).all() and np.isfinite(cv).all()):
            raise RuntimeError("The embedding model returned non-finite values for the question; "
                               "check the model files (ASSISTANT_MODEL, ASSISTANT_MODEL_CACHE_DIR)")
        # The question itself matters more than the history: its own keyword hits win when it has any.
        kw = self.index.search(TermQuery(query, lang), depth, filters)
        if context and (kw.coverage == 0 or not kw.ids):
            kw = self.index.search(TermQuery(f"{query} {context}", lang), depth, filters)
        # Part of the hybrid pipeline only: the single-retriever modes (dense, keyword, plain RRF) stay the
        # baselines the evaluation compares against.
        p = self.params
        feedback = p.mode == "adaptive" and kw.coverage < p.feedback_below_coverage and p.feedback_weight > 0
        deep = self.index.search(qv, depth * p.feedback_pool if feedback else depth, filters)
        dense = Hits(deep.ids[:depth], deep.scores[:depth], deep.coverage)
        if context:
            dense = merge_hits(self.index.search(cv, depth, filters), dense, depth)
        if feedback:
            dense = merge_hits(dense, self._feedback(qv, deep, depth), depth)
        return Candidates(qv, dense, kw, fv, self._share(lang) < p.foreign_share)

    def _share(self, lang: str) -> float:
        """The share of the collection's passages in this language (counted once per index version)."""
        if self._shares is None:
            counts = Counter(x.language for x in self.index.passages)
            total = max(sum(counts.values()), 1)
            self._shares = {code: n / total for code, n in counts.items()}
        return self._shares.get(lang, 0.0)

    def keyword_coverage(self, c: Candidates) -> float:
        """The keyword coverage the fusion weighs keyword evidence by: for a foreign question, at least its names'
        coverage (up to `foreign_names_cap`), since its common words cannot be the collection's."""
        kw = c.keyword
        if not c.foreign or kw.names_held is None or self.params.foreign_names_cap <= 0:
            return kw.coverage
        return max(kw.coverage, min(kw.names_held, self.params.foreign_names_cap))

    def _feedback(self, qv: np.ndarray, deep: Hits, depth: int) -> Hits:
        """Pseudo-relevance feedback in the embedding space: the question moved towards its best passages.
        When the question's words are not the pages' (an English question over Norwegian pages), those
        passages speak the collection's language for it.

        The moved vector re-scores the first search's deeper list instead of searching the index again: it
        lies between the question and its best passages, so its best passages are among the question's
        (`feedback_pool`). A second search cost 3.3 ms per question at 100k passages (HNSW, one thread) and
        about 11 ms per 100k passages below the HNSW threshold (exact search)."""
        p = self.params
        top = list(deep.ids[: p.feedback_passages])
        if not top:
            return Hits((), (), deep.coverage)
        moved = qv + p.feedback_weight * self.index.vectors(top).mean(axis=0)
        moved = (moved / max(float(np.linalg.norm(moved)), 1e-12)).astype(np.float32)
        sims = self.index.vectors(list(deep.ids)) @ moved
        order = np.argsort(-sims, kind="stable")[:depth]
        return Hits(tuple(deep.ids[int(i)] for i in order), tuple(float(sims[i]) for i in order), deep.coverage)

    def fuse(self, c: Candidates) -> dict[str, float]:
        p = self.params
        w_d, w_k = weights(p.mode, self.keyword_coverage(c), p.keyword_gain, p.coverage_power)
        return fuse(c.dense, c.keyword, w_d, w_k, p.rrf_k)

    def rerank(self, c: Candidates, fused: dict[str, float], k: int) -> list[Ranked]:
        p = self.params
        order = sorted(fused, key=lambda pid: -fused[pid])
        pool = order[: max(p.rerank_depth, k)] if p.rerank else order[:k]
        # The keyword search's best passage is always re-ranked, however low its fused rank: across languages the
        # keyword weight is small, and a name or number only it matched ("Hvem er Guillaume Poupard?", read as
        # French) stayed out of the pool (NorQuAD MRR@10 0.867 -> 0.869).
        if p.rerank and c.keyword.ids and c.keyword.ids[0] in fused and c.keyword.ids[0] not in pool:
            pool = [*pool, c.keyword.ids[0]]
        if not pool:
            return []
        qv = c.query_vector
        vecs = self.index.vectors(pool)
        cos = vecs @ qv
        finite = np.isfinite(cos)
        if not finite.all():  # damaged vectors: never ranked, and said so in the log
            logger.error("%d candidate passages have non-finite similarity and are dropped (damaged index?)",
                         int((~finite).sum()))
            pool = [pid for pid, ok in zip(pool, finite, strict=True) if ok]
            cos, vecs = cos[finite], vecs[finite]
        dense_of = {pid: float(x) for pid, x in zip(pool, cos, strict=True)}
        # the passages' similarity to the question without its names too, for `Scores.focus`
        focus_of = ({pid: float(x) for pid, x in zip(pool, vecs @ c.focus_vector, strict=True)}
                    if c.focus_vector is not None else {})
        k_score = dict(zip(c.keyword.ids, c.keyword.scores, strict=True))
        kw_max = max(k_score.values()) if k_score else 1.0
        _, w_k = weights(p.mode, self.keyword_coverage(c), p.keyword_gain, p.coverage_power)
        # the query's mean similarity per language: the centering's offsets and each passage's answer threshold
        centering = self._centering_for() if p.rerank else None
        means = centering.means(qv) if centering is not None else {}
        offset = centering.offsets(means) if centering is not None and p.language_centering else {}
        ranked: list[tuple[float, Ranked]] = []
        stored = self.index.sentence_vectors(pool) if p.rerank else [None] * len(pool)
        for pid, sent_vecs in zip(pool, stored, strict=True):
            passage = self.index.passage(pid)
            sents: tuple[SentenceScore, ...] = ()
            focused: float | None = None
            if p.rerank:
                sents = self.scorer.scores(passage, qv, sent_vecs)
                if c.focus_vector is not None and sents:
                    sents = self.scorer.focused(passage, sents, c.focus_vector, sent_vecs)
                bonus = p.keyword_bonus * (w_k if p.mode == "adaptive" else 1.0) * (
                    k_score.get(pid, 0.0) / kw_max if kw_max > 0 else 0.0) if p.mode in ("adaptive", "rrf") else 0.0
                score = self._passage_score(dense_of[pid], [s.score for s in sents]) + bonus
                if pid in focus_of and sents and all(s.focus is not None for s in sents):
                    focused = self._passage_score(focus_of[pid], [float(s.focus or 0.0) for s in sents]) + bonus \
                        - offset.get(passage.language, 0.0)
                if p.mode == "keyword":
                    score = k_score.get(pid, 0.0) / kw_max if kw_max > 0 else 0.0
                else:
                    score -= offset.get(passage.language, 0.0)
            else:
                score = fused[pid]
            scores = Scores(keyword=k_score.get(pid), dense=dense_of[pid], fused=fused[pid],
                            rerank=score if p.rerank else None,
                            coverage=c.keyword.coverage if c.keyword.held is None else c.keyword.held,
                            language_mean=means.get(passage.language), focus=focused)
            ranked.append((score, Ranked(passage.with_score(score, scores), sents)))
        ranked.sort(key=lambda x: -x[0])
        return [x[1] for x in ranked[:k]]

    def _passage_score(self, dense: float, sentences: list[float]) -> float:
        """A passage's re-rank score before keyword and language terms: its best sentence can lift it (one on-topic
        line in a long mixed page) but never sink it below its own similarity (a short coherent passage, or a contact
        block whose meaning is spread over lines, is already scored right as a whole)."""
        sw = self.params.sentence_weight
        return max(dense, (1 - sw) * dense + sw * max(sentences, default=dense))

    def _centering_for(self) -> LanguageCentering:
        if self._centering is None:  # built once per index version, on first use
            self._centering = LanguageCentering(self.index, self.params.language_centering,
                                                self.params.language_sample, self.params.centering_docs)
        return self._centering
