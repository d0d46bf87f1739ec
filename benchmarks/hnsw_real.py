"""HNSW recall and latency on real embeddings: the chunk and sentence vectors of built indexes, searched with
the real questions of the shipped sets.

Synthetic vectors are either the worst case for a graph index (uniform random: no neighbourhood structure)
or a guess at the structure of text embeddings (clustered). This measures the graph the files backend builds
(`Settings.hnsw_m`, `hnsw_ef_construction`) on vectors the model made, against exact search over the same
vectors, at one thread (what a served question gets), for several `ef_search` values.

    .venv/bin/python benchmarks/hnsw_real.py INDEX_DIR [INDEX_DIR ...] --questions eval/questions/*.jsonl
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import replace
from pathlib import Path

import faiss
import numpy as np

from assistant import Settings
from assistant.index.dense import DenseIndex, DenseParams
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.index.files import load_index

ROOT = Path(__file__).resolve().parents[1]


def real_vectors(index_dirs: list[Path], model: str) -> np.ndarray:
    """Every chunk vector and stored sentence vector of the given indexes, L2-normalised."""
    parts = []
    for d in index_dirs:
        idx = load_index(d, model)
        parts.append(idx.dense.all_vectors())
        sentences = idx.sentence_vectors([p.id for p in idx.passages])
        parts += [s for s in sentences if s is not None]
    x = np.vstack(parts).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("indexes", type=Path, nargs="+", help="index folders (ASSISTANT_INDEX_DIR) of the files backend")
    ap.add_argument("--questions", type=Path, nargs="+", default=sorted((ROOT / "eval" / "questions").glob("*.jsonl")))
    ap.add_argument("--ef", type=int, nargs="+", default=[32, 64, 128, 256])
    ap.add_argument("--k", type=int, default=0, help="passages per search (default: Settings.candidates)")
    args = ap.parse_args()
    settings = Settings()
    k = args.k or settings.candidates
    faiss.omp_set_num_threads(1)
    x = real_vectors(args.indexes, settings.model)
    questions = [json.loads(line)["question"] for f in args.questions
                 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    q = SentenceTransformerEmbedder.from_settings(settings).embed_queries(questions)
    exact = faiss.IndexFlatIP(x.shape[1])
    exact.add(x)
    _, truth = exact.search(q, k)
    params = DenseParams.from_settings(settings)
    graph = DenseIndex(x.shape[1], replace(params, hnsw_threshold=1))  # a graph at any size
    t0 = time.perf_counter()
    graph.add(x)
    print(f"{len(x)} real vectors ({len(args.indexes)} indexes, chunks and sentences), {len(questions)} questions; "
          f"HNSW M {params.hnsw_m}, efConstruction {params.hnsw_ef_construction}, built in "
          f"{time.perf_counter() - t0:.1f} s; {k} passages per search, one thread")
    t = []
    for v in q[:200]:
        s = time.perf_counter()
        exact.search(v[None], k)
        t.append((time.perf_counter() - s) * 1000)
    print(f"exact: p50 {statistics.median(t):.2f} ms")
    for ef in args.ef:
        graph.params = replace(graph.params, hnsw_ef_search=ef)
        rows, t = [], []
        for v in q:
            s = time.perf_counter()
            rows.append(graph.search(v, k).rows)
            t.append((time.perf_counter() - s) * 1000)
        r10 = np.mean([len(set(r[:10]) & set(g[:10])) / 10 for r, g in zip(rows, truth, strict=True)])
        rk = np.mean([len(set(r) & set(g)) / k for r, g in zip(rows, truth, strict=True)])
        mark = " (the default)" if ef == params.hnsw_ef_search else ""
        print(f"ef {ef}{mark}: p50 {statistics.median(t):.2f} ms, recall@10 {r10:.4f}, recall@{k} {rk:.4f}")


if __name__ == "__main__":
    main()
