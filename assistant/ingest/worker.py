"""Child process for the formats whose parsers a hostile file can make loop or exhaust memory (PDF, DOCX).

`python -m assistant.ingest.worker pdf|docx FILE` prints JSON (pages or text, plus metadata).
It runs apart from the ingest, under an address-space cap, so that such a file is killed by
the parent's time limit instead of stopping the whole ingest.
"""

from __future__ import annotations

import contextlib
import json
import logging
import resource
import sys

MEMORY_CAP_BYTES = 2 * 1024**3  # a decompression bomb must not take the machine down


def main(kind: str, path: str) -> int:
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))
    logging.disable(logging.WARNING)
    if kind == "docx":
        return _docx(path)
    return _pdf(path)


def _docx(path: str) -> int:
    from assistant.errors import ExtractionError
    from assistant.ingest.extract import docx_extract

    try:
        out = docx_extract(path)
    except ExtractionError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except MemoryError:
        print("the Word document needs too much memory to parse", file=sys.stderr)
        return 2
    json.dump({"text": out.text, "meta": out.meta}, sys.stdout, ensure_ascii=False)
    return 0


def _pdf(path: str) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                print("the PDF is password-protected", file=sys.stderr)
                return 2
        pages = [(page.extract_text() or "") for page in reader.pages]
        info: dict[str, object] = dict(reader.metadata or {})
        meta = {"title": str(info.get("/Title") or ""), "publisher": str(info.get("/Author") or "")}
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        print(f"damaged PDF: {type(exc).__name__}: {str(exc)[:200]}", file=sys.stderr)
        return 2
    except MemoryError:
        print("the PDF needs too much memory to parse", file=sys.stderr)
        return 2
    json.dump({"pages": pages, "meta": meta}, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
