"""JSON API: answers, streaming, search, feedback and its persistence (trigram embedder)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from assistant.cli import app as cli


def test_health_and_ready_report_counts(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    r = client.get("/readyz").json()
    assert r["status"] == "ready" and r["documents"] == 6 and r["chunks"] > 6 and r["model"] == "test-hash"


def test_not_ready_without_index(make_client: Callable[..., TestClient], tmp_path: Path) -> None:
    c = make_client(index_dir=tmp_path / "empty")
    r = c.get("/readyz")
    assert r.status_code == 503 and "assistant ingest" in r.json()["message"]
    r = c.post("/api/ask", json={"question": "SERN?"})
    assert r.status_code == 503 and r.json()["error"] == "not_ready" and r.headers["retry-after"]


def test_ask_returns_grounded_citations(client: TestClient) -> None:
    r = client.post("/api/ask", json={"question": "Vilka nätverk arbetar med äldreomsorg?", "details": True})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["found"] and body["citations"] and len(body["answer_id"]) == 32
    for c in body["citations"]:
        assert c["quote"] in c["text"] and f"[{c['n']}]" in body["answer"]
        assert c["text"][c["quote_start"] - c["start"]:c["quote_end"] - c["start"]] == c["quote"]
    assert body["passages"] and {"keyword", "dense", "fused"} <= set(body["passages"][0]["scores"])
    plain = client.post("/api/ask", json={"question": "Vilka nätverk arbetar med äldreomsorg?"}).json()
    assert plain["passages"] == []


def test_a_typo_is_read_as_the_documents_word_and_can_be_asked_as_typed(client: TestClient) -> None:
    """The answer says how the question was read, so that a reader can ask what they typed instead."""
    typed, meant = "When was the Sweden Emilia Romagna Netwrok founded?", \
        "When was the Sweden Emilia Romagna Network founded?"
    read = client.post("/api/ask", json={"question": typed}).json()
    written = client.post("/api/ask", json={"question": meant}).json()
    assert read["read_as"] == meant and written["read_as"] == ""
    assert read["answer"] == written["answer"] and read["found"]
    as_typed = client.post("/api/ask", json={"question": typed, "as_typed": True}).json()
    assert as_typed["read_as"] == ""
    found = client.get("/api/search", params={"q": typed}).json()
    assert found["read_as"] == meant and found["query"] == typed
    assert client.get("/api/search", params={"q": typed, "as_typed": True}).json()["read_as"] == ""
    last = client.post("/api/ask/stream", json={"question": typed}).text.strip().split("\n\n")[-1]
    event, data = (line.split(": ", 1)[1] for line in last.split("\n"))
    assert event == "done" and json.loads(data)["read_as"] == meant


def test_a_refusal_names_the_documents_that_came_closest(client: TestClient) -> None:
    """Not answered, the reader is told where to look: the best passages' documents, each once, best first."""
    body = client.post("/api/ask", json={"question": "What is the budget of SERN?", "details": True}).json()
    assert not body["found"] and body["citations"] == []
    docs = list(dict.fromkeys(p["doc_id"] for p in body["passages"]))
    assert [d["doc_id"] for d in body["nearest"]] == docs[:3] and len(docs) > 1
    titles = {p["doc_id"]: p["title"] for p in reversed(body["passages"])}
    assert all(d["title"] == titles[d["doc_id"]] and d["language"] for d in body["nearest"])
    # an answer's sources are its citations; a question with nothing to search names none
    assert client.post("/api/ask", json={"question": "Vilka nätverk arbetar med äldreomsorg?"}).json()["nearest"] == []
    assert client.post("/api/ask", json={"question": "?"}).json()["nearest"] == []


def test_an_answer_takes_one_trip_to_an_inference_worker(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each trip is a hand-off through the event loop (a third of the server's busy time under load): a whole
    answer is one trip, not one per streamed item (load, 20 clients: 50.6, 56.1, 63.7 -> 56.5, 61.0, 66.1/s)."""
    from web.routers import ask

    trips: list[object] = []
    real = ask.on_worker

    async def counted(state: object, fn: Callable[[], object]) -> object:
        trips.append(fn)
        return await real(state, fn)  # type: ignore[arg-type]

    monkeypatch.setattr(ask, "on_worker", counted)
    r = client.post("/api/ask", json={"question": "Vilka nätverk arbetar med äldreomsorg?"})
    assert r.status_code == 200 and r.json()["found"]
    assert len(trips) == 1


def test_filters_scope_the_answer(client: TestClient) -> None:
    r = client.post("/api/ask", json={"question": "network", "filters": {"publisher": "Vilans"}}).json()
    assert r["citations"] and {c["publisher"] for c in r["citations"]} == {"Vilans"}
    s = client.get("/api/search", params={"q": "network", "k": 3, "language": "nl"}).json()
    assert len(s["results"]) == 3 and {p["language"] for p in s["results"]} == {"nl"}
    assert [p["rank"] for p in s["results"]] == [1, 2, 3]


def test_stream_sends_citations_then_answer_text(client: TestClient) -> None:
    q = {"question": "Who coordinates SOSEVO?"}
    with client.stream("POST", "/api/ask/stream", json=q) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        raw = "".join(r.iter_text())
    events = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        events.append((lines["event"], json.loads(lines["data"])))
    names = [e for e, _ in events]
    assert names[0] == "meta" and names[1] == "citations" and names[-1] == "done"
    assert set(names[2:-1]) == {"delta"}
    meta, done = events[0][1], events[-1][1]
    assert "".join(d["text"] for e, d in events if e == "delta") == done["answer"]
    assert events[1][1] == done["citations"] and done["answer_id"]
    # what was read: the cited documents are among the sources named as soon as retrieval was done
    assert meta["found"] and meta["language"] == "en" and meta["generator"] == "extractive"
    assert {c["doc_id"] for c in done["citations"]} <= {s["doc_id"] for s in meta["sources"]}


def test_a_refusal_streams_no_sources(client: TestClient) -> None:
    with client.stream("POST", "/api/ask/stream", json={"question": "?"}) as r:
        raw = "".join(r.iter_text())
    events = [(b.split("\n")[0][7:], json.loads(b.split("\n")[1][6:])) for b in raw.strip().split("\n\n")]
    assert events[0] == ("meta", {"found": False, "language": events[0][1]["language"], "generator": "extractive",
                                  "sources": []})
    assert events[-1][0] == "done" and not events[-1][1]["found"]


def test_feedback_persists_across_restart_and_exports(make_client: Callable[..., TestClient],
                                                      tmp_path: Path) -> None:
    c = make_client()
    ans = c.post("/api/ask", json={"question": "=cmd| Who is the contact for SERN?"}).json()
    r = c.post("/api/feedback", json={"answer_id": ans["answer_id"], "rating": "down", "comment": "wrong person"})
    assert r.status_code == 201 and r.json()["rating"] == "down"
    bad = c.post("/api/feedback", json={"answer_id": "nope", "rating": "up"})
    assert bad.status_code == 404 and "answer_id" in bad.json()["message"]
    c.__exit__(None, None, None)  # server stops

    c2 = make_client()  # a new server on the same data directory
    r = c2.post("/api/feedback", json={"answer_id": ans["answer_id"], "rating": "up"})
    assert r.status_code == 201
    env = {"ASSISTANT_DATA_DIR": str(tmp_path / "data")}
    out = CliRunner().invoke(cli, ["export", "feedback", "--format", "json"], env=env)
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    # one vote per answer: the later vote changed the row, the comment stayed
    assert [(x["rating"], x["comment"]) for x in rows] == [("up", "wrong person")]
    csv_out = CliRunner().invoke(cli, ["export", "questions", "--format", "csv"], env=env)
    assert csv_out.exit_code == 0
    assert "'=cmd| Who is the contact for SERN?" in csv_out.stdout  # no spreadsheet formula
    bad_fmt = CliRunner().invoke(cli, ["export", "feedback", "--format", "xml"], env=env)
    assert bad_fmt.exit_code == 2 and "csv or json" in bad_fmt.output


def test_threads_split_cores_between_workers() -> None:
    import torch

    from assistant import Settings
    from assistant.threads import cores
    from web.app import configure_threads, restore_threads

    per, before = configure_threads(Settings(inference_workers=2))
    try:
        assert per == max(1, cores() // 2) and torch.get_num_threads() == per
    finally:
        restore_threads(before)
    per, before = configure_threads(Settings(inference_workers=1, threads=1))
    restore_threads(before)
    assert per == 1


def test_threads_follow_the_cores_the_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """A container limited to 4 of a host's 16 cores gives each of 2 workers 2 threads, not 8."""
    import os

    from assistant import Settings
    from web.app import configure_threads, restore_threads

    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    per, before = configure_threads(Settings(inference_workers=2))
    restore_threads(before)
    assert per == 2


def test_every_interface_language_has_every_string() -> None:
    from web.i18n import STRINGS

    keys = set(STRINGS["en"])
    assert {"sv", "no", "nl"} <= set(STRINGS)
    for lang, table in STRINGS.items():
        assert set(table) == keys, (lang, keys ^ set(table))
        assert all(v.strip() for v in table.values())


def test_every_interface_language_can_be_set() -> None:
    """ASSISTANT_UI_LANGUAGE offers exactly the languages the packs have interface strings for: German, Danish and
    Finnish gained them and could not be chosen."""
    import typing

    from assistant import Settings
    from web.i18n import STRINGS

    assert set(typing.get_args(Settings.model_fields["ui_language"].annotation)) == {"auto", *STRINGS}
    assert {"da", "de", "fi"} <= set(STRINGS)


def test_the_whole_document_page_marks_the_quote_and_names_unknown_ids(client: TestClient) -> None:
    body = client.post("/api/ask", json={"question": "Vilka nätverk arbetar med äldreomsorg?"}).json()
    c = body["citations"][0]
    r = client.get(f"/documents/{c['doc_id']}", params={"start": c["quote_start"], "end": c["quote_end"]})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    marked = r.text.split('<mark id="quote">')[1].split("</mark>")[0]
    import html

    assert html.unescape(marked) == c["quote"]
    assert c["title"].split()[0] in r.text
    # out-of-range offsets are clamped, markup in documents stays text
    assert client.get(f"/documents/{c['doc_id']}", params={"start": -5, "end": 10**9}).status_code == 200
    missing = client.get("/documents/no-such-document")
    assert missing.status_code == 404 and "no-such-document" in missing.json()["message"]


def test_the_whole_document_page_needs_a_session_when_a_key_is_set(make_client: Callable[..., TestClient]) -> None:
    c = make_client(api_key="s3cret-key-for-tests")
    doc_id = next(iter(c.app.state.ctx.assistant.snapshot.index.documents))  # type: ignore[attr-defined]
    assert c.get(f"/documents/{doc_id}").status_code == 401
    assert c.get(f"/documents/{doc_id}", headers={"X-API-Key": "s3cret-key-for-tests"}).status_code == 200


def test_a_second_vote_changes_the_first_and_keeps_its_comment(client: TestClient) -> None:
    ans = client.post("/api/ask", json={"question": "Who is the contact for SERN?"}).json()
    first = client.post("/api/feedback", json={"answer_id": ans["answer_id"], "rating": "up", "comment": "ok"})
    second = client.post("/api/feedback", json={"answer_id": ans["answer_id"], "rating": "down"})
    assert first.json()["id"] == second.json()["id"]
    store = client.app.state.ctx.store  # type: ignore[attr-defined]
    rows = [r for r in store.rows("feedback") if r["answer_id"] == ans["answer_id"]]
    assert [(r["rating"], r["comment"]) for r in rows] == [("down", "ok")]


def test_the_chat_offers_retrieval_details_only_when_turned_on(make_client: Callable[..., TestClient]) -> None:
    assert 'data-details="false"' in make_client().get("/").text
    assert 'data-details="true"' in make_client(show_details=True).get("/").text


def test_a_pages_site_is_shown_as_its_publisher_and_filters_on_it(tmp_path: Path) -> None:
    """A municipal page that names its municipality only in its <title> ("Skoleskyss | Brekkestad kommune") is cited,
    listed and shown under that name, and the publisher filter finds it (ledger set: the citations named no one)."""
    from assistant import Assistant, Settings
    from tests.conftest import HashEmbedder
    from web import create_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "skoleskyss.html").write_text(
        "<html lang='no'><head><meta charset='utf-8'><title>Skoleskyss | Brekkestad kommune</title></head><body>"
        "<main><h1>Skoleskyss</h1><p>Skoleskyssen kjøres av Fjordbuss. Mister eleven busskortet, koster et nytt kort "
        "200 kroner.</p></main></body></html>", encoding="utf-8")
    settings = Settings(index_dir=tmp_path / "index", data_dir=tmp_path / "data", model="test-hash",
                        corpus_dir=corpus, rate_limit=0, min_answer_score=0.2)
    a = Assistant(settings, embedder=HashEmbedder())
    a.ingest()
    with TestClient(create_app(settings, a)) as client:
        page = client.get("/documents/skoleskyss")
        assert page.status_code == 200 and "Brekkestad kommune" in page.text
        assert client.get("/api/overview").json()["publishers"] == ["Brekkestad kommune"]
        hits = client.get("/api/search", params={"q": "busskort", "publisher": "Brekkestad kommune"}).json()["results"]
        assert hits and all(h["publisher"] == "Brekkestad kommune" for h in hits)
        other = client.get("/api/search", params={"q": "busskort", "publisher": "Fjordvik kommune"})
        assert other.json()["results"] == []
