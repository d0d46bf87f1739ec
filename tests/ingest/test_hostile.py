"""Hostile files: zip bombs, entity expansion and nested metadata never hang or crash an ingest."""

from __future__ import annotations

import io
import random
import time
import zipfile
from pathlib import Path

import pytest

from assistant.errors import ExtractionError
from assistant.ingest.corpus import SourceFile, file_hash, read_document
from assistant.ingest.extract import ZIP_MAX_MEMBERS, check_zip, extract

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(document_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def paragraph_xml(body: str, doctype: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>')


def test_a_plain_docx_still_reads(tmp_path: Path) -> None:
    p = tmp_path / "ok.docx"
    p.write_bytes(docx_bytes(paragraph_xml("Nätverket arbetar med äldreomsorg i Europa.")))
    assert "äldreomsorg" in extract(p, p.read_bytes(), 20).text


def test_a_zip_bomb_named_docx_is_refused_before_unpacking(tmp_path: Path) -> None:
    p = tmp_path / "bomb.docx"
    p.write_bytes(docx_bytes(paragraph_xml("x"), {"word/media/zeros.bin": b"\0" * (60 * 2**20)}))
    assert p.stat().st_size < 2**20  # 60 MiB of zeros pack into well under 1 MiB
    started = time.perf_counter()
    with pytest.raises(ExtractionError, match="zip bomb"):
        extract(p, p.read_bytes(), 20)
    assert time.perf_counter() - started < 10  # refused from the zip directory, not by unpacking it


def test_the_unpacked_size_limit_follows_the_file_size_setting(tmp_path: Path) -> None:
    p = tmp_path / "big.docx"
    noise = random.Random(0).randbytes(2 * 2**20)  # 2 MiB that do not compress
    p.write_bytes(docx_bytes(paragraph_xml("x"), {"word/media/a.bin": noise}))
    check_zip(p, 50 * 2**20)
    with pytest.raises(ExtractionError, match="ASSISTANT_MAX_FILE_MB"):
        check_zip(p, 100 * 1024)


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    p = tmp_path / "many.docx"
    p.write_bytes(docx_bytes(paragraph_xml("x"), {f"m/{i}.xml": b"" for i in range(ZIP_MAX_MEMBERS + 1)}))
    with pytest.raises(ExtractionError, match="possible zip bomb"):
        check_zip(p, 50 * 2**20)


def test_a_billion_laughs_docx_does_not_expand(tmp_path: Path) -> None:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10))
    p = tmp_path / "laughs.docx"
    p.write_bytes(docx_bytes(paragraph_xml("Start &lol9; end", f"<!DOCTYPE lolz [{ents}]>")))
    started = time.perf_counter()
    try:
        text = extract(p, p.read_bytes(), 20).text
    except ExtractionError:
        text = ""  # refusing the document is fine too
    assert time.perf_counter() - started < 20
    assert text.count("lol") < 1000  # 10**9 "lol"s were never produced


def read(tmp: Path, name: str, data: bytes, sidecar: bytes | None) -> tuple[str, str]:
    p = tmp / name
    p.write_bytes(data)
    side = None
    if sidecar is not None:
        side = tmp / (Path(name).stem + ".meta.json")
        side.write_bytes(sidecar)
    src = SourceFile(p, name, side)
    d = read_document(src, data, file_hash(src, data))
    return d.title, d.text


def test_a_deeply_nested_sidecar_is_reported_and_the_document_indexed_without_it(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    deep = b'{"title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    title, text = read(tmp_path, "page.txt", "Nätverket\n\nNätverket arbetar med klimat.\n".encode(), deep)
    assert "klimat" in text and title == "Nätverket"
    assert "page.meta.json" in caplog.text


def test_a_huge_sidecar_is_ignored_with_its_name(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    big = b'{"title": "' + b"x" * 200_000 + b'"}'
    title, _ = read(tmp_path, "page.txt", b"Rubrik\n\nText om samarbete i Europa.\n", big)
    assert title == "Rubrik" and "page.meta.json" in caplog.text and "KiB" in caplog.text


def test_deeply_nested_front_matter_is_ignored(tmp_path: Path) -> None:
    fm = "---\ntitle: " + "[" * 50_000 + "]" * 50_000 + "\n---\n# Rubrik\n\nText om samarbete.\n"
    title, text = read(tmp_path, "page.md", fm.encode(), None)
    assert "samarbete" in text and title == "Rubrik"
