"""The CLI's own surface, without the model: version, help text, progress output."""

from __future__ import annotations

import io
import re
from importlib.metadata import version

from typer.testing import CliRunner

from assistant.cli import Progress, app


def test_version_is_printed() -> None:
    res = CliRunner().invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"municipal-assistant {version('municipal-assistant')}"


def test_help_has_no_type_tags_after_flags() -> None:
    for args in (["--help"], ["ingest", "--help"], ["eval", "--help"], ["docs", "--help"]):
        res = CliRunner().invoke(app, args)
        assert res.exit_code == 0, args
        assert "<bool>" not in res.stdout and "BOOLEAN" not in res.stdout, args
    assert "--rebuild" in CliRunner().invoke(app, ["ingest", "--help"]).stdout


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_is_plain_lines_every_ten_percent_off_a_terminal() -> None:
    stream = _Stream(tty=False)
    p = Progress("Embedding", "documents", stream)
    for done in range(1, 101):
        p.update_to(done, 100)
    p.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 11 and all(  # the first update, then every 10 %
        re.fullmatch(r"Embedding: \d+/100 documents \(\d+ %, \d+ s\)", x) for x in lines)
    assert "\r" not in stream.getvalue() and lines[-1].startswith("Embedding: 100/100")


def test_progress_is_a_bar_on_a_terminal() -> None:
    stream = _Stream(tty=True)
    p = Progress("Embedding", "documents", stream)
    p.update_to(5, 10)
    p.close()
    assert "\r" in stream.getvalue() or "|" in stream.getvalue()


def test_serve_on_a_busy_port_fails_before_saying_it_serves(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        res = CliRunner().invoke(app, ["serve", "--host", "127.0.0.1", "--port", str(port)],
                                 env={"ASSISTANT_INDEX_DIR": str(tmp_path / "index"),
                                      "ASSISTANT_DATA_DIR": str(tmp_path / "data")})
    assert res.exit_code == 6, res.output
    assert "Serving" not in res.output and f"127.0.0.1:{port}" in res.output and "ASSISTANT_PORT" in res.output


def test_default_paths_are_the_projects_from_any_folder(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from assistant.cli import DEFAULT_QUESTIONS
    from assistant.settings import Settings

    monkeypatch.chdir(tmp_path)
    assert DEFAULT_QUESTIONS.is_file() and Settings().corpus_dir.is_dir()


def test_ingest_says_what_it_does_before_the_first_document_is_embedded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    res = CliRunner().invoke(app, ["ingest", str(tmp_path / "missing")],
                             env={"ASSISTANT_INDEX_DIR": str(tmp_path / "index")})
    assert f"Reading {tmp_path / 'missing'}" in res.output  # said first, even when the folder then fails
    assert res.exit_code == 4


def test_bench_names_the_backends_it_knows(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path))
    res = CliRunner().invoke(app, ["bench", "--backends", "onnx,tensorrt"])
    assert res.exit_code == 2
    assert "unknown backend tensorrt; choose from torch, onnx, onnx-int8" in " ".join(res.output.split())


def test_bench_takes_a_precision_after_the_backend_and_names_the_valid_ones(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path))
    res = CliRunner().invoke(app, ["bench", "--backends", "onnx+bf16,onnx+fp8"])
    assert res.exit_code == 2
    said = " ".join(res.output.split())
    assert "unknown backend onnx+fp8;" in said and "optionally with +fp32 or +bf16 or +auto" in said


def test_a_citation_line_names_what_is_known_once() -> None:
    """A page without headings has its title as its section, and a page without a publisher has none: the line said
    "Aino Kivimäki … › Aino Kivimäki … (, kivimaki, chars …)"."""
    from assistant.cli import citation_line
    from assistant.types import Passage

    bare = Passage(id="k#1", doc_id="kivimaki", text="x", title="Aino Kivimäki", section="Aino Kivimäki",
                   language="fi", start=5, end=9)
    assert citation_line(bare) == "Aino Kivimäki (kivimaki, chars 5-9)"
    full = Passage(id="s#2", doc_id="sern", text="x", title="SERN", section="Kontakt", language="sv", start=0, end=3,
                   publisher="Vänersborgs kommun", page=2)
    assert citation_line(full) == "SERN › Kontakt (Vänersborgs kommun, sern, page 2, chars 0-3)"
