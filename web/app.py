"""FastAPI application: `create_app()` wires settings, state, middleware and routers.

The index and model load once in the lifespan; every request shares them.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from assistant import Assistant, Settings
from assistant.errors import AssistantError
from assistant.index.factory import index_backend
from assistant.threads import cores

from . import errors
from .deps import AppState
from .middleware import BodyLimit, HeadAsGet, RequestContext
from .ratelimit import RateLimiter
from .routers import admin, ask, feedback, health, overview, pages, search
from .store import Store

logger = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"


def configure_threads(settings: Settings) -> tuple[int, int]:
    """Threads per question = cores / concurrent questions, so parallel requests don't oversubscribe.

    Returns (threads per question, the torch setting before) so a test app can restore it.
    """
    import faiss
    import torch

    per = settings.threads or max(1, cores() // settings.inference_workers)
    before = torch.get_num_threads()
    torch.set_num_threads(per)
    faiss.omp_set_num_threads(per)
    return per, before


def restore_threads(n: int) -> None:
    import faiss
    import torch

    torch.set_num_threads(n)
    faiss.omp_set_num_threads(n)


def _load(state: AppState, preloaded: Assistant | None) -> None:
    try:
        a = preloaded or Assistant.from_settings(state.settings)
        a.load()
        state.assistant = a
        logger.info("Index %s loaded: %d documents, %d chunks", a.index.version, len(a.index.documents),
                    len(a.index.passages))
    except (AssistantError, RuntimeError, OSError) as exc:
        state.load_error = f"The index could not be loaded: {exc}"
        logger.error("%s", state.load_error)


def _configured_limits_in_schema(app: FastAPI, settings: Settings) -> None:
    """Publish the configured limits (not the hard caps) so clients and schema tests see the truth."""
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        comps = doc.get("components", {}).get("schemas", {})
        for name in ("AskIn", "TurnIn"):
            if name in comps:
                comps[name]["properties"]["question"]["maxLength"] = settings.max_query_chars
        if "AskIn" in comps:
            comps["AskIn"]["properties"]["history"]["maxItems"] = settings.max_history_turns
        for param in doc["paths"].get("/api/search", {}).get("get", {}).get("parameters", []):
            if param["name"] == "q":
                param["schema"]["maxLength"] = settings.max_query_chars
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]


async def _watch_index(state: AppState, preloaded: Assistant | None, interval: float) -> None:
    """Switch to a new index version when an ingest commits one; no restart, no mixed requests."""
    last_error = ""
    while True:
        await anyio.sleep(interval)
        try:
            if state.assistant is None:
                if index_backend(state.settings).live_version(state.settings) is None:
                    continue
                await anyio.to_thread.run_sync(_load, state, preloaded)
                if state.assistant is not None:
                    state.load_error = ""
            else:
                await anyio.to_thread.run_sync(state.assistant.reload_if_changed)
        except Exception as exc:  # the watcher must outlive any bad version or pointer
            if str(exc) != last_error:  # once per distinct problem, not every interval
                logger.error("New index version not loaded, keeping the current one: %s", exc)
            last_error = str(exc)
        else:
            last_error = ""


def create_app(settings: Settings | None = None, assistant: Assistant | None = None) -> FastAPI:
    settings = settings or (assistant.settings if assistant else Settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threads, before = configure_threads(settings)
        store = Store(settings.data_dir / "assistant.sqlite3").open()
        state = AppState(settings=settings, store=store, limiter=RateLimiter(settings.rate_limit),
                         workers=anyio.CapacityLimiter(settings.inference_workers))
        app.state.ctx = state
        logger.info("Loading index from %s (%d inference workers x %d threads)", settings.index_dir,
                    settings.inference_workers, threads)
        await anyio.to_thread.run_sync(_load, state, assistant)
        async with anyio.create_task_group() as tg:
            if settings.reload_interval > 0:
                tg.start_soon(_watch_index, state, assistant, settings.reload_interval)
            try:
                yield
            finally:
                tg.cancel_scope.cancel()
                store.close()
            restore_threads(before)

    app = FastAPI(
        title="Municipal network assistant",
        version="0.1.0",
        description="Answers questions about municipal and international networks from the indexed documents, "
                    "with cited passages. Every error is JSON: `{error, message, request_id, details}`.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI loads from a CDN and needs inline scripts: neither fits offline + CSP
        redoc_url=None,
    )
    errors.install(app)
    _configured_limits_in_schema(app, settings)
    for r in (health.router, ask.router, search.router, overview.router, feedback.router, pages.router,
              admin.router):
        app.include_router(r)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # Added last = outermost: CORS headers reach every response, the body limit runs first.
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestContext, frame_ancestors=settings.frame_ancestors)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_credentials=False,
                           allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "X-API-Key", "X-Request-ID"],
                           expose_headers=["X-Request-ID", "Retry-After"], max_age=600)
    return app
