"""BM25 keyword retrieval (bm25s) over language-aware terms."""

from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

from assistant.lang.analysis import Analyzer

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class KeywordHits:
    """Row indices of matching chunks with BM25 scores, best first, and how well the query matched."""

    rows: np.ndarray
    scores: np.ndarray
    coverage: float  # share of the query's IDF mass found in the collection (0..1)
    terms: tuple[str, ...]
    held: float = 0.0  # the same of the question's own words, without concept words (`term_coverage`)
    names_held: float = 0.0  # the same when only the question's names count as missing (`names_coverage`)


def term_coverage(terms: Iterable[str], idf: Mapping[str, float], size: int) -> float:
    """The share of the question's keyword weight (IDF) that the collection holds; a term it lacks gets the IDF of
    a term seen once. Computed twice: over the search terms (the fusion weighs keyword evidence by it) and over
    the question's own words without the concept words another language has for them (`held`, from
    `Analyzer.query_terms(concepts=False)`), which sets the answer threshold: concept words find the pages but say
    nothing of whether the collection holds what was asked, and counting them there lost 3 refusals of 140
    (parish, regional, encyclopedia sets)."""
    terms = list(dict.fromkeys(terms))
    unseen = math.log(1 + (size - 0.5) / 1.5)
    mass = {t: idf.get(t, unseen) for t in terms}
    return sum(v for t, v in mass.items() if t in idf) / max(sum(mass.values()), 1e-9)


_WORD = re.compile(r"\w+")


def capitalised(question: str) -> str:
    """The question's capitalised words after its first (its names, and German nouns), space-separated."""
    found = list(_WORD.finditer(question))
    return " ".join(m.group(0) for m in found[1:] if m.group(0)[0].isupper())


def names_coverage(terms: Iterable[str], name_terms: Iterable[str], idf: Mapping[str, float], size: int) -> float:
    """`term_coverage` when only the names' terms count against it: the collection's terms of the question, and its
    names' terms the collection lacks. An English question over Finnish pages cannot find "swimming" or "demolished"
    there; whether the pages hold "Kouvola" is what its keyword search can tell (the retriever uses this for a
    question whose language the collection barely has)."""
    held = [t for t in dict.fromkeys(terms) if t in idf]
    return term_coverage([*held, *(t for t in name_terms if t not in idf)], idf, size) if held else 0.0


def _idf(df: int, size: int) -> float:
    """BM25's (Lucene's) inverse document frequency, as bm25s computes it."""
    return math.log(1 + (size - df + 0.5) / (df + 0.5))


class KeywordIndex:
    def __init__(self, analyzer: Analyzer | None = None) -> None:
        self.analyzer = analyzer or Analyzer()
        self._bm25: bm25s.BM25 | None = None
        self._idf: dict[str, float] = {}
        self.size = 0
        self._row_language = np.zeros(0, dtype=np.int32)  # each row's language, as an index into _language_size
        self._language_size = np.zeros(0, dtype=np.int64)  # how many rows each language has
        self._weights: dict[str, float] = {}  # own_language_weight per term, computed once per index version

    def set_languages(self, languages: Sequence[str]) -> None:
        """Each row's language (the passages' own, kept in chunks.jsonl), for `own_language_weight`."""
        if len(languages) != self.size:
            raise ValueError(f"{len(languages)} row languages for {self.size} keyword rows; rebuild the index")
        codes = {lang: i for i, lang in enumerate(Counter(languages))}
        self._row_language = np.fromiter((codes[x] for x in languages), dtype=np.int32, count=len(languages))
        self._language_size = np.bincount(self._row_language, minlength=len(codes)).astype(np.int64)
        self._weights = {}

    def build(self, texts: Sequence[str], languages: Sequence[str]) -> None:
        self.analyzer.learn(texts)
        corpus = [self.analyzer.terms(t, lang) or ["\u2205"] for t, lang in zip(texts, languages, strict=True)]
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self.size = len(corpus)
        self._compute_idf()
        self.set_languages(languages)

    def _compute_idf(self) -> None:
        assert self._bm25 is not None
        indptr = np.asarray(self._bm25.scores["indptr"])
        df = np.diff(indptr)
        n = max(self.size, 1)
        self._idf = {tok: _idf(int(df[i]), n) for tok, i in self._bm25.vocab_dict.items() if i < len(df) and df[i] > 0}

    def search(self, query: str, lang: str, k: int, allowed: np.ndarray | None = None,
               languages: Sequence[str] = ()) -> KeywordHits:
        """Best `k` rows by BM25; `allowed` (a boolean row mask) removes rows before the cut. `languages`:
        those of the collection, whose analysis a word of another language's question may take
        (Analyzer.query_terms)."""
        terms = tuple(dict.fromkeys(self.analyzer.query_terms(query, lang, languages, self._idf.__contains__)))
        empty = KeywordHits(np.zeros(0, np.int64), np.zeros(0, np.float32), 0.0, terms)
        if self._bm25 is None or not terms or self.size == 0:
            return empty
        known = [t for t in terms if t in self._idf]
        if not known:
            return empty
        plain = self.analyzer.query_terms(query, lang, languages, self._idf.__contains__, concepts=False)
        names = self.analyzer.query_terms(capitalised(query), lang, languages, self._idf.__contains__,
                                          all_names=True)
        weight = {t: self.own_language_weight(t) for t in plain if t in self._idf and t not in names
                  and not any(ch.isdigit() for ch in t)}
        # (coverage stays the collection's: what share of the question's words it holds, however common in their
        # language; the fusion weighs keyword evidence by it)
        coverage = term_coverage(terms, self._idf, self.size)
        held = term_coverage(plain, self._idf, self.size)
        names_held = names_coverage(terms, names, self._idf, self.size)
        scores = self._scores(known, weight)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(k, self.size)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        top = top[scores[top] > 0]
        return KeywordHits(top.astype(np.int64), scores[top].astype(np.float32), float(coverage), terms, float(held),
                           float(names_held))

    def _rows(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        assert self._bm25 is not None
        i = self._bm25.vocab_dict[term]
        sc = self._bm25.scores
        a, b = int(sc["indptr"][i]), int(sc["indptr"][i + 1])
        return sc["indices"][a:b], sc["data"][a:b]

    def own_language_weight(self, term: str) -> float:
        """How much of its IDF a word of the question keeps when counted among the passages written in the
        languages it occurs in, not the whole collection: in a Finnish, Dutch and Danish collection with one
        English page, "care" is rare overall but common in English, and an English question's common words
        then found the English page whatever it asked."""
        if len(self._language_size) == 0 or term not in self._idf:
            return 1.0
        if term in self._weights:
            return self._weights[term]
        rows, _ = self._rows(term)
        present = np.zeros(len(self._language_size), dtype=bool)
        present[self._row_language[rows]] = True
        n, df = int(self._language_size[present].sum()), len(rows)

        def rarity(size: int) -> float:  # IDF against that of a word seen once, among `size` passages
            return _idf(df, size) / max(_idf(1, size), 1e-9)

        weight = min(1.0, rarity(max(n, df)) / max(rarity(self.size), 1e-9))
        self._weights[term] = weight
        return weight

    def _scores(self, terms: Sequence[str], weight: Mapping[str, float]) -> np.ndarray:
        """BM25 over `terms`, each term's scores times its `weight` (1 when not given)."""
        assert self._bm25 is not None
        if not weight:
            return np.asarray(self._bm25.get_scores(list(terms)), dtype=np.float32)
        scores = np.zeros(self.size, dtype=np.float32)
        for t in terms:
            rows, data = self._rows(t)
            scores[rows] += weight.get(t, 1.0) * data
        return scores

    def save(self, folder: Path) -> None:
        assert self._bm25 is not None
        folder.mkdir(parents=True, exist_ok=True)
        self._bm25.save(str(folder), show_progress=False, allow_pickle=False)
        (folder / "vocabulary.json").write_text(json.dumps(sorted(self.analyzer.vocabulary),
                                                           ensure_ascii=False))
        (folder / "size.json").write_text(json.dumps({"size": self.size}))

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        vocab = json.loads((folder / "vocabulary.json").read_text())
        idx = cls(Analyzer(vocab))
        idx._bm25 = bm25s.BM25.load(str(folder), show_progress=False, allow_pickle=False)
        idx.size = int(json.loads((folder / "size.json").read_text())["size"])
        idx._compute_idf()
        return idx
