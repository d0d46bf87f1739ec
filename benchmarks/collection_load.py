"""A collection of 500 documents, served: ingest (optionally profiled), cold HTTP latency, then load.

The 38-chunk default corpus lets caches hide the cost of a question; this uses every shipped collection
(NorQuAD's 472 articles, the services, holdout and default pages) topped up to 500 documents with
generated ones, and every shipped question (about 760, each asked once for the cold figures).

    .venv/bin/python benchmarks/collection_load.py --work /tmp/load500 --profile

Cold means a server process started for the measurement, asked each question once (no query or sentence
cache can hold it); the OS page cache is not dropped (that needs root), the index files are read at start.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from assistant import Assistant, Settings
from assistant.evaluate.bench import make_folder
from web.loadtest import benchmark, rss_mb

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "eval" / "collections" / n for n in ("norquad", "services", "holdout")] + [ROOT / "corpus"]


def build_folder(folder: Path, total: int) -> int:
    if folder.exists():
        shutil.rmtree(folder)
    for src in SOURCES:
        shutil.copytree(src, folder / src.name, ignore=shutil.ignore_patterns("README.md"))
    real = sum(1 for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".meta.json"))
    make_folder(folder / "generated", max(0, total - real))
    return real


def questions(out: Path) -> list[str]:
    qs = []
    for f in sorted((ROOT / "eval" / "questions").glob("*.jsonl")):
        qs += [json.loads(line)["question"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    out.write_text("".join(json.dumps({"question": q}, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    return qs


def top(profile: cProfile.Profile, key: str, n: int) -> str:
    buf = io.StringIO()
    pstats.Stats(profile, stream=buf).strip_dirs().sort_stats(key).print_stats(n)
    return "\n".join(line for line in buf.getvalue().splitlines() if line.strip())


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100)[int(q) - 1] if len(xs) > 1 else xs[0]


def serve(settings: Settings, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_DATA_DIR": str(settings.data_dir),
           "ASSISTANT_RATE_LIMIT": "0", "ASSISTANT_STORE_QUESTIONS": "false"}
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("the server did not become ready within 300 s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", type=Path, default=Path("/tmp/load500"))
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--profile", action="store_true", help="cProfile the ingest and 200 questions in-process")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--reuse", action="store_true", help="serve the index an earlier run built in --work")
    ap.add_argument("--index", type=Path, help="serve this index folder instead (e.g. `assistant bench "
                    "--keep-synthetic DIR`'s 100k chunks); implies --reuse")
    args = ap.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    qs = questions(work / "questions.jsonl")
    settings = Settings(index_dir=args.index or work / "index", data_dir=work / "data", corpus_dir=work / "docs")
    if not args.index and not (args.reuse and (work / "index").exists()):
        build(work, settings, args.docs, args.profile, qs)
    serve_and_measure(settings, qs, args.port, args.clients, args.seconds, work / "questions.jsonl")


def build(work: Path, settings: Settings, docs: int, profile: bool, qs: list[str]) -> None:
    real = build_folder(work / "docs", docs)
    if (work / "index").exists():
        shutil.rmtree(work / "index")
    a = Assistant(settings)
    a.embedder.load()
    prof = cProfile.Profile() if profile else None
    t0 = time.perf_counter()
    if prof:
        prof.enable()
    report = a.ingest(work / "docs")
    if prof:
        prof.disable()
    took = time.perf_counter() - t0
    a.load()
    chunks = len(a.index.passages)
    print(f"ingest: {len(a.index.documents)} documents ({real} real, the rest generated), {chunks} chunks in "
          f"{took:.0f} s ({chunks / took:.1f} chunks/s; embedding {report.embed_seconds:.0f} s); skipped "
          f"{len(report.skipped)}")
    if prof:
        print("ingest, top by cumulative time:\n" + top(prof, "cumulative", 25))
        print("ingest, top by own time:\n" + top(prof, "tottime", 15))
        prof = cProfile.Profile()
        sample = qs[:200]
        t0 = time.perf_counter()
        prof.enable()
        for q in sample:
            a.ask(q)
        prof.disable()
        print(f"200 questions in-process: {time.perf_counter() - t0:.1f} s")
        print("questions, top by cumulative time:\n" + top(prof, "cumulative", 25))


def serve_and_measure(settings: Settings, qs: list[str], port: int, clients: int, seconds: float,
                      questions_path: Path) -> None:
    url = f"http://127.0.0.1:{port}"
    proc = serve(settings, port)
    try:
        with httpx.Client(base_url=url, timeout=60) as c:
            search, ask = [], []
            for q in qs:  # a new process, each question once: cold
                t = time.perf_counter()
                c.get("/api/search", params={"q": q, "k": 5}).raise_for_status()
                search.append((time.perf_counter() - t) * 1000)
            for q in reversed(qs):  # answers re-use no cache of their own either (the search path is shared)
                t = time.perf_counter()
                c.post("/api/ask", json={"question": q}).raise_for_status()
                ask.append((time.perf_counter() - t) * 1000)
        print(f"HTTP, one client, cold server, {len(qs)} questions each once: GET /api/search p50 "
              f"{pct(search, 50):.0f} ms p95 {pct(search, 95):.0f} ms; POST /api/ask p50 {pct(ask, 50):.0f} ms "
              f"p95 {pct(ask, 95):.0f} ms; server RSS {rss_mb(proc.pid) or 0:.0f} MB")
        if seconds > 0:
            benchmark(url, clients, seconds, questions_path, print)  # prints its own figures
    finally:
        proc.terminate()
        proc.wait(30)


if __name__ == "__main__":
    main()
