"""Tiny PDFs written byte by byte (no PDF library needed to make test fixtures)."""

from __future__ import annotations


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def slow_content(repeats: int = 300_000) -> bytes:
    """A small compressed content stream that expands to a huge number of text operators."""
    import zlib

    ops = b"BT /F1 12 Tf 72 720 Td " + b"(slow) Tj 0 -1 Td " * repeats + b"ET"
    comp = zlib.compress(ops, 9)
    return b"<< /Length " + str(len(comp)).encode() + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream"


def make_pdf(pages: list[list[str]], title: str = "", author: str = "", pages_obj: bytes | None = None,
             content: bytes | None = None) -> bytes:
    """A valid PDF with one text line per list item on each page (WinAnsi Helvetica)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    info_id = font_id + 1
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(pages_obj or f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        content_id = 4 + 2 * i
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
                       f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode())
        ops = b"BT /F1 12 Tf 72 720 Td 14 TL " + b" ".join(b"(" + _escape(t) + b") '" for t in lines) + b" ET"
        objects.append(content or b"<< /Length " + str(len(ops)).encode() + b" >>\nstream\n" + ops + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Title (" + _escape(title) + b") /Author (" + _escape(author) + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_id} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
