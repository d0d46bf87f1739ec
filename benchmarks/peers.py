"""Ours next to LlamaIndex and Haystack on the same documents, the same local model folder, one run.

NorQuAD (Norwegian Wikipedia and news, CC0, in eval/collections/norquad) with its Norwegian questions
and the English translations of eval/questions/norquad-en.jsonl (cross-lingual). Each system is used the
way its documentation shows for local retrieval:

- LlamaIndex: `VectorStoreIndex.from_documents` (its default SentenceSplitter) with `HuggingFaceEmbedding`;
- Haystack: in-memory store, `DocumentSplitter` (200 words), sentence-transformers document and text
  embedders, BM25 and embedding retrievers joined by reciprocal rank fusion;
- ours: `Assistant.ingest` and `Assistant.search` with its defaults (adaptive fusion, sentence re-ranking
  on, vectors computed at ingest).

All run in this process, one question at a time; e5 prompts ("query: ", "passage: ") for all three.
Printed per system: ingest seconds, query p50/p95 (ms) and document-level MRR@10 / hit@1 per question set.
Ours runs first; its `load()` makes BLAS single-threaded for the whole process, so the others get that too.

Set up once (its own requirements, never a runtime dependency of the assistant):

    python -m venv /tmp/peers
    printf '%s\n' "$PWD/.venv/lib/python3.11/site-packages" "$PWD" > /tmp/peers/lib/python3.11/site-packages/main.pth
    /tmp/peers/bin/pip install -r benchmarks/requirements-peers.txt
    /tmp/peers/bin/python benchmarks/peers.py --docs 200
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from assistant import Assistant, Settings
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.protocols import load_for_index

os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")  # offline: no usage reports
os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
COLLECTION = ROOT / "eval" / "collections" / "norquad"
SETS = {"norquad (no)": ROOT / "eval" / "questions" / "norquad.jsonl",
        "norquad-en (en over no)": ROOT / "eval" / "questions" / "norquad-en.jsonl"}

Search = Callable[[str], list[str]]  # a question -> document ids, best first


def documents(n: int) -> list[tuple[str, str, str]]:
    """(doc_id, title, text) of the first n articles; the doc id is the file stem, as the question sets use."""
    out = []
    for f in sorted(COLLECTION.glob("nq-*.txt"))[:n]:
        meta = json.loads(f.with_suffix(".meta.json").read_text(encoding="utf-8")) if f.with_suffix(
            ".meta.json").exists() else {}
        out.append((f.stem, str(meta.get("title", f.stem)), f.read_text(encoding="utf-8")))
    return out


def questions(path: Path, ids: set[str]) -> list[tuple[str, set[str]]]:
    qs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            q = json.loads(line)
            # an article and its word-for-word copies (NorQuAD repeats articles): the ones in the collection
            gold = {Path(d).stem for d in q["doc_ids"]} & ids
            if gold:
                qs.append((q["question"], gold))
    return qs


def measure(search: Search, qs: list[tuple[str, set[str]]]) -> tuple[float, float, list[float]]:
    rr, hit1, times = [], [], []
    for q, gold in qs:
        t = time.perf_counter()
        docs = search(q)
        times.append((time.perf_counter() - t) * 1000)
        ranked = list(dict.fromkeys(docs))[:10]
        rank = next((i + 1 for i, d in enumerate(ranked) if d in gold), None)
        rr.append(1 / rank if rank else 0.0)
        hit1.append(1.0 if rank == 1 else 0.0)
    return statistics.mean(rr), statistics.mean(hit1), times


def ours(docs: list[tuple[str, str, str]], tmp: Path, sentence_vectors: str = "embedded",
         precision: str = "fp32") -> tuple[float, Search]:
    tmp = tmp / f"{sentence_vectors}-{precision}"
    folder = tmp / "docs"
    folder.mkdir(parents=True)
    for doc_id, _, _ in docs:
        for f in COLLECTION.glob(doc_id + ".*"):
            (folder / f.name).write_bytes(f.read_bytes())
    a = Assistant(Settings(index_dir=tmp / "index", data_dir=tmp / "data", sentence_vectors=sentence_vectors,
                           ingest_precision=precision))
    a.embedder.load()
    load_for_index(a.embedder)  # bf16: the torch model, loaded untimed like theirs
    t = time.perf_counter()
    a.ingest(folder)
    took = time.perf_counter() - t
    a.load()
    names = {d: Path(doc.source).stem for d, doc in a.index.documents.items()}
    return took, lambda q: [names[p.doc_id] for p in a.search(q, k=10)]


def llamaindex(docs: list[tuple[str, str, str]], model: str) -> tuple[float, Search]:
    from llama_index.core import Document, VectorStoreIndex
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    embed = HuggingFaceEmbedding(model_name=model, query_instruction="query: ", text_instruction="passage: ",
                                 device="cpu", embed_batch_size=16)
    t = time.perf_counter()
    index = VectorStoreIndex.from_documents(
        [Document(text=text, metadata={"doc_id": d, "title": title}) for d, title, text in docs],
        embed_model=embed)
    took = time.perf_counter() - t
    retriever = index.as_retriever(similarity_top_k=10)
    return took, lambda q: [n.node.metadata["doc_id"] for n in retriever.retrieve(q)]


def haystack(docs: list[tuple[str, str, str]], model: str) -> tuple[float, Search]:
    from haystack import Document, Pipeline
    from haystack.components.joiners import DocumentJoiner
    from haystack.components.preprocessors import DocumentSplitter
    from haystack.components.retrievers.in_memory import InMemoryBM25Retriever, InMemoryEmbeddingRetriever
    from haystack.components.writers import DocumentWriter
    from haystack.document_stores.in_memory import InMemoryDocumentStore
    from haystack_integrations.components.embedders.sentence_transformers import (
        SentenceTransformersDocumentEmbedder,
        SentenceTransformersTextEmbedder,
    )

    store = InMemoryDocumentStore()
    indexing = Pipeline()
    indexing.add_component("split", DocumentSplitter(split_by="word", split_length=200, split_overlap=20))
    indexing.add_component("embed", SentenceTransformersDocumentEmbedder(
        model=model, prefix="passage: ", batch_size=16, progress_bar=False, normalize_embeddings=True,
        local_files_only=True))
    indexing.add_component("write", DocumentWriter(document_store=store))
    indexing.connect("split", "embed")
    indexing.connect("embed", "write")
    t = time.perf_counter()
    indexing.run({"split": {"documents": [Document(content=text, meta={"doc_id": d, "title": title})
                                          for d, title, text in docs]}})
    took = time.perf_counter() - t
    query = Pipeline()
    query.add_component("text_embed", SentenceTransformersTextEmbedder(
        model=model, prefix="query: ", progress_bar=False, normalize_embeddings=True, local_files_only=True))
    query.add_component("bm25", InMemoryBM25Retriever(document_store=store, top_k=10))
    query.add_component("dense", InMemoryEmbeddingRetriever(document_store=store, top_k=10))
    query.add_component("join", DocumentJoiner(join_mode="reciprocal_rank_fusion", top_k=10))
    query.connect("text_embed.embedding", "dense.query_embedding")
    query.connect("bm25", "join")
    query.connect("dense", "join")
    query.warm_up()

    def search(q: str) -> list[str]:
        out = query.run({"text_embed": {"text": q}, "bm25": {"query": q}})
        return [d.meta["doc_id"] for d in out["join"]["documents"]]

    return took, search


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200, help="the first N NorQuAD articles (472 in all)")
    ap.add_argument("--only", default="", help="comma-separated subset: ours,ours-pooled,ours-bf16,llamaindex,haystack "
                    "(default: ours, llamaindex, haystack)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    docs = documents(args.docs)
    ids = {d for d, _, _ in docs}
    sets = {name: questions(path, ids) for name, path in SETS.items()}
    model = str(SentenceTransformerEmbedder.from_settings(Settings()).load()._resolve())
    print(f"{len(docs)} NorQuAD articles; questions: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items())
          + f"; model folder {model}")
    systems = {"ours": None, "ours-pooled": None, "ours-bf16": None, "llamaindex": llamaindex, "haystack": haystack}
    chosen = [s for s in systems if s in (args.only.split(",") if args.only else ["ours", "llamaindex", "haystack"])]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            build = systems[name]
            if build is None:  # ours-pooled: sentence vectors from the chunk's own pass (ASSISTANT_SENTENCE_VECTORS)
                took, search = ours(docs, Path(tmp), "pooled" if name == "ours-pooled" else "embedded",
                                    "bf16" if name == "ours-bf16" else "fp32")  # ASSISTANT_INGEST_PRECISION
            else:
                took, search = build(docs, model)
            search("warm-up")
            cells, times = [], []
            for set_name, qs in sets.items():
                mrr, hit1, t = measure(search, qs)
                times += t
                cells.append(f"{set_name}: MRR@10 {mrr:.3f} hit@1 {hit1:.3f}")
            q = statistics.quantiles(times, n=100)
            rows.append(f"{name:<11} ingest {took:6.1f} s  query p50 {q[49]:6.1f} ms p95 {q[94]:6.1f} ms  "
                        + "  ".join(cells))
            print(rows[-1], flush=True)


if __name__ == "__main__":
    main()
