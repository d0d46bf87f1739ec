"""Reading a folder of documents plus their optional per-document manifests."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .cleaning import clean_text
from .language import detect_language
from .types import Document

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".text"}
MAX_FILE_BYTES = 50 * 1024 * 1024


class CorpusError(ValueError):
    """The corpus path cannot be read as a document collection."""


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str


def _doc_id(root: Path, path: Path) -> str:
    rel = path.relative_to(root) if path != root else Path(path.name)
    return re.sub(r"[^\w.\-/]", "_", str(rel.with_suffix("")))


def _manifest(path: Path) -> dict[str, str]:
    meta = path.with_suffix(".json")
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("Ignoring unreadable manifest %s: %s", meta, exc)
        return {}
    if not isinstance(data, dict):
        logger.warning("Ignoring manifest %s: expected a JSON object", meta)
        return {}
    return {k: str(v) for k, v in data.items() if isinstance(v, str | int | float)}


def _fallback_title(text: str, path: Path) -> str:
    for line in text.split("\n"):
        s = line.strip()
        if s and len(s) <= 120:
            return s
    return path.stem


def read_document(path: Path, root: Path) -> Document:
    """Read one text file; raise ValueError naming the problem when it is unusable."""
    size = path.stat().st_size
    if size == 0:
        raise ValueError("empty file")
    if size > MAX_FILE_BYTES:
        raise ValueError(f"file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES // 1_000_000} MB limit")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise ValueError("binary content (NUL bytes) in a text file")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid UTF-8 (byte {exc.start})") from exc
    text = clean_text(raw)
    if not text.strip():
        raise ValueError("no text left after removing boilerplate")
    meta = _manifest(path)
    return Document(
        doc_id=meta.get("id") or _doc_id(root, path),
        text=text,
        title=meta.get("title") or _fallback_title(text, path),
        publisher=meta.get("publisher", ""),
        language=meta.get("language") or detect_language(text[:5000]),
        url=meta.get("url", ""),
        path=str(path),
    )


def iter_documents(path: Path, skipped: list[Skipped] | None = None) -> Iterator[Document]:
    """Documents under `path` (a file or folder), sorted by path; problems go to `skipped`."""
    if not path.exists():
        raise CorpusError(f"Corpus path {path} does not exist")
    root = path if path.is_dir() else path.parent
    files = [path] if path.is_file() else sorted(
        p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
        and not any(part.startswith(".") for part in p.relative_to(path).parts))
    for f in files:
        if f.suffix.lower() == ".json" and f.with_suffix(".txt").exists():
            continue  # a manifest, not a document
        if f.suffix.lower() not in TEXT_SUFFIXES:
            if skipped is not None and f.name.lower() != "readme.md":
                skipped.append(Skipped(str(f), f"unsupported file type '{f.suffix or f.name}'"))
            continue
        if f.name.lower() == "readme.md" and path.is_dir():
            continue
        try:
            yield read_document(f, root)
        except (OSError, ValueError) as exc:
            logger.warning("Skipping %s: %s", f, exc)
            if skipped is not None:
                skipped.append(Skipped(str(f), str(exc)))
