"""All configuration in one validated object, read from ASSISTANT_* environment variables."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_MODEL = "intfloat/multilingual-e5-small"
_ROOT = Path(__file__).resolve().parent.parent
PROJECT_ROOT = _ROOT  # where corpus/ and eval/ live: defaults resolve from here, not from the current folder


def _default_data() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "municipal-assistant"


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "municipal-assistant"


class Settings(BaseSettings):
    """Settings; every field can be set as ASSISTANT_<NAME> (e.g. ASSISTANT_INDEX_DIR)."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    index_backend: str = Field("files", description="Where passages are stored and searched: files (FAISS + "
                               "bm25s in index_dir) or milvus (the [milvus] extra). See assistant.index.factory.")
    milvus_uri: str = Field("", description="Milvus to use with index_backend=milvus: a local file (milvus-lite; "
                            "default index_dir/milvus.db) or http://host:19530 (standalone or cluster).")
    milvus_token: SecretStr = Field(SecretStr(""), description="Milvus token (user:password or API key).")
    milvus_database: str = Field("", description="Milvus database (default: the server's default).")
    milvus_collection: str = Field("assistant", pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,150}$",
                                   description="Alias of the live passages collection; versions are "
                                   "<name>_p_vNNNNNN and <name>_d_vNNNNNN.")
    milvus_tokenizer: str = Field("standard", description="Milvus tokenizer that splits the pre-analysed terms "
                                  "(milvus-lite offers standard and jieba; a server also offers whitespace).")
    milvus_analysis: Literal["project", "milvus"] = Field(
        "project", description="Who analyses text for Milvus's BM25: project (this project's per-language stems and "
        "compound parts, fed through milvus_tokenizer) or milvus (raw text; Milvus's standard tokenizer, lower "
        "case and every pack's stop words). See README, Scale-out, for the measured comparison.")
    milvus_hnsw_m: int = Field(16, ge=4, le=64, description="HNSW graph degree of the dense index.")
    milvus_ef_construction: int = Field(200, ge=8, le=1000, description="HNSW build-time candidate list.")
    milvus_ef: int = Field(512, ge=8, le=4096, description="HNSW search-time candidate list (at least k). 512: "
                           "recall@10 1.000 against exact search on 5000 random vectors (64: 0.622, 256: 0.959); "
                           "see benchmarks/backends.py.")
    generator: str = Field("extractive", description="How answers are written: extractive (quoted sentences) or llm "
                           "(an OpenAI-compatible endpoint; every sentence verified against its citation, extractive "
                           "as fallback). See assistant.answer.factory.GENERATORS.")
    corpus_dir: Path = Field(_ROOT / "corpus", description="Folder with the documents to ingest.")
    index_dir: Path = Field(_ROOT / "index", description="Folder where the built index is written.")
    model: str = Field(DEFAULT_MODEL, description="sentence-transformers model name or local path.")
    model_cache_dir: Path = Field(default_factory=_default_cache,
                                  description="Where the bundled model is materialized once.")
    query_prompt: str = Field("query: ", description="Prefix for queries (e5 models need it).")
    passage_prompt: str = Field("passage: ", description="Prefix for passages (e5 models need it).")
    embed_backend: Literal["torch", "onnx"] = Field(
        "onnx", description="What runs the embedding model: onnx (its fp32 graph on ONNX Runtime, exported once "
        "into model_cache_dir) or torch. onnx: question p50 30 -> 11 ms, ingest 1.05x on 2 cores, vectors equal "
        "to torch's (cosine 1.0000) and every eval metric the same, so an index of either serves the other. "
        "int8 weights (onnx-int8, `assistant bench --backends`) were measured and not kept: median cosine 0.995 "
        "but default answer-term hit 0.782 -> 0.756, services 0.894 -> 0.830 (benchmarks/embed_backends.py); on a "
        "CPU with VNNI a question is 2.45x faster in int8, but with only the question in int8 default answer-term "
        "hit still falls 0.795 -> 0.744 (README, Benchmark).")
    ingest_precision: Literal["fp32", "bf16", "auto"] = Field(
        "fp32", description="Precision of the model's matrix products when an index is built (questions always "
        "run in fp32 on embed_backend): fp32 runs embed_backend as is, bf16 runs torch under bf16 autocast, auto "
        "picks bf16 where the CPU multiplies bf16 natively (AMX or AVX512-BF16) and fp32 elsewhere, where emulated "
        "bf16 is slower. Xeon with AMX, 2 cores: NorQuAD ingest 1.7x faster (embedding 6.7 -> 12.1 chunks/s), "
        "cosine to fp32 0.99999; NorQuAD and English metrics within 0.007 both ways, but one holdout answer of 23 "
        "loses its third sentence (a passage at rank 8 goes to 9), so fp32 stays the default (README, Benchmark).")
    embed_alone_all_cores: bool = Field(
        True, description="onnx: a question embedded while no other is uses every core (a second ONNX Runtime "
        "session sharing the first's weights: +170 MB server RSS, loading peaks 0.5 GB higher), not only its share "
        "(cores / inference_workers). "
        "2 cores, one question alone: encoder p50 18-21 -> 11-12 ms, served 100k search p50 28/30 -> 26/27 ms "
        "(alternate runs); under load every question keeps its share.")
    # ------------------------------------------------------------------ ingest
    chunk_max_tokens: int = Field(220, ge=32, le=480, description="Chunk size limit in tiktoken tokens.")
    chunk_min_tokens: int = Field(40, ge=0, le=400, description="Chunks smaller than this merge "
                                  "with a neighbour of the same section.")
    chunk_soft_factor: float = Field(1.4, ge=1.0, le=2.0, description="A too-small chunk may merge with a "
                                     "neighbour up to this multiple of chunk_max_tokens (capped at 400, far under "
                                     "the model's 512-token window).")
    batch_size: int = Field(16, ge=1, le=1024)
    sentence_vectors: Literal["embedded", "pooled"] = Field(
        "embedded", description="How the re-ranker's sentence vectors are made at ingest: embedded (each "
        "quotable sentence with its heading, one more pass over the text) or pooled (the mean of the sentence's "
        "token states in the chunk's own pass, no extra model work).")
    max_file_mb: float = Field(50, gt=0, le=10_000, description="Larger files are skipped with a reason (MiB, "
                               "2**20 bytes).")
    ray_workers: int = Field(2, ge=1, le=1024, description="Embedding actors of `assistant ingest --ray` (one model "
                             "each); without an address also the CPUs of the local Ray instance.")
    pdf_timeout: float = Field(30, gt=0, le=3600, description="Seconds one PDF or Word document may take to "
                               "parse (in a child process with a 2 GiB memory cap).")

    # ------------------------------------------------------------------ retrieval (retrieve.FusionParams)
    top_k: int = Field(5, ge=1, le=100, description="Passages returned by search by default.")
    candidates: int = Field(30, ge=5, le=1000, description="Candidates each retriever contributes.")
    fusion: Literal["adaptive", "rrf", "dense", "keyword"] = "adaptive"
    rrf_k: int = Field(60, ge=1, le=1000)
    keyword_gain: float = Field(1.0, ge=0.0, le=10.0, description="Weight of keyword evidence at full coverage.")
    coverage_power: float = Field(2.0, ge=0.0, le=10.0, description="How fast the keyword weight falls with poor "
                                  "coverage (coverage**power): MRR@10 0.782 adaptive vs 0.758 plain RRF.")
    rerank: bool = Field(True, description="Re-rank candidates by sentence-level similarity.")
    rerank_depth: int = Field(12, ge=1, le=100)
    sentence_weight: float = Field(0.5, ge=0.0, le=1.0, description="Share of the best sentence against the whole "
                                   "chunk in the re-rank score.")
    keyword_bonus: float = Field(0.03, ge=0.0, le=1.0, description="Score-level keyword contribution in the "
                                 "re-ranker: 0.06 before the whole-passage floor; 0.03 keeps the default set's "
                                 "MRR@10 and adds 0.036 on the services set.")
    language_centering: float = Field(1.0, ge=0.0, le=1.0, description="Share of the same-language similarity boost "
                                      "taken off in the re-ranker (0 = off), for a language with many documents "
                                      "(fewer: `centering_docs`). 0.25 flat: MRR@10 0.837 -> 0.856 (default), 0.933 "
                                      "-> 0.943 (services). All 31 written collections in one index (176 pages, 18-33 "
                                      "per language; scripts/one-collection.sh), flat share 0 / 0.25 / 0.5 / 1.0: "
                                      "answer-term hits 1,452 / 1,464 / 1,477 / 1,495 of 1,894, cross-language MRR@10 "
                                      "0.664 / 0.680 / 0.690 / 0.709, same-language 0.924 at each; on each set's own "
                                      "collection (one page per language) 0 lost 9 hits against 0.25.")
    centering_docs: float = Field(3.0, ge=0.0, le=1000.0, description="A language with d documents gets d / (d + "
                                  "centering_docs) of the centering: its mean similarity is its documents' topics as "
                                  "much as its language. 3: one page gets 0.25 (each set's own collection: every hit "
                                  "and refusal of the 33 sets the same as the flat 0.25), 25 pages 0.89 (one index: "
                                  "hits 1,464 -> 1,492, held-out 777 -> 795, English over Scandinavian pages MRR@10 "
                                  "0.679 -> 0.707, refusals 149 -> 145 of 367).")
    language_sample: int = Field(4096, ge=16, le=1_000_000, description="Passages per language used to estimate "
                                 "that language's mean similarity for the centering.")
    hnsw_threshold: int = Field(50_000, ge=0, le=1_000_000_000, description="Passages from which the files "
                                "backend builds an HNSW graph instead of exact search (0 = never). At 100k on this "
                                "2-core machine, one thread (what a served question gets): exact 11 ms per search "
                                "(then twice per question with feedback, once since feedback_pool); HNSW 1.9 ms, "
                                "recall@10 1.000 against exact (benchmarks/backends.py; was 200k).")
    hnsw_m: int = Field(32, ge=4, le=128, description="HNSW links per node (memory: about 2 x M x 4 bytes each).")
    hnsw_ef_construction: int = Field(80, ge=8, le=2048, description="HNSW build-time candidate list.")
    hnsw_ef_search: int = Field(256, ge=8, le=4096, description="HNSW search-time candidate list. 1M clustered "
                                "synthetic vectors, recall@10 against brute force / p50: ef 128 0.980 / 0.42 ms, "
                                "192 0.995 / 0.51 ms, 256 0.995 / 0.59 ms (benchmarks/backends.py).")
    exact_filter_rows: int = Field(20_000, ge=0, le=100_000_000, description="A filtered HNSW search that allows at "
                                   "most this many passages is answered exactly over them instead.")
    feedback_weight: float = Field(0.3, ge=0.0, le=5.0, description="Dense pseudo-relevance feedback: the "
                                   "question vector plus this times the mean of its best passages re-scores the "
                                   "dense candidates (feedback_pool), when keyword coverage is low, in the hybrid "
                                   "mode (0 = off). English over NorQuAD MRR@10 "
                                   "tune 0.560 -> 0.569, held-out 0.635 -> 0.643; NorQuAD itself 0.740/0.749 -> "
                                   "0.742/0.747; the three small sets unchanged. Expanding the keyword query with "
                                   "the best passages' terms instead lost 0.011 on the default set.")
    feedback_passages: int = Field(3, ge=1, le=50, description="Best dense passages the feedback vector is "
                                   "taken from (1: tune 0.582, held-out 0.644; 3 is steadier).")
    feedback_below_coverage: float = Field(0.5, ge=0.0, le=1.0, description="Feedback runs only when the "
                                           "keyword coverage is below this (the question's words are not the "
                                           "pages'): for those questions only.")
    foreign_share: float = Field(0.1, ge=0.0, le=1.0, description="A question whose language holds less than this "
                                 "share of the collection's passages is foreign to it (NorQuAD: 2 English passages "
                                 "of 1,867): its keyword weight follows its names (foreign_names_cap).")
    foreign_names_cap: float = Field(0.6, ge=0.0, le=1.0, description="For a foreign question, the keyword coverage "
                                     "the fusion uses is at least its names' coverage (Hits.names_held), up to this: "
                                     "its common words cannot be the pages', so their absence said nothing, and a "
                                     "name only the keyword search matched ('When was the Kouvola swimming hall "
                                     "demolished?' over a Finnish page) weighed coverage**2 = 0.03. MRR@10: English "
                                     "over NorQuAD 0.723 -> 0.732, atlas 0.869 -> 0.878, harbour 0.938 -> 0.950, "
                                     "press 0.860 -> 0.870, civic 0.851 -> 0.844; 0.5 gained less (sum over 23 sets "
                                     "+0.036 against +0.051), 0.7 / 0.85 lost agency 0.017 (0 = off).")
    feedback_pool: int = Field(2, ge=1, le=20, description="The feedback vector re-scores the question's first "
                               "dense search, made this many times deeper, instead of searching the index again: "
                               "every answer and top-10 of the five shipped sets unchanged (4 of 110 English-over-"
                               "NorQuAD candidate lists differ below the answer); 100k synthetic passages, one thread: "
                               "candidates p50 24.2-24.8 -> 21.1-22.4 ms (old and new code alternately, twice each).")
    sentence_cache_size: int = Field(20_000, ge=1, le=10_000_000, description="Sentence vectors kept in memory "
                                     "between questions (LRU).")

    # ------------------------------------------------------------------ answers (answer.ComposerParams)
    restore_case: bool = Field(
        True, description="A question typed with no capital after its first letter gets its names' capitals from "
        "how the collection writes them (retrieve/truecase.py), since names steer retrieval and answers: every "
        "shipped question lower-cased, answer-term hits 1,340 -> 1,360 of 1,584, refusals 91 -> 109 of 220 (as "
        "written: 1,373 and 111).")
    correct_typos: bool = Field(
        True, description="A word of the question the collection lacks in any form is read as the collection's word "
        "one typo away, where the model finds the typed word rarer (retrieve/spelling.py; the answer's read_as says "
        "so, and as_typed asks again without it): with one typo in every question of nine shipped sets (`assistant "
        "eval --typed typos`), answer-term hits 435 -> 450 of 600 (held-out 233 -> 244; as written: 483), refusals "
        "52 -> 53 of 92. Typed without diacritics: 465 -> 468, refusals 54 -> 56. As written, 8 of the 33 sets' "
        "2,843 questions are read otherwise (NorQuAD's 'mellm', 'Stobritannia', 'solystemet', 'foreledrene', "
        "'turne', 'Theatre'; 'fyllt' as 'fullt', 'Europees' as 'Europese'): NorQuAD MRR@10 0.870 -> 0.871, no "
        "other figure changed.")
    question_mark: bool = Field(
        True, description="A question typed without a question mark is searched and answered with one "
        "(retrieve/punctuation.py): the model reads it and the answer thresholds were calibrated with it. Every "
        "shipped question without its '?': refusals 117 -> 108 of 232, 419 answers changed; with this on, the same "
        "answers as written.")
    nonsense_letters_per_piece: float = Field(
        1.95, ge=0.0, le=10.0, description="A query whose words other than stop and question words are "
        "all lowercase (no capital or digit), whose words the model's vocabulary splits into pieces of at most "
        "this many letters on average, and none of whose terms the collection holds, is random letters: "
        "answered 'not found' (0 turns the check off). 1.95 (scripts/nonsense_check.py): random-letter "
        "queries refused 87.3 % (held-out seed 85.2 %); real questions and their content words alone refused 3 "
        "of 2,874 in the sets' tune parts (Norwegian verbs, spared anyway where the collection holds them), 0 of "
        "1,923 held out; at 2.0 real ones 1.1 %.")
    min_answer_score: float = Field(0.80, ge=0.0, le=1.0, description="Best sentence similarity "
                                    "below which the answer says nothing was found (calibrated).")
    cross_language_margin: float = Field(0.015, ge=0.0, le=0.2, description="How much lower the threshold is "
                                         "when question and passage are in different languages: answer-term hit "
                                         "+0.026 (default) and +0.085 (services), 2 more of 28 unanswerable "
                                         "questions answered.")
    same_language_margin: float = Field(0.03, ge=0.0, le=0.2, description="How much higher the threshold is for "
                                        "a same-language passage with little keyword support (scores run high "
                                        "on language alone).")
    bar_language_weight: float = Field(0.5, ge=0.0, le=2.0, description="How far the answer threshold follows the "
                                       "question's mean similarity to the passages of the quoted passage's language, "
                                       "above or below bar_language_center: a question that resembles every passage of "
                                       "a language needs more, one that resembles none (English over Scandinavian "
                                       "pages) less. Measured on the margins of the 20 sets' questions: ROC AUC of "
                                       "answerable against unanswerable on the held-out rows of the written sets 0.836 "
                                       "(margin alone) -> 0.847 (0.25 and 0.5), 0.763 at 1.0; tune rows 0.844 -> 0.874 "
                                       "(0.25), 0.901 (0.5).")
    bar_language_center: float = Field(0.786, ge=0.0, le=1.0, description="The mean similarity at which the answer "
                                       "threshold is as set: the median over the tune rows of every set (e5-small).")
    min_coverage: float = Field(0.5, ge=0.0, le=1.0, description="Keyword coverage at or below which a "
                                "same-language passage counts as unsupported: at most half of the question's "
                                "keyword weight in the collection ('at or below' since stop 20: no shipped set "
                                "changed, tune or held-out; 'Vad är huvudstaden i Frankrike?', coverage 0.5, is "
                                "refused).")
    span_weights: dict[str, float] = Field(
        default_factory=lambda: {"similarity": 1.84, "passage": 2.69, "overlap": 3.19, "novelty": -1.37,
                                 "answer_type": 1.14, "length": 0.21, "lead": -1.0},
        description="Weights of the answer-sentence features (answer.spans.FEATURES), fitted by "
        "scripts/fit_span_weights.py on the tune parts (default, NorQuAD, English over NorQuAD): the top sentence "
        "holds the gold answer for NorQuAD held-out 0.596 (similarity alone) -> 0.688, English over NorQuAD "
        "held-out 0.432 -> 0.486. 'lead' (the page's opening sentence, which names the subject every question "
        "about it names) chosen on the tune parts with the others kept, 2026-12-06: top sentence right, tune: "
        "NorQuAD 0.748 -> 0.751, lexicon 0.826 -> 0.848, encyclopedia 0.857 -> 0.905, gazette 0.788 -> 0.758, "
        "seven other sets the same; held-out: English over NorQuAD 0.615 -> 0.641, lexicon 0.659 -> 0.705, "
        "longform 0.783 -> 0.804, atlas 0.667 -> 0.694, encyclopedia 0.857 -> 0.905, none lower. -0.5: half the "
        "gain; -2.0: NorQuAD held-out 0.743 -> 0.714. A refit of all seven weights with lexicon's tune part lost "
        "NorQuAD held-out 0.743 -> 0.714. Not for a question asking what something is called (packs' naming_cues): "
        "NorQuAD +2, English over NorQuAD +2, nothing lost.")
    span_margin: float = Field(2.5, ge=0.0, le=20.0, description="Extra quoted sentences must score within this "
                               "many log-odds of the best one. With answer_chars, NorQuAD held-out exact answer / "
                               "median chars: (1, 200) 0.723/150, (3, 300) 0.759/215, (4, 300) 0.766/221; before "
                               "(similarity margin 0.03, 3 sentences) 0.766/293. Over all 24 sets (2026-12-06), 3.0 -> "
                               "2.5: answer-term hits 1,434 -> 1,431 (NorQuAD 391 -> 389, English over NorQuAD 72 -> "
                               "71, every written set the same; held-out parts 683 -> 682), median characters "
                               "shorter on 17 sets (default 229 -> 201, news 193 -> 145, municipal 158 -> 124, "
                               "NorQuAD 214 -> 206); 2.0: 1,427 (holdout 0.913 -> 0.870); 2.75: 1,432 at medians "
                               "almost as long as 3.0's; answer_chars 260 at 3.0: 1,420. One index of all written "
                               "sets: 855 -> 852 hits, median 206 -> 200.")
    answer_chars: int = Field(300, ge=40, le=5000, description="Extra sentences are quoted only while the answer "
                              "stays this short (the best sentence is always quoted whole).")
    follow_chars: int = Field(160, ge=0, le=5000, description="The sentence after the best one is quoted too "
                              "when both together stay this short (0 = never), or up to answer_chars when it gives "
                              "the reason (packs' cause_openers): a short best sentence often echoes "
                              "the question and the next one answers it (\"… the largest immigrant group. This is "
                              "because …\"). 160: NorQuAD exact answer 0.782 -> 0.790 (tune 0.788 -> 0.795, held-out "
                              "0.766 -> 0.780) at the same median 212 chars, English over NorQuAD 0.591 -> 0.600, the "
                              "small sets unchanged; 200: NorQuAD 0.797 but default answer-term hit 0.795 -> 0.769"
                              " (the follower took the place of a better-scored one); 250: English 0.591 -> 0.564.")
    max_sentences: int = Field(3, ge=1, le=20, description="Most sentences quoted in a single answer.")
    list_margin: float = Field(0.03, ge=0.0, le=0.5, description="List items must be this close to the best "
                               "passage: tune split 0.05 gave 4.2 items, citation precision 0.40; 0.03 gives 2.8 "
                               "and 0.48 with the same hits.")
    max_items: int = Field(8, ge=1, le=50, description="Most items in a list answer.")
    topic_margin: float = Field(0.03, ge=0.0, le=0.5, description="An asked-for amount must come from a passage "
                                "this close to the best one (held-out collection: amounts from unrelated pages).")
    own_bar_margin: float = Field(0.015, ge=0.0, le=0.5, description="A passage this close to the best one is "
                                  "held to its own answer threshold (a cross-language one's is lower), the others to "
                                  "the best passage's. Measured over the 18 sets against one bar for all: every "
                                  "passage its own: answer-term hit +6 (agency 1, borough 2, parish 3) but 4 more "
                                  "unanswerable questions answered, from passages 0.012-0.037 below the best; 0.015: "
                                  "the same 6 hits, 1 refusal lost (parish), 2 answerable ones answered wrongly "
                                  "instead of refused (district, encyclopedia).")
    role_bonus: float = Field(0.04, ge=0.0, le=0.5, description="Added to the similarity of a sentence that names "
                              "the role a who-question asks about and a person (in the page's language). 0.04: "
                              "\"Who is the mayor of Rheinfeld?\" answered (0.028 under the bar before), over 22 sets "
                              "+1 answer-term hit and no refusal lost; three answers elsewhere lost a sentence.")
    min_item_words: int = Field(4, ge=1, le=50, description="A list item is quoted by a sentence of at least this "
                                "many words, not a bare name line.")
    answer_candidates: int = Field(8, ge=1, le=100, description="Ranked passages the answer is composed from.")

    # ------------------------------------------------------------------ generated answers (answer.generated)
    llm_base_url: str = Field("", description="OpenAI-compatible API root, e.g. http://127.0.0.1:8080/v1 (llama.cpp "
                              "server), http://localhost:11434/v1 (Ollama), a vLLM or hosted endpoint.")
    llm_model: str = Field("", description="Model name sent to the endpoint (llama.cpp ignores it).")
    llm_api_key: SecretStr = Field(SecretStr(""), description="Bearer token for the endpoint; never logged or sent "
                                   "to the page.")
    llm_timeout: float = Field(30, gt=0, le=600, description="Seconds the endpoint may take for a whole answer; "
                               "past it the extractive answer is given.")
    llm_max_tokens: int = Field(300, ge=16, le=8192, description="Most tokens a generated answer may have.")
    llm_temperature: float = Field(0.1, ge=0, le=2, description="Sampling temperature (low: stays with the text).")
    llm_passages: int = Field(5, ge=1, le=20, description="Ranked passages given to the model, numbered [1]..[n].")
    llm_passage_chars: int = Field(1500, ge=200, le=20_000, description="Each passage is cut to this many characters "
                                   "in the prompt.")
    verify_similarity: float = Field(0.90, ge=0, le=1, description="A generated sentence, under the cited passage's "
                                     "heading, must be this similar (e5 cosine) to one of its sentences. 0.90 "
                                     "(scripts/calibrate_verifier.py): keeps 100 % of true claims (tune 12, "
                                     "held-out 6), passes 3 of 12 false same-topic claims on tune (held-out 0 of 6); "
                                     "facts (numbers, names, links) are checked separately.")

    # ------------------------------------------------------------------ service
    max_query_chars: int = Field(2000, ge=10, le=100_000)
    reload_interval: float = Field(2.0, ge=0, le=3600, description="How often the server checks for a new "
                                   "index version (0 = never).")
    threads: int = Field(0, ge=0, le=256, description="CPU threads for torch/FAISS; 0 = all cores.")
    # ------------------------------------------------------------------ web server
    host: str = Field("127.0.0.1", description="Address the web server listens on.")
    port: int = Field(8000, ge=1, le=65535)
    data_dir: Path = Field(default_factory=_default_data,
                           description="Where questions and feedback are stored (SQLite).")
    store_questions: bool = Field(True, description="Keep asked questions and answers for feedback/export.")
    show_details: bool = Field(False, description="The chat page offers each answer's retrieval details (scores "
                               "per passage); off for staff by default, on for whoever tunes the collection.")
    example_questions: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Example questions the empty chat offers, separated by '|' "
        "(e.g. 'Which networks cover elderly care?|Who is the contact for SERN?'); empty: general hints.")
    overview_publishers: int = Field(5, ge=0, le=100, description="Publishers named in the empty chat.")
    ui_language: Literal["auto", "en", "sv", "no", "da", "nl", "de", "fi"] = Field(
        "auto", description="Language of the chat interface; auto follows the browser.")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Comma-separated origins allowed to call the API from a browser "
        "(e.g. https://intranet.example). Empty: same origin only.")
    frame_ancestors: str = Field("'self'", description="CSP frame-ancestors for the chat page.")
    api_key: str = Field("", description="If set, API calls need X-API-Key or a session from signing in on the "
                         "chat page (with this key, or through the intranet's sign-in proxy, see trusted_user_header). "
                         "An allowed origin alone never grants access.")
    admin_token: SecretStr = Field(SecretStr(""), description="Opens the admin view (/admin: documents, failed "
                                   "files, recent questions and votes, CSV export). Separate from api_key; empty: "
                                   "no admin view. Never sent to a page served to staff.")
    admin_recent: int = Field(500, ge=1, le=10_000, description="Questions the admin view lists (newest first).")
    trusted_user_header: str = Field("", description="Header a sign-in reverse proxy sets to the signed-in user "
                                     "(e.g. X-Remote-User); with api_key set, the chat page gives a session to "
                                     "requests that carry it. Only for servers reachable solely through that proxy, "
                                     "which must overwrite the header.")
    session_hours: float = Field(12, gt=0, le=24 * 90, description="How long a chat page session lasts.")
    store_daily_limit: int = Field(500, ge=0, le=1_000_000, description="Questions stored per client and day; "
                                   "more are answered but not stored (0 = no limit).")
    max_body_bytes: int = Field(512 * 1024, ge=1024, le=64 * 1024 * 1024)
    max_history_turns: int = Field(10, ge=0, le=100)
    rate_limit: int = Field(60, ge=0, le=100_000, description="Requests per minute per client; 0 = off.")
    forwarded_allow_ips: str = Field("", description="Reverse proxies whose X-Forwarded-For is trusted (e.g. "
                                     "127.0.0.1); empty: the connecting address is the client.")
    read_timeout: float = Field(10.0, gt=0, le=600, description="Seconds a client has to send a whole request "
                                "(headers and body); half-sent requests are closed after it.")
    max_connections: int = Field(200, ge=0, le=100_000, description="Open connections beyond which the server "
                                 "answers 503 at once (0 = no bound); keeps file descriptors for real clients.")
    max_queue: int = Field(32, ge=0, le=10_000, description="Questions admitted at once (answered or waiting "
                           "for an inference worker); more get 503 with Retry-After at once instead of an unbounded "
                           "wait (0 = no bound). 32 at 2 workers: 20 clients are never turned away, 50 are.")
    inference_workers: int = Field(2, ge=1, le=64, description="Questions answered at the same time; torch "
                                   "threads per question = cores / workers, so cores are not oversubscribed.")

    @field_validator("model")
    @classmethod
    def _model_not_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("ASSISTANT_MODEL is empty; give a sentence-transformers model name or path")
        return v.strip()

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, v: object) -> object:
        if isinstance(v, str):
            v = [x.strip() for x in v.split(",") if x.strip()]
        if isinstance(v, list):
            for o in v:
                if o != "*" and not re.fullmatch(r"https?://[A-Za-z0-9.\-]+(:\d{1,5})?", str(o)):
                    raise ValueError(f"ASSISTANT_CORS_ORIGINS entry {o!r} is not an origin like "
                                     "https://intranet.example or http://127.0.0.1:8080")
        return v

    @field_validator("span_weights")
    @classmethod
    def _known_span_features(cls, v: dict[str, float]) -> dict[str, float]:
        from assistant.answer.spans import FEATURES  # the answer layer owns the feature names

        unknown = sorted(set(v) - set(FEATURES))
        if unknown:
            raise ValueError(f"ASSISTANT_SPAN_WEIGHTS has unknown feature(s) {', '.join(unknown)}; "
                             f"valid: {', '.join(FEATURES)}")
        return v

    @field_validator("example_questions", mode="before")
    @classmethod
    def _split_examples(cls, v: object) -> object:
        if isinstance(v, str):
            v = [x.strip() for x in v.split("|") if x.strip()]
        if isinstance(v, list) and any(len(str(x)) > 300 for x in v):
            raise ValueError("ASSISTANT_EXAMPLE_QUESTIONS: each example must be at most 300 characters")
        return v

    @field_validator("frame_ancestors")
    @classmethod
    def _no_header_injection(cls, v: str) -> str:
        if any(c in v for c in ";,\r\n\"") or not v.strip():
            raise ValueError(f"ASSISTANT_FRAME_ANCESTORS {v!r} must be CSP sources separated by spaces, "
                             "e.g. \"'self' https://intranet.example\"")
        return v.strip()

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if self.chunk_min_tokens >= self.chunk_max_tokens:
            raise ValueError(f"ASSISTANT_CHUNK_MIN_TOKENS ({self.chunk_min_tokens}) must be smaller than "
                             f"ASSISTANT_CHUNK_MAX_TOKENS ({self.chunk_max_tokens})")
        return self


def default(name: str) -> Any:
    """The default of a setting: parameter objects take theirs from here, so no default is written twice."""
    return Settings.model_fields[name].get_default(call_default_factory=True)
