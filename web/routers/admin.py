"""The admin view: what is indexed, what failed at the last ingest, what staff asked and how they voted.

Behind ASSISTANT_ADMIN_TOKEN (separate from the API key): a sign-in form gives an admin session cookie scoped to
/admin; a staff session never opens it and the token never appears in a page. Server-rendered, no scripts.
"""

from __future__ import annotations

import csv
import hmac
import io
import time
from collections import Counter
from typing import Any
from urllib.parse import parse_qs

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from assistant.assistant import read_last_ingest

from ..deps import AppState, State
from ..errors import ApiError
from ..ratelimit import RateLimiter
from ..store import formula_safe
from ..templating import templates

router = APIRouter(prefix="/admin", include_in_schema=False)
ADMIN_COOKIE = "assistant_admin"
VOTES = ("", "up", "down", "none")


def _enabled(state: AppState) -> None:
    if not state.settings.admin_token.get_secret_value():
        raise ApiError(404, "The admin view is off; set ASSISTANT_ADMIN_TOKEN to turn it on.")


def _signin(request: Request, wrong: bool = False) -> Response:
    return templates.TemplateResponse(request, "admin_signin.html", {"wrong": wrong}, status_code=401)


@router.post("/signin", response_class=HTMLResponse)
async def admin_signin(request: Request, state: State) -> Response:
    _enabled(state)
    wait = state.limiter.check("admin-signin:" + (request.client.host if request.client else "unknown"))
    if wait > 0:
        raise ApiError(429, "Too many sign-in attempts; try again later.",
                       {"Retry-After": RateLimiter.retry_after(wait)})
    form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=5)
    token = (form.get("token") or [""])[0]
    if not hmac.compare_digest(token.encode(), state.settings.admin_token.get_secret_value().encode()):
        return _signin(request, wrong=True)
    resp = RedirectResponse("/admin", status_code=303)
    resp.set_cookie(ADMIN_COOKIE, state.new_session("admin"), httponly=True, samesite="strict", path="/admin",
                    secure=request.url.scheme == "https", max_age=int(state.settings.session_hours * 3600))
    return resp


def _rows(state: AppState, vote: str, language: str) -> list[dict[str, Any]]:
    if vote not in VOTES:
        raise ApiError(422, f"vote must be one of: up, down, none (got {vote!r})")
    return state.store.recent(state.settings.admin_recent, vote, language)


@router.get("", response_class=HTMLResponse)
async def admin_page(request: Request, state: State, vote: str = "", language: str = "") -> Response:
    _enabled(state)
    if not state.valid_admin_session(request.cookies.get(ADMIN_COOKIE)):
        return _signin(request)
    rows = await anyio.to_thread.run_sync(lambda: _rows(state, vote, language))
    a = state.assistant
    docs: list[dict[str, Any]] = []
    index: dict[str, Any] = {"error": state.load_error or "The index is loading."}
    if a is not None:
        idx = a.snapshot.index
        chunks = Counter(p.doc_id for p in idx.passages)
        created = time.strftime("%Y-%m-%d %H:%M", time.localtime(idx.manifest.created))
        index = {"version": idx.version, "documents": len(idx.documents), "chunks": len(idx.passages),
                 "integrity": idx.integrity, "created": created, "model": idx.manifest.model}
        docs = sorted(({"id": d.doc_id, "title": d.title, "publisher": d.shown_publisher, "language": d.language,
                        "chunks": chunks.get(d.doc_id, 0), "source": d.source or d.path, "url": d.url,
                        "date": d.date} for d in idx.documents.values()), key=lambda d: (d["publisher"], d["title"]))
    last = read_last_ingest(state.settings.index_dir)
    if last:
        last["when"] = time.strftime("%Y-%m-%d %H:%M", time.localtime(float(last.get("finished", 0))))
    languages = sorted({r["language"] for r in rows if r["language"]} | ({language} if language else set()))
    return templates.TemplateResponse(request, "admin.html", {
        "index": index, "docs": docs, "last": last, "rows": rows, "vote": vote, "language": language,
        "languages": languages, "votes": Counter(r["vote"] or "none" for r in rows)})


@router.get("/questions.csv")
async def admin_csv(request: Request, state: State, vote: str = "", language: str = "") -> Response:
    _enabled(state)
    if not state.valid_admin_session(request.cookies.get(ADMIN_COOKIE)):
        raise ApiError(401, "Sign in on /admin first.")
    rows = await anyio.to_thread.run_sync(lambda: _rows(state, vote, language))
    buf = io.StringIO()
    names = ["created", "language", "found", "vote", "question", "answer", "comment", "sources", "answer_id"]
    w = csv.DictWriter(buf, fieldnames=names, extrasaction="ignore")
    w.writeheader()
    w.writerows({k: formula_safe(v) for k, v in r.items()} for r in rows)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="questions.csv"'})
