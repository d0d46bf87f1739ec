"""The seams: a toy index backend and a toy generator plug in with one class and one factory entry."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest

from assistant import Assistant, Settings
from assistant.answer import factory as answer_factory
from assistant.errors import ConfigurationError, IndexUnavailable
from assistant.index import factory as index_factory
from assistant.protocols import Embedder, Generator, Hits, PassageSource, SearchIndex, TermQuery
from assistant.retrieve.conversation import Turn
from assistant.types import Answer, Document, Filters, Manifest, Passage, Ranked
from tests.conftest import CORPUS, HashEmbedder, hash_assistant


class MemoryIndex:
    """A toy backend: passages in a dict, brute-force search, versions kept in a class attribute."""

    committed: ClassVar[dict[str, MemoryIndex]] = {}

    def __init__(self, manifest: Manifest, data: dict[str, tuple[Passage, np.ndarray]] | None = None,
                 documents: dict[str, Document] | None = None, version: str = "") -> None:
        self.manifest = manifest
        self._data = dict(data or {})
        self._documents = dict(documents or {})
        self._version = version
        self._sentences: dict[str, np.ndarray] = {}

    # backend
    @classmethod
    def live_version(cls, settings: Settings) -> str | None:
        return max(cls.committed, default=None)

    @classmethod
    def open(cls, settings: Settings) -> MemoryIndex:
        live = cls.live_version(settings)
        if live is None:
            raise IndexUnavailable("No index found in memory")
        return cls.committed[live]

    @classmethod
    def create(cls, settings: Settings, manifest: Manifest) -> MemoryIndex:
        return cls(manifest)

    @classmethod
    def cleanup(cls, settings: Settings) -> None:
        pass

    # index
    @property
    def version(self) -> str:
        return self._version

    @property
    def integrity(self) -> str:
        return "in memory"

    @property
    def documents(self) -> Mapping[str, Document]:
        return self._documents

    @property
    def passages(self) -> Sequence[Passage]:
        return [p for p, _ in self._data.values()]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({p.language for p, _ in self._data.values()}))

    def passage(self, passage_id: str) -> Passage:
        return self._data[passage_id][0]

    def document(self, doc_id: str) -> Document:
        return self._documents[doc_id]

    def passages_of(self, doc_id: str) -> list[Passage]:
        return [p for p in self.passages if p.doc_id == doc_id]

    def search(self, query: np.ndarray | TermQuery, k: int, filters: Filters | None = None) -> Hits:
        items = [(p, v) for p, v in self._data.values() if filters is None or filters.accept(p)]
        if isinstance(query, TermQuery):
            words = set(query.text.lower().split())
            scored = [(p.id, float(len(words & set(p.text.lower().split())))) for p, _ in items]
            scored = [x for x in scored if x[1] > 0]
        else:
            scored = [(p.id, float(v @ query)) for p, v in items]
        scored.sort(key=lambda x: -x[1])
        return Hits(tuple(i for i, _ in scored[:k]), tuple(s for _, s in scored[:k]), 1.0 if scored else 0.0)

    def vectors(self, passage_ids: Sequence[str]) -> np.ndarray:
        return np.vstack([self._data[i][1] for i in passage_ids])

    def sentence_vectors(self, passage_ids: Sequence[str]) -> list[np.ndarray | None]:
        return [self._sentences.get(i) for i in passage_ids]

    def upsert(self, documents: Sequence[Document], passages: Sequence[Passage], vectors: np.ndarray,
               sentence_vectors: np.ndarray | None = None) -> None:
        self._documents.update({d.doc_id: d for d in documents})
        self._data.update({p.id: (p, v) for p, v in zip(passages, vectors, strict=True)})
        at = 0
        for p in passages:
            if p.sentences and sentence_vectors is not None:
                self._sentences[p.id] = sentence_vectors[at:at + len(p.sentences)]
                at += len(p.sentences)

    def delete(self, passage_ids: Iterable[str]) -> None:
        for i in passage_ids:
            self._data.pop(i, None)

    def save(self) -> str:
        name = f"m{len(self.committed) + 1:04d}"
        held = {p.doc_id for p in self.passages}
        docs = {k: d for k, d in self._documents.items() if k in held}
        saved = MemoryIndex(self.manifest, self._data, docs, name)
        saved._sentences = dict(self._sentences)
        MemoryIndex.committed[name] = saved
        self._version, self._documents = name, docs
        return name


class EchoGenerator:
    """A toy generator: names the best passage's title; refuses without passages."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings

    def answers(self, language: str, ranked: Sequence[Ranked]) -> bool:
        return bool(ranked)

    def compose(self, question: str, language: str, ranked: Sequence[Ranked], source: PassageSource,
                history: Sequence[Turn] = ()) -> Answer:
        if not ranked:
            return Answer("nothing", (), False, language)
        doc = source.document(ranked[0].passage.doc_id)
        return Answer(f"See {doc.title}", (), True, language, tuple(r.passage for r in ranked), generator="echo")

    def stream(self, question: str, language: str, ranked: Sequence[Ranked], source: PassageSource,
               history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        yield self.compose(question, language, ranked, source, history)


@pytest.fixture
def assistant(tmp_path: Path) -> Any:
    return hash_assistant(tmp_path)


@pytest.fixture
def toy_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    MemoryIndex.committed = {}
    monkeypatch.setitem(index_factory.BACKENDS, "memory", MemoryIndex)
    monkeypatch.setitem(answer_factory.GENERATORS, "echo", EchoGenerator)


def test_a_toy_backend_and_generator_are_picked_by_settings(toy_registry: None, tmp_path: Path) -> None:
    s = Settings(index_dir=tmp_path / "index", model="test-hash", corpus_dir=CORPUS, index_backend="memory",
                 generator="echo")
    a = Assistant(s, embedder=HashEmbedder())
    assert isinstance(a.generator, Generator) and isinstance(a.generator, EchoGenerator)
    report = a.ingest()
    assert report.changed and MemoryIndex.live_version(s) == "m0001"
    assert isinstance(a.index, SearchIndex) and isinstance(a.index, MemoryIndex)
    assert len(a.index.documents) == 5 and a.index.version == "m0001"
    hits = a.search("Växjö klimat", 3)
    assert hits and all(isinstance(p, Passage) for p in hits)
    answer = a.ask("Which networks does Växjö belong to?")
    assert answer.found and answer.answer.startswith("See ")
    # filters reach the backend: only Norwegian passages come back
    assert {p.language for p in a.search("nettverk", 5, Filters(language="no"))} == {"no"}
    # removing a document goes through the protocol's delete and save
    gone = next(iter(a.index.documents))
    assert a.remove_documents([gone]) == 1 and gone not in a.index.documents and a.index.version == "m0002"


def test_unknown_backend_or_generator_names_the_choices(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="choose one of: files"):
        Assistant(Settings(index_dir=tmp_path, index_backend="nope"), embedder=HashEmbedder())
    with pytest.raises(ConfigurationError, match="choose one of: extractive"):
        Assistant(Settings(index_dir=tmp_path, generator="nope"), embedder=HashEmbedder())


def test_files_index_implements_the_protocol_and_pushes_filters_down(assistant: Any) -> None:
    idx = assistant.index
    assert isinstance(idx, SearchIndex)
    qv = assistant.embedder.embed_queries(["nätverk"])[0]
    doc = next(iter(idx.documents))
    hits = idx.search(qv, 50, Filters(doc_id=doc))
    assert hits.ids and all(idx.passage(i).doc_id == doc for i in hits.ids)
    kw = idx.search(TermQuery("nätverk", "sv"), 50, Filters(language="sv"))
    assert kw.ids and all(idx.passage(i).language == "sv" for i in kw.ids)
    assert idx.search(qv, 5, Filters(publisher="nobody")).ids == ()
    # ids, not rows: vectors come back for the ids asked, in their order
    ids = list(reversed(hits.ids[:3]))
    score = dict(zip(hits.ids, hits.scores, strict=True))
    assert np.allclose(idx.vectors(ids) @ qv, [score[i] for i in ids], atol=1e-5)


def test_files_index_upsert_delete_and_save_make_a_new_version(assistant: Any) -> None:
    idx = assistant.backend.open(assistant.settings)
    before = idx.version
    doc = next(iter(idx.documents))
    ps = idx.passages_of(doc)
    idx.delete([p.id for p in ps])
    assert idx.version == before and len(idx.passages) == len(assistant.index.passages)  # nothing visible yet
    name = idx.save()
    assert name != before and doc not in idx.documents and all(p.doc_id != doc for p in idx.passages)
    again = assistant.backend.open(assistant.settings)
    assert again.version == name and doc not in again.documents
    with pytest.raises(ValueError, match="unknown documents"):
        again.upsert([], ps[:1], assistant.embedder.embed_passages([ps[0].text]))
