"""Thread pools at question time: numpy's BLAS runs single-threaded.

A question's numpy work is small (a few hundred sentence vectors against one query vector), too small to
gain from threads; but an OpenBLAS pool of one thread per core spins between calls and takes the cores
torch's and FAISS's OpenMP pools are using. On this 2-core machine, 500 documents (2,007 chunks), one
question at a time in-process: search p50 58 ms with BLAS at 2 threads and 44 ms at 1 (torch and FAISS at
1 thread); with torch at 2 threads too, 96 → 49 ms.
"""

from __future__ import annotations

import os


def cores() -> int:
    """The cores this process may run on: its CPU affinity where the system has one (a container or
    `taskset` limits it below the machine's count, and more threads than cores only contend), else the count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def single_threaded_blas() -> None:
    """Limit every BLAS library loaded in this process (numpy's, scipy's, FAISS's) to one thread."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
