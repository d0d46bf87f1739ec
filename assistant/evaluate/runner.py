"""Question sets: load (JSONL, CSV, YAML), run against the assistant or a server, score them.

A passage is relevant to a question when it comes from one of the expected documents and
contains the evidence string (case-insensitive). Retrieval metrics are computed from those
judgements as ranx defines them (`retrieval_scores`, checked against ranx in the tests);
answer metrics (answer terms, citations, refusals) are computed on the deployed
configuration (`hybrid`).
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from assistant import yaml12
from assistant.answer.verify import split_claims
from assistant.evaluate.stats import percentile

logger = logging.getLogger(__name__)

MODES = ("bm25", "dense", "rrf", "hybrid")  # `all` runs every one of them
RETRIEVAL_METRICS = ("hit@1", "hit@3", "hit@5", "recall@k", "mrr@10", "ndcg@10")
ANSWER_METRICS = ("answer_term_hit", "citation_precision", "citation_hit", "refusal_accuracy", "answer_rate")
LENGTH_METRICS = ("answer_chars_p50",)  # median length of found answers (characters)


class QuestionSetError(ValueError):
    """The question file cannot be used as given; the message names the file, row and field."""


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


# ---------------------------------------------------------------------------- loading
def _as_list(v: Any) -> list[str]:
    if v is None or v == "":
        return []
    if isinstance(v, str):
        return [x.strip() for x in v.split("|") if x.strip()]
    if isinstance(v, list | tuple):
        return [str(x) for x in v]
    raise TypeError(f"expected a list or a |-separated string, got {type(v).__name__}")


def _as_bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if v is None or v == "":
        return True
    s = str(v).strip().lower()
    if s in ("true", "yes", "1", "y"):
        return True
    if s in ("false", "no", "0", "n"):
        return False
    raise ValueError(f"answerable must be true or false, got {v!r}")


# Other names question sets use for the same fields (first match wins).
_ALIASES = {"question": ("query", "q"), "language": ("lang",),
            "doc_ids": ("doc_id", "documents", "document", "expected_doc_ids", "expected_sources", "sources"),
            "evidence": ("expected_evidence", "evidence_text"),
            "answer_terms": ("expected_answer_terms", "expected_terms", "answers", "answer")}


def _question(d: dict[str, Any]) -> Question:
    if not isinstance(d, dict):
        raise TypeError("a row must be a mapping of field names to values")
    d = dict(d)
    for name, others in _ALIASES.items():
        if d.get(name) in (None, "", []):
            d[name] = next((d[o] for o in others if d.get(o) not in (None, "", [])), d.get(name))
    missing = [k for k in ("id", "question") if not str(d.get(k) or "").strip()]
    if missing:
        raise KeyError(f"missing {', '.join(missing)}")
    q = Question(id=str(d["id"]).strip(), question=str(d["question"]).strip(), language=str(d.get("language") or ""),
                 doc_ids=tuple(_as_list(d.get("doc_ids"))), evidence="|".join(_as_list(d.get("evidence"))),
                 answer_terms=tuple(_as_list(d.get("answer_terms"))), answerable=_as_bool(d.get("answerable")),
                 type=str(d.get("type") or ""), split=str(d.get("split") or "tune"))
    if q.answerable and not (q.doc_ids or q.evidence):
        raise ValueError("an answerable question needs doc_ids and/or evidence")
    return q


def _rows(path: Path) -> Iterable[tuple[int, Any]]:
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8-sig")
    if suffix in (".jsonl", ".ndjson"):
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise QuestionSetError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    elif suffix == ".json":
        data = json.loads(text)
        yield from enumerate(data if isinstance(data, list) else data.get("questions", []), 1)
    elif suffix == ".csv":
        yield from enumerate(csv.DictReader(text.splitlines()), 2)
    elif suffix in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml12.load(text)
        except yaml.YAMLError as exc:
            raise QuestionSetError(f"{path}: not valid YAML ({exc})") from None
        if isinstance(data, dict):
            data = data.get("questions")
        if not isinstance(data, list):
            raise QuestionSetError(f"{path}: expected a list of questions (or a 'questions:' list)")
        yield from enumerate(data, 1)
    else:
        raise QuestionSetError(f"{path}: unknown format {suffix!r}; use .jsonl, .json, .csv, .yaml or .yml")


def load_questions(path: Path | str) -> list[Question]:
    path = Path(path)
    if not path.is_file():
        raise QuestionSetError(f"{path}: no such question file")
    out: list[Question] = []
    seen: set[str] = set()
    for n, row in _rows(path):
        try:
            q = _question(row)
        except (KeyError, ValueError, TypeError) as exc:
            raise QuestionSetError(f"{path}: row {n}: {str(exc).strip(chr(39))}") from None
        if q.id in seen:
            raise QuestionSetError(f"{path}: row {n}: duplicate id {q.id!r}")
        seen.add(q.id)
        out.append(q)
    if not out:
        raise QuestionSetError(f"{path}: no questions")
    return out


# ---------------------------------------------------------------------------- backends
@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    doc_id: str
    title: str
    section: str
    text: str
    language: str
    score: float


@dataclass(frozen=True, slots=True)
class AnswerView:
    answer: str
    found: bool
    cited: tuple[Hit, ...]
    generator: str = "extractive"  # what wrote the text (the extractive answer is also a generator's fallback)
    kept: int = 0  # generated sentences shown (passed verification)
    dropped: int = 0  # generated sentences that failed verification
    fallback: bool = False  # a generator was asked but its answer was replaced by the extractive one
    margin: float | None = None  # best similarity minus the answer threshold (the refusal trade-off)


class Backend(Protocol):
    name: str

    def modes(self) -> Sequence[str]: ...
    def use(self, mode: str) -> None: ...
    def search(self, question: str, k: int) -> list[Hit]: ...
    def ask(self, question: str, generator: str | None = None) -> AnswerView: ...
    def candidates(self, q: Question) -> list[Hit] | None: ...
    def resolve_doc_id(self, name: str) -> str | None: ...
    def doc_language(self, doc_id: str) -> str: ...
    def fingerprint(self) -> dict[str, Any]: ...


def _hit(p: Any) -> Hit:
    return Hit(p.id, p.doc_id, p.title, p.section, p.text, p.language, float(p.score))


class LocalBackend:
    """The assistant in this process; each retrieval mode gets its own retriever (nothing shared is changed)."""

    name = "local"

    def __init__(self, assistant: Any) -> None:
        self.assistant = assistant
        base = assistant.fusion
        self._modes = {"bm25": replace(base, mode="keyword", rerank=False),
                       "dense": replace(base, mode="dense", rerank=False),
                       "rrf": replace(base, mode="rrf", rerank=False),
                       "hybrid": base}
        self._snap = assistant.snapshot
        self._aliases: dict[str, str] | None = None
        self._generators: dict[str, Any] = {}

    def modes(self) -> Sequence[str]:
        return MODES

    def use(self, mode: str) -> None:
        self._snap = self.assistant.with_params(self._modes[mode])

    def search(self, question: str, k: int) -> list[Hit]:
        return [_hit(p) for p in self.assistant.search(question, k, snap=self._snap)]

    def ask(self, question: str, generator: str | None = None) -> AnswerView:
        gen = None
        if generator is not None:
            if generator not in self._generators:
                from assistant.answer.factory import generator as make

                settings = self.assistant.settings.model_copy(update={"generator": generator})
                self._generators[generator] = make(settings, self.assistant.embedder)
            gen = self._generators[generator]
        a = self.assistant.ask(question, snap=self._snap, generator=gen)
        kept = len(split_claims(a.answer)) if a.generator != "extractive" and a.found else 0
        return AnswerView(a.answer, a.found, tuple(_hit(c.passage) for c in a.citations), a.generator, kept,
                          len(a.dropped), bool(a.fallback), a.margin)

    def candidates(self, q: Question) -> list[Hit] | None:
        return [_hit(p) for p in self.assistant.index.passages]

    def resolve_doc_id(self, name: str) -> str | None:
        """The indexed id for a document named by id, file name, stem or path in the folder."""
        if self._aliases is None:
            docs = self.assistant.index.documents
            self._aliases = {doc_id: doc_id for doc_id in docs}  # an exact id wins over another's file name
            for d in docs.values():
                for alias in (d.source, Path(d.source).name, Path(d.source).stem, Path(d.path).name):
                    if alias:
                        self._aliases.setdefault(alias, d.doc_id)
        return self._aliases.get(name) or self._aliases.get(name.replace("\\", "/"))

    def doc_language(self, doc_id: str) -> str:
        doc = self.assistant.index.documents.get(doc_id)
        return doc.language if doc else ""

    def fingerprint(self) -> dict[str, Any]:
        m = self.assistant.index.manifest
        s = self.assistant.settings
        return {"model": m.model, "documents": m.documents, "chunks": m.chunks, "index": self.assistant.index.version,
                "fusion": s.fusion, "rerank": s.rerank, "min_answer_score": s.min_answer_score}


class HttpBackend:
    """A running server (`--api URL`): only its configured mode, judged on what it returns."""

    name = "http"

    def __init__(self, url: str, api_key: str = "", timeout: float = 60.0) -> None:
        import httpx

        headers = {"X-API-Key": api_key} if api_key else {}
        self.client = httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout)
        self.url = url
        self._langs: dict[str, str] = {}
        try:
            ready = self.client.get("/readyz")
        except httpx.HTTPError as exc:
            raise ConnectionError(f"Cannot reach {url}: {exc}") from None
        if ready.status_code != 200:
            raise ConnectionError(f"{url}/readyz answered {ready.status_code}: {ready.text[:200]}")
        self.ready = ready.json()

    def modes(self) -> Sequence[str]:
        return ("hybrid",)

    def use(self, mode: str) -> None:
        if mode != "hybrid":
            raise ValueError("over --api only the server's own configuration (hybrid) can be evaluated")

    def _get(self, method: str, path: str, **kw: Any) -> Any:
        for _ in range(5):
            r = self.client.request(method, path, **kw)
            if r.status_code == 429:
                time.sleep(float(r.headers.get("retry-after", "1")))
                continue
            if r.status_code != 200:
                raise ConnectionError(f"{method} {path} answered {r.status_code}: {r.text[:200]}")
            return r.json()
        raise ConnectionError(f"{method} {path}: still rate limited after 5 tries")

    def _hits(self, rows: list[dict[str, Any]]) -> list[Hit]:
        out = []
        for r in rows:
            self._langs.setdefault(r["doc_id"], r.get("language", ""))
            out.append(Hit(r.get("id", f"{r['doc_id']}:{r['start']}"), r["doc_id"], r["title"], r["section"],
                           r["text"], r.get("language", ""), float(r.get("score", 0.0))))
        return out

    def search(self, question: str, k: int) -> list[Hit]:
        return self._hits(self._get("GET", "/api/search", params={"q": question, "k": min(k, 50)})["results"])

    def ask(self, question: str, generator: str | None = None) -> AnswerView:
        if generator is not None:
            raise ValueError("--generator needs a local index: a server answers with its own ASSISTANT_GENERATOR")
        d = self._get("POST", "/api/ask", json={"question": question})
        cited = self._hits([{**c, "id": f"{c['doc_id']}:{c['start']}"} for c in d["citations"]])
        gen = d.get("generator", "extractive")
        kept = len(split_claims(d["answer"])) if gen != "extractive" and d["found"] else 0
        margin = d.get("margin")
        return AnswerView(d["answer"], bool(d["found"]), tuple(cited), gen, kept, int(d.get("dropped", 0)),
                          bool(d.get("fallback")), None if margin is None else float(margin))

    def candidates(self, q: Question) -> list[Hit] | None:
        return None  # the server's index is not visible: judge the returned passages

    def resolve_doc_id(self, name: str) -> str | None:
        return name  # the server's documents are not listed: ids are taken as given

    def doc_language(self, doc_id: str) -> str:
        return self._langs.get(doc_id, "")

    def fingerprint(self) -> dict[str, Any]:
        return {"api": self.url, "model": self.ready.get("model"), "documents": self.ready.get("documents"),
                "chunks": self.ready.get("chunks"), "index": self.ready.get("index_version")}


# ---------------------------------------------------------------------------- running
def relevant(text: str, doc_id: str, q: Question) -> bool:
    """From an expected document, and holding the evidence (any of its |-separated alternatives).

    Whitespace is compared loosely: a passage keeps the page's line breaks, an evidence string
    copied from a rendered page has single spaces.
    """
    if q.doc_ids and doc_id not in q.doc_ids:
        return False
    if not q.evidence:
        return True
    flat = _loose(text)
    return any(_loose(alt) in flat for alt in q.evidence.split("|"))


def _loose(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class QuestionResult:
    id: str
    question: str
    language: str
    doc_language: str
    split: str
    type: str
    answerable: bool
    mode: str
    retrieved: list[Hit]
    search_ms: float
    rank: int | None = None  # first relevant rank (1-based) within k
    answer: str | None = None
    found: bool | None = None
    answer_term_hit: bool | None = None
    citation_precision: float | None = None
    citation_hit: bool | None = None
    ask_ms: float | None = None
    margin: float | None = None


@dataclass
class EvalResult:
    questions_file: str
    k: int
    modes: list[str]
    fingerprint: dict[str, Any]
    metrics: dict[str, dict[str, float]] = field(default_factory=dict)  # mode -> metric -> value
    splits: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)  # split -> mode -> metric
    by_language: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)  # mode -> lang -> metric
    by_doc_language: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    by_pair: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    latency_ms: dict[str, dict[str, float]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)
    results: list[QuestionResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # generator -> answer metrics, side by side with extractive (`eval --generator llm`)
    generators: dict[str, dict[str, float]] = field(default_factory=dict)
    # the answer threshold shifted by delta: refusal accuracy and answer rate (`refusal_curve`)
    refusal_curve: list[dict[str, float]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["results"] = [{**{k: v for k, v in asdict(r).items() if k != "retrieved"},
                         "retrieved": [h.id for h in r.retrieved]} for r in self.results]
        return d


def retrieval_scores(qrels: dict[str, dict[str, int]], run: dict[str, dict[str, float]], k: int
                     ) -> dict[str, dict[str, float]]:
    """Per-question scores for every retrieval metric (binary relevance), as ranx defines them: hit rate at 1/3/5,
    recall at k, reciprocal rank and nDCG (linear gain, log2 discount) at 10. Computed here, not by ranx: one run of
    `scripts/one-collection.sh` (2026-12-06) got MRR@10 0.205 from ranx for a set whose ranks gave 0.793 (same ranks
    and answers; every rerun 0.793), a failure no rerun reproduced. The test suite checks these against ranx."""
    out: dict[str, dict[str, float]] = {}
    for qid, judged in qrels.items():
        relevant = {d for d, rel in judged.items() if rel > 0}
        ranked = sorted(run.get(qid, {}).items(), key=lambda kv: -kv[1])
        flags = [d in relevant for d, _ in ranked]
        first = next((i for i, f in enumerate(flags) if f), None)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), 10)))
        out[qid] = {
            "hit@1": float(any(flags[:1])), "hit@3": float(any(flags[:3])), "hit@5": float(any(flags[:5])),
            "recall@k": sum(flags[:k]) / len(relevant) if relevant else 0.0,
            "mrr@10": 1 / (first + 1) if first is not None and first < 10 else 0.0,
            "ndcg@10": sum(1 / math.log2(i + 2) for i, f in enumerate(flags[:10]) if f) / ideal if ideal else 0.0,
        }
    return out


def _mean(rows: list[dict[str, float]], key: str) -> float:
    vals = [r[key] for r in rows if key in r]
    return round(sum(vals) / len(vals), 4) if vals else float("nan")


def _resolve_documents(backend: Backend, questions: list[Question]) -> tuple[list[Question], list[str]]:
    """Map expected documents to indexed ids; name the ones the index does not hold.

    Without this, a question set written against file names ("report.pdf") instead of ids
    would silently score zero everywhere.
    """
    missing: dict[str, list[str]] = {}
    out = []
    for q in questions:
        ids = []
        for name in q.doc_ids:
            found = backend.resolve_doc_id(name)
            if found is None:
                missing.setdefault(name, []).append(q.id)
            ids.append(found or name)
        out.append(replace(q, doc_ids=tuple(ids)))
    warnings = [f"expected document {name!r} (questions {', '.join(qids[:5])}{' …' if len(qids) > 5 else ''}) "
                f"is not in the index; those questions cannot be answered from it" for name, qids in missing.items()]
    for w in warnings:
        logger.warning(w)
    return out, warnings


def run_eval(backend: Backend, questions: list[Question], modes: Sequence[str], k: int = 10,
             questions_file: str = "", progress: Callable[[int, int], None] | None = None,
             generators: Sequence[str] = ()) -> EvalResult:
    """Run every question in every mode; the same inputs give the same metrics (latencies vary)."""
    unknown = [m for m in modes if m not in backend.modes()]
    if unknown:
        raise ValueError(f"mode {unknown[0]!r} is not available here; choose from {', '.join(backend.modes())}")
    depth = max(k, 10)
    res = EvalResult(questions_file=questions_file, k=k, modes=list(modes), fingerprint=backend.fingerprint())
    questions, res.warnings = _resolve_documents(backend, questions)
    total, done = len(questions) * len(modes), 0
    per_q: dict[str, dict[str, dict[str, float]]] = {}
    try:
        for mode in modes:
            backend.use(mode)
            qrels: dict[str, dict[str, int]] = {}
            run: dict[str, dict[str, float]] = {}
            for q in questions:
                t0 = time.perf_counter()
                hits = backend.search(q.question, depth)
                r = QuestionResult(q.id, q.question, q.language, "", q.split, q.type, q.answerable, mode, hits[:k],
                                   (time.perf_counter() - t0) * 1000)
                if q.answerable:
                    pool = backend.candidates(q) or hits
                    rel = {h.id: 1 for h in pool if relevant(h.text, h.doc_id, q)}
                    if rel:
                        qrels[q.id] = rel
                    # Ties keep rank order: scores are made strictly decreasing by rank.
                    run[q.id] = {h.id: float(len(hits) - i) for i, h in enumerate(hits)}
                    r.rank = next((i + 1 for i, h in enumerate(hits[:k]) if relevant(h.text, h.doc_id, q)), None)
                    r.doc_language = backend.doc_language(q.doc_ids[0]) if q.doc_ids else ""
                if mode == "hybrid":
                    t1 = time.perf_counter()
                    a = backend.ask(q.question)
                    r.ask_ms = (time.perf_counter() - t1) * 1000
                    r.answer, r.found, r.margin = a.answer, a.found, a.margin
                    if q.answerable:
                        r.answer_term_hit = a.found and (not q.answer_terms or any(
                            _loose(t) in _loose(a.answer) for t in q.answer_terms))
                        good = [relevant(c.text, c.doc_id, q) for c in a.cited]
                        r.citation_precision = sum(good) / len(good) if good else None
                        r.citation_hit = any(good)
                res.results.append(r)
                done += 1
                if progress:
                    progress(done, total)
            per_q[mode] = retrieval_scores(qrels, run, k)
            missing = [q.id for q in questions if q.answerable and q.id not in qrels]
            for qid in missing:  # no relevant passage exists at all: every retrieval metric is 0
                per_q[mode][qid] = dict.fromkeys(RETRIEVAL_METRICS, 0.0)
        if generators:
            res.generators = compare_generators(backend, questions, ["extractive", *generators])
    finally:
        if "hybrid" in backend.modes():
            backend.use("hybrid")
    _aggregate(res, questions, per_q)
    res.refusal_curve = refusal_curve([r for r in res.results if r.mode == "hybrid"])
    return res


CURVE_SHIFTS = (-0.03, -0.02, -0.01, 0.0, 0.01, 0.02, 0.03, 0.04, 0.05)


def refusal_curve(results: Sequence[QuestionResult], shifts: Sequence[float] = CURVE_SHIFTS
                  ) -> list[dict[str, float]]:
    """What raising or lowering the answer threshold by each shift would do: a question is answered when its
    margin is at least the shift. Exact for the gate (every threshold moves with ASSISTANT_MIN_ANSWER_SCORE);
    empty when the answers carry no margin (a server too old to send it)."""
    if all(r.margin is None for r in results):
        return []

    def effective(r: QuestionResult) -> float:
        m = r.margin if r.margin is not None else (math.inf if r.found else -math.inf)
        # refused for another reason (nothing quotable): stays refused at any shift
        return m if r.found else min(m, -1e-9)

    answerable = [effective(r) for r in results if r.answerable]
    unanswerable = [effective(r) for r in results if not r.answerable]
    out = []
    for d in shifts:
        point = {"shift": d}
        if unanswerable:
            point["refusal_accuracy"] = sum(m < d for m in unanswerable) / len(unanswerable)
        if answerable:
            point["answer_rate"] = sum(m >= d for m in answerable) / len(answerable)
        out.append(point)
    return out


def compare_generators(backend: Backend, questions: list[Question], names: Sequence[str]
                       ) -> dict[str, dict[str, float]]:
    """Answer metrics per generator on the same retrieval, plus what verification kept and dropped."""
    out: dict[str, dict[str, float]] = {}
    if "hybrid" in backend.modes():
        backend.use("hybrid")
    for name in dict.fromkeys(names):
        term, rate, refusal, ms, chars = [], [], [], [], []
        kept = dropped = asked = fallbacks = written = 0
        for q in questions:
            t0 = time.perf_counter()
            a = backend.ask(q.question, name)
            ms.append((time.perf_counter() - t0) * 1000)
            if q.answerable:
                term.append(float(a.found and (not q.answer_terms or any(
                    _loose(t) in _loose(a.answer) for t in q.answer_terms))))
                rate.append(float(a.found))
                if a.found:
                    chars.append(len(a.answer))
            else:
                refusal.append(float(not a.found))
            kept += a.kept
            dropped += a.dropped
            asked += int(a.generator != "extractive" or a.fallback)
            fallbacks += int(a.fallback)
            written += int(a.generator != "extractive" and a.found)
        row = {"answer_term_hit": _avg(term), "answer_rate": _avg(rate), "refusal_accuracy": _avg(refusal),
               "answer_chars_p50": float(percentile(chars, 0.5)) if chars else math.nan,
               "ask_ms_p50": round(percentile(ms, 0.5), 1), "questions": float(len(questions))}
        if name != "extractive":
            row.update({"verified_share": kept / (kept + dropped) if kept + dropped else math.nan,
                        "sentences_kept": float(kept), "sentences_dropped": float(dropped),
                        "model_answers": float(written), "fallback_rate": fallbacks / asked if asked else math.nan})
        out[name] = {k: v for k, v in row.items() if not math.isnan(v)}
    return out


def _avg(values: list[float]) -> float:
    return sum(values) / len(values) if values else math.nan


def _answer_rows(results: list[QuestionResult]) -> dict[str, dict[str, float]]:
    rows: dict[str, dict[str, float]] = {}
    for r in results:
        if r.mode != "hybrid" or r.found is None:
            continue
        d: dict[str, float] = {}
        if r.answerable:
            d["answer_term_hit"] = float(bool(r.answer_term_hit))
            d["answer_rate"] = float(bool(r.found))
            if r.citation_precision is not None:
                d["citation_precision"] = r.citation_precision
            if r.found:
                d["citation_hit"] = float(bool(r.citation_hit))
        else:
            d["refusal_accuracy"] = float(not r.found)
        rows[r.id] = d
    return rows


def _aggregate(res: EvalResult, questions: list[Question], per_q: dict[str, dict[str, dict[str, float]]]) -> None:
    by_id = {q.id: q for q in questions}
    answers = _answer_rows(res.results)
    hybrid_rows = [r for r in res.results if r.mode == "hybrid"]
    doc_lang = {r.id: r.doc_language for r in res.results if r.doc_language}

    def summarize(ids: Iterable[str], mode: str) -> dict[str, float]:
        ids = list(ids)
        rows = [per_q[mode][i] for i in ids if i in per_q[mode]]
        out = {m: _mean(rows, m) for m in RETRIEVAL_METRICS}
        if mode == "hybrid":
            arows = [answers[i] for i in ids if i in answers]
            out.update({m: _mean(arows, m) for m in ANSWER_METRICS})
            wanted = set(ids)
            chars = [len(r.answer or "") for r in hybrid_rows if r.id in wanted and r.found and r.answerable]
            if chars:  # how long a found answer is, in characters (median)
                out["answer_chars_p50"] = float(percentile(chars, 0.5))
        out["questions"] = float(len(ids))
        return {k: v for k, v in out.items() if not (isinstance(v, float) and math.isnan(v))}

    all_ids = [q.id for q in questions]
    for mode in res.modes:
        res.metrics[mode] = summarize(all_ids, mode)
        for split in sorted({q.split for q in questions}):
            res.splits.setdefault(split, {})[mode] = summarize([q.id for q in questions if q.split == split], mode)
        groups: dict[str, dict[str, list[str]]] = {"lang": {}, "doc": {}, "pair": {}}
        for q in questions:
            groups["lang"].setdefault(q.language or "?", []).append(q.id)
            if q.answerable:
                dl = doc_lang.get(q.id, "?")
                groups["doc"].setdefault(dl, []).append(q.id)
                groups["pair"].setdefault(f"{q.language or '?'}→{dl}", []).append(q.id)
        res.by_language[mode] = {g: summarize(ids, mode) for g, ids in sorted(groups["lang"].items())}
        res.by_doc_language[mode] = {g: summarize(ids, mode) for g, ids in sorted(groups["doc"].items())}
        res.by_pair[mode] = {g: summarize(ids, mode) for g, ids in sorted(groups["pair"].items())}
        lat = [r.search_ms for r in res.results if r.mode == mode]
        res.latency_ms[f"search.{mode}"] = {"p50": round(percentile(lat, 0.5), 1),
                                            "p95": round(percentile(lat, 0.95), 1)}
    asks = [r.ask_ms for r in res.results if r.ask_ms is not None]
    if asks:
        res.latency_ms["ask.hybrid"] = {"p50": round(percentile(asks, 0.5), 1),
                                        "p95": round(percentile(asks, 0.95), 1)}
    res.counts = {"questions": len(questions), "answerable": sum(q.answerable for q in questions),
                  "unanswerable": sum(not q.answerable for q in questions)}
    focus = "hybrid" if "hybrid" in res.modes else res.modes[-1]
    for r in res.results:
        if r.mode != focus:
            continue
        q = by_id[r.id]
        problems = []
        if q.answerable and r.rank is None:
            problems.append(f"no relevant passage in the top {res.k}")
        if q.answerable and r.found is False:
            problems.append("refused an answerable question")
        elif q.answerable and r.answer_term_hit is False:
            problems.append("answer lacks the expected terms")
        if not q.answerable and r.found:
            problems.append("answered an unanswerable question")
        if problems:
            res.failures.append({
                "id": q.id, "question": q.question, "language": q.language, "problems": problems,
                "expected": {"doc_ids": list(q.doc_ids), "evidence": q.evidence, "answer_terms": list(q.answer_terms)},
                "answer": (r.answer or "")[:300],
                "retrieved_instead": [{"doc_id": h.doc_id, "title": h.title, "section": h.section,
                                       "text": " ".join(h.text.split())[:160]} for h in r.retrieved[:3]],
            })


# ---------------------------------------------------------------------------- thresholds
def parse_thresholds(items: Sequence[str], modes: Sequence[str]) -> list[tuple[str, str, float]]:
    """`metric=value` (the hybrid mode, or the only mode run) or `mode.metric=value`."""
    out = []
    known = (*RETRIEVAL_METRICS, *ANSWER_METRICS)
    for item in items:
        name, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--fail-under {item!r}: write metric=value, e.g. mrr@10=0.75")
        mode, _, metric = name.rpartition(".")
        mode = mode or ("hybrid" if "hybrid" in modes else modes[-1])
        if metric not in known:
            raise ValueError(f"--fail-under {item!r}: unknown metric {metric!r}; choose from {', '.join(known)}")
        if mode not in modes:
            raise ValueError(f"--fail-under {item!r}: mode {mode!r} was not run (ran {', '.join(modes)})")
        try:
            out.append((mode, metric, float(value)))
        except ValueError:
            raise ValueError(f"--fail-under {item!r}: {value!r} is not a number") from None
    return out


def check_thresholds(res: EvalResult, thresholds: list[tuple[str, str, float]]) -> list[str]:
    failed = []
    for mode, metric, minimum in thresholds:
        got = res.metrics.get(mode, {}).get(metric)
        if got is None or got < minimum:
            failed.append(f"{mode}.{metric} = {got if got is not None else 'n/a'} < {minimum}")
    return failed


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
