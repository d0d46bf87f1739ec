"""The one entry point: `Assistant.from_settings()` then `.ingest()`, `.search()`, `.ask()`.

The embedder, the index backend and the generator are chosen from settings by their
factories, or injected (tests, other applications).
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assistant.answer.extractive import phrase, rephrased, unnamed
from assistant.answer.factory import generator as make_generator
from assistant.errors import QueryError
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.index.factory import index_backend
from assistant.index.onnx_encoder import require_agreement
from assistant.ingest.ray_pool import RayPool
from assistant.ingest.sync import Ingestor, IngestReport, remove_documents
from assistant.lang import names, packs
from assistant.lang.detect import nearest_kin, question_language, reply_language
from assistant.lang.nonsense import looks_like_random_letters
from assistant.protocols import Embedder, Generator, IndexBackend, SearchIndex, SubwordCounter
from assistant.retrieve.conversation import Context, Turn, context_for
from assistant.retrieve.punctuation import as_question
from assistant.retrieve.rerank import SentenceCache
from assistant.retrieve.retriever import FusionParams, Retriever
from assistant.retrieve.spelling import Speller
from assistant.retrieve.truecase import Truecaser, typed_in_capitals, typed_in_lower_case
from assistant.settings import Settings
from assistant.threads import single_threaded_blas
from assistant.types import Answer, Filters, Passage, Ranked, Retrieved, StreamItem, per_document

logger = logging.getLogger(__name__)

_MARKUP = re.compile(r"<[^<>]{0,200}>")  # tags are not words; "< 100 kr" stays
_WORDLIKE = re.compile(r"[^\W_]", re.UNICODE)


def _invisible_out(text: str) -> str:
    """Without control and format characters (NUL, zero-width spaces and joiners, BOM); newlines become spaces."""
    return "".join(" " if ch in "\n\r\t" else ch for ch in text if ch in "\n\r\t"
                   or unicodedata.category(ch) not in ("Cc", "Cf"))

__all__ = ["Assistant", "IngestReport", "QueryError", "Snapshot"]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One index version and its retriever: a request uses one snapshot from start to end."""

    index: SearchIndex
    retriever: Retriever


LAST_INGEST = "last-ingest.json"


def write_last_ingest(index_dir: Path, folder: Path, report: IngestReport) -> None:
    """What the last ingest did and which files failed, for the admin view (written atomically; a failure to
    write it is logged, never fatal: the index is what matters)."""
    record = {"finished": time.time(), "folder": str(folder), "version": report.index_path,
              "changed": report.changed, "documents": report.documents, "chunks": report.chunks,
              "added": len(report.added), "updated": len(report.updated), "removed": len(report.removed),
              "unchanged": report.unchanged, "seconds": round(report.seconds, 1),
              "failed": [{"path": s.path, "reason": s.reason} for s in report.skipped],
              "warnings": [{"path": s.path, "reason": s.reason} for s in report.warnings]}
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        tmp = index_dir / f".{LAST_INGEST}.tmp"
        tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, index_dir / LAST_INGEST)
    except OSError as exc:
        logger.warning("Could not record the ingest report in %s: %s", index_dir, exc)


def read_last_ingest(index_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((index_dir / LAST_INGEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


class Assistant:
    def __init__(self, settings: Settings, embedder: Embedder | None = None, backend: IndexBackend | None = None,
                 generator: Generator | None = None) -> None:
        self.settings = settings
        self.embedder: Embedder = embedder or SentenceTransformerEmbedder.from_settings(settings)
        self.backend: IndexBackend = backend or index_backend(settings)
        self.generator: Generator = generator or make_generator(settings, self.embedder)
        self.fusion = FusionParams.from_settings(settings)
        # Sentence vectors do not depend on the index version: one cache serves every snapshot.
        self.sentence_cache = SentenceCache(self.fusion.sentence_cache_size)
        self._snap: Snapshot | None = None
        self._reload_lock = threading.Lock()
        self._truecasers: dict[str, Truecaser] = {}  # the live version's (`restore_case`)
        self._tables_lock = threading.Lock()
        self._spellers: dict[str, Speller] = {}  # the live version's (`correct_typos`)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        return cls(settings or Settings())

    # ---------------------------------------------------------------- index
    def load(self) -> Assistant:
        """Load the index and the model (explicit warm-up for servers and benchmarks)."""
        index = self.backend.open(self.settings)
        self.embedder.load()
        names.warm_up(packs())
        single_threaded_blas()  # after the model's imports loaded their BLAS libraries
        self._snap = self._snapshot(index)
        if self.settings.correct_typos:
            self._speller(index)
        return self

    def _snapshot(self, index: SearchIndex, params: FusionParams | None = None) -> Snapshot:
        require_agreement(index.manifest.embed_backend, self.settings.embed_backend)
        return Snapshot(index, Retriever(index, self.embedder, params or self.fusion, self.sentence_cache))

    def with_params(self, params: FusionParams) -> Snapshot:
        """The live index with other retrieval parameters (evaluation compares modes this way)."""
        return self._snapshot(self.snapshot.index, params)

    @property
    def snapshot(self) -> Snapshot:
        snap = self._snap
        if snap is None:
            self.load()
            snap = self._snap
        assert snap is not None
        return snap

    @property
    def index(self) -> SearchIndex:
        return self.snapshot.index

    @property
    def retriever(self) -> Retriever:
        return self.snapshot.retriever

    def live_version(self) -> str | None:
        return self.backend.live_version(self.settings)

    def reload_if_changed(self) -> bool:
        """Switch to a newer index version if one was committed; requests in flight keep theirs."""
        with self._reload_lock:
            live = self.live_version()
            snap = self._snap
            if live is None or (snap is not None and snap.index.version == live):
                return False
            index = self.backend.open(self.settings)
            if self.settings.correct_typos:  # before it answers (the version before answers meanwhile)
                self._speller(index)
            self._snap = self._snapshot(index, snap.retriever.params if snap else None)
            logger.info("Switched to index version %s (%d documents, %d chunks)", index.version,
                        len(index.documents), len(index.passages))
            return True

    def ingest(self, path: Path | None = None, progress: Callable[[int, int], None] | None = None,
               rebuild: bool = False, replace: bool = False, pool: RayPool | None = None) -> IngestReport:
        """Sync the index with a folder (default: the corpus folder); see `ingest/sync.py`.

        Only new or changed files are embedded; the previous index stays live until the new
        version is complete. With `pool` (ingest --ray) files are read and embedded on Ray.
        """
        folder = Path(path or self.settings.corpus_dir)
        report = Ingestor(self.settings, self.embedder, self.backend, pool).run(folder, rebuild, progress, replace)
        if report.changed:
            self._snap = None
        write_last_ingest(self.settings.index_dir, folder, report)
        return report

    def remove_documents(self, doc_ids: Sequence[str]) -> int:
        """Drop documents from the index (a new version without re-embedding anything)."""
        n = remove_documents(self.settings, self.backend, doc_ids)
        self._snap = None
        return n

    # ---------------------------------------------------------------- queries
    def _check(self, text: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise QueryError("The question is empty; type a question or search words.")
        if len(text) > self.settings.max_query_chars:
            raise QueryError(f"The question is {len(text)} characters long; the limit is "
                             f"{self.settings.max_query_chars} (ASSISTANT_MAX_QUERY_CHARS).")
        visible = _invisible_out(text)
        cleaned = " ".join(_MARKUP.sub(" ", visible).split())
        if _MARKUP.search(visible):  # "What is <b>SERN</b>?" reads "What is SERN?", not "SERN ?"
            cleaned = re.sub(r" +(?=[?.!,;:])", "", cleaned)
        return cleaned

    def as_asked(self, typed: str, snap: Snapshot | None = None, as_typed: bool = False) -> str:
        """The question as it is searched and answered: its typos read as the words meant (`correct_typos`; not
        `as_typed`), its names' capitals restored (`restore_case`) and, when typed without one, its question mark
        (`retrieve.punctuation`; `ASSISTANT_QUESTION_MARK`)."""
        question = self.restore_case(typed if as_typed else self.correct_typos(typed, snap), snap)
        return as_question(question) if self.settings.question_mark else question

    def reading(self, question: str, snap: Snapshot | None = None, as_typed: bool = False) -> tuple[str, str]:
        """The question as searched (`as_asked`) and, where words of it were read as others (`correct_typos`), the
        same again to show the reader (the answer's and the search's `read_as`); "" when it was searched as typed."""
        return self._reading(self._check(question), snap, as_typed)

    def _reading(self, typed: str, snap: Snapshot | None, as_typed: bool) -> tuple[str, str]:
        """`reading` of a question already checked (`_check`: checking what it left may find nothing left)."""
        spelled = typed if as_typed else self.correct_typos(typed, snap)
        question = self.as_asked(spelled, snap, as_typed=True)
        return question, question if spelled != typed else ""

    def correct_typos(self, question: str, snap: Snapshot | None = None) -> str:
        """The question with each word the collection lacks read as the collection's word one typo away
        (`retrieve.spelling`; `ASSISTANT_CORRECT_TYPOS`)."""
        if not self.settings.correct_typos:
            return question
        speller = self._speller((snap or self.snapshot).index)
        # a question in capitals is read in lower case (as `restore_case` reads it): every word would be a name
        text = question.lower() if typed_in_capitals(question) else question
        corrected = speller.correct(text, self.language(text, snap))
        if corrected == text:
            return question
        logger.info("Read %r as %r", question[:80], corrected[:80])
        return corrected

    def _speller(self, index: SearchIndex) -> Speller:
        """The index version's words for reading typos, counted once per version: when the version is loaded (see
        `load` and `reload_if_changed`, so that no question waits for it: 0.16 s per MB of text), or else on its first
        question. The version before stays until the next, for the requests still reading it."""
        with self._tables_lock:
            speller = self._spellers.get(index.version)
        if speller is None:  # counted outside the lock: the live version's questions do not wait for a new one's
            started = time.perf_counter()
            embedder = self.embedder
            pieces = embedder.pieces if isinstance(embedder, SubwordCounter) else None
            speller = Speller.from_documents(((d.text, d.language) for d in index.documents.values()), pieces)
            with self._tables_lock:
                self._spellers = {**dict(list(self._spellers.items())[-1:]), index.version: speller}
            logger.info("Counted %d words of %d documents for typos in %.2f s",
                        sum(len(c) for c in speller.counts.values()), len(index.documents),
                        time.perf_counter() - started)
        return speller

    def restore_case(self, question: str, snap: Snapshot | None = None) -> str:
        """A question typed without capitals or in nothing but capitals, with its names written as the collection
        writes them (`retrieve.truecase`; `ASSISTANT_RESTORE_CASE`); any other question as it is."""
        if not self.settings.restore_case or not (typed_in_lower_case(question) or typed_in_capitals(question)):
            return question
        index = (snap or self.snapshot).index
        with self._tables_lock:  # built once per index version, on its first lower-case question
            caser = self._truecasers.get(index.version)
            if caser is None:
                started = time.perf_counter()
                embedder = self.embedder
                whole = (lambda word: embedder.pieces(word) <= 1) if isinstance(embedder, SubwordCounter) else None
                caser = Truecaser.from_documents(((d.text, d.language) for d in index.documents.values()), whole)
                self._truecasers = {index.version: caser}
                learnt = sum(len(t.forms) for t in caser.tables.values())
                logger.info("Learnt %d capitalised words from %d documents in %.2f s", learnt,
                            len(index.documents), time.perf_counter() - started)
        return caser.restore(question, self.language(question, snap))

    def ranked(self, query: str, k: int | None = None, filters: Filters | None = None,
               history: Sequence[Turn] | None = None, snap: Snapshot | None = None,
               focus: bool = False, language: str = "", as_typed: bool = False) -> list[Ranked]:
        """Ranked passages; `focus` also scores each sentence against the question without its names
        (`SentenceScore.focus`), which only answer composition reads: a search need not embed that second text.
        `language`: the question's, when the caller knows it already (`language()` otherwise). `as_typed`: no word
        read as another (`correct_typos`)."""
        snap = snap or self.snapshot
        typed = self._check(query)
        return self._ranked_typed(typed, self.as_asked(typed, snap, as_typed), k, filters, history, snap, focus,
                                  language)

    def _ranked_typed(self, typed: str, query: str, k: int | None, filters: Filters | None,
                      history: Sequence[Turn] | None, snap: Snapshot, focus: bool, language: str) -> list[Ranked]:
        """`ranked` for a question checked (`typed`) and with its case restored (`query`): `ask_stream` has both."""
        retriever = snap.retriever
        k = k or self.settings.top_k
        if k < 1:
            raise QueryError(f"k must be at least 1, got {k}")
        if not _WORDLIKE.search(query):
            return []  # only punctuation, markup or invisible characters: nothing can match it
        ctx = context_for(query, history)
        lang = language or self.language(query, snap)
        ranked = self._ranked(retriever, query, lang, k, filters, ctx, focus)
        if ranked and self._random_letters(typed, ranked):  # (as typed: a capital would make it look like a name)
            logger.info("Refused as random letters: %r", query[:80])
            return []
        return ranked

    def _answer_passages(self, typed: str, question: str, lang: str, k: int, filters: Filters | None,
                         history: Sequence[Turn] | None, snap: Snapshot) -> tuple[list[Ranked], str]:
        """The passages an answer is composed from (with focus scores), and the language it is answered in: the best
        passage's where that is the question's near kin (`nearest_kin`). `ask_stream` and the span-weight fit."""
        ranked = self._ranked_typed(typed, question, k, filters, history, snap, True, lang)
        return ranked, (nearest_kin(question, lang, ranked[0].passage.language) if ranked else lang)

    def _ranked(self, retriever: Retriever, query: str, lang: str, k: int, filters: Filters | None,
                ctx: Context, focus: bool) -> list[Ranked]:
        if ctx.focus:
            # A follow-up is first answered from the documents the previous answer cited.
            scoped = replace(filters or Filters(), doc_ids=ctx.focus)
            ranked = retriever.search(query, k, scoped, lang, context=ctx.text)
            if self.generator.answers(lang, ranked):
                return ranked
        # the question without the names it asks about, for `SentenceScore.focus` (see `answer.spans`)
        return retriever.search(query, k, filters, lang, context=ctx.text, focus=unnamed(query, lang) if focus else "")

    def language(self, question: str, snap: Snapshot | None = None) -> str:
        """The question's language, with the collection's as the prior between close relatives
        (`lang.detect.question_language`)."""
        return question_language(question, (snap or self.snapshot).index.languages)

    def _random_letters(self, query: str, ranked: Sequence[Ranked]) -> bool:
        """No term of the query is in the collection and its words fall apart into letters (lang.nonsense)."""
        limit = self.settings.nonsense_letters_per_piece
        if not limit or not isinstance(self.embedder, SubwordCounter):
            return False
        if any(r.passage.scores.coverage for r in ranked):  # the collection holds one of its terms
            return False
        return looks_like_random_letters(query, self.embedder.pieces, limit)

    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               snap: Snapshot | None = None, as_typed: bool = False) -> list[Passage]:
        return self.search_read(query, k, filters, snap, as_typed)[0]

    def search_read(self, query: str, k: int | None = None, filters: Filters | None = None,
                    snap: Snapshot | None = None, as_typed: bool = False) -> tuple[list[Passage], str]:
        """`search`, and how the query was read (`reading`'s `read_as`): the query is read once for both."""
        snap = snap or self.snapshot
        typed = self._check(query)
        question, read_as = self._reading(typed, snap, as_typed)
        ranked = self._ranked_typed(typed, question, k, filters, None, snap, False, "")
        return [r.passage for r in ranked], read_as

    def ask(self, question: str, filters: Filters | None = None, history: Sequence[Turn] | None = None,
            snap: Snapshot | None = None, generator: Generator | None = None, as_typed: bool = False) -> Answer:
        final = None
        for item in self.ask_stream(question, filters, history, snap, generator, as_typed):
            if isinstance(item, Answer):
                final = item
        assert final is not None, "a generator's stream ends with its Answer"
        return final

    def ask_stream(self, question: str, filters: Filters | None = None, history: Sequence[Turn] | None = None,
                   snap: Snapshot | None = None, generator: Generator | None = None,
                   as_typed: bool = False) -> Iterator[StreamItem]:
        """`Retrieved` as soon as retrieval is done, then verified answer text and citations as they are
        written (generated answers), then the final `Answer`.

        `generator` overrides the configured one for this question (evaluation compares them this way).
        `as_typed`: no word of the question is read as another (`correct_typos`); the answer's `read_as` says when
        one was, so that a page can offer the question as typed.

        Input errors are raised before the first item, so a caller can still answer them with an error.
        """
        snap = snap or self.snapshot
        typed = self._check(question)
        question, read_as = self._reading(typed, snap, as_typed)
        lang = self.language(question, snap)
        if not _WORDLIKE.search(question):  # content-free: refused like any question the documents do not answer
            return iter([Retrieved(lang, False), Answer(phrase(lang, "not_found"), (), False, lang)])
        k = max(self.settings.top_k, self.settings.answer_candidates)
        ranked, lang = self._answer_passages(typed, question, lang, k, filters, history, snap)
        gen = generator or self.generator
        found = gen.answers(lang, ranked)
        # the documents being read, best first: none listed for a refusal
        sources = per_document(r.passage for r in ranked[: self.settings.top_k]) if found else ()
        items = gen.stream(question, lang, ranked, snap.index, tuple(history or ()))
        earlier = context_for(question, history).text
        if earlier or read_as:
            items = (replace(x, follow_up_of=earlier, read_as=read_as) if isinstance(x, Answer) else x for x in items)
        # read as the collection's close relative, answered in the question's own words where it is clearly its own
        reply = reply_language(question, lang)
        if reply != lang:
            items = (rephrased(x, reply) if isinstance(x, Answer) else x for x in items)
        return itertools.chain([Retrieved(reply, found, sources)], items)
