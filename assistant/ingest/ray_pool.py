"""Ingestion on Ray: files are read as Ray tasks and embedded on a pool of actors, one model each.

Everything else stays in the driver and is the same code as a plain ingest (`sync.Ingestor`): the
plan, document ids, chunking order, staging, the index backend and its atomic switch. So a Ray
ingest and a plain one give the same passages, and vectors equal up to float rounding.

Without an address a local Ray instance is started (ASSISTANT_RAY_WORKERS actors + 1 CPU for reading); with one
(`ray://head:10001` or `auto`) the driver joins that cluster (e.g. one run by KubeRay).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.errors import ConfigurationError
from assistant.protocols import Embedder, embed_for_index, index_precision
from assistant.settings import Settings
from assistant.threads import cores
from assistant.types import Document

logger = logging.getLogger(__name__)

EmbedderFactory = Callable[[Settings], Embedder]


@dataclass(frozen=True, slots=True)
class ReadJob:
    """What a worker needs to read one file (its bytes travel through Ray's object store)."""

    path: str
    source: str
    sidecar: str | None
    data: bytes
    digest: str
    doc_id: str


def _default_embedder(settings: Settings) -> Embedder:
    from assistant.index.embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder.from_settings(settings)


def read_job(settings_json: str, job: ReadJob) -> Document:
    """Runs on a Ray worker: the same extraction as a plain ingest (`ingest.corpus.read_document`)."""
    from pathlib import Path

    from assistant.ingest.corpus import SourceFile, read_document

    s = Settings.model_validate_json(settings_json)
    src = SourceFile(Path(job.path), job.source, Path(job.sidecar) if job.sidecar else None)
    return read_document(src, job.data, job.digest, job.doc_id, s.pdf_timeout, int(s.max_file_mb * 2**20))


class _EmbedActor:
    """One embedding model in one Ray worker process."""

    def __init__(self, settings_json: str, factory: EmbedderFactory, threads: int) -> None:
        import torch

        torch.set_num_threads(max(1, threads))  # actors share the node's cores: no oversubscription
        self.embedder = factory(Settings.model_validate_json(settings_json))
        self.embedder.load()

    def embed(self, texts: list[str]) -> np.ndarray:
        return embed_for_index(self.embedder, texts)  # the index precision, as without Ray

    def info(self) -> tuple[str, int, int, str]:
        # the precision as resolved on the actor's CPU
        return self.embedder.model_name, self.embedder.dimension, os.getpid(), index_precision(self.embedder)


class RayPool:
    """Starts (or joins) Ray, reads files as tasks and embeds on `workers` actors."""

    def __init__(self, settings: Settings, address: str | None = None, workers: int | None = None,
                 factory: EmbedderFactory | None = None,
                 reader: Callable[[str, ReadJob], Document] | None = None) -> None:
        self.settings = settings
        self.address = address or None
        self.workers = workers or settings.ray_workers
        self.factory = factory or _default_embedder
        self.reader = reader or read_job
        self._started = False
        self._actors: list[Any] = []
        self._read: Any = None
        self.model_name = settings.model
        self._dimension = 0
        self._precisions: set[str] = set()

    # the Embedder protocol, so the driver's sync code embeds through the pool unchanged
    def load(self) -> RayPool:
        if self._actors:
            return self
        try:
            import ray
        except ImportError:
            raise ConfigurationError('assistant ingest --ray needs Ray: pip install -e ".[ray]"') from None
        if not ray.is_initialized():
            kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "logging_level": logging.WARNING}
            if self.address is None:
                # One CPU per embedding actor plus one for the reading tasks: with only the actors' CPUs
                # the tasks could never be scheduled (the actors hold them for their lifetime).
                kw["num_cpus"] = self.workers + 1
            ray.init(address=self.address, **kw)
            self._started = True
        settings_json = self.settings.model_dump_json()
        actor = ray.remote(num_cpus=1)(_EmbedActor)
        threads = max(1, cores() // self.workers) if self.address is None else 1
        self._actors = [actor.remote(settings_json, self.factory, threads) for _ in range(self.workers)]
        infos = ray.get([a.info.remote() for a in self._actors])
        self.model_name, self._dimension = infos[0][0], infos[0][1]
        self._precisions = {i[3] for i in infos}
        self._read = ray.remote(num_cpus=1, max_retries=0)(self.reader)
        logger.info("Ray: %d embedding actors (pids %s)%s", self.workers, [i[2] for i in infos],
                    f" on {self.address}" if self.address else " on a local instance")
        return self

    @property
    def dimension(self) -> int:
        return self._dimension

    # protocols.IndexEmbedder: each actor embeds an index in the precision its own CPU resolves
    @property
    def index_precision(self) -> str:
        """What the actors embed in; "mixed" when their machines differ (bf16 on some CPUs, fp32 on others)."""
        self.load()
        return next(iter(self._precisions)) if len(self._precisions) == 1 else "mixed"

    def load_for_index(self) -> RayPool:
        return self.load()

    def embed_for_index(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_passages(texts)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        raise NotImplementedError("the Ray pool embeds passages at ingest; questions are embedded locally")

    def embed_passages(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """Shards in order over the actors; the result rows are in the order of `texts`."""
        import ray

        self.load()
        texts = list(texts)
        if not texts:
            return np.zeros((0, self._dimension), np.float32)
        n = len(self._actors)
        size = -(-len(texts) // n)
        parts = [texts[i:i + size] for i in range(0, len(texts), size)]
        return np.vstack(ray.get([a.embed.remote(p) for a, p in zip(self._actors, parts, strict=False)]))

    def read(self, jobs: Sequence[ReadJob], window: int = 32) -> Iterator[Document | BaseException]:
        """Each file's document, in order, read by Ray tasks (at most `window` in flight); a task that
        fails, or whose worker dies, gives its exception instead, reported like any unreadable file."""
        import ray

        self.load()
        settings_json = self.settings.model_dump_json()
        futures: list[Any] = []
        nxt = 0
        for i in range(len(jobs)):
            while nxt < len(jobs) and nxt < i + window:
                futures.append(self._read.remote(settings_json, jobs[nxt]))
                nxt += 1
            try:
                yield ray.get(futures[i])
            except Exception as exc:  # RayTaskError wraps the worker's own error; WorkerCrashedError etc.
                cause = getattr(exc, "cause", None)
                yield cause if isinstance(cause, BaseException) else exc
            futures[i] = None

    def close(self) -> None:
        import ray

        for a in self._actors:
            ray.kill(a)
        self._actors = []
        if self._started and ray.is_initialized():
            ray.shutdown()
        self._started = False
