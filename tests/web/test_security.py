"""Limits, rate limiting, CORS, API key, headers, escaping and error hygiene."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import jinja2
import pytest
from fastapi.testclient import TestClient

from web.i18n import pick_language
from web.templating import env

ONE_MB = b'{"question": "' + b"a" * (1024 * 1024) + b'"}'


def test_one_megabyte_question_is_413_with_and_without_content_length(client: TestClient) -> None:
    r = client.post("/api/ask", content=ONE_MB, headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"] == "payload_too_large"
    assert "ASSISTANT_MAX_BODY_BYTES" in r.json()["message"]

    def chunked() -> Iterator[bytes]:  # no Content-Length: Transfer-Encoding chunked
        for i in range(0, len(ONE_MB), 65536):
            yield ONE_MB[i:i + 65536]

    r2 = client.post("/api/ask", content=chunked(), headers={"content-type": "application/json"})
    assert r2.status_code == 413 and r2.json()["request_id"]


def test_question_and_history_limits_are_422_with_the_limit_named(make_client: Callable[..., TestClient]) -> None:
    c = make_client(max_query_chars=50, max_history_turns=2)
    r = c.post("/api/ask", json={"question": "x" * 51})
    assert r.status_code == 422 and "limit is 50" in r.json()["message"]
    turns = [{"question": "What is SERN?"}] * 3
    r = c.post("/api/ask", json={"question": "And it?", "history": turns})
    assert r.status_code == 422 and "ASSISTANT_MAX_HISTORY_TURNS" in r.json()["message"]
    r = c.post("/api/ask", json={"question": "   "})
    assert r.status_code == 422 and "empty" in r.json()["message"]
    r = c.post("/api/ask", json={"question": "ok", "unknown": 1})
    assert r.status_code == 422 and r.json()["details"][0]["field"] == "unknown"
    r = c.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["message"]


def test_rate_limit_gives_429_with_retry_after(make_client: Callable[..., TestClient]) -> None:
    c = make_client(rate_limit=3)
    codes = [c.get("/api/search", params={"q": "SERN"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = c.get("/api/search", params={"q": "SERN"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "try again" in r.json()["message"]
    assert c.get("/healthz").status_code == 200  # health checks are not limited


def test_cors_closed_by_default_and_allowlisted_when_configured(make_client: Callable[..., TestClient]) -> None:
    pre = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    closed = make_client()
    r = closed.options("/api/ask", headers=pre)
    assert "access-control-allow-origin" not in r.headers
    r = closed.post("/api/ask", json={"question": "SERN"}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers

    c = make_client(cors_origins=["https://intranet.example"])
    ok = c.options("/api/ask", headers={**pre, "Origin": "https://intranet.example"})
    assert ok.headers["access-control-allow-origin"] == "https://intranet.example"
    bad = c.options("/api/ask", headers=pre)
    assert "access-control-allow-origin" not in bad.headers


def test_api_key_or_signed_in_session_never_an_origin_alone(make_client: Callable[..., TestClient]) -> None:
    c = make_client(api_key="s3cret", cors_origins=["https://intranet.example"])
    assert c.get("/api/search", params={"q": "SERN"}).status_code == 401
    assert c.get("/api/search", params={"q": "SERN"}, headers={"X-API-Key": "wrong"}).status_code == 401
    assert c.get("/api/search", params={"q": "SERN"}, headers={"X-API-Key": "s3cret"}).status_code == 200
    # bypass 1 (before): a forged Origin naming an allowed origin was let in
    assert c.get("/api/search", params={"q": "SERN"},
                 headers={"Origin": "https://intranet.example"}).status_code == 401
    # bypass 2 (before): one GET of the page minted a session that opened the API
    c.cookies.clear()
    page = c.get("/")
    assert page.status_code == 401 and 'action="/signin"' in page.text and "assistant_session" not in c.cookies
    assert c.get("/api/search", params={"q": "SERN"}).status_code == 401
    # bypass 3: a forged or expired cookie
    c.cookies.set("assistant_session", "forged.value")
    assert c.get("/api/search", params={"q": "SERN"}).status_code == 401
    c.cookies.clear()
    wrong = c.post("/signin", data={"key": "guess"})
    assert wrong.status_code == 401 and "assistant_session" not in c.cookies
    ok = c.post("/signin", data={"key": "s3cret", "lang": "sv"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/?lang=sv"
    assert c.get("/").status_code == 200  # signed in: the chat
    assert c.get("/api/search", params={"q": "SERN"}).status_code == 200
    assert "s3cret" not in page.text and "s3cret" not in c.get("/").text
    state = c.app.state.ctx  # type: ignore[attr-defined]
    nonce, _, _ = c.cookies["assistant_session"].split(".")
    expired = f"{nonce}.1.{state._sign(f'{nonce}.1')}"
    c.cookies.clear()
    c.cookies.set("assistant_session", expired)
    assert c.get("/api/search", params={"q": "SERN"}).status_code == 401


def test_without_a_key_the_page_and_api_stay_open(make_client: Callable[..., TestClient]) -> None:
    c = make_client()
    assert c.get("/").status_code == 200 and c.get("/api/search", params={"q": "SERN"}).status_code == 200


def test_a_sign_in_proxy_header_gives_a_session_only_when_configured(make_client: Callable[..., TestClient]) -> None:
    plain = make_client(api_key="s3cret")
    assert plain.get("/", headers={"X-Remote-User": "anna"}).status_code == 401  # not configured: ignored
    c = make_client(api_key="s3cret", trusted_user_header="X-Remote-User", forwarded_allow_ips="127.0.0.1")
    assert c.get("/").status_code == 401
    assert c.get("/", headers={"X-Remote-User": "anna"}).status_code == 200
    assert c.get("/api/search", params={"q": "SERN"}).status_code == 200


def test_random_api_keys_share_the_address_bucket(make_client: Callable[..., TestClient]) -> None:
    """Before, each unchecked X-API-Key got its own bucket: unlimited requests with a new key each time."""
    c = make_client(rate_limit=3)
    codes = [c.get("/api/search", params={"q": "SERN"}, headers={"X-API-Key": f"random{i}"}).status_code
             for i in range(4)]
    assert codes == [200, 200, 200, 429]
    keyed = make_client(rate_limit=3, api_key="s3cret")
    assert all(keyed.get("/api/search", params={"q": "SERN"}, headers={"X-API-Key": "s3cret"}).status_code == 200
               for _ in range(3))


def test_the_question_store_grows_at_most_the_daily_limit_per_client(make_client: Callable[..., TestClient]) -> None:
    c = make_client(store_daily_limit=2)
    ids = [c.post("/api/ask", json={"question": f"What is SERN {i}?"}).json()["answer_id"] for i in range(4)]
    assert ids[0] and ids[1] and ids[2:] == ["", ""]
    store = c.app.state.ctx.store  # type: ignore[attr-defined]
    assert len(store.rows("questions")) == 2


def test_security_headers_on_pages(make_client: Callable[..., TestClient]) -> None:
    c = make_client(frame_ancestors="'self' https://intranet.example")
    r = c.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'self' https://intranet.example" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text.replace('<script src="/widget.js"', "")  # no inline scripts at all
    js = c.get("/widget.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert "__STRINGS__" not in js.text and "N\\u00e4tverksassistent" in js.text
    assert "innerHTML" not in js.text  # everything is inserted as text


def test_page_language_from_browser_setting_or_parameter(client: TestClient) -> None:
    assert 'lang="sv"' in client.get("/", headers={"Accept-Language": "sv-SE,sv;q=0.9,en;q=0.5"}).text
    assert 'lang="nl"' in client.get("/?lang=nl").text
    assert 'lang="no"' in client.get("/", headers={"Accept-Language": "nb-NO"}).text
    assert pick_language("fr-FR, es;q=0.8") == "en"  # no pack has their interface strings: English
    # German, Danish and Finnish staff read the chat in their language (German was shown English, Danish Norwegian)
    assert pick_language("de-DE, fr;q=0.8") == "de" and pick_language("da-DK") == "da" and pick_language("fi") == "fi"
    page = client.get("/", headers={"Accept-Language": "da-DK,da;q=0.9"}).text
    assert 'lang="da"' in page and "Netværksassistent" in page
    assert pick_language("en;q=0.2, nl;q=0.9") == "nl"
    r = client.get("/?lang=<script>alert(1)</script>")
    assert r.status_code == 200 and "<script>alert" not in r.text


@pytest.mark.parametrize("name", ["page.html", "mail.txt", "snippet.jinja", "noext"])
def test_autoescape_for_every_template_extension(name: str) -> None:
    loader = jinja2.DictLoader({name: "{{ x }}"})
    e = env.overlay(loader=loader)
    assert e.get_template(name).render(x="<img src=x onerror=alert(1)>") == \
        "&lt;img src=x onerror=alert(1)&gt;"


def test_crash_is_generic_json_with_request_id_and_escaped_log(
        make_client: Callable[..., TestClient], caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    c = make_client()
    a = c.app.state.ctx.assistant  # type: ignore[attr-defined]

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret detail in /srv/private/path.py")

    monkeypatch.setattr(a, "ask_stream", boom)
    with caplog.at_level(logging.INFO):
        # CR/LF in the path (percent-encoded on the wire, decoded by the server) must not split log lines
        r = c.post("/api/ask/../ask\r\nX-Injected: 1".replace("\r\n", "%0D%0A"),
                   json={"question": "SERN\r\nFAKE LOG LINE"})
        r = c.post("/api/ask", json={"question": "SERN\r\nFAKE LOG LINE"})
    assert r.status_code == 500
    body = r.json()
    assert body["error"] == "internal_error" and body["request_id"] in body["message"]
    assert "secret" not in r.text and "/srv" not in r.text and "Traceback" not in r.text
    assert r.headers["x-request-id"] == body["request_id"]
    lines = [rec.getMessage() for rec in caplog.records if body["request_id"] in rec.getMessage()]
    assert lines, "the request id is in the log"
    for rec in caplog.records:
        assert "\nFAKE" not in rec.getMessage() and "\r" not in rec.getMessage()


def test_unknown_routes_and_methods_are_json(client: TestClient) -> None:
    r = client.get("/nope")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = client.put("/api/ask", json={})
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"
