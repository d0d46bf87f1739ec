"""Small immutable types that flow between the pipeline stages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned document; chunk offsets index into `text`."""

    doc_id: str
    text: str
    title: str
    publisher: str = ""
    language: str = ""
    url: str = ""
    path: str = ""
    # The site a web page says it is on beside its title ("Skoleskyss | Brekkestad kommune"): shown as the publisher
    # where there is none, and searched by keyword, but not embedded (see `extract.site_from_title`).
    site: str = ""
    source: str = ""     # path relative to the ingested folder: identity across runs
    sha256: str = ""     # of the file bytes (+ metadata sidecar): unchanged files are not re-embedded
    date: str = ""
    pages: tuple[tuple[int, int], ...] = ()  # (offset, page number) where each PDF page starts

    @property
    def shown_publisher(self) -> str:
        """Who a reader is told the document is from: its publisher, else the site its page is on."""
        return self.publisher or self.site


@dataclass(frozen=True, slots=True)
class Scores:
    """Why a passage ranked where it did: each stage's score (None where it did not see it)."""

    keyword: float | None = None
    dense: float | None = None
    fused: float = 0.0
    rerank: float | None = None
    coverage: float | None = None  # share of the query's keyword weight found in the collection
    # the query's mean similarity to the collection's passages in this passage's language (its sample)
    language_mean: float | None = None
    # the re-rank score against the question without the names it asks about (`Retriever.search`'s `focus`)
    focus: float | None = None


# Between a numbered item's heading and the sub-heading under it, in a passage's section ("§ 26 Motion om avgiftsfri
# kollektivtrafik för pensionärer › Omröstning"): the chunker writes it, the sentence re-ranker reads the last part.
SECTION_SEPARATOR = " › "


@dataclass(frozen=True, slots=True)
class Passage:
    """A chunk of a document; `text == document.text[start:end]`."""

    id: str
    doc_id: str
    text: str
    title: str
    section: str
    language: str
    start: int
    end: int
    publisher: str = ""
    url: str = ""
    page: int = 0        # PDF page the passage starts on (0: the document has no pages)
    # The quotable sentences (document offsets) whose vectors the index stores, in order: re-ranking
    # looks them up instead of embedding them at question time. Empty in indexes made before.
    sentences: tuple[tuple[int, int], ...] = ()
    score: float = 0.0
    scores: Scores = field(default_factory=Scores)
    site: str = ""  # as `Document.site`

    @property
    def shown_publisher(self) -> str:
        """Who a reader is told the passage is from: its publisher, else the site its page is on."""
        return self.publisher or self.site

    def with_score(self, score: float, scores: Scores) -> Passage:
        return replace(self, score=score, scores=scores)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Citation:
    """One numbered citation: the passage and the exact sentence quoted from it."""

    n: int
    passage: Passage
    quote: str
    quote_start: int  # offsets of the quote in the cleaned document
    quote_end: int
    spans: tuple[tuple[int, int], ...] = ()  # every quoted sentence of this passage (document offsets)


@dataclass(frozen=True, slots=True)
class SentenceScore:
    """A sentence of a passage (document offsets) and its similarity to the question."""

    start: int
    end: int
    score: float
    # similarity to the question without the names it is asked about (`Retriever.search`'s `focus`), or None
    focus: float | None = None


@dataclass(frozen=True, slots=True)
class Ranked:
    """A ranked passage with its scored sentences, for answer composition."""

    passage: Passage
    sentences: tuple[SentenceScore, ...] = ()

    @property
    def best_sentence(self) -> SentenceScore | None:
        return max(self.sentences, key=lambda s: s.score) if self.sentences else None


@dataclass(frozen=True, slots=True)
class Filters:
    """Which passages a search may return; index backends evaluate them themselves."""

    language: str | None = None
    doc_id: str | None = None
    publisher: str | None = None
    doc_ids: frozenset[str] | None = None  # e.g. the documents a follow-up refers to

    @classmethod
    def of(cls, language: str | None = None, doc_id: str | None = None, publisher: str | None = None) -> Filters:
        """Filters from optional request values; an empty value means no filter."""
        return cls(language=language or None, doc_id=doc_id or None, publisher=publisher or None)

    @property
    def active(self) -> bool:
        return bool(self.language or self.doc_id or self.publisher or self.doc_ids is not None)

    def accept(self, p: Passage) -> bool:
        return ((self.language is None or p.language == self.language)
                and (self.doc_id is None or p.doc_id == self.doc_id)
                and (self.doc_ids is None or p.doc_id in self.doc_ids)
                and (self.publisher is None or p.shown_publisher.casefold() == self.publisher.casefold()))


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an index version was built with; a backend refuses a version built differently."""

    format: int
    model: str
    dimension: int
    chunk_max_tokens: int
    chunk_min_tokens: int
    tokenizer: str
    documents: int
    chunks: int
    created: float
    root: str = ""  # the folder the index mirrors (incremental sync compares against it)
    # Version of extraction and chunking (ingest.sync.PIPELINE_VERSION): unchanged files are re-read
    # when it changes, since their content hash alone would keep passages made the old way.
    pipeline: int = 0
    chunk_soft_factor: float = 1.4  # recorded since it was made a setting; older versions used 1.4
    sentence_vectors: str = "embedded"  # how the re-ranker's sentence vectors were made (Settings.sentence_vectors)
    embed_backend: str = "torch"  # what ran the model (Settings.embed_backend); versions before it: torch
    ingest_precision: str = "fp32"  # what the passages were embedded in (Settings.ingest_precision, resolved)
    # SHA-256 of every other file of the version (relative path, digest), checked on load; empty in
    # versions written before checksums were recorded.
    files: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Manifest:
        optional = {f.name for f in fields(cls) if f.default is not MISSING}  # added after format 1 began
        values = {k: d[k] for k in cls.__dataclass_fields__ if k in d or k not in optional}
        if isinstance(values.get("files"), dict):
            values["files"] = tuple(sorted(values["files"].items()))
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Dropped:
    """A generated sentence that failed verification and was not shown, and why."""

    text: str
    reason: str


def per_document(passages: Iterable[Passage]) -> tuple[Passage, ...]:
    """Each document's first passage, in order: of ranked passages, each document's best, best first."""
    first: dict[str, Passage] = {}
    for p in passages:
        first.setdefault(p.doc_id, p)
    return tuple(first.values())


@dataclass(frozen=True, slots=True)
class Retrieved:
    """Retrieval is done, the answer not yet written: the first item of an answer's stream.

    A page can show what is being read while a language model writes (seconds), instead of a static wait.
    """

    language: str
    found: bool  # a passage clears the answer threshold (a generated answer may still end "not found")
    sources: tuple[Passage, ...] = ()  # the best passage of each document the answer is read from


@dataclass(frozen=True, slots=True)
class Answer:
    answer: str
    citations: tuple[Citation, ...]
    found: bool
    language: str
    passages: tuple[Passage, ...] = ()
    generator: str = "extractive"  # which generator wrote the text shown (the extractive one is also the fallback)
    dropped: tuple[Dropped, ...] = ()  # generated sentences that failed verification
    fallback: str = ""  # why a generated answer was replaced by the extractive one ("" when it was not)
    # How far the best sentence's similarity is above the answer threshold (negative: refused); the
    # evaluation's refusal trade-off is read from it. None when no passage was retrieved.
    margin: float | None = None
    # The earlier question this one was read as a follow-up of ("" when it stands alone): the page says so
    # and offers to ask again over all documents.
    follow_up_of: str = ""
    # the question as searched where words of it were read as others (`Assistant.correct_typos`); "" when as typed
    read_as: str = ""

    def to_json(self) -> dict[str, Any]:
        """The documented `ask --json` contract (see `assistant.serialize`)."""
        from assistant.serialize import answer_json

        return answer_json(self)


StreamItem = str | Citation | Retrieved | Answer
"""What an answer's stream yields: `Retrieved` first, then verified text and each citation as it is first
shown (generated answers), then the final `Answer`."""
