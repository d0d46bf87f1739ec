"""Small immutable types that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
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
    source: str = ""     # path relative to the ingested folder: identity across runs
    sha256: str = ""     # of the file bytes (+ metadata sidecar): unchanged files are not re-embedded
    date: str = ""
    pages: tuple[tuple[int, int], ...] = ()  # (offset, page number) where each PDF page starts


@dataclass(frozen=True, slots=True)
class Scores:
    """Why a passage ranked where it did: each stage's score (None where it did not see it)."""

    keyword: float | None = None
    dense: float | None = None
    fused: float = 0.0
    rerank: float | None = None
    coverage: float | None = None  # share of the query's keyword weight found in the collection


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
    score: float = 0.0
    scores: Scores = field(default_factory=Scores)

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
class Answer:
    answer: str
    citations: tuple[Citation, ...]
    found: bool
    language: str
    passages: tuple[Passage, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The documented `ask --json` contract."""
        return {
            "answer": self.answer,
            "found": self.found,
            "language": self.language,
            "citations": [
                {
                    "n": c.n,
                    "doc_id": c.passage.doc_id,
                    "title": c.passage.title,
                    "section": c.passage.section,
                    "publisher": c.passage.publisher,
                    "url": c.passage.url,
                    "page": c.passage.page,
                    "language": c.passage.language,
                    "text": c.passage.text,
                    "start": c.passage.start,
                    "end": c.passage.end,
                    "quote": c.quote,
                    "quote_start": c.quote_start,
                    "quote_end": c.quote_end,
                    "quotes": [list(x) for x in (c.spans or ((c.quote_start, c.quote_end),))],
                    "score": round(c.passage.score, 6),
                }
                for c in self.citations
            ],
        }
