"""One JSON error shape for everything, including validation errors and crashes."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import AssistantError

logger = logging.getLogger(__name__)
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 406: "not_acceptable", 413: "payload_too_large",
          415: "unsupported_media_type", 422: "invalid_input", 429: "rate_limited", 500: "internal_error",
          503: "not_ready"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}
        self.code = code or _CODES.get(status, "error")


def safe(text: object, limit: int = 300) -> str:
    """User text for a log line: CR/LF and other control characters escaped, length capped."""
    s = str(text)[:limit]
    return s.encode("unicode_escape", "backslashreplace").decode("ascii")


def request_id_of(scope: MutableMapping[str, Any]) -> str:
    state = scope.setdefault("state", {})
    rid = state.get("request_id")
    if not rid:
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
        state["request_id"] = rid
    return str(rid)


def error_response(scope: MutableMapping[str, Any], status: int, message: str, headers: dict[str, str] | None = None,
                   code: str | None = None, details: list[dict[str, Any]] | None = None) -> JSONResponse:
    rid = request_id_of(scope)
    body = {"error": code or _CODES.get(status, "error"), "message": message, "request_id": rid,
            "details": details or []}
    return JSONResponse(body, status_code=status, headers={**(headers or {}), "X-Request-ID": rid})


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(x) for x in loc if x not in ("body", "query", "path", "header")]
    return ".".join(parts) or "request body"


def _problem(e: Any) -> str:
    if e.get("type") == "string_pattern_mismatch":
        return "is empty or only whitespace; type a question or search words"
    return str(e.get("msg", ""))


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(request.scope, exc.status, exc.message, exc.headers, exc.code)

    @app.exception_handler(AssistantError)
    async def _assistant(request: Request, exc: AssistantError) -> JSONResponse:
        return error_response(request.scope, exc.http_status, str(exc), code=exc.code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errs = exc.errors()
        details = [{"field": _field(e.get("loc", ())), "problem": _problem(e)} for e in errs[:10]]
        first = details[0] if details else {"field": "request", "problem": "invalid"}
        if first["problem"].startswith("JSON decode error") or first["field"] == "request body":
            msg = f"The request body is not valid JSON for this endpoint: {first['problem']}."
        else:
            msg = f"{first['field']}: {first['problem']}."
        return error_response(request.scope, 422, msg, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        msg = {404: f"There is nothing at {request.url.path}; the API is described at /openapi.json.",
               405: f"{request.method} is not supported on {request.url.path}; see /openapi.json.",
               400: "The request body could not be parsed; send UTF-8 JSON with Content-Type: application/json."}.get(
            exc.status_code, str(exc.detail))
        return error_response(request.scope, exc.status_code, msg, dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        rid = request_id_of(request.scope)
        logger.error("request_id=%s unhandled %s on %s %s", rid, type(exc).__name__, request.method,
                     safe(request.url.path), exc_info=exc)
        return error_response(request.scope, 500, "Something went wrong on the server. Quote request id "
                              f"{rid} to the administrator.")
