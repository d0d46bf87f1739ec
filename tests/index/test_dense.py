"""Exact search below a size, HNSW above it: same answers where it matters, filters honoured."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.index.dense import DenseIndex, DenseParams


def _vectors(n: int, dim: int = 32, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(40, dim))
    v = centres[rng.integers(0, 40, n)] + 0.4 * rng.normal(size=(n, dim))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def test_hnsw_from_the_threshold_finds_what_exact_search_finds(tmp_path: Path) -> None:
    vecs, queries = _vectors(3000), _vectors(50, seed=9)
    exact = DenseIndex(32, DenseParams(hnsw_threshold=0))
    graph = DenseIndex(32, DenseParams(hnsw_threshold=2000, hnsw_ef_search=128))
    exact.add(vecs)
    graph.add(vecs[:1000])
    assert graph.kind == "exact"
    graph.add(vecs[1000:])  # crossing the threshold rebuilds the rows already added as a graph
    assert graph.kind == "hnsw" and graph.size == 3000
    recall = np.mean([len(set(exact.search(q, 10).rows) & set(graph.search(q, 10).rows)) / 10 for q in queries])
    assert recall >= 0.99
    np.testing.assert_allclose(graph.vectors(np.array([5, 2500])), vecs[[5, 2500]], atol=1e-6)
    graph.save(tmp_path / "dense.faiss")
    again = DenseIndex.load(tmp_path / "dense.faiss", 32, DenseParams(hnsw_ef_search=128))
    assert again.kind == "hnsw" and list(again.search(queries[0], 10).rows) == list(graph.search(queries[0], 10).rows)


def test_a_filtered_hnsw_search_returns_only_allowed_rows_and_the_exact_best() -> None:
    vecs = _vectors(3000)
    exact = DenseIndex(32, DenseParams(hnsw_threshold=0))
    graph = DenseIndex(32, DenseParams(hnsw_threshold=1, exact_filter_rows=500))
    exact.add(vecs)
    graph.add(vecs)
    rng = np.random.default_rng(1)
    for size in (30, 400, 1500):  # exact over the rows, then the graph with an ID selector
        allowed = np.zeros(3000, bool)
        allowed[rng.choice(3000, size, replace=False)] = True
        q = vecs[int(np.flatnonzero(allowed)[0])]
        hits = graph.search(q, 10, allowed)
        assert allowed[hits.rows].all() and len(hits.rows) == 10
        assert hits.rows[0] == exact.search(q, 10, allowed).rows[0]
