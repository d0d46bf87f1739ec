"""How well "random letters" are told from real queries (the setting ASSISTANT_NONSENSE_LETTERS_PER_PIECE).

Real queries: every question of the shipped question sets, each also cut down to its content words and to
each content word alone (what people type into a search box: "SERN", "klimat", "dømte"), so names, acronyms
and short words in seven languages are all tried. Random queries: 1-5 strings of 3-12 random letters, and
keyboard mashes. Printed per part of the sets (tune / held-out) and per threshold; a real query is only
judged when its words other than stop and question words have no capital or digit, so the
figure is the share refused by this check alone (before the collection's own vocabulary,
which also spares any word it holds).

    .venv/bin/python scripts/nonsense_check.py
"""

from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.lang.nonsense import letters_per_piece, skipped_words
from assistant.settings import Settings

MASHES = ["asdf", "asdfgh", "qwerty", "jkl", "xqzjvbk", "sdfsdf", "zxcvbn", "lkjlkj", "dfgdfg hjkhjk",
          "asdasd", "fghfgh", "qweqwe rtyrty", "asdkjfh askjdh", "hjkl öäå", "aaaa", "What is xqzjvbk?",
          "vad är asdkjfh", "hva er sdfsdf?"]


def real_queries(split: str) -> list[str]:
    stop = skipped_words()
    out: list[str] = []
    for f in sorted(Path("eval/questions").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            if q.get("split", "tune") != split:
                continue
            words = [w for w in re.findall(r"[^\W\d_]+", q["question"]) if w.lower() not in stop]
            out += [q["question"], " ".join(words), *words]
    return [x for x in out if x]


def random_queries(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 12)))

    return [" ".join(word() for _ in range(rng.randint(1, 5))) + rng.choice(["", "?"]) for _ in range(n)]


def main() -> None:
    embedder = SentenceTransformerEmbedder.from_settings(Settings()).load()
    current = Settings().nonsense_letters_per_piece
    sets = {"real, tune": real_queries("tune"), "real, held-out": real_queries("heldout"),
            "random (seed 1)": random_queries(1000, 1), "random (seed 2, held-out)": random_queries(1000, 2),
            "keyboard mashes": MASHES}
    ratios = {k: [letters_per_piece(q, embedder.pieces) for q in v] for k, v in sets.items()}
    print(f"current setting: {current}")
    for t in (1.75, 1.85, 1.95, 2.0, 2.2):
        cells = []
        for k, rs in ratios.items():
            hit = [q for q, r in zip(sets[k], rs, strict=True) if r is not None and r <= t]
            cells.append(f"{k}: {len(hit)}/{len(rs)} ({len(hit) / len(rs):.1%})")
        print(f"{t:.2f}  refused  " + "  ".join(cells))
    for k in ("real, tune", "real, held-out"):
        hit = sorted({q for q, r in zip(sets[k], ratios[k], strict=True) if r is not None and r <= current})
        print(f"{k} refused at {current}: {hit}")


if __name__ == "__main__":
    main()
