from __future__ import annotations

import hashlib
import shutil
import socket
from pathlib import Path
from typing import Any

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests must never reach the network; loopback stays allowed."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address, *args, **kwargs):  # type: ignore[no-untyped-def]
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("::1", "localhost")) \
                and self.family in (socket.AF_INET, socket.AF_INET6):
            raise RuntimeError(f"network access attempted in a test: {address}")
        return real_connect(self, address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded)


class HashEmbedder:
    """Deterministic character-trigram embedder: similar strings get similar vectors."""

    model_name = "test-hash"
    dimension = 64

    def load(self) -> HashEmbedder:
        return self

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dimension, np.float32)
        t = f"  {text.lower()}  "
        for i in range(len(t) - 2):
            h = int(hashlib.md5(t[i:i + 3].encode()).hexdigest()[:8], 16)
            v[h % self.dimension] += 1.0
        n = np.linalg.norm(v)
        return v / n if n else v

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._vec(t) for t in texts]) if texts else np.zeros((0, 64), np.float32)

    embed_passages = embed_queries

    def token_count(self, text: str, *, query: bool = False) -> int:
        return len(text.split()) + 2


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


HOSTILE = ("Zebra Crossing Network\n\nThe Zebra Crossing Network <script>window.__pwned = 1</script> improves "
           "pedestrian safety. <img src=x onerror=\"window.__pwned = 2\"> Members meet every spring in Malmö.\n")


def hostile_corpus(tmp: Path) -> Path:
    """The default documents plus one whose text carries markup that must stay text."""
    corpus = tmp / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return corpus


def hash_assistant(tmp: Path, **overrides: Any) -> Any:
    """A full assistant over the real corpus with the trigram embedder: fast and deterministic."""
    fields: dict[str, Any] = {"index_dir": tmp / "index", "data_dir": tmp / "data", "model": "test-hash",
                              "corpus_dir": hostile_corpus(tmp), "rate_limit": 0, "min_answer_score": 0.2}
    fields.update(overrides)
    from assistant import Assistant, Settings

    a = Assistant(Settings(**fields), embedder=HashEmbedder())
    a.ingest()
    return a
