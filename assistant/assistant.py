"""The one entry point: `Assistant.from_settings()` then `.ingest()`, `.search()`, `.ask()`."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .answer import Composer, ComposerParams
from .chunking import Chunker
from .conversation import Turn, context_for
from .corpus import CorpusError, Skipped, iter_documents
from .dense import DenseIndex
from .embedder import Embedder
from .keyword import KeywordIndex
from .language import detect_language
from .retriever import Filters, FusionParams, Ranked, Retriever
from .settings import Settings
from .store import FORMAT, LoadedIndex, Manifest, load_index, write_index
from .tokens import ENCODING
from .types import Answer, Document, Passage

logger = logging.getLogger(__name__)


class QueryError(ValueError):
    """The question cannot be processed as given (empty, too long)."""


@dataclass
class IngestReport:
    documents: int = 0
    chunks: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    model_tokens: int = 0
    index_path: str = ""


def embedding_text(p: Passage) -> str:
    """What the model sees for a chunk: where it comes from, then the text."""
    head = " – ".join(x for x in (p.publisher, p.title) if x)
    if p.section and p.section not in (p.title,) and not p.text.startswith(p.section):
        head = f"{head} – {p.section}" if head else p.section
    return f"{head}\n{p.text}" if head else p.text


def keyword_text(p: Passage) -> str:
    return f"{p.publisher} {p.title} {p.section}\n{p.text}"


class Assistant:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.embedder = Embedder(settings.model, settings.model_cache_dir, settings.query_prompt,
                                 settings.passage_prompt, settings.batch_size, settings.threads)
        self.fusion = FusionParams(mode=settings.fusion, rrf_k=settings.rrf_k, candidates=settings.candidates,
                                   rerank=settings.rerank, rerank_depth=settings.rerank_depth)
        self.composer = Composer(ComposerParams(min_score=settings.min_answer_score))
        self._index: LoadedIndex | None = None
        self._retriever: Retriever | None = None

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        return cls(settings or Settings())

    # ---------------------------------------------------------------- index
    def load(self) -> Assistant:
        """Load the index and the model (explicit warm-up for servers and benchmarks)."""
        self._index = load_index(self.settings.index_dir, self.settings.model)
        self.embedder.load()
        self._retriever = Retriever(self._index, self.embedder, self.fusion)
        return self

    @property
    def index(self) -> LoadedIndex:
        if self._index is None:
            self.load()
        assert self._index is not None
        return self._index

    @property
    def retriever(self) -> Retriever:
        if self._retriever is None:
            self.load()
        assert self._retriever is not None
        return self._retriever

    def ingest(self, path: Path | None = None,
               progress: Callable[[int, int], None] | None = None) -> IngestReport:
        """Index every document under `path` (default: the corpus folder) as a new index version.

        The previous index stays live until the new one is complete.
        """
        started = time.perf_counter()
        path = Path(path or self.settings.corpus_dir)
        report = IngestReport()
        docs: list[Document] = list(iter_documents(path, report.skipped))
        if not docs:
            reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5])
            raise CorpusError(f"No usable documents in {path}" + (f" ({reasons})" if reasons else ""))
        chunker = Chunker(self.settings.chunk_max_tokens, self.settings.chunk_min_tokens)
        passages: list[Passage] = []
        for doc in docs:
            passages.extend(chunker.chunk(doc))
        self.embedder.load()
        dim = self.embedder.dimension
        dense = DenseIndex(dim)
        t0 = time.perf_counter()
        texts = [embedding_text(p) for p in passages]
        bs = max(self.settings.batch_size, 1)
        for i in range(0, len(texts), bs):
            batch = texts[i:i + bs]
            dense.add(self.embedder.embed_passages(batch))
            report.model_tokens += sum(self.embedder.token_count(t) for t in batch)
            if progress:
                progress(min(i + bs, len(texts)), len(texts))
        report.embed_seconds = time.perf_counter() - t0
        keyword = KeywordIndex()
        keyword.build([keyword_text(p) for p in passages], [p.language for p in passages])
        manifest = Manifest(format=FORMAT, model=self.settings.model, dimension=dim,
                            chunk_max_tokens=self.settings.chunk_max_tokens,
                            chunk_min_tokens=self.settings.chunk_min_tokens, tokenizer=ENCODING,
                            documents=len(docs), chunks=len(passages), created=time.time())
        final = write_index(self.settings.index_dir, manifest, passages, docs, dense, keyword)
        report.documents, report.chunks = len(docs), len(passages)
        report.index_path = str(final)
        report.seconds = time.perf_counter() - started
        self._index = None
        self._retriever = None
        return report

    # ---------------------------------------------------------------- queries
    def _check(self, text: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise QueryError("The question is empty; type a question or search words.")
        if len(text) > self.settings.max_query_chars:
            raise QueryError(f"The question is {len(text)} characters long; the limit is "
                             f"{self.settings.max_query_chars} (ASSISTANT_MAX_QUERY_CHARS).")
        return " ".join(text.split())

    def ranked(self, query: str, k: int | None = None, filters: Filters | None = None,
               history: Sequence[Turn] | None = None) -> list[Ranked]:
        query = self._check(query)
        k = k or self.settings.top_k
        if k < 1:
            raise QueryError(f"k must be at least 1, got {k}")
        ctx = context_for(query, history)
        if ctx.focus:
            # A follow-up is first answered from the documents the previous answer cited.
            scoped = replace(filters or Filters(), doc_ids=ctx.focus)
            ranked = self.retriever.search(query, k, scoped, context=ctx.text)
            best = max((r.best_sentence.score for r in ranked if r.best_sentence), default=0.0)
            if ranked and best >= self.composer.threshold(detect_language(query), ranked):
                return ranked
        return self.retriever.search(query, k, filters, context=ctx.text)

    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> list[Passage]:
        return [r.passage for r in self.ranked(query, k, filters)]

    def ask(self, question: str, filters: Filters | None = None,
            history: Sequence[Turn] | None = None) -> Answer:
        question = self._check(question)
        lang = detect_language(question)
        ranked = self.ranked(question, max(self.settings.top_k, 8), filters, history)
        texts = {d: doc.text for d, doc in self.index.documents.items()}
        return self.composer.compose(question, lang, ranked, texts)
