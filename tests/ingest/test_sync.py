"""Folder sync: hostile input, incremental updates, resume, lock, removal, crash safety."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from assistant import Assistant, Settings
from assistant.cli import app
from assistant.index.files import load_index
from assistant.ingest.sync import PIPELINE_VERSION, IngestBusy, ingest_lock
from tests.conftest import CORPUS, ROOT, HashEmbedder
from tests.pdfs import make_pdf


class CountingEmbedder(HashEmbedder):
    def __init__(self, fail_after: int | None = None) -> None:
        self.calls = 0
        self.texts = 0
        self.fail_after = fail_after

    def embed_passages(self, texts: list[str], show_progress: bool = False) -> np.ndarray:  # type: ignore[override]
        if self.fail_after is not None and self.calls >= self.fail_after:
            raise KeyboardInterrupt("simulated interruption")
        self.calls += 1
        self.texts += len(texts)
        return self.embed_queries(texts)


def make_assistant(tmp: Path, embedder: HashEmbedder | None = None, **kw: Any) -> Assistant:
    fields: dict[str, Any] = {"index_dir": tmp / "index", "model": "test-hash", "corpus_dir": tmp / "docs",
                              "batch_size": 4, **kw}
    s = Settings(**fields)
    return Assistant(s, embedder=embedder or CountingEmbedder())


def copy_corpus(tmp: Path) -> Path:
    docs = tmp / "docs"
    shutil.copytree(CORPUS, docs)
    return docs


def test_hostile_folder_reports_each_problem_and_indexes_the_rest(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    (docs / "report.pdf").write_bytes(make_pdf([["Network report about elderly care in Europe."]]))
    (docs / "truncated.pdf").write_bytes(make_pdf([["Hello there network"]])[:150])
    (docs / "elf.pdf").write_bytes(b"\x7fELF" + bytes(100))
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "big.txt").write_bytes(b"network " * 200_000)
    (docs / "scan.pdf").write_bytes(make_pdf([[]]))
    (docs / "latin.txt").write_bytes(b"\x81\x8d\x8f broken bytes \x9d")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret outside the folder")
    (docs / "link.txt").symlink_to(outside)
    (docs / "bad\x07name.txt").write_text("control characters in the name")
    (docs / "..\\..\\evil.txt").write_text("backslash traversal name")
    deep = docs.joinpath(*[f"d{i}" for i in range(40)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("too deep")
    a = make_assistant(tmp_path, max_file_mb=1)
    report = a.ingest(docs)
    reasons = {Path(s.path.strip("'")).name: s.reason for s in report.skipped}
    assert "PDF" in reasons["truncated.pdf"] or "damaged" in reasons["truncated.pdf"]
    assert "ELF" in reasons["elf.pdf"]
    assert "binary" in reasons["binary.txt"]
    assert reasons["empty.txt"] == "empty file"
    assert "over the 1 MiB limit" in reasons["big.txt"]  # the unit of the setting, not 1.05 MB
    assert "OCR" in reasons["scan.pdf"]
    assert "UTF-8" in reasons["latin.txt"]
    assert "outside the folder" in reasons["link.txt"]
    assert any("unsafe file name" in r for r in reasons.values())
    assert sum("unsafe file name" in r for r in reasons.values()) == 2
    assert any("nested deeper" in r for r in reasons.values())
    idx = load_index(a.settings.index_dir, "test-hash")
    assert set(idx.documents) == {p.stem for p in CORPUS.glob("*.txt")} | {"report"}
    assert all("secret" not in d.text for d in idx.documents.values())
    assert next(p for p in idx.passages if p.doc_id == "report").page == 1


def test_an_index_from_an_older_pipeline_is_read_again(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    emb = CountingEmbedder()
    a = make_assistant(tmp_path, emb)
    a.ingest(docs)
    manifest = load_index(a.settings.index_dir, "test-hash").path / "manifest.json"
    data = json.loads(manifest.read_text())
    data.pop("pipeline")  # as written before extraction and chunking were versioned
    manifest.write_text(json.dumps(data))
    emb.texts = 0
    r = a.ingest(docs)
    assert r.changed and emb.texts > 0 and r.documents == 5
    assert json.loads((load_index(a.settings.index_dir, "test-hash").path / "manifest.json").read_text())[
        "pipeline"] == PIPELINE_VERSION
    emb.texts = 0
    assert not a.ingest(docs).changed and emb.texts == 0  # and then it is current again


def test_second_run_does_no_work_and_changes_are_incremental(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    emb = CountingEmbedder()
    a = make_assistant(tmp_path, emb)
    first = a.ingest(docs)
    assert len(first.added) == 5 and first.changed
    version = load_index(a.settings.index_dir, "test-hash").path.name
    calls = emb.texts
    again = a.ingest(docs)
    assert (again.unchanged, again.changed, emb.texts) == (5, False, calls)
    assert load_index(a.settings.index_dir, "test-hash").path.name == version  # no new version

    changed = docs / "001_036a9ae19dec00c5.txt"
    changed.write_text(changed.read_text() + "\n\nNätverket träffas nu varje månad i Falköping.\n")
    (docs / "003_b81f1e4f2bbe588e.txt").unlink()
    (docs / "new.md").write_text("# Quokka Network\n\nThe Quokka Network connects coastal towns since 2020.\n")
    before = load_index(a.settings.index_dir, "test-hash")
    kept_vec = before.dense.vectors(np.array([i for i, p in enumerate(before.passages)
                                              if p.doc_id == "000_5a2f1cea9eebf880"]))
    emb.texts = 0
    r = a.ingest(docs)
    assert (r.added, r.updated, r.removed, r.unchanged) == (["new"], ["001_036a9ae19dec00c5"],
                                                            ["003_b81f1e4f2bbe588e"], 3)
    idx = load_index(a.settings.index_dir, "test-hash")
    new_chunks = sum(p.doc_id in ("new", "001_036a9ae19dec00c5") for p in idx.passages)
    # only new and changed files were embedded: their chunks, and their sentences for the re-ranker
    assert r.embedded_chunks == new_chunks and emb.texts == r.embedded_chunks + r.embedded_sentences
    assert 0 < r.embedded_sentences <= sum(len(p.sentences) for p in idx.passages
                                           if p.doc_id in ("new", "001_036a9ae19dec00c5"))
    assert "003_b81f1e4f2bbe588e" not in idx.documents and "Falköping" in idx.documents["001_036a9ae19dec00c5"].text
    same = idx.dense.vectors(np.array([i for i, p in enumerate(idx.passages) if p.doc_id == "000_5a2f1cea9eebf880"]))
    assert np.array_equal(same, kept_vec)
    assert idx.dense.size == len(idx.passages) == idx.keyword.size

    emb.texts = 0
    full = a.ingest(docs, rebuild=True)
    assert len(full.added) == 5 and full.embedded_chunks == len(load_index(a.settings.index_dir, "test-hash").passages)
    assert emb.texts == full.embedded_chunks + full.embedded_sentences


def test_interrupted_ingest_keeps_the_old_index_and_resumes(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    a = make_assistant(tmp_path)
    a.ingest(docs)
    old = load_index(a.settings.index_dir, "test-hash")
    for f in docs.glob("*.txt"):
        f.write_text(f.read_text() + "\n\nUppdaterad text om nätverket.\n")
    broken = make_assistant(tmp_path, CountingEmbedder(fail_after=1), batch_size=1)
    with pytest.raises(KeyboardInterrupt):
        broken.ingest(docs)
    still = load_index(a.settings.index_dir, "test-hash")
    assert still.path == old.path and still.dense.size == len(still.passages)
    emb = CountingEmbedder()
    r = make_assistant(tmp_path, emb).ingest(docs)
    assert r.resumed >= 1 and len(r.updated) == 5
    assert r.embedded_chunks < len(load_index(a.settings.index_dir, "test-hash").passages)
    assert emb.texts == r.embedded_chunks + r.embedded_sentences
    assert not (a.settings.index_dir / ".staging").exists()


def test_concurrent_ingest_is_refused(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    a = make_assistant(tmp_path)
    with ingest_lock(a.settings.index_dir), pytest.raises(IngestBusy, match="already running"):
        a.ingest(docs)
    a.ingest(docs)  # the lock is released afterwards


def test_a_broken_update_does_not_lose_the_indexed_version(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    a = make_assistant(tmp_path)
    a.ingest(docs)
    (docs / "000_5a2f1cea9eebf880.txt").write_bytes(b"\x00\x01 now binary garbage \x00")
    r = a.ingest(docs)
    assert r.skipped and "000_5a2f1cea9eebf880" in load_index(a.settings.index_dir, "test-hash").documents


def test_docs_list_remove_and_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = copy_corpus(tmp_path)
    a = make_assistant(tmp_path)
    monkeypatch.setattr("assistant.cli._assistant", lambda: a)
    res = CliRunner().invoke(app, ["ingest", str(docs)])
    assert res.exit_code == 0 and "added 5" in res.output
    (docs / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(app, ["ingest", str(docs)])  # only a failing file: a warning, exit 0
    assert res.exit_code == 0 and "empty.txt: empty file" in res.output and "unchanged 5" in res.output
    assert "index was kept" in res.output
    res = CliRunner().invoke(app, ["ingest", str(docs), "--strict"])
    assert res.exit_code == 3 and "empty.txt: empty file" in res.output
    res = CliRunner().invoke(app, ["docs", "list", "--json"])
    assert res.exit_code == 0 and len(__import__("json").loads(res.stdout)) == 5
    res = CliRunner().invoke(app, ["docs", "remove", "003_b81f1e4f2bbe588e"])
    assert res.exit_code == 0
    assert "003_b81f1e4f2bbe588e" not in load_index(a.settings.index_dir, "test-hash").documents
    res = CliRunner().invoke(app, ["docs", "remove", "nope"])
    assert res.exit_code == 2 and "No document with id 'nope'" in res.output
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "bad.txt").write_bytes(b"")
    res = CliRunner().invoke(app, ["ingest", str(empty), "--replace"])
    assert res.exit_code == 4 and "No usable documents" in res.output and "Error: 4" not in res.output
    assert len(load_index(a.settings.index_dir, "test-hash").documents) == 4  # still the previous index


def test_another_folder_replaces_the_mirrored_one_only_with_replace(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, ingesting another folder silently replaced the index and said "removed 0"."""
    docs = copy_corpus(tmp_path)
    a = make_assistant(tmp_path)
    a.ingest(docs)
    other = tmp_path / "other"
    other.mkdir()
    (other / "quokka.md").write_text("# Quokka Network\n\nThe Quokka Network connects coastal towns since 2020.\n")
    monkeypatch.setattr("assistant.cli._assistant", lambda: a)
    res = CliRunner().invoke(app, ["ingest", str(other)])
    assert res.exit_code == 4 and "mirrors" in res.output and "(5 documents)" in res.output
    assert "--replace" in res.output
    assert len(load_index(a.settings.index_dir, "test-hash").documents) == 5  # untouched
    res = CliRunner().invoke(app, ["ingest", str(other), "--replace"])
    assert res.exit_code == 0 and "added 1" in res.output and "removed 5" in res.output
    assert set(load_index(a.settings.index_dir, "test-hash").documents) == {"quokka"}
    assert a.ingest(docs / "001_036a9ae19dec00c5.txt").changed  # one file is added to whatever is mirrored


def test_tampered_index_gives_a_rebuild_hint(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    a = make_assistant(tmp_path)
    a.ingest(docs)
    v = load_index(a.settings.index_dir, "test-hash").path
    with open(v / "chunks.jsonl", "a") as f:
        f.write('{"id": "x"}\n')
    with pytest.raises(Exception, match="assistant ingest"):
        load_index(a.settings.index_dir, "test-hash")
    (v / "dense.faiss").write_bytes(b"\x00" * 10)
    with pytest.raises(Exception, match=r"damaged|rebuild"):
        load_index(a.settings.index_dir, "test-hash")


KILL_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
from tests.ingest.test_sync import make_assistant, CountingEmbedder
from pathlib import Path
class Slow(CountingEmbedder):
    def embed_passages(self, texts, show_progress=False):
        time.sleep(0.02)
        return super().embed_passages(texts)
tmp = Path({tmp!r})
while True:
    make_assistant(tmp, Slow()).ingest(tmp / "docs", rebuild=True)
"""


@pytest.mark.slow
def test_kill_9_at_random_moments_leaves_a_consistent_index(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    for i in range(12):  # a bigger folder: more moments to be killed in
        for f in CORPUS.glob("*.txt"):
            (docs / f"{i}-{f.name}").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    make_assistant(tmp_path).ingest(docs)
    rng = random.Random(7)
    versions = set()
    pointer = tmp_path / "index" / "CURRENT"
    for i in range(12):
        proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT.format(root=str(ROOT), tmp=str(tmp_path))],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i in (0, 6):  # twice: let an ingest commit, then kill right after (whatever the machine's speed;
            # on a slow machine no ingest may finish within the random waits below)
            before = pointer.read_text()
            deadline = time.time() + 120
            while pointer.read_text() == before and time.time() < deadline:
                time.sleep(0.05)
        else:
            time.sleep(rng.uniform(0.3, 4.0))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        idx = load_index(tmp_path / "index", "test-hash")
        assert idx.dense.size == len(idx.passages) == idx.keyword.size == idx.manifest.chunks
        assert len(idx.documents) == 65
        versions.add(idx.path.name)
    (tmp_path / "index" / ".tmp-v0-killed").mkdir(exist_ok=True)  # as a kill mid-write leaves it
    r = make_assistant(tmp_path).ingest(docs)  # the next run cleans up and works, even with nothing to do
    assert not any(p.name.startswith(".tmp-") for p in (tmp_path / "index").iterdir())
    assert r.documents == 65
    assert len(versions) >= 2, "no ingest ever completed between kills; the test did not exercise switching"


def test_ingesting_one_file_adds_it_and_keeps_everything_else(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    emb = CountingEmbedder()
    a = make_assistant(tmp_path, emb)
    a.ingest(docs)
    extra = docs / "sub" / "extra.md"
    extra.parent.mkdir()
    extra.write_text("# Quokka Network\n\nThe Quokka Network connects coastal towns since 2020.\n")
    emb.texts = 0
    r = a.ingest(extra)
    idx = load_index(a.settings.index_dir, "test-hash")
    assert r.added == ["sub/extra"] and r.removed == [] and r.unchanged == 5
    assert len(idx.documents) == 6 and r.embedded_chunks == sum(p.doc_id == "sub/extra" for p in idx.passages)
    assert emb.texts == r.embedded_chunks + r.embedded_sentences
    extra.write_text("# Quokka Network\n\nThe Quokka Network now also connects river towns.\n")
    r = a.ingest(extra)
    assert r.updated == ["sub/extra"] and len(load_index(a.settings.index_dir, "test-hash").documents) == 6
    r = a.ingest(docs)  # the folder run afterwards sees the same identity: nothing to do
    assert (r.changed, r.unchanged) == (False, 6)


class LoadCounting(CountingEmbedder):
    loads = 0

    def load(self) -> LoadCounting:
        self.loads += 1
        return self


def test_files_that_keep_failing_keep_the_version_and_never_load_the_model(tmp_path: Path) -> None:
    docs = copy_corpus(tmp_path)
    emb = LoadCounting()
    a = make_assistant(tmp_path, emb)
    first = a.ingest(docs)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 not a pdf")  # new, and failing
    (docs / "000_5a2f1cea9eebf880.txt").write_bytes(b"\x00\x01 binary now \x00")  # changed, and failing
    emb.loads = emb.calls = 0
    for _ in range(2):  # two nights in a row
        r = a.ingest(docs)
        assert not r.changed and r.index_path == first.index_path and len(r.skipped) == 2
        assert a.live_version() == first.index_path and r.documents == 5
    assert emb.loads == 0 and emb.calls == 0
    (docs / "new.txt").write_text("Quokka Network\n\nThe Quokka Network connects coastal towns.\n")
    r = a.ingest(docs)  # a real change still makes a new version (the failures are reported with it)
    assert r.changed and r.index_path != first.index_path and len(r.skipped) == 2 and emb.loads >= 1


def test_a_text_repeated_across_files_is_embedded_once(tmp_path: Path) -> None:
    """A page saved twice (or the boilerplate every page repeats) costs one embedding per run, wherever the
    copies fall in the folder; the copies get the same vectors."""
    docs = copy_corpus(tmp_path)
    alone = CountingEmbedder()
    make_assistant(tmp_path / "a", alone, corpus_dir=docs).ingest(docs)
    original = sorted(docs.glob("000_*.txt"))[0]
    shutil.copy(original, docs / "zzz-copy.txt")  # sorted last: embedded in a later batch than the original
    meta = json.loads(original.with_suffix(".meta.json").read_text(encoding="utf-8"))
    meta.pop("id", None)
    (docs / "zzz-copy.meta.json").write_text(json.dumps(meta), encoding="utf-8")  # the same title and publisher
    twice = CountingEmbedder()
    b = make_assistant(tmp_path / "b", twice, corpus_dir=docs)
    r = b.ingest(docs)
    idx = load_index(b.settings.index_dir, "test-hash")
    copy_rows = [i for i, p in enumerate(idx.passages) if p.doc_id == "zzz-copy"]
    orig_rows = [i for i, p in enumerate(idx.passages) if p.doc_id == original.stem]
    assert copy_rows and len(copy_rows) == len(orig_rows)
    assert twice.texts == alone.texts and r.reused_vectors >= len(copy_rows)
    assert np.array_equal(idx.dense.vectors(np.array(copy_rows)), idx.dense.vectors(np.array(orig_rows)))
    assert r.embedded_chunks == len(idx.passages)  # every chunk is indexed; the copy's were not recomputed
