"""Shared state and the dependencies routes declare with Annotated[..., Depends(...)]."""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, TypeVar

import anyio
from fastapi import Depends, Request

from assistant import Assistant, Settings

from .errors import ApiError
from .ratelimit import RateLimiter
from .store import Store

logger = logging.getLogger(__name__)
SESSION_COOKIE = "assistant_session"


@dataclass
class AppState:
    settings: Settings
    store: Store
    limiter: RateLimiter
    workers: anyio.CapacityLimiter
    assistant: Assistant | None = None
    load_error: str = ""
    queued: int = 0  # questions admitted to inference and not finished (changed on the event loop only)
    session_secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    def new_session(self) -> str:
        nonce = secrets.token_hex(16)
        return f"{nonce}.{self._sign(nonce)}"

    def valid_session(self, value: str | None) -> bool:
        if not value or "." not in value:
            return False
        nonce, sig = value.split(".", 1)
        return hmac.compare_digest(sig, self._sign(nonce))

    def _sign(self, nonce: str) -> str:
        return hmac.new(self.session_secret, nonce.encode(), "sha256").hexdigest()


T = TypeVar("T")


async def infer(state: AppState, fn: Callable[[], T]) -> T:
    """Run `fn` on an inference worker; past the queue bound answer 503 at once instead of waiting.

    Health checks and static files never come here, so they never wait behind inference.
    """
    bound = state.settings.max_queue
    if bound and state.queued >= bound:
        raise ApiError(503, f"The assistant is busy ({state.queued} questions in progress); try again in a "
                       "moment.", {"Retry-After": "1"}, code="busy")
    state.queued += 1
    try:
        return await anyio.to_thread.run_sync(fn, limiter=state.workers)
    finally:
        state.queued -= 1


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.ctx
    return state


State = Annotated[AppState, Depends(get_state)]


def ready_assistant(state: State) -> Assistant:
    if state.assistant is None:
        raise ApiError(503, state.load_error or "The index is still loading; try again in a few seconds.",
                       {"Retry-After": "5"})
    return state.assistant


ReadyAssistant = Annotated[Assistant, Depends(ready_assistant)]


def client_key(request: Request) -> str:
    key = request.headers.get("x-api-key")
    if key:
        return "key:" + hmac.new(b"rl", key.encode(), "sha256").hexdigest()[:16]
    return "ip:" + (request.client.host if request.client else "unknown")


def guard(request: Request, state: State) -> None:
    """API key (when configured) and the per-client rate limit, for every /api route."""
    s = state.settings
    if s.api_key:
        given = request.headers.get("x-api-key", "")
        origin = request.headers.get("origin", "")
        ok = (hmac.compare_digest(given.encode(), s.api_key.encode()) if given else False) \
            or state.valid_session(request.cookies.get(SESSION_COOKIE)) \
            or (origin != "" and origin in s.cors_origins)
        if not ok:
            raise ApiError(401, "This API needs an X-API-Key header (server-to-server use), or a call from the "
                           "chat page or an allowed widget origin (ASSISTANT_CORS_ORIGINS).")
    wait = state.limiter.check(client_key(request))
    if wait > 0:
        retry = RateLimiter.retry_after(wait)
        raise ApiError(429, f"Too many requests from this client; try again in {retry} s.",
                       {"Retry-After": retry})


Guarded = Depends(guard)
