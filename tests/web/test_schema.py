"""Property-based run of every operation in the OpenAPI schema, in-process (schemathesis)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from tests.conftest import hash_assistant
from web import create_app


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    a = hash_assistant(tmp_path_factory.mktemp("schema"), max_query_chars=300, max_history_turns=3,
                       max_body_bytes=128 * 1024)
    app = create_app(a.settings, a)
    with TestClient(app):  # runs the lifespan: index, store and limits are live
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_conforms(api_schema: schemathesis.BaseSchema) -> None:
    """Valid and invalid input alike: no 5xx, only documented status codes, content types and bodies."""
    seen = []
    for result in api_schema.get_all_operations():
        operation = result.ok()
        seen.append(operation.label)
        both = operation.as_strategy(schemathesis.GenerationMode.POSITIVE) | operation.as_strategy(
            schemathesis.GenerationMode.NEGATIVE)

        @given(case=both)
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()

        check()
    assert len(seen) >= 6, seen


def test_schema_lists_the_api(tmp_path: Path) -> None:
    a = hash_assistant(tmp_path)
    with TestClient(create_app(a.settings, a)) as c:
        paths = set(c.get("/openapi.json").json()["paths"])
    assert {"/api/ask", "/api/ask/stream", "/api/search", "/api/feedback", "/healthz", "/readyz"} <= paths
