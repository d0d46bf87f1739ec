"""Incremental, resumable, crash-safe ingestion of a document folder.

- Files are identified by their path relative to the folder and a SHA-256 of their bytes
  (and metadata sidecar): unchanged files keep their chunks and vectors, changed and new
  files are embedded, files that disappeared are dropped.
- Embeddings of finished files are written to `.staging/` as they are made, so an
  interrupted run resumes without embedding them again.
- The index backend commits the new version completely before readers see it; a lock file
  refuses a second concurrent ingest.

`Ingestor.run` is `plan` (what changed), `_embed` (read, chunk, embed what changed) and
`assemble` (the new version through the index protocol).
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

import numpy as np

from assistant.errors import CorpusError, ExtractionError, IndexUnavailable, IngestBusy, UnknownDocument
from assistant.index.onnx_encoder import backends_agree
from assistant.index.store import FORMAT
from assistant.ingest.chunking import Chunker
from assistant.ingest.corpus import (
    Skipped,
    SourceFile,
    discover,
    doc_id_for,
    file_hash,
    page_of,
    read_bytes,
    read_document,
)
from assistant.ingest.ray_pool import RayPool, ReadJob
from assistant.ingest.staging import Staging
from assistant.ingest.tokens import ENCODING
from assistant.lang.sentences import Span
from assistant.protocols import Embedder, IndexBackend, SearchIndex, embed_for_index, index_precision, load_for_index
from assistant.retrieve.rerank import sentence_units
from assistant.settings import Settings
from assistant.types import Document, Manifest, Passage

logger = logging.getLogger(__name__)

# Bump when extraction, cleaning or chunking changes what a file yields: the next ingest then
# re-reads unchanged files instead of keeping passages made the old way (2: YAML 1.2 front
# matter and normalised language codes; 3: headings over contact blocks; 4: FAQ question headings;
# 5: a PDF title line after a sentence that ends at the line end; 6: a passage keeps its document's
# language unless the model is sure; 7: sentence vectors stored with the passages; 8: photo credits and
# news stamps removed, list-introducing lines are not headings, FAQ questions over their answer are;
# 9: ordinals and month abbreviations end no sentence: "am 3. Oktober 1990", "Jan. 2020"; 10: sentences
# end before «, after » and „…“ quotes and before capitals beyond ASCII, and keep their closing quote; wiki
# footnote references and section edit links are removed from HTML; 11: a table row is a sentence of its own,
# embedded with its column names, and a table's header row is not quoted; bylines are removed; an HTML
# definition list reads "term: definition"; a PDF's running headers, footers and page numbers are removed and
# a sentence across a page break is one; 12: links read as their text unless the target helps the reader,
# emphasis marks, tables of contents, category links and breadcrumbs are dropped, a caption row is no table
# header, a list item is a sentence of its own, a "Label: value" line is no heading; 13: a sentence is embedded
# with its document's title as well as its section heading; 14: feedback widgets ("Was deze informatie nuttig?"),
# page tools ("Seite drucken") and more page stamps ("Sidan uppdaterades …", "Stand: …") are removed; 15: a news
# page's "read also" lines and the headline they introduce, reading times, comment counts and copyright lines are
# removed, and a table's column names are found under its caption row and in a DOCX header that holds a year; 16: a
# caption between two photo labels is removed, and a line over a run of labelled lines heads them; 17: a page title
# that is a headline stating a figure is a quotable sentence; 18: ligatures and soft hyphens are undone, and a short PDF
# line whose sentence goes on in lower case does not end its paragraph; 19: a field naming someone is no heading, a
# numbered line alone and a § item are, a sub-heading's section names its numbered item, a PDF § title after a full
# line opens a paragraph, the site's name comes from a <title> that words the page otherwise, and an event's name over
# its "Label: value" fields heads them; 20: a PDF's contact rows and letterhead are lines of their own and a range
# broken after its dash is joined, a line with a phone number or e-mail address is no heading, an article's closing
# sections ("Se även", "Referenser", "Weblinks") and escaped footnote markers are removed, and MediaWiki's notices
# above the text are furniture; 21: a PDF's short question line under a finished sentence is an FAQ heading of its own;
# 22: a street address with its postcode is no heading, and one word over it is; 23: a "Label: value" field after
# another heads nothing, with blank lines between them too, nor does one whose label the page repeats, and a wiki's
# tagline is furniture without its siteSub id too, a line ending in a street address is no heading, and a news page's
# line asking to be followed on social sites and its link to the main story are furniture; 24: a photo credit of a name
# and a photo agency after a comma is removed, with its label or without one; 25: a photographer's name with a particle
# after the agency's slash is removed to the line's end, and so is a line of an agency alone or of a label and an
# agency without the colon, "Getty Images", "Foto ANP").
PIPELINE_VERSION = 25


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


_SEEN_LIMIT = 200_000  # texts kept for reuse within one run: about 300 MB of float32 vectors at 384 dimensions


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
    warnings: list[Skipped] = field(default_factory=list)  # indexed, but not as the file asked (e.g. its id)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    embedded_chunks: int = 0
    embedded_sentences: int = 0
    reused_vectors: int = 0  # chunks and sentences whose text was already embedded in this run (copies, boilerplate)
    model_tokens: int = 0
    index_path: str = ""
    changed: bool = False


def embedding_text(p: Passage) -> str:
    """What the model sees for a chunk: where it comes from, then the text."""
    head = " – ".join(x for x in (p.publisher, p.title) if x)
    if p.section and p.section not in (p.title,) and not p.text.startswith(p.section):
        head = f"{head} – {p.section}" if head else p.section
    return f"{head}\n{p.text}" if head else p.text


class Vectors(NamedTuple):
    """A document's chunk vectors and the vectors of its passages' quotable sentences (in order)."""

    chunks: np.ndarray
    sentences: np.ndarray


@dataclass
class _Work:
    src: SourceFile
    digest: str
    data: bytes
    doc_id: str
    prev: Document | None


@dataclass
class Plan:
    """What an ingest has to do: which files to read and embed, which documents to keep or drop."""

    root: str
    sources: list[SourceFile]
    prev: SearchIndex | None
    work: list[_Work]
    keep: dict[str, Document]  # source -> unchanged previous document
    removed: list[str]

    @property
    def nothing_to_do(self) -> bool:
        return self.prev is not None and not self.work and not self.removed


class Ingestor:
    def __init__(self, settings: Settings, embedder: Embedder, backend: IndexBackend,
                 pool: RayPool | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.backend = backend
        self.pool = pool  # read and embed on Ray (ingest --ray); everything else is the same code

    @property
    def _encoder(self) -> Embedder:
        return self.pool if self.pool is not None else self.embedder

    def _key(self) -> str:
        s = self.settings
        raw = (f"{s.model}|{s.chunk_max_tokens}|{s.chunk_min_tokens}|{s.chunk_soft_factor}|{ENCODING}|"
               f"{s.passage_prompt}|{FORMAT}|{PIPELINE_VERSION}|{s.sentence_vectors}|{s.embed_backend}")
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def _live(self) -> SearchIndex | None:
        """The live version, or None when there is none or it cannot be used (then everything is embedded)."""
        try:
            return self.backend.open(self.settings)
        except IndexUnavailable as exc:
            if "No index found" not in str(exc):
                logger.warning("Previous index not reused (%s); embedding everything", exc)
            return None

    def _reusable(self, live: SearchIndex | None, rebuild: bool) -> SearchIndex | None:
        """The live version if its passages and vectors may be kept for unchanged files."""
        if rebuild or live is None:
            return None
        m = live.manifest
        if (m.chunk_max_tokens, m.chunk_min_tokens, m.chunk_soft_factor, m.tokenizer, m.sentence_vectors) != (
                self.settings.chunk_max_tokens, self.settings.chunk_min_tokens, self.settings.chunk_soft_factor,
                ENCODING, self.settings.sentence_vectors):
            logger.info("Chunking settings changed; embedding everything again")
            return None
        if not backends_agree(m.embed_backend, self.settings.embed_backend):
            logger.info("Embedding backend changed (%s -> %s, vectors differ); embedding everything again",
                        m.embed_backend, self.settings.embed_backend)
            return None
        if m.pipeline != PIPELINE_VERSION:
            logger.info("Extraction or chunking changed (version %s -> %s); reading every file again",
                        m.pipeline, PIPELINE_VERSION)
            return None
        return live

    def run(self, path: Path, rebuild: bool = False,
            progress: Callable[[int, int], None] | None = None, replace_root: bool = False) -> IngestReport:
        started = time.perf_counter()
        s = self.settings
        report = IngestReport()
        with ingest_lock(s.index_dir):
            self.backend.cleanup(s)  # under the lock, half-written versions can only be left by a killed run
            plan = self.plan(Path(path), rebuild, report, replace_root)
            report.removed, report.unchanged = plan.removed, len(plan.keep)
            staging = Staging(s.index_dir, self._key())
            if plan.nothing_to_do and not rebuild:
                assert plan.prev is not None
                staging.clear()  # left by an interrupted run whose files are all indexed now: nothing to resume
                report.documents, report.chunks = len(plan.prev.documents), len(plan.prev.passages)
                report.index_path = plan.prev.version
                report.seconds = time.perf_counter() - started
                return report  # nothing to do: no model load, no new version
            taken = {d.doc_id for d in plan.keep.values()} | {w.doc_id for w in plan.work}
            new_docs, new_passages, new_vectors = self._embed(plan.work, staging, report, progress, taken)
            for w in plan.work:  # a changed file that failed to read keeps its previously indexed version
                if w.prev is not None and w.src.source not in new_docs:
                    plan.keep[w.src.source] = w.prev
            if not plan.keep and not new_docs:
                reasons = "; ".join(f"{x.path}: {x.reason}" for x in report.skipped[:5])
                raise CorpusError(f"No usable documents in {path}" + (f" ({reasons})" if reasons else ""))
            if plan.prev is not None and not new_docs and not plan.removed and not rebuild:
                # Only files that (still) fail changed: the live version holds exactly what a new one would.
                # Nightly runs over such a folder keep it instead of writing a copy every night.
                staging.clear()
                report.documents, report.chunks = len(plan.prev.documents), len(plan.prev.passages)
                report.index_path = plan.prev.version
                report.seconds = time.perf_counter() - started
                return report
            index = self.assemble(plan, new_docs, new_passages, new_vectors)
            staging.clear()
        report.documents, report.chunks = len(index.documents), len(index.passages)
        report.index_path = index.version
        report.changed = True
        report.seconds = time.perf_counter() - started
        return report

    def plan(self, path: Path, rebuild: bool, report: IngestReport, replace_root: bool = False) -> Plan:
        """Compare the folder (or one file) with the live index: what to read, keep and drop.

        An index mirrors one folder: another folder replaces it only when asked (`replace_root`), and then
        every document of the old folder counts as removed.
        """
        single = path.is_file()  # one file is added or updated; the rest of the index stays
        root = str(path.resolve())
        target = ""
        sources = discover(path, report.skipped)
        live = self._live()
        old_root = live.manifest.root if live is not None else ""
        moved = live is not None and not single and bool(old_root) and old_root != root
        if moved and live is not None:
            if not replace_root:
                raise CorpusError(f"The index mirrors {old_root} ({len(live.documents)} documents); ingesting {root} "
                                  f"would drop them all. Add --replace to make it mirror {root} instead, or ingest "
                                  "into another index folder (ASSISTANT_INDEX_DIR).")
            logger.info("The index mirrored %s; it will now mirror %s", old_root, root)
        prev = self._reusable(live, rebuild)
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

        work: list[_Work] = []
        keep: dict[str, Document] = {}
        seen_sources: set[str] = set()
        used_ids: set[str] = set()
        max_bytes = int(self.settings.max_file_mb * 1024 * 1024)
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
        removed = sorted(d.doc_id for src, d in prev_docs.items() if src not in seen_sources)
        if moved and live is not None:
            removed = sorted(live.documents)  # the old folder's documents all leave the index
        return Plan(root, sources, prev if same_root else None, work, keep, removed)

    def assemble(self, plan: Plan, new_docs: dict[str, Document], new_passages: dict[str, list[Passage]],
                 new_vectors: dict[str, Vectors]) -> SearchIndex:
        """The new version in folder order: unchanged documents reuse their passages and vectors."""
        s = self.settings
        prev = plan.prev
        dim = next((v.chunks.shape[1] for v in new_vectors.values() if v.chunks.size), 0)
        dim = dim or (prev.manifest.dimension if prev else self.embedder.dimension)
        if not new_docs and prev is not None:
            precision = prev.manifest.ingest_precision  # nothing embedded now: every vector is kept
        else:
            precision = self._precision()
            if plan.keep and prev is not None and prev.manifest.ingest_precision != precision:
                precision = "mixed"  # kept vectors of the last run beside new ones (they agree; see ingest_precision)
        manifest = Manifest(format=FORMAT, model=s.model, dimension=dim, chunk_max_tokens=s.chunk_max_tokens,
                            chunk_min_tokens=s.chunk_min_tokens, tokenizer=ENCODING, documents=0, chunks=0,
                            created=time.time(), root=plan.root, pipeline=PIPELINE_VERSION,
                            chunk_soft_factor=s.chunk_soft_factor, sentence_vectors=s.sentence_vectors,
                            embed_backend=s.embed_backend, ingest_precision=precision)
        index = self.backend.create(s, manifest)
        for src in plan.sources:
            if src.source in plan.keep and prev is not None:
                d = plan.keep[src.source]
                ps = prev.passages_of(d.doc_id)
                ids = [p.id for p in ps]
                stored = [v for v in prev.sentence_vectors(ids) if v is not None] if ps else []
                index.upsert([d if d.source else replace(d, source=src.source)], ps,
                             prev.vectors(ids) if ps else np.zeros((0, dim), np.float32),
                             np.vstack(stored) if stored else None)
            elif src.source in new_docs:
                v = new_vectors[src.source]
                index.upsert([new_docs[src.source]], new_passages[src.source], v.chunks, v.sentences)
        index.save()
        return index

    @staticmethod
    def _unique_id(doc: Document, w: _Work, taken: set[str], report: IngestReport) -> Document:
        """A metadata id never takes over another document's: a clash is reported and the path's id kept."""
        if doc.doc_id == w.doc_id:
            return doc
        if doc.doc_id in taken:
            report.warnings.append(Skipped(str(w.src.path), f"its metadata id {doc.doc_id!r} is already used by "
                                                            f"another document; indexed as {w.doc_id!r}"))
            return replace(doc, doc_id=w.doc_id)
        taken.add(doc.doc_id)
        return doc

    def _precision(self) -> str:
        """What the index's passages are embedded in (recorded in the manifest)."""
        if self.settings.sentence_vectors == "pooled":
            return "fp32"  # pooled token states come from embed_backend's own pass
        return index_precision(self._encoder)

    def _pooled(self, pending: list[tuple[_Work, Document, list[Passage]]],
                units: list[list[list[tuple[Span, str]]]]) -> tuple[np.ndarray, list[np.ndarray]] | None:
        """Chunk vectors and sentence vectors pooled from the chunks' own pass (ASSISTANT_SENTENCE_VECTORS=pooled);
        None when sentences are to be embedded on their own, or the embedder cannot pool."""
        pool = getattr(self._encoder, "embed_passages_pooled", None)
        if self.settings.sentence_vectors != "pooled" or pool is None:
            return None
        texts, spans = [], []
        for (_, _, ps), doc_units in zip(pending, units, strict=True):
            for p, us in zip(ps, doc_units, strict=True):
                text = embedding_text(p)
                at = len(text) - len(p.text)  # the passage text ends the embedded text
                texts.append(text)
                spans.append([(s.start - p.start + at, s.end - p.start + at) for s, _ in us])
        vecs, per_passage = pool(texts, spans)
        rows, k = [], 0
        for _, _, ps in pending:
            block = per_passage[k:k + len(ps)]
            k += len(ps)
            rows.append(np.vstack(block) if block else np.zeros((0, vecs.shape[1]), np.float32))
        return vecs, rows

    def _embed(self, work: list[_Work], staging: Staging, report: IngestReport,
               progress: Callable[[int, int], None] | None, taken: set[str] | None = None
               ) -> tuple[dict[str, Document], dict[str, list[Passage]], dict[str, Vectors]]:
        taken = set() if taken is None else taken
        s = self.settings
        chunker = Chunker(s.chunk_max_tokens, s.chunk_min_tokens, s.chunk_soft_factor)
        docs: dict[str, Document] = {}
        passages: dict[str, list[Passage]] = {}
        vectors: dict[str, Vectors] = {}
        pending: list[tuple[_Work, Document, list[Passage]]] = []
        pending_chunks = 0
        done = 0
        flush_at = max(s.batch_size * 4, 1)  # bounded memory, and durable progress every few batches
        # Texts embedded in this run, by exact text: a page copied under two names, or the contact block and
        # footer sentences every page of a site repeats, are embedded once (NorQuAD: 119 of 472 articles are
        # copies).
        seen: dict[str, np.ndarray] = {}

        def flush() -> None:
            nonlocal pending, pending_chunks, done
            if not pending:
                return
            # only when something is to be embedded (failing files alone never load it)
            load_for_index(self._encoder)
            texts = [embedding_text(p) for _, _, ps in pending for p in ps]
            # Every quotable sentence too (with its heading), so that re-ranking at question time is a
            # lookup; repeated sentences are embedded once.
            units = [[sentence_units(p) for p in ps] for _, _, ps in pending]
            t0 = time.perf_counter()
            pooled = self._pooled(pending, units)
            if pooled is None:
                keyed = list(dict.fromkeys(k for doc_units in units for us in doc_units for _, k in us))
                known = {t: seen[t] for t in (*texts, *keyed) if t in seen}
                fresh = list(dict.fromkeys(t for t in (*texts, *keyed) if t not in known))
                if fresh:  # one call: one batching pass over chunks and sentences
                    got = embed_for_index(self._encoder, fresh)
                    known.update(zip(fresh, got, strict=True))
                    for t, v in zip(fresh, got, strict=True):
                        if len(seen) < _SEEN_LIMIT:
                            seen[t] = v
                report.reused_vectors += len(texts) + len(keyed) - len(fresh)
                vecs = np.stack([known[t] for t in texts]).astype(np.float32)
                fresh_set = set(fresh)
                report.embedded_sentences += sum(k in fresh_set for k in keyed)
                sentence_rows = [np.stack([known[k] for us in doc_units for _, k in us]).astype(np.float32)
                                 if any(doc_units) else np.zeros((0, vecs.shape[1]), np.float32)
                                 for doc_units in units]
            else:
                vecs, sentence_rows = pooled
            report.embed_seconds += time.perf_counter() - t0
            report.embedded_chunks += len(texts)
            i = 0
            for (w, doc, ps), doc_units, sv in zip(pending, units, sentence_rows, strict=True):
                v = vecs[i:i + len(ps)]
                i += len(ps)
                ps = [replace(p, sentences=tuple((s.start, s.end) for s, _ in us)) for p, us in zip(ps, doc_units,
                                                                                                 strict=True)]
                staging.put(w.digest, doc, ps, v, sv)  # durable before the next batch: resumable
                self._accept(w, doc, ps, v, sv, docs, passages, vectors, report)
                done += 1
                if progress:
                    progress(done, len(work))
            pending, pending_chunks = [], 0

        staged_of = {}
        for w in work:
            got = staging.get(w.digest)
            if got is not None and got[0].doc_id == w.doc_id and got[0].source == w.src.source:
                staged_of[id(w)] = got
        read = self._reader([w for w in work if id(w) not in staged_of])
        for w in work:
            staged = staged_of.get(id(w))
            if staged is not None:
                report.resumed += 1
                self._accept(w, *staged, docs, passages, vectors, report)
                done += 1
                if progress:
                    progress(done, len(work))
                continue
            try:
                result = next(read)
                if isinstance(result, BaseException):
                    raise result  # reported below like a file that failed here
                doc = self._unique_id(result, w, taken, report)
                ps = [replace(p, page=page_of(doc, p.start)) if doc.pages else p for p in chunker.chunk(doc)]
            except (ExtractionError, OSError, UnicodeDecodeError) as exc:
                report.skipped.append(Skipped(str(w.src.path), str(exc)))
                ps = []
            except Exception as exc:  # any other failure of one file is reported, never stops the run
                logger.warning("Reading %s failed", w.src.path, exc_info=True)
                report.skipped.append(Skipped(str(w.src.path), f"could not be read ({type(exc).__name__}: "
                                                                f"{str(exc)[:200]})"))
                ps = []
            if not ps:
                done += 1
                if progress:
                    progress(done, len(work))
                continue
            w.data = b""  # bounded memory: the bytes are not needed any more
            pending.append((w, doc, ps))
            pending_chunks += len(ps)
            if pending_chunks >= flush_at:
                flush()
        flush()
        return docs, passages, vectors

    def _reader(self, work: list[_Work]) -> Iterator[Document | BaseException]:
        """Each file's document in order: read here one at a time, or by Ray tasks ahead of the embedding."""
        s = self.settings
        limit = int(s.max_file_mb * 2**20)
        if self.pool is not None:
            jobs = [ReadJob(str(w.src.path), w.src.source, str(w.src.sidecar) if w.src.sidecar else None, w.data,
                            w.digest, w.doc_id) for w in work]
            yield from self.pool.read(jobs)
            return
        for w in work:
            try:
                yield read_document(w.src, w.data, w.digest, w.doc_id, s.pdf_timeout, limit)
            except Exception as exc:
                yield exc

    @staticmethod
    def _accept(w: _Work, doc: Document, ps: list[Passage], v: np.ndarray, sv: np.ndarray,
                docs: dict[str, Document], passages: dict[str, list[Passage]], vectors: dict[str, Vectors],
                report: IngestReport) -> None:
        docs[w.src.source] = doc
        passages[w.src.source] = ps
        vectors[w.src.source] = Vectors(v, sv)
        (report.updated if w.prev is not None else report.added).append(doc.doc_id)


def remove_documents(settings: Settings, backend: IndexBackend, doc_ids: Sequence[str]) -> int:
    """A new index version without the given documents; nothing is embedded."""
    wanted = set(doc_ids)
    with ingest_lock(settings.index_dir):
        index = backend.open(settings)
        unknown = sorted(wanted - set(index.documents))
        if unknown:
            raise UnknownDocument(f"No document with id {', '.join(map(repr, unknown))} in the index "
                                  "(see: assistant docs list)")
        if not set(index.documents) - wanted:
            raise CorpusError("Removing these documents would leave the index empty; ingest other documents first")
        index.delete([p.id for d in sorted(wanted) for p in index.passages_of(d)])
        index.save()
    return len(wanted)
