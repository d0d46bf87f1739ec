"""The chat page and the widget script."""

from __future__ import annotations

import hmac
import json
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..deps import SESSION_COOKIE, AppState, State, client_key
from ..errors import ApiError
from ..i18n import STRINGS, pick_language
from ..ratelimit import RateLimiter
from ..templating import templates

router = APIRouter(include_in_schema=False)
ASSETS = Path(__file__).resolve().parent.parent / "assets"


@lru_cache(maxsize=1)
def widget_source() -> str:
    src = (ASSETS / "widget.src.js").read_text(encoding="utf-8")
    # ensure_ascii keeps the literal safe inside JavaScript (U+2028 and friends are escaped).
    return src.replace("__STRINGS__", json.dumps(STRINGS, ensure_ascii=True, sort_keys=True))


def _with_session(resp: Response, request: Request, state: AppState) -> Response:
    resp.set_cookie(SESSION_COOKIE, state.new_session(), httponly=True, samesite="strict",
                    secure=request.url.scheme == "https", path="/",
                    max_age=int(state.settings.session_hours * 3600))
    return resp


def _signed_in_by_proxy(request: Request, state: AppState) -> bool:
    header = state.settings.trusted_user_header
    return bool(header and state.settings.forwarded_allow_ips and request.headers.get(header, "").strip())


@router.get("/", response_class=HTMLResponse)
def chat_page(request: Request, state: State,
              lang: str | None = None) -> Response:
    """The chat. With ASSISTANT_API_KEY set it needs a session: from signing in with the key, or from the
    intranet's sign-in proxy (ASSISTANT_TRUSTED_USER_HEADER); one GET never mints one for a script."""
    ui = pick_language(request.headers.get("accept-language", ""), state.settings.ui_language, lang)
    has_session = state.valid_session(request.cookies.get(SESSION_COOKIE))
    if state.settings.api_key and not has_session and not _signed_in_by_proxy(request, state):
        return templates.TemplateResponse(request, "signin.html", {"lang": ui, "t": STRINGS[ui], "wrong": False},
                                          status_code=401)
    resp = templates.TemplateResponse(request, "chat.html", {"lang": ui, "t": STRINGS[ui], "languages": STRINGS,
                                                             "show_details": state.settings.show_details})
    return resp if has_session else _with_session(resp, request, state)


@router.post("/signin", response_class=HTMLResponse)
async def sign_in(request: Request, state: State) -> Response:
    """Check the access key from the sign-in form; a session cookie and back to the chat, or the form again."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"), max_num_fields=5)
    ui = pick_language(request.headers.get("accept-language", ""), state.settings.ui_language,
                       next(iter(form.get("lang", [])), None))
    wait = state.limiter.check("signin:" + (request.client.host if request.client else "unknown"))
    if wait > 0:
        raise ApiError(429, "Too many sign-in attempts; try again later.",
                       {"Retry-After": RateLimiter.retry_after(wait)})
    key = (form.get("key") or [""])[0]
    s = state.settings
    if not s.api_key or not hmac.compare_digest(key.encode(), s.api_key.encode()):
        return templates.TemplateResponse(request, "signin.html", {"lang": ui, "t": STRINGS[ui], "wrong": True},
                                          status_code=401)
    return _with_session(RedirectResponse(f"/?lang={ui}", status_code=303), request, state)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request, state: State, start: int = 0, end: int = 0,
                  lang: str | None = None) -> Response:
    """The cleaned text of one indexed document with the quoted sentence marked: the context of a citation,
    also for pages that have no URL. Same access as the chat."""
    ui = pick_language(request.headers.get("accept-language", ""), state.settings.ui_language, lang)
    if state.settings.api_key and not client_key(request, state).startswith(("key", "session:")) \
            and not _signed_in_by_proxy(request, state):
        return templates.TemplateResponse(request, "signin.html", {"lang": ui, "t": STRINGS[ui], "wrong": False},
                                          status_code=401)
    if state.assistant is None:
        raise ApiError(503, "The assistant is starting or has no index yet; try again in a minute.")
    try:
        doc = state.assistant.snapshot.index.document(doc_id)
    except KeyError:
        raise ApiError(404, f"No indexed document has the id {doc_id!r}; it may have been removed since "
                            "the answer was given.") from None
    text = doc.text
    a = max(0, min(start, len(text)))
    b = max(a, min(end, len(text)))
    url = doc.url if doc.url.startswith(("http://", "https://")) else ""
    return templates.TemplateResponse(request, "document.html", {
        "lang": ui, "t": STRINGS[ui], "doc": doc, "url": url,
        "before": text[:a], "quote": text[a:b], "after": text[b:]})


@router.get("/widget.js")
def widget_js() -> Response:
    return Response(widget_source(), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=300"})
