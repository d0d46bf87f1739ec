"""The one entry point: `Assistant.from_settings()` then `.ingest()`, `.search()`, `.ask()`."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.answer.extractive import Composer, ComposerParams
from assistant.index.embedder import Embedder
from assistant.index.store import LoadedIndex, current_version, load_index
from assistant.ingest.sync import Ingestor, IngestReport
from assistant.lang.detect import detect_language
from assistant.retrieve.conversation import Turn, context_for
from assistant.retrieve.retriever import Filters, FusionParams, Ranked, Retriever
from assistant.settings import Settings
from assistant.types import Answer, Passage

logger = logging.getLogger(__name__)


class QueryError(ValueError):
    """The question cannot be processed as given (empty, too long)."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One index version and its retriever: a request uses one snapshot from start to end."""

    index: LoadedIndex
    retriever: Retriever


class Assistant:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.embedder = Embedder(settings.model, settings.model_cache_dir, settings.query_prompt,
                                 settings.passage_prompt, settings.batch_size, settings.threads)
        self.fusion = FusionParams(mode=settings.fusion, rrf_k=settings.rrf_k, candidates=settings.candidates,
                                   rerank=settings.rerank, rerank_depth=settings.rerank_depth,
                                   language_centering=settings.language_centering)
        self.composer = Composer(ComposerParams(min_score=settings.min_answer_score,
                                                 cross_language_margin=settings.cross_language_margin))
        self._snap: Snapshot | None = None
        self._reload_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        return cls(settings or Settings())

    # ---------------------------------------------------------------- index
    def load(self) -> Assistant:
        """Load the index and the model (explicit warm-up for servers and benchmarks)."""
        index = load_index(self.settings.index_dir, self.settings.model)
        self.embedder.load()
        self._snap = Snapshot(index, Retriever(index, self.embedder, self.fusion))
        return self

    @property
    def snapshot(self) -> Snapshot:
        snap = self._snap
        if snap is None:
            self.load()
            snap = self._snap
        assert snap is not None
        return snap

    @property
    def index(self) -> LoadedIndex:
        return self.snapshot.index

    @property
    def retriever(self) -> Retriever:
        return self.snapshot.retriever

    def reload_if_changed(self) -> bool:
        """Switch to a newer index version if one was committed; requests in flight keep theirs."""
        with self._reload_lock:
            live = current_version(self.settings.index_dir)
            snap = self._snap
            if live is None or (snap is not None and snap.index.path.name == live.name):
                return False
            index = load_index(self.settings.index_dir, self.settings.model)
            params = snap.retriever.params if snap else self.fusion
            self._snap = Snapshot(index, Retriever(index, self.embedder, params))
            logger.info("Switched to index version %s (%d documents, %d chunks)", index.path.name,
                        len(index.documents), len(index.passages))
            return True

    def ingest(self, path: Path | None = None, progress: Callable[[int, int], None] | None = None,
               rebuild: bool = False) -> IngestReport:
        """Sync the index with a folder (default: the corpus folder); see `ingest.py`.

        Only new or changed files are embedded; the previous index stays live until the new
        version is complete.
        """
        report = Ingestor(self.settings, self.embedder).run(Path(path or self.settings.corpus_dir), rebuild, progress)
        if report.changed:
            self._snap = None
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
               history: Sequence[Turn] | None = None, snap: Snapshot | None = None) -> list[Ranked]:
        query = self._check(query)
        retriever = (snap or self.snapshot).retriever
        k = k or self.settings.top_k
        if k < 1:
            raise QueryError(f"k must be at least 1, got {k}")
        ctx = context_for(query, history)
        if ctx.focus:
            # A follow-up is first answered from the documents the previous answer cited.
            scoped = replace(filters or Filters(), doc_ids=ctx.focus)
            ranked = retriever.search(query, k, scoped, context=ctx.text)
            best = max((r.best_sentence.score for r in ranked if r.best_sentence), default=0.0)
            if ranked and best >= self.composer.threshold(detect_language(query), ranked):
                return ranked
        return retriever.search(query, k, filters, context=ctx.text)

    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               snap: Snapshot | None = None) -> list[Passage]:
        return [r.passage for r in self.ranked(query, k, filters, snap=snap)]

    def remove_documents(self, doc_ids: Sequence[str]) -> int:
        """Drop documents from the index (a new version without re-embedding anything)."""
        from assistant.ingest.sync import remove_documents

        n = remove_documents(self.settings, doc_ids)
        self._snap = None
        return n

    def ask(self, question: str, filters: Filters | None = None,
            history: Sequence[Turn] | None = None, snap: Snapshot | None = None) -> Answer:
        question = self._check(question)
        lang = detect_language(question)
        snap = snap or self.snapshot
        ranked = self.ranked(question, max(self.settings.top_k, 8), filters, history, snap)
        texts = {r.passage.doc_id: snap.index.documents[r.passage.doc_id].text for r in ranked}
        top_doc = ranked[0].passage.doc_id if ranked else None
        same_page = [snap.index.passages[i] for i in snap.index.rows_by_doc.get(top_doc, [])] if top_doc else []
        return self.composer.compose(question, lang, ranked, texts, same_page)
