"""Retrieval quality on the shipped question set: the hybrid must beat plain RRF (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.evaluation import evaluate, load_questions
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    a = Assistant.from_settings(Settings(index_dir=tmp_path_factory.mktemp("q"), corpus_dir=CORPUS))
    a.ingest()
    return a.load()


def test_adaptive_hybrid_beats_plain_rrf_and_refuses(assistant: Assistant) -> None:
    qs = load_questions(ROOT / "eval" / "questions" / "default.jsonl")
    r = assistant.retriever
    r.params.mode, r.params.rerank = "rrf", False
    plain = evaluate(assistant, qs, answers=False)
    r.params.mode, r.params.rerank = "adaptive", True
    ours = evaluate(assistant, qs, answers=True)
    assert ours.mrr >= plain.mrr + 0.03, (ours.mrr, plain.mrr)
    assert ours.recall5 >= 0.85
    assert ours.refusal_ok >= 0.3  # calibrated threshold refuses at least some unanswerable questions
    assert ours.false_refusal <= 0.1


def test_question_file_evidence_exists(assistant: Assistant) -> None:
    qs = load_questions(Path(ROOT / "eval" / "questions" / "default.jsonl"))
    texts = {d: doc.text for d, doc in assistant.index.documents.items()}
    for q in qs:
        if q.answerable:
            assert any(q.evidence in texts[d] for d in q.doc_ids), q.id
