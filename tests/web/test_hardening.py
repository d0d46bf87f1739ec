"""HEAD like GET, content-free questions refused, a damaged pointer never kills the reload watcher."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from assistant import Assistant
from assistant.cli import app as cli
from tests.conftest import hash_assistant


@pytest.mark.parametrize("path", ["/", "/healthz", "/readyz", "/widget.js"])
def test_head_is_answered_like_get_without_a_body(client: TestClient, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize("question", ["?", "...!!!", "\u200b\u200b\u200b", "\x00\x00", "<b></b>", "<img src=x>",
                                      "\u200b?\u200b"])
def test_content_free_questions_are_refused_without_citations(client: TestClient, question: str) -> None:
    r = client.post("/api/ask", json={"question": question})
    assert r.status_code == 200 and r.json()["found"] is False and r.json()["citations"] == []
    assert r.json()["answer"] == "I could not find this in the documents."
    s = client.get("/api/search", params={"q": question})
    assert s.status_code == 200 and s.json()["results"] == []


def test_a_question_with_markup_and_invisible_characters_is_answered_from_its_words(client: TestClient) -> None:
    plain = client.post("/api/ask", json={"question": "What is SERN?"}).json()
    dressed = client.post("/api/ask", json={"question": "What is <b>SERN</b>\u200b?"}).json()
    assert dressed["found"] and [c["doc_id"] for c in dressed["citations"]] == [c["doc_id"] for c in plain["citations"]]


def test_malformed_json_is_422_and_non_utf8_is_400_as_documented(client: TestClient) -> None:
    bad_json = client.post("/api/ask", content=b'{"question": "x"', headers={"content-type": "application/json"})
    assert bad_json.status_code == 422 and "not valid JSON" in bad_json.json()["message"]
    not_utf8 = client.post("/api/ask", content=b"\xff\xfe\x00", headers={"content-type": "application/json"})
    assert not_utf8.status_code == 400
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "400 a body that is not UTF-8" in readme and "422 malformed JSON" in readme


def test_a_non_utf8_pointer_is_a_clear_error_and_the_watcher_keeps_watching(
        make_client: Callable[..., TestClient], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    client = make_client(reload_interval=0.1)
    state = client.app.state.ctx  # type: ignore[attr-defined]
    a = state.assistant
    before = a.index.version
    pointer = a.settings.index_dir / "CURRENT"
    good = pointer.read_bytes()
    pointer.write_bytes(b"\xff\xfe\x00 not a version")
    time.sleep(0.5)  # several watcher rounds meet the damaged pointer
    assert client.get("/api/search", params={"q": "SERN"}).status_code == 200  # still serving the old version
    fresh = Assistant(a.settings, embedder=a.embedder)  # a new CLI process: nothing loaded yet
    monkeypatch.setattr("assistant.cli._assistant", lambda: fresh)
    res = CliRunner().invoke(cli, ["search", "SERN"])
    assert res.exit_code == 4 and "CURRENT is damaged" in res.output and "Traceback" not in res.output
    pointer.write_bytes(good)
    a.ingest(a.settings.corpus_dir, rebuild=True)  # a new version: the watcher must still be alive to switch
    deadline = time.time() + 10
    while client.get("/readyz").json()["index_version"] == before and time.time() < deadline:
        time.sleep(0.1)
    assert client.get("/readyz").json()["index_version"] != before


def test_terminal_output_escapes_document_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a = hash_assistant(tmp_path)
    corpus = a.settings.corpus_dir
    (corpus / "odd.txt").write_text("Tricky [/bold] title [red]\n\nThe Tricky network [/bold] works on bridges.\n")
    a.ingest(corpus)
    monkeypatch.setattr("assistant.cli._assistant", lambda: a)
    res = CliRunner().invoke(cli, ["search", "Tricky network bridges"])
    assert res.exit_code == 0 and "[/bold]" in res.output


def test_an_ingest_that_changes_nothing_leaves_no_staged_files(tmp_path: Path) -> None:
    a = hash_assistant(tmp_path)
    stale = a.settings.index_dir / ".staging" / "old-key"
    stale.mkdir(parents=True)
    (stale / "x.npy").write_bytes(b"0")
    report = a.ingest()
    assert not report.changed and not (a.settings.index_dir / ".staging").exists()
