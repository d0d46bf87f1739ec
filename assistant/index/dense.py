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

    def merge(self, other: DenseHits, k: int) -> DenseHits:
        """Union of two hit lists, each row at its best score, best first."""
        best: dict[int, float] = {}
        for r, s in zip([*self.rows, *other.rows], [*self.scores, *other.scores], strict=True):
            best[int(r)] = max(float(s), best.get(int(r), -1e9))
        order = sorted(best, key=lambda r: -best[r])[:k]
        return DenseHits(np.array(order, np.int64), np.array([best[r] for r in order], np.float32))


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

    def search(self, query: np.ndarray, k: int) -> DenseHits:
        if self.size == 0:
            return DenseHits(np.zeros(0, np.int64), np.zeros(0, np.float32))
        scores, rows = self._index.search(query.reshape(1, -1).astype(np.float32), min(k, self.size))
        keep = rows[0] >= 0
        return DenseHits(rows[0][keep].astype(np.int64), scores[0][keep])

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
