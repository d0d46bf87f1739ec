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
