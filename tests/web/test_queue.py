"""Past the queue bound a question gets 503 with Retry-After at once; health checks never wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi.testclient import TestClient


def test_requests_past_the_queue_bound_get_503_and_health_does_not_wait(
        make_client: Callable[..., TestClient]) -> None:
    client = make_client(max_queue=2, inference_workers=1)
    assistant = client.app.state.ctx.assistant  # type: ignore[attr-defined]
    release = threading.Event()
    original = assistant.ask_stream

    def slow_ask(*args: Any, **kwargs: Any) -> Any:
        release.wait(20)
        return original(*args, **kwargs)

    assistant.ask_stream = slow_ask
    with ThreadPoolExecutor(4) as pool:
        held = [pool.submit(client.post, "/api/ask", json={"question": "What is SERN?"}) for _ in range(2)]
        deadline = time.time() + 10
        while client.app.state.ctx.queued < 2 and time.time() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.01)
        started = time.perf_counter()
        over = client.post("/api/ask", json={"question": "What is ENSA?"})
        assert over.status_code == 503 and over.headers["Retry-After"] == "1"
        assert over.json()["error"] == "busy" and time.perf_counter() - started < 2
        health = client.get("/healthz")
        ready = client.get("/readyz")
        assert health.status_code == 200 and ready.status_code == 200
        assert time.perf_counter() - started < 3  # neither waited behind the two held questions
        release.set()
        assert [f.result().status_code for f in held] == [200, 200]
    assert client.post("/api/ask", json={"question": "What is ENSA?"}).status_code == 200  # the queue drained
