from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant import Assistant, Settings
from tests.conftest import CORPUS, HashEmbedder
from web import create_app

HOSTILE = ("Zebra Crossing Network\n\nThe Zebra Crossing Network <script>window.__pwned = 1</script> improves "
           "pedestrian safety. <img src=x onerror=\"window.__pwned = 2\"> Members meet every spring in Malmö.\n")


def hostile_corpus(tmp: Path) -> Path:
    """The default documents plus one whose text carries markup that must stay text."""
    corpus = tmp / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return corpus


def hash_assistant(tmp: Path, **overrides: Any) -> Assistant:
    """A full assistant over the real corpus with the trigram embedder: fast and deterministic."""
    fields: dict[str, Any] = {"index_dir": tmp / "index", "data_dir": tmp / "data", "model": "test-hash",
                              "corpus_dir": hostile_corpus(tmp), "rate_limit": 0, "min_answer_score": 0.2}
    fields.update(overrides)
    a = Assistant.from_settings(Settings(**fields))
    a.embedder = HashEmbedder()  # type: ignore[assignment]
    a.ingest()
    return a


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator[Callable[..., TestClient]]:
    """make_client(**settings) -> a started TestClient; the index is built once per test."""
    built: dict[str, Assistant] = {}
    clients: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        base = built.get("a")
        if base is None:
            base = built["a"] = hash_assistant(tmp_path)
        settings = base.settings.model_copy(update=overrides)
        a = Assistant.from_settings(settings)
        a.embedder = base.embedder
        client = TestClient(create_app(settings, a), raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()
