"""Incremental, resumable, crash-safe ingestion of a document folder.

- Files are identified by their path relative to the folder and a SHA-256 of their bytes
  (and metadata sidecar): unchanged files keep their chunks and vectors, changed and new
  files are embedded, files that disappeared are dropped.
- Embeddings of finished files are written to `.staging/` as they are made, so an
  interrupted run resumes without embedding them again.
- The new index version is complete and flushed before `CURRENT` is switched to it; a
  lock file refuses a second concurrent ingest.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.index.dense import DenseIndex
from assistant.index.keyword import KeywordIndex
from assistant.index.store import (
    FORMAT,
    IndexError_,
    LoadedIndex,
    Manifest,
    cleanup,
    document_from_record,
    load_index,
    passage_record,
    write_index,
)
from assistant.ingest.chunking import Chunker
from assistant.ingest.corpus import (
    CorpusError,
    Skipped,
    SourceFile,
    discover,
    doc_id_for,
    file_hash,
    page_of,
    read_bytes,
    read_document,
)
from assistant.ingest.extract import ExtractionError
from assistant.ingest.tokens import ENCODING
from assistant.types import Document, Passage

logger = logging.getLogger(__name__)

# Bump when extraction, cleaning or chunking changes what a file yields: the next ingest then
# re-reads unchanged files instead of keeping passages made the old way (2: YAML 1.2 front
# matter and normalised language codes; 3: headings over contact blocks; 4: FAQ question headings;
# 5: a PDF title line after a sentence that ends at the line end).
PIPELINE_VERSION = 5


class IngestBusy(RuntimeError):
    """Another ingest holds the lock on this index folder."""


@contextmanager
def ingest_lock(index_dir: Path) -> Iterator[None]:
    """An exclusive lock on the index folder; released by the OS even if the process is killed."""
    index_dir.mkdir(parents=True, exist_ok=True)
    path = index_dir / ".ingest.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            raise IngestBusy(f"Another ingest is already running on {index_dir} ({holder}); wait for it to finish. "
                             "Ingests are never interleaved.") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}".encode(), 0)
        yield
    finally:
        os.close(fd)


@dataclass
class IngestReport:
    documents: int = 0
    chunks: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    resumed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    embedded_chunks: int = 0
    model_tokens: int = 0
    index_path: str = ""
    changed: bool = False


class Staging:
    """Finished documents' chunks and vectors, kept until a version containing them is committed."""

    def __init__(self, index_dir: Path, key: str) -> None:
        self.dir = index_dir / ".staging" / key

    def _paths(self, digest: str) -> tuple[Path, Path]:
        return self.dir / f"{digest}.json", self.dir / f"{digest}.npy"

    def get(self, digest: str) -> tuple[Document, list[Passage], np.ndarray] | None:
        meta, vecs = self._paths(digest)
        if not (meta.is_file() and vecs.is_file()):
            return None
        try:
            d = json.loads(meta.read_text(encoding="utf-8"))
            doc = document_from_record(d["document"])
            passages = [Passage(**p) for p in d["passages"]]
            v = np.load(vecs, allow_pickle=False)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("Ignoring damaged staged embeddings %s: %s", meta, exc)
            return None
        if v.ndim != 2 or v.shape[0] != len(passages):
            return None
        return doc, passages, v

    def put(self, digest: str, doc: Document, passages: list[Passage], vectors: np.ndarray) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        meta, vecs = self._paths(digest)
        tmp_v = vecs.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp_v, vectors.astype(np.float32), allow_pickle=False)
        os.replace(tmp_v, vecs)  # vectors first: the JSON is what marks the entry complete
        tmp_m = meta.with_suffix(f".{os.getpid()}.tmp")
        tmp_m.write_text(json.dumps({"document": asdict(doc), "passages": [passage_record(p) for p in passages]},
                                    ensure_ascii=False), encoding="utf-8")
        os.replace(tmp_m, meta)

    def clear(self) -> None:
        shutil.rmtree(self.dir.parent, ignore_errors=True)


def embedding_text(p: Passage) -> str:
    """What the model sees for a chunk: where it comes from, then the text."""
    head = " – ".join(x for x in (p.publisher, p.title) if x)
    if p.section and p.section not in (p.title,) and not p.text.startswith(p.section):
        head = f"{head} – {p.section}" if head else p.section
    return f"{head}\n{p.text}" if head else p.text


def keyword_text(p: Passage) -> str:
    return f"{p.publisher} {p.title} {p.section}\n{p.text}"


@dataclass
class _Work:
    src: SourceFile
    digest: str
    data: bytes
    doc_id: str
    prev: Document | None


class Ingestor:
    def __init__(self, settings: Any, embedder: Any) -> None:
        self.settings = settings
        self.embedder = embedder

    def _key(self) -> str:
        s = self.settings
        raw = f"{s.model}|{s.chunk_max_tokens}|{s.chunk_min_tokens}|{ENCODING}|{s.passage_prompt}|{FORMAT}"
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def _previous(self, root: str, rebuild: bool) -> LoadedIndex | None:
        if rebuild:
            return None
        try:
            prev = load_index(self.settings.index_dir, self.settings.model)
        except IndexError_ as exc:
            if "No index found" not in str(exc):
                logger.warning("Previous index not reused (%s); embedding everything", exc)
            return None
        m = prev.manifest
        if (m.chunk_max_tokens, m.chunk_min_tokens, m.tokenizer) != (
                self.settings.chunk_max_tokens, self.settings.chunk_min_tokens, ENCODING):
            logger.info("Chunking settings changed; embedding everything again")
            return None
        if m.pipeline != PIPELINE_VERSION:
            logger.info("Extraction or chunking changed (version %s -> %s); reading every file again",
                        m.pipeline, PIPELINE_VERSION)
            return None
        if m.root and m.root != root:
            logger.info("The index mirrored %s; it will now mirror %s", m.root, root)
        return prev

    def run(self, path: Path, rebuild: bool = False,
            progress: Callable[[int, int], None] | None = None) -> IngestReport:
        started = time.perf_counter()
        s = self.settings
        report = IngestReport()
        path = Path(path)
        single = path.is_file()  # one file is added or updated; the rest of the index stays
        root = str(path.resolve())
        target = ""
        with ingest_lock(s.index_dir):
            cleanup(s.index_dir)  # under the lock, half-written versions can only be left by a killed run
            sources = discover(path, report.skipped)
            prev = self._previous(root, rebuild)
            if single:
                base = Path(prev.manifest.root) if prev is not None and prev.manifest.root else path.resolve().parent
                real = path.resolve()
                target = real.relative_to(base).as_posix() if real.is_relative_to(base) else str(real)
                sources = [replace(x, source=target) for x in sources]
                root = str(base)
                if prev is not None and not rebuild:  # every other indexed document is kept as it is
                    others = [SourceFile(Path(d.path), d.source or d.doc_id) for d in prev.documents.values()
                              if (d.source or d.doc_id) != target]
                    sources = sorted(others + sources, key=lambda x: x.source)
            same_root = prev is not None and (prev.manifest.root in ("", root))
            prev_docs = {d.source or d.doc_id: d for d in prev.documents.values()} if prev and same_root else {}
            staging = Staging(s.index_dir, self._key())

            work: list[_Work] = []
            keep: dict[str, Document] = {}  # source -> unchanged previous document
            seen_sources: set[str] = set()
            used_ids: set[str] = set()
            max_bytes = int(s.max_file_mb * 1024 * 1024)
            for src in sources:
                seen_sources.add(src.source)
                old = prev_docs.get(src.source)
                if single and old is not None and src.source != target:
                    keep[src.source] = old  # not the file being ingested: untouched
                    used_ids.add(old.doc_id)
                    continue
                try:
                    data = read_bytes(src, max_bytes)
                except (OSError, ExtractionError) as exc:
                    report.skipped.append(Skipped(str(src.path), str(exc)))
                    if old is not None:
                        keep[src.source] = old  # nothing already indexed is lost because a file broke
                        used_ids.add(old.doc_id)
                    continue
                digest = file_hash(src, data)
                if old is not None and old.sha256 == digest and not rebuild:
                    keep[src.source] = old
                    used_ids.add(old.doc_id)
                    continue
                work.append(_Work(src, digest, data, "", old))
            for w in work:  # stable ids: the previous one, else the path; a suffix only on collision
                wanted = w.prev.doc_id if w.prev else doc_id_for(w.src.source)
                w.doc_id = wanted if wanted not in used_ids else f"{wanted}{Path(w.src.source).suffix}"
                used_ids.add(w.doc_id)
            report.removed = sorted(d.doc_id for src, d in prev_docs.items() if src not in seen_sources)
            report.unchanged = len(keep)
            if prev is not None and same_root and not work and not report.removed and not rebuild:
                report.documents, report.chunks = len(prev.documents), len(prev.passages)
                report.index_path = str(prev.path)
                report.seconds = time.perf_counter() - started
                return report  # nothing to do: no model load, no new version

            new_docs, new_passages, new_vectors = self._embed(work, staging, report, progress)
            for w in work:  # a changed file that failed to read keeps its previously indexed version
                if w.prev is not None and w.src.source not in new_docs:
                    keep[w.src.source] = w.prev
            if not keep and not new_docs:
                reasons = "; ".join(f"{x.path}: {x.reason}" for x in report.skipped[:5])
                raise CorpusError(f"No usable documents in {path}" + (f" ({reasons})" if reasons else ""))

            # Assemble in path order: unchanged documents reuse their rows and vectors.
            rows_of = prev.rows_by_doc if prev is not None else {}
            documents: list[Document] = []
            passages: list[Passage] = []
            blocks: list[np.ndarray] = []
            dim = 0
            for src in sources:
                if src.source in keep:
                    d = keep[src.source]
                    rows = rows_of.get(d.doc_id, [])
                    documents.append(d if d.source else replace(d, source=src.source))
                    passages.extend(prev.passages[r] for r in rows)  # type: ignore[union-attr]
                    if rows:
                        blocks.append(prev.dense.vectors(np.array(rows)))  # type: ignore[union-attr]
                elif src.source in new_docs:
                    d, ps, v = new_docs[src.source], new_passages[src.source], new_vectors[src.source]
                    documents.append(d)
                    passages.extend(ps)
                    blocks.append(v)
            for b in blocks:
                dim = b.shape[1] if b.size else dim
            dim = dim or (prev.manifest.dimension if prev else self.embedder.dimension)
            manifest = Manifest(format=FORMAT, model=s.model, dimension=dim, chunk_max_tokens=s.chunk_max_tokens,
                                chunk_min_tokens=s.chunk_min_tokens, tokenizer=ENCODING, documents=len(documents),
                                chunks=len(passages), created=time.time(), root=root,
                                pipeline=PIPELINE_VERSION)
            final = write_version(s.index_dir, manifest, documents, passages, blocks)
            staging.clear()
        report.documents, report.chunks = len(documents), len(passages)
        report.index_path = str(final)
        report.changed = True
        report.seconds = time.perf_counter() - started
        return report

    def _embed(self, work: list[_Work], staging: Staging, report: IngestReport,
               progress: Callable[[int, int], None] | None
               ) -> tuple[dict[str, Document], dict[str, list[Passage]], dict[str, np.ndarray]]:
        s = self.settings
        chunker = Chunker(s.chunk_max_tokens, s.chunk_min_tokens)
        docs: dict[str, Document] = {}
        passages: dict[str, list[Passage]] = {}
        vectors: dict[str, np.ndarray] = {}
        pending: list[tuple[_Work, Document, list[Passage]]] = []
        pending_chunks = 0
        done = 0
        flush_at = max(s.batch_size * 4, 1)  # bounded memory, and durable progress every few batches

        def flush() -> None:
            nonlocal pending, pending_chunks, done
            if not pending:
                return
            texts = [embedding_text(p) for _, _, ps in pending for p in ps]
            t0 = time.perf_counter()
            vecs = self.embedder.embed_passages(texts) if texts else np.zeros((0, 0), np.float32)
            report.embed_seconds += time.perf_counter() - t0
            report.embedded_chunks += len(texts)
            i = 0
            for w, doc, ps in pending:
                v = vecs[i:i + len(ps)]
                i += len(ps)
                staging.put(w.digest, doc, ps, v)  # durable before the next batch: resumable
                self._accept(w, doc, ps, v, docs, passages, vectors, report)
                done += 1
                if progress:
                    progress(done, len(work))
            pending, pending_chunks = [], 0

        if work:
            self.embedder.load()  # model loading is not embedding time
        for w in work:
            staged = staging.get(w.digest)
            if staged is not None and staged[0].doc_id == w.doc_id and staged[0].source == w.src.source:
                report.resumed += 1
                self._accept(w, *staged, docs, passages, vectors, report)
                done += 1
                if progress:
                    progress(done, len(work))
                continue
            try:
                doc = read_document(w.src, w.data, w.digest, w.doc_id, s.pdf_timeout)
            except (ExtractionError, OSError, UnicodeDecodeError) as exc:
                report.skipped.append(Skipped(str(w.src.path), str(exc)))
                done += 1
                if progress:
                    progress(done, len(work))
                continue
            w.data = b""  # bounded memory: the bytes are not needed any more
            ps = [replace(p, page=page_of(doc, p.start)) if doc.pages else p for p in chunker.chunk(doc)]
            pending.append((w, doc, ps))
            pending_chunks += len(ps)
            if pending_chunks >= flush_at:
                flush()
        flush()
        return docs, passages, vectors

    @staticmethod
    def _accept(w: _Work, doc: Document, ps: list[Passage], v: np.ndarray, docs: dict[str, Document],
                passages: dict[str, list[Passage]], vectors: dict[str, np.ndarray], report: IngestReport) -> None:
        docs[w.src.source] = doc
        passages[w.src.source] = ps
        vectors[w.src.source] = v
        (report.updated if w.prev is not None else report.added).append(doc.doc_id)


def write_version(index_dir: Path, manifest: Manifest, documents: list[Document], passages: list[Passage],
                  blocks: list[np.ndarray]) -> Path:
    """Build the dense and keyword indexes for these passages (vectors in row order) and commit them."""
    dense = DenseIndex(manifest.dimension)
    for b in blocks:
        if len(b):
            dense.add(b)
    keyword = KeywordIndex()
    keyword.build([keyword_text(p) for p in passages], [p.language for p in passages])
    return write_index(index_dir, manifest, passages, documents, dense, keyword)


def remove_documents(settings: Any, doc_ids: Any) -> int:
    """A new index version without the given documents; nothing is embedded."""
    wanted = set(doc_ids)
    with ingest_lock(settings.index_dir):
        prev = load_index(settings.index_dir, settings.model)
        unknown = sorted(wanted - set(prev.documents))
        if unknown:
            raise KeyError(f"No document with id {', '.join(map(repr, unknown))} in the index "
                           "(see: assistant docs list)")
        rows = [i for i, p in enumerate(prev.passages) if p.doc_id not in wanted]
        documents = [d for d in prev.documents.values() if d.doc_id not in wanted]
        if not documents:
            raise CorpusError("Removing these documents would leave the index empty; ingest other documents first")
        passages = [prev.passages[i] for i in rows]
        blocks = [prev.dense.vectors(np.array(rows))] if rows else []
        manifest = replace(prev.manifest, documents=len(documents), chunks=len(passages), created=time.time())
        write_version(settings.index_dir, manifest, documents, passages, blocks)
    return len(wanted)
