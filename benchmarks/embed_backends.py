"""Embedding backends side by side on this machine, through the project's own embedder: torch, onnx (the same
fp32 graph on ONNX Runtime) and onnx-int8 (dynamic int8 MatMuls, per channel). Prints, per backend:

- ingest rate: chunks/s over the chunks of an index (the order the ingest sees them, batches of --batch);
- question latency p50/p95, one question at a time (the questions of the shipped sets);
- agreement with torch: the median and minimum cosine of the same chunk's and question's vectors (the issue's
  bar for keeping a backend: median >= 0.99).

    .venv/bin/python benchmarks/embed_backends.py INDEX_DIR [--chunks 256] [--threads 2]

Each backend is loaded in turn in this process (the ONNX files are exported into the model cache once).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def _chunks(index_dir: Path, n: int) -> list[str]:
    current = (index_dir / "CURRENT").read_text().strip()
    rows = (index_dir / current / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(r)["text"] for r in rows[:n]]


def _questions(n: int) -> list[str]:
    out: list[str] = []
    for f in sorted((ROOT / "eval" / "questions").glob("*.jsonl")):
        out += [json.loads(line)["question"] for line in f.read_text(encoding="utf-8").splitlines() if line]
    rng = np.random.default_rng(7)
    return [out[i] for i in rng.permutation(len(out))[:n]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index_dir", type=Path, help="an index folder whose chunks are embedded")
    ap.add_argument("--chunks", type=int, default=256)
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--backends", default="torch,onnx,onnx-int8")
    args = ap.parse_args()
    import torch

    from assistant.index.embedder import SentenceTransformerEmbedder
    from assistant.settings import Settings

    torch.set_num_threads(args.threads)
    texts, questions = _chunks(args.index_dir, args.chunks), _questions(args.questions)
    ref: tuple[np.ndarray, np.ndarray] | None = None
    rates: dict[str, float] = {}
    for backend in args.backends.split(","):
        t0 = time.perf_counter()
        emb = SentenceTransformerEmbedder(cache_dir=Settings().model_cache_dir, batch_size=args.batch,
                                          threads=args.threads, backend=backend).load()
        loaded = time.perf_counter() - t0
        emb.embed_passages(texts[: args.batch])  # warm-up
        emb.embed_queries(questions[:5])
        t0 = time.perf_counter()
        chunks = emb.embed_passages(texts)
        rates[backend] = len(texts) / (time.perf_counter() - t0)
        times, qvecs = [], []
        for q in questions:
            t0 = time.perf_counter()
            qvecs.append(emb.embed_queries([q])[0])
            times.append(1000 * (time.perf_counter() - t0))
        vecs = (chunks, np.vstack(qvecs))
        ref = ref or vecs
        agree = [(v * r).sum(axis=1) for v, r in zip(vecs, ref, strict=True)]
        print(f"{backend:>10}: load {loaded:5.1f} s; ingest {rates[backend]:5.1f} chunks/s "
              f"({rates[backend] / next(iter(rates.values())):.2f}x {next(iter(rates))}); question p50 "
              f"{np.percentile(times, 50):5.1f} ms, p95 {np.percentile(times, 95):5.1f} ms; cosine to "
              f"{args.backends.split(',')[0]}: chunks median {np.median(agree[0]):.4f} min {agree[0].min():.4f}, "
              f"questions median {np.median(agree[1]):.4f} min {agree[1].min():.4f}", flush=True)
        del emb
    print(f"({len(texts)} chunks, {len(questions)} questions, {args.threads} threads, batch {args.batch})")


if __name__ == "__main__":
    main()
