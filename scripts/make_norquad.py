#!/usr/bin/env python3
"""Turn the NorQuAD validation split (CC0 1.0, in ../shared/external/norquad/) into an evaluation collection.

Writes one plain-text document per article to eval/collections/norquad/ (first line: the article's
title line, as in the source) with a NAME.meta.json sidecar (language, publisher), and one question
per article to eval/questions/norquad.jsonl: the gold answer span is the evidence and the expected
answer term, so answer-term hit is the exact-answer hit. A fixed 30 % of the questions (by a hash of
their id, not by looking at them) form the held-out split that is never tuned on.

The source repeats many articles word for word (472 articles, 353 distinct texts; 215 articles have a
copy): a question's expected documents are its article and every copy of it, since which of identical
passages ranks first is decided by rounding (the first labels named only one copy, and English MRR@10
moved 0.543 <-> 0.600 between two ingests whose vectors agreed to cosine 0.99999).

    python3 scripts/make_norquad.py [path/to/validation.json]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "external" / "norquad" / "validation.json"
OUT_DOCS = ROOT / "eval" / "collections" / "norquad"
OUT_QUESTIONS = ROOT / "eval" / "questions" / "norquad.jsonl"
# English translations of some questions (written for this project): the cross-lingual path over
# Norwegian text nobody here wrote. Same ids, gold spans and splits as the Norwegian questions.
TRANSLATIONS = ROOT / "eval" / "questions" / "norquad-en.tsv"
OUT_ENGLISH = ROOT / "eval" / "questions" / "norquad-en.jsonl"
HELDOUT_SHARE = 0.3


def split_of(qid: str) -> str:
    bucket = int(hashlib.sha256(f"norquad-{qid}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "heldout" if bucket < HELDOUT_SHARE else "tune"


def main(source: Path) -> int:
    data = json.loads(source.read_text(encoding="utf-8"))
    OUT_DOCS.mkdir(parents=True, exist_ok=True)
    for old in OUT_DOCS.glob("nq-*"):
        old.unlink()
    rows = []
    seen: set[str] = set()
    copies: dict[str, list[str]] = {}  # article text -> the names of the articles with exactly that text
    for n, article in enumerate(data["data"]):
        for paragraph in article["paragraphs"]:
            context = paragraph["context"].strip()
            name = f"nq-{n:03d}"
            copies.setdefault(context, []).append(name)
            (OUT_DOCS / f"{name}.txt").write_text(context + "\n", encoding="utf-8")
            (OUT_DOCS / f"{name}.meta.json").write_text(json.dumps(
                {"language": "no", "publisher": "NorQuAD (Norwegian Wikipedia and news, CC0 1.0)"},
                ensure_ascii=False) + "\n", encoding="utf-8")
            for qa in paragraph["qas"]:
                if qa.get("is_impossible") or not qa["answers"]:
                    continue
                gold = qa["answers"][0]["text"].strip()
                if gold not in context:
                    continue
                qid = f"nq-{qa['id']}"
                while qid in seen:  # the source repeats a few ids across articles
                    qid += "b"
                seen.add(qid)
                rows.append({"id": qid, "question": qa["question"].strip(), "language": "no", "doc_ids": context,
                             "evidence": gold, "answer_terms": [gold], "answerable": True, "type": "norquad",
                             "split": split_of(qid)})
    for r in rows:
        r["doc_ids"] = copies[r["doc_ids"]]
    OUT_QUESTIONS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    english = {}
    for line in TRANSLATIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            qid, text = line.split("\t", 1)
            english[qid] = text.strip()
    en_rows = [{**r, "id": f"{r['id']}-en", "question": english[r["id"]], "language": "en", "type": "crosslingual"}
               for r in rows if r["id"] in english]
    OUT_ENGLISH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in en_rows), encoding="utf-8")
    print(f"{len(en_rows)} English questions -> {OUT_ENGLISH.relative_to(ROOT)}")
    held = sum(r["split"] == "heldout" for r in rows)
    print(f"{len(list(OUT_DOCS.glob('nq-*.txt')))} documents, {len(rows)} questions ({held} held out) -> "
          f"{OUT_DOCS.relative_to(ROOT)}, {OUT_QUESTIONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE))
