"""Run a question set and score retrieval (MRR@10, recall@5), answers and refusals."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .assistant import Assistant
from .types import Passage


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    question: str
    language: str
    doc_ids: tuple[str, ...]
    evidence: str
    answer_terms: tuple[str, ...]
    answerable: bool
    type: str = ""
    split: str = "tune"


def load_questions(path: Path) -> list[Question]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            out.append(Question(id=str(d["id"]), question=str(d["question"]), language=d.get("language", ""),
                                doc_ids=tuple(d.get("doc_ids", ())), evidence=d.get("evidence", ""),
                                answer_terms=tuple(d.get("answer_terms", ())),
                                answerable=bool(d.get("answerable", True)), type=d.get("type", ""),
                                split=d.get("split", "tune")))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: bad question row ({exc})") from exc
    return out


def relevant(p: Passage, q: Question) -> bool:
    if q.doc_ids and p.doc_id not in q.doc_ids:
        return False
    return not q.evidence or q.evidence.lower() in p.text.lower()


@dataclass
class Report:
    n: int = 0
    mrr: float = 0.0
    recall5: float = 0.0
    answer_hit: float = 0.0
    refusal_ok: float = 0.0
    false_refusal: float = 0.0
    by_language: dict[str, float] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)


def evaluate(assistant: Assistant, questions: list[Question], answers: bool = True) -> Report:
    rep = Report()
    answerable = [q for q in questions if q.answerable]
    unanswerable = [q for q in questions if not q.answerable]
    lang_rr: dict[str, list[float]] = {}
    for q in answerable:
        ranked = assistant.search(q.question, 10)
        rr = 0.0
        for i, p in enumerate(ranked):
            if relevant(p, q):
                rr = 1.0 / (i + 1)
                break
        rep.mrr += rr
        rep.recall5 += float(any(relevant(p, q) for p in ranked[:5]))
        lang_rr.setdefault(q.language, []).append(rr)
        if answers:
            a = assistant.ask(q.question)
            hit = a.found and any(t.lower() in a.answer.lower() for t in q.answer_terms)
            rep.answer_hit += float(hit)
            rep.false_refusal += float(not a.found)
            if not hit or rr < 1:
                rep.failures.append({"id": q.id, "rr": rr, "found": a.found, "answer": a.answer[:200]})
    for q in unanswerable if answers else []:
        a = assistant.ask(q.question)
        rep.refusal_ok += float(not a.found)
        if a.found:
            rep.failures.append({"id": q.id, "found": True, "answer": a.answer[:200]})
    na, nu = max(len(answerable), 1), max(len(unanswerable), 1)
    rep.n = len(questions)
    rep.mrr /= na
    rep.recall5 /= na
    rep.answer_hit /= na
    rep.false_refusal /= na
    rep.refusal_ok /= nu
    rep.by_language = {k: sum(v) / len(v) for k, v in sorted(lang_rr.items())}
    return rep
