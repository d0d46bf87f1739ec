"""A damaged index is never served: checksums, a pointer that stays inside the folder, no NaN in ranking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.errors import IndexUnavailable
from assistant.index.dense import DenseIndex
from assistant.index.files import FilesIndex, load_index
from assistant.index.keyword import KeywordIndex
from assistant.protocols import TermQuery
from assistant.types import Document, Manifest, Passage
from tests.conftest import hash_assistant


@pytest.fixture
def built(tmp_path: Path) -> Any:
    return hash_assistant(tmp_path)


def live(a: Any) -> Path:
    return a.settings.index_dir / (a.settings.index_dir / "CURRENT").read_text().strip()


def test_a_fresh_version_records_and_passes_its_checksums(built: Any) -> None:
    idx = load_index(built.settings.index_dir, "test-hash")
    names = dict(idx.manifest.files)
    assert {"chunks.jsonl", "documents.jsonl", "dense.faiss"} <= set(names)
    assert any(n.startswith("keyword/") for n in names)
    assert idx.checked_files == len(names) and idx.integrity.startswith("verified")


def test_a_flipped_bit_in_the_vectors_is_refused(built: Any) -> None:
    f = live(built) / "dense.faiss"
    data = bytearray(f.read_bytes())
    data[len(data) // 2] ^= 0x40
    f.write_bytes(bytes(data))
    with pytest.raises(IndexUnavailable, match=r"dense\.faiss \(changed\)"):
        load_index(built.settings.index_dir, "test-hash")


def test_swapped_lines_in_the_passages_are_refused(built: Any) -> None:
    f = live(built) / "chunks.jsonl"
    lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[0], lines[1] = lines[1], lines[0]
    f.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(IndexUnavailable, match=r"chunks\.jsonl \(changed\)"):
        load_index(built.settings.index_dir, "test-hash")


def test_an_edited_contact_name_in_the_documents_is_refused(built: Any) -> None:
    f = live(built) / "documents.jsonl"
    f.write_text(f.read_text(encoding="utf-8").replace("Anders", "Mallory"), encoding="utf-8")
    with pytest.raises(IndexUnavailable, match=r"documents\.jsonl \(changed\).*assistant ingest"):
        load_index(built.settings.index_dir, "test-hash")


def test_a_missing_or_added_file_is_refused(built: Any) -> None:
    (live(built) / "extra.json").write_text("{}")
    with pytest.raises(IndexUnavailable, match="not written by the ingest"):
        load_index(built.settings.index_dir, "test-hash")


@pytest.mark.parametrize("pointer", [b"../elsewhere/index/v20260101-120000-000000000-1\n", b"/etc\n",
                                     b"v20260101-120000-000000000-1/../..\n", b"\xff\xfe\x00garbage", b"v" * 5000])
def test_current_is_never_followed_outside_the_index_folder(built: Any, tmp_path: Path, pointer: bytes) -> None:
    elsewhere = tmp_path / "elsewhere" / "index"
    elsewhere.mkdir(parents=True)
    (built.settings.index_dir / "CURRENT").write_bytes(pointer)
    with pytest.raises(IndexUnavailable, match=r"CURRENT is damaged|not a folder inside"):
        load_index(built.settings.index_dir, "test-hash")


def test_ingest_repairs_a_damaged_pointer_and_a_damaged_version(built: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    (built.settings.index_dir / "CURRENT").write_bytes(b"\xff\xfe not a name")
    report = built.ingest()
    assert report.changed and load_index(built.settings.index_dir, "test-hash").integrity.startswith("verified")
    f = live(built) / "documents.jsonl"
    f.write_text(f.read_text(encoding="utf-8").replace("Anders", "Mallory"), encoding="utf-8")
    monkeypatch.setattr("assistant.cli._assistant", lambda: built)
    res = CliRunner().invoke(app, ["ingest", "--verify"])
    assert "Index check failed" in res.output and "documents.jsonl" in res.output
    idx = load_index(built.settings.index_dir, "test-hash")
    assert "Mallory" not in "".join(d.text for d in idx.documents.values())
    ok = CliRunner().invoke(app, ["ingest", "--verify"])
    assert "verified: SHA-256 of" in ok.output


def test_non_finite_scores_never_reach_ranking(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    passages = [Passage(id=f"d#{i}", doc_id="d", text=t, title="D", section="S", language="en", start=0,
                        end=len(t)) for i, t in enumerate(["good passage", "broken passage", "other passage"])]
    dense = DenseIndex(2)
    dense.add(np.array([[1.0, 0.0], [np.inf, 0.0], [0.0, 1.0]], np.float32))  # as a flipped exponent bit does
    kw = KeywordIndex()
    kw.build([p.text for p in passages], ["en"] * 3)
    manifest = Manifest(1, "m", 2, 220, 40, "x", 1, 3, 0.0)
    idx = FilesIndex(tmp_path, manifest, passages, {"d": Document("d", "x", "D")}, dense, kw)
    hits = idx.search(np.array([1.0, 0.0], np.float32), 3)
    assert hits.ids == ("d#0", "d#2") and all(np.isfinite(hits.scores))
    assert "non-finite" in caplog.text
    assert idx.search(TermQuery("broken", "en"), 3).ids == ("d#1",)  # keyword hits are unaffected
