"""End to end through the CLI on the default corpus (slow: real model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    index = tmp_path_factory.mktemp("idx")
    e = {"ASSISTANT_INDEX_DIR": str(index), "ASSISTANT_CORPUS_DIR": str(CORPUS)}
    res = CliRunner().invoke(app, ["ingest"], env=e)
    assert res.exit_code == 0, res.output
    assert "Indexed 5 documents" in res.output
    return e


def run(env: dict[str, str], *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env=env)


def test_search_json_contract(env: dict[str, str]) -> None:
    res = run(env, "search", "Who is the contact for SERN?", "-k", "3", "--json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert len(rows) == 3
    for r in rows:
        assert {"doc_id", "title", "section", "text", "score"} <= set(r)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_ask_json_contract_and_grounding(env: dict[str, str]) -> None:
    res = run(env, "ask", "Which networks cover elderly care?", "--json")
    assert res.exit_code == 0, res.output
    a = json.loads(res.stdout)
    assert a["found"] is True
    assert {c["n"] for c in a["citations"]} == set(range(1, len(a["citations"]) + 1))
    docs = {p.stem: p for p in CORPUS.glob("*.txt")}
    assert any("ENSA" in c["section"] for c in a["citations"])
    for c in a["citations"]:
        assert {"n", "doc_id", "title", "section", "text", "start", "end"} <= set(c)
        assert c["quote"] in c["text"]
        assert c["doc_id"] in docs
        assert f"[{c['n']}]" in a["answer"]


def test_cross_lingual_english_question_finds_swedish_passage(env: dict[str, str]) -> None:
    rows = json.loads(run(env, "search", "When did Växjö sign the Covenant of Mayors?", "--json").stdout)
    assert rows[0]["section"] == "Borgmästaravtalet"


def test_refusal_for_unrelated_question(env: dict[str, str]) -> None:
    a = json.loads(run(env, "ask", "Vem vann fotbolls-VM 2018?", "--json").stdout)
    assert a["found"] is False and a["citations"] == []
    assert "kunde inte hitta" in a["answer"]


def test_bad_input_gives_clear_errors(env: dict[str, str], tmp_path: Path) -> None:
    res = run(env, "ask", "   ")
    assert res.exit_code == 2 and "empty" in res.output
    res = run(env, "search", "x" * 100_000)
    assert res.exit_code == 2 and "limit" in res.output
    res = run(env, "ingest", str(tmp_path / "missing"))
    assert res.exit_code != 0 and "does not exist" in res.output
    # the failed ingest left the live index untouched
    assert run(env, "search", "SERN", "--json").exit_code == 0


def test_bad_setting_is_named(env: dict[str, str]) -> None:
    res = run({**env, "ASSISTANT_TOP_K": "zero"}, "search", "SERN")
    assert res.exit_code == 2 and "ASSISTANT_TOP_K" in res.output


def test_eval_command_reports_scores(env: dict[str, str], tmp_path: Path) -> None:
    qfile = tmp_path / "q.jsonl"
    qfile.write_text(json.dumps({"id": "x", "question": "When did Växjö sign the Covenant of Mayors?",
                                 "language": "en", "doc_ids": ["004_3b9055c6e4860be3"], "evidence": "2008",
                                 "answer_terms": ["2008"], "answerable": True}) + "\n")
    res = run(env, "eval", str(qfile), "--out", str(tmp_path / "rep"))
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "rep" / "report.json").read_text())["metrics"]["hybrid"]["mrr@10"] == 1.0
    assert "hybrid" in res.output and "mrr@10" in res.output
    (tmp_path / "bad.jsonl").write_text("{not json\n")
    res = run(env, "eval", str(tmp_path / "bad.jsonl"))
    assert res.exit_code == 2 and "bad.jsonl:1" in res.output
