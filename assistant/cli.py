"""Command line: `assistant ingest | search | ask | bench`."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from assistant.errors import EXIT_BELOW, EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_PORT, EXIT_USAGE, AssistantError
from assistant.settings import PROJECT_ROOT

if TYPE_CHECKING:
    from assistant.types import Passage

DEFAULT_QUESTIONS = PROJECT_ROOT / "eval" / "questions" / "default.jsonl"

# Plain click help: typer's rich panels print "<bool>" after every flag with click 8.5.
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Offline multilingual assistant that answers from documents with citations.")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)



def _assistant() -> Any:
    from assistant.assistant import Assistant
    from assistant.settings import Settings

    try:
        return Assistant.from_settings(Settings())
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "ASSISTANT_" + str(first["loc"][0]).upper() if first["loc"] else "settings"
        err.print(f"[red]Invalid setting {name}:[/red] {escape(str(first['msg']))} "
                  f"(got {escape(repr(first.get('input')))})")
        raise typer.Exit(EXIT_USAGE) from None
    except AssistantError as exc:
        _fail(str(exc), exc.exit_code)


class Progress:
    """A progress bar on a terminal; elsewhere (a log file, a cron mail) a plain line every 10 %, no bar."""

    def __init__(self, desc: str, unit: str, stream: Any = None) -> None:
        self.desc, self.unit = desc, unit
        self.stream = stream or sys.stderr
        self.n = 0
        self._bar: Any = None
        self._next = 0.0
        self._t0 = time.perf_counter()

    def update_to(self, done: int, total: int) -> None:
        if self.stream.isatty():
            if self._bar is None:
                from tqdm import tqdm

                self._bar = tqdm(total=total, unit=self.unit, desc=self.desc, file=self.stream)
            self._bar.update(done - self._bar.n)
        elif total and (done / total >= self._next or done == total):
            pct = 100 * done // total
            self.stream.write(f"{self.desc}: {done}/{total} {self.unit} ({pct} %, "
                              f"{time.perf_counter() - self._t0:.0f} s)\n")
            self.stream.flush()
            self._next = (pct // 10 + 1) / 10
        self.n = done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _port_free(host: str, port: int) -> None:
    """Fail before saying "Serving on …" when the address is taken (exit 6), instead of after it."""
    import socket

    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError as exc:
        _fail(f"Cannot listen on {host}:{port}: {exc.strerror or exc}. Another server (perhaps another assistant) "
              f"uses the port; stop it or choose another with --port or ASSISTANT_PORT.", EXIT_PORT)


def _loading(assistant: Any) -> Any:
    """Say so on a terminal while the model loads (seconds on a cold cache); stdout stays the answer alone."""
    if sys.stderr.isatty():
        err.print("Loading the index and the model…", style="dim", highlight=False)
    return assistant


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        out.print(f"municipal-assistant {version('municipal-assistant')}", highlight=False)
        raise typer.Exit(EXIT_OK)


def _fail(msg: str, code: int = EXIT_FAILED) -> None:
    err.print(f"[red]Error:[/red] {escape(msg)}", highlight=False)
    raise typer.Exit(code)


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show debug logs.")] = False,
         version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "sentence_transformers", "transformers", "httpx", "huggingface_hub"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.ERROR)


def citation_line(p: Passage) -> str:
    """Where a quote comes from: title › section (once when they are the same: a page without headings), then the
    publisher when known, the document, page and characters ("(, kivimaki, …)" said an empty publisher)."""
    where = p.title if not p.section or p.section == p.title else f"{p.title} › {p.section}"
    parts = [x for x in (p.shown_publisher, p.doc_id + (f", page {p.page}" if p.page else "")) if x]
    return f"{where} ({', '.join(parts)}, chars {p.start}-{p.end})"

@app.command()
def ingest(path: Annotated[Path | None, typer.Argument(help="File or folder (default: corpus/)")] = None,
           rebuild: Annotated[bool, typer.Option("--rebuild", help="Ignore the previous index and embed "
                                                 "everything again")] = False,
           replace: Annotated[bool, typer.Option("--replace", help="Let a different folder replace the one the "
                                                  "index mirrors (its documents are removed)")] = False,
           verify: Annotated[bool, typer.Option("--verify", help="Check the live version against its checksums "
                                                "first; a damaged one is rebuilt from the folder (reusing staged "
                                                "embeddings)")] = False,
           strict: Annotated[bool, typer.Option("--strict", help="Exit 3 whenever a file fails, also when "
                                                "nothing else changed (default: a warning and exit 0 then)")] = False,
           ray: Annotated[bool, typer.Option("--ray", help="Read and embed on Ray (ASSISTANT_RAY_WORKERS embedding "
                                             "actors): a local instance, or the cluster of --ray-address")] = False,
           ray_address: Annotated[str | None, typer.Option(
               "--ray-address", help="Join this Ray cluster (ray://head:10001, auto) instead of starting one; "
               "implies --ray")] = None,
           ) -> None:
    """Sync the index with a folder: embed new and changed files, drop deleted ones (atomic switch)."""
    from assistant.errors import IndexUnavailable

    assistant = _assistant()
    if verify:
        try:
            live = assistant.backend.open(assistant.settings)
            out.print(f"Index {live.version}: {live.integrity}", highlight=False, markup=False)
        except IndexUnavailable as exc:
            err.print(f"Index check failed: {exc}", highlight=False, markup=False)
            err.print("Rebuilding from the folder.", highlight=False)
            rebuild = True
    bar = Progress("Embedding", "documents")
    progress = bar.update_to
    # From the first second: reading and comparing the folder, then loading the model, come before the first
    # embedded document.
    err.print(f"Reading {path or assistant.settings.corpus_dir} and comparing it with the index…",
              highlight=False, markup=False)

    pool = None
    if ray or ray_address:
        from assistant.ingest.ray_pool import RayPool

        pool = RayPool(assistant.settings, ray_address)
    try:
        report = _run_query(lambda: assistant.ingest(path, progress=progress, rebuild=rebuild, replace=replace,
                                                     pool=pool))
    except typer.Exit:
        raise  # already reported (click's Exit is a RuntimeError too)
    except (OSError, RuntimeError) as exc:
        _fail(str(exc))
        return
    finally:
        bar.close()
        if pool is not None:
            pool.close()
    rate = f", {report.embedded_chunks / report.embed_seconds:.1f} chunks/s embedding" \
        if report.embed_seconds > 0 else ""
    if report.reused_vectors:
        rate += f" ({report.reused_vectors} repeated texts embedded once)"
    out.print(f"added {len(report.added)}, updated {len(report.updated)}, removed {len(report.removed)}, "
              f"unchanged {report.unchanged}, failed {len(report.skipped)}"
              + (f" (resumed {report.resumed} from an interrupted run)" if report.resumed else ""), highlight=False)
    verb = "Indexed" if report.changed else "Index unchanged:"
    out.print(f"{verb} {report.documents} documents as {report.chunks} chunks in {report.seconds:.1f} s"
              f"{rate} -> {report.index_path}", highlight=False)
    for s in report.skipped:
        out.print(f"  failed {s.path}: {s.reason}", highlight=False, markup=False)
    for s in report.warnings:
        out.print(f"  warning {s.path}: {s.reason}", highlight=False, markup=False)
    if report.skipped and not report.changed and not strict:
        # Nothing else changed: a file that keeps failing must not fail every nightly run.
        err.print(f"Warning: {len(report.skipped)} file(s) failed and the index was kept as it is "
                  f"({report.index_path}); --strict makes this exit 3.", highlight=False, markup=False)
        raise typer.Exit(EXIT_OK)
    raise typer.Exit(EXIT_PARTIAL if report.skipped else EXIT_OK)


docs_app = typer.Typer(help="List or remove indexed documents.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(docs_app, name="docs")


@docs_app.command("list")
def docs_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Documents in the live index: id, chunks, language, title, source file."""
    a = _assistant()
    index = _run_query(lambda: a.index)
    counts: dict[str, int] = {}
    for p in index.passages:
        counts[p.doc_id] = counts.get(p.doc_id, 0) + 1
    rows = [{"doc_id": d.doc_id, "chunks": counts.get(d.doc_id, 0), "language": d.language, "title": d.title,
             "publisher": d.shown_publisher, "source": d.source or d.path, "sha256": d.sha256[:12]}
            for d in index.documents.values()]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        out.print(f"{r['doc_id']}  {r['chunks']:>4} chunks  {r['language']}  {r['title']}  ({r['source']})",
                  highlight=False, markup=False)
    out.print(f"{len(rows)} documents, {len(index.passages)} chunks, version {index.version} ({index.integrity})",
              highlight=False, markup=False)


@docs_app.command("remove")
def docs_remove(doc_ids: Annotated[list[str], typer.Argument(help="Document ids (see docs list)")]) -> None:
    """Remove documents from the index (a new version; the files themselves are not touched)."""
    a = _assistant()
    n = _run_query(lambda: a.remove_documents(doc_ids))
    out.print(f"Removed {n} document(s). A later ingest of a folder that still holds the file adds it back.",
              highlight=False)


def _echo(items: Any) -> Any:
    """Print verified sentences of a generated answer as they arrive; pass every item on."""
    for item in items:
        if isinstance(item, str):
            out.print(item, end="", highlight=False, markup=False)
            out.file.flush()
        yield item


def _run_query(fn: Callable[[], Any]) -> Any:
    """Run `fn`; an AssistantError ends the command with its message and its own exit code."""
    try:
        return fn()
    except AssistantError as exc:
        _fail(str(exc), exc.exit_code)


@app.command()
def search(query: Annotated[str, typer.Argument(help="Search words or a question")],
           k: Annotated[int, typer.Option("-k", min=1, max=100, help="Number of passages")] = 5,
           as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False) -> None:
    """Ranked passages for a query."""
    from assistant.serialize import passage_json

    assistant = _loading(_assistant())
    passages = _run_query(lambda: assistant.search(query, k))
    if as_json:
        print(json.dumps([{"rank": i + 1, **passage_json(p)} for i, p in enumerate(passages)],
                         ensure_ascii=False, indent=2))
        return
    for i, p in enumerate(passages, 1):
        out.print(f"[bold]{i}. {escape(p.title)}[/bold] › {escape(p.section)}  "
                  f"[dim]({escape(p.shown_publisher)}, {p.language}, score {p.score:.3f})[/dim]", highlight=False)
        out.print("   " + " ".join(p.text.split())[:400], highlight=False, markup=False)


@app.command()
def ask(question: Annotated[str, typer.Argument(help="A question in any language")],
        as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False,
        as_typed: Annotated[bool, typer.Option("--as-typed", help="Read no word of the question as the "
                                               "documents' word one typo away")] = False) -> None:
    """Answer a question with cited passages, or say that the documents do not cover it."""
    assistant = _loading(_assistant())
    if as_json:
        answer = _run_query(lambda: assistant.ask(question, as_typed=as_typed))
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return
    from assistant.types import Answer

    items = _run_query(lambda: assistant.ask_stream(question, as_typed=as_typed))
    streamed = ""
    answer = None
    for item in _run_query(lambda: list(_echo(items))):
        if isinstance(item, str):
            streamed += item
        elif isinstance(item, Answer):
            answer = item
    assert answer is not None
    if streamed and answer.answer != streamed:  # the generated text was replaced by the quoted answer
        out.print()
        err.print(f"(the generated answer was replaced: {answer.fallback})", highlight=False, markup=False)
    if answer.read_as:
        err.print(f"(read as: {answer.read_as}; --as-typed to search what was typed)", highlight=False, markup=False)
    if answer.answer != streamed:
        out.print(answer.answer, highlight=False, markup=False)
    else:
        out.print()
    if answer.generator != "extractive" or answer.fallback:
        err.print(f"generator: {answer.generator}, sentences dropped by verification: {len(answer.dropped)}"
                  + (f" ({answer.fallback})" if answer.fallback and not streamed else ""),
                  highlight=False, markup=False)
    if answer.citations:
        out.print()
        for c in answer.citations:
            out.print(f"[{c.n}] {citation_line(c.passage)}", highlight=False, markup=False)


@app.command("eval")
def evaluate_cmd(
    questions: Annotated[Path, typer.Argument(help="Question set: .jsonl, .csv or .yaml (default: the project's "
                                              "eval/questions/default.jsonl, from any folder)")] = DEFAULT_QUESTIONS,
    mode: Annotated[str, typer.Option(help="bm25, dense, rrf, hybrid or all")] = "hybrid",
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="Cut-off for recall and the failure list")] = 10,
    out_dir: Annotated[Path | None, typer.Option("--out", help="Write report.json, report.md, report.html")] = None,
    fail_under: Annotated[list[str] | None, typer.Option(
        "--fail-under", help="metric=value or mode.metric=value; exit 5 when below")] = None,
    split: Annotated[str, typer.Option(help="tune, heldout or all")] = "all",
    api: Annotated[str | None, typer.Option("--api", help="Evaluate a running server over HTTP")] = None,
    api_key: Annotated[str, typer.Option(envvar="ASSISTANT_API_KEY", help="X-API-Key for --api")] = "",
    generator: Annotated[list[str] | None, typer.Option(
        "--generator", help="Also answer with this generator (e.g. llm) and compare it with extractive")] = None,
    typed: Annotated[str, typer.Option(
        "--typed", help="Ask the questions as people type them: as-written, lower, upper, ascii (no "
        "diacritics) or typos (one per question)")
    ] = "as-written",
) -> None:
    """Score a question set: hit@1/3/5, recall@k, MRR@10, nDCG@10, answers, refusals, latency."""

    from assistant.evaluate.report import modes_table, write_reports
    from assistant.evaluate.runner import (
        MODES,
        HttpBackend,
        LocalBackend,
        QuestionSetError,
        check_thresholds,
        load_questions,
        parse_thresholds,
        run_eval,
    )
    from assistant.evaluate.typings import retyped

    modes = list(MODES) if mode == "all" else [mode]
    if any(m not in MODES for m in modes):
        _fail(f"--mode {mode!r}: choose bm25, dense, rrf, hybrid or all", EXIT_USAGE)
    try:
        qs = retyped([q for q in load_questions(questions) if split == "all" or q.split == split], typed)
        thresholds = parse_thresholds(fail_under or [], modes)
    except (QuestionSetError, ValueError) as exc:
        _fail(str(exc), EXIT_USAGE)
        return
    if not qs:
        _fail(f"No questions in split {split!r}", EXIT_USAGE)
    try:
        backend = HttpBackend(api, api_key) if api else LocalBackend(_assistant())
    except ConnectionError as exc:
        _fail(str(exc))
        return
    bar = Progress("Evaluating", "questions")
    progress = bar.update_to

    try:
        label = str(questions) if typed == "as-written" else f"{questions} (typed {typed})"
        res = _run_query(lambda: run_eval(backend, qs, modes, k, label, progress, generator or ()))
    except (ConnectionError, ValueError) as exc:
        _fail(str(exc))
        return
    finally:
        bar.close()
    for w in res.warnings:
        err.print(f"[yellow]Warning:[/yellow] {escape(w)}", highlight=False)
    rows = modes_table(res)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)), highlight=False)
    for name, lat in res.latency_ms.items():
        out.print(f"latency {name}: p50 {lat['p50']:.0f} ms, p95 {lat['p95']:.0f} ms", highlight=False)
    if res.generators:
        from assistant.evaluate.report import generators_table

        rows = generators_table(res)
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for r in rows:
            out.print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)), highlight=False)
    out.print(f"{len(res.failures)} failed questions" + (" (see the report)" if out_dir else ""), highlight=False)
    if out_dir:
        paths = write_reports(res, out_dir)
        out.print("Reports: " + ", ".join(str(p) for p in paths.values()), highlight=False)
    failed = check_thresholds(res, thresholds)
    if failed:
        err.print("[red]Below threshold:[/red] " + "; ".join(failed), highlight=False)
        raise typer.Exit(EXIT_BELOW)


@app.command()
def bench(synthetic: Annotated[int, typer.Option(help="Size of the synthetic index (0 to skip)")] = 100_000,
          rounds: Annotated[int, typer.Option(min=1, help="Rounds over the benchmark queries")] = 3,
          ingest_docs: Annotated[int, typer.Option(help="Also time parsing/chunking/keyword indexing on this "
                                                   "many generated documents (0 to skip)")] = 0,
          model: Annotated[bool, typer.Option(help="Run the model benchmarks")] = True,
          keep_synthetic: Annotated[Path | None, typer.Option(help="Leave the synthetic index in this folder "
                                                              "(to serve it and measure over HTTP)")] = None,
          backends: Annotated[str, typer.Option(help="Embedding backends to ingest and ask the default corpus "
                                                "with, side by side (comma-separated: torch, onnx, onnx-int8; "
                                                "+bf16 builds that index in bf16, e.g. onnx+bf16); default the "
                                                "configured one")] = "") -> None:
    """Print ingestion throughput, search/ask latency p50/p95 and peak memory."""
    from assistant.evaluate.bench import ingest_run, run
    from assistant.index.embedder import BACKENDS, PRECISIONS

    settings = _assistant().settings
    chosen = [b.strip() for b in backends.split(",") if b.strip()]
    if unknown := [b for b in chosen if b.partition("+")[0] not in BACKENDS
                   or b.partition("+")[2] not in ("", *PRECISIONS)]:
        raise typer.BadParameter(f"unknown backend {', '.join(unknown)}; choose from {', '.join(BACKENDS)}, each "
                                 f"optionally with +{' or +'.join(PRECISIONS)}", param_hint="--backends")
    if model:
        run(settings, synthetic, rounds, lambda line: out.print(line, highlight=False), keep_synthetic, chosen)
    if ingest_docs:
        ingest_run(settings, ingest_docs, lambda line: out.print(line, highlight=False))


@app.command()
def serve(host: Annotated[str | None, typer.Option(help="Address (default ASSISTANT_HOST)")] = None,
          port: Annotated[int | None, typer.Option(help="Port (default ASSISTANT_PORT)")] = None) -> None:
    """Start the web chat, JSON API and widget server."""
    import uvicorn

    from web import create_app
    from web.server import uvicorn_options

    settings = _assistant().settings
    h, p = host or settings.host, port or settings.port
    _port_free(h, p)
    logging.getLogger("web").setLevel(logging.INFO)
    out.print(f"Serving the assistant on http://{h}:{p}  (API schema: http://{h}:{p}/openapi.json)", highlight=False)
    # Behind a reverse proxy every client would share the proxy's address (and rate limit)
    # unless the proxy's X-Forwarded-For is trusted.
    fwd = settings.forwarded_allow_ips.strip()
    uvicorn.run(create_app(settings), host=h, port=p, log_level="warning", proxy_headers=bool(fwd),
                forwarded_allow_ips=fwd or None, **uvicorn_options(settings.read_timeout, settings.max_connections))


@app.command()
def loadtest(url: Annotated[str | None, typer.Option(help="Running server (default: start one)")] = None,
             clients: Annotated[int, typer.Option(min=1, max=1000)] = 20,
             seconds: Annotated[float, typer.Option(min=1)] = 60,
             questions: Annotated[Path, typer.Option(help="JSONL with a question field")] = DEFAULT_QUESTIONS
             ) -> None:
    """Concurrent clients on /api/ask: requests/s, p50/p99 latency, errors, server RSS."""
    from web.loadtest import benchmark

    try:
        res = benchmark(url, clients, seconds, questions, lambda line: out.print(line, highlight=False))
    except (OSError, ValueError, RuntimeError) as exc:
        _fail(str(exc))
        return
    raise typer.Exit(EXIT_OK if res.errors == 0 else EXIT_PARTIAL)


@app.command()
def export(what: Annotated[str, typer.Argument(help="questions or feedback")],
           fmt: Annotated[str, typer.Option("--format", help="csv or json")] = "csv",
           output: Annotated[Path | None, typer.Option("--out", help="File (default: stdout)")] = None) -> None:
    """Export stored questions or feedback from the server's SQLite store."""
    from web.store import Store

    settings = _assistant().settings
    db = settings.data_dir / "assistant.sqlite3"
    if not db.exists():
        _fail(f"No question store at {db}; start the server (assistant serve) first or set ASSISTANT_DATA_DIR.")
    store = Store(db).open()
    try:
        text = store.export(what, fmt)
    except ValueError as exc:
        _fail(str(exc), EXIT_USAGE)
        return
    finally:
        store.close()
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"Wrote {output}", highlight=False)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":  # pragma: no cover
    app()
