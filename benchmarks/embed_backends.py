"""Embedding backends side by side on this machine: torch (the default) against ONNX Runtime in fp32 and with
int8 weights (dynamic quantisation of the MatMuls, per channel). Prints chunks/s and the cosine of each
backend's vectors to torch's on the same chunks (the agreement the issue asks for: median >= 0.99).

    pip install onnxruntime onnx          # not part of the default install
    .venv/bin/python benchmarks/embed_backends.py INDEX_DIR [--chunks 128] [--threads 2]

The ONNX graph is exported once from the bundled model with torch's exporter (optimum, the usual route,
pins transformers < 4.58 and would downgrade the project's transformers 5) into a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np


def _chunks(index_dir: Path, n: int) -> list[str]:
    current = (index_dir / "CURRENT").read_text().strip()
    rows = (index_dir / current / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(r)["text"] for r in rows[:n]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("index_dir", type=Path, help="an index folder whose chunks are embedded")
    ap.add_argument("--chunks", type=int, default=128)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    args = ap.parse_args()
    try:
        import onnxruntime as ort
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError:
        raise SystemExit("needs onnxruntime and onnx: pip install onnxruntime onnx") from None
    import torch

    from assistant.index.embedder import SentenceTransformerEmbedder

    texts = _chunks(args.index_dir, args.chunks)
    emb = SentenceTransformerEmbedder(threads=args.threads).load()
    model, tok, prompt = emb.model, emb.model.tokenizer, emb.passage_prompt
    emb.embed_passages(texts[: args.batch])  # warm-up
    t0 = time.perf_counter()
    ref = emb.embed_passages(texts)
    rates = {"torch": len(texts) / (time.perf_counter() - t0)}
    agreement = {"torch": 1.0}

    class _Encoder(torch.nn.Module):
        def __init__(self, m: torch.nn.Module) -> None:
            super().__init__()
            self.m = m

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.m(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    with tempfile.TemporaryDirectory() as tmp:
        fp32, int8 = Path(tmp) / "model.onnx", Path(tmp) / "model_int8.onnx"
        sample = tok([prompt + "x"], return_tensors="pt")
        axes = {"input_ids": {0: "b", 1: "s"}, "attention_mask": {0: "b", 1: "s"}, "states": {0: "b", 1: "s"}}
        torch.onnx.export(_Encoder(model[0].auto_model).eval(), (sample["input_ids"], sample["attention_mask"]),
                          str(fp32), input_names=["input_ids", "attention_mask"], output_names=["states"],
                          dynamic_axes=axes, opset_version=17, dynamo=False)
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"],
                         per_channel=True)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = args.threads
        for name, path in (("onnx", fp32), ("onnx-int8", int8)):
            sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])

            def encode(batch: list[str], s: ort.InferenceSession = sess) -> np.ndarray:
                enc = tok([prompt + t.strip() for t in batch], padding=True, truncation=True,
                          max_length=model.max_seq_length, return_tensors="np")
                states = s.run(None, {k: enc[k].astype(np.int64) for k in ("input_ids", "attention_mask")})[0]
                mask = enc["attention_mask"][..., None].astype(np.float32)
                v = (states * mask).sum(1) / mask.sum(1)
                return v / np.linalg.norm(v, axis=1, keepdims=True)

            encode(texts[: args.batch])
            t0 = time.perf_counter()
            vecs = np.vstack([encode(texts[i:i + args.batch]) for i in range(0, len(texts), args.batch)])
            rates[name] = len(texts) / (time.perf_counter() - t0)
            agreement[name] = float(np.median((vecs * ref).sum(1)))
            print(f"{name:>10}: {rates[name]:6.1f} chunks/s ({rates[name] / rates['torch']:.2f}x torch), "
                  f"cosine to torch median {agreement[name]:.4f}, min {float((vecs * ref).sum(1).min()):.4f}",
                  flush=True)
    print(f"{'torch':>10}: {rates['torch']:6.1f} chunks/s ({len(texts)} chunks, {args.threads} threads, "
          f"batch {args.batch})")


if __name__ == "__main__":
    main()
