"""Ingest throughput: the plain path against Ray with 1 and 2 embedding actors, on generated documents.

    .venv/bin/python benchmarks/ray_ingest.py --docs 60
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from assistant import Assistant, Settings
from assistant.evaluate.bench import make_folder
from assistant.ingest.ray_pool import RayPool


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=60)
    n = ap.parse_args().docs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        make_folder(folder, n)
        base = Settings(index_dir=Path(tmp) / "plain", data_dir=Path(tmp) / "data")
        plain = Assistant(base)
        plain.embedder.load()
        runs = [("plain", None)] + [(f"ray, {w} worker{'s' if w > 1 else ''}", w) for w in (1, 2)]
        for name, workers in runs:
            s = base.model_copy(update={"index_dir": Path(tmp) / name.replace(" ", "").replace(",", "")})
            pool = RayPool(s, workers=workers) if workers else None
            t_start = time.perf_counter()
            if pool is not None:
                pool.load()  # Ray start and model loads are reported apart from the ingest itself
            started = time.perf_counter() - t_start
            t0 = time.perf_counter()
            r = Assistant(s, embedder=plain.embedder).ingest(folder, pool=pool)
            secs = time.perf_counter() - t0
            if pool is not None:
                pool.close()
            print(f"{name:16s} {r.embedded_chunks} chunks + {r.embedded_sentences} sentences of {r.documents} "
                  f"documents in {secs:.1f} s: {r.embedded_chunks / secs:.1f} chunks/s"
                  + (f" (Ray start and {workers} model loads: {started:.1f} s more)" if pool else ""))


if __name__ == "__main__":
    main()
