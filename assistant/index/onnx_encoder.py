"""The embedding model's forward pass on ONNX Runtime, exported once from the local weights.

Why: torch spends most of a short question's forward pass on per-operator overhead. The same graph on ONNX
Runtime, on this 2-core machine (200 questions of the shipped sets, one at a time, 2 threads): p50
29.9 → 10.8 ms per question, and ingest 16.9 → 17.7 chunks/s (length-sorted batches of 16), with cosine
1.0000 to torch's vectors and every eval metric unchanged (benchmarks/embed_backends.py). The int8 graph
(dynamic quantisation of the MatMuls, per channel) is another 20 % faster per question (2.45x on a CPU with
VNNI) but moves vectors (median cosine 0.995-0.997) and answers (default answer-term hit 0.782 → 0.756; 0.795
→ 0.744 with only the question in int8), so it is a benchmark choice.

The graph is exported with torch's own exporter from the model folder (no download, no optimum: optimum
pins transformers < 4.58) into the model cache, written to a temporary name and renamed, so a killed export
leaves nothing half-written and concurrent processes agree on one file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from assistant.errors import ConfigurationError, IndexUnavailable

if TYPE_CHECKING:
    import onnxruntime

logger = logging.getLogger(__name__)

# backend -> (file name in the export folder, whether its weights are int8). "-eager": exported with the
# model's plain attention, not torch's scaled_dot_product_attention, whose export adds an IsNaN/Where guard
# per layer (14 % of the kernel time of a batch of chunks); same vectors (cosine 1.0000), ingest 14.0 -> 16.7
# and 14.1 -> 17.3 chunks/s (alternate runs, benchmarks/embed_backends.py). A new name so caches export anew.
EXPORTS: dict[str, tuple[str, bool]] = {"onnx": ("model-eager.onnx", False),
                                        "onnx-int8": ("model-eager-int8.onnx", True)}
# Embedding backends whose vectors can share one index: an index built with one of a group may be queried
# and synced with another of it. torch and onnx run the same fp32 graph (median cosine 1.0000, min 0.99999
# on 256 chunks and 200 questions); onnx-int8 moves vectors (median 0.995, min 0.986) and keeps its own.
AGREEING: tuple[frozenset[str], ...] = (frozenset({"torch", "onnx"}), frozenset({"onnx-int8"}))


def backends_agree(built: str, used: str) -> bool:
    """Whether vectors of backend `used` may be searched against (or mixed with) those of `built`."""
    return built == used or any(built in group and used in group for group in AGREEING)


def require_agreement(built: str, used: str) -> None:
    """Refuse to search an index with question vectors that do not agree with its passage vectors."""
    if not backends_agree(built, used):
        raise IndexUnavailable(
            f"The index was embedded with the {built} backend, whose vectors do not agree with the configured "
            f"{used} backend. Set ASSISTANT_EMBED_BACKEND={built} or rebuild: assistant ingest --rebuild")


class Batch(NamedTuple):
    """Token states of one batch of texts: `states[i, :lengths[i]]` are text i's own tokens."""

    states: np.ndarray
    lengths: np.ndarray
    offsets: list[list[tuple[int, int]]]


def _fingerprint(model_dir: Path) -> str:
    """Names an export after the weights it came from, so new weights under the same path export again."""
    parts = [str(model_dir.resolve())]
    for f in sorted(model_dir.glob("*.safetensors")) + sorted(model_dir.glob("*.bin")):
        st = f.stat()
        parts.append(f"{f.name}:{st.st_size}:{int(st.st_mtime)}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def check_mean_pooling(model_dir: Path) -> None:
    """The ONNX path pools like e5 (mean of token states, then L2 norm); refuse models that pool otherwise."""
    pooling = model_dir / "1_Pooling" / "config.json"
    if not pooling.exists():
        return  # a plain transformers folder: sentence-transformers pools it by the mean too
    cfg = json.loads(pooling.read_text(encoding="utf-8"))
    other = [k for k, v in cfg.items() if k.startswith("pooling_mode_") and v and k != "pooling_mode_mean_tokens"]
    modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8")) \
        if (model_dir / "modules.json").exists() else []
    extra = [m["type"].rsplit(".", 1)[-1] for m in modules
             if m.get("type", "").rsplit(".", 1)[-1] not in {"Transformer", "Pooling", "Normalize"}]
    if other or not cfg.get("pooling_mode_mean_tokens", False) or extra:
        raise ConfigurationError(
            f"The model in {model_dir} pools with {other or extra} rather than the mean of its token states, "
            f"which the ONNX backends assume. Set ASSISTANT_EMBED_BACKEND=torch for this model.")


def export(model_dir: Path, cache_dir: Path, backend: str) -> Path:
    """The ONNX file of `backend` for the model in `model_dir`, exported into `cache_dir` on first use."""
    if backend not in EXPORTS:
        raise ConfigurationError(f"Unknown ONNX backend '{backend}'; choose one of {', '.join(EXPORTS)}")
    name, int8 = EXPORTS[backend]
    folder = cache_dir / "onnx" / f"{model_dir.name}-{_fingerprint(model_dir)}"
    target = folder / name
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    if int8:
        fp32 = export(model_dir, cache_dir, "onnx")
        logger.info("Quantising %s to int8 (once)", fp32)
        from onnxruntime.quantization import QuantType, quantize_dynamic

        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            out = Path(tmp) / name
            quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"],
                             per_channel=True)
            os.replace(out, target)
        return target
    logger.info("Exporting %s to ONNX (once, about 20 s)", model_dir)
    import torch
    from transformers import AutoModel, AutoTokenizer

    try:
        model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()
    except (ValueError, TypeError):  # a model without a choice of attention: its own
        model = AutoModel.from_pretrained(str(model_dir)).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))

    class _States(torch.nn.Module):
        def __init__(self, m: torch.nn.Module) -> None:
            super().__init__()
            self.m = m

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    sample = tokenizer(["passage: x"], return_tensors="pt")
    axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
            "states": {0: "batch", 1: "tokens"}}
    with tempfile.TemporaryDirectory(dir=folder) as tmp, warnings.catch_warnings():
        # the tracer warns about shape checks that are constant for this graph (checked: padded batches
        # give torch's vectors, tests/index/test_embed_backends.py)
        warnings.simplefilter("ignore")
        out = Path(tmp) / name
        with torch.no_grad():
            torch.onnx.export(_States(model), (sample["input_ids"], sample["attention_mask"]), str(out),
                              input_names=["input_ids", "attention_mask"], output_names=["states"],
                              dynamic_axes=axes, opset_version=17, dynamo=False)
        os.replace(out, target)
    return target


class OnnxEncoder:
    """Tokenizer + ONNX session; `states()` runs batches of prompt-prefixed texts.

    `alone_threads`: a server answers several questions at once, each on its share of the cores
    (`threads`), yet one question at a time most of the day. A second session with `alone_threads`
    runs a forward pass when no other is running; both sessions use one copy of the weights (ONNX
    Runtime's AddInitializer). A question alone on this 2-core machine: p50 18-21 -> 12 ms; memory
    +115 MB in a bare process and +170 MB of server RSS (the second session's packed weights and arena)
    instead of +490 MB for an unshared copy; loading peaks about 0.5 GB higher while the weights are read.
    """

    def __init__(self, model_dir: Path, cache_dir: Path, backend: str, threads: int, alone_threads: int = 0) -> None:
        check_mean_pooling(model_dir)
        from transformers import AutoTokenizer

        self.path = export(model_dir, cache_dir, backend)
        self.tokenizer: Any = AutoTokenizer.from_pretrained(str(model_dir))
        self.max_length = _max_length(model_dir, self.tokenizer)
        threads = max(1, threads)
        # The weights, kept alive for as long as the sessions that read them.
        self._weights = _initializers(self.path) if alone_threads > threads else {}
        self.session: onnxruntime.InferenceSession = _session(self.path, threads, self._weights)
        # Its threads must not spin after a question: the other workers' questions need the cores at once.
        self.alone: onnxruntime.InferenceSession | None = (
            _session(self.path, alone_threads, self._weights, spin=False) if self._weights else None)
        self._running = 0
        self._lock = threading.Lock()
        self.dimension = int(self.states(["x"], "").states.shape[-1])

    def _run(self, feeds: dict[str, np.ndarray]) -> np.ndarray:
        with self._lock:
            self._running += 1
            alone = self._running == 1
        try:
            session = self.alone if alone and self.alone is not None else self.session
            return session.run(None, feeds)[0]
        finally:
            with self._lock:
                self._running -= 1

    def states(self, texts: Sequence[str], prompt: str, offsets: bool = False) -> Batch:
        enc = self.tokenizer([prompt + t for t in texts], padding=True, truncation=True,
                             max_length=self.max_length, return_tensors="np", return_offsets_mapping=offsets)
        mask = enc["attention_mask"].astype(np.int64)
        states = self._run({"input_ids": enc["input_ids"].astype(np.int64), "attention_mask": mask})
        spans = [[(int(a), int(b)) for a, b in row] for row in enc["offset_mapping"]] if offsets else []
        return Batch(states, mask.sum(axis=1), spans)

    def embed(self, texts: Sequence[str], prompt: str, batch_size: int) -> np.ndarray:
        """Mean-pooled, L2-normalised vectors; batches are formed by length so little padding is run."""
        out = np.zeros((len(texts), self.dimension), np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for at in range(0, len(order), batch_size):
            ids = order[at:at + batch_size]
            b = self.states([texts[i] for i in ids], prompt)
            mask = (np.arange(b.states.shape[1])[None, :] < b.lengths[:, None]).astype(np.float32)[..., None]
            v = (b.states * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1.0)
            out[ids] = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
        return out


def _initializers(path: Path) -> dict[str, Any]:
    """The graph's weights as ONNX Runtime values, to be shared by sessions (tensors under 128 bytes stay in the
    graph: ONNX Runtime needs those for shape inference)."""
    import onnx
    import onnxruntime as ort
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    arrays = [(t.name, numpy_helper.to_array(t)) for t in graph.initializer]
    return {name: ort.OrtValue.ortvalue_from_numpy(np.ascontiguousarray(a)) for name, a in arrays if a.nbytes >= 128}


def _session(path: Path, threads: int, weights: dict[str, Any], spin: bool = True) -> onnxruntime.InferenceSession:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    if not spin:
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    for name, value in weights.items():
        opts.add_initializer(name, value)
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def _max_length(model_dir: Path, tokenizer: Any) -> int:
    cfg = model_dir / "sentence_bert_config.json"
    limit = json.loads(cfg.read_text(encoding="utf-8")).get("max_seq_length") if cfg.exists() else None
    own = getattr(tokenizer, "model_max_length", 512) or 512
    return int(min(limit or own, own, 8192))
