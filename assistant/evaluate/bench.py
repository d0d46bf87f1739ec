"""Benchmarks that print figures: ingestion throughput, query latency, memory, synthetic scale."""

from __future__ import annotations

import json
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.assistant import Assistant
from assistant.evaluate.stats import percentile
from assistant.index import store
from assistant.index.dense import DenseIndex
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.index.files import FilesIndex, load_index
from assistant.index.keyword import KeywordIndex
from assistant.ingest.sync import embedding_text
from assistant.protocols import load_for_index
from assistant.retrieve.rerank import sentence_units
from assistant.retrieve.retriever import Retriever
from assistant.settings import Settings
from assistant.types import Document, Manifest, Passage

MFLOP_PER_TOKEN = 47.0  # multilingual-e5-small forward pass, per token (issue figure)
QUERIES = [
    "Which networks cover elderly care?", "Who is the contact for SERN?", "vilka nätverk arbetar med klimat?",
    "Hvem er kontaktperson for nettverket?", "Welke netwerken werken aan ouderenzorg?",
    "When did Växjö sign the Covenant of Mayors?", "Hur många städer ingår i ICLEI?",
    "Wanneer vindt het jaarcongres plaats?",
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measured_peak_gflops(threads: int) -> float:
    """Achievable fp32 matmul rate here: the compute bound we compare the encoder against."""
    import torch

    torch.set_num_threads(threads)
    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
    for _ in range(3):
        a @ b
    n, t0 = 20, time.perf_counter()
    for _ in range(n):
        a @ b
    return 2 * 1024**3 * n / (time.perf_counter() - t0) / 1e9


def latency(fn: Callable[[str], Any], queries: list[str], rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            fn(q)
            times.append((time.perf_counter() - t0) * 1000)
    return percentile(times, 0.5), percentile(times, 0.95)


def run(settings: Settings, synthetic: int, rounds: int, log: Callable[[str], None],
        keep: Path | None = None, backends: Sequence[str] = ()) -> None:
    """The default corpus ingested and asked with each of `backends` (default: the configured one), side by
    side in one run; the synthetic scale figures with the configured backend."""
    import torch

    threads = torch.get_num_threads()
    peak = measured_peak_gflops(threads)
    log(f"measured fp32 matmul peak: {peak:.0f} GFLOP/s ({threads} threads)")
    for spec in dict.fromkeys([*backends, settings.embed_backend]):
        backend, _, precision = spec.partition("+")  # "onnx+bf16": index built in bf16, questions on onnx
        with tempfile.TemporaryDirectory() as tmp:
            s = settings.model_copy(update={"index_dir": Path(tmp), "embed_backend": backend,
                                            "ingest_precision": precision or settings.ingest_precision})
            a = _default_corpus_run(s, rounds, log, peak, threads, spec)
            if synthetic and spec == settings.embed_backend:
                synthetic_run(a, synthetic, rounds, log, keep)


def _default_corpus_run(s: Settings, rounds: int, log: Callable[[str], None], peak: float,
                        threads: int, label: str) -> Assistant:
    a = Assistant.from_settings(s)
    t0 = time.perf_counter()
    a.embedder.load()
    load_for_index(a.embedder)  # +bf16: the torch model that builds the index
    loaded = time.perf_counter() - t0
    t0 = time.perf_counter()
    rep = a.ingest()
    total = time.perf_counter() - t0
    a.load()
    assert isinstance(a.embedder, SentenceTransformerEmbedder)
    sentence_texts = dict.fromkeys(k for p in a.index.passages for _, k in sentence_units(p))
    tokens = sum(a.embedder.token_count(embedding_text(p)) for p in a.index.passages) + sum(
        a.embedder.token_count(k) for k in sentence_texts)
    tok_s = tokens / rep.embed_seconds
    achieved = tok_s * MFLOP_PER_TOKEN / 1000
    b = label
    log(f"{b}: model loaded in {loaded:.1f} s; ingest default corpus: {rep.documents} docs, {rep.chunks} chunks + "
        f"{rep.embedded_sentences} sentences embedded in {total:.2f} s total; "
        f"embedding {rep.embedded_chunks / rep.embed_seconds:.1f} chunks/s, {tok_s:.0f} model tokens/s = "
        f"{achieved:.1f} GFLOP/s at {MFLOP_PER_TOKEN:.0f} MFLOP/token, {100 * achieved / peak:.0f}% of the "
        f"measured fp32 matmul peak")
    a.ask(QUERIES[0])  # warm
    p50, p95 = latency(lambda q: a.search(q, 5), QUERIES, rounds)
    log(f"{b}: search latency (default corpus, warm): p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    p50, p95 = latency(a.ask, QUERIES, rounds)
    log(f"{b}: ask latency (default corpus, warm): p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    log(f"peak RSS so far: {peak_rss_mb():.0f} MB")
    return a


def synthetic_run(a: Assistant, n: int, rounds: int, log: Callable[[str], None], keep: Path | None = None) -> None:
    """n synthetic chunks (corpus words shuffled, random unit vectors); real model, BM25 and FAISS per query.

    With `keep`, the synthetic index is left there as an index folder a server can be pointed at
    (ASSISTANT_INDEX_DIR) to measure it over HTTP (benchmarks/collection_load.py --index).
    """
    rng = np.random.default_rng(0)
    base = a.index
    words = np.array(" ".join(p.text for p in base.passages).split())
    dim = base.manifest.dimension
    t0 = time.perf_counter()
    passages: list[Passage] = []
    docs: dict[str, Document] = {}
    for i in range(n):
        text = " ".join(rng.choice(words, size=int(rng.integers(40, 120))))
        doc_id = f"syn{i // 10}"
        d = docs.get(doc_id)
        start = len(d.text) if d else 0
        docs[doc_id] = Document(doc_id, (d.text if d else "") + text + "\n\n", f"Synthetic {doc_id}")
        passages.append(Passage(f"{doc_id}#{i}", doc_id, text, f"Synthetic {doc_id}", "Section", "sv",
                                start, start + len(text), sentences=((start, start + len(text)),)))
    dense = DenseIndex(dim)
    for i in range(0, n, 10000):
        v = rng.standard_normal((min(10000, n - i), dim)).astype(np.float32)
        dense.add(v / np.linalg.norm(v, axis=1, keepdims=True))
    kw = KeywordIndex()
    kw.build([p.text for p in passages], [p.language for p in passages])
    log(f"synthetic index: {n} chunks built in {time.perf_counter() - t0:.1f} s (BM25 + FAISS, no embedding)")
    manifest = replace(base.manifest, chunks=n, documents=len(docs))
    sentences = rng.standard_normal((n, dim)).astype(np.float32)  # one stored sentence vector per chunk
    sentences /= np.linalg.norm(sentences, axis=1, keepdims=True)
    index = FilesIndex(Path("."), manifest, passages, docs, dense, kw, sentences=sentences)
    retriever = Retriever(index, a.embedder, a.fusion)
    p50, p95 = latency(lambda q: retriever.search(q, 5), QUERIES, rounds)
    log(f"search latency ({n} chunks, warm): p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    with tempfile.TemporaryDirectory() as scratch:
        root = keep or Path(scratch)
        folder = store.write_index(root, manifest, passages, list(docs.values()), dense, kw, sentences)
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
        t0 = time.perf_counter()
        checked = store.verify(folder, Manifest.from_dict(json.loads((folder / "manifest.json").read_text())))
        verify_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        load_index(root, manifest.model)
        log(f"start-up check ({n} chunks, {size / 2**20:.0f} MiB in {checked} files): SHA-256 verification "
            f"{verify_s:.2f} s of a {time.perf_counter() - t0:.2f} s load")
    log(f"peak RSS: {peak_rss_mb():.0f} MB")


class _NoModel:
    """Stands in for the encoder so the rest of the pipeline can be timed alone (not a model)."""

    dimension = 384
    model_name = "none"

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_passages(texts)

    def load(self) -> _NoModel:
        return self

    def embed_passages(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        rng = np.random.default_rng(len(texts))
        v = rng.standard_normal((len(texts), self.dimension)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def make_folder(root: Path, n: int) -> None:
    """n documents in mixed formats built from the default corpus's paragraphs."""
    from assistant.ingest.corpus import iter_documents

    paras = [p for d in iter_documents(Path(__file__).resolve().parents[2] / "corpus")
             for p in d.text.split("\n\n") if len(p) > 80]
    rng = np.random.default_rng(0)
    for i in range(n):
        sub = root / f"dept{i % 20:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        picks = [paras[j] for j in rng.choice(len(paras), size=4, replace=False)]
        title = f"Nätverk {i}"
        kind = i % 3
        if kind == 0:
            (sub / f"doc{i}.txt").write_text(title + "\n\n" + "\n\n".join(picks), encoding="utf-8")
        elif kind == 1:
            (sub / f"doc{i}.md").write_text(f"---\ntitle: {title}\n---\n# {title}\n\n" + "\n\n".join(picks),
                                            encoding="utf-8")
        else:
            body = "".join(f"<h2>Avsnitt {k}</h2><p>{p}</p>" for k, p in enumerate(picks))
            (sub / f"doc{i}.html").write_text(f"<html><head><title>{title}</title></head><body><nav>Meny</nav>"
                                              f"<main><h1>{title}</h1>{body}</main><footer>Kontakt</footer>"
                                              "</body></html>", encoding="utf-8")


def ingest_run(settings: Settings, n: int, log: Callable[[str], None]) -> None:
    """Parsing + chunking + keyword indexing without the model, on n generated documents."""
    from assistant.ingest.sync import Ingestor

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        t0 = time.perf_counter()
        make_folder(folder, n)
        log(f"generated {n} documents (txt, md with front matter, html) in {time.perf_counter() - t0:.1f} s")
        s = settings.model_copy(update={"index_dir": Path(tmp) / "index"})
        rss0 = peak_rss_mb()
        t0 = time.perf_counter()
        rep = Ingestor(s, _NoModel(), FilesIndex).run(folder)
        secs = time.perf_counter() - t0
        log(f"pipeline without the model (discover, read, extract, clean, chunk, keyword index, write): "
            f"{rep.documents} docs, {rep.chunks} chunks in {secs:.1f} s = {rep.documents / secs:.0f} docs/s, "
            f"{rep.chunks / secs:.0f} chunks/s; peak RSS {peak_rss_mb():.0f} MB (before: {rss0:.0f} MB)")
        t0 = time.perf_counter()
        again = Ingestor(s, _NoModel(), FilesIndex).run(folder)
        log(f"second run over the unchanged folder: {again.unchanged} unchanged, "
            f"{again.embedded_chunks} chunks embedded, {time.perf_counter() - t0:.1f} s")
