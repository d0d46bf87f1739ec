"""The API with a generated answer: verified sentences stream first, unverified text never leaves the server."""

from __future__ import annotations

import json
from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.answer.scripted_llm import ScriptedLLM, passages_of


def _events(raw: str) -> list[tuple[str, dict]]:
    out = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def first_sentence(m: list[dict[str, str]]) -> str:
    return " ".join(passages_of(m)[1].split(". ")[0].split()).rstrip(".")


def script(m: list[dict[str, str]]) -> str:
    return f"{first_sentence(m)} [1]. Visit http://evil.example/login for the form [1]."


def test_the_stream_sends_verified_sentences_then_the_answer(make_client: Callable[..., TestClient]) -> None:
    with ScriptedLLM(script) as server:
        # The trigram test embedder is no judge of meaning: its similarity floor is set low here; the
        # calibrated threshold is tested with the real model in tests/answer/test_generated.py.
        client = make_client(generator="llm", llm_base_url=server.url, verify_similarity=0.3)
        with client.stream("POST", "/api/ask/stream", json={"question": "Who is the contact for SERN?",
                                                             "details": True}) as r:
            assert r.status_code == 200
            raw = "".join(r.iter_text())
        plain = client.post("/api/ask", json={"question": "Who is the contact for SERN?"}).json()
    events = _events(raw)
    names = [e for e, _ in events]
    # what is being read first, then the passage a sentence cites just before that sentence, then the answer
    assert names == ["meta", "citations", "delta", "done"]
    meta, cited, done = events[0][1], events[1][1], events[-1][1]
    assert meta["found"] and meta["generator"] == "llm" and meta["sources"]
    assert {"doc_id", "title", "publisher", "language", "url"} == set(meta["sources"][0])
    assert cited == done["citations"] and done["answer_id"]
    assert done["generator"] == "llm" and done["dropped"] == 1 and not done["fallback"]
    assert "".join(d["text"] for e, d in events if e == "delta") == done["answer"]
    assert done["answer"].endswith(" [1].") and "evil" not in done["answer"]
    assert done["dropped_sentences"] == [{"text": "Visit [link removed] for the form [1].",
                                          "reason": "not in the cited passage: a link"}]
    assert "evil.example" not in raw  # not in the answer, the details or anywhere else on the wire
    assert plain["generator"] == "llm" and plain["dropped"] == 1 and plain["dropped_sentences"] == []


def test_meta_and_sources_arrive_while_the_model_is_still_writing(make_client: Callable[..., TestClient]) -> None:
    import threading
    import time

    finished = threading.Event()

    def slow(m: list[dict[str, str]]) -> str:
        time.sleep(1.5)  # the model is still writing
        finished.set()
        return script(m)

    with ScriptedLLM(slow) as server:
        client = make_client(generator="llm", llm_base_url=server.url, verify_similarity=0.3)
        with client.stream("POST", "/api/ask/stream", json={"question": "Who is the contact for SERN?"}) as r:
            chunks = r.iter_text()
            first = next(chunks)
            early = not finished.is_set()
            rest = "".join(chunks)
    assert early, "meta came only after the model had written its answer"
    name, meta = _events(first)[0]
    assert name == "meta" and meta["found"] and meta["sources"]
    last, done = _events(first + rest)[-1]
    assert last == "done" and {c["doc_id"] for c in done["citations"]} <= {s["doc_id"] for s in meta["sources"]}


def test_a_failing_endpoint_gives_the_quoted_answer_with_the_reason(make_client: Callable[..., TestClient]) -> None:
    with ScriptedLLM(lambda m: ("status", 502)) as server:
        client = make_client(generator="llm", llm_base_url=server.url)
        r = client.post("/api/ask", json={"question": "Who is the contact for SERN?"}).json()
    assert r["generator"] == "extractive" and r["found"] and r["citations"] and "HTTP 502" in r["fallback"]


def test_a_generated_answer_holds_its_queue_place_until_it_is_complete(
        make_client: Callable[..., TestClient]) -> None:
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    writing = threading.Event()

    def slow(m: list[dict[str, str]]) -> str:
        writing.set()
        time.sleep(1.5)  # the model is still writing
        return script(m)

    with ScriptedLLM(slow) as server:
        client = make_client(generator="llm", llm_base_url=server.url, verify_similarity=0.3, max_queue=1)
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(client.post, "/api/ask", json={"question": "Who is the contact for SERN?"})
            assert writing.wait(10)
            second = client.post("/api/ask", json={"question": "What is ENSA?"})
            assert second.status_code == 503 and second.json()["error"] == "busy"
            assert first.result().status_code == 200
        assert client.app.state.ctx.queued == 0  # type: ignore[attr-defined]
