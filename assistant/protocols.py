"""The seams: what an embedder, a search index and an answer generator must offer.

Implementations are picked by name from settings (`index_backend`, `generator`) in
`assistant.index.factory` and `assistant.answer.factory`; `Assistant` also accepts them
injected. Passages are identified by their stable `Passage.id` (document id, chunk number
and a content hash), never by a storage row, so any backend can hold them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

import numpy as np

from assistant.types import Answer, Document, Filters, Manifest, Passage, Ranked, StreamItem

if TYPE_CHECKING:
    from assistant.retrieve.conversation import Turn
    from assistant.settings import Settings


@runtime_checkable
class Embedder(Protocol):
    """Turns text into L2-normalised vectors; cheap to construct, `load()` does the work."""

    model_name: str

    def load(self) -> object: ...

    @property
    def dimension(self) -> int: ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_passages(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray: ...


@runtime_checkable
class IndexEmbedder(Protocol):
    """An embedder that builds an index at another precision than it embeds questions (bf16 on CPUs that have it,
    `Settings.ingest_precision`); other embedders build it with `load()` and `embed_passages`."""

    @property
    def index_precision(self) -> str: ...

    def load_for_index(self) -> object: ...

    def embed_for_index(self, texts: Sequence[str]) -> np.ndarray: ...


def load_for_index(embedder: Embedder) -> None:
    """Load what an index build needs (all an embedder without an index precision has)."""
    if isinstance(embedder, IndexEmbedder):
        embedder.load_for_index()
    else:
        embedder.load()


def embed_for_index(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """Passage vectors for an index, in the embedder's index precision where it has one."""
    return embedder.embed_for_index(texts) if isinstance(embedder, IndexEmbedder) else embedder.embed_passages(texts)


def index_precision(embedder: Embedder) -> str:
    """What an index built by this embedder is embedded in (recorded in the manifest)."""
    return embedder.index_precision if isinstance(embedder, IndexEmbedder) else "fp32"


@runtime_checkable
class SubwordCounter(Protocol):
    """An embedder that can tell how its vocabulary splits a word (random letters fall apart into single
    letters); embedders without it skip that check."""

    def pieces(self, word: str) -> int: ...


class TermQuery(NamedTuple):
    """A keyword query: the index analyses `text` with the pack of `language`."""

    text: str
    language: str


class Hits(NamedTuple):
    """Passage ids with scores, best first.

    `coverage` is the share of the query's keyword weight that the collection holds (1.0 for a
    vector query): the adaptive fusion weighs keyword evidence by it. `held` is the same for the question's own
    words, without the concept words of other languages that the search adds (None: as `coverage`): the answer
    threshold depends on it. `names_held` is the same when only the question's names count as missing
    (`keyword.names_coverage`; None: as `coverage`): a question in a language the collection lacks cannot find
    its common words there, so only its names say whether the collection holds what it asks about.
    """

    ids: tuple[str, ...]
    scores: tuple[float, ...]
    coverage: float = 1.0
    held: float | None = None
    names_held: float | None = None


class PassageSource(Protocol):
    """Where a generator reads the documents behind ranked passages."""

    def document(self, doc_id: str) -> Document: ...

    def passages_of(self, doc_id: str) -> list[Passage]: ...

    def sentence_vectors(self, passage_ids: Sequence[str]) -> list[np.ndarray | None]:
        """Per passage, the stored vectors of its `Passage.sentences` (None where none are stored)."""
        ...


@runtime_checkable
class SearchIndex(PassageSource, Protocol):
    """A versioned store of passages, their vectors and their keyword terms.

    `search` takes a query vector (dense) or a `TermQuery` (keyword) and evaluates `filters`
    itself, so a database backend can push them into its own query. Changes (`upsert`,
    `delete`) become visible to readers only through `save()`, which commits a new version.
    """

    manifest: Manifest

    @property
    def version(self) -> str: ...

    @property
    def integrity(self) -> str: ...

    @property
    def documents(self) -> Mapping[str, Document]: ...

    @property
    def passages(self) -> Sequence[Passage]: ...

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages of its passages, sorted: keyword analysis and a question's language prior read them."""
        ...

    def passage(self, passage_id: str) -> Passage: ...

    def search(self, query: np.ndarray | TermQuery, k: int, filters: Filters | None = None) -> Hits: ...

    def vectors(self, passage_ids: Sequence[str]) -> np.ndarray: ...

    def upsert(self, documents: Sequence[Document], passages: Sequence[Passage], vectors: np.ndarray,
               sentence_vectors: np.ndarray | None = None) -> None:
        """Add or replace passages; `sentence_vectors` holds the rows of every passage's `sentences`, in order."""
        ...

    def delete(self, passage_ids: Iterable[str]) -> None: ...

    def save(self) -> str: ...


class IndexBackend(Protocol):
    """How a kind of index is opened, created and switched: one per `index_backend` name."""

    def live_version(self, settings: Settings) -> str | None: ...

    def open(self, settings: Settings) -> SearchIndex: ...

    def create(self, settings: Settings, manifest: Manifest) -> SearchIndex: ...

    def cleanup(self, settings: Settings) -> None: ...


@runtime_checkable
class Generator(Protocol):
    """Writes the answer from ranked passages, or says that they do not answer the question."""

    def answers(self, language: str, ranked: Sequence[Ranked]) -> bool: ...

    def compose(self, question: str, language: str, ranked: Sequence[Ranked], source: PassageSource,
                history: Sequence[Turn] = ()) -> Answer: ...

    def stream(self, question: str, language: str, ranked: Sequence[Ranked], source: PassageSource,
               history: Sequence[Turn] = ()) -> Iterator[StreamItem]:
        """Text that may be shown as it comes (already verified) and each `Citation` before the first text
        that cites it, then the final `Answer`."""
        ...


GeneratorFactory = Callable[["Settings", Embedder], Generator]
"""Pick the answer generator named by `settings.generator` (txtai-style factory); the embedder serves
generators that check their text against the passages."""
