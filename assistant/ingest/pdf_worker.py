"""Child process for PDF parsing: `python -m assistant.ingest.pdf_worker FILE` prints JSON pages + metadata.

Runs apart from the ingest so that a PDF that makes the parser loop or exhaust memory is
killed by the parent's time limit instead of stopping the whole ingest.
"""

from __future__ import annotations

import contextlib
import json
import logging
import resource
import sys


def main(path: str) -> int:
    # Bound memory too: a decompression bomb must not take the machine down.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))
    logging.disable(logging.WARNING)
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
    sys.exit(main(sys.argv[1]))
