from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from assistant import Assistant
from tests.conftest import hash_assistant
from web import create_app


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
        a = Assistant(settings, embedder=base.embedder)
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
