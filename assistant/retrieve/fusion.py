"""Fusion of dense and keyword candidates: pure functions over passage ids.

Why adaptive: keyword search is strong when the question shares words with the passages
(same language, names, numbers) and pure noise when it does not (an English question over
Swedish pages). The keyword weight therefore scales with how much of the question's IDF
mass the collection actually contains (`Hits.coverage`).
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.protocols import Hits

MODES = ("adaptive", "rrf", "dense", "keyword")


def merge_hits(a: Hits, b: Hits, k: int) -> Hits:
    """Union of two hit lists, each passage at its best score, best first."""
    best: dict[str, float] = {}
    for pid, s in zip([*a.ids, *b.ids], [*a.scores, *b.scores], strict=True):
        best[pid] = max(s, best.get(pid, -1e9))
    order = sorted(best, key=lambda pid: -best[pid])[:k]
    return Hits(tuple(order), tuple(best[pid] for pid in order), max(a.coverage, b.coverage))


def adaptive_weights(coverage: float, keyword_gain: float, coverage_power: float) -> tuple[float, float]:
    return 1.0, keyword_gain * coverage ** coverage_power


# mode -> (dense weight, keyword weight) from the keyword coverage; bm25s-style selector.
WEIGHTS: dict[str, Callable[[float, float, float], tuple[float, float]]] = {
    "adaptive": adaptive_weights,
    "rrf": lambda c, g, p: (1.0, 1.0),
    "dense": lambda c, g, p: (1.0, 0.0),
    "keyword": lambda c, g, p: (0.0, 1.0),
}


def weights(mode: str, coverage: float, keyword_gain: float = 1.0, coverage_power: float = 2.0) -> tuple[float, float]:
    try:
        return WEIGHTS[mode](coverage, keyword_gain, coverage_power)
    except KeyError:
        raise ValueError(f"Unknown fusion mode {mode!r}; choose one of: {', '.join(MODES)}") from None


def fuse(dense: Hits, keyword: Hits, w_dense: float, w_keyword: float, rrf_k: int) -> dict[str, float]:
    """Weighted reciprocal-rank fusion: passage id -> fused score (only positive scores)."""
    fused: dict[str, float] = {}
    for w, hits in ((w_dense, dense), (w_keyword, keyword)):
        if w == 0:
            continue
        for rank, pid in enumerate(hits.ids):
            fused[pid] = fused.get(pid, 0.0) + w / (rrf_k + rank + 1)
    return {pid: s for pid, s in fused.items() if s > 0}
