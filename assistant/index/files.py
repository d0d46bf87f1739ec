"""The default index backend: FAISS (exact inner product) plus bm25s, as a folder of plain files.

Passages are addressed by their stable id; FAISS and bm25s rows are an internal detail of one
version. Filters become a row mask that FAISS evaluates with an ID selector and bm25s applies
before its top-k cut. Changes are made on an in-memory copy and committed by `save()`, which
writes a complete new version and switches `CURRENT` to it (see `store.py`).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path

import numpy as np

from assistant.errors import IndexUnavailable
from assistant.index import store
from assistant.index.content import SENTENCE_DTYPE, EditableContent, ordered_content
from assistant.index.dense import DenseIndex, DenseParams
from assistant.index.keyword import KeywordIndex
from assistant.protocols import Hits, TermQuery
from assistant.settings import Settings
from assistant.types import Document, Filters, Manifest, Passage

logger = logging.getLogger(__name__)



def keyword_text(p: Passage) -> str:
    """What the keyword index sees for a passage: where it comes from, then the text."""
    return f"{p.publisher} {p.site} {p.title} {p.section}\n{p.text}"


class FilesIndex(EditableContent):
    """One version of the files index; implements `assistant.protocols.SearchIndex`."""

    def __init__(self, index_dir: Path, manifest: Manifest, passages: list[Passage],
                 documents: dict[str, Document], dense: DenseIndex, keyword: KeywordIndex | None,
                 path: Path | None = None, sentences: np.ndarray | None = None) -> None:
        self.index_dir = index_dir
        self._set(manifest, passages, documents, dense, keyword or KeywordIndex(), path, sentences)

    def _set(self, manifest: Manifest, passages: list[Passage], documents: dict[str, Document],
             dense: DenseIndex, keyword: KeywordIndex, path: Path | None, sentences: np.ndarray | None) -> None:
        counts = np.fromiter((len(p.sentences) for p in passages), dtype=np.int64, count=len(passages))
        self._sentence_start = np.concatenate([[0], np.cumsum(counts)]) if len(counts) else np.zeros(1, np.int64)
        if sentences is None:
            sentences = np.zeros((0, manifest.dimension), SENTENCE_DTYPE)
        if len(sentences) != int(self._sentence_start[-1]):
            raise ValueError(f"{len(sentences)} sentence vectors for {int(self._sentence_start[-1])} sentences")
        self._sentences = sentences
        self.manifest = manifest
        self._passages = passages
        self._documents = documents
        self.dense = dense
        self.keyword = keyword
        self.languages = tuple(sorted({p.language for p in passages}))
        self.path = path
        self.checked_files = 0  # files whose SHA-256 matched the manifest when this version was loaded
        self._row = {p.id: i for i, p in enumerate(passages)}
        # Uncommitted changes: id -> (passage, vector, sentence vectors); set on the first upsert or delete.
        self._edit: dict[str, tuple[Passage, np.ndarray, np.ndarray]] | None = None
        for name in ("_rows_by_doc", "_columns"):  # derived from the passages above
            self.__dict__.pop(name, None)

    # ------------------------------------------------------------- backend (classmethods)
    @classmethod
    def live_version(cls, settings: Settings) -> str | None:
        live = store.current_version(settings.index_dir)
        return live.name if live else None

    @classmethod
    def open(cls, settings: Settings) -> FilesIndex:
        return load_index(settings.index_dir, settings.model, DenseParams.from_settings(settings))

    @classmethod
    def create(cls, settings: Settings, manifest: Manifest) -> FilesIndex:
        return cls(settings.index_dir, manifest, [], {}, DenseIndex(manifest.dimension,
                                                                  DenseParams.from_settings(settings)), None)

    @classmethod
    def cleanup(cls, settings: Settings) -> None:
        store.cleanup(settings.index_dir)

    # ------------------------------------------------------------- reading
    @property
    def version(self) -> str:
        return self.path.name if self.path else ""

    @property
    def integrity(self) -> str:
        """What was checked when this version was loaded (shown by /readyz and `docs list`)."""
        if self.path is None:
            return "not saved"
        if self.checked_files:
            return f"verified: SHA-256 of {self.checked_files} files match the manifest"
        return "unverified: written before checksums were recorded (the next ingest records them)"

    @property
    def documents(self) -> Mapping[str, Document]:
        return self._documents

    @property
    def passages(self) -> Sequence[Passage]:
        return self._passages

    def passage(self, passage_id: str) -> Passage:
        return self._passages[self._row[passage_id]]

    def document(self, doc_id: str) -> Document:
        return self._documents[doc_id]

    @cached_property
    def _rows_by_doc(self) -> dict[str, list[int]]:
        rows: dict[str, list[int]] = {}
        for i, p in enumerate(self._passages):
            rows.setdefault(p.doc_id, []).append(i)
        return rows

    def passages_of(self, doc_id: str) -> list[Passage]:
        return [self._passages[r] for r in self._rows_by_doc.get(doc_id, [])]

    @cached_property
    def _columns(self) -> dict[str, np.ndarray]:
        """Per-row filter fields as arrays, so a filter is a vectorised comparison, not a Python loop."""
        return {"language": np.array([p.language for p in self._passages], dtype=object),
                "doc_id": np.array([p.doc_id for p in self._passages], dtype=object),
                "publisher": np.array([p.shown_publisher.casefold() for p in self._passages], dtype=object)}

    def _mask(self, f: Filters) -> np.ndarray:
        cols = self._columns
        mask = np.ones(len(self._passages), dtype=bool)
        if f.language is not None:
            mask &= cols["language"] == f.language
        if f.doc_id is not None:
            mask &= cols["doc_id"] == f.doc_id
        if f.publisher is not None:
            mask &= cols["publisher"] == f.publisher.casefold()
        if f.doc_ids is not None:
            mask &= np.isin(cols["doc_id"], list(f.doc_ids))
        return mask

    def search(self, query: np.ndarray | TermQuery, k: int, filters: Filters | None = None) -> Hits:
        allowed = self._mask(filters) if filters is not None and filters.active else None
        if isinstance(query, TermQuery):
            kw = self.keyword.search(query.text, query.language, k, allowed, self.languages)
            return Hits(tuple(self._passages[int(r)].id for r in kw.rows), tuple(float(s) for s in kw.scores),
                        kw.coverage, kw.held, kw.names_held)
        dh = self.dense.search(query, k, allowed)
        finite = np.isfinite(dh.scores)
        if not finite.all():  # a damaged vector file: such scores must never reach ranking
            logger.error("Index %s returned %d non-finite similarity scores; they are dropped. Check the index: "
                         "assistant ingest --verify", self.version, int((~finite).sum()))
        return Hits(tuple(self._passages[int(r)].id for r in dh.rows[finite]),
                    tuple(float(s) for s in dh.scores[finite]))

    def vectors(self, passage_ids: Sequence[str]) -> np.ndarray:
        return self.dense.vectors(np.array([self._row[i] for i in passage_ids], dtype=np.int64))

    def sentence_vectors(self, passage_ids: Sequence[str]) -> list[np.ndarray | None]:
        out: list[np.ndarray | None] = []
        for pid in passage_ids:
            r = self._row[pid]
            a, b = int(self._sentence_start[r]), int(self._sentence_start[r + 1])
            out.append(self._sentences[a:b].astype(np.float32) if b > a else None)
        return out

    def __len__(self) -> int:
        return len(self._passages)

    # ------------------------------------------------------------- writing
    def _editable(self) -> dict[str, tuple[Passage, np.ndarray, np.ndarray]]:
        if self._edit is None:
            vecs = self.dense.all_vectors()
            s = self._sentence_start
            self._edit = {p.id: (p, vecs[i], self._sentences[int(s[i]):int(s[i + 1])])
                          for i, p in enumerate(self._passages)}
        return self._edit

    def save(self) -> str:
        """Commit the current content as a new version; documents left without passages are dropped."""
        documents, items = ordered_content(self._editable(), self._documents)
        passages = [p for p, _, _ in items]
        dense = DenseIndex(self.manifest.dimension, self.dense.params)
        if items:
            dense.add(np.vstack([v for _, v, _ in items]).astype(np.float32))
        sentences = (np.vstack([s for _, _, s in items]).astype(SENTENCE_DTYPE) if items
                     else np.zeros((0, self.manifest.dimension), SENTENCE_DTYPE))
        keyword = KeywordIndex()
        keyword.build([keyword_text(p) for p in passages], [p.language for p in passages])
        manifest = replace(self.manifest, documents=len(documents), chunks=len(passages), created=time.time())
        final = store.write_index(self.index_dir, manifest, passages, documents, dense, keyword, sentences)
        manifest = Manifest.from_dict(json.loads((final / "manifest.json").read_text()))  # with its checksums
        self._set(manifest, passages, {d.doc_id: d for d in documents}, dense, keyword, final, sentences)
        return final.name


"""Uncommitted content of a version: passage id -> (passage, vector, its sentence vectors)."""


def load_index(index_dir: Path, model: str, dense_params: DenseParams | None = None) -> FilesIndex:
    """The live version of the files index in `index_dir`, checked for model and consistency."""
    version = store.current_version(index_dir)
    hint = store.rebuild_hint(index_dir)
    if version is None:
        raise IndexUnavailable(f"No index found in {index_dir}. {hint}")
    try:
        manifest = Manifest.from_dict(json.loads((version / "manifest.json").read_text()))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexUnavailable(f"Index manifest in {version} is unreadable ({exc}). {hint}") from exc
    if manifest.format != store.FORMAT:
        raise IndexUnavailable(f"Index format {manifest.format} is not supported (expected {store.FORMAT}). {hint}")
    checked = store.verify(version, manifest)  # before anything is parsed: a damaged file is never served
    if manifest.model != model:
        raise IndexUnavailable(
            f"The index in {index_dir} was built with model '{manifest.model}' but the configured model "
            f"is '{model}'. Set ASSISTANT_MODEL='{manifest.model}' or rebuild: assistant ingest --rebuild")
    try:
        with open(version / "chunks.jsonl", encoding="utf-8") as f:
            passages = [store.passage_from_record(json.loads(line)) for line in f]
        documents = {}
        with open(version / "documents.jsonl", encoding="utf-8") as f:
            for line in f:
                d = store.document_from_record(json.loads(line))
                documents[d.doc_id] = d
        dense = DenseIndex.load(version / "dense.faiss", manifest.dimension, dense_params)
        keyword = KeywordIndex.load(version / "keyword")
        if keyword.size == len(passages):
            keyword.set_languages([p.language for p in passages])
        sentences = (np.load(version / "sentences.npy", allow_pickle=False) if (version / "sentences.npy").is_file()
                     else None)
    except Exception as exc:
        raise IndexUnavailable(f"The index in {version} is damaged ({type(exc).__name__}: {exc}). {hint}") from exc
    if not (len(passages) == dense.size == keyword.size == manifest.chunks):
        raise IndexUnavailable(
            f"The index in {version} is inconsistent: {len(passages)} chunks, {dense.size} vectors, "
            f"{keyword.size} keyword rows, manifest says {manifest.chunks}. {hint}")
    if len({p.id for p in passages}) != len(passages):
        raise IndexUnavailable(f"The index in {version} holds duplicate passage ids. {hint}")
    try:
        index = FilesIndex(index_dir, manifest, passages, documents, dense, keyword, version, sentences)
    except ValueError as exc:
        raise IndexUnavailable(f"The index in {version} is inconsistent: {exc}. {hint}") from exc
    index.checked_files = checked
    return index
