"""Question-time thread pools: BLAS is single-threaded once an assistant is loaded (assistant.threads)."""

from __future__ import annotations

from pathlib import Path

from threadpoolctl import threadpool_info, threadpool_limits

from tests.conftest import hash_assistant


def test_loading_an_assistant_makes_blas_single_threaded(tmp_path: Path) -> None:
    a = hash_assistant(tmp_path)
    with threadpool_limits(limits=2, user_api="blas"):  # what numpy starts with on a 2-core machine
        assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} == {2}
        a.load()
        blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
        assert blas and all(p["num_threads"] == 1 for p in blas), blas
