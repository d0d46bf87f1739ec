"""Request and response bodies of the JSON API (they make up the OpenAPI schema)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant import Answer, Citation, Passage
from assistant.serialize import (
    NEAREST_DOCUMENTS,
    citation_json,
    generation_json,
    nearest_json,
    passage_json,
    scores_json,
)

# Hard caps so that the schema itself bounds every field; the configured limits
# (ASSISTANT_MAX_QUERY_CHARS, ASSISTANT_MAX_HISTORY_TURNS) are checked per request.
MAX_TEXT = 100_000
MAX_TURNS = 100
MAX_ANSWER = 4000
# Not only whitespace, where whitespace is what Python's str.split() drops (wider than JSON Schema's \s).
NOT_BLANK = r"[^\s\x1c-\x1f\x85]"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FiltersIn(Strict):
    language: str | None = Field(None, max_length=8, description="Only passages in this language (sv, no, nl, en)")
    doc_id: str | None = Field(None, max_length=300, description="Only this document")
    publisher: str | None = Field(None, max_length=300, description="Only documents from this publisher")


class TurnIn(Strict):
    question: str = Field(..., min_length=1, max_length=MAX_TEXT)
    answer: str = Field("", max_length=MAX_ANSWER, description="The earlier answer (cut to this length)")
    sources: list[str] = Field(default_factory=list, max_length=10,
                               description="doc_id of each document the answer cited")


class AskIn(Strict):
    question: str = Field(..., min_length=1, max_length=MAX_TEXT, pattern=NOT_BLANK,
                          examples=["Which networks cover elderly care?"])
    history: list[TurnIn] = Field(default_factory=list, max_length=MAX_TURNS,
                                  description="Earlier turns, oldest first; used to resolve follow-ups")
    filters: FiltersIn | None = None
    details: bool = Field(False, description="Include every retrieved passage with its scores")
    as_typed: bool = Field(False, description="Search the question exactly as typed: no word of it is read as the "
                           "collection's word one typo away (see read_as)")


class ScoresOut(BaseModel):
    keyword: float | None = None
    dense: float | None = None
    fused: float = 0.0
    rerank: float | None = None
    coverage: float | None = None


class PassageOut(BaseModel):
    rank: int
    id: str
    doc_id: str
    title: str
    section: str
    publisher: str
    language: str
    url: str
    page: int = Field(0, description="PDF page the passage starts on; 0 when the document has no pages")
    text: str
    start: int
    end: int
    score: float
    scores: ScoresOut

    @classmethod
    def of(cls, rank: int, p: Passage) -> PassageOut:
        return cls.model_validate({"rank": rank, **passage_json(p)})


class CitationOut(BaseModel):
    n: int
    doc_id: str
    title: str
    section: str
    publisher: str
    url: str
    page: int = 0
    language: str
    text: str = Field(..., description="The whole cited passage")
    start: int
    end: int
    quote: str = Field(..., description="The sentence quoted in the answer")
    quote_start: int
    quote_end: int
    quotes: list[list[int]] = Field(default_factory=list, description="[start, end] of every sentence quoted from "
                                    "this passage (document offsets)")
    score: float
    scores: ScoresOut


class NearestOut(BaseModel):
    doc_id: str
    title: str
    publisher: str
    language: str
    url: str


class DroppedOut(BaseModel):
    text: str
    reason: str


_LINK = re.compile(r"\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def _masked(text: str) -> str:
    """A dropped sentence is unverified: its links and addresses never reach a page, even as text."""
    return _LINK.sub("[link removed]", text)


class AskOut(BaseModel):
    answer_id: str = Field(..., description="Pass this to /api/feedback")
    answer: str = Field(..., description="Plain text; [n] refers to citations[n-1]")
    found: bool
    language: str
    citations: list[CitationOut]
    passages: list[PassageOut] = Field(default_factory=list, description="Only with details=true")
    index_version: str = Field("", description="The index version that answered")
    generator: str = Field("extractive", description="What wrote the answer: extractive (quotes) or llm (a language "
                           "model, every sentence verified against its citation)")
    dropped: int = Field(0, description="Generated sentences that failed verification and are not shown")
    fallback: str = Field("", description="Why the extractive answer was given instead of a generated one")
    follow_up_of: str = Field("", description="The earlier question this one was read as a follow-up of (its "
                              "documents were searched first); empty when the question stands alone. Ask again "
                              "without history to search all documents.")
    read_as: str = Field("", description="The question as searched, where words of it were read as the collection's "
                         "words one typo away (\"cntact\" as \"contact\"); empty when searched as typed. Ask again "
                         "with as_typed=true to search what was typed.")
    margin: float | None = Field(None, description="Best sentence similarity minus the answer threshold "
                                 "(ASSISTANT_MIN_ANSWER_SCORE and its margins); below 0 the answer is 'not found'")
    dropped_sentences: list[DroppedOut] = Field(default_factory=list, description="Only with details=true: each "
                                                "dropped sentence (links masked) and why it was dropped")
    nearest: list[NearestOut] = Field(default_factory=list, description="Only when found is false: the documents "
                                      f"whose passages came closest (at most {NEAREST_DOCUMENTS}, best first), for the "
                                      "reader to look in; they did not answer the question")

    @classmethod
    def citations_of(cls, citations: Sequence[Citation]) -> list[CitationOut]:
        return [CitationOut.model_validate({**citation_json(c), "scores": scores_json(c.passage)}) for c in citations]

    @classmethod
    def of(cls, answer_id: str, a: Answer, details: bool, version: str = "") -> AskOut:
        cits = cls.citations_of(a.citations)
        gen = generation_json(a)
        return cls(answer_id=answer_id, answer=a.answer, found=a.found, language=a.language, citations=cits,
                   index_version=version, generator=gen["generator"], dropped=gen["dropped"],
                   fallback=gen["fallback"], margin=None if a.margin is None else round(a.margin, 4),
                   follow_up_of=a.follow_up_of, read_as=a.read_as,
                   dropped_sentences=[DroppedOut(text=_masked(d["text"]), reason=_masked(d["reason"]))
                                      for d in gen["dropped_sentences"]] if details else [],
                   passages=[PassageOut.of(i + 1, p) for i, p in enumerate(a.passages)] if details else [],
                   nearest=[NearestOut.model_validate(d) for d in nearest_json(a)])


class SearchOut(BaseModel):
    query: str
    read_as: str = Field("", description="The query as searched, where words of it were read as the collection's "
                         "words one typo away; empty when searched as typed (as_typed=true searches what was typed)")
    index_version: str = Field(..., description="The index version that answered")
    results: list[PassageOut]


class FeedbackIn(Strict):
    answer_id: str = Field(..., min_length=1, max_length=64)
    rating: Literal["up", "down"]
    comment: str = Field("", max_length=2000)


class FeedbackOut(BaseModel):
    id: int
    answer_id: str
    rating: Literal["up", "down"]


class HealthOut(BaseModel):
    status: Literal["ok"]


class OverviewOut(BaseModel):
    """What the indexed documents cover (the chat shows it before the first question)."""

    documents: int
    chunks: int
    publishers: list[str] = Field(description="The publishers with the most documents, most first")
    more_publishers: int = Field(0, description="How many other publishers there are")
    languages: dict[str, int] = Field(description="Documents per language code")
    updated: float = Field(description="When the live index version was written (Unix time)")
    examples: list[str] = Field(description="Example questions configured for this installation "
                                "(ASSISTANT_EXAMPLE_QUESTIONS); empty: the chat shows general hints")


class ReadyOut(BaseModel):
    status: Literal["ready", "not_ready"]
    documents: int = 0
    chunks: int = 0
    model: str = ""
    index_version: str = ""
    integrity: str = Field("", description="What was checked when the index version was loaded (checksums)")
    message: str = ""


class ErrorOut(BaseModel):
    """Every error: a code for programs, a message for people, the request id for the logs."""

    error: str
    message: str
    request_id: str
    details: list[dict[str, Any]] = Field(default_factory=list)


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": desc} for code, desc in {
        400: "The body could not be parsed (not UTF-8 JSON)",
        401: "Missing or wrong X-API-Key",
        413: "Request body too large",
        422: "Invalid input (the message names the field)",
        429: "Too many requests; see Retry-After",
        500: "Internal error (see request_id in the server log)",
        503: "The index is not loaded yet, or the assistant is busy (queue full); see Retry-After",
    }.items()
}
