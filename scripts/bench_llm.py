"""Figures for generated answers on a question set: time to first token, total answer time (p50),
share of generated sentences verified, fallback rate.

    ASSISTANT_LLM_BASE_URL=http://127.0.0.1:8080/v1 \
        .venv/bin/python scripts/bench_llm.py eval/questions/default.jsonl [N]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

from assistant import Assistant, Settings
from assistant.answer.generated import LLMGenerator
from assistant.answer.verify import split_claims
from assistant.evaluate.runner import load_questions
from assistant.evaluate.stats import percentile


def main(path: str, limit: int = 0) -> None:
    a = Assistant(Settings(generator="llm")).load()
    gen = a.generator
    assert isinstance(gen, LLMGenerator)
    first: list[float] = []
    client = gen.client
    raw_stream = client.stream

    def timed(messages: list[dict[str, str]]) -> Iterator[str]:
        t0 = time.perf_counter()
        seen = False
        for piece in raw_stream(messages):
            if not seen:
                first.append(time.perf_counter() - t0)
                seen = True
            yield piece

    client.stream = timed  # type: ignore[method-assign]
    total, kept, dropped, called, fallbacks = [], 0, 0, 0, 0
    for q in load_questions(path)[: limit or None]:
        t0 = time.perf_counter()
        answer = a.ask(q.question)
        total.append(time.perf_counter() - t0)
        if answer.generator == "llm" or answer.fallback:
            called += 1
            fallbacks += bool(answer.fallback)
            kept += len(split_claims(answer.answer)) if answer.generator == "llm" and answer.found else 0
            dropped += len(answer.dropped)
    print(f"questions {len(total)}, model called for {called}")
    print(f"time to first token p50 {percentile(first, 0.5):.2f} s (p95 {percentile(first, 0.95):.2f} s)")
    print(f"total answer time p50 {percentile(total, 0.5):.2f} s (p95 {percentile(total, 0.95):.2f} s)")
    print(f"generated sentences verified: {kept} of {kept + dropped} "
          f"({kept / max(1, kept + dropped):.1%}); fallback rate {fallbacks / max(1, called):.1%}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "eval/questions/default.jsonl",
         int(sys.argv[2]) if len(sys.argv) > 2 else 0)
