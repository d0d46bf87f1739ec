"""Finding documents in a folder and reading each into a cleaned `Document`.

The folder is untrusted: symlinks that leave it, unsafe names, very deep nesting, huge,
empty, binary or mislabelled files are reported by name with a reason, never fatal.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import CorpusError
from assistant.ingest.cleaning import clean_text
from assistant.ingest.extract import SUFFIXES, TERMINAL_END, ExtractionError, extract, page_at, parse_meta
from assistant.lang.detect import detect_language, normalize_language
from assistant.lang.sentences import sentence_spans
from assistant.types import Document

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 32
META_SUFFIX = ".meta.json"
# A sidecar or front matter holds a few fields: anything larger is not metadata.
MAX_METADATA_BYTES = 64 * 1024
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]|\\|(^|/)\.\.(/|$)")


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A candidate document: where it is, its id-to-be and the hash of its bytes (+ sidecar)."""

    path: Path
    source: str  # path relative to the root, the document's identity across runs
    sidecar: Path | None = None


def _is_sidecar(name: str) -> bool:
    return name.lower().endswith(META_SUFFIX)


def _legacy_sidecar(path: Path) -> Path | None:
    p = path.with_suffix(".json")
    return p if p.is_file() and not p.is_symlink() else None


def _source(path: Path, name: str, rel_dir: Path, names: set[str], depth: int, real_root: Path,
            skipped: list[Skipped]) -> SourceFile | None:
    """The source file for one directory entry, or None when it is not a document (reasons go to `skipped`)."""
    rel = (rel_dir / name).as_posix()
    if _UNSAFE_NAME.search(name):
        skipped.append(Skipped(repr(str(path)), "unsafe file name (control characters or '..')"))
        return None
    if name.startswith(".") or _is_sidecar(name):
        return None
    suffix = Path(name).suffix.lower()
    if suffix == ".json" and any(Path(name).stem + s in names for s in SUFFIXES):
        return None  # legacy sidecar NAME.json next to NAME.txt
    if name.lower() == "readme.md" and depth == 0:
        return None
    if path.is_symlink():
        target = path.resolve()  # a symlink loop raises here and is reported by the caller
        if not target.is_relative_to(real_root):
            skipped.append(Skipped(str(path), "symbolic link pointing outside the folder (not followed)"))
            return None
    if suffix not in SUFFIXES:
        skipped.append(Skipped(str(path), f"unsupported file type '{suffix or name}'"))
        return None
    here = path.parent
    side = here / (name + META_SUFFIX)
    alt = here / (Path(name).stem + META_SUFFIX)
    sidecar = side if side.is_file() else alt if alt.is_file() else _legacy_sidecar(path)
    return SourceFile(path, rel, sidecar)


def discover(root: Path, skipped: list[Skipped], max_depth: int = MAX_DEPTH) -> list[SourceFile]:
    """Every supported file under `root` (a folder or one file), sorted; problems go to `skipped`."""
    if not root.exists():
        raise CorpusError(f"Corpus path {root} does not exist")
    if root.is_file():
        side = root.parent / (root.name + META_SUFFIX)
        alt = root.parent / (root.stem + META_SUFFIX)
        found = side if side.is_file() else alt if alt.is_file() else _legacy_sidecar(root)
        return [SourceFile(root, root.name, found)]
    real_root = root.resolve()
    out: list[SourceFile] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        rel_dir = here.relative_to(root)
        depth = len(rel_dir.parts)
        keep_dirs = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            if (here / d).is_symlink():
                skipped.append(Skipped(str(here / d), "symbolic link to a folder (not followed)"))
            elif depth + 1 > max_depth:
                skipped.append(Skipped(str(here / d), f"nested deeper than {max_depth} folders (not read)"))
            else:
                keep_dirs.append(d)
        dirnames[:] = keep_dirs
        names = set(filenames)
        for name in sorted(filenames):
            path = here / name
            try:  # one odd entry (a symlink loop, an unreadable name) never stops the walk
                source = _source(path, name, rel_dir, names, depth, real_root, skipped)
            except (OSError, RuntimeError, ValueError) as exc:
                skipped.append(Skipped(str(path), f"cannot be read ({type(exc).__name__}: {exc})"))
                continue
            if source is not None:
                out.append(source)
    return out


def file_hash(src: SourceFile, data: bytes) -> str:
    h = hashlib.sha256(data)
    if src.sidecar is not None:
        with contextlib.suppress(OSError):
            h.update(b"\0sidecar\0" + src.sidecar.read_bytes())
    return h.hexdigest()


def _sidecar(src: SourceFile) -> dict[str, str]:
    """The sidecar's fields; a bad sidecar is reported by name and the document is indexed without it."""
    if src.sidecar is None:
        return {}
    try:
        if src.sidecar.stat().st_size > MAX_METADATA_BYTES:
            raise ValueError(f"larger than {MAX_METADATA_BYTES // 1024} KiB")
        return parse_meta(json.loads(src.sidecar.read_text(encoding="utf-8")))
    except RecursionError:
        logger.warning("Ignoring metadata file %s: nested too deeply (expected a flat JSON object)", src.sidecar)
    except (OSError, ValueError) as exc:
        logger.warning("Ignoring unreadable metadata file %s: %s", src.sidecar, exc)
    return {}


TITLE_MAX_CHARS = 120


def _fallback_title(text: str, path: Path) -> str:
    """The first line; when it is long (a .txt that starts with its text), its first sentence, cut at a word."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first:
        return path.stem
    if len(first) <= TITLE_MAX_CHARS:
        return first
    spans = sentence_spans(first)
    sentence = first[spans[0].start:spans[0].end] if spans else first
    if len(sentence) <= TITLE_MAX_CHARS:
        return sentence
    cut = sentence[:TITLE_MAX_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return f"{cut}…"


def doc_id_for(source: str) -> str:
    """Stable id from the relative path; the suffix is dropped (kept ids stable when a .txt becomes .md)."""
    return re.sub(r"[^\w.\-/]", "_", str(Path(source).with_suffix("")))


def read_bytes(src: SourceFile, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    size = src.path.stat().st_size
    if size == 0:
        raise ExtractionError("empty file")
    if size > max_bytes:
        raise ExtractionError(f"file is {size / 2**20:.1f} MiB, over the {max_bytes / 2**20:g} MiB limit "
                              "(ASSISTANT_MAX_FILE_MB, in MiB)")
    return src.path.read_bytes()


def _runs_on(before: str, after: str) -> bool:
    """Whether the text before a page break stops mid-sentence and the page after goes on with it."""
    return not before.rstrip().endswith(TERMINAL_END) and after[:1].islower()


def read_document(src: SourceFile, data: bytes, digest: str, doc_id: str | None = None,
                  pdf_timeout: float = 30.0, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Extract, clean and describe one file; raise ExtractionError naming the problem."""
    ex = extract(src.path, data, pdf_timeout, max_bytes)
    pages: list[tuple[int, int]] = []
    if ex.pages:
        text = ""
        for n, page_text in ex.pages:
            cleaned = clean_text(page_text).strip()
            if cleaned:
                # A sentence that runs on from the page before ("… vil ansætte 25 nye" / "social- og …")
                # goes on in the same paragraph.
                sep = "" if not text else " " if _runs_on(text, cleaned) else "\n\n"
                text += sep
                pages.append((len(text), n))
                text += cleaned
    else:
        text = clean_text(ex.text)
    if not text.strip():
        raise ExtractionError("no text left after removing boilerplate")
    meta = {**ex.meta, **_sidecar(src)}
    language = normalize_language(meta.get("language", ""))
    return Document(
        doc_id=meta.get("id") or doc_id or doc_id_for(src.source),
        text=text,
        title=meta.get("title") or _fallback_title(text, src.path),
        publisher=meta.get("publisher", ""),
        site=meta.get("site", ""),
        language=language or detect_language(text[:5000]),
        url=meta.get("url", "") if re.match(r"https?://", meta.get("url", "")) else "",
        path=str(src.path),
        source=src.source,
        sha256=digest,
        date=meta.get("date", ""),
        pages=tuple(pages),
    )


def page_of(doc: Document, offset: int) -> int:
    return page_at(list(doc.pages), offset)


def iter_documents(path: Path, skipped: list[Skipped] | None = None, max_bytes: int = MAX_FILE_BYTES,
                   pdf_timeout: float = 30.0) -> Iterator[Document]:
    """Every readable document under `path`, in path order (no index involved); problems go to `skipped`."""
    problems: list[Skipped] = [] if skipped is None else skipped
    for src in discover(path, problems):
        try:
            data = read_bytes(src, max_bytes)
            yield read_document(src, data, file_hash(src, data), pdf_timeout=pdf_timeout, max_bytes=max_bytes)
        except (OSError, ExtractionError) as exc:
            logger.warning("Skipping %s: %s", src.path, exc)
            problems.append(Skipped(str(src.path), str(exc)))
