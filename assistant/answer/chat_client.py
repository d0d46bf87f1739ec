"""A client for the OpenAI-compatible chat-completions API (llama.cpp server, Ollama, vLLM, hosted endpoints).

httpx rather than the `openai` package: the default install already has it, and the one call
needed (POST /chat/completions, streamed as Server-Sent Events) is small.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from assistant.errors import AssistantError, ConfigurationError
from assistant.settings import Settings

logger = logging.getLogger(__name__)


class GeneratorUnavailable(AssistantError, RuntimeError):
    """The language model endpoint failed, timed out or answered in a form we cannot read."""

    http_status, code = 503, "generator_unavailable"


@dataclass(frozen=True, slots=True)
class ChatParams:
    base_url: str
    model: str
    api_key: str
    timeout: float
    max_tokens: int
    temperature: float

    @classmethod
    def from_settings(cls, s: Settings) -> ChatParams:
        url = s.llm_base_url.strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise ConfigurationError("ASSISTANT_GENERATOR=llm needs ASSISTANT_LLM_BASE_URL, the http(s) root of an "
                                     "OpenAI-compatible API (e.g. http://127.0.0.1:8080/v1 for llama.cpp's server); "
                                     f"got {s.llm_base_url!r}.")
        return cls(url, s.llm_model or "default", _secret(s.llm_api_key), s.llm_timeout,
                   s.llm_max_tokens, s.llm_temperature)

    def __repr__(self) -> str:  # the key must never reach a log line
        return f"ChatParams(base_url={self.base_url!r}, model={self.model!r}, api_key=***)"


def _secret(value: object) -> str:
    """The key's text (a SecretStr; a plain str where settings were copied with model_copy(update=...))."""
    get = getattr(value, "get_secret_value", None)
    return str(get() if get else value)


class ChatClient:
    """Streams one chat completion; the whole answer must arrive within `timeout` seconds."""

    def __init__(self, params: ChatParams, transport: httpx.BaseTransport | None = None) -> None:
        self.params = params
        headers = {"Accept": "text/event-stream"}
        if params.api_key:
            headers["Authorization"] = f"Bearer {params.api_key}"
        self._http = httpx.Client(base_url=params.base_url, headers=headers, transport=transport,
                                  timeout=httpx.Timeout(params.timeout, connect=min(5.0, params.timeout)))

    def _body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        p = self.params
        return {"model": p.model, "messages": messages, "stream": True, "max_tokens": p.max_tokens,
                "temperature": p.temperature}

    def stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        """The answer's text as it arrives; GeneratorUnavailable on any failure (the caller falls back)."""
        deadline = time.monotonic() + self.params.timeout
        try:
            with self._http.stream("POST", "/chat/completions", json=self._body(messages)) as resp:
                if resp.status_code != 200:
                    resp.read()
                    raise GeneratorUnavailable(f"the endpoint answered HTTP {resp.status_code}: "
                                               f"{resp.text[:200]!r}")
                for line in resp.iter_lines():
                    if time.monotonic() > deadline:
                        raise GeneratorUnavailable(f"no complete answer within {self.params.timeout:g} s "
                                                   "(ASSISTANT_LLM_TIMEOUT)")
                    piece = _delta(line)
                    if piece is None:
                        break
                    if piece:
                        yield piece
        except httpx.TimeoutException as e:
            raise GeneratorUnavailable(f"the endpoint timed out after {self.params.timeout:g} s "
                                       "(ASSISTANT_LLM_TIMEOUT)") from e
        except httpx.HTTPError as e:
            raise GeneratorUnavailable(f"cannot reach {self.params.base_url}: {type(e).__name__}: {e}") from e

    def close(self) -> None:
        self._http.close()


def _delta(line: str) -> str | None:
    """The text of one SSE line of a streamed completion; None at the end ("data: [DONE]")."""
    line = line.strip()
    if not line.startswith("data:"):
        return ""  # comments, event names, keep-alives
    data = line[5:].strip()
    if data == "[DONE]":
        return None
    try:
        event = json.loads(data)
        choice = event["choices"][0] if event.get("choices") else {}
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise GeneratorUnavailable(f"unreadable stream event {data[:120]!r}") from e
    if "error" in event:
        raise GeneratorUnavailable(f"the endpoint reported an error: {str(event['error'])[:200]}")
    delta = choice.get("delta") or choice.get("message") or {}
    return str(delta.get("content") or "")
