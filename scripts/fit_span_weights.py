"""Fit the answer-sentence weights (Settings.span_weights) on question sets with gold answers.

    python scripts/fit_span_weights.py INDEX_DIR=QUESTIONS.jsonl [INDEX_DIR=QUESTIONS.jsonl ...]

Each question's candidate sentences (exactly those the extractive composer would choose from) get
their features (assistant.answer.spans); a sentence is positive when it holds a gold answer term.
The fit is listwise: per question, the softmax over its candidates should put its mass on the
positives (L-BFGS, L2 penalty). Questions with `"split": "heldout"` are never fitted on; the
script reports how often the top-scored sentence (and the top 2 and 3) holds the answer on the
fitted and the held-out part of every set, for today's weights and the new ones.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from assistant import Assistant, Settings
from assistant.answer.extractive import Composer, ComposerParams, _focused, _typed, _unnamed_passages, answer_types
from assistant.answer.spans import FEATURES, features, weight_vector
from assistant.evaluate.runner import _loose, load_questions

L2 = 0.001  # 0.0001 over-fits the fitted part (held-out top-1 0.667), 0.01 under-fits (0.674 vs 0.681)

Group = tuple[np.ndarray, np.ndarray]  # features of a question's candidates, which hold the answer


def groups(index_dir: Path, questions: Path) -> dict[str, list[Group]]:
    """Candidate features per question, by split ("tune" or "heldout")."""
    a = Assistant(Settings(index_dir=index_dir)).load()
    composer = Composer(ComposerParams.from_settings(a.settings))
    k = max(a.settings.top_k, a.settings.answer_candidates)
    out: dict[str, list[Group]] = {"tune": [], "heldout": []}
    for q in load_questions(questions):
        if not q.answerable or not q.answer_terms:
            continue
        # exactly as `Assistant.ask` reads the question and the composer scores its candidates
        snap = a.snapshot
        typed = a._check(q.question)
        text = a.as_asked(typed, snap)
        ranked, lang = a._answer_passages(typed, text, a.language(text, snap), k, None, None, snap)
        docs = {r.passage.doc_id: snap.index.document(r.passage.doc_id).text for r in ranked}
        admissible = composer.admissible(text, ranked, docs, lang)
        cands = _focused(text, lang, admissible, composer.candidates(text, lang, admissible, docs))
        if not cands:
            continue
        types = answer_types(text)
        x = features(text, lang, cands, [bool(types) and _typed(types, c, text) for c in cands],
                     _unnamed_passages(text, lang, admissible, docs))
        gold = [_loose(t) for t in q.answer_terms]
        y = np.array([any(g in _loose(c.text) for g in gold) for c in cands], dtype=float)
        out["heldout" if q.split == "heldout" else "tune"].append((x, y))
    return out


def loss(w: np.ndarray, data: list[Group]) -> tuple[float, np.ndarray]:
    total, grad = 0.0, np.zeros_like(w)
    for x, y in data:
        s = x @ w
        p = np.exp(s - s.max())
        p /= p.sum()
        pos = float((p * y).sum())
        total -= np.log(pos + 1e-12)
        grad -= ((p * y) / (pos + 1e-12) - p) @ x
    n = max(len(data), 1)
    return total / n + L2 * float(w @ w), grad / n + 2 * L2 * w


def top_k(data: list[Group], w: np.ndarray, k: int) -> float:
    """Share of questions whose k best-scored candidates hold the answer (all questions count)."""
    return float(np.mean([y[np.argsort(-(x @ w), kind="stable")[:k]].any() for x, y in data])) if data else 0.0


def main(pairs: list[str]) -> None:
    if not pairs or any("=" not in p for p in pairs):
        sys.exit(__doc__)
    sets = {Path(q).stem: groups(Path(i), Path(q)) for i, q in (p.split("=", 1) for p in pairs)}
    fit = [g for s in sets.values() for g in s["tune"] if g[1].any()]
    today = weight_vector(Settings().span_weights)
    res = minimize(loss, today, args=(fit,), jac=True, method="L-BFGS-B")
    new = res.x
    for name, s in sets.items():
        for split, data in s.items():
            if data:
                print(f"{name:>12} {split:>7} n={len(data):4d}  top-1/2/3 today "
                      f"{' '.join(f'{top_k(data, today, k):.3f}' for k in (1, 2, 3))}  new "
                      f"{' '.join(f'{top_k(data, new, k):.3f}' for k in (1, 2, 3))}")
    for split in ("tune", "heldout"):
        data = [g for s in sets.values() for g in s[split]]
        print(f"{'all':>12} {split:>7} n={len(data):4d}  top-1 today {top_k(data, today, 1):.3f}  new "
              f"{top_k(data, new, 1):.3f}")
    print(json.dumps({f: round(float(v), 2) for f, v in zip(FEATURES, new, strict=True)}))


if __name__ == "__main__":
    main(sys.argv[1:])
