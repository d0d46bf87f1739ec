"""Shared state and the dependencies routes declare with Annotated[..., Depends(...)]."""

from __future__ import annotations

import hmac
import logging
import secrets
import time
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

    store_counts: dict[str, int] = field(default_factory=dict)  # client -> questions stored on store_day
    store_day: str = ""

    def new_session(self, scope: str = "") -> str:
        """A signed session token: random nonce, expiry time, HMAC (the secret never leaves the process).
        `scope` "admin" signs it for the admin view only: a staff session never opens it, nor the reverse."""
        nonce = secrets.token_hex(16)
        expires = int(time.time() + self.settings.session_hours * 3600)
        return f"{nonce}.{expires}.{self._sign(f'{scope}:{nonce}.{expires}' if scope else f'{nonce}.{expires}')}"

    def session_id(self, value: str | None, scope: str = "") -> str | None:
        """The nonce of a valid, unexpired session token of this scope; None otherwise."""
        if not value or value.count(".") != 2:
            return None
        nonce, expires, sig = value.split(".")
        payload = f"{scope}:{nonce}.{expires}" if scope else f"{nonce}.{expires}"
        if not hmac.compare_digest(sig, self._sign(payload)):
            return None
        if not expires.isdigit() or int(expires) < time.time():
            return None
        return nonce

    def valid_session(self, value: str | None) -> bool:
        return self.session_id(value) is not None

    def valid_admin_session(self, value: str | None) -> bool:
        return bool(self.settings.admin_token.get_secret_value()) and self.session_id(value, "admin") is not None

    def _sign(self, payload: str) -> str:
        return hmac.new(self.session_secret, payload.encode(), "sha256").hexdigest()

    def may_store(self, client: str) -> bool:
        """Whether one more question of this client may be stored today (ASSISTANT_STORE_DAILY_LIMIT)."""
        day = time.strftime("%Y-%m-%d")
        if day != self.store_day or len(self.store_counts) > 100_000:  # a new day, or too many clients to track
            self.store_counts, self.store_day = {}, day
        n = self.store_counts.get(client, 0)
        limit = self.settings.store_daily_limit
        if limit and n >= limit:
            return False
        self.store_counts[client] = n + 1
        return True


T = TypeVar("T")


def admit(state: AppState) -> None:
    """Take a place in the inference queue, or answer 503 at once past its bound; `release` gives it back."""
    bound = state.settings.max_queue
    if bound and state.queued >= bound:
        raise ApiError(503, f"The assistant is busy ({state.queued} questions in progress); try again in a "
                       "moment.", {"Retry-After": "1"}, code="busy")
    state.queued += 1


def release(state: AppState) -> None:
    state.queued -= 1


async def on_worker(state: AppState, fn: Callable[[], T]) -> T:
    """Run `fn` on an inference worker (the caller holds a queue place)."""
    return await anyio.to_thread.run_sync(fn, limiter=state.workers)


async def infer(state: AppState, fn: Callable[[], T]) -> T:
    """Run `fn` on an inference worker; past the queue bound answer 503 at once instead of waiting.

    Health checks and static files never come here, so they never wait behind inference.
    """
    admit(state)
    try:
        return await on_worker(state, fn)
    finally:
        release(state)


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


def identity(request: Request, state: AppState) -> str | None:
    """Who is calling, as far as a credential proves it: a verified API key, or (when a key is configured,
    so that sessions need it or the intranet's sign-in) a valid page session. An Origin header proves
    nothing: any program can send one."""
    s = state.settings
    given = request.headers.get("x-api-key", "")
    if s.api_key and given and hmac.compare_digest(given.encode(), s.api_key.encode()):
        return "key"
    session = state.session_id(request.cookies.get(SESSION_COOKIE))
    if s.api_key and session is not None:
        return f"session:{session}"
    return None


def client_key(request: Request, state: AppState) -> str:
    """The rate-limit and store-quota bucket: the proven identity, else the client address (which uvicorn
    takes from X-Forwarded-For only when the connection comes from ASSISTANT_FORWARDED_ALLOW_IPS).
    Worked out once per request (guard and the ask route both need it)."""
    known = getattr(request.state, "client_key", None)
    if known is None:
        known = identity(request, state) or "ip:" + (request.client.host if request.client else "unknown")
        request.state.client_key = known
    return str(known)


def guard(request: Request, state: State) -> None:
    """API key or page session (when a key is configured) and the per-client rate limit, for every /api route."""
    if state.settings.api_key and not client_key(request, state).startswith(("key", "session:")):
        raise ApiError(401, "This API needs an X-API-Key header (server-to-server use) or a session from signing in "
                       "on the chat page.")
    wait = state.limiter.check(client_key(request, state))
    if wait > 0:
        retry = RateLimiter.retry_after(wait)
        raise ApiError(429, f"Too many requests from this client; try again in {retry} s.",
                       {"Retry-After": retry})


Guarded = Depends(guard)
