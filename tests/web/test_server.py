"""The real server: half-sent requests are closed after the read deadline; connections are bounded."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi import FastAPI, Request

from web.server import OncePer, uvicorn_options


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server() -> Iterator[int]:
    app = FastAPI()

    @app.get("/ping")
    def ping() -> dict[str, str]:
        return {"ok": "yes"}

    @app.post("/echo")
    async def echo(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error",
                            **uvicorn_options(read_timeout=1.0, max_connections=3))
    srv = uvicorn.Server(config)
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 10
    while not srv.started and time.time() < deadline:
        time.sleep(0.02)
    yield port
    srv.should_exit = True
    t.join(10)


def request(port: int, raw: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(raw)
        chunks = []
        while True:
            try:
                data = s.recv(65536)
            except TimeoutError:
                break
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)


def test_a_complete_request_is_answered(server: int) -> None:
    assert b'{"ok":"yes"}' in request(server, b"GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    body = b"x" * 100
    assert b'{"bytes":100}' in request(server, b"POST /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                               b"Content-Length: 100\r\n\r\n" + body)


def test_a_half_sent_request_is_closed_after_the_read_deadline(server: int) -> None:
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", server), timeout=10) as s:
        s.sendall(b"GET /ping HTTP/1.1\r\nHost: x\r\n")  # the blank line that ends the headers never comes
        assert s.recv(100) == b""  # the server closed it
    assert 0.8 < time.perf_counter() - started < 5


def test_a_body_that_stops_arriving_is_closed_too(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server), timeout=10) as s:
        s.sendall(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly a little")
        started = time.perf_counter()
        assert s.recv(100) == b""
        assert time.perf_counter() - started < 5


def test_connections_past_the_bound_get_503(server: int) -> None:
    idle = [socket.create_connection(("127.0.0.1", server), timeout=5) for _ in range(3)]
    try:
        for s in idle:
            s.sendall(b"GET /ping HTTP/1.1\r\nHost: x\r\n")  # held open, half-sent
        time.sleep(0.2)
        answer = request(server, b"GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 503")
    finally:
        for s in idle:
            s.close()
    time.sleep(1.5)
    assert b"200 OK" in request(server, b"GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")


def test_the_accept_error_is_logged_once_per_interval() -> None:
    f = OncePer("accept() out of system resource", 10.0)
    rec = [logging.LogRecord("asyncio", logging.ERROR, "x", 1, "socket.accept() out of system resource", None, None)
           for _ in range(1000)]
    assert sum(f.filter(r) for r in rec) == 1
    other = logging.LogRecord("asyncio", logging.ERROR, "x", 1, "something else", None, None)
    assert f.filter(other)
