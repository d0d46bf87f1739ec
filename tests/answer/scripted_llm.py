"""A scripted OpenAI-compatible chat-completions server for deterministic generator tests.

`reply(messages)` returns the text to stream, or one of the faults: ("status", 500), ("sleep", 5.0)
or ("garbage", ""). Requests (headers and JSON bodies) are recorded for assertions.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = str | tuple[str, Any]


class ScriptedLLM:
    def __init__(self, reply: Callable[[list[dict[str, str]]], Reply]) -> None:
        self.reply = reply
        self.requests: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                r = outer.reply(body["messages"])
                if isinstance(r, tuple) and r[0] == "status":
                    self.send_response(r[1])
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "scripted failure"}}')
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                if isinstance(r, tuple) and r[0] == "sleep":
                    time.sleep(r[1])
                    return
                if isinstance(r, tuple) and r[0] == "garbage":
                    self.wfile.write(b"data: {not json\n\n")
                    return
                assert isinstance(r, str)
                for piece in re.findall(r"\S+\s*|\s+", r):
                    event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
                    self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                    self.wfile.flush()
                self.wfile.write(b"data: [DONE]\n\n")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> ScriptedLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def passages_of(messages: list[dict[str, str]]) -> dict[int, str]:
    """The numbered passage texts of the prompt (so a script can cite the right number)."""
    user = messages[-1]["content"]
    return {int(n): t for n, t in re.findall(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', user, re.S)}


def number_of(messages: list[dict[str, str]], needle: str) -> int:
    """The number of the first passage containing `needle`."""
    for n, text in passages_of(messages).items():
        if needle in text:
            return n
    raise AssertionError(f"no passage contains {needle!r}")
