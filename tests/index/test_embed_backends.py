"""Embedding backends: ONNX Runtime must give torch's vectors, and an index refuses disagreeing ones."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigurationError, IndexUnavailable
from assistant.index.embedder import SentenceTransformerEmbedder as Embedder
from assistant.index.onnx_encoder import backends_agree, check_mean_pooling, require_agreement
from assistant.ingest.chunking import Chunker
from assistant.ingest.corpus import iter_documents
from assistant.lang.sentences import sentence_spans
from assistant.settings import Settings
from tests.conftest import CORPUS
from tests.index.test_e5_conversion import QUERIES


@pytest.fixture(scope="module")
def torch_embedder() -> Embedder:
    return Embedder(cache_dir=Settings().model_cache_dir, backend="torch").load()


@pytest.fixture(scope="module")
def onnx_embedder() -> Embedder:
    return Embedder(cache_dir=Settings().model_cache_dir, backend="onnx").load()


@pytest.mark.slow
def test_onnx_gives_torchs_vectors(torch_embedder: Embedder, onnx_embedder: Embedder) -> None:
    passages = [p.text for d in iter_documents(CORPUS) for p in Chunker().chunk(d)]
    for ours, theirs in ((onnx_embedder.embed_queries(QUERIES), torch_embedder.embed_queries(QUERIES)),
                         (onnx_embedder.embed_passages(passages), torch_embedder.embed_passages(passages))):
        assert ours.shape == theirs.shape and ours.dtype == np.float32
        cos = (ours * theirs).sum(axis=1)
        assert cos.min() >= 0.9999, cos.min()
    assert onnx_embedder.dimension == torch_embedder.dimension == 384
    for q in QUERIES:
        assert onnx_embedder.token_count(q, query=True) == torch_embedder.token_count(q, query=True)
        assert onnx_embedder.pieces(q) == torch_embedder.pieces(q)


@pytest.mark.slow
def test_onnx_pools_sentences_like_torch(torch_embedder: Embedder, onnx_embedder: Embedder) -> None:
    """The pooled sentence vectors come from the token states of each backend's own pass."""
    texts = [p.text for d in iter_documents(CORPUS) for p in Chunker().chunk(d)][:12]
    texts[0] = "  " + texts[0]  # leading blanks shift the offsets; both must pool the same tokens
    spans = [[(s.start, s.end) for s in sentence_spans(t)] for t in texts]
    c1, p1 = onnx_embedder.embed_passages_pooled(texts, spans)
    c2, p2 = torch_embedder.embed_passages_pooled(texts, spans)
    assert (c1 * c2).sum(axis=1).min() >= 0.9999
    for a, b, wanted in zip(p1, p2, spans, strict=True):
        assert a.shape == b.shape == (len(wanted), 384)
        assert (a * b).sum(axis=1).min() >= 0.9999


def test_unknown_backend_lists_the_choices() -> None:
    with pytest.raises(ConfigurationError, match="torch, onnx, onnx-int8"):
        Embedder(backend="tensorrt")
    for name in ("tensorrt", "onnx-int8"):  # int8 failed the agreement test: not a setting
        with pytest.raises(ValueError, match="'torch' or 'onnx'"):
            Settings(embed_backend=name)  # type: ignore[arg-type]


def test_only_agreeing_backends_share_an_index() -> None:
    assert backends_agree("torch", "onnx") and backends_agree("onnx", "torch")
    assert not backends_agree("torch", "onnx-int8") and not backends_agree("onnx-int8", "onnx")
    require_agreement("torch", "onnx")  # an index built before the backend was recorded says torch
    with pytest.raises(IndexUnavailable, match="ASSISTANT_EMBED_BACKEND=onnx-int8 or rebuild"):
        require_agreement("onnx-int8", "onnx")


def test_a_model_that_pools_otherwise_is_refused_for_onnx(tmp_path: Path) -> None:
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(
        {"pooling_mode_mean_tokens": False, "pooling_mode_cls_token": True}))
    with pytest.raises(ConfigurationError, match="ASSISTANT_EMBED_BACKEND=torch"):
        check_mean_pooling(tmp_path)
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_mean_tokens": True}))
    check_mean_pooling(tmp_path)


def test_the_manifest_records_the_backend_and_a_disagreeing_one_is_refused(tmp_path: Path) -> None:
    from assistant import Assistant
    from tests.conftest import HashEmbedder, hash_assistant

    # an index built with int8 vectors (only `assistant bench --backends` makes them)
    base = hash_assistant(tmp_path)
    built = Assistant(base.settings.model_copy(update={"embed_backend": "onnx-int8"}), embedder=HashEmbedder())
    built.ingest(rebuild=True)
    assert built.index.manifest.embed_backend == "onnx-int8"
    other = Assistant(built.settings.model_copy(update={"embed_backend": "onnx"}), embedder=HashEmbedder())
    with pytest.raises(IndexUnavailable, match="ASSISTANT_EMBED_BACKEND=onnx-int8 or rebuild"):
        other.load()
    # an ingest with a backend whose vectors differ embeds every file again instead of mixing vectors
    report = other.ingest()
    assert report.unchanged == 0 and report.embedded_chunks == len(built.index.passages)
    assert other.index.manifest.embed_backend == "onnx"
    # torch and onnx agree: nothing is embedded again, and the index is searched
    same = Assistant(built.settings.model_copy(update={"embed_backend": "torch"}), embedder=HashEmbedder())
    assert same.ingest().embedded_chunks == 0 and same.search("elderly care", 3)


@pytest.mark.slow
def test_the_export_is_made_offline_once_and_leaves_no_partial_file(tmp_path: Path,
                                                                    torch_embedder: Embedder) -> None:
    """A fresh model cache: the graph is exported from the local folder (the network is blocked by the
    autouse fixture) under a temporary name, renamed, and reused by the next load."""
    from assistant.index.onnx_encoder import export

    model_dir = Path(torch_embedder._resolve())
    first = export(model_dir, tmp_path, "onnx")
    assert first.is_file() and first.parent.parent == tmp_path / "onnx"
    assert [p.name for p in first.parent.iterdir()] == [first.name]  # no temporary folder left
    # plain attention: torch's scaled_dot_product_attention exports an IsNaN/Where guard per layer that
    # cost 14 % of a chunk batch's kernel time
    import onnx

    ops = {n.op_type for n in onnx.load(str(first), load_external_data=False).graph.node}
    assert "IsNaN" not in ops and "Softmax" in ops
    stamp = first.stat().st_mtime_ns
    assert export(model_dir, tmp_path, "onnx") == first and first.stat().st_mtime_ns == stamp
    emb = Embedder(cache_dir=tmp_path, backend="onnx")
    emb._resolve = lambda: str(model_dir)  # type: ignore[method-assign]  # the same folder, this cache
    vec = emb.load().embed_queries(["Vilka nätverk arbetar med klimat?"])
    ref = torch_embedder.embed_queries(["Vilka nätverk arbetar med klimat?"])
    assert float((vec * ref).sum()) >= 0.9999


@pytest.mark.slow
def test_a_question_alone_takes_every_core_on_shared_weights(onnx_embedder: Embedder) -> None:
    """A server gives each question its share of the cores; one asked while no other runs gets them all
    (a second session on the same weights), and one asked meanwhile keeps its share."""
    from assistant.index.onnx_encoder import OnnxEncoder

    model_dir = Path(onnx_embedder._resolve())
    enc = OnnxEncoder(model_dir, Settings().model_cache_dir, "onnx", threads=1, alone_threads=2)
    assert enc.alone is not None and sum(v.numpy().nbytes for v in enc._weights.values()) > 100 * 2**20
    used: list[str] = []
    nested: list[np.ndarray] = []

    class Spy:
        def __init__(self, name: str, session: object, inner: bool) -> None:
            self.name, self.session, self.inner = name, session, inner

        def run(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            used.append(self.name)
            if self.inner and not nested:  # another question arrives while this one runs
                nested.append(enc.states(["query: wer leitet das Netzwerk?"], "").states)
            return self.session.run(*args, **kwargs)  # type: ignore[attr-defined]

    shared, alone = enc.session, enc.alone
    enc.session, enc.alone = Spy("shared", shared, False), Spy("alone", alone, True)  # type: ignore[assignment]
    first = enc.states(["query: who is the contact for SERN?"], "").states
    assert used == ["alone", "shared"]  # the first alone, the one meanwhile on its share
    used.clear()
    enc.states(["query: who is the contact for SERN?"], "")
    assert used == ["alone"]  # alone again once the other has finished
    # both sessions compute the same vectors
    again = shared.run(None, {"input_ids": enc.tokenizer(["query: who is the contact for SERN?"],
                                                         return_tensors="np")["input_ids"].astype(np.int64),
                              "attention_mask": np.ones((1, first.shape[1]), np.int64)})[0]
    assert np.abs(again - first).max() < 1e-4
    assert OnnxEncoder(model_dir, Settings().model_cache_dir, "onnx", threads=2, alone_threads=2).alone is None


@pytest.mark.slow
def test_bf16_index_vectors_agree_with_fp32(torch_embedder: Embedder) -> None:
    """bf16 products (forced, so emulated where the CPU lacks them) give the fp32 vectors within what an index
    may mix: measured 0.99999 on NorQuAD text, closer than onnx and torch are to each other."""
    passages = [p.text for d in iter_documents(CORPUS) for p in Chunker().chunk(d)][:12]
    bf16 = Embedder(cache_dir=Settings().model_cache_dir, backend="onnx", ingest_precision="bf16")
    assert bf16.index_precision == "bf16"
    ours, theirs = bf16.embed_for_index(passages), torch_embedder.embed_passages(passages)
    assert bf16._onnx is None and bf16.dimension == 384  # an index build in bf16 never opens the ONNX session
    assert ours.shape == theirs.shape and ours.dtype == np.float32
    cos = (ours * theirs).sum(axis=1)
    assert cos.min() >= 0.9995, cos.min()
    assert not np.array_equal(ours, theirs)  # bf16 did run: fp32 on torch gives the same vectors bit for bit
    # questions keep fp32 on ONNX Runtime
    assert np.allclose(bf16.embed_queries(QUERIES[:2]), torch_embedder.embed_queries(QUERIES[:2]), atol=1e-3)


def test_fp32_index_vectors_are_the_passage_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    e = Embedder(backend="onnx", ingest_precision="fp32")
    monkeypatch.setattr(e, "embed_passages", lambda texts, show_progress=False: np.ones((len(texts), 2)))
    assert e.index_precision == "fp32" and e.embed_for_index(["a", "b"]).shape == (2, 2)


@pytest.mark.parametrize(("amx", "avx512_bf16", "resolved"), [(True, False, "bf16"), (False, True, "bf16"),
                                                              (False, False, "fp32")])
def test_auto_precision_is_bf16_only_where_the_cpu_multiplies_it(monkeypatch: pytest.MonkeyPatch, amx: bool,
                                                                  avx512_bf16: bool, resolved: str) -> None:
    import torch

    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: amx, raising=False)
    monkeypatch.setattr(torch.cpu, "_is_avx512_bf16_supported", lambda: avx512_bf16, raising=False)
    assert Embedder(ingest_precision="auto").index_precision == resolved
    assert Embedder(ingest_precision="fp32").index_precision == "fp32"


def test_unknown_precision_lists_the_choices() -> None:
    with pytest.raises(ConfigurationError, match=r"fp32, bf16, auto.*ASSISTANT_INGEST_PRECISION"):
        Embedder(ingest_precision="fp16")


def test_the_manifest_records_the_precision_the_index_was_embedded_in(tmp_path: Path) -> None:
    from assistant import Assistant
    from tests.conftest import HashEmbedder, hash_assistant

    class Bf16Embedder(HashEmbedder):
        index_precision = "bf16"
        calls = 0

        def load_for_index(self) -> object:
            return self.load()

        def embed_for_index(self, texts: list[str]) -> np.ndarray:
            type(self).calls += 1
            return self.embed_passages(texts)

    base = hash_assistant(tmp_path)
    built = Assistant(base.settings, embedder=Bf16Embedder())
    built.ingest(rebuild=True)
    assert Bf16Embedder.calls > 0 and built.index.manifest.ingest_precision == "bf16"
    # an index of bf16 passages serves fp32 questions, and unchanged files are not embedded again
    again = Assistant(base.settings, embedder=HashEmbedder())
    assert again.ingest().embedded_chunks == 0 and again.search("elderly care", 3)
    assert again.index.manifest.ingest_precision == "bf16"
    # a new file embedded in fp32 beside the kept bf16 vectors
    (base.settings.corpus_dir / "new.txt").write_text("Bicycle Network\n\nThe Bicycle Network shares cycle lanes.\n",
                                                      encoding="utf-8")
    report = again.ingest()
    assert report.embedded_chunks > 0 and report.unchanged > 0
    assert again.index.manifest.ingest_precision == "mixed"
    assert Assistant(base.settings, embedder=HashEmbedder()).ingest(rebuild=True).embedded_chunks > 0
    assert Assistant(base.settings, embedder=HashEmbedder()).load().index.manifest.ingest_precision == "fp32"


def test_bf16_batches_are_bounded_by_characters_and_count() -> None:
    from assistant.index.embedder import _length_batches

    texts = ["x" * 900] * 20 + ["y" * 50] * 100 + [""]
    batches = list(_length_batches(texts, 16))
    assert sorted(i for b in batches for i in b) == list(range(len(texts)))  # every text once
    assert [len(b) for b in batches] == [17, 17, 64, 23]  # 16,000 characters / 900; then 64 short ones at most
    for b in batches:
        longest = max(len(texts[i]) for i in b)
        assert len(b) <= 64 and (len(b) == 1 or len(b) * longest <= 16 * 1000)
    assert max(len(b) for b in batches) == 64  # short sentences go in fours of the chunk batch
