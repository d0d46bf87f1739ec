"""Sentence-level re-ranking: a passage is as good as its best sentence (with its heading).

Also the language centering: multilingual embeddings score a passage in the question's own
language higher on language alone, so each passage language's mean similarity to the
question, above the collection's mean, is partly taken off.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from assistant.lang import tables
from assistant.lang.sentences import BULLET, Span, sentence_spans
from assistant.protocols import Embedder, SearchIndex
from assistant.types import SECTION_SEPARATOR, Passage, SentenceScore


def quotable(sentence: str, section: str, title: str = "") -> bool:
    """Headings and one-word fragments ("Persvragen?") say nothing on their own; a news headline that states a figure
    does, when it is the page's title ("Neuer Hochwasserschutz für Talheim kostet 14 Millionen Euro" is the only place
    the article says what the dam costs; so is "Honkalan uusi uimahalli maksaisi 28 miljoonaa euroa")."""
    words = sentence.split()
    flat = " ".join(words)
    if len(words) < 2:
        return False
    # the sentence splitter drops a heading's number as a list item's marker: "Salg af grund på Havnevej 14" under the
    # section "3. Salg af grund på Havnevej 14" is that heading (it was quoted with the answer, minutes set)
    own = section.rsplit(SECTION_SEPARATOR, 1)[-1]  # a sub-heading's section names its item first
    if flat != " ".join(own.split()) and flat != " ".join(BULLET.sub("", own, count=1).split()):
        return True
    return flat == " ".join(title.split()) and len(words) >= HEADLINE_WORDS and any(ch.isdigit() for ch in flat)


# A title of this many words or more with a number in it is a headline that states something ("Granåsen får 180
# millioner til ski-VM 2025"), not a page's name ("Avfallstaxa 2025", "Charges for 2025/26").
HEADLINE_WORDS = 5


class SentenceCache:
    """A bounded LRU of sentence vectors, shared by the inference threads.

    Every read and write holds the lock: without it, a full cache let another thread evict an
    entry between a membership check and the read (KeyError).
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        with self._lock:
            found = {}
            for k in keys:
                v = self._data.get(k)
                if v is not None:
                    self._data.move_to_end(k)
                    found[k] = v
            return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        with self._lock:
            for k, v in items.items():
                self._data[k] = v
                self._data.move_to_end(k)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


def sentence_units(passage: Passage, titled: bool = True) -> list[tuple[Span, str]]:
    """The quotable sentences of a passage and the text each is embedded as, with its document's title and its
    section heading, which give the sentence its topic ("it" -> the network). Ingest and re-ranking use the same.

    The title too since pipeline 13: a question that names the page's subject ("What is the main source of income
    in Lindewaard?") found the page's opening sentence, the one that names it, more similar (0.855) than the one
    that answers ("De fruitteelt is de belangrijkste bron van inkomsten", 0.798). With every sentence naming it,
    what tells them apart is what they say: answer-term hit German set 0.773 -> 0.955, regional 0.833 -> 0.929,
    news and nordic 0.818 -> 0.864, NorQuAD 0.797 -> 0.799; English over NorQuAD 0.609 -> 0.591, municipal
    0.857 -> 0.786 (one question refused); MRR@10 services 0.933 -> 0.989, holdout 0.918 -> 0.941."""
    units = []
    for s in sentence_spans(passage.text, passage.start):
        at = s.start - passage.start
        t = passage.text[at:s.end - passage.start]
        if not quotable(t, passage.section, passage.title) or tables.is_header(passage.text, at):
            continue  # headings and a table's column names say nothing on their own
        if tables.is_row(t):  # a row with its column names: "Avgift: 250 kr/månad", not "| 250 kr/månad |"
            t = tables.render(t, tables.header(passage.text, at))
        units.append((s, embedded_as(passage, t, titled)))
    return units


def embedded_as(passage: Passage, text: str, titled: bool = True) -> str:
    """A sentence of `passage` as it is embedded: under its title and section ("Lindewaard › Economie: …").

    The verifier compares a generated claim with the cited passage's sentences under the section alone
    (`titled=False`, both sides): a shared title made a claim citing the wrong page close enough to pass."""
    topic = " › ".join(dict.fromkeys(x for x in (passage.title if titled else "", passage.section) if x))
    return f"{topic}: {text}" if topic else text


class SentenceScorer:
    """Scores the quotable sentences of a passage against a question vector.

    Sentence vectors stored with the index are a lookup and a dot product; a passage from an index made
    before they were stored is embedded here instead (and cached).
    """

    def __init__(self, embedder: Embedder, cache: SentenceCache) -> None:
        self.embedder = embedder
        self.cache = cache

    def scores(self, passage: Passage, qv: np.ndarray, stored: np.ndarray | None = None,
               titled: bool = True) -> tuple[SentenceScore, ...]:
        if titled and passage.sentences and stored is not None and len(stored) == len(passage.sentences):
            sims = stored @ qv
            return tuple(SentenceScore(a, b, float(x)) for (a, b), x in zip(passage.sentences, sims, strict=True))
        units = sentence_units(passage, titled)
        if not units:
            return ()
        keyed = [k for _, k in units]
        unique = list(dict.fromkeys(keyed))
        vectors = self.cache.get_many(unique)
        missing = [t for t in unique if t not in vectors]
        if missing:
            fresh = dict(zip(missing, self.embedder.embed_passages(missing), strict=True))
            self.cache.put_many(fresh)
            vectors.update(fresh)
        return tuple(SentenceScore(s.start, s.end, float(vectors[k] @ qv)) for s, k in units)

    def focused(self, passage: Passage, sents: tuple[SentenceScore, ...], fv: np.ndarray,
                stored: np.ndarray | None = None) -> tuple[SentenceScore, ...]:
        """`sents` with their similarity to the focus vector too (a lookup, like `scores`)."""
        again = self.scores(passage, fv, stored)
        if [(s.start, s.end) for s in again] != [(s.start, s.end) for s in sents]:
            return sents
        return tuple(replace(s, focus=f.score) for s, f in zip(sents, again, strict=True))


class LanguageCentering:
    """Per passage language, how much more than the collection's mean it resembles the query.

    A language's mean similarity is its language and its documents' topics together: with one document in a language
    it is that document's similarity, topic and all, and taking it off whole sank the page that answered ("How much
    does the state pay for the new commuter line?" ranked the Danish meal service's prices above the only Swedish
    page). So a language's share of the correction grows with its documents: `weight * d / (d + docs)`.
    """

    def __init__(self, index: SearchIndex, weight: float, sample: int, docs: float) -> None:
        self.weight = weight
        rows: dict[str, list[str]] = {}
        pages: dict[str, set[str]] = {}
        for p in index.passages:
            rows.setdefault(p.language, []).append(p.id)
            pages.setdefault(p.language, set()).add(p.doc_id)
        self._vectors = {lang: (len(ids), index.vectors(ids[:: max(1, len(ids) // sample)][:sample]))
                         for lang, ids in rows.items()}
        self.shares = {lang: len(d) / (len(d) + docs) for lang, d in pages.items()}

    def means(self, qv: np.ndarray) -> dict[str, float]:
        """The query's mean similarity to each language's passages (its sample; never empty)."""
        return {lang: float((vecs @ qv).mean()) for lang, (_, vecs) in self._vectors.items()}

    def offsets(self, means: dict[str, float]) -> dict[str, float]:
        """How much to take off each language's scores, from the query's `means`."""
        if len(self._vectors) < 2:
            return {}  # one language: nothing to correct
        total = sum(n for n, _ in self._vectors.values())
        overall = sum(n * means[lang] for lang, (n, _) in self._vectors.items()) / total
        return {lang: self.weight * self.shares[lang] * (m - overall) for lang, m in means.items()}
