"""Ingestion on a local Ray instance (the [ray] extra; .ci/run installs it) gives what a plain ingest gives."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("ray", reason="the [ray] extra is not installed (.ci/run installs it)")

from assistant import Assistant, Settings
from assistant.evaluate.runner import LocalBackend, load_questions, run_eval
from assistant.ingest.ray_pool import RayPool, ReadJob, read_job
from assistant.types import Document
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def crashing_reader(settings_json: str, job: ReadJob) -> Document:
    """Reads like a worker does, but the worker process dies on one file."""
    if job.source.startswith("crash"):
        os._exit(1)
    return read_job(settings_json, job)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("ray") / "docs"
    shutil.copytree(CORPUS, docs)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    (docs / "crash.txt").write_text("Crash Network\n\nThis file kills the worker that reads it.\n", encoding="utf-8")
    return docs


@pytest.fixture(scope="module")
def both(folder: Path) -> Iterator[tuple[Assistant, Assistant, object]]:
    base = folder.parent
    plain = Assistant(Settings(index_dir=base / "plain", data_dir=base / "data"))
    plain_report = plain.ingest(folder)
    pool = RayPool(plain.settings.model_copy(update={"index_dir": base / "ray"}), workers=2, reader=crashing_reader)
    distributed = Assistant(pool.settings, embedder=plain.embedder)
    try:
        ray_report = distributed.ingest(folder, pool=pool)
        yield plain, distributed, (plain_report, ray_report)
    finally:
        pool.close()


def test_same_passages_and_vectors_as_a_plain_ingest(both: tuple[Assistant, Assistant, object]) -> None:
    plain, distributed, _ = both
    a, b = plain.index, distributed.index
    crash = [d for d in a.documents if d.startswith("crash")]
    assert crash and not any(d.startswith("crash") for d in b.documents)  # the dead worker's file is missing
    kept = [p for p in a.passages if p.doc_id not in crash]
    assert b.manifest.ingest_precision == a.manifest.ingest_precision == "fp32"  # as the actors report it
    assert [(p.id, p.text, p.sentences) for p in kept] == [(p.id, p.text, p.sentences) for p in b.passages]
    ids = [p.id for p in kept]
    cos = np.sum(a.vectors(ids) * b.vectors(ids), axis=1)
    assert cos.min() >= 0.9999
    for x, y in zip(a.sentence_vectors(ids), b.sentence_vectors(ids), strict=True):
        assert (x is None) == (y is None)
        if x is not None and y is not None:
            assert np.sum(x * y, axis=1).min() >= 0.9999


def test_failures_are_reported_like_any_other(both: tuple[Assistant, Assistant, object]) -> None:
    _, _, reports = both
    plain, distributed = reports  # type: ignore[misc]
    assert {Path(s.path).name for s in plain.skipped} == {"broken.pdf"}
    reasons = {Path(s.path).name: s.reason for s in distributed.skipped}
    assert set(reasons) == {"broken.pdf", "crash.txt"}
    assert reasons["broken.pdf"] == next(s.reason for s in plain.skipped)  # the same message as a plain ingest
    assert "could not be read" in reasons["crash.txt"]


def test_same_evaluation_metrics(both: tuple[Assistant, Assistant, object]) -> None:
    plain, distributed, _ = both
    qs = [q for q in load_questions(ROOT / "eval/questions/default.jsonl")]
    ra = run_eval(LocalBackend(plain), qs, ["hybrid"])
    rb = run_eval(LocalBackend(distributed), qs, ["hybrid"])
    for m in ("mrr@10", "hit@5", "answer_term_hit", "refusal_accuracy"):
        assert abs(ra.metrics["hybrid"][m] - rb.metrics["hybrid"][m]) <= 0.005, m
