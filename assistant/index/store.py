"""Index persistence as a folder of plain files, switched in atomically.

Layout of `index_dir`:
  CURRENT                  name of the live version (replaced with os.replace)
  v<timestamp>/manifest.json   model, dimension, chunking parameters, counts
  v<timestamp>/chunks.jsonl    one passage per line, row order = FAISS ids
  v<timestamp>/documents.jsonl cleaned documents (citations point into them)
  v<timestamp>/dense.faiss     FAISS index
  v<timestamp>/keyword/        bm25s files (numpy, allow_pickle=False) + vocabulary
  v<timestamp>/sentences.npy   vectors of every passage's quotable sentences, in passage order
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import IndexUnavailable
from assistant.index.dense import DenseIndex
from assistant.index.keyword import KeywordIndex
from assistant.types import Document, Manifest, Passage

logger = logging.getLogger(__name__)
FORMAT = 1


def passage_record(p: Passage) -> dict[str, Any]:
    """A passage as stored: the per-query scores are not part of it."""
    d = p.to_dict()
    d.pop("score"), d.pop("scores")
    return d


def passage_from_record(raw: dict[str, Any]) -> Passage:
    raw = dict(raw)
    raw["sentences"] = tuple(tuple(x) for x in raw.get("sentences", ()))  # JSON has lists; Passage holds tuples
    return Passage(**raw)


def document_from_record(raw: dict[str, Any]) -> Document:
    raw = dict(raw)
    raw["pages"] = tuple(tuple(x) for x in raw.get("pages", ()))  # JSON has lists; the dataclass holds tuples
    return Document(**raw)


def rebuild_hint(index_dir: Path) -> str:
    return f"Rebuild it with: assistant ingest  (index folder: {index_dir})"


# The only names CURRENT may hold: what `write_index` writes. Anything else (a path, "..", bytes
# that are not ASCII) is a damaged pointer, never followed outside the index folder.
VERSION_NAME = re.compile(r"v\d{8}-\d{6}-\d{9}-\d+")
MAX_POINTER_BYTES = 256


def current_version(index_dir: Path) -> Path | None:
    """The live version folder; None when there is no index yet. A damaged pointer raises IndexUnavailable."""
    pointer = index_dir / "CURRENT"
    if not pointer.is_file():
        return None
    raw = pointer.read_bytes()[: MAX_POINTER_BYTES + 1]
    try:
        name = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        name = None
    if name is None or len(raw) > MAX_POINTER_BYTES or not VERSION_NAME.fullmatch(name):
        shown = raw[:60].decode("ascii", "backslashreplace")
        raise IndexUnavailable(f"{pointer} is damaged: it holds {shown!r}, not a version name like "
                               f"v20260101-120000-000000000-1. {rebuild_hint(index_dir)} (the ingest repairs it)")
    path = index_dir / name
    if path.resolve().parent != index_dir.resolve():
        raise IndexUnavailable(f"{pointer} names {name!r}, which is not a folder inside {index_dir}. "
                               f"{rebuild_hint(index_dir)}")
    return path if path.is_dir() else None


def file_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file of a version except the manifest, by path relative to the version."""
    out = {}
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.name != "manifest.json":
            with open(f, "rb") as fh:
                out[f.relative_to(folder).as_posix()] = hashlib.file_digest(fh, "sha256").hexdigest()
    return out


def verify(folder: Path, manifest: Manifest) -> int:
    """Check every file against the manifest's digests; the number checked (0: none were recorded)."""
    if not manifest.files:
        return 0
    recorded = dict(manifest.files)
    actual = file_digests(folder)
    bad = sorted(name for name, digest in recorded.items() if actual.get(name) != digest)
    extra = sorted(set(actual) - set(recorded))
    if bad or extra:
        what = ", ".join([f"{n} ({'missing' if n not in actual else 'changed'})" for n in bad]
                         + [f"{n} (not written by the ingest)" for n in extra])
        raise IndexUnavailable(f"The index in {folder} is damaged: {what}. {rebuild_hint(folder.parent)}")
    return len(recorded)


def _fsync_tree(folder: Path) -> None:
    for child in sorted(folder.rglob("*")):
        if child.is_file():
            fd = os.open(child, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    for d in [*sorted(p for p in folder.rglob("*") if p.is_dir()), folder, folder.parent]:
        fd = os.open(d, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_index(index_dir: Path, manifest: Manifest, passages: list[Passage],
                documents: list[Document], dense: DenseIndex, keyword: KeywordIndex,
                sentences: np.ndarray | None = None) -> Path:
    """Write a complete new version next to the live one, flush it, then switch CURRENT to it.

    Until the final rename of CURRENT, readers (and a crash) see the previous version.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    name = f"v{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 1_000_000_000:09d}-{os.getpid()}"
    tmp = index_dir / f".tmp-{name}"
    tmp.mkdir()
    try:
        with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as f:
            for p in passages:
                f.write(json.dumps(passage_record(p), ensure_ascii=False) + "\n")
        with open(tmp / "documents.jsonl", "w", encoding="utf-8") as f:
            for doc in documents:
                f.write(json.dumps(asdict(doc), ensure_ascii=False) + "\n")
        dense.save(tmp / "dense.faiss")
        keyword.save(tmp / "keyword")
        if sentences is not None and len(sentences):
            np.save(tmp / "sentences.npy", sentences, allow_pickle=False)
        # The manifest is written last and records a digest of every other file: loading checks them.
        record = asdict(replace(manifest, files=tuple(sorted(file_digests(tmp).items()))))
        record["files"] = dict(record["files"])
        (tmp / "manifest.json").write_text(json.dumps(record, indent=2))
        _fsync_tree(tmp)
        final = index_dir / name
        os.replace(tmp, final)
        pointer_tmp = index_dir / f".CURRENT.{os.getpid()}.tmp"
        with open(pointer_tmp, "w") as f:
            f.write(name + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(pointer_tmp, index_dir / "CURRENT")
        fd = os.open(index_dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    cleanup(index_dir)
    return final


def cleanup(index_dir: Path, keep_versions: int = 2) -> None:
    """Drop stale temporary folders and all but the newest versions (a server may still read the previous one)."""
    try:
        live = current_version(index_dir)
    except IndexUnavailable:
        live = None  # a damaged pointer: the newest versions are kept below, the next commit repairs it
    versions = sorted((c for c in index_dir.iterdir() if c.is_dir() and c.name.startswith("v")),
                      key=lambda c: c.name)
    keep = {c.name for c in versions[-keep_versions:]} | ({live.name} if live else set())
    for child in index_dir.iterdir():
        if child.is_dir() and ((child.name.startswith("v") and child.name not in keep)
                               or child.name.startswith(".tmp-")):
            shutil.rmtree(child, ignore_errors=True)
        elif child.is_file() and child.name.startswith(".CURRENT.") and child.name.endswith(".tmp"):
            child.unlink(missing_ok=True)
