"""Dense retrieval over L2-normalized vectors with FAISS: exact inner product below a size, HNSW above it.

Exact search costs O(passages) per question (about 18 ms at 100k on this 2-core machine, ten times that at
a million); HNSW (a graph index, FAISS's `IndexHNSWFlat`) answers in about a millisecond with recall@10 above
0.99 against exact at the `ef_search` below (benchmarks/backends.py prints the measured recall). A filter
with few allowed rows is answered exactly over those rows: a graph search that must skip most nodes loses
recall.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from assistant.settings import Settings, default


@dataclass(frozen=True, slots=True)
class DenseHits:
    rows: np.ndarray
    scores: np.ndarray  # cosine similarities


@dataclass(frozen=True, slots=True)
class DenseParams:
    """When to build HNSW and how to search it; defaults and their measured reasons live in `Settings`."""

    hnsw_threshold: int = default("hnsw_threshold")
    hnsw_m: int = default("hnsw_m")
    hnsw_ef_construction: int = default("hnsw_ef_construction")
    hnsw_ef_search: int = default("hnsw_ef_search")
    exact_filter_rows: int = default("exact_filter_rows")

    @classmethod
    def from_settings(cls, s: Settings) -> DenseParams:
        return cls(s.hnsw_threshold, s.hnsw_m, s.hnsw_ef_construction, s.hnsw_ef_search, s.exact_filter_rows)


class DenseIndex:
    def __init__(self, dimension: int, params: DenseParams | None = None) -> None:
        self.dimension = dimension
        self.params = params or DenseParams()
        self._index: faiss.Index = faiss.IndexFlatIP(dimension)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @property
    def kind(self) -> str:
        """"hnsw" or "exact", as built (an index keeps the kind it was written with)."""
        return "hnsw" if isinstance(self._index, faiss.IndexHNSW) else "exact"

    def add(self, vectors: np.ndarray) -> None:
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise ValueError(f"expected vectors of dimension {self.dimension}, got shape {vectors.shape}")
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if self.kind == "exact" and self.size + len(vectors) >= self.params.hnsw_threshold > 0:
            graph = faiss.IndexHNSWFlat(self.dimension, self.params.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            graph.hnsw.efConstruction = self.params.hnsw_ef_construction
            if self.size:
                graph.add(self.all_vectors())
            self._index = graph
        self._index.add(vectors)

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> DenseHits:
        """Best `k` rows; `allowed` (a boolean row mask) is evaluated inside FAISS by an ID selector."""
        empty = DenseHits(np.zeros(0, np.int64), np.zeros(0, np.float32))
        if self.size == 0:
            return empty
        q = query.reshape(1, -1).astype(np.float32)
        hnsw = self.kind == "hnsw"
        params = None
        if hnsw:
            params = faiss.SearchParametersHNSW()  # type: ignore[attr-defined]  # missing from faiss's stubs
            params.efSearch = max(self.params.hnsw_ef_search, k)
        if allowed is not None:
            ids = np.flatnonzero(allowed).astype(np.int64)
            if not len(ids):
                return empty
            if hnsw and len(ids) <= self.params.exact_filter_rows:
                return self._exact_over(ids, q[0], k)
            selector = faiss.IDSelectorBatch(ids)  # referenced here for as long as the search runs
            params = params or faiss.SearchParameters()
            params.sel = selector
            k = min(k, len(ids))
        scores, rows = self._index.search(q, min(k, self.size), params=params)
        keep = rows[0] >= 0
        return DenseHits(rows[0][keep].astype(np.int64), scores[0][keep])

    def _exact_over(self, ids: np.ndarray, q: np.ndarray, k: int) -> DenseHits:
        sims = self.vectors(ids) @ q
        top = np.argsort(-sims, kind="stable")[:k]
        return DenseHits(ids[top], sims[top].astype(np.float32))

    def all_vectors(self) -> np.ndarray:
        return self._index.reconstruct_n(0, self.size) if self.size else np.zeros((0, self.dimension), np.float32)

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        if not len(rows):
            return np.zeros((0, self.dimension), np.float32)
        return self._index.reconstruct_batch(np.asarray(rows, dtype=np.int64))

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, dimension: int, params: DenseParams | None = None) -> DenseIndex:
        index = faiss.read_index(str(path))
        if index.d != dimension:
            raise ValueError(f"{path}: vectors have dimension {index.d}, manifest says {dimension}")
        obj = cls(dimension, params)
        obj._index = index
        return obj
