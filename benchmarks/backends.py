"""Files backend vs Milvus (milvus-lite) at synthetic scale: build time, search p50/p95, peak RSS and
HNSW recall@10 against exact search. Each backend is measured in its own process.

    .venv/bin/python benchmarks/backends.py --passages 100000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

DIM = 384
EF = int(__import__("os").environ.get("BENCH_EF", "512"))
SPREAD = float(__import__("os").environ.get("BENCH_SPREAD", "0.5"))  # noise around a centre (1.0: very diffuse)
# passages from which the files backend builds HNSW (the default is the project's setting)
HNSW_THRESHOLD = int(__import__("os").environ.get("BENCH_HNSW_THRESHOLD", "-1"))
# Pseudo-words of letters only, so that the keyword analysers keep them as terms.
_RNG = np.random.default_rng(5)
WORDS = sorted({"".join(chr(97 + c) for c in _RNG.integers(0, 26, _RNG.integers(4, 10))) for _ in range(20_000)})


def _clustered(rng: np.random.Generator, n: int) -> np.ndarray:
    """Unit vectors around 2000 topic centres, as text embeddings are (uniform random vectors are
    the worst case for any graph index: no neighbourhood structure at all)."""
    centres = np.random.default_rng(3).standard_normal((2000, DIM)).astype(np.float32)
    v = centres[rng.integers(0, len(centres), n)] + SPREAD * rng.standard_normal((n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def passages(n: int, seed: int = 1) -> tuple[list, list, np.ndarray]:
    from assistant.types import Document, Passage

    rng = np.random.default_rng(seed)
    vecs = _clustered(rng, n)
    docs, ps = [], []
    per_doc = 20
    for d in range(0, n, per_doc):
        doc_id = f"doc{d // per_doc:06d}"
        texts = [" ".join(WORDS[j] for j in rng.integers(0, len(WORDS), 40)) for _ in range(min(per_doc, n - d))]
        body = "\n".join(texts)
        docs.append(Document(doc_id, body, doc_id, "Synthetic", "en", source=f"{doc_id}.txt"))
        at = 0
        for i, t in enumerate(texts):
            ps.append(Passage(f"{doc_id}#{i}", doc_id, t, doc_id, "", "en", at, at + len(t), "Synthetic"))
            at += len(t) + 1
    return docs, ps, vecs


def build(backend: str, root: Path, n: int) -> None:
    from assistant.index.factory import index_backend
    from assistant.settings import Settings
    from assistant.types import Manifest

    s = Settings(index_dir=root / backend, index_backend=backend, model="synthetic", milvus_collection="bench",
                 **({"hnsw_threshold": HNSW_THRESHOLD} if HNSW_THRESHOLD >= 0 else {}))
    docs, ps, vecs = passages(n)
    manifest = Manifest(1, "synthetic", DIM, 220, 40, "cl100k_base", 0, 0, time.time())
    t0 = time.perf_counter()
    index = index_backend(s).create(s, manifest)
    index.upsert(docs, ps, vecs)
    index.save()
    print(json.dumps({"build_s": round(time.perf_counter() - t0, 1)}))


def query(backend: str, root: Path, n: int, rounds: int) -> None:
    from assistant.index.factory import index_backend
    from assistant.protocols import TermQuery
    from assistant.settings import Settings

    s = Settings(index_dir=root / backend, index_backend=backend, model="synthetic", milvus_collection="bench",
                 milvus_ef=EF, **({"hnsw_threshold": HNSW_THRESHOLD} if HNSW_THRESHOLD >= 0 else {}))
    t0 = time.perf_counter()
    index = index_backend(s).open(s)
    load_s = time.perf_counter() - t0
    rng = np.random.default_rng(99)
    qs = _clustered(rng, 200)
    dense, kw, top = [], [], []
    for _ in range(rounds):
        for q in qs:
            t = time.perf_counter()
            hits = index.search(q, 10)
            dense.append(time.perf_counter() - t)
            top.append(list(hits.ids))
    exact: list[list[str]] = []
    dense_index = getattr(index, "dense", None)
    if dense_index is not None:  # the files backend: exact top-10 by brute force, the reference for recall
        ids = [p.id for p in index.passages]
        sims = dense_index.all_vectors() @ np.asarray(qs, dtype=np.float32).T
        for j in range(sims.shape[1]):
            best = np.argpartition(-sims[:, j], 10)[:10]
            exact.append([ids[i] for i in best[np.argsort(-sims[best, j])]])
    words = [" ".join(WORDS[j] for j in rng.integers(0, 2000, 4)) for _ in range(200)]
    for w in words:
        t = time.perf_counter()
        index.search(TermQuery(w, "en"), 10)
        kw.append(time.perf_counter() - t)
    print(json.dumps({"load_s": round(load_s, 1), "dense_p50_ms": round(1000 * float(np.percentile(dense, 50)), 1),
                      "dense_p95_ms": round(1000 * float(np.percentile(dense, 95)), 1),
                      "keyword_p50_ms": round(1000 * float(np.percentile(kw, 50)), 1),
                      "keyword_p95_ms": round(1000 * float(np.percentile(kw, 95)), 1),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      **({"dense_kind": dense_index.kind} if dense_index is not None else {}),
                      "top": top[:200], "exact": exact}))


def brute_force(n: int) -> list[list[str]]:
    """Exact top-10 ids of the 200 queries, from the same generated vectors (when the files backend is not run)."""
    vecs = _clustered(np.random.default_rng(1), n)  # passages() draws its vectors first from this generator
    qs = _clustered(np.random.default_rng(99), 200)
    sims = vecs @ qs.T
    del vecs
    out = []
    for j in range(sims.shape[1]):
        best = np.argpartition(-sims[:, j], 10)[:10]
        out.append([f"doc{i // 20:06d}#{i % 20}" for i in best[np.argsort(-sims[best, j])]])
    return out


def run(step: str, backend: str, root: Path, n: int, rounds: int = 1) -> dict | None:
    """One step in a child process; a failure (a kill for memory is returncode -9) is printed, not raised, so
    the other backend's figures still come out."""
    out = subprocess.run([sys.executable, __file__, "--step", step, "--backend", backend, "--root", str(root),
                          "--passages", str(n), "--rounds", str(rounds)], capture_output=True, text=True)
    if out.returncode != 0:
        why = "killed (out of memory?)" if out.returncode == -9 else f"exit {out.returncode}"
        print(f"  {backend:7s} {step} failed: {why}; {out.stderr.strip()[-600:]}", flush=True)
        return None
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passages", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--step", default="")
    ap.add_argument("--backend", default="")
    ap.add_argument("--root", default="")
    ap.add_argument("--backends", default="files,milvus", help="which to measure, in this order")
    a = ap.parse_args()
    if a.step == "build":
        return build(a.backend, Path(a.root), a.passages)
    if a.step == "query":
        return query(a.backend, Path(a.root), a.passages, a.rounds)
    print(f"{a.passages} synthetic passages (2000 topics, spread {SPREAD}), dim {DIM}, k=10, HNSW ef {EF}, "
          f"200 queries x {a.rounds} rounds", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        exact: list[list[str]] = []
        for backend in a.backends.split(","):
            b = run("build", backend, Path(tmp), a.passages)
            q = run("query", backend, Path(tmp), a.passages, a.rounds) if b is not None else None
            if b is None or q is None:
                continue
            top = q.pop("top")
            exact = q.pop("exact") or exact or brute_force(a.passages)
            if exact:
                q["recall@10"] = round(float(np.mean([len(set(x) & set(y)) / max(1, len(y))
                                                      for x, y in zip(top, exact, strict=True)])), 3)
            # each backend's figures as soon as they are measured: a later one may not finish
            print(f"  {backend:7s} " + ", ".join(f"{k} {v}" for k, v in {**b, **q}.items()), flush=True)
        print("  recall@10 is against exact search (brute force over the generated vectors)")


if __name__ == "__main__":
    main()
