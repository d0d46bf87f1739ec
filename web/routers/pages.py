"""The chat page and the widget script."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..deps import SESSION_COOKIE, State
from ..i18n import STRINGS, pick_language
from ..templating import templates

router = APIRouter(include_in_schema=False)
ASSETS = Path(__file__).resolve().parent.parent / "assets"


@lru_cache(maxsize=1)
def widget_source() -> str:
    src = (ASSETS / "widget.src.js").read_text(encoding="utf-8")
    # ensure_ascii keeps the literal safe inside JavaScript (U+2028 and friends are escaped).
    return src.replace("__STRINGS__", json.dumps(STRINGS, ensure_ascii=True, sort_keys=True))


@router.get("/", response_class=HTMLResponse)
def chat_page(request: Request, state: State,
              lang: str | None = None) -> Response:
    ui = pick_language(request.headers.get("accept-language", ""), state.settings.ui_language, lang)
    resp = templates.TemplateResponse(request, "chat.html", {"lang": ui, "t": STRINGS[ui], "languages": STRINGS})
    if not state.valid_session(request.cookies.get(SESSION_COOKIE)):
        resp.set_cookie(SESSION_COOKIE, state.new_session(), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/api")
    return resp


@router.get("/widget.js")
def widget_js() -> Response:
    return Response(widget_source(), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=300"})
