"""A running server switches to a new index version under load: no failed or mixed requests."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from tests.conftest import hash_assistant
from web import create_app


def test_new_index_version_is_picked_up_without_restart(tmp_path: Path) -> None:
    a = hash_assistant(tmp_path, reload_interval=0.1, inference_workers=2)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(a.settings, a), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    old_version = httpx.get(url + "/readyz").json()["index_version"]
    seen: list[tuple[int, str, bool]] = []
    stop = threading.Event()

    def client() -> None:
        with httpx.Client(base_url=url, timeout=30) as c:
            while not stop.is_set():
                r = c.get("/api/search", params={"q": "Quokka Network coastal towns", "k": 3})
                body = r.json() if r.status_code == 200 else {}
                has_new = any(p["doc_id"] == "quokka" for p in body.get("results", []))
                seen.append((r.status_code, body.get("index_version", ""), has_new))

    threads = [threading.Thread(target=client) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        time.sleep(0.5)
        corpus = Path(a.settings.corpus_dir)
        (corpus / "quokka.txt").write_text("Quokka Network\n\nThe Quokka Network connects coastal towns and "
                                           "meets every autumn.\n", encoding="utf-8")
        report = a.ingest(corpus)  # what a nightly `assistant ingest` does
        assert report.added == ["quokka"]
        deadline = time.time() + 10
        while time.time() < deadline and not any(v != old_version for _, v, _ in seen[-20:]):
            time.sleep(0.1)
        time.sleep(0.5)
    finally:
        stop.set()
        for t in threads:
            t.join()
        server.should_exit = True
    assert seen and all(code == 200 for code, _, _ in seen), {c for c, _, _ in seen}
    versions = {v for _, v, _ in seen}
    assert old_version in versions and len(versions) == 2
    new_version = (versions - {old_version}).pop()
    # Each request saw one version: the new document only ever comes from the new one.
    assert not any(has_new for _, v, has_new in seen if v == old_version)
    assert all(has_new for _, v, has_new in seen if v == new_version)


def test_server_started_before_the_first_ingest_becomes_ready(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from assistant import Assistant
    from tests.conftest import HashEmbedder

    built = hash_assistant(tmp_path / "a")
    settings = built.settings.model_copy(update={"index_dir": tmp_path / "later", "reload_interval": 0.1})
    waiting = Assistant.from_settings(settings)
    waiting.embedder = HashEmbedder()  # type: ignore[assignment]
    with TestClient(create_app(settings, waiting)) as c:
        r = c.get("/readyz")
        assert r.status_code == 503 and "assistant ingest" in r.json()["message"]
        waiting.ingest(settings.corpus_dir)
        deadline = time.time() + 10
        while c.get("/readyz").status_code != 200 and time.time() < deadline:
            time.sleep(0.1)
        assert c.get("/readyz").json()["documents"] == 6
        assert c.get("/api/search", params={"q": "ENSA"}).status_code == 200
