"""Load benchmark: N concurrent clients on loopback ask questions for a fixed time.

Starts its own server (rate limit off) unless --url is given, and reads the server's
RSS from /proc before and after, so the figure covers the model and index too.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from assistant.evaluate.stats import percentile

DEFAULT_QUESTIONS = Path(__file__).resolve().parent.parent / "eval" / "questions" / "default.jsonl"


@dataclass
class LoadResult:
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)  # answered questions (200)
    turned_away: int = 0  # 503/429: the client waited Retry-After and asked again
    refusal_latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    rss_before_mb: float | None = None
    rss_after_mb: float | None = None

    def percentile(self, q: float) -> float:
        return percentile(self.latencies, q)


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def load_questions(path: Path) -> list[str]:
    qs = [json.loads(x)["question"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    if not qs:
        raise ValueError(f"{path} has no questions")
    return qs


async def _client(c: httpx.AsyncClient, questions: list[str], offset: int, stop_at: float, res: LoadResult) -> None:
    i = offset
    while time.perf_counter() < stop_at:
        q = questions[i % len(questions)]
        i += 1
        t0 = time.perf_counter()
        retry_after = 0.0
        try:
            r = await c.post("/api/ask", json={"question": q})
            code = r.status_code
            if code in (429, 503):
                retry_after = float(r.headers.get("retry-after", "1") or 1)
        except httpx.HTTPError:
            code = 0
        (res.refusal_latencies if code in (429, 503) else res.latencies).append(time.perf_counter() - t0)
        res.requests += 1
        res.statuses[code] = res.statuses.get(code, 0) + 1
        if code in (429, 503):
            res.turned_away += 1
            await asyncio.sleep(min(retry_after, max(0.0, stop_at - time.perf_counter())))  # as a polite client
        elif code != 200:
            res.errors += 1


async def run_load(url: str, questions: list[str], clients: int, seconds: float) -> LoadResult:
    res = LoadResult()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as c:
        started = time.perf_counter()
        stop_at = started + seconds
        await asyncio.gather(*(_client(c, questions, k * 7, stop_at, res) for k in range(clients)))
        res.seconds = time.perf_counter() - started
    return res


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def benchmark(url: str | None, clients: int, seconds: float, questions_path: Path,
              say: Callable[[str], None]) -> LoadResult:
    questions = load_questions(questions_path)
    proc = None
    if url is None:
        port = _free_port()
        env = {**os.environ, "ASSISTANT_RATE_LIMIT": "0", "ASSISTANT_STORE_QUESTIONS": "false"}
        # Open for the lifetime of the server process; a pipe could fill up and block it.
        log = tempfile.NamedTemporaryFile("w+b", prefix="loadtest-server-", suffix=".log", delete=False)  # noqa: SIM115
        proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], env=env,
                                stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}"
        deadline = time.time() + 300
        while time.time() < deadline:
            try:
                if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None:
                raise RuntimeError("the server exited: " + Path(log.name).read_text(errors="replace")[-2000:])
            time.sleep(0.5)
        else:
            proc.kill()
            raise RuntimeError("the server did not become ready within 300 s")
    try:
        ready = httpx.get(url + "/readyz", timeout=10).json()
        say(f"Server {url}: {ready.get('documents')} documents, {ready.get('chunks')} chunks; "
            f"{clients} clients for {seconds:.0f} s on POST /api/ask")
        asyncio.run(run_load(url, questions[:5], 1, 3))  # warm caches
        res = LoadResult()
        res.rss_before_mb = rss_mb(proc.pid) if proc else None
        res = asyncio.run(run_load(url, questions, clients, seconds))
        res.rss_before_mb = res.rss_before_mb or (rss_mb(proc.pid) if proc else None)
        res.rss_after_mb = rss_mb(proc.pid) if proc else None
    finally:
        if proc:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
    answered = res.statuses.get(200, 0)
    say(f"requests: {res.requests}  answered/s: {answered / res.seconds:.1f}  "
        f"p50: {res.percentile(0.50) * 1000:.0f} ms  p99: {res.percentile(0.99) * 1000:.0f} ms  "
        f"mean: {statistics.fmean(res.latencies) * 1000 if res.latencies else 0:.0f} ms  errors: {res.errors}  "
        f"statuses: {dict(sorted(res.statuses.items()))}")
    if res.turned_away:
        say(f"turned away (busy, retried after Retry-After): {res.turned_away}, answered in p99 "
            f"{percentile(res.refusal_latencies, 0.99) * 1000:.0f} ms")
    if res.rss_before_mb is not None:
        say(f"server RSS: {res.rss_before_mb:.0f} MB before, {res.rss_after_mb or 0:.0f} MB after")
    return res
