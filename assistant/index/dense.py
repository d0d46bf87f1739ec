"""Dense retrieval: exact inner product over L2-normalized vectors with FAISS."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np


@dataclass(frozen=True, slots=True)
class DenseHits:
    rows: np.ndarray
    scores: np.ndarray  # cosine similarities


class DenseIndex:
    def __init__(self, dimension: int) -> None:
        self.dimension = dimension
        self._index: faiss.Index = faiss.IndexFlatIP(dimension)

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise ValueError(f"expected vectors of dimension {self.dimension}, got shape {vectors.shape}")
        self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> DenseHits:
        """Best `k` rows; `allowed` (a boolean row mask) is evaluated inside FAISS by an ID selector."""
        params = None
        if allowed is not None:
            ids = np.flatnonzero(allowed).astype(np.int64)
            if not len(ids):
                return DenseHits(np.zeros(0, np.int64), np.zeros(0, np.float32))
            selector = faiss.IDSelectorBatch(ids)  # referenced here for as long as the search runs
            params = faiss.SearchParameters()
            params.sel = selector
            k = min(k, len(ids))
        if self.size == 0:
            return DenseHits(np.zeros(0, np.int64), np.zeros(0, np.float32))
        scores, rows = self._index.search(query.reshape(1, -1).astype(np.float32), min(k, self.size),
                                          params=params)
        keep = rows[0] >= 0
        return DenseHits(rows[0][keep].astype(np.int64), scores[0][keep])

    def all_vectors(self) -> np.ndarray:
        return self._index.reconstruct_n(0, self.size) if self.size else np.zeros((0, self.dimension), np.float32)

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        return np.vstack([self._index.reconstruct(int(r)) for r in rows]) if len(rows) else np.zeros(
            (0, self.dimension), np.float32)

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, dimension: int) -> DenseIndex:
        index = faiss.read_index(str(path))
        if index.d != dimension:
            raise ValueError(f"{path}: vectors have dimension {index.d}, manifest says {dimension}")
        obj = cls(dimension)
        obj._index = index
        return obj
