"""Passages, citations and answers as JSON: the one place their wire form is defined.

The CLI's `--json`, the web schemas and the evaluation's HTTP backend read the same fields.
"""

from __future__ import annotations

from typing import Any

from assistant.types import Answer, Citation, Passage, per_document


def scores_json(p: Passage) -> dict[str, float | None]:
    s = p.scores
    return {"keyword": s.keyword, "dense": s.dense, "fused": s.fused, "rerank": s.rerank, "coverage": s.coverage}


def passage_json(p: Passage) -> dict[str, Any]:
    """A ranked passage: where it is (document, section, page, offsets), its text and why it ranked."""
    return {"id": p.id, "doc_id": p.doc_id, "title": p.title, "section": p.section, "publisher": p.shown_publisher,
            "language": p.language, "url": p.url, "page": p.page, "text": p.text, "start": p.start, "end": p.end,
            "score": round(p.score, 6), "scores": scores_json(p)}


def citation_json(c: Citation) -> dict[str, Any]:
    """A numbered citation: its passage, plus the quoted sentence(s) as document offsets."""
    p = passage_json(c.passage)
    del p["scores"]
    return {"n": c.n, **p, "quote": c.quote, "quote_start": c.quote_start, "quote_end": c.quote_end,
            "quotes": [list(x) for x in (c.spans or ((c.quote_start, c.quote_end),))]}


def source_json(p: Passage) -> dict[str, str]:
    """The document a passage is from, as a reader picks it: id, title, publisher, language, address."""
    return {"doc_id": p.doc_id, "title": p.title, "publisher": p.shown_publisher, "language": p.language,
            "url": p.url}


# A refusal names at most this many documents to look in: the best passages' pages, one line each.
NEAREST_DOCUMENTS = 3


def nearest_json(a: Answer) -> list[dict[str, str]]:
    """The documents whose passages came closest to a question that was not answered, best first: where a reader
    may look next. None for an answer (its citations are its sources)."""
    return [] if a.found else [source_json(p) for p in per_document(a.passages)[:NEAREST_DOCUMENTS]]


def answer_json(a: Answer) -> dict[str, Any]:
    """The documented `ask --json` contract."""
    return {"answer": a.answer, "found": a.found, "language": a.language,
            "citations": [citation_json(c) for c in a.citations], "margin": _rounded(a.margin),
            "follow_up_of": a.follow_up_of, "read_as": a.read_as, "nearest": nearest_json(a), **generation_json(a)}


def _rounded(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def generation_json(a: Answer) -> dict[str, Any]:
    """Which generator wrote the answer and what verification dropped (issue 12's API fields)."""
    return {"generator": a.generator, "dropped": len(a.dropped), "fallback": a.fallback,
            "dropped_sentences": [{"text": d.text, "reason": d.reason} for d in a.dropped]}
