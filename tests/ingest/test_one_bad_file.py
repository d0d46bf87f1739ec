"""One bad entry never stops an ingest: it is reported by name and every good file is indexed."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from assistant.cli import app
from assistant.index.files import load_index
from tests.ingest.test_hostile import docx_bytes
from tests.ingest.test_sync import make_assistant

GOOD = {
    "klimat.txt": "Klimatnätverket\n\nKommunerna i nätverket arbetar med klimatanpassning och energi.\n",
    "omsorg.md": "# Äldreomsorg\n\nNätverket delar erfarenheter om äldreomsorg och hemtjänst.\n",
    "youth.txt": "Youth exchange\n\nThe council runs a youth exchange with partner towns every summer.\n",
}


def hostile(docs: Path, kind: str, n: int) -> str:
    """Add one hostile entry; returns the name it is reported under."""
    if kind == "symlink_loop":
        os.symlink(f"loop{n}.txt", docs / f"loop{n}.txt")
        return f"loop{n}.txt"
    if kind == "malformed_docx":
        (docs / f"bad{n}.docx").write_bytes(docx_bytes("<w:document><w:body><w:p>unclosed"))
        return f"bad{n}.docx"
    if kind == "deep_sidecar":
        (docs / f"deep{n}.txt").write_text("Djup\n\nEtt dokument med en trasig metadatafil om samarbete.\n")
        (docs / f"deep{n}.meta.json").write_bytes(b'{"title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
        return f"deep{n}.txt"
    if kind == "binary":
        (docs / f"bin{n}.txt").write_bytes(b"\x00\xff" * 500)
        return f"bin{n}.txt"
    if kind == "empty":
        (docs / f"empty{n}.md").write_bytes(b"")
        return f"empty{n}.md"
    if kind == "id_clash":
        (docs / f"thief{n}.txt").write_text("Thief\n\nThis page claims the id of the climate page for itself.\n")
        (docs / f"thief{n}.meta.json").write_text(json.dumps({"id": "klimat", "title": "Thief"}))
        return f"thief{n}.txt"
    raise AssertionError(kind)


def good_folder(root: Path) -> Path:
    docs = root / "docs"
    docs.mkdir()
    for name, text in GOOD.items():
        (docs / name).write_text(text, encoding="utf-8")
    return docs


KINDS = ["symlink_loop", "malformed_docx", "deep_sidecar", "binary", "empty", "id_clash"]


def test_each_kind_of_bad_entry_is_reported_by_name_and_the_rest_indexed(tmp_path: Path) -> None:
    docs = good_folder(tmp_path)
    names = {kind: hostile(docs, kind, 0) for kind in KINDS}
    a = make_assistant(tmp_path)
    report = a.ingest(docs)
    idx = load_index(a.settings.index_dir, "test-hash")
    assert {"klimat", "omsorg", "youth"} <= set(idx.documents)
    assert idx.documents["klimat"].title == "Klimatnätverket"  # the clash did not take the climate page over
    reported = " ".join(f"{s.path} {s.reason}" for s in report.skipped + report.warnings)
    for kind, name in names.items():
        if kind != "deep_sidecar":  # indexed without its sidecar; the sidecar is named in the log
            assert name in reported, (kind, reported)
    assert "thief0" in idx.documents and "deep0" in idx.documents
    clash = next(w for w in report.warnings if "thief0.txt" in w.path)
    assert "'klimat'" in clash.reason and "already used" in clash.reason


def test_the_cli_exits_3_and_names_the_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = good_folder(tmp_path)
    hostile(docs, "symlink_loop", 0)
    hostile(docs, "malformed_docx", 1)
    a = make_assistant(tmp_path)
    monkeypatch.setattr("assistant.cli._assistant", lambda: a)
    res = CliRunner().invoke(app, ["ingest", str(docs)])
    assert res.exit_code == 3, res.output
    assert "loop0.txt" in res.output and "bad1.docx" in res.output and "Traceback" not in res.output


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(KINDS), min_size=1, max_size=5))
def test_good_files_are_always_indexed_whatever_else_is_in_the_folder(kinds: list[str]) -> None:
    root = Path(tempfile.mkdtemp())
    try:
        docs = good_folder(root)
        for n, kind in enumerate(kinds):
            hostile(docs, kind, n)
        a = make_assistant(root)
        a.ingest(docs)
        idx = load_index(a.settings.index_dir, "test-hash")
        assert {"klimat", "omsorg", "youth"} <= set(idx.documents)
        assert idx.documents["klimat"].title == "Klimatnätverket"
        assert len(idx.documents) == len(set(idx.documents))
    finally:
        shutil.rmtree(root, ignore_errors=True)
