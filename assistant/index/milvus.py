"""The Milvus index backend: passages, vectors and keyword terms in Milvus collections.

The same code runs against milvus-lite (a local file URI, what tests and CI use) and a Milvus
standalone or cluster (`http://host:19530`). Each saved version is two collections (passages,
documents) and the alias `<collection>` names the live passages collection: `alter_alias` switches
every reader in one step, and a killed ingest leaves its collections unaliased (dropped by the next
`cleanup`). The newest two versions are kept.

Search runs in Milvus: dense vectors (HNSW, inner product) and Milvus's own BM25 over the
project's pre-analysed terms (per-language stems and compound parts, so both backends see the same
terms); filters become escaped filter expressions. Passage metadata is held in memory after
`open()` as the files backend does; vectors stay in Milvus and are fetched by id.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import math
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ConfigurationError, IndexUnavailable
from assistant.index.content import SENTENCE_DTYPE, Edit, EditableContent, ordered_content
from assistant.index.files import keyword_text
from assistant.index.keyword import capitalised, names_coverage, term_coverage
from assistant.index.store import document_from_record, passage_from_record, passage_record
from assistant.lang.analysis import Analyzer
from assistant.lang.nonsense import skipped_words
from assistant.protocols import Hits, TermQuery
from assistant.settings import Settings
from assistant.types import Document, Filters, Manifest, Passage

logger = logging.getLogger(__name__)

try:
    from pymilvus import DataType, Function, FunctionType, MilvusClient
except ImportError:  # the [milvus] extra is optional
    MilvusClient = None

_VERSION = re.compile(r"_p_(v\d{6})$")
_META = "~"  # document-collection rows that are not documents start with it (manifest, statistics)
_JSON_CHUNK = 40_000  # characters of one statistics row (Milvus JSON values are capped near 64 KiB)
_BATCH = 256
_PAGE = 10_000
_DUMMY_DIM = 2  # a Milvus collection needs a vector field; the documents collection has no use for one
_clients: dict[tuple[str, str, str], Any] = {}
_clients_lock = threading.Lock()


_WORD = re.compile(r"\w+")


def milvus_tokens(text: str) -> list[str]:
    """What MILVUS_ANALYZER makes of a text (its standard tokenizer splits at non-word characters), so that
    document frequencies and keyword coverage are computed on the engine's own terms."""
    stop = skipped_words()
    return [w for w in _WORD.findall(text.lower()) if w not in stop]


# Milvus's own analysis (ASSISTANT_MILVUS_ANALYSIS=milvus): one analyser for every language, since a field
# has one (the server's language analysers, e.g. {"type": "swedish"}, stem one language; milvus-lite has
# none of them, only the standard and jieba tokenizers and a stop-word filter).
MILVUS_ANALYZER: dict[str, Any] = {"tokenizer": "standard", "filter": ["lowercase"]}


def milvus_analyzer() -> dict[str, Any]:
    return {**MILVUS_ANALYZER, "filter": [*MILVUS_ANALYZER["filter"],
                                          {"type": "stop", "stop_words": sorted(skipped_words())}]}


def escape(value: str) -> str:
    """A Milvus string literal: quotes and backslashes escaped, control characters dropped, so a value
    can neither end the literal nor widen the filter."""
    clean = "".join(ch for ch in value if ch >= " " and ch != "\x7f")
    return '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'


def filter_expression(f: Filters | None) -> str:
    if f is None or not f.active:
        return ""
    parts = []
    if f.language is not None:
        parts.append(f"language == {escape(f.language)}")
    if f.doc_id is not None:
        parts.append(f"doc_id == {escape(f.doc_id)}")
    if f.publisher is not None:
        parts.append(f"publisher_key == {escape(f.publisher.casefold())}")
    if f.doc_ids is not None:
        parts.append("doc_id in [" + ", ".join(escape(d) for d in sorted(f.doc_ids)) + "]")
    return " and ".join(parts)


def _uri(s: Settings) -> str:
    return s.milvus_uri or str(Path(s.index_dir) / "milvus.db")


def client(s: Settings) -> Any:
    """One client per (URI, database); IndexUnavailable naming the URI when Milvus cannot be reached."""
    if MilvusClient is None:
        raise ConfigurationError('ASSISTANT_INDEX_BACKEND=milvus needs pymilvus: pip install -e ".[milvus]"')
    uri = _uri(s)
    key = (uri, s.milvus_database, s.milvus_token.get_secret_value() if hasattr(s.milvus_token, "get_secret_value")
           else str(s.milvus_token))
    with _clients_lock:
        c = _clients.get(key)
        if c is None:
            if "://" not in uri:
                Path(uri).parent.mkdir(parents=True, exist_ok=True)
            try:
                kw: dict[str, Any] = {"uri": uri}
                if key[2]:
                    kw["token"] = key[2]
                if s.milvus_database:
                    kw["db_name"] = s.milvus_database
                c = MilvusClient(**kw)
            except Exception as exc:
                raise IndexUnavailable(f"Milvus at {uri} cannot be reached ({type(exc).__name__}: {exc}). Check "
                                       "ASSISTANT_MILVUS_URI and that Milvus is running.") from exc
            _clients[key] = c
        return c


def forget_client(s: Settings) -> None:
    """Drop a client that failed, so the next call connects afresh (Milvus back after an outage)."""
    with _clients_lock:
        for key in [k for k in _clients if k[0] == _uri(s)]:
            c = _clients.pop(key)
            with contextlib.suppress(Exception):  # already broken
                c.close()


def _names(s: Settings, version: str) -> tuple[str, str]:
    return f"{s.milvus_collection}_p_{version}", f"{s.milvus_collection}_d_{version}"


def _pack_f16(a: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(a, dtype=SENTENCE_DTYPE).tobytes()).decode("ascii")


def _unpack_f16(text: str, dim: int) -> np.ndarray:
    raw = base64.b64decode(text) if text else b""
    return np.frombuffer(raw, dtype=SENTENCE_DTYPE).reshape(-1, dim)


def _chunks(obj: Iterable[Any], size: int = _JSON_CHUNK) -> Iterator[list[Any]]:
    """Lists whose JSON stays under `size` characters."""
    part: list[Any] = []
    length = 0
    for x in obj:
        n = len(json.dumps(x, ensure_ascii=False)) + 2
        if part and length + n > size:
            yield part
            part, length = [], 0
        part.append(x)
        length += n
    if part:
        yield part


class MilvusIndex(EditableContent):
    """One version of the Milvus index; implements `assistant.protocols.SearchIndex` and `IndexBackend`."""

    def __init__(self, settings: Settings, manifest: Manifest, passages: list[Passage],
                 documents: dict[str, Document], vocabulary: Iterable[str] = (), df: Mapping[str, int] | None = None,
                 version: str = "") -> None:
        self.settings = settings
        self.manifest = manifest
        self._passages = passages
        self._documents = documents
        self._row = {p.id: i for i, p in enumerate(passages)}
        self._by_doc: dict[str, list[int]] = {}
        for i, p in enumerate(passages):
            self._by_doc.setdefault(p.doc_id, []).append(i)
        self.analyzer = Analyzer(vocabulary)
        self._df = dict(df or {})
        self.languages = tuple(sorted({p.language for p in passages}))
        self._version = version
        self._edit: dict[str, tuple[Passage, np.ndarray, np.ndarray]] | None = None

    # ------------------------------------------------------------- backend (classmethods)
    @classmethod
    def _call(cls, settings: Settings, what: str, fn: Any) -> Any:
        try:
            return fn(client(settings))
        except (IndexUnavailable, ConfigurationError):
            raise
        except Exception as exc:
            forget_client(settings)
            raise IndexUnavailable(f"Milvus at {_uri(settings)} failed to {what} ({type(exc).__name__}: "
                                   f"{str(exc)[:300]}); try again when it is back.") from exc

    @classmethod
    def live_version(cls, settings: Settings) -> str | None:
        def target(c: Any) -> str | None:
            if settings.milvus_collection not in c.list_aliases().get("aliases", []):
                return None
            name = c.describe_alias(settings.milvus_collection)["collection_name"]
            m = _VERSION.search(name)
            return m.group(1) if m else None

        return cls._call(settings, "read the live alias", target)

    @classmethod
    def open(cls, settings: Settings) -> MilvusIndex:
        version = cls.live_version(settings)
        if version is None:
            raise IndexUnavailable(f"No index found in Milvus at {_uri(settings)} (alias "
                                   f"{settings.milvus_collection!r}). Build it with: assistant ingest")
        p_name, d_name = _names(settings, version)

        def load(c: Any) -> MilvusIndex:
            for name in (p_name, d_name):  # a new process finds them released
                c.load_collection(name)
            meta: dict[str, Any] = {}
            docs: dict[str, dict[str, Any]] = {}
            local = "://" not in _uri(settings)
            for row in _all(c, d_name, ["doc_id", "data"], "doc_id", local):
                (meta if row["doc_id"].startswith(_META) else docs)[row["doc_id"]] = row["data"]
            manifest = Manifest.from_dict(meta[f"{_META}manifest"])
            vocabulary = [w for k, v in sorted(meta.items()) if k.startswith(f"{_META}vocab") for w in v]
            df: dict[str, int] = {}
            for k, v in sorted(meta.items()):
                if k.startswith(f"{_META}df"):
                    df.update(v)
            built = meta.get(f"{_META}analysis", {}).get("analysis", "project")  # older versions: project
            if built != settings.milvus_analysis:
                raise IndexUnavailable(
                    f"The Milvus index was built with ASSISTANT_MILVUS_ANALYSIS={built}, its terms cannot be "
                    f"searched with {settings.milvus_analysis}. Set ASSISTANT_MILVUS_ANALYSIS={built} or rebuild: "
                    "assistant ingest --rebuild")
            records = [json.loads(r["record"]) for r in _all(c, p_name, ["record"], "pid", local)]
            return cls._assemble(settings, manifest, records, docs, vocabulary, df, version)

        index = cls._call(settings, f"load collection {p_name}", load)
        if index.manifest.model != settings.model:
            raise IndexUnavailable(f"The Milvus index was built with model '{index.manifest.model}' but the configured "
                                   f"model is '{settings.model}'. Set ASSISTANT_MODEL='{index.manifest.model}' or "
                                   "rebuild: assistant ingest --rebuild")
        return index

    @classmethod
    def _assemble(cls, settings: Settings, manifest: Manifest, records: list[dict[str, Any]],
                  docs: dict[str, dict[str, Any]], vocabulary: list[str], df: dict[str, int],
                  version: str) -> MilvusIndex:
        order = {d: i for i, d in enumerate(sorted(docs, key=lambda d: docs[d].get("order", 0)))}
        passages = sorted((passage_from_record(r) for r in records), key=lambda p: (order.get(p.doc_id, 0), p.start))
        texts: dict[str, list[str]] = {}
        for p in passages:  # the document text as far as its passages cover it (quotes lie inside passages)
            buf = texts.setdefault(p.doc_id, [" "] * int(docs[p.doc_id].get("length", 0)))
            if len(buf) < p.end:
                buf.extend(" " * (p.end - len(buf)))
            buf[p.start:p.end] = list(p.text)
        documents = {}
        for doc_id in sorted(docs, key=order.__getitem__):
            rec = {k: v for k, v in docs[doc_id].items() if k not in ("order", "length")}
            documents[doc_id] = document_from_record({**rec, "text": "".join(texts.get(doc_id, []))})
        return cls(settings, manifest, passages, documents, vocabulary, df, version)

    @classmethod
    def create(cls, settings: Settings, manifest: Manifest) -> MilvusIndex:
        return cls(settings, manifest, [], {})

    @classmethod
    def cleanup(cls, settings: Settings) -> None:
        """Drop half-written versions (newer than the live one) and all but the newest two."""

        def drop(c: Any) -> None:
            live = cls.live_version(settings)
            versions = sorted({m.group(1) for n in c.list_collections() if n.startswith(settings.milvus_collection)
                               and (m := re.search(r"_[pd]_(v\d{6})$", n))})
            keep = set()
            if live is not None:
                older = [v for v in versions if v <= live]
                keep = set(older[-2:])
            for v in versions:
                if v not in keep:
                    for name in _names(settings, v):
                        if c.has_collection(name):
                            c.drop_collection(name)
                            logger.info("Dropped Milvus collection %s", name)

        cls._call(settings, "clean up old versions", drop)

    # ------------------------------------------------------------- reading
    @property
    def version(self) -> str:
        return self._version

    @property
    def integrity(self) -> str:
        if not self._version:
            return "not saved"
        return (f"Milvus collection {_names(self.settings, self._version)[0]} at {_uri(self.settings)} "
                f"({len(self._passages)} passages)")

    @property
    def documents(self) -> Mapping[str, Document]:
        return self._documents

    @property
    def passages(self) -> Sequence[Passage]:
        return self._passages

    def passage(self, passage_id: str) -> Passage:
        return self._passages[self._row[passage_id]]

    def document(self, doc_id: str) -> Document:
        return self._documents[doc_id]

    def passages_of(self, doc_id: str) -> list[Passage]:
        return [self._passages[r] for r in self._by_doc.get(doc_id, [])]

    def __len__(self) -> int:
        return len(self._passages)

    def _terms(self, text: str, language: str, concepts: bool = True, all_names: bool = False) -> list[str]:
        if self.settings.milvus_analysis == "milvus":
            return milvus_tokens(text)
        return self.analyzer.query_terms(text, language, self.languages, self._df.__contains__, concepts=concepts,
                                         all_names=all_names)

    def _collection(self) -> str:
        return _names(self.settings, self._version)[0]

    def search(self, query: np.ndarray | TermQuery, k: int, filters: Filters | None = None) -> Hits:
        if not self._version or not self._passages:
            return Hits((), ())
        expr = filter_expression(filters)
        k = min(k, len(self._passages))
        if isinstance(query, TermQuery):
            terms = list(dict.fromkeys(self._terms(query.text, query.language)))
            known = [t for t in terms if t in self._df]
            if not known:
                return Hits((), (), 0.0)
            n = max(len(self._passages), 1)
            plain = self._terms(query.text, query.language, concepts=False)
            names = self._terms(capitalised(query.text), query.language, all_names=True)
            idf = {t: math.log(1 + (n - self._df[t] + 0.5) / (self._df[t] + 0.5))
                   for t in (*terms, *plain, *names) if t in self._df}
            coverage, held = term_coverage(terms, idf, n), term_coverage(plain, idf, n)
            names_held = names_coverage(terms, names, idf, n)
            res = self._call(self.settings, "search", lambda c: c.search(
                self._collection(), data=[" ".join(known)], anns_field="sparse", limit=k, filter=expr,
                output_fields=["pid"], search_params={"metric_type": "BM25"}))
            hits = [(h["entity"]["pid"], abs(float(h["distance"]))) for h in res[0]]
            hits.sort(key=lambda x: -x[1])
            return Hits(tuple(h[0] for h in hits), tuple(h[1] for h in hits), float(coverage), float(held),
                        float(names_held))
        vec = np.asarray(query, dtype=np.float32).reshape(-1).tolist()
        ef = max(self.settings.milvus_ef, k)
        res = self._call(self.settings, "search", lambda c: c.search(
            self._collection(), data=[vec], anns_field="vector", limit=k, filter=expr, output_fields=["pid"],
            search_params={"metric_type": "IP", "params": {"ef": ef}}))
        hits = [(h["entity"]["pid"], float(h["distance"])) for h in res[0] if math.isfinite(float(h["distance"]))]
        return Hits(tuple(h[0] for h in hits), tuple(h[1] for h in hits))

    def _fetch(self, passage_ids: Sequence[str], field: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for i in range(0, len(passage_ids), _BATCH):
            ids = list(passage_ids[i:i + _BATCH])
            rows = self._call(self.settings, "read vectors",
                              lambda c, ids=ids: c.get(self._collection(), ids=ids, output_fields=["pid", field]))
            out.update({r["pid"]: r[field] for r in rows})
        return out

    def vectors(self, passage_ids: Sequence[str]) -> np.ndarray:
        if self._edit is not None:
            return np.vstack([self._edit[i][1] for i in passage_ids]) if passage_ids else np.zeros(
                (0, self.manifest.dimension), np.float32)
        got = self._fetch(passage_ids, "vector")
        if not passage_ids:
            return np.zeros((0, self.manifest.dimension), np.float32)
        return np.asarray([got[i] for i in passage_ids], dtype=np.float32)

    def sentence_vectors(self, passage_ids: Sequence[str]) -> list[np.ndarray | None]:
        if self._edit is not None:
            return [self._edit[i][2].astype(np.float32) if len(self._edit[i][2]) else None for i in passage_ids]
        got = self._fetch(passage_ids, "sentences")
        out: list[np.ndarray | None] = []
        for pid in passage_ids:
            a = _unpack_f16(got.get(pid, ""), self.manifest.dimension)
            out.append(a.astype(np.float32) if len(a) == len(self.passage(pid).sentences) and len(a) else None)
        return out

    # ------------------------------------------------------------- writing
    def _editable(self) -> Edit:
        if self._edit is None:
            ids = [p.id for p in self._passages]
            vecs = self.vectors(ids) if ids else np.zeros((0, self.manifest.dimension), np.float32)
            sents = self.sentence_vectors(ids)
            empty = np.zeros((0, self.manifest.dimension), SENTENCE_DTYPE)
            self._edit = {p.id: (p, vecs[i], (s.astype(SENTENCE_DTYPE) if s is not None else empty))
                          for i, (p, s) in enumerate(zip(self._passages, sents, strict=True))}
        return self._edit

    def save(self) -> str:
        """Write the content as a new version (two collections), then switch the alias to it in one step."""
        documents, items = ordered_content(self._editable(), self._documents)
        passages = [p for p, _, _ in items]
        analyzer = Analyzer()
        texts = [keyword_text(p) for p in passages]
        if self.settings.milvus_analysis == "project":
            analyzer.learn(texts)
            terms = [analyzer.terms(t, p.language) or ["\u2205"] for t, p in zip(texts, passages, strict=True)]
        else:
            terms = [milvus_tokens(t) or ["\u2205"] for t in texts]
        df = Counter(t for ts in terms for t in set(ts))
        manifest = replace(self.manifest, documents=len(documents), chunks=len(passages), created=time.time())
        s = self.settings

        def write(c: Any) -> str:
            existing = [m.group(1) for n in c.list_collections() if (m := _VERSION.search(n))
                        and n.startswith(s.milvus_collection)]
            version = f"v{int(max(existing, default='v000000')[1:]) + 1:06d}"
            p_name, d_name = _names(s, version)
            _create_passages(c, p_name, manifest.dimension, s)
            _create_documents(c, d_name)
            meta = [{"doc_id": f"{_META}manifest", "data": asdict(manifest)},
                    {"doc_id": f"{_META}analysis", "data": {"analysis": s.milvus_analysis}}]
            meta += [{"doc_id": f"{_META}vocab{i:05d}", "data": part}
                     for i, part in enumerate(_chunks(sorted(analyzer.vocabulary)))]
            meta += [{"doc_id": f"{_META}df{i:05d}", "data": dict(part)}
                     for i, part in enumerate(_chunks(sorted(df.items())))]
            doc_rows = []
            for i, d in enumerate(documents):
                rec = asdict(d)
                length = len(rec.pop("text"))
                doc_rows.append({"doc_id": d.doc_id, "data": {**rec, "order": i, "length": length}})
            rows = [{**r, "v": [0.0] * _DUMMY_DIM} for r in meta + doc_rows]
            for i in range(0, len(rows), _BATCH):
                c.insert(d_name, rows[i:i + _BATCH])
            for i in range(0, len(items), _BATCH):
                c.insert(p_name, [_passage_row(p, v, sv, ts if s.milvus_analysis == "project" else [t])
                                  for (p, v, sv), ts, t in zip(items[i:i + _BATCH], terms[i:i + _BATCH],
                                                               texts[i:i + _BATCH], strict=True)])
            c.flush(p_name)
            c.flush(d_name)
            # One step: readers see the old version or the new one, never a half-written one.
            if s.milvus_collection in c.list_aliases().get("aliases", []):
                c.alter_alias(p_name, s.milvus_collection)
            else:
                c.create_alias(p_name, s.milvus_collection)
            return version

        version = self._call(s, "write a new version", write)
        fresh = MilvusIndex(s, manifest, passages, {d.doc_id: d for d in documents}, analyzer.vocabulary, df, version)
        self.__dict__.update(fresh.__dict__)
        self.cleanup(s)
        return version


def _passage_row(p: Passage, v: np.ndarray, sv: np.ndarray, terms: list[str]) -> dict[str, Any]:
    return {"pid": p.id, "doc_id": p.doc_id, "language": p.language, "publisher_key": p.shown_publisher.casefold(),
            "record": json.dumps(passage_record(p), ensure_ascii=False), "terms": " ".join(terms),
            "vector": np.asarray(v, np.float32).tolist(), "sentences": _pack_f16(sv)}


def _create_passages(c: Any, name: str, dim: int, s: Settings) -> None:
    schema = MilvusClient.create_schema(auto_id=False)
    schema.add_field("pid", DataType.VARCHAR, is_primary=True, max_length=1024)
    schema.add_field("doc_id", DataType.VARCHAR, max_length=1024)
    schema.add_field("language", DataType.VARCHAR, max_length=16)
    schema.add_field("publisher_key", DataType.VARCHAR, max_length=1024)
    schema.add_field("record", DataType.VARCHAR, max_length=65535)
    # project: pre-analysed terms (stems, compound parts) separated by spaces, which Milvus only splits;
    # milvus: the passage's text, which Milvus analyses itself.
    analysis = {"tokenizer": s.milvus_tokenizer} if s.milvus_analysis == "project" else milvus_analyzer()
    schema.add_field("terms", DataType.VARCHAR, max_length=65535, enable_analyzer=True, analyzer_params=analysis)
    schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
    schema.add_field("sentences", DataType.VARCHAR, max_length=65535)  # float16 sentence vectors, base64
    schema.add_function(Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["terms"],
                                 output_field_names=["sparse"]))
    params = c.prepare_index_params()
    params.add_index("vector", index_type="HNSW", metric_type="IP",
                     params={"M": s.milvus_hnsw_m, "efConstruction": s.milvus_ef_construction})
    params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
    c.create_collection(name, schema=schema, index_params=params)


def _create_documents(c: Any, name: str) -> None:
    schema = MilvusClient.create_schema(auto_id=False)
    schema.add_field("doc_id", DataType.VARCHAR, is_primary=True, max_length=1024)
    schema.add_field("data", DataType.JSON)
    schema.add_field("v", DataType.FLOAT_VECTOR, dim=_DUMMY_DIM)
    params = c.prepare_index_params()
    params.add_index("v", index_type="FLAT", metric_type="L2")
    c.create_collection(name, schema=schema, index_params=params)


class _NoMvccWarning(logging.Filter):
    """milvus-lite has no timestamp service: pymilvus then warns once per iterator and reads with the client's
    clock, which is right for a local file only this process writes to."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "mvccTs" not in record.getMessage()


logging.getLogger("pymilvus.client.iterator.query_iterator").addFilter(_NoMvccWarning())


def _all(c: Any, name: str, fields: list[str], key: str, local: bool) -> Iterator[dict[str, Any]]:
    """Every row, read with a query iterator (it pages by primary key, so reading n rows costs O(n)). Offset
    pages cost O(offset) each in milvus-lite, O(n^2) in all: opening 100k passages took 40.4 s with them and
    18.2 s with the iterator, 1M more than 37 min and 538 s. They remain the fallback for a milvus-lite without
    iterators."""
    try:
        it = c.query_iterator(name, batch_size=_PAGE if local else 1000, filter="", output_fields=fields)
    except Exception as exc:  # any refusal of the iterator: fall back to pages
        if not local:
            raise
        logger.debug("query_iterator unavailable (%s); reading %s in offset pages", exc, name)
        yield from _offset_pages(c, name, fields, key)
        return
    try:
        while True:
            batch = it.next()
            if not batch:
                return
            yield from batch
    finally:
        it.close()


def _offset_pages(c: Any, name: str, fields: list[str], key: str) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        rows = c.query(name, filter=f'{key} != ""', output_fields=fields, limit=_PAGE, offset=offset)
        yield from rows
        if len(rows) < _PAGE:
            return
        offset += _PAGE


__all__ = ["MilvusIndex", "escape", "filter_expression"]
