"""Finished documents' chunks and vectors on disk, so an interrupted ingest resumes without embedding them again."""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import asdict
from pathlib import Path

import numpy as np

from assistant.index.store import document_from_record, passage_from_record, passage_record
from assistant.types import Document, Passage

logger = logging.getLogger(__name__)


class Staging:
    """Finished documents' chunks and vectors, kept until a version containing them is committed."""

    def __init__(self, index_dir: Path, key: str) -> None:
        self.dir = index_dir / ".staging" / key

    def _paths(self, digest: str) -> tuple[Path, Path, Path]:
        return self.dir / f"{digest}.json", self.dir / f"{digest}.npy", self.dir / f"{digest}.sentences.npy"

    def get(self, digest: str) -> tuple[Document, list[Passage], np.ndarray, np.ndarray] | None:
        meta, vecs, sents = self._paths(digest)
        if not (meta.is_file() and vecs.is_file() and sents.is_file()):
            return None
        try:
            d = json.loads(meta.read_text(encoding="utf-8"))
            doc = document_from_record(d["document"])
            passages = [passage_from_record(p) for p in d["passages"]]
            v = np.load(vecs, allow_pickle=False)
            s = np.load(sents, allow_pickle=False)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("Ignoring damaged staged embeddings %s: %s", meta, exc)
            return None
        if v.ndim != 2 or v.shape[0] != len(passages) or s.ndim != 2 or s.shape[0] != sum(
                len(p.sentences) for p in passages):
            return None
        return doc, passages, v, s

    def put(self, digest: str, doc: Document, passages: list[Passage], vectors: np.ndarray,
            sentences: np.ndarray) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        meta, vecs, sents = self._paths(digest)
        for path, array in ((vecs, vectors), (sents, sentences)):
            tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
            np.save(tmp, array.astype(np.float32), allow_pickle=False)
            os.replace(tmp, path)  # vectors first: the JSON is what marks the entry complete
        tmp_m = meta.with_suffix(f".{os.getpid()}.tmp")
        tmp_m.write_text(json.dumps({"document": asdict(doc), "passages": [passage_record(p) for p in passages]},
                                    ensure_ascii=False), encoding="utf-8")
        os.replace(tmp_m, meta)

    def clear(self) -> None:
        shutil.rmtree(self.dir.parent, ignore_errors=True)
