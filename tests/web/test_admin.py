"""The admin view: behind its own token, lists documents, failed files, questions and votes; CSV export."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from fastapi.testclient import TestClient
from pydantic import SecretStr

TOKEN = "admin-token-for-tests-9f2"


def _admin(make_client: Callable[..., TestClient], **kw: object) -> TestClient:
    return make_client(admin_token=SecretStr(TOKEN), **kw)


def test_off_without_a_token_and_closed_without_signing_in(make_client: Callable[..., TestClient]) -> None:
    off = make_client()
    r = off.get("/admin")
    assert r.status_code == 404 and "ASSISTANT_ADMIN_TOKEN" in r.json()["message"]
    c = _admin(make_client, api_key="staff-key")
    assert c.get("/admin").status_code == 401  # the sign-in form
    assert c.get("/admin/questions.csv").status_code == 401
    assert c.post("/admin/signin", data={"token": "wrong"}).status_code == 401
    # a staff session (signing in with the API key) does not open the admin view
    c.post("/signin", data={"key": "staff-key"})
    assert c.get("/admin").status_code == 401
    # the token is never in a page served to staff
    assert TOKEN not in c.get("/").text and TOKEN not in c.get("/widget.js").text


def test_documents_failed_files_questions_votes_filters_and_csv(make_client: Callable[..., TestClient]) -> None:
    c = _admin(make_client)
    assistant = c.app.state.ctx.assistant  # type: ignore[attr-defined]
    (assistant.settings.corpus_dir / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    assistant.ingest()  # the nightly run: the broken file is reported, the rest stays indexed
    up = c.post("/api/ask", json={"question": "Who is the contact for SERN?"}).json()
    down = c.post("/api/ask", json={"question": "=Vem är ordförande i ENSA?"}).json()
    c.post("/api/ask", json={"question": "Wat is Vilans?"})
    c.post("/api/feedback", json={"answer_id": up["answer_id"], "rating": "up"})
    c.post("/api/feedback", json={"answer_id": down["answer_id"], "rating": "down", "comment": "wrong"})
    r = c.post("/admin/signin", data={"token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303 and "assistant_admin" in r.headers["set-cookie"]
    assert "Path=/admin" in r.headers["set-cookie"] and "HttpOnly" in r.headers["set-cookie"]
    page = c.get("/admin")
    assert page.status_code == 200
    html = page.text
    assert "Indexed documents (6)" in html and "Vänersborgs kommun" in html  # the documents, with publisher
    assert "Files that failed" in html and "broken.pdf" in html and "failed 1" in html
    assert "Who is the contact for SERN?" in html and "Wat is Vilans?" in html
    only_down = c.get("/admin", params={"vote": "down"}).text
    assert "Vem är ordförande i ENSA?" in only_down and "Who is the contact for SERN?" not in only_down
    only_nl = c.get("/admin", params={"language": "nl"}).text
    assert "Wat is Vilans?" in only_nl and "Who is the contact for SERN?" not in only_nl
    assert c.get("/admin", params={"vote": "maybe"}).status_code == 422
    out = c.get("/admin/questions.csv", params={"vote": "down"})
    assert out.status_code == 200 and out.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(out.text)))
    assert [(r["question"], r["vote"], r["comment"]) for r in rows] == [
        ("'=Vem är ordförande i ENSA?", "down", "wrong")]
